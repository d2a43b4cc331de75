#pragma once

#include "schedule.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace moctl {

// One decision of the scheduler, for history (its events table) and the views.
struct ScheduleDecision
{
    enum class Kind {
        Fired, // a run was started for the slot
        CaughtUp, // a run was started for a slot that had been missed
        Queued, // the previous run was still going; this run waits for it (overlap: queue one)
        SkippedOverlap, // the previous run was still going; this run was not started (overlap: skip)
        Missed, // slots passed while nothing was running the scheduler (closed, asleep)
        StartFailed, // the host could not start the run (no profile, no password...)
        ClockSetBack, // the last handled slot is in the future: the wall clock was set back
        // Another process sharing the history (another host) claimed the slot: it runs it, not this one
        ClaimedElsewhere,
    };
    QString planId;
    QString planName;
    Kind kind = Kind::Fired;
    QDateTime slot; // the scheduled time the decision is about (the latest one for Missed)
    QDateTime decided; // when it was decided (the scheduler's clock)
    int count = 1; // slots covered (Missed: how many)
    QString message; // translated, for people
};

// Stable names for history: fired, caught-up, queued, skipped-overlap, missed, start-failed,
// clock-set-back, claimed-elsewhere.
QString decisionKindName(ScheduleDecision::Kind kind);
std::optional<ScheduleDecision::Kind> decisionKindFromName(const QString &name);
QString decisionKindTitle(ScheduleDecision::Kind kind); // translated

// A plan as the scheduler sees it.
struct ScheduledPlan
{
    QString id;
    QString name;
    Schedule schedule;
    QString profileId; // the plan's profile (its file's "profile"); empty when none is chosen
};

// What the scheduler needs from the application; the app (GUI or moctl serve / schedule run)
// implements it over plans, the runner and history. Called on the scheduler's thread.
class ScheduleHost
{
public:
    virtual ~ScheduleHost() = default;
    // Starts a run of the plan (trigger: scheduled) for the slot. True when it started; a host may also
    // run it to the end before returning (moctl schedule run). False with a translated *error when it
    // could not start (the plan or its profile is gone, no password...).
    virtual bool startRun(const QString &planId, const QDateTime &slot, QString *error) = 0;
    // True while a run of the plan started by this process (by the scheduler or by hand) is going.
    virtual bool isRunning(const QString &planId) const = 0;
    // Records a decision in history.
    virtual void recordDecision(const ScheduleDecision &decision) = 0;
    // True when the run itself takes the plan lock (a child process): the scheduler then only probes
    // the lock before startRun() and lets it go, so the lock never names a process that is not running
    // the plan. False: the scheduler holds it for the run.
    virtual bool runTakesPlanLock() const { return false; }
};

} // namespace moctl

Q_DECLARE_METATYPE(moctl::ScheduleDecision)
