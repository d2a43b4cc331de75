#pragma once

// A fleet run: one plan run on several profiles (clusters) at once. Each member is an ordinary run
// (its own connection limit, retries, failure policy, its own row in History) and all members share
// one fleet id. Clusters run in parallel, at most `maxClusters` at a time.
#include "connection/connectionprofile.h"
#include "moctl/canceltoken.h"
#include "runner.h"
#include "runtypes.h"

#include <functional>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

namespace moctl {

// Clusters at once unless told otherwise (moctl run-plan --max-clusters).
constexpr int DefaultMaxClusters = 8;
constexpr int MaxMaxClusters = 64;

struct FleetMember
{
    ConnectionProfile profile;
    // The member's run. Its fleetId is set by executeFleet() to the fleet's id when empty.
    RunRequest request;
    // Optional, called on the member's own worker thread just before its run (e.g. reads this cluster's
    // catalog to resolve the plan's patterns and size rules there). false with *error fails only this
    // member: recorded as a failed run with that error, nothing sent.
    std::function<bool(RunRequest *request, MoError *error, const CancelToken &cancel)> prepare;
    // Known before the fleet starts (e.g. the profile's password cannot be read): the member is
    // recorded as a failed run with this error and nothing is sent. None = the member runs.
    MoError setupError;
};

struct FleetSummary
{
    QString fleetId;
    QList<RunSummary> members; // same order as the members given
    QDateTime started; // UTC
    QDateTime finished; // UTC
    // The error of highest precedence (errorPrecedence) over all members: exit codes follow it.
    MoError worstError;

    // Ok when every member is ok, Cancelled when one was cancelled, Failed when none is ok,
    // else Partial.
    RunStatus status() const;
    int okMembers() const;
};

// Callbacks of a fleet run in progress, called from the members' threads (`member` = index in the
// list given).
struct FleetCallbacks
{
    std::function<void(int member, qint64 runId)> memberStarted;
    std::function<void(int member, int operationIndex, int attempt)> operationStarted;
    std::function<void(int member, const Outcome &outcome)> operationFinished;
    std::function<void(int member, const RunSummary &summary)> memberFinished;
};

// A new fleet id (a UUID without braces).
QString newFleetId();

// Runs every member synchronously on the calling thread's behalf: at most `maxClusters` members at
// once (each with its own per-run parallelism), records each in `recorder` (may be null) with the
// fleet id, stops starting members once `cancel` is set (those left are recorded cancelled).
// `fleetId` empty = a new one. Never call from the GUI thread; use FleetRunner there.
FleetSummary executeFleet(const QList<FleetMember> &members, RunRecorder *recorder, const CancelToken &cancel,
    int maxClusters = DefaultMaxClusters, const FleetCallbacks &callbacks = {}, const QString &fleetId = {});

// Runs one fleet in the background and reports through signals delivered to the thread this object
// lives in (the GUI thread). One fleet at a time per FleetRunner.
class FleetRunner final : public QObject
{
    Q_OBJECT

public:
    explicit FleetRunner(QObject *parent = nullptr);
    ~FleetRunner() override; // cancels and waits

    // Starts the fleet; false when one is already going. The recorder must outlive the run. Returns
    // the fleet id through fleetId() as soon as it started.
    bool start(
        const QList<FleetMember> &members, RunRecorder *recorder, int maxClusters = DefaultMaxClusters);
    void cancel();
    bool isRunning() const;
    bool isCancelling() const { return m_cancel.isCancelled() && isRunning(); }
    QString fleetId() const { return m_fleetId; }
    // Blocks until the fleet has ended (tests, shutdown); finished() still comes through the event loop.
    bool wait(int msecs = -1);

Q_SIGNALS:
    void memberStarted(int member, qint64 runId);
    void operationStarted(int member, int operationIndex, int attempt);
    void operationFinished(int member, const moctl::Outcome &outcome);
    void memberFinished(int member, const moctl::RunSummary &summary);
    void finished(const moctl::FleetSummary &summary);

private:
    QThread *m_thread = nullptr;
    CancelToken m_cancel;
    QString m_fleetId;
    bool m_active = false;
};

} // namespace moctl

Q_DECLARE_METATYPE(moctl::FleetSummary)
