#pragma once

// What keeps a plan to one runner for moctl run-plan, schedule run and serve (cli_lease.cpp): the local
// lock file with the local history, the shared lease (schedule/sharedlease.h) with a shared one.
#include "cli.h"
#include "schedule/planguard.h"

#include <chrono>
#include <memory>

namespace moctl {
class Scheduler;
}

namespace moctl::cli {

// MOCTL_LEASE_SECONDS (1 to 86400; default 120): how long a shared lease lasts without renewal, i.e.
// how long the plan stays held after its host died. Renewed every third of it. *error (translated)
// when set to something else.
std::chrono::milliseconds leaseExpiry(Context &context, QString *error = nullptr);

// True when this invocation's history is a shared database (then plans are guarded by its lease).
bool usesSharedLease(Context &context);
// The guard of one plan: SharedPlanLease on the shared history, else PlanLock in the data directory.
std::unique_ptr<PlanGuard> makePlanGuard(Context &context, const QString &planId);
// For the scheduler (an empty function with the local history: the scheduler's own default).
PlanGuardFactory planGuardFactory(Context &context);
// A scheduled run-plan (MOCTL_SCHEDULED_SLOT) on a shared history claims its slot as its scheduler
// (MOCTL_SLOT_CLAIMER): Ours when the scheduler had claimed it or nobody had, Elsewhere (*owner) when
// another host did, Failed (*error) when the database cannot be asked. Ours without a shared history
// or a slot.
PlanGuard::SlotClaim claimScheduledSlot(
    Context &context, const QString &planId, QString *owner, QString *error);

// Before a plan runs: a scheduled run on a shared history claims its slot (claimScheduledSlot), then the
// plan's guard is taken (makePlanGuard) and handed to *guard. ExitOk, or the exit code after saying why on
// stderr (ExitBusy: held elsewhere or the slot is another host's; ExitConnection: cannot be asked).
int takePlanGuard(
    Context &context, const QString &planName, const QString &planId, std::unique_ptr<PlanGuard> *guard);

// Test-only (tests/integration/tst_schedule_shared.cpp): MOCTL_TEST_SCHEDULE_CLOCK="EPOCH:SCALE" runs the
// scheduler's clock SCALE times faster than the wall clock from EPOCH (seconds since 1970, UTC), the same
// for every process given the same value, so minute schedules can be tested in seconds; checks every
// 200 ms. Not a user option (not in --help or the man page). Returns false when not set.
bool applyTestScheduleClock(Context &context, Scheduler &scheduler);

} // namespace moctl::cli
