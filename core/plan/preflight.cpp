#include "preflight.h"

#include "connection/connectionfactory.h"
#include "moctl/statement.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {


QList<TableRef> readTables(QSqlDatabase &db, MoError *error)
{
    QList<TableRef> tables;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT reldatabase, relname, rel_id FROM mo_catalog.mo_tables WHERE relkind = 'r' "
                    "ORDER BY reldatabase, relname"_s)) {
        if (error)
            *error = MoError::fromSqlError(query.lastError());
        return tables;
    }
    while (query.next()) {
        const QString database = query.value(0).toString();
        if (isSystemDatabase(database))
            continue;
        TableRef t = TableRef::byName(database, query.value(1).toString());
        bool ok = false;
        const quint64 id = query.value(2).toULongLong(&ok);
        if (ok && needsTableId(t))
            t.tableId = id; // only names MatrixOne cannot address are flushed by id
        tables << t;
    }
    return tables;
}

std::optional<TableRef> findTable(const QList<TableRef> &tables, const TableRef &wanted)
{
    for (const TableRef &t : tables) {
        if (wanted.hasName() ? (t.database == wanted.database && t.table == wanted.table)
                             : (t.tableId && wanted.tableId && *t.tableId == *wanted.tableId))
            return t;
    }
    return std::nullopt;
}

} // namespace

bool PreflightReport::hasErrors() const
{
    return !connected() || std::any_of(items.cbegin(), items.cend(), [](const Item &i) {
        return i.severity == Severity::Error;
    });
}

QString privilegeHint(const QString &userName, PreflightReport::Severity *severity)
{
    const QChar separator = userName.contains(u':') ? u':' : u'#';
    const QStringList parts = userName.split(separator);
    if (severity)
        *severity = PreflightReport::Severity::Info;
    if (parts.size() >= 2 && parts.first().compare(u"sys"_s, Qt::CaseInsensitive) != 0) {
        if (severity)
            *severity = PreflightReport::Severity::Error;
        return QCoreApplication::translate("moctl::Preflight", "The user belongs to the account \"%1\"; mo_ctl only runs for the sys account.")
            .arg(parts.first());
    }
    if (parts.size() >= 3 && parts.at(2).compare(u"moadmin"_s, Qt::CaseInsensitive) != 0) {
        if (severity)
            *severity = PreflightReport::Severity::Warning;
        return QCoreApplication::translate("moctl::Preflight", "The role \"%1\" may lack the mo_ctl privilege; MatrixOne grants it to moadmin.").arg(parts.at(2));
    }
    return {};
}

QList<TableRef> listServerTables(const ConnectionSettings &settings, MoError *error)
{
    ScopedConnection connection(settings, u"catalog"_s);
    if (!connection.ok()) {
        if (error)
            *error = connection.error();
        return {};
    }
    return readTables(connection.db(), error);
}

PreflightReport runPreflight(const MaintenancePlan &plan, const ConnectionSettings &settings, PreflightDepth depth,
                             const CancelToken &cancel)
{
    PreflightReport report;
    using S = PreflightReport::Severity;
    const auto add = [&report](S severity, int step, const QString &message) {
        report.items << PreflightReport::Item{severity, step, message};
    };
    ScopedConnection connection(settings, u"preflight"_s);
    if (!connection.ok()) {
        report.connectError = connection.error();
        add(S::Error, -1, QCoreApplication::translate("moctl::Preflight", "Cannot connect to %1: %2").arg(settings.describe(), connection.error().message()));
        return report;
    }
    {
        QSqlQuery q(connection.db());
        if (q.exec(u"SELECT version()"_s) && q.next())
            report.serverVersion = q.value(0).toString();
    }
    add(S::Info, -1, QCoreApplication::translate("moctl::Preflight", "Connected to %1 (%2).").arg(settings.describe(), report.serverVersion));
    if (!report.serverVersion.contains(u"MatrixOne"_s, Qt::CaseInsensitive))
        add(S::Warning, -1, QCoreApplication::translate("moctl::Preflight", "The server does not say it is MatrixOne; mo_ctl may not exist there."));
    S privilegeSeverity = S::Info;
    const QString hint = privilegeHint(settings.user, &privilegeSeverity);
    if (!hint.isEmpty())
        add(privilegeSeverity, -1, hint);

    MoError listError;
    report.serverTables = readTables(connection.db(), &listError);
    if (listError.isError()) {
        add(S::Warning, -1,
            QCoreApplication::translate("moctl::Preflight", "Cannot list the tables (mo_catalog.mo_tables): %1. Tables and patterns were not checked.")
                .arg(listError.message()));
        return report;
    }
    report.resolution = resolvePatterns(plan.patterns(), report.serverTables);

    QList<TableRef> toEstimate;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        if (!step.enabled || !step.isFlush())
            continue;
        for (const TableRef &t : step.targets.tables) {
            const auto found = findTable(report.serverTables, t);
            if (!found) {
                report.missingTables << t;
                add(S::Error, i, QCoreApplication::translate("moctl::Preflight", "The table %1 does not exist (any more).").arg(t.display()));
                continue;
            }
            toEstimate << *found;
        }
        for (const QString &p : step.targets.patterns) {
            const QList<TableRef> matched = report.resolution.value(p);
            if (matched.isEmpty())
                add(S::Warning, i, QCoreApplication::translate("moctl::Preflight", "The pattern %1 matches no table.").arg(p));
            else
                add(S::Info, i, QCoreApplication::translate("moctl::Preflight", "The pattern %1 matches %n table(s).", nullptr, int(matched.size())).arg(p));
            toEstimate << matched;
        }
    }
    if (depth == PreflightDepth::Quick)
        return report;

    for (const TableRef &t : std::as_const(toEstimate)) {
        if (cancel.isCancelled())
            break;
        const bool seen = std::any_of(report.estimates.cbegin(), report.estimates.cend(),
                                      [&t](const PreflightReport::Estimate &e) { return sameTable(e.table, t); });
        if (seen)
            continue;
        PreflightReport::Estimate e{t, -1, -1};
        QSqlQuery q(connection.db());
        const QString db = sqlStringLiteral(t.database);
        const QString tbl = sqlStringLiteral(t.table);
        if (q.exec(u"SELECT mo_table_rows(%1, %2), mo_table_size(%1, %2)"_s.arg(db, tbl)) && q.next()) {
            bool ok = false;
            e.rows = q.value(0).toLongLong(&ok);
            if (!ok)
                e.rows = -1;
            e.bytes = q.value(1).toLongLong(&ok);
            if (!ok)
                e.bytes = -1;
        }
        report.totalRows += qMax<qint64>(0, e.rows);
        report.totalBytes += qMax<qint64>(0, e.bytes);
        report.estimates << e;
    }
    if (!report.estimates.isEmpty())
        add(S::Info, -1,
            QCoreApplication::translate("moctl::Preflight", "About %1 rows and %2 to flush in %n table(s).", nullptr, int(report.estimates.size()))
                .arg(report.totalRows)
                .arg(QLocale::system().formattedDataSize(report.totalBytes)));
    return report;
}

} // namespace moctl
