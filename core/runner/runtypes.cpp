#include "runtypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moctl {

QString triggerName(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Manual:
        return u"manual"_s;
    case RunTrigger::Scheduled:
        return u"scheduled"_s;
    case RunTrigger::Cli:
        return u"cli"_s;
    }
    return u"manual"_s;
}

RunTrigger triggerFromName(const QString &name)
{
    if (name == u"scheduled"_s)
        return RunTrigger::Scheduled;
    if (name == u"cli"_s)
        return RunTrigger::Cli;
    return RunTrigger::Manual;
}

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return u"running"_s;
    case RunStatus::Ok:
        return u"ok"_s;
    case RunStatus::Failed:
        return u"failed"_s;
    case RunStatus::Partial:
        return u"partial"_s;
    case RunStatus::Cancelled:
        return u"cancelled"_s;
    case RunStatus::Interrupted:
        return u"interrupted"_s;
    }
    return u"failed"_s;
}

RunStatus runStatusFromName(const QString &name)
{
    for (auto s : { RunStatus::Running, RunStatus::Ok, RunStatus::Failed, RunStatus::Partial,
             RunStatus::Cancelled, RunStatus::Interrupted }) {
        if (runStatusName(s) == name)
            return s;
    }
    return RunStatus::Failed;
}

QString outcomeStatusName(OutcomeStatus status)
{
    switch (status) {
    case OutcomeStatus::Ok:
        return u"ok"_s;
    case OutcomeStatus::Failed:
        return u"failed"_s;
    case OutcomeStatus::Timeout:
        return u"timeout"_s;
    case OutcomeStatus::Cancelled:
        return u"cancelled"_s;
    case OutcomeStatus::Skipped:
        return u"skipped"_s;
    case OutcomeStatus::NotAttempted:
        return u"not_attempted"_s;
    }
    return u"failed"_s;
}

OutcomeStatus outcomeStatusFromName(const QString &name)
{
    for (auto s : { OutcomeStatus::Ok, OutcomeStatus::Failed, OutcomeStatus::Timeout,
             OutcomeStatus::Cancelled, OutcomeStatus::Skipped, OutcomeStatus::NotAttempted }) {
        if (outcomeStatusName(s) == name)
            return s;
    }
    return OutcomeStatus::Failed;
}

QString failurePolicyName(FailurePolicy policy)
{
    switch (policy) {
    case FailurePolicy::Stop:
        return u"stop"_s;
    case FailurePolicy::Continue:
        return u"continue"_s;
    case FailurePolicy::SkipCheckpoints:
        return u"skip-checkpoints"_s;
    }
    return u"stop"_s;
}

FailurePolicy failurePolicyFromName(const QString &name, bool *ok)
{
    for (auto p : { FailurePolicy::Stop, FailurePolicy::Continue, FailurePolicy::SkipCheckpoints }) {
        if (failurePolicyName(p) == name) {
            if (ok)
                *ok = true;
            return p;
        }
    }
    if (ok)
        *ok = false;
    return FailurePolicy::Stop;
}

QString runStatusTitle(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return QCoreApplication::translate("moctl::Run", "Running");
    case RunStatus::Ok:
        return QCoreApplication::translate("moctl::Run", "Succeeded");
    case RunStatus::Failed:
        return QCoreApplication::translate("moctl::Run", "Failed");
    case RunStatus::Partial:
        return QCoreApplication::translate("moctl::Run", "Partly failed");
    case RunStatus::Cancelled:
        return QCoreApplication::translate("moctl::Run", "Cancelled");
    case RunStatus::Interrupted:
        return QCoreApplication::translate("moctl::Run", "Interrupted");
    }
    return {};
}

QString outcomeStatusTitle(OutcomeStatus status)
{
    switch (status) {
    case OutcomeStatus::Ok:
        return QCoreApplication::translate("moctl::Run", "OK");
    case OutcomeStatus::Failed:
        return QCoreApplication::translate("moctl::Run", "Failed");
    case OutcomeStatus::Timeout:
        return QCoreApplication::translate("moctl::Run", "Timed out");
    case OutcomeStatus::Cancelled:
        return QCoreApplication::translate("moctl::Run", "Cancelled");
    case OutcomeStatus::Skipped:
        return QCoreApplication::translate("moctl::Run", "Skipped");
    case OutcomeStatus::NotAttempted:
        return QCoreApplication::translate("moctl::Run", "Not attempted");
    }
    return {};
}

QString triggerTitle(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Manual:
        return QCoreApplication::translate("moctl::Run", "Manual");
    case RunTrigger::Scheduled:
        return QCoreApplication::translate("moctl::Run", "Scheduled");
    case RunTrigger::Cli:
        return QCoreApplication::translate("moctl::Run", "Command line");
    }
    return {};
}

int errorPrecedence(MoError::Kind kind)
{
    switch (kind) {
    case MoError::Kind::None:
        return 0;
    case MoError::Kind::InvalidInput:
        return 4;
    case MoError::Kind::Connection:
    case MoError::Kind::Authentication:
        return 3;
    case MoError::Kind::ClientTimeout:
    case MoError::Kind::Cancelled:
        return 2;
    default:
        return 1;
    }
}

void keepWorstError(MoError *worst, const MoError &candidate)
{
    if (errorPrecedence(candidate.kind()) > errorPrecedence(worst->kind()))
        *worst = candidate;
}

bool RunStep::isCheckpoint() const
{
    return kind == Kind::Operations && !operations.isEmpty()
        && operations.first().kind != OperationKind::Flush;
}

QList<RunStep> RunRequest::stepsFor(const QList<Operation> &operations, const ExecutionOptions &options)
{
    QList<RunStep> steps;
    for (const Operation &op : operations) {
        const bool flush = op.kind == OperationKind::Flush;
        if (flush && !steps.isEmpty() && !steps.last().isCheckpoint()) {
            steps.last().operations << op;
            continue;
        }
        RunStep step;
        step.label = operationTitle(op.kind);
        step.operations << op;
        step.options = options;
        steps << step;
    }
    return steps;
}

int RunRequest::operationCount() const
{
    int n = 0;
    for (const RunStep &step : steps)
        n += step.kind == RunStep::Kind::Operations ? int(step.operations.size()) : 0;
    return n;
}

} // namespace moctl
