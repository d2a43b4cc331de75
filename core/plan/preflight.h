#pragma once

#include "maintenanceplan.h"
#include "moctl/canceltoken.h"
#include "moctl/moerror.h"

#include <QList>
#include <QString>

namespace moctl {

// The tables of the server (mo_catalog.mo_tables, system databases left out): every tenant's for a
// sys connection (a tenant's table carries its account), MatrixOne's internal tables included (plan
// patterns leave them out), ids where a name cannot address the table. Blocking: call from a worker
// thread. `catalog`, when given, receives the same tables as the catalog lists them (parent links
// for companions).
// WithFigures also reads mo_table_rows()/mo_table_size() of every table (size rules need them).
enum class CatalogFigures { Without, With };
QList<TableRef> listServerTables(const ConnectionSettings &settings, MoError *error,
    QList<TableInfo> *catalog = nullptr, CatalogFigures figures = CatalogFigures::Without);
// The references plans resolve against, from a catalog listing.
QList<TableRef> planTables(const QList<TableInfo> &catalog);

// What a plan would meet if it ran now.
struct PreflightReport
{
    enum class Severity { Info, Warning, Error };
    struct Item
    {
        Severity severity = Severity::Info;
        int stepIndex = -1; // -1: the plan or the connection
        QString message; // translated
    };
    struct Estimate
    {
        TableRef table;
        qint64 rows = -1; // -1: unknown
        qint64 bytes = -1; // -1: unknown
    };

    MoError connectError; // set when the server could not be reached: nothing else was checked
    QString serverVersion;
    QList<TableRef> serverTables;
    QList<TableInfo> serverCatalog; // the same tables with parent links (companions)
    PatternResolution resolution; // every pattern of the plan's enabled flush steps (and size rule)
    // What each size rule selects now (the catalog is read with figures when the plan has one); "grown
    // by" against `baseline`, the plan's last figures from History, given by the caller).
    SizeRuleSelections sizeRules;
    FiguresBaseline baseline; // the one given
    QList<TableRef> missingTables;
    QList<Estimate> estimates; // every table the plan would flush
    qint64 totalRows = 0;
    qint64 totalBytes = 0;
    QList<Item> items;

    bool connected() const { return !connectError.isError(); }
    bool hasErrors() const;
};

enum class PreflightDepth { Quick, WithEstimates };

// Connects with `settings`, checks the user name for the mo_ctl privilege (sys account, moadmin
// role), lists the tables, checks that every named table still exists, resolves the patterns and,
// WithEstimates, asks mo_table_rows()/mo_table_size() for each table. Never sends mo_ctl.
// Blocking: call from a worker thread (QtConcurrent), never the GUI thread.
PreflightReport runPreflight(const MaintenancePlan &plan, const ConnectionSettings &settings,
    PreflightDepth depth = PreflightDepth::WithEstimates, const CancelToken &cancel = CancelToken(),
    const FiguresBaseline &baseline = {});

// The privilege problem a user name shows ("acc:user:role"), translated; empty when it looks right.
QString privilegeHint(const QString &userName, PreflightReport::Severity *severity = nullptr);

} // namespace moctl
