#pragma once

#include "runner/runtypes.h"

#include <QString>
#include <QStringList>

namespace moctl {

// What a run will send, in words, before anything is sent: the confirmation asked on a profile that
// confirms runs (a production profile), and anything else that must say exactly what is about to
// happen (moctl could print it). Pure: built from the request alone.
struct RunDescription
{
    int flushes = 0; // flush statements (one per table)
    int tables = 0; // distinct tables among them
    int checkpoints = 0; // incremental checkpoints
    int globalCheckpoints = 0; // global checkpoints
    QString cluster; // "prod-eu (db.example.com:6001)"

    QString title; // translated: "Run on prod-eu?"
    QString question; // translated, one sentence: "This sends 3 statements to prod-eu (host:port):"
    QStringList lines; // translated, one line per kind: "flush 12 tables: a.b, c.d, … and 9 more"
    // The question and the lines, as one text.
    QString text() const;
};

RunDescription describeRun(const RunRequest &request);

// What a fleet run will send before anything is sent: one line per cluster that asks first (a
// production profile), with its address and what it gets, then the other clusters by name. `asking`
// holds the indexes into `requests` of the clusters that confirm runs.
struct FleetRunDescription
{
    QString title; // translated: "Run on 3 clusters?"
    QString question; // translated: "The plan "X" runs on 3 clusters; 2 of them ask before every run:"
    QStringList lines; // translated: "prod-eu (db:6001): flush 12 tables, 1 global checkpoint"
    QString text() const;
};

FleetRunDescription describeFleetRun(const QList<RunRequest> &requests, const QList<int> &asking);

} // namespace moctl
