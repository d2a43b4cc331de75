#include "fleetrun.h"

#include "connection/connectionfactory.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <QUuid>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace moctl {

RunStatus FleetSummary::status() const
{
    if (members.isEmpty())
        return RunStatus::Ok;
    int ok = 0;
    for (const RunSummary &m : members) {
        if (m.status == RunStatus::Cancelled)
            return RunStatus::Cancelled;
        ok += m.status == RunStatus::Ok ? 1 : 0;
    }
    if (ok == members.size())
        return RunStatus::Ok;
    return ok == 0 ? RunStatus::Failed : RunStatus::Partial;
}

int FleetSummary::okMembers() const
{
    return int(std::count_if(
        members.cbegin(), members.cend(), [](const RunSummary &m) { return m.status == RunStatus::Ok; }));
}

QString newFleetId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {

// A member that never sent anything: recorded as a run of its own with the reason, so the fleet's
// History shows every member.
RunSummary unsentMember(
    const RunRequest &request, RunRecorder *recorder, RunStatus status, const MoError &error)
{
    RunSummary summary;
    summary.started = QDateTime::currentDateTimeUtc();
    if (recorder)
        summary.runId = recorder->beginRun(request, summary.started);
    summary.status = status;
    summary.firstError = error;
    summary.worstError = error;
    summary.finished = QDateTime::currentDateTimeUtc();
    if (recorder)
        recorder->endRun(summary.runId, summary);
    return summary;
}

} // namespace

FleetSummary executeFleet(const QList<FleetMember> &members, RunRecorder *recorder, const CancelToken &cancel,
    int maxClusters, const FleetCallbacks &callbacks, const QString &fleetId)
{
    FleetSummary fleet;
    fleet.fleetId = fleetId.isEmpty() ? newFleetId() : fleetId;
    fleet.started = QDateTime::currentDateTimeUtc();
    fleet.members.resize(members.size());
    std::atomic<int> next { 0 };
    const auto work = [&] {
        for (int i = next++; i < members.size(); i = next++) {
            const FleetMember &member = members.at(i);
            RunRequest request = member.request;
            if (request.fleetId.isEmpty())
                request.fleetId = fleet.fleetId;
            RunSummary summary;
            MoError error = member.setupError;
            if (cancel.isCancelled()) {
                summary = unsentMember(
                    request, recorder, RunStatus::Cancelled, MoError(MoError::Kind::Cancelled, 0, {}));
            } else {
                if (!error.isError() && member.prepare && !member.prepare(&request, &error, cancel)
                    && !error.isError())
                    error = MoError(MoError::Kind::ServerError, 0, {});
                if (error.isError()) {
                    summary = unsentMember(request, recorder,
                        error.kind() == MoError::Kind::Cancelled ? RunStatus::Cancelled : RunStatus::Failed,
                        error);
                } else {
                    RunCallbacks run;
                    if (callbacks.operationStarted)
                        run.operationStarted = [&callbacks, i](int index, int attempt) {
                            callbacks.operationStarted(i, index, attempt);
                        };
                    if (callbacks.operationFinished)
                        run.operationFinished = [&callbacks, i](const Outcome &outcome) {
                            callbacks.operationFinished(i, outcome);
                        };
                    if (callbacks.memberStarted)
                        run.runStarted = [&callbacks, i](qint64 runId) { callbacks.memberStarted(i, runId); };
                    summary = executeRun(request, recorder, cancel, run);
                    if (callbacks.memberFinished)
                        callbacks.memberFinished(i, summary);
                    fleet.members[i] = summary;
                    continue;
                }
            }
            if (callbacks.memberStarted)
                callbacks.memberStarted(i, summary.runId);
            if (callbacks.memberFinished)
                callbacks.memberFinished(i, summary);
            fleet.members[i] = summary;
        }
        ConnectionFactory::releaseThreadConnections();
    };
    const int threads = std::clamp(maxClusters, 1, MaxMaxClusters);
    std::vector<std::thread> workers;
    for (int t = 0; t < std::min<int>(threads, int(members.size())); ++t)
        workers.emplace_back(work);
    for (std::thread &w : workers)
        w.join();
    for (const RunSummary &m : std::as_const(fleet.members))
        keepWorstError(&fleet.worstError, m.worstError);
    fleet.finished = QDateTime::currentDateTimeUtc();
    return fleet;
}

FleetRunner::FleetRunner(QObject *parent)
    : QObject(parent)
{
}

FleetRunner::~FleetRunner()
{
    cancel();
    wait();
    delete m_thread;
}

bool FleetRunner::start(const QList<FleetMember> &members, RunRecorder *recorder, int maxClusters)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = CancelToken();
    m_active = true;
    m_fleetId = newFleetId();
    const CancelToken cancel = m_cancel;
    FleetCallbacks callbacks;
    // Emitted from worker threads; AutoConnection queues them to this object's thread.
    callbacks.memberStarted = [this](int member, qint64 runId) { Q_EMIT memberStarted(member, runId); };
    callbacks.operationStarted
        = [this](int member, int index, int attempt) { Q_EMIT operationStarted(member, index, attempt); };
    callbacks.operationFinished
        = [this](int member, const Outcome &outcome) { Q_EMIT operationFinished(member, outcome); };
    callbacks.memberFinished
        = [this](int member, const RunSummary &summary) { Q_EMIT memberFinished(member, summary); };
    const QString id = m_fleetId;
    m_thread = QThread::create([this, members, recorder, cancel, callbacks, maxClusters, id] {
        const FleetSummary summary = executeFleet(members, recorder, cancel, maxClusters, callbacks, id);
        QMetaObject::invokeMethod(
            this,
            [this, summary] {
                m_active = false;
                Q_EMIT finished(summary);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"moctl-fleet"_s);
    m_thread->start();
    return true;
}

void FleetRunner::cancel()
{
    m_cancel.cancel();
}

bool FleetRunner::isRunning() const
{
    return m_active || (m_thread && m_thread->isRunning());
}

bool FleetRunner::wait(int msecs)
{
    if (!m_thread)
        return true;
    return msecs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(msecs));
}

} // namespace moctl
