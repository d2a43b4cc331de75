#pragma once

#include "connection/connectionsettings.h"
#include "moctl/moerror.h"
#include "moctl/operation.h"

#include <chrono>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace moctl {

enum class RunTrigger { Manual, Scheduled, Cli };
enum class RunStatus { Running, Ok, Failed, Partial, Cancelled, Interrupted };
// NotAttempted: never sent because the server had become unreachable earlier in the run (a
// connection-level failure); such an operation can be run again once the server answers.
enum class OutcomeStatus { Ok, Failed, Timeout, Cancelled, Skipped, NotAttempted };
// What happens after a step fails.
enum class FailurePolicy { Stop, Continue, SkipCheckpoints };

QString triggerName(RunTrigger trigger);
RunTrigger triggerFromName(const QString &name);
QString runStatusName(RunStatus status);
RunStatus runStatusFromName(const QString &name);
QString outcomeStatusName(OutcomeStatus status);
OutcomeStatus outcomeStatusFromName(const QString &name);
QString failurePolicyName(FailurePolicy policy);
FailurePolicy failurePolicyFromName(const QString &name, bool *ok = nullptr);
// Translated, for people.
QString runStatusTitle(RunStatus status);
QString outcomeStatusTitle(OutcomeStatus status);
QString triggerTitle(RunTrigger trigger);

// How one step's operations are executed.
struct ExecutionOptions
{
    int parallelism = 4; // flushes at once
    std::chrono::milliseconds timeout { std::chrono::seconds(120) }; // per attempt, client side
    int retries = 2; // extra attempts for retryable failures
    std::chrono::milliseconds backoffBase { std::chrono::milliseconds(500) };
    std::chrono::milliseconds backoffMax { std::chrono::seconds(30) };

    friend bool operator==(const ExecutionOptions &, const ExecutionOptions &) = default;
};

// A step of a run: a group of operations (flushes run in parallel up to the parallelism; checkpoints
// run one at a time, never concurrently with another checkpoint on the same cluster) or a pause.
struct RunStep
{
    enum class Kind { Operations, Wait };
    Kind kind = Kind::Operations;
    QString label;
    QList<Operation> operations;
    ExecutionOptions options;
    int waitSeconds = 0;
    // Flush steps: rows and size of each operation's table just before the run (same order as
    // `operations`; -1 = unknown; empty = not read). Kept in the outcome and History.
    QList<std::pair<qint64, qint64>> figures;
    // Global checkpoint: skipped (recorded as skipped, with the reason) unless MatrixOne's checkpoint
    // list shows at least this many incrementals since the last global one; 0 = always sent.
    int minIncrementals = 0;
    bool isCheckpoint() const;
};

// Everything a run needs. Ad-hoc operations become one step per kind.
struct RunRequest
{
    ConnectionSettings settings;
    QString profileId;
    QString profileName;
    QString planId; // empty for ad-hoc runs
    QString planName; // empty for ad-hoc runs
    // The fleet run this run belongs to (a UUID without braces; fleetrun.h); empty = not part of one.
    QString fleetId;
    RunTrigger trigger = RunTrigger::Manual;
    FailurePolicy policy = FailurePolicy::Stop;
    QList<RunStep> steps;

    // Ad-hoc: consecutive flushes share a step; each checkpoint is its own step.
    static QList<RunStep> stepsFor(const QList<Operation> &operations, const ExecutionOptions &options);
    int operationCount() const;
};

// One operation's final result in a run (after retries).
struct Outcome
{
    qint64 runId = 0;
    int stepIndex = 0;
    int operationIndex = 0; // position in the whole run
    Operation operation;
    QString target;
    QString sql;
    int attempts = 0;
    QDateTime started;
    qint64 durationMs = 0;
    OutcomeStatus status = OutcomeStatus::Ok;
    MoError error;
    QString rawReply;
    // A flush: the table's rows and size when the run started (mo_table_rows/mo_table_size); -1 = not read.
    qint64 tableRows = -1;
    qint64 tableBytes = -1;
    QString serverVersion; // version() of the connection the last attempt used (not kept in the history)

    int code() const { return error.code(); }
    QString message() const { return error.message(); }
};

struct RunSummary
{
    qint64 runId = 0;
    RunStatus status = RunStatus::Ok;
    QDateTime started;
    QDateTime finished;
    int ok = 0;
    int failed = 0;
    int timedOut = 0;
    int cancelled = 0;
    int skipped = 0;
    int refused = 0; // failed outcomes refused before anything was sent (bad input, a form the server lacks)
    int notAttempted = 0; // server unreachable: never sent
    // The error of the first operation that finished with one (skipped operations left out), in the
    // order operations finished (status lines, history's run error).
    MoError firstError;
    // The error of highest precedence (errorPrecedence), whatever the order the outcomes came in:
    // exit codes are decided from it.
    MoError worstError;
    // What version() said on the run's first connection; empty when no connection was opened.
    QString serverVersion;
};

// A fixed precedence of error kinds, independent of the order the outcomes finish in (the exit
// code of moctl follows it): 4 invalid input (refused before sending) > 3 cannot connect or
// authenticate > 2 timed out or cancelled > 1 any other failure > 0 none.
int errorPrecedence(MoError::Kind kind);
// Keeps in *worst whichever of the two errors has the higher precedence (the earlier one on a tie).
void keepWorstError(MoError *worst, const MoError &candidate);

// Where a run is recorded while it happens (history). Called from the runner's threads; an
// implementation serialises its own writes. beginRun() is called before the first statement is sent,
// recordOutcome() as soon as each operation finishes.
class RunRecorder
{
public:
    virtual ~RunRecorder() = default;
    virtual qint64 beginRun(const RunRequest &request, const QDateTime &started) = 0;
    virtual void recordOutcome(qint64 runId, const Outcome &outcome) = 0;
    virtual void endRun(qint64 runId, const RunSummary &summary) = 0;
};

} // namespace moctl

Q_DECLARE_METATYPE(moctl::Outcome)
Q_DECLARE_METATYPE(moctl::RunSummary)
