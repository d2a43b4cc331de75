#include "runner.h"

#include "apppaths.h"
#include "connection/connectionfactory.h"
#include "moctl/checkpoints.h"
#include "moctl/executor.h"
#include "moctl/statement.h"

#include <condition_variable>
#include <mutex>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFuture>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QtConcurrent>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace moctl {

namespace {

// Checkpoints on one cluster never overlap within this process.
std::mutex &checkpointMutex(const ConnectionSettings &settings)
{
    static std::mutex guard;
    static QHash<QString, std::shared_ptr<std::mutex>> mutexes;
    std::lock_guard lock(guard);
    const QString key = u"%1:%2"_s.arg(settings.host.toLower()).arg(settings.port);
    auto &m = mutexes[key];
    if (!m)
        m = std::make_shared<std::mutex>();
    return *m;
}

// Checkpoints on one cluster never overlap across processes either (the GUI's schedules and a moctl
// run from cron): a lock file per cluster in the locks directory. Waits, unless cancelled.
class ClusterCheckpointLock
{
public:
    ClusterCheckpointLock(const ConnectionSettings &settings, const CancelToken &cancel)
    {
        const QByteArray key = u"%1:%2"_s.arg(settings.host.toLower()).arg(settings.port).toUtf8();
        const QString dir = AppPaths::locksDirectory();
        if (!QDir().mkpath(dir))
            return; // no locks directory: the in-process mutex still applies
        m_lock = std::make_unique<QLockFile>(dir + u"/checkpoint-"_s
            + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16))
            + u".lock"_s);
        m_lock->setStaleLockTime(0); // a checkpoint may take long; only a dead owner makes it stale
        while (!cancel.isCancelled()) {
            if (m_lock->tryLock(200))
                return;
            if (m_lock->error() != QLockFile::LockFailedError)
                break; // cannot create lock files there: do not block the run on it
        }
        m_lock.reset();
    }
    ~ClusterCheckpointLock()
    {
        if (m_lock)
            m_lock->unlock();
    }

private:
    std::unique_ptr<QLockFile> m_lock;
};

// Sleeps, waking early when cancelled. Returns false when cancelled.
bool sleepUnlessCancelled(std::chrono::milliseconds delay, const CancelToken &cancel)
{
    std::mutex m;
    std::condition_variable cv;
    bool woken = false;
    const int id = cancel.subscribe([&] {
        std::lock_guard lock(m);
        woken = true;
        cv.notify_all();
    });
    {
        std::unique_lock lock(m);
        cv.wait_for(lock, delay, [&] { return woken; });
    }
    cancel.unsubscribe(id);
    return !cancel.isCancelled();
}

// Whether the server still answers, shared by the operations of one run. After a connection-level
// failure (cannot connect, connection lost, or a statement given up without a KILL getting through)
// that a quick probe confirms, nothing more is sent in this run: the operations not yet sent are
// reported as not attempted at once, instead of each waiting for its own connect timeout.
class Reachability
{
public:
    bool isUnreachable() const
    {
        std::lock_guard lock(m_mutex);
        return m_unreachable;
    }
    void markUnreachable(const MoError &cause)
    {
        std::lock_guard lock(m_mutex);
        if (!m_unreachable) {
            m_unreachable = true;
            m_cause = cause;
        }
    }

private:
    mutable std::mutex m_mutex;
    bool m_unreachable = false;
    MoError m_cause;
};

bool isConnectionLevel(const MoError &error)
{
    return error.kind() == MoError::Kind::Connection
        || ((error.kind() == MoError::Kind::ClientTimeout || error.kind() == MoError::Kind::Cancelled)
            && !error.stoppedOnServer());
}

// True when the server answers its greeting within a second (no login, nothing sent).
bool serverAnswers(const ConnectionSettings &settings)
{
    ConnectionSettings probe = settings;
    probe.connectTimeoutSec = 1;
    return !ConnectionFactory::probe(probe).isError();
}

// The outcome of one operation, before anything is sent: where it is, what, and when.
Outcome startedOutcome(int stepIndex, int operationIndex, const Operation &operation)
{
    Outcome outcome;
    outcome.stepIndex = stepIndex;
    outcome.operationIndex = operationIndex;
    outcome.operation = operation;
    outcome.target = operation.targetText();
    outcome.started = QDateTime::currentDateTimeUtc();
    return outcome;
}

// An operation that is not sent: skipped, cancelled before it started, or not attempted (the server
// stopped answering earlier in the run); with what would have been sent, and why not.
Outcome unsentOutcome(
    int stepIndex, int operationIndex, const Operation &operation, OutcomeStatus status, const QString &why)
{
    Outcome outcome = startedOutcome(stepIndex, operationIndex, operation);
    if (!(operation.kind == OperationKind::Flush && !operation.table.tableId
            && needsTableId(operation.table)))
        outcome.sql = buildStatement(operation).sql; // what would have been sent
    outcome.status = status;
    const MoError::Kind kind = status == OutcomeStatus::Cancelled ? MoError::Kind::Cancelled
        : status == OutcomeStatus::NotAttempted                   ? MoError::Kind::Connection
                                                                  : MoError::Kind::None;
    outcome.error = MoError(kind, 0, {}, why);
    return outcome;
}

// The connection of a run is bounded by its operations' time limits: connect and login within the
// shortest limit, and the socket's read/write timeout (the backstop behind each statement's own
// watchdog) a little past the longest one.
ConnectionSettings boundedSettings(const RunRequest &request)
{
    ConnectionSettings s = request.settings;
    qint64 shortest = 0;
    qint64 longest = 0;
    for (const RunStep &step : request.steps) {
        if (step.kind != RunStep::Kind::Operations || step.options.timeout.count() <= 0)
            continue;
        const qint64 ms = step.options.timeout.count();
        shortest = shortest == 0 ? ms : qMin(shortest, ms);
        longest = qMax(longest, ms);
    }
    if (shortest > 0) {
        s.connectTimeoutSec = qMin(s.connectTimeoutSec, int(qMax<qint64>(1, (shortest + 999) / 1000)));
        s.readTimeoutSec = qMin(s.readTimeoutSec, int(qMin<qint64>(86400, (longest + 999) / 1000 + 2)));
    }
    return s;
}

OutcomeStatus statusFor(const MoError &error)
{
    if (!error.isError())
        return OutcomeStatus::Ok;
    switch (error.kind()) {
    case MoError::Kind::ClientTimeout:
    case MoError::Kind::ServerTimeout:
        return OutcomeStatus::Timeout; // either side ran out of time
    case MoError::Kind::Cancelled:
        return OutcomeStatus::Cancelled;
    default:
        return OutcomeStatus::Failed;
    }
}

Outcome runOne(const RunRequest &request, const RunStep &step, int stepIndex, int operationIndex,
    const Operation &operation, const CancelToken &cancel, const RunCallbacks &callbacks, Reachability &reach)
{
    if (reach.isUnreachable() && !cancel.isCancelled())
        return unsentOutcome(stepIndex, operationIndex, operation, OutcomeStatus::NotAttempted,
            QCoreApplication::translate("moctl::Runner",
                "not attempted: server unreachable (it stopped answering "
                "earlier in this run; nothing was sent)"));
    Outcome outcome = startedOutcome(stepIndex, operationIndex, operation);
    const int maxAttempts = 1 + qMax(0, step.options.retries);
    qint64 totalMs = 0;
    for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
        if (attempt > 1) {
            const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
            if (!sleepUnlessCancelled(backoffDelay(step.options, attempt, jitter), cancel))
                break;
        }
        if (cancel.isCancelled() || (attempt > 1 && reach.isUnreachable()))
            break;
        if (callbacks.operationStarted)
            callbacks.operationStarted(operationIndex, attempt);
        Attempt a = OperationExecutor::execute(request.settings, operation, step.options.timeout, cancel);
        outcome.attempts = attempt;
        totalMs += a.durationMs;
        if (!a.sql.isEmpty())
            outcome.sql = a.sql;
        outcome.rawReply = a.rawReply;
        outcome.error = a.error;
        if (!a.serverVersion.isEmpty())
            outcome.serverVersion = a.serverVersion;
        if (a.ok())
            break;
        // Retry a lost server only once it answers again; otherwise stop sending in this run.
        if (isConnectionLevel(a.error) && !cancel.isCancelled()) {
            if (reach.isUnreachable() || !serverAnswers(request.settings)) {
                reach.markUnreachable(a.error);
                break;
            }
        }
        if (!a.error.isRetryable())
            break;
    }
    if (outcome.attempts == 0) {
        outcome.error = MoError(
            MoError::Kind::Cancelled, 0, {}, QCoreApplication::translate("moctl::Runner", "Not started."));
        outcome.status = OutcomeStatus::Cancelled;
    } else if (outcome.error.isError() && outcome.error.isRetryable() && outcome.attempts < maxAttempts
        && cancel.isCancelled()) {
        // Cancelled while waiting to try again: the operation did not run to its end.
        outcome.error = MoError(MoError::Kind::Cancelled, 0, {},
            QCoreApplication::translate("moctl::Runner", "Cancelled while waiting to try again after: %1")
                .arg(outcome.error.message()));
        outcome.status = OutcomeStatus::Cancelled;
    } else {
        outcome.status = statusFor(outcome.error);
    }
    outcome.durationMs = qMax(totalMs, outcome.started.msecsTo(QDateTime::currentDateTimeUtc()));
    return outcome;
}

} // namespace

std::chrono::milliseconds backoffDelay(const ExecutionOptions &options, int attempt, double jitter)
{
    const int exponent = qBound(0, attempt - 2, 20);
    const double base = double(options.backoffBase.count()) * double(1LL << exponent);
    const double capped = qMin(base, double(options.backoffMax.count()));
    return std::chrono::milliseconds(qint64(capped * jitter));
}

RunSummary executeRun(const RunRequest &requested, RunRecorder *recorder, const CancelToken &cancel,
    const RunCallbacks &callbacks)
{
    RunRequest request = requested;
    request.settings = boundedSettings(requested);
    Reachability reach;
    RunSummary summary;
    summary.started = QDateTime::currentDateTimeUtc();
    if (recorder)
        summary.runId = recorder->beginRun(request, summary.started);
    if (callbacks.runStarted)
        callbacks.runStarted(summary.runId);

    std::mutex summaryMutex;
    const auto account = [&](Outcome outcome) {
        outcome.runId = summary.runId;
        {
            std::lock_guard lock(summaryMutex);
            switch (outcome.status) {
            case OutcomeStatus::Ok:
                ++summary.ok;
                break;
            case OutcomeStatus::Failed:
                ++summary.failed;
                if (outcome.error.kind() == MoError::Kind::InvalidInput && outcome.sql.isEmpty())
                    ++summary.refused;
                break;
            case OutcomeStatus::Timeout:
                ++summary.timedOut;
                break;
            case OutcomeStatus::Cancelled:
                ++summary.cancelled;
                break;
            case OutcomeStatus::Skipped:
                ++summary.skipped;
                break;
            case OutcomeStatus::NotAttempted:
                ++summary.notAttempted;
                break;
            }
            if (outcome.error.isError() && outcome.status != OutcomeStatus::Skipped) {
                if (!summary.firstError.isError())
                    summary.firstError = outcome.error;
                keepWorstError(&summary.worstError, outcome.error);
            }
            if (summary.serverVersion.isEmpty())
                summary.serverVersion = outcome.serverVersion;
        }
        if (recorder)
            recorder->recordOutcome(summary.runId, outcome);
        if (callbacks.operationFinished)
            callbacks.operationFinished(outcome);
    };

    int operationIndex = 0;
    for (const RunStep &step : request.steps) {
        if (step.kind == RunStep::Kind::Operations) {
            for (int i = 0; i < step.operations.size(); ++i) {
                if (callbacks.operationQueued)
                    callbacks.operationQueued(operationIndex + i);
            }
            operationIndex += int(step.operations.size());
        }
    }

    QThreadPool pool;
    pool.setExpiryTimeout(-1); // keep threads (and their connections) for the whole run
    bool stopped = false;
    bool skipCheckpoints = false;
    QString stopReason;
    operationIndex = 0;
    for (int s = 0; s < request.steps.size(); ++s) {
        const RunStep &step = request.steps.at(s);
        const int firstIndex = operationIndex;
        if (step.kind == RunStep::Kind::Operations)
            operationIndex += int(step.operations.size());

        const bool skipThis = stopped || cancel.isCancelled() || (skipCheckpoints && step.isCheckpoint());
        if (skipThis) {
            const OutcomeStatus status
                = cancel.isCancelled() ? OutcomeStatus::Cancelled : OutcomeStatus::Skipped;
            const QString why = cancel.isCancelled()
                ? QCoreApplication::translate("moctl::Runner", "Cancelled before it started.")
                : (stopped ? stopReason
                           : QCoreApplication::translate("moctl::Runner",
                               "Skipped: checkpoints are skipped after a "
                               "failed step."));
            for (int i = 0; i < step.operations.size(); ++i)
                account(unsentOutcome(s, firstIndex + i, step.operations.at(i), status, why));
            continue;
        }
        if (callbacks.stepStarted)
            callbacks.stepStarted(s);

        if (step.kind == RunStep::Kind::Wait) {
            if (reach.isUnreachable())
                continue; // nothing will be sent after it
            sleepUnlessCancelled(std::chrono::seconds(qMax(0, step.waitSeconds)), cancel);
            continue;
        }

        bool stepFailed = false;
        if (step.isCheckpoint()) {
            std::lock_guard lock(checkpointMutex(request.settings));
            ClusterCheckpointLock clusterLock(request.settings, cancel);
            if (step.minIncrementals > 0) {
                // Only when enough incrementals have piled up since the last global checkpoint: read
                // MatrixOne's checkpoint list just before (under the cluster's checkpoint lock).
                const CheckpointList list = readCheckpoints(request.settings);
                const int piled = list.incrementalsSinceGlobalCount();
                if (list.isKnown() && piled < step.minIncrementals) {
                    const QString why = QCoreApplication::translate("moctl::Runner",
                        "Skipped: %n incremental checkpoint(s) since the last global one, fewer than the %1 "
                        "the step asks for.",
                        nullptr, piled)
                                            .arg(step.minIncrementals);
                    for (int i = 0; i < step.operations.size(); ++i)
                        account(unsentOutcome(
                            s, firstIndex + i, step.operations.at(i), OutcomeStatus::Skipped, why));
                    continue;
                }
            }
            for (int i = 0; i < step.operations.size(); ++i) {
                Outcome o = runOne(
                    request, step, s, firstIndex + i, step.operations.at(i), cancel, callbacks, reach);
                stepFailed = stepFailed || o.status != OutcomeStatus::Ok;
                account(o);
            }
        } else {
            pool.setMaxThreadCount(qBound(1, step.options.parallelism, 64));
            std::atomic<bool> anyFailed { false };
            // Waits on a count, not on QFutures: QFuture::waitForFinished() may steal a queued task and
            // run it on this thread (one connection more than the parallelism) and wakes this thread once
            // per operation; here only the last operation of the step wakes it.
            std::mutex doneMutex;
            std::condition_variable allDone;
            qsizetype done = 0;
            const qsizetype count = step.operations.size();
            for (qsizetype i = 0; i < count; ++i) {
                pool.start([&, i, s] {
                    const Operation &op = step.operations.at(i);
                    const int index = firstIndex + int(i);
                    Outcome o = cancel.isCancelled()
                        ? unsentOutcome(s, index, op, OutcomeStatus::Cancelled,
                            QCoreApplication::translate("moctl::Runner", "Cancelled before it started."))
                        : runOne(request, step, s, index, op, cancel, callbacks, reach);
                    if (i < step.figures.size()) {
                        o.tableRows = step.figures.at(i).first;
                        o.tableBytes = step.figures.at(i).second;
                    }
                    if (o.status != OutcomeStatus::Ok)
                        anyFailed = true;
                    account(std::move(o));
                    std::lock_guard lock(doneMutex);
                    if (++done == count)
                        allDone.notify_one();
                });
            }
            {
                std::unique_lock lock(doneMutex);
                allDone.wait(lock, [&] { return done == count; });
            }
            stepFailed = anyFailed.load();
        }
        if (stepFailed && !cancel.isCancelled()) {
            if (request.policy == FailurePolicy::Stop) {
                stopped = true;
                stopReason = QCoreApplication::translate(
                    "moctl::Runner", "Skipped: step %1 failed and the plan stops on failure.")
                                 .arg(s + 1);
            } else if (request.policy == FailurePolicy::SkipCheckpoints) {
                skipCheckpoints = true;
            }
        }
    }
    // waitForDone() also ends the pool's threads; each thread's connections are removed by its
    // QThreadStorage as it ends, so no server connection outlives the run.
    pool.waitForDone();

    summary.finished = QDateTime::currentDateTimeUtc();
    const int notOk = summary.failed + summary.timedOut + summary.notAttempted;
    if (cancel.isCancelled())
        summary.status = RunStatus::Cancelled;
    else if (notOk == 0)
        summary.status = RunStatus::Ok;
    else if (summary.ok == 0)
        summary.status = RunStatus::Failed;
    else
        summary.status = RunStatus::Partial;
    if (recorder)
        recorder->endRun(summary.runId, summary);
    return summary;
}

namespace {
constexpr int kProgressIntervalMs = 50;
}

Runner::Runner(QObject *parent)
    : QObject(parent)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setSingleShot(true);
    connect(m_progressTimer, &QTimer::timeout, this, &Runner::reportProgress);
    connect(this, &Runner::operationFinished, this, [this] {
        ++m_done;
        reportProgress();
    });
}

void Runner::reportProgress()
{
    const int percent = m_total > 0 ? int(100LL * m_done / m_total) : 100;
    if (percent == m_reportedPercent)
        return;
    const qint64 since = m_progressClock.isValid() ? m_progressClock.elapsed() : kProgressIntervalMs;
    if (percent < 100 && since < kProgressIntervalMs) {
        if (!m_progressTimer->isActive())
            m_progressTimer->start(int(kProgressIntervalMs - since));
        return;
    }
    m_progressTimer->stop();
    m_reportedPercent = percent;
    m_progressClock.start();
    Q_EMIT progressChanged(percent);
}

Runner::~Runner()
{
    cancel();
    wait();
    delete m_thread; // created without a parent; ended by wait()
}

bool Runner::start(const RunRequest &request, RunRecorder *recorder)
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
    m_total = request.operationCount();
    m_done = 0;
    m_progressTimer->stop();
    m_reportedPercent = 0;
    m_progressClock.start();
    Q_EMIT progressChanged(0);
    const CancelToken cancel = m_cancel;
    RunCallbacks callbacks;
    // Emitted from worker threads; AutoConnection queues them to this object's thread.
    callbacks.runStarted = [this](qint64 id) { Q_EMIT runStarted(id); };
    callbacks.operationQueued = [this](int index) { Q_EMIT operationQueued(index); };
    callbacks.operationStarted = [this](int index, int attempt) { Q_EMIT operationStarted(index, attempt); };
    callbacks.operationFinished = [this](const Outcome &outcome) { Q_EMIT operationFinished(outcome); };
    m_thread = QThread::create([this, request, recorder, cancel, callbacks] {
        const RunSummary summary = executeRun(request, recorder, cancel, callbacks);
        ConnectionFactory::releaseThreadConnections();
        QMetaObject::invokeMethod(
            this,
            [this, summary] {
                m_active = false;
                Q_EMIT finished(summary);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"moctl-run"_s);
    m_thread->start();
    return true;
}

void Runner::cancel()
{
    m_cancel.cancel();
}

bool Runner::isRunning() const
{
    return m_active || (m_thread && m_thread->isRunning());
}

bool Runner::wait(int msecs)
{
    if (!m_thread)
        return true;
    return msecs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(msecs));
}

} // namespace moctl
