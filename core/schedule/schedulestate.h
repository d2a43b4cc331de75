#pragma once

#include <memory>
#include <QDateTime>
#include <QHash>
#include <QLockFile>
#include <QString>

namespace moctl {

// What the scheduler remembers about one plan, shared by every process that schedules (the GUI,
// moctl serve, moctl schedule run) through a small JSON file in the data directory:
//   {"format": "moctl-schedule-state", "version": 1,
//    "plans": {"<plan id>": {"lastSlot": "...Z", "lastFired": "...Z", "fingerprint": "...",
//                            "pending": [{"slot": "...Z", "kind": "caught-up", "queued": false}]}}}
// "pending" is optional (files without it have nothing pending).
struct PendingRun
{
    QDateTime slot;
    QString kind; // decisionKindName() of the decision its start makes: "fired" or "caught-up"
    bool queued = false; // queued by the overlap policy "queue one" (at most one per plan)

    friend bool operator==(const PendingRun &, const PendingRun &) = default;
};

struct PlanScheduleState
{
    QDateTime lastSlot; // every slot up to here has been handled (fired, queued, skipped, missed)
    QDateTime lastFired; // the latest slot a run was started for
    QByteArray fingerprint; // scheduleFingerprint() of the schedule lastSlot was counted with
    // Runs owed and not started yet (caught-up runs of "run each missed", an overlap-queued run), oldest
    // first; kept so they survive the process exiting. One whose slot is not after lastFired has run.
    QList<PendingRun> pending;

    friend bool operator==(const PlanScheduleState &, const PlanScheduleState &) = default;
};

// The state file. Read and written inside a transaction that holds a lock file, so processes merge
// instead of overwriting each other (times only move forward: the later wins). Written atomically; a
// corrupt or too-new file is reported and never overwritten (the scheduler then works in memory).
class ScheduleStateStore
{
public:
    static constexpr int FormatVersion = 1;

    explicit ScheduleStateStore(
        QString path = {}, QString lockDirectory = {}); // defaults: data and locks directories
    QString path() const { return m_path; }

    // A read-modify-write under the state lock. `entries` holds the file's plans; commit() writes them.
    class Transaction
    {
    public:
        explicit Transaction(ScheduleStateStore &store);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isLocked() const { return m_locked; }
        QHash<QString, PlanScheduleState> entries;
        // Writes the entries (atomically). False (and the store's error() set) when the file is not
        // writable or must not be overwritten.
        bool commit();

    private:
        ScheduleStateStore &m_store;
        std::unique_ptr<QLockFile> m_lock;
        bool m_locked = false;
    };

    // Reads without locking (a snapshot).
    QHash<QString, PlanScheduleState> read();
    // The last problem (translated); empty when the file is fine.
    QString error() const { return m_error; }
    bool isUsable() const { return m_usable; }

private:
    bool readInto(QHash<QString, PlanScheduleState> &entries);
    bool write(const QHash<QString, PlanScheduleState> &entries);

    QString m_path;
    QString m_lockPath;
    QString m_error;
    bool m_usable = true; // false once the file turned out corrupt or too new
};

} // namespace moctl
