#pragma once

#include "plan/sizerule.h"
#include "runner/runtypes.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace moctl {

// One run as the history keeps it.
struct RunRecord
{
    qint64 id = 0;
    QString profileId;
    QString profileName;
    QString planId; // empty for ad-hoc runs
    QString planName; // empty for ad-hoc runs
    QString fleetId; // the fleet run it belongs to (UUID without braces); empty = none
    RunTrigger trigger = RunTrigger::Manual;
    QDateTime started; // UTC
    QDateTime finished; // UTC; invalid while running
    RunStatus status = RunStatus::Running;
    int operations = 0; // operations the run was asked to do
    int ok = 0;
    int failed = 0;
    int timedOut = 0;
    int cancelled = 0;
    int skipped = 0;
    QString server; // host:port as user (never a password)
    QString host; // the machine whose process wrote the run
    qint64 pid = 0; // the process that wrote the run
    QString error; // the first error's message, empty when none
    QString serverVersion; // what version() said (e.g. 8.0.30-MatrixOne-v2.1.0); empty when unknown
    // Ad-hoc runs (no plan): the kind of their first operation, from its outcome (an ad-hoc run does one
    // kind); empty for plan runs and before the first outcome is recorded.
    std::optional<OperationKind> adHocKind;

    qint64 durationMs() const { return finished.isValid() ? started.msecsTo(finished) : -1; }
};

// Which runs to list. Empty fields match everything. Newest first.
struct RunFilter
{
    QString profileId;
    QString planId;
    QString fleetId; // only the runs of this fleet run
    QList<RunStatus> statuses;
    std::optional<RunTrigger> trigger;
    QDateTime from; // started at or after
    QDateTime to; // started before
    QString text; // in profile and plan names, and in the run's targets and messages
    int limit = 200; // 0 = no limit
    int offset = 0;
    // Keyset paging: only runs listed after this run (older); 0 = from the newest.
    qint64 afterRunId = 0;
};

// A scheduler decision or another notable thing that is not a run.
struct HistoryEvent
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString kind; // e.g. "schedule-fired", "schedule-skipped", "missed"
    QString planId;
    QString planName;
    QString message;
    QString host;
    qint64 pid = 0;
};

// One finished run on a plan's duration chart.
struct DurationPoint
{
    qint64 runId = 0;
    QDateTime started; // UTC
    qint64 durationMs = 0;
    RunStatus status = RunStatus::Ok;
};

// Every profile and plan the history has runs of: id and newest name, sorted by name
// (HistoryStore::choices, for the History page's filters).
struct HistoryChoice
{
    QString id;
    QString name;
    friend bool operator==(const HistoryChoice &, const HistoryChoice &) = default;
};
struct HistoryChoices
{
    QList<HistoryChoice> profiles;
    QList<HistoryChoice> plans; // ad-hoc runs (no plan) are not a choice
};

// The durations of one plan's finished runs (HistoryStore::planDurations).
struct DurationSeries
{
    QString planId; // empty: the ad-hoc runs
    QString planName; // the newest run's name for the plan
    qint64 totalRuns = 0; // finished runs of the plan that match the filter
    QList<DurationPoint> points; // the newest of them (at most the limit asked for), oldest first
    double medianMs = 0; // median duration of `points`
    QSet<qint64> slow; // runs of `points` slower than twice the median
    bool isSampled() const { return totalRuns > points.size(); }
};

// What the metrics exporter reads for one plan and profile (HistoryStore::planMetrics): finished runs
// only; ad-hoc runs (no plan) are left out.
struct PlanMetrics
{
    QString planId;
    QString planName; // the newest run's name
    QString profileId;
    QString profileName; // the newest run's name
    QDateTime lastRunStarted; // UTC; the newest finished run
    QDateTime lastRunFinished; // UTC
    RunStatus lastStatus = RunStatus::Ok;
    QDateTime lastSuccessFinished; // UTC; invalid when no run succeeded
    // Outcomes of every kept run by operation ("flush", "checkpoint", "global-checkpoint") and
    // status ("ok", "failed", "timeout", "cancelled", "skipped"): key = operation + '\t' + status.
    QHash<QString, qint64> outcomes;
    qint64 runs = 0; // finished runs kept in the history
};

// A table's rows and size at one run's flush (HistoryStore::tableGrowth).
struct TableGrowthPoint
{
    qint64 runId = 0;
    QDateTime at; // UTC, when the flush started
    qint64 rows = -1;
    qint64 bytes = -1;
    OutcomeStatus status = OutcomeStatus::Ok;
    QString planName;
};

// How much history to keep. 0 = no limit for that criterion.
struct Retention
{
    int keepDays = 90;
    int keepRuns = 0;
};

} // namespace moctl
