#pragma once

#include "moctl/canceltoken.h"
#include "runtypes.h"

#include <functional>
#include <memory>
#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace moctl {

// Callbacks of a run in progress, called from the runner's threads.
struct RunCallbacks
{
    std::function<void(qint64 runId)> runStarted;
    std::function<void(int operationIndex)> operationQueued;
    std::function<void(int operationIndex, int attempt)> operationStarted;
    std::function<void(const Outcome &outcome)> operationFinished;
    std::function<void(int stepIndex)> stepStarted;
};

// Executes a run synchronously on the calling thread: steps in order, each step's flushes in
// parallel on a dedicated thread pool (per-thread connections), checkpoints one at a time and never
// concurrently with another checkpoint on the same cluster in this process, retries with exponential
// backoff and jitter for retryable errors, the failure policy after a failed step, cancellation.
// Records the run in `recorder` (may be null). Never call from the GUI thread; use Runner there.
RunSummary executeRun(const RunRequest &request, RunRecorder *recorder, const CancelToken &cancel,
    const RunCallbacks &callbacks = {});

// Delay before attempt `attempt` (2, 3, ...): base * 2^(attempt-2), capped at max, times a jitter in
// [0.5, 1.5). Exposed for tests.
std::chrono::milliseconds backoffDelay(const ExecutionOptions &options, int attempt, double jitter);

// Runs one run in the background and reports through signals delivered to the thread this object
// lives in (the GUI thread). One run at a time per Runner.
class Runner final : public QObject
{
    Q_OBJECT

public:
    explicit Runner(QObject *parent = nullptr);
    ~Runner() override; // cancels and waits

    // Starts the run; false when a run is already going. The recorder must outlive the run.
    bool start(const RunRequest &request, RunRecorder *recorder);
    void cancel();
    bool isCancelling() const { return m_cancel.isCancelled() && isRunning(); }
    // From start() until finished() has been emitted (in this object's thread).
    bool isRunning() const;
    // Blocks until the current run has ended (tests, shutdown); finished() still comes through the
    // event loop.
    bool wait(int msecs = -1);
    int totalOperations() const { return m_total; }

Q_SIGNALS:
    void runStarted(qint64 runId);
    void operationQueued(int operationIndex);
    void operationStarted(int operationIndex, int attempt);
    void operationFinished(const moctl::Outcome &outcome);
    // At most about 20 times a second (and always 0 at the start and 100 at the end): a QProgressBar
    // repaints synchronously on every change, which would stall the GUI thread on fast runs.
    void progressChanged(int percent);
    void finished(const moctl::RunSummary &summary);

private:
    void reportProgress();

    QThread *m_thread = nullptr;
    QTimer *m_progressTimer = nullptr;
    QElapsedTimer m_progressClock;
    int m_reportedPercent = -1;
    CancelToken m_cancel;
    int m_total = 0;
    int m_done = 0;
    bool m_active = false;
};

} // namespace moctl
