#pragma once

#include <functional>
#include <memory>
#include <QDateTime>
#include <QString>

namespace moctl {

// What keeps a plan to one runner at a time, and each schedule slot to one run. Two kinds:
//  - PlanLock (planlock.h): a lock file in the local data directory, for the local (SQLite) history;
//    slots are claimed by the schedule state file (schedulestate.h), so claimSlot() always says Ours.
//  - SharedPlanLease (sharedlease.h): a lease row and a slot-claim row in the shared history database,
//    for several hosts (moctl serve, CronJobs, desktops) sharing one history.
// The scheduler and `moctl run-plan` only see this interface (a PlanGuardFactory makes one per plan).
class PlanGuard
{
public:
    virtual ~PlanGuard() = default;

    // Non-blocking. True when this object now holds the plan (or already did).
    virtual bool tryLock() = 0;
    virtual void unlock() = 0;
    virtual bool isLocked() const = 0;
    // When tryLock() failed: who holds the plan. The pid is 0 when unknown; the host is empty for a
    // lock on this machine (PlanLock).
    virtual qint64 holderPid() const = 0;
    virtual QString holderHost() const { return {}; }
    // Where the plan is held, for messages: the lock file's path, or the shared database's table.
    virtual QString where() const = 0;
    // Why the last tryLock() or claimSlot() failed when the store itself failed (translated); empty when
    // the plan or slot was simply held elsewhere.
    virtual QString error() const { return {}; }

    // Claims one schedule slot for this process: once a slot is claimed, no other process sharing the
    // store runs it, even after the claimer's run has ended. Ours: go on (also when this process had
    // already claimed it). Elsewhere: another process owns it (*owner says who, translated). Failed: the
    // store could not be asked (error()); nothing should run.
    enum class SlotClaim { Ours, Elsewhere, Failed };
    virtual SlotClaim claimSlot(const QDateTime &slot, QString *owner)
    {
        Q_UNUSED(slot);
        Q_UNUSED(owner);
        return SlotClaim::Ours;
    }
};

using PlanGuardFactory = std::function<std::unique_ptr<PlanGuard>(const QString &planId)>;

} // namespace moctl
