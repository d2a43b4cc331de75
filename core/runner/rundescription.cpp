#include "rundescription.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
constexpr int NamedTables = 5; // tables named in the flush line; the rest are counted
} // namespace

QString RunDescription::text() const
{
    QString result = question;
    for (const QString &line : lines)
        result += u"\n  • "_s + line;
    return result;
}

RunDescription describeRun(const RunRequest &request)
{
    RunDescription d;
    QStringList tableNames;
    QSet<QString> seen;
    QStringList checkpointDurations;
    QStringList globalDurations;
    for (const RunStep &step : request.steps) {
        if (step.kind != RunStep::Kind::Operations)
            continue;
        for (const Operation &op : step.operations) {
            switch (op.kind) {
            case OperationKind::Flush: {
                ++d.flushes;
                const QString name = op.table.display(); // names a tenant's account and an id
                if (!seen.contains(name)) {
                    seen.insert(name);
                    tableNames << name;
                }
                break;
            }
            case OperationKind::Checkpoint:
                ++d.checkpoints;
                if (!op.duration.isEmpty())
                    checkpointDurations << op.duration;
                break;
            case OperationKind::GlobalCheckpoint:
                ++d.globalCheckpoints;
                if (!op.duration.isEmpty())
                    globalDurations << op.duration;
                break;
            }
        }
    }
    d.tables = int(tableNames.size());
    const QString host = request.settings.host.isEmpty() ? u"127.0.0.1"_s : request.settings.host;
    const QString address = u"%1:%2"_s.arg(host).arg(request.settings.port);
    const QString name = request.profileName.isEmpty() ? request.settings.describe() : request.profileName;
    d.cluster = name == address ? address : u"%1 (%2)"_s.arg(name, address);

    d.title = QCoreApplication::translate("moctl::RunDescription", "Run on %1?").arg(name);
    const int statements = d.flushes + d.checkpoints + d.globalCheckpoints;
    if (request.planName.isEmpty())
        d.question = QCoreApplication::translate(
            "moctl::RunDescription", "This sends %n statement(s) to the cluster %1:", nullptr, statements)
                         .arg(d.cluster);
    else
        d.question = QCoreApplication::translate("moctl::RunDescription",
            "The plan \"%1\" sends %n statement(s) to the cluster %2:", nullptr, statements)
                         .arg(request.planName, d.cluster);
    if (d.flushes > 0) {
        QStringList shown = tableNames.mid(0, NamedTables);
        QString list = shown.join(u", "_s);
        if (tableNames.size() > NamedTables)
            list = QCoreApplication::translate(
                "moctl::RunDescription", "%1 and %n more", nullptr, int(tableNames.size()) - NamedTables)
                       .arg(list);
        d.lines << QCoreApplication::translate(
            "moctl::RunDescription", "flush %n table(s): %1", nullptr, d.tables)
                       .arg(list);
    }
    const auto durations = [](const QStringList &list) {
        return list.isEmpty()
            ? QString()
            : QCoreApplication::translate("moctl::RunDescription", " (duration %1)").arg(list.join(u", "_s));
    };
    if (d.checkpoints > 0)
        d.lines << QCoreApplication::translate(
                       "moctl::RunDescription", "%n incremental checkpoint(s)", nullptr, d.checkpoints)
                + durations(checkpointDurations);
    if (d.globalCheckpoints > 0)
        d.lines << QCoreApplication::translate(
                       "moctl::RunDescription", "%n global checkpoint(s)", nullptr, d.globalCheckpoints)
                + durations(globalDurations);
    if (statements == 0)
        d.lines << QCoreApplication::translate("moctl::RunDescription", "nothing (no statements)");
    return d;
}

QString FleetRunDescription::text() const
{
    QString result = question;
    for (const QString &line : lines)
        result += u"\n  • "_s + line;
    return result;
}

FleetRunDescription describeFleetRun(const QList<RunRequest> &requests, const QList<int> &asking)
{
    FleetRunDescription d;
    const int clusters = int(requests.size());
    const QString planName = requests.isEmpty() ? QString() : requests.first().planName;
    d.title
        = QCoreApplication::translate("moctl::RunDescription", "Run on %n cluster(s)?", nullptr, clusters);
    d.question = QCoreApplication::translate("moctl::RunDescription",
        "The plan \"%1\" runs on %n cluster(s) at once; these ask before every run:", nullptr, clusters)
                     .arg(planName);
    QStringList others;
    for (int i = 0; i < requests.size(); ++i) {
        const RunRequest &request = requests.at(i);
        if (!asking.contains(i)) {
            others << (request.profileName.isEmpty() ? request.settings.describe() : request.profileName);
            continue;
        }
        const RunDescription one = describeRun(request);
        QStringList what = one.lines;
        d.lines << QCoreApplication::translate("moctl::RunDescription", "%1: %2")
                       .arg(one.cluster,
                           what.join(QCoreApplication::translate("moctl::RunDescription", "; ")));
    }
    if (!others.isEmpty())
        d.lines << QCoreApplication::translate(
            "moctl::RunDescription", "and %n other cluster(s): %1", nullptr, int(others.size()))
                       .arg(others.join(u", "_s));
    return d;
}

} // namespace moctl
