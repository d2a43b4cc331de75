#include "scheduler.h"

#include "apppaths.h"
#include "planlock.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

QString when(const ScheduledPlan &plan, const QDateTime &slot)
{
    return slot.toTimeZone(plan.schedule.zone()).toString(u"yyyy-MM-dd HH:mm"_s);
}

constexpr int CountCap = 1000000;

} // namespace

QString decisionKindName(ScheduleDecision::Kind kind)
{
    switch (kind) {
    case ScheduleDecision::Kind::Fired:
        return u"fired"_s;
    case ScheduleDecision::Kind::CaughtUp:
        return u"caught-up"_s;
    case ScheduleDecision::Kind::Queued:
        return u"queued"_s;
    case ScheduleDecision::Kind::SkippedOverlap:
        return u"skipped-overlap"_s;
    case ScheduleDecision::Kind::Missed:
        return u"missed"_s;
    case ScheduleDecision::Kind::StartFailed:
        return u"start-failed"_s;
    case ScheduleDecision::Kind::ClockSetBack:
        return u"clock-set-back"_s;
    case ScheduleDecision::Kind::ClaimedElsewhere:
        return u"claimed-elsewhere"_s;
    }
    return u"fired"_s;
}

std::optional<ScheduleDecision::Kind> decisionKindFromName(const QString &name)
{
    using K = ScheduleDecision::Kind;
    for (K k : { K::Fired, K::CaughtUp, K::Queued, K::SkippedOverlap, K::Missed, K::StartFailed,
             K::ClockSetBack, K::ClaimedElsewhere }) {
        if (decisionKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString decisionKindTitle(ScheduleDecision::Kind kind)
{
    switch (kind) {
    case ScheduleDecision::Kind::Fired:
        return QCoreApplication::translate("moctl::Scheduler", "Started");
    case ScheduleDecision::Kind::CaughtUp:
        return QCoreApplication::translate("moctl::Scheduler", "Started (missed run)");
    case ScheduleDecision::Kind::Queued:
        return QCoreApplication::translate("moctl::Scheduler", "Queued");
    case ScheduleDecision::Kind::SkippedOverlap:
        return QCoreApplication::translate("moctl::Scheduler", "Skipped (still running)");
    case ScheduleDecision::Kind::Missed:
        return QCoreApplication::translate("moctl::Scheduler", "Missed");
    case ScheduleDecision::Kind::StartFailed:
        return QCoreApplication::translate("moctl::Scheduler", "Could not start");
    case ScheduleDecision::Kind::ClockSetBack:
        return QCoreApplication::translate("moctl::Scheduler", "Clock set back");
    case ScheduleDecision::Kind::ClaimedElsewhere:
        return QCoreApplication::translate("moctl::Scheduler", "Run by another host");
    }
    return {};
}

Scheduler::Scheduler(ScheduleHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(std::chrono::seconds(30));
    m_tick.setTimerType(Qt::CoarseTimer);
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &Scheduler::evaluate);
    connect(&m_wake, &QTimer::timeout, this, &Scheduler::evaluate);
}

Scheduler::~Scheduler() = default;

void Scheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime Scheduler::now() const
{
    return m_clock().toUTC();
}

void Scheduler::setStatePaths(const QString &stateFile, const QString &locksDirectory)
{
    m_store = std::make_unique<ScheduleStateStore>(stateFile, locksDirectory);
    m_locksDirectory = locksDirectory;
}

void Scheduler::setCheckInterval(std::chrono::milliseconds interval)
{
    m_tick.setInterval(interval);
}

QString Scheduler::stateError() const
{
    return m_store ? m_store->error() : QString();
}

void Scheduler::setPlans(const QList<ScheduledPlan> &plans)
{
    if (!m_store)
        m_store = std::make_unique<ScheduleStateStore>();
    const QDateTime now = this->now();
    QHash<QString, PlanScheduleState> saved;
    bool savedRead = false;
    QStringList order;
    for (const ScheduledPlan &plan : plans) {
        if (plan.id.isEmpty() || order.contains(plan.id))
            continue;
        order << plan.id;
        const QByteArray fingerprint = scheduleFingerprint(plan.schedule);
        std::shared_ptr<PlanRuntime> &rt = m_plans[plan.id];
        if (!rt) {
            rt = std::make_shared<PlanRuntime>();
            rt->plan = plan;
            if (!savedRead) {
                saved = m_store->read();
                savedRead = true;
            }
            const PlanScheduleState state = saved.value(plan.id);
            if (state.fingerprint == fingerprint && state.lastSlot.isValid()) {
                rt->fingerprint = fingerprint;
                rt->lastSlot = state.lastSlot;
                rt->lastFired = state.lastFired;
                // Runs owed when the last scheduler stopped, oldest first; those already fired are done.
                for (const PendingRun &p : state.pending) {
                    const auto kind = decisionKindFromName(p.kind);
                    if (!kind || (rt->lastFired.isValid() && p.slot <= rt->lastFired))
                        continue;
                    // A queued run's slot was claimed before it was queued; caught-up ones claim theirs
                    // when they start.
                    rt->waiting.append({ p.slot.toUTC(), *kind, p.queued });
                    rt->queued = p.queued;
                }
            } else {
                rt->lastFired = state.lastFired;
                rt->fingerprint = fingerprint;
                rebaseline(*rt, now);
            }
        } else {
            rt->removed = false;
            rt->plan = plan;
            if (rt->fingerprint != fingerprint) {
                rt->fingerprint = fingerprint;
                rebaseline(*rt, now);
            }
        }
        updateNextDue(*rt);
    }
    for (auto it = m_plans.begin(); it != m_plans.end();) {
        if (!order.contains(it.key())) {
            PlanRuntime &rt = **it;
            rt.removed = true;
            rt.waiting.clear();
            rt.queued = false;
            releaseIfIdle(rt);
            if (!rt.lock || !rt.lock->isLocked()) {
                it = m_plans.erase(it);
                continue;
            }
        }
        ++it;
    }
    m_order = order;
    armWakeTimer();
    Q_EMIT scheduleChanged();
}

QList<ScheduledPlan> Scheduler::plans() const
{
    QList<ScheduledPlan> list;
    for (const QString &id : m_order)
        list << m_plans.value(id)->plan;
    return list;
}

void Scheduler::rebaseline(PlanRuntime &rt, const QDateTime &now)
{
    rt.lastSlot = now;
    persist(rt, true);
    updateNextDue(rt);
}

void Scheduler::checkClockSetBack(PlanRuntime &rt, const QDateTime &now)
{
    // Slots are handled up to lastSlot, which is never later than the clock that handled it: a
    // lastSlot in the future means the wall clock was set back since. Said once per such slot.
    if (!rt.lastSlot.isValid() || rt.lastSlot <= now.addSecs(ClockSetBackToleranceSecs)
        || rt.clockBackNoted == rt.lastSlot)
        return;
    const QDateTime handled = rt.lastSlot;
    const qint64 back = now.secsTo(handled);
    const QList<QDateTime> next = nextRuns(rt.plan.schedule, now, 2);
    const qint64 interval
        = next.size() == 2 ? next.at(0).secsTo(next.at(1)) : std::numeric_limits<qint64>::max();
    // The counts are named first: lupdate (Qt 6.4) loops forever on a cast expression as the count
    // argument of QCoreApplication::translate().
    const int backHours = int(qMin<qint64>(back / 3600, CountCap));
    const int backMinutes = int(back / 60);
    const QString backText = back >= 7200
        ? QCoreApplication::translate("moctl::Scheduler", "%n hour(s)", nullptr, backHours)
        : QCoreApplication::translate("moctl::Scheduler", "%n minute(s)", nullptr, backMinutes);
    if (back > interval) {
        // Back by more than one interval of the schedule: waiting for the slots already handled would
        // leave the plan idle that long. Count again from now (those wall-clock times come again).
        {
            ScheduleStateStore::Transaction t(*m_store);
            PlanScheduleState &e = t.entries[rt.plan.id];
            e.lastSlot = now;
            if (e.lastFired.isValid() && e.lastFired > now)
                e.lastFired = now;
            t.commit();
        }
        rt.lastSlot = now;
        if (rt.lastFired.isValid() && rt.lastFired > now)
            rt.lastFired = now;
        updateNextDue(rt);
        decide(rt, ScheduleDecision::Kind::ClockSetBack, handled, now, 1,
            QCoreApplication::translate("moctl::Scheduler",
                "The clock was set back by about %1 (runs were handled up to %2); the schedule counts again "
                "from now, next run %3.")
                .arg(backText, when(rt.plan, handled), when(rt.plan, rt.nextDue)));
    } else {
        // Within one interval: no slot is skipped for long, and none runs twice.
        rt.clockBackNoted = handled;
        decide(rt, ScheduleDecision::Kind::ClockSetBack, handled, now, 1,
            QCoreApplication::translate("moctl::Scheduler",
                "The clock was set back by about %1 (runs were handled up to %2); slots already run are not "
                "run again, next run %3.")
                .arg(backText, when(rt.plan, handled), when(rt.plan, rt.nextDue)));
    }
}

void Scheduler::updateNextDue(PlanRuntime &rt)
{
    rt.nextDue = nextRuns(rt.plan.schedule, rt.lastSlot, 1).value(0).toUTC();
}

void Scheduler::persist(PlanRuntime &rt, bool writeFingerprint)
{
    ScheduleStateStore::Transaction t(*m_store);
    PlanScheduleState &e = t.entries[rt.plan.id];
    if (writeFingerprint) {
        e.fingerprint = rt.fingerprint;
        e.lastSlot = rt.lastSlot;
    } else {
        e.lastSlot = later(e.lastSlot, rt.lastSlot);
    }
    e.lastFired = later(e.lastFired, rt.lastFired);
    storePending(rt, e, writeFingerprint ? PendingWrite::Replace : PendingWrite::Merge);
    t.commit();
}

void Scheduler::storePending(const PlanRuntime &rt, PlanScheduleState &entry, PendingWrite how)
{
    const QDateTime fired = later(entry.lastFired, rt.lastFired);
    const auto owed = [&fired](const QDateTime &slot) { return !fired.isValid() || slot > fired; };
    QList<PendingRun> pending;
    if (how == PendingWrite::Merge) {
        for (const PendingRun &p : std::as_const(entry.pending)) {
            if (owed(p.slot))
                pending << p;
        }
    }
    for (qsizetype i = 0; i < rt.waiting.size(); ++i) {
        const PlanRuntime::Waiting &w = rt.waiting.at(i);
        if (!owed(w.slot))
            continue;
        const bool queued = rt.queued && i == rt.waiting.size() - 1;
        auto same = std::find_if(
            pending.begin(), pending.end(), [&w](const PendingRun &p) { return p.slot == w.slot; });
        if (same == pending.end())
            pending << PendingRun { w.slot.toUTC(), decisionKindName(w.kind), queued };
        else
            same->queued = same->queued || queued;
    }
    std::sort(pending.begin(), pending.end(),
        [](const PendingRun &a, const PendingRun &b) { return a.slot < b.slot; });
    entry.pending = pending;
}

void Scheduler::start()
{
    if (!m_store)
        m_store = std::make_unique<ScheduleStateStore>();
    m_tick.start();
    evaluate();
}

void Scheduler::stop()
{
    m_tick.stop();
    m_wake.stop();
}

bool Scheduler::isActive() const
{
    return m_tick.isActive();
}

void Scheduler::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        // What passed while paused is not missed: count from now.
        const QDateTime now = this->now();
        for (const QString &id : std::as_const(m_order)) {
            PlanRuntime &rt = *m_plans.value(id);
            rt.lastSlot = later(rt.lastSlot, now);
            persist(rt, false);
            updateNextDue(rt);
        }
    }
    armWakeTimer();
    Q_EMIT pausedChanged(paused);
    Q_EMIT scheduleChanged();
}

bool Scheduler::busy(PlanRuntime &rt)
{
    return !rt.waiting.isEmpty() || m_host->isRunning(rt.plan.id) || (rt.lock && rt.lock->isLocked());
}

void Scheduler::releaseIfIdle(PlanRuntime &rt)
{
    if (rt.lock && rt.lock->isLocked() && !m_host->isRunning(rt.plan.id))
        rt.lock->unlock();
}

void Scheduler::evaluate()
{
    if (m_evaluating)
        return;
    m_evaluating = true;
    ++m_evaluations;
    if (!m_store)
        m_store = std::make_unique<ScheduleStateStore>();
    const QDateTime now = this->now();
    const QStringList ids = m_order;
    // Plans removed while running: drop them once their run ended.
    for (auto it = m_plans.begin(); it != m_plans.end();) {
        PlanRuntime &rt = **it;
        releaseIfIdle(rt);
        if (rt.removed && (!rt.lock || !rt.lock->isLocked()))
            it = m_plans.erase(it);
        else
            ++it;
    }
    if (!m_paused) {
        for (const QString &id : ids) {
            const std::shared_ptr<PlanRuntime> rt = m_plans.value(id);
            if (!rt || !rt->plan.schedule.enabled)
                continue;
            checkClockSetBack(*rt, now);
            if (rt->nextDue.isValid() && rt->nextDue <= now)
                handleDue(*rt, now);
            if (!rt->waiting.isEmpty())
                startWaiting(*rt, now);
        }
    }
    m_evaluating = false;
    armWakeTimer();
}

bool Scheduler::hasPendingRuns() const
{
    for (const auto &rt : m_plans) {
        if (!rt->waiting.isEmpty())
            return true;
    }
    return false;
}

void Scheduler::handleDue(PlanRuntime &rt, const QDateTime &now)
{
    const Schedule &schedule = rt.plan.schedule;
    QList<ScheduleDecision> decisions;
    const auto note
        = [&](ScheduleDecision::Kind kind, const QDateTime &slot, int count, const QString &message) {
              ScheduleDecision d;
              d.planId = rt.plan.id;
              d.planName = rt.plan.name;
              d.kind = kind;
              d.slot = slot;
              d.decided = now;
              d.count = count;
              d.message = message;
              decisions << d;
          };
    struct Start
    {
        QDateTime slot;
        ScheduleDecision::Kind kind;
    };
    std::optional<Start> startNow;
    {
        // Under the state lock: another process may have handled these slots already.
        ScheduleStateStore::Transaction t(*m_store);
        PlanScheduleState &e = t.entries[rt.plan.id];
        rt.lastSlot = later(rt.lastSlot, e.lastSlot);
        rt.lastFired = later(rt.lastFired, e.lastFired);
        const QList<QDateTime> latestSlot = runsBetween(schedule, rt.lastSlot, now, 1, RunsKept::Latest);
        if (latestSlot.isEmpty()) {
            updateNextDue(rt);
            return;
        }
        const QDateTime latest = latestSlot.first().toUTC();
        // Older than the tolerance: missed. Within it: on time; several on-time slots (a late cron
        // job) make one run.
        const QDateTime cutoff = now.addSecs(-m_lateTolerance.count());
        const bool onTime = latest > cutoff;
        const int missedCount = countRunsBetween(schedule, rt.lastSlot, cutoff, CountCap);
        QList<QDateTime> missed
            = runsBetween(schedule, rt.lastSlot, cutoff, Schedule::MaxCatchUpRuns, RunsKept::Latest);
        std::optional<Start> fire;
        if (onTime)
            fire = Start { latest, ScheduleDecision::Kind::Fired };
        if (missedCount > 0) {
            const QDateTime first = runsBetween(schedule, rt.lastSlot, now, 1).value(0);
            const QString span = missedCount == 1
                ? tr("The run due at %1 was missed (the scheduler was not running).")
                      .arg(when(rt.plan, first))
                : tr("%n runs due from %1 to %2 were missed (the scheduler was not running).", nullptr,
                    missedCount)
                      .arg(when(rt.plan, first), when(rt.plan, missed.last()));
            switch (schedule.missed) {
            case Schedule::Missed::Skip:
                note(ScheduleDecision::Kind::Missed, missed.last(), missedCount,
                    span + u' ' + tr("The missed-run policy skips them."));
                break;
            case Schedule::Missed::RunOnce:
                note(ScheduleDecision::Kind::Missed, missed.last(), missedCount,
                    span + u' '
                        + (onTime ? tr("The run due now covers them.") : tr("One run starts now for them.")));
                if (!fire)
                    fire = Start { missed.last().toUTC(), ScheduleDecision::Kind::CaughtUp };
                break;
            case Schedule::Missed::RunEach: {
                note(ScheduleDecision::Kind::Missed, missed.last(), missedCount,
                    span + u' '
                        + tr("The latest %n of them run now, one after another.", nullptr,
                            int(missed.size())));
                for (const QDateTime &slot : std::as_const(missed))
                    rt.waiting.append({ slot.toUTC(), ScheduleDecision::Kind::CaughtUp, false });
                if (fire) {
                    rt.waiting.append({ fire->slot, fire->kind, false });
                    fire.reset();
                }
                break;
            }
            }
        }
        if (fire) {
            if (!rt.lock)
                rt.lock = makeGuard(rt.plan.id);
            // Once per slot across processes sharing a history database (always ours locally).
            QString owner;
            const PlanGuard::SlotClaim claim = rt.lock->claimSlot(fire->slot, &owner);
            if (claim == PlanGuard::SlotClaim::Elsewhere) {
                note(ScheduleDecision::Kind::ClaimedElsewhere, fire->slot, 1,
                    tr("The run due at %1 is run by %2, which claimed it first.")
                        .arg(when(rt.plan, fire->slot), owner));
            } else if (claim == PlanGuard::SlotClaim::Failed) {
                note(ScheduleDecision::Kind::StartFailed, fire->slot, 1,
                    tr("The run due at %1 could not start: %2")
                        .arg(when(rt.plan, fire->slot), rt.lock->error()));
            } else {
                QString otherProcess;
                QString guardError;
                bool overlapping = busy(rt);
                if (!overlapping && !rt.lock->tryLock()) {
                    overlapping = true;
                    guardError = rt.lock->error();
                    otherProcess = holderText(*rt.lock);
                }
                if (!guardError.isEmpty()) {
                    note(ScheduleDecision::Kind::StartFailed, fire->slot, 1,
                        tr("The run due at %1 could not start: %2")
                            .arg(when(rt.plan, fire->slot), guardError));
                } else if (!overlapping) {
                    rt.lastFired = fire->slot;
                    startNow = fire;
                } else {
                    const QString still = otherProcess.isEmpty()
                        ? tr("The previous run is still going.")
                        : tr("The previous run is still going %1.").arg(otherProcess);
                    if (schedule.overlap == Schedule::Overlap::QueueOne && !rt.queued) {
                        rt.waiting.append({ fire->slot, fire->kind, true });
                        rt.queued = true;
                        note(ScheduleDecision::Kind::Queued, fire->slot, 1,
                            still + u' '
                                + tr("The run due at %1 starts when it ends.")
                                      .arg(when(rt.plan, fire->slot)));
                    } else {
                        note(ScheduleDecision::Kind::SkippedOverlap, fire->slot, 1,
                            still + u' '
                                + (rt.queued ? tr("One run is already queued; the run due at %1 is skipped.")
                                             : tr("The run due at %1 is skipped."))
                                      .arg(when(rt.plan, fire->slot)));
                    }
                }
            }
        }
        rt.lastSlot = later(rt.lastSlot, latest);
        e.lastSlot = later(e.lastSlot, rt.lastSlot);
        e.lastFired = later(e.lastFired, rt.lastFired);
        if (e.fingerprint.isEmpty())
            e.fingerprint = rt.fingerprint;
        storePending(rt, e, PendingWrite::Merge);
        t.commit();
    }
    updateNextDue(rt);
    for (const ScheduleDecision &d : std::as_const(decisions))
        decide(rt, d.kind, d.slot, now, d.count, d.message);
    if (startNow) {
        QString error;
        if (m_host->runTakesPlanLock())
            rt.lock->unlock(); // probed above; the run takes it itself
        if (m_host->startRun(rt.plan.id, startNow->slot, &error)) {
            decide(rt, startNow->kind, startNow->slot, now, 1,
                (startNow->kind == ScheduleDecision::Kind::CaughtUp ? tr("Started the missed run due at %1.")
                                                                    : tr("Started the run due at %1."))
                    .arg(when(rt.plan, startNow->slot)));
        } else {
            decide(rt, ScheduleDecision::Kind::StartFailed, startNow->slot, now, 1,
                tr("The run due at %1 could not start: %2").arg(when(rt.plan, startNow->slot), error));
            rt.lock->unlock();
        }
        releaseIfIdle(rt);
    }
    Q_EMIT scheduleChanged();
}

void Scheduler::startWaiting(PlanRuntime &rt, const QDateTime &now)
{
    while (!rt.waiting.isEmpty()) {
        if (m_host->isRunning(rt.plan.id) || (rt.lock && rt.lock->isLocked()))
            return;
        const auto next = rt.waiting.first();
        const bool wasQueued = rt.queued && rt.waiting.size() == 1;
        {
            ScheduleStateStore::Transaction t(*m_store);
            PlanScheduleState &e = t.entries[rt.plan.id];
            rt.lastFired = later(rt.lastFired, e.lastFired);
            if (rt.lastFired.isValid() && rt.lastFired >= next.slot) {
                // Another process ran it (or a later one) meanwhile.
                rt.waiting.removeFirst();
                if (rt.waiting.isEmpty())
                    rt.queued = false;
                storePending(rt, e, PendingWrite::Merge);
                t.commit();
                continue;
            }
            if (!rt.lock)
                rt.lock = makeGuard(rt.plan.id);
            if (!next.claimed) {
                // A caught-up run claims its slot when it starts (another host may have run it).
                QString owner;
                const PlanGuard::SlotClaim claim = rt.lock->claimSlot(next.slot, &owner);
                if (claim != PlanGuard::SlotClaim::Ours) {
                    rt.waiting.removeFirst();
                    if (rt.waiting.isEmpty())
                        rt.queued = false;
                    storePending(rt, e, PendingWrite::Merge);
                    t.commit();
                    if (claim == PlanGuard::SlotClaim::Elsewhere)
                        decide(rt, ScheduleDecision::Kind::ClaimedElsewhere, next.slot, now, 1,
                            tr("The run due at %1 is run by %2, which claimed it first.")
                                .arg(when(rt.plan, next.slot), owner));
                    else
                        decide(rt, ScheduleDecision::Kind::StartFailed, next.slot, now, 1,
                            tr("The run due at %1 could not start: %2")
                                .arg(when(rt.plan, next.slot), rt.lock->error()));
                    continue;
                }
                rt.waiting.first().claimed = true; // not claimed again while it waits for the lock
            }
            if (!rt.lock->tryLock())
                return; // still running elsewhere: the periodic check comes back
            rt.lastFired = next.slot;
            rt.waiting.removeFirst();
            if (rt.waiting.isEmpty())
                rt.queued = false;
            e.lastFired = later(e.lastFired, rt.lastFired);
            e.lastSlot = later(e.lastSlot, rt.lastSlot);
            storePending(rt, e, PendingWrite::Merge);
            t.commit();
        }
        QString error;
        if (m_host->runTakesPlanLock())
            rt.lock->unlock(); // probed above; the run takes it itself
        if (m_host->startRun(rt.plan.id, next.slot, &error)) {
            QString message = next.kind == ScheduleDecision::Kind::CaughtUp
                ? tr("Started the missed run due at %1.").arg(when(rt.plan, next.slot))
                : tr("Started the run due at %1.").arg(when(rt.plan, next.slot));
            if (wasQueued)
                message += u' ' + tr("It had waited for the previous run.");
            decide(rt, next.kind, next.slot, now, 1, message);
        } else {
            decide(rt, ScheduleDecision::Kind::StartFailed, next.slot, now, 1,
                tr("The run due at %1 could not start: %2").arg(when(rt.plan, next.slot), error));
            rt.lock->unlock();
        }
        releaseIfIdle(rt);
        Q_EMIT scheduleChanged();
    }
}

std::unique_ptr<PlanGuard> Scheduler::makeGuard(const QString &planId) const
{
    if (m_guardFactory)
        return m_guardFactory(planId);
    return std::make_unique<PlanLock>(planId, m_locksDirectory);
}

QString Scheduler::holderText(const PlanGuard &guard)
{
    const qint64 pid = guard.holderPid();
    if (!guard.holderHost().isEmpty())
        return tr("on host %1 (pid %2)").arg(guard.holderHost()).arg(pid);
    return pid > 0 ? tr("in another process (pid %1)").arg(pid) : tr("in another process");
}

void Scheduler::runFinished(const QString &planId)
{
    const std::shared_ptr<PlanRuntime> rt = m_plans.value(planId);
    if (!rt)
        return;
    if (rt->lock && rt->lock->isLocked())
        rt->lock->unlock();
    if (!m_paused && !m_evaluating && rt->plan.schedule.enabled && !rt->removed)
        startWaiting(*rt, now());
    Q_EMIT scheduleChanged();
}

void Scheduler::decide(const PlanRuntime &rt, ScheduleDecision::Kind kind, const QDateTime &slot,
    const QDateTime &now, int count, const QString &message)
{
    ScheduleDecision d;
    d.planId = rt.plan.id;
    d.planName = rt.plan.name;
    d.kind = kind;
    d.slot = slot.toUTC();
    d.decided = now;
    d.count = count;
    d.message = message;
    m_host->recordDecision(d);
    Q_EMIT decided(d);
}

QDateTime Scheduler::nextRun(const QString &planId) const
{
    const std::shared_ptr<PlanRuntime> rt = m_plans.value(planId);
    if (!rt || rt->removed || !rt->plan.schedule.enabled)
        return {};
    const QDateTime from = later(now(), rt->lastSlot);
    return nextRuns(rt->plan.schedule, from, 1).value(0);
}

QDateTime Scheduler::nextDue() const
{
    QDateTime earliest;
    if (m_paused)
        return earliest;
    for (const auto &rt : m_plans) {
        if (rt->removed || !rt->plan.schedule.enabled || !rt->nextDue.isValid())
            continue;
        if (!earliest.isValid() || rt->nextDue < earliest)
            earliest = rt->nextDue;
    }
    return earliest;
}

void Scheduler::armWakeTimer()
{
    if (!m_tick.isActive() || m_paused) {
        m_wake.stop();
        return;
    }
    const QDateTime due = nextDue();
    if (!due.isValid()) {
        m_wake.stop();
        return;
    }
    // Monotonic timers drift from the wall clock (sleep, clock changes): the periodic check covers
    // that; this one only makes an on-time run start on the second.
    const qint64 ms = qBound<qint64>(0, now().msecsTo(due) + 5, qint64(3600) * 1000);
    m_wake.start(int(ms));
}

} // namespace moctl
