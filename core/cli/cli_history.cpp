// moctl history
#include "cli_commands.h"
#include "history/historystore.h"
#include "moctl/serverversion.h"
#include "security/textsafety.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject runJson(const RunRecord &r)
{
    QJsonObject o;
    o.insert(u"id"_s, r.id);
    o.insert(u"started"_s, isoTime(r.started));
    o.insert(u"finished"_s, r.finished.isValid() ? QJsonValue(isoTime(r.finished)) : QJsonValue());
    o.insert(u"durationMs"_s, r.finished.isValid() ? QJsonValue(r.durationMs()) : QJsonValue());
    o.insert(u"status"_s, runStatusName(r.status));
    o.insert(u"trigger"_s, triggerName(r.trigger));
    o.insert(u"profileId"_s, r.profileId);
    o.insert(u"profile"_s, r.profileName);
    o.insert(u"planId"_s, r.planId);
    o.insert(u"plan"_s, r.planName);
    o.insert(u"operations"_s, r.operations);
    o.insert(u"ok"_s, r.ok);
    o.insert(u"failed"_s, r.failed);
    o.insert(u"timedOut"_s, r.timedOut);
    o.insert(u"cancelled"_s, r.cancelled);
    o.insert(u"skipped"_s, r.skipped);
    o.insert(u"server"_s, r.server);
    o.insert(u"serverVersion"_s, r.serverVersion);
    o.insert(u"host"_s, r.host);
    o.insert(u"pid"_s, r.pid);
    o.insert(u"error"_s, r.error);
    o.insert(u"fleetId"_s, r.fleetId.isEmpty() ? QJsonValue() : QJsonValue(r.fleetId));
    return o;
}

QJsonObject outcomeJson(const Outcome &o)
{
    QJsonObject j;
    j.insert(u"step"_s, o.stepIndex + 1);
    j.insert(u"index"_s, o.operationIndex);
    j.insert(u"operation"_s, operationName(o.operation.kind));
    j.insert(u"target"_s, o.target);
    j.insert(u"status"_s, outcomeStatusName(o.status));
    j.insert(u"attempts"_s, o.attempts);
    j.insert(u"started"_s, isoTime(o.started));
    j.insert(u"durationMs"_s, o.durationMs);
    j.insert(u"errorKind"_s, o.error.isError() ? o.error.kindName() : QString());
    j.insert(u"code"_s, o.code());
    j.insert(u"message"_s, o.error.isError() ? o.error.message() : o.error.detail());
    j.insert(u"sql"_s, o.sql);
    j.insert(u"rawReply"_s, o.rawReply);
    // A flushed table's rows and size when the run read them (plans with size rules).
    if (o.tableRows >= 0)
        j.insert(u"tableRows"_s, o.tableRows);
    if (o.tableBytes >= 0)
        j.insert(u"tableBytes"_s, o.tableBytes);
    return j;
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString durationText(qint64 ms)
{
    if (ms < 0)
        return u"-"_s;
    if (ms < 10000)
        return u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
    return u"%1 s"_s.arg(ms / 1000);
}

void writeCsv(Context &context, const std::function<bool(QIODevice *)> &write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(&buffer);
    context.out << QString::fromUtf8(buffer.data());
    context.out.flush();
}

} // namespace

int commandHistory(Context &context)
{
    QString error;
    int limit = 20;
    if (auto v = context.args.takeValue(u"--limit"_s, &error)) {
        bool ok = false;
        limit = v->toInt(&ok);
        if (!ok || limit < 0)
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--limit takes a whole number (0 = all)."));
    }
    std::optional<qint64> runId;
    if (auto v = context.args.takeValue(u"--run"_s, &error)) {
        bool ok = false;
        runId = v->toLongLong(&ok);
        if (!ok || *runId <= 0)
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--run takes a run id (a positive number)."));
    }
    std::optional<int> purgeDays;
    if (auto v = context.args.takeValue(u"--purge-older-than"_s, &error)) {
        bool ok = false;
        purgeDays = v->toInt(&ok);
        if (!ok || *purgeDays < 1)
            return context.usageError(QCoreApplication::translate(
                "moctl::cli", "--purge-older-than takes a number of days (1 or more)."));
    }
    RunFilter filter;
    for (const QString &status : context.args.takeValues(u"--status"_s, &error)) {
        if (runStatusName(runStatusFromName(status)) != status)
            return context.usageError(QCoreApplication::translate("moctl::cli",
                "--status takes running, ok, failed, partial, cancelled or interrupted, not \"%1\".")
                                          .arg(status));
        filter.statuses << runStatusFromName(status);
    }
    if (auto v = context.args.takeValue(u"--search"_s, &error))
        filter.text = *v;
    // --fleet ID: the runs of one fleet run (the id, or its first characters as the text output shows).
    std::optional<QString> fleet = context.args.takeValue(u"--fleet"_s, &error);
    if (!error.isEmpty())
        return context.usageError(error);
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1 for history.").arg(unknown));
    if (!context.args.remaining().isEmpty())
        return context.usageError(QCoreApplication::translate("moctl::cli", "Unexpected argument %1.")
                                      .arg(context.args.remaining().first()));
    if (purgeDays && runId)
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "--purge-older-than and --run cannot be combined."));

    if (fleet) {
        static const QRegularExpression idChars(u"^[0-9a-fA-F-]{4,36}$"_s);
        if (!idChars.match(fleet->trimmed()).hasMatch())
            return context.usageError(QCoreApplication::translate(
                "moctl::cli", "--fleet takes a fleet id (as history shows it), not \"%1\".")
                                          .arg(*fleet));
    }

    std::unique_ptr<HistoryStore> store = openHistory(context);
    if (!store)
        return ExitFailed;
    if (fleet) {
        filter.fleetId = fleet->trimmed().toLower();
        if (filter.fleetId.size() < 36) {
            // A prefix (the text output shows 8 characters): the one fleet id it starts.
            const QStringList ids = store->fleetIds(filter.fleetId);
            if (ids.size() > 1)
                return context.usageError(
                    QCoreApplication::translate("moctl::cli", "\"%1\" starts %2 fleet ids; give more of it.")
                        .arg(filter.fleetId)
                        .arg(ids.size()));
            if (ids.size() == 1)
                filter.fleetId = ids.first();
        }
    }

    if (purgeDays) {
        const int n = store->purgeNow(Retention { *purgeDays, 0 });
        if (n < 0) {
            context.err << "moctl: " << store->errorString() << '\n';
            return ExitFailed;
        }
        if (context.format == OutputFormat::Json)
            context.out << QString::fromUtf8(
                QJsonDocument(QJsonObject { { u"purged"_s, n } }).toJson(QJsonDocument::Compact))
                        << '\n';
        else
            context.out << QCoreApplication::translate("moctl::cli", "%n run(s) purged.", nullptr, n) << '\n';
        context.out.flush();
        return ExitOk;
    }

    if (runId) {
        const std::optional<RunRecord> run = store->run(*runId);
        if (!run) {
            context.err << "moctl: "
                        << QCoreApplication::translate("moctl::cli", "No run %1 in the history.").arg(*runId)
                        << '\n';
            return ExitFailed;
        }
        const QList<Outcome> outcomes = store->outcomes(*runId);
        switch (context.format) {
        case OutputFormat::Csv:
            writeCsv(context, [&](QIODevice *d) { return store->exportOutcomesCsv(*runId, d); });
            break;
        case OutputFormat::Json: {
            QJsonObject o = runJson(*run);
            QJsonArray list;
            for (const Outcome &outcome : outcomes)
                list.append(outcomeJson(outcome));
            o.insert(u"outcomes"_s, list);
            context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
            break;
        }
        case OutputFormat::Text:
            context.out << QCoreApplication::translate("moctl::cli", "Run %1: %2, %3 (%4), started %5, %6")
                               .arg(run->id)
                               .arg(runStatusTitle(run->status),
                                   run->planName.isEmpty()
                                       ? QCoreApplication::translate("moctl::cli", "ad hoc")
                                       : printable(run->planName),
                                   printable(run->profileName), localTime(run->started),
                                   durationText(run->durationMs()))
                        << '\n';
            if (!run->serverVersion.isEmpty())
                context.out << "  "
                            << QCoreApplication::translate("moctl::cli", "Server: %1")
                                   .arg(ServerVersion::parse(run->serverVersion).display())
                            << '\n';
            for (const Outcome &o : outcomes) {
                QString line = u"  %1  %2  %3  %4 ms"_s
                                   .arg(outcomeStatusName(o.status).leftJustified(9),
                                       operationName(o.operation.kind).leftJustified(17), printable(o.target))
                                   .arg(o.durationMs);
                if (o.attempts > 1)
                    line += u"  "_s
                        + QCoreApplication::translate("moctl::cli", "(%1 attempts)").arg(o.attempts);
                if (o.error.isError())
                    line += u"\n             "_s + printable(o.error.message());
                context.out << line << '\n';
            }
            break;
        }
        context.out.flush();
        return ExitOk;
    }

    filter.limit = limit;
    switch (context.format) {
    case OutputFormat::Csv:
        writeCsv(context, [&](QIODevice *d) { return store->exportRunsCsv(filter, d); });
        break;
    case OutputFormat::Json: {
        QJsonArray list;
        for (const RunRecord &r : store->runs(filter))
            list.append(runJson(r));
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        break;
    }
    case OutputFormat::Text: {
        const QList<RunRecord> runs = store->runs(filter);
        if (runs.isEmpty()) {
            context.out << QCoreApplication::translate("moctl::cli", "No runs recorded.") << '\n';
            break;
        }
        context.out << u"%1  %2  %3  %4  %5  %6  %7  %8"_s.arg(
            QCoreApplication::translate("moctl::cli", "ID").rightJustified(6),
            QCoreApplication::translate("moctl::cli", "Started").leftJustified(19),
            QCoreApplication::translate("moctl::cli", "Status").leftJustified(11),
            QCoreApplication::translate("moctl::cli", "Trigger").leftJustified(9),
            QCoreApplication::translate("moctl::cli", "OK/all").rightJustified(7),
            QCoreApplication::translate("moctl::cli", "Time").rightJustified(8),
            QCoreApplication::translate("moctl::cli", "Fleet").leftJustified(8),
            QCoreApplication::translate("moctl::cli", "Profile / plan"))
                    << '\n';
        for (const RunRecord &r : runs) {
            const QString what
                = printable(r.planName.isEmpty() ? r.profileName : r.profileName + u" / "_s + r.planName);
            context.out << u"%1  %2  %3  %4  %5  %6  %7  %8"_s.arg(QString::number(r.id).rightJustified(6),
                localTime(r.started).leftJustified(19), runStatusName(r.status).leftJustified(11),
                triggerName(r.trigger).leftJustified(9),
                u"%1/%2"_s.arg(r.ok).arg(r.operations).rightJustified(7),
                durationText(r.durationMs()).rightJustified(8),
                (r.fleetId.isEmpty() ? u"-"_s : r.fleetId.left(8)).leftJustified(8), what)
                        << '\n';
        }
        break;
    }
    }
    context.out.flush();
    return ExitOk;
}

} // namespace moctl::cli
