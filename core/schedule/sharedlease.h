#pragma once

#include "planguard.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <thread>

namespace moctl {

// Opens a connection to the shared history database under `connectionName`, on the calling thread
// (openSharedHistoryConnection() with the history's location and password; tests open the stand-in).
using SharedConnectionOpener = std::function<bool(const QString &connectionName, QString *error)>;

// Who holds a lease or owns a slot, as the shared database says.
struct LeaseHolder
{
    QString token; // the owning process's random token (leaseProcessToken() there)
    QString host;
    qint64 pid = 0;
    QDateTime expires; // leases: when it expires (the database's clock, UTC)
    qint64 msecsLeft = 0; // leases: until expiry by the database's clock (<= 0: expired)
    bool isValid() const { return !token.isEmpty(); }
    QString describe() const; // translated: "host db1, process 1234"
};

// This process's identity in the shared tables: a random token made once per process, the host name
// and the pid.
QString leaseProcessToken();
QString leaseHostName();

// The two tables in the shared history database and their statements. Every time is the database's
// clock (UTC_TIMESTAMP(6)), never a host's, so hosts with skewed clocks agree on expiry.
//
//   plan_slots  (plan_id, slot_utc, owner_token, owner_host, owner_pid, claimed_at,
//                PRIMARY KEY (plan_id, slot_utc))
//     One row per schedule slot that some process decided to run: a plain INSERT claims the slot, a
//     duplicate key (1062) means another process owns it. Rows stay after the run (so a slower host
//     never runs a slot that a faster one already finished); rows claimed SlotRetentionDays ago go.
//   plan_leases (plan_id PRIMARY KEY, owner_token, owner_host, owner_pid, acquired_at, renewed_at,
//                expires_at)
//     One row per plan while a run goes: INSERT when free; an UPDATE ... WHERE expires_at <= now takes
//     over a lease whose holder stopped renewing it (row lock: of two takers, one changes the row);
//     renewed by its holder; DELETE at the end.
// Plain SQL that MariaDB, MySQL and MatrixOne understand (no INSERT IGNORE, no GET_LOCK).
class SharedLeaseStore
{
public:
    static constexpr int SlotRetentionDays = 30;
    enum class Result { Won, Held, Failed };

    // `self`: who this store claims and leases as (token, host, pid); empty token = this process.
    SharedLeaseStore(SharedConnectionOpener opener, QString connectionName, LeaseHolder self = {});
    ~SharedLeaseStore();
    SharedLeaseStore(const SharedLeaseStore &) = delete;
    SharedLeaseStore &operator=(const SharedLeaseStore &) = delete;

    // Won: the lease is ours until expiry (*tookOver: the expired holder it replaced, if any). Held: by
    // *holder. Failed: error().
    Result acquire(const QString &planId, std::chrono::milliseconds expiry, LeaseHolder *holder,
        LeaseHolder *tookOver = nullptr);
    // Won: extended to now + expiry. Held: lost (taken over after it expired). Failed: error().
    Result renew(const QString &planId, std::chrono::milliseconds expiry);
    bool release(const QString &planId);
    // Won: the slot is ours (now, or already). Held: *owner's. Failed: error().
    Result claimSlot(const QString &planId, const QDateTime &slot, LeaseHolder *owner);
    // Removes the plan's slot rows claimed more than SlotRetentionDays ago.
    bool pruneSlots(const QString &planId);
    // The current lease of the plan (invalid when none).
    LeaseHolder leaseOf(const QString &planId);

    QString error() const { return m_error; }
    QString connectionName() const { return m_connectionName; }

private:
    bool database(QSqlDatabase *db);
    bool ensureSchema(QSqlDatabase &db);
    bool failed(const QString &what, const QString &detail);

    SharedConnectionOpener m_opener;
    QString m_connectionName;
    LeaseHolder m_self;
    bool m_schemaChecked = false;
    bool m_reopen = false;
    QString m_error;
};

struct SharedLeaseOptions
{
    std::chrono::milliseconds expiry { std::chrono::minutes(2) };
    std::chrono::milliseconds renewEvery { 0 }; // 0: a third of expiry
    LeaseHolder owner {}; // who claims and leases; empty token = this process (tests act as several)
};

// The plan guard of a shared history: tryLock() takes the plan's lease (renewed by a heartbeat thread
// with its own connection while held), unlock() deletes it; claimSlot() inserts the slot's row. A host
// that dies stops renewing: its lease expires and another process takes it over. All on the calling
// thread but the heartbeat.
class SharedPlanLease final : public PlanGuard
{
public:
    SharedPlanLease(QString planId, SharedConnectionOpener opener, QString connectionName,
        SharedLeaseOptions options = {});
    ~SharedPlanLease() override; // unlocks

    bool tryLock() override;
    void unlock() override;
    bool isLocked() const override { return m_locked; }
    qint64 holderPid() const override { return m_holder.pid; }
    QString holderHost() const override { return m_holder.host; }
    QString where() const override;
    QString error() const override { return m_error; }
    SlotClaim claimSlot(const QDateTime &slot, QString *owner) override;

    // When tryLock() failed because it is held: the holder, with its expiry.
    LeaseHolder holder() const { return m_holder; }
    // When tryLock() took over an expired lease: whose it was.
    LeaseHolder tookOver() const { return m_tookOver; }
    // The heartbeat found the lease taken over (it had expired: the database was unreachable longer
    // than the expiry) or could not renew it before it expired.
    bool lost() const { return m_lost.load(); }
    // Renewals done (tests).
    int renewals() const { return m_renewals.load(); }

private:
    void startHeartbeat();
    void stopHeartbeat();
    void heartbeat();

    QString m_planId;
    SharedConnectionOpener m_opener;
    QString m_connectionName;
    SharedLeaseOptions m_options;
    SharedLeaseStore m_store;
    bool m_locked = false;
    LeaseHolder m_holder;
    LeaseHolder m_tookOver;
    QString m_error;
    QElapsedTimer m_lastPrune;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<bool> m_lost { false };
    std::atomic<int> m_renewals { 0 };
};

} // namespace moctl
