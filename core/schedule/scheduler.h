#pragma once

#include "planguard.h"
#include "planlock.h"
#include "schedule.h"
#include "schedulehost.h"
#include "schedulestate.h"

#include <chrono>
#include <functional>
#include <memory>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace moctl {

// Runs plans on their schedules.
//
// It never trusts a timer to say what time it is: a periodic timer (every 30 s) and a single-shot timer
// at the next due run both only call evaluate(), which reads the clock and asks the pure nextRuns() what
// is due since the last slot it handled. It remembers that slot per plan (in the shared state file), so
// a slot fires at most once; a wall clock set back is reported (ClockSetBack) and fires nothing twice
// when it went back by less than the schedule's interval, else counts again from now (a plan never
// stays idle longer than one interval because of it); a clock set forward or a
// machine that slept finds the runs it missed and applies the plan's missed-run policy:
//  - a due slot at most lateTolerance() old is on time and fires (Fired);
//  - older ones are missed (one Missed decision): Skip leaves them, RunOnce runs once now (CaughtUp),
//    RunEach runs the latest Schedule::MaxCatchUpRuns of them one after another (CaughtUp each).
// A slot due while the plan's previous run is going (in this process, or in another one: the plan lock)
// follows the overlap policy: Skip (SkippedOverlap) or QueueOne (Queued, then Fired when the run ends;
// a second one while one is queued is skipped).
// Runs waiting their turn (caught-up and queued ones) are kept in the state file too, so a run owed when
// the process exits starts when a scheduler next runs with the same schedule (once: a pending run whose
// slot is not after the last fired one has run).
// A plan seen for the first time, re-enabled or whose times changed starts counting from now.
// Every decision goes to ScheduleHost::recordDecision() and the decided() signal.
//
// Processes share the state file (under a lock) and take the plan lock for each run, so the GUI and a
// headless scheduler never run the same plan twice at once, nor the same slot twice. Hosts sharing a
// history database (several moctl serve) have no common state file: before a slot runs (on time,
// caught up or queued) the plan's guard claims it in that database (PlanGuard::claimSlot(), once per
// slot: a slot claimed elsewhere is ClaimedElsewhere here), and the shared lease stands for the lock.
class Scheduler final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit Scheduler(ScheduleHost *host, QObject *parent = nullptr);
    ~Scheduler() override;

    // Injectable for tests; default QDateTime::currentDateTimeUtc().
    void setClock(Clock clock);
    QDateTime now() const;
    // Default: schedule-state.json in AppPaths::dataDirectory(), locks in AppPaths::locksDirectory().
    void setStatePaths(const QString &stateFile, const QString &locksDirectory);
    void setLateTolerance(std::chrono::seconds tolerance) { m_lateTolerance = tolerance; }
    std::chrono::seconds lateTolerance() const { return m_lateTolerance; }
    void setCheckInterval(std::chrono::milliseconds interval);
    // What keeps each plan to one runner and each slot to one run. Default: the local lock file
    // (PlanLock in the locks directory); with a shared history, SharedPlanLease (sharedlease.h).
    void setGuardFactory(PlanGuardFactory factory) { m_guardFactory = std::move(factory); }

    // The plans to schedule (replaces the previous list). Disabled schedules are kept but never fire.
    void setPlans(const QList<ScheduledPlan> &plans);
    QList<ScheduledPlan> plans() const;

    // Starts the timers and evaluates at once.
    void start();
    void stop();
    bool isActive() const;

    // Pause all schedules (tray): nothing fires; on resume, counting starts again from now (the runs
    // that passed while paused are not missed runs).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Reads the clock and does what is due. The timers call it; tests and moctl schedule run call it.
    void evaluate();
    // True while a queued or caught-up run is waiting for its turn.
    bool hasPendingRuns() const;
    // The host says a run of the plan ended: releases the plan lock and starts what waits.
    void runFinished(const QString &planId);

    // The next run of the plan from now (invalid when disabled, ended or unknown).
    QDateTime nextRun(const QString &planId) const;
    // The earliest time evaluate() has something to do (invalid when nothing is scheduled).
    QDateTime nextDue() const;
    // How many times evaluate() ran (the benchmark counts wake-ups).
    qint64 evaluations() const { return m_evaluations; }
    // Problem with the state file (translated), empty when fine.
    QString stateError() const;

Q_SIGNALS:
    void decided(const moctl::ScheduleDecision &decision);
    // Next runs changed (plans, a fire, pause): views refresh.
    void scheduleChanged();
    void pausedChanged(bool paused);

private:
    struct PlanRuntime
    {
        ScheduledPlan plan;
        QByteArray fingerprint;
        QDateTime lastSlot; // slots up to here are handled
        QDateTime lastFired; // latest slot a run was started for
        QDateTime nextDue; // cached: the first slot after lastSlot
        struct Waiting
        {
            QDateTime slot;
            ScheduleDecision::Kind kind;
            bool claimed; // the slot is already claimed by this process (PlanGuard::claimSlot())
        };
        QList<Waiting> waiting; // runs waiting their turn, oldest first (caught-up runs, a queued run)
        bool queued = false; // the last entry of `waiting` is an overlap-queued run
        std::unique_ptr<PlanGuard> lock; // held while our run goes
        bool removed = false; // no longer in the plans; dropped when idle
        QDateTime clockBackNoted; // lastSlot for which a clock set back was already reported
    };

    // A last slot later than the clock (set back): by more than the schedule's interval, count again
    // from now; else keep (no slot runs twice). Either way a ClockSetBack decision says so.
    static constexpr qint64 ClockSetBackToleranceSecs = 60;
    void checkClockSetBack(PlanRuntime &rt, const QDateTime &now);
    void rebaseline(PlanRuntime &rt, const QDateTime &now);
    void updateNextDue(PlanRuntime &rt);
    void handleDue(PlanRuntime &rt, const QDateTime &now);
    void startWaiting(PlanRuntime &rt, const QDateTime &now);
    bool busy(PlanRuntime &rt);
    void releaseIfIdle(PlanRuntime &rt);
    void decide(const PlanRuntime &rt, ScheduleDecision::Kind kind, const QDateTime &slot,
        const QDateTime &now, int count, const QString &message);
    void persist(PlanRuntime &rt, bool writeFingerprint);
    // Merge: the file's pending runs not yet fired plus ours (another process may owe some too).
    // Replace: ours only (the schedule changed: nothing older is owed).
    enum class PendingWrite { Merge, Replace };
    static void storePending(const PlanRuntime &rt, PlanScheduleState &entry, PendingWrite how);
    void armWakeTimer();
    std::unique_ptr<PlanGuard> makeGuard(const QString &planId) const;
    // "in another process (pid 12)", "on host db1 (pid 12)": who holds the guard that tryLock() missed.
    static QString holderText(const PlanGuard &guard);

    ScheduleHost *m_host;
    Clock m_clock;
    std::unique_ptr<ScheduleStateStore> m_store;
    QString m_locksDirectory;
    PlanGuardFactory m_guardFactory;
    std::chrono::seconds m_lateTolerance { std::chrono::minutes(5) };
    QTimer m_tick;
    QTimer m_wake;
    QHash<QString, std::shared_ptr<PlanRuntime>> m_plans;
    QStringList m_order; // plan ids in the order given
    bool m_paused = false;
    bool m_evaluating = false;
    qint64 m_evaluations = 0;
};

} // namespace moctl
