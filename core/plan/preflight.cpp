#include "preflight.h"

#include "catalog/catalog.h"
#include "connection/connectionfactory.h"
#include "moctl/serverversion.h"
#include "moctl/statement.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

QList<TableInfo> readCatalog(
    QSqlDatabase &db, MoError *error, CatalogFigures figures = CatalogFigures::Without)
{
    CatalogListing listing
        = Catalog::fetch(db, CatalogOptions { AccountScope::All, figures == CatalogFigures::With });
    if (!listing.ok()) {
        if (error)
            *error = listing.error;
        return {};
    }
    QList<TableInfo> tables;
    for (const TableInfo &t : std::as_const(listing.tables)) {
        if (!t.isSystem())
            tables << t;
    }
    return tables;
}

std::optional<TableRef> findTable(
    const QList<TableInfo> &catalog, const TableRef &wanted, std::optional<quint64> stepAccount)
{
    if (wanted.hasName()) {
        const qsizetype i = findTableIndex(
            catalog, wanted.database, wanted.table, wanted.accountId.value_or(stepAccount.value_or(0)));
        if (i < 0)
            return std::nullopt;
        return tableRefFor(catalog.at(i));
    }
    for (const TableInfo &t : catalog) {
        if (wanted.tableId && t.id == *wanted.tableId)
            return tableRefFor(t, IdPolicy::Always);
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
        return QCoreApplication::translate("moctl::Preflight",
            "The user belongs to the account \"%1\"; mo_ctl only runs for the sys account.")
            .arg(parts.first());
    }
    if (parts.size() >= 3 && parts.at(2).compare(u"moadmin"_s, Qt::CaseInsensitive) != 0) {
        if (severity)
            *severity = PreflightReport::Severity::Warning;
        return QCoreApplication::translate("moctl::Preflight",
            "The role \"%1\" may lack the mo_ctl privilege; MatrixOne grants it to moadmin.")
            .arg(parts.at(2));
    }
    return {};
}

QList<TableRef> planTables(const QList<TableInfo> &catalog)
{
    QList<TableRef> tables;
    tables.reserve(catalog.size());
    for (const TableInfo &t : catalog)
        tables << tableRefFor(t); // only names MatrixOne cannot address are flushed by id
    return tables;
}

QList<TableRef> listServerTables(
    const ConnectionSettings &settings, MoError *error, QList<TableInfo> *catalog, CatalogFigures figures)
{
    ScopedConnection connection(settings, u"catalog"_s);
    if (!connection.ok()) {
        if (error)
            *error = connection.error();
        return {};
    }
    const QList<TableInfo> tables = readCatalog(connection.db(), error, figures);
    if (catalog)
        *catalog = tables;
    return planTables(tables);
}

PreflightReport runPreflight(const MaintenancePlan &plan, const ConnectionSettings &settings,
    PreflightDepth depth, const CancelToken &cancel, const FiguresBaseline &baseline)
{
    PreflightReport report;
    report.baseline = baseline;
    using S = PreflightReport::Severity;
    const auto add = [&report](S severity, int step, const QString &message) {
        report.items << PreflightReport::Item { severity, step, message };
    };
    ScopedConnection connection(settings, u"preflight"_s);
    if (!connection.ok()) {
        report.connectError = connection.error();
        add(S::Error, -1,
            QCoreApplication::translate("moctl::Preflight", "Cannot connect to %1: %2")
                .arg(settings.describe(), connection.error().message()));
        return report;
    }
    {
        QSqlQuery q(connection.db());
        if (q.exec(u"SELECT version()"_s) && q.next())
            report.serverVersion = q.value(0).toString();
    }
    add(S::Info, -1,
        QCoreApplication::translate("moctl::Preflight", "Connected to %1 (%2).")
            .arg(settings.describe(), report.serverVersion));
    if (!report.serverVersion.contains(u"MatrixOne"_s, Qt::CaseInsensitive))
        add(S::Warning, -1,
            QCoreApplication::translate(
                "moctl::Preflight", "The server does not say it is MatrixOne; mo_ctl may not exist there."));
    // Forms this server's MatrixOne version lacks: the run would refuse them before sending.
    const ServerVersion version = ServerVersion::parse(report.serverVersion);
    for (int i = 0; i < plan.steps.size() && version.isKnown(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        if (!step.enabled)
            continue;
        QList<Operation> operations;
        if (step.kind == OperationKind::Checkpoint)
            operations << Operation::checkpoint(step.duration);
        else if (step.kind == OperationKind::GlobalCheckpoint)
            operations << Operation::globalCheckpoint(step.duration);
        else if (step.isFlush())
            for (const TableRef &t : step.targets.tables)
                operations << Operation::flush(t);
        for (const Operation &op : std::as_const(operations)) {
            if (MoError e = checkServerSupports(version, op); e.isError())
                add(S::Error, i, e.message());
        }
    }
    S privilegeSeverity = S::Info;
    const QString hint = privilegeHint(settings.user, &privilegeSeverity);
    if (!hint.isEmpty())
        add(privilegeSeverity, -1, hint);

    MoError listError;
    report.serverCatalog = readCatalog(
        connection.db(), &listError, hasSizeRules(plan) ? CatalogFigures::With : CatalogFigures::Without);
    report.serverTables = planTables(report.serverCatalog);
    if (listError.isError()) {
        add(S::Warning, -1,
            QCoreApplication::translate("moctl::Preflight",
                "Cannot list the tables (mo_catalog.mo_tables): %1. Tables and patterns were not checked.")
                .arg(listError.message()));
        return report;
    }
    report.resolution = resolvePlanPatterns(plan, report.serverTables);
    report.sizeRules = resolveSizeRules(plan, report.serverCatalog, baseline, &report.resolution);

    QList<TableRef> toEstimate;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        if (!step.enabled || !step.isFlush())
            continue;
        for (const TableRef &t : step.targets.tables) {
            const auto found = findTable(report.serverCatalog, t, step.account);
            if (!found) {
                report.missingTables << t;
                add(S::Error, i,
                    QCoreApplication::translate("moctl::Preflight", "The table %1 does not exist (any more).")
                        .arg(t.display()));
                continue;
            }
            toEstimate << *found;
        }
        if (step.sizeRule) {
            const QList<TableRef> selected = report.resolution.value(sizeRuleKey(step));
            add(selected.isEmpty() ? S::Warning : S::Info, i,
                QCoreApplication::translate("moctl::Preflight", "The size rule (%1) selects %n table(s) now.",
                    nullptr, int(selected.size()))
                    .arg(step.sizeRule->describe()));
            toEstimate << selected;
            continue;
        }
        for (const QString &p : step.targets.patterns) {
            const QList<TableRef> matched = report.resolution.value(patternKey(p, step.account));
            if (matched.isEmpty())
                add(S::Warning, i,
                    QCoreApplication::translate("moctl::Preflight", "The pattern %1 matches no table.")
                        .arg(p));
            else
                add(S::Info, i,
                    QCoreApplication::translate("moctl::Preflight", "The pattern %1 matches %n table(s).",
                        nullptr, int(matched.size()))
                        .arg(p));
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
        PreflightReport::Estimate e { t, -1, -1 };
        if (t.accountId && *t.accountId != 0) {
            // mo_table_rows()/mo_table_size() look names up in the caller's account: another tenant's
            // table is left unknown rather than asked for.
            report.estimates << e;
            continue;
        }
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
            QCoreApplication::translate("moctl::Preflight", "About %1 rows and %2 to flush in %n table(s).",
                nullptr, int(report.estimates.size()))
                .arg(QLocale().toString(report.totalRows), QLocale().formattedDataSize(report.totalBytes)));
    return report;
}

} // namespace moctl
