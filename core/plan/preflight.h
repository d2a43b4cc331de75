#pragma once

#include "maintenanceplan.h"
#include "moctl/canceltoken.h"
#include "moctl/moerror.h"

#include <QList>
#include <QString>

namespace moctl {

// The user tables of the server (mo_catalog.mo_tables, relkind 'r', system databases left out),
// with their ids. Blocking: call from a worker thread.
QList<TableRef> listServerTables(const ConnectionSettings &settings, MoError *error);

// What a plan would meet if it ran now.
struct PreflightReport
{
    enum class Severity { Info, Warning, Error };
    struct Item
    {
        Severity severity = Severity::Info;
        int stepIndex = -1; // -1: the plan or the connection
        QString message;    // translated
    };
    struct Estimate
    {
        TableRef table;
        qint64 rows = -1;  // -1: unknown
        qint64 bytes = -1; // -1: unknown
    };

    MoError connectError; // set when the server could not be reached: nothing else was checked
    QString serverVersion;
    QList<TableRef> serverTables;
    PatternResolution resolution; // every pattern of the plan's enabled flush steps
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
                             PreflightDepth depth = PreflightDepth::WithEstimates,
                             const CancelToken &cancel = CancelToken());

// The privilege problem a user name shows ("acc:user:role"), translated; empty when it looks right.
QString privilegeHint(const QString &userName, PreflightReport::Severity *severity = nullptr);

} // namespace moctl
