#pragma once

#include "historylocation.h"
#include "historyqueue.h"
#include "historytypes.h"
#include "runner/runtypes.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <QDeadlineTimer>
#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QRecursiveMutex>
#include <QString>
#include <QStringList>
#include <QTimer>

class QIODevice;
class QSqlDatabase;

namespace moctl {

class HistoryWriter;
struct HistoryBackend;

// The history: an SQLite database (WAL) of runs, their outcomes and scheduler events.
//
// Every write goes through ONE dedicated writer thread that owns the only writing connection of this
// store, so history is never written from two threads at once. Writes are transactions begun with
// BEGIN IMMEDIATE under a busy timeout and retried on SQLITE_BUSY, so the GUI and a moctl process
// can write the same file at once. The recorder calls block their (runner) thread until the row is
// committed: a run is on disk before its first statement is sent, each outcome as soon as it is known.
//
// Queries may be called from any thread; each opens its own short-lived read connection (WAL readers
// never wait for the writer).
//
// Or a shared MySQL-protocol database (open(HistoryLocation, password)): the same API and queries
// (historybackend.h holds the few differences), AUTO_INCREMENT ids, the same writer thread. When it cannot
// be reached, what is not written is also kept on local disk (HistoryLocalQueue, never a password) and sent
// by this store when the database is back, or by the next store that opens the same location.
class HistoryStore final : public QObject, public RunRecorder
{
    Q_OBJECT

public:
    enum class OpenError { None, CannotOpen, Corrupt, TooNew, Busy };
    // What open() does with a file that is not a readable history database.
    enum class CorruptFile {
        Report, // fail with OpenError::Corrupt and leave the file alone
        MoveAside, // rename it (and its -wal/-shm) to <file>.corrupt-<UTC timestamp>, start a new one
    };

    static constexpr int SchemaVersion = 5; // of the SQLite file (the shared database: historybackend.h)

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    // Opens (creating or migrating) the history file; AppPaths::historyFile() when empty. Runs left
    // "running" by a process that is gone (or started longer ago than the interruption threshold) are
    // marked "interrupted".
    bool open(const QString &path = {}, CorruptFile corrupt = CorruptFile::MoveAside);
    // Opens the location: an SQLite file as above, or a shared database (connects on the calling thread,
    // up to the connect timeout: never on the GUI thread), creating or migrating its schema. When the
    // shared database cannot be reached (or refuses the password), returns false but, as with a file,
    // accepts runs: they are queued locally and sent later (isQueuedLocally()).
    bool open(const HistoryLocation &location, const QString &password,
        CorruptFile corrupt = CorruptFile::MoveAside);
    void close();
    bool isOpen() const;
    // The file, or for a shared database its display() form (no password).
    QString path() const { return m_path; }
    bool isShared() const;
    HistoryLocation location() const;
    OpenError openError() const { return m_openError; }
    // Why open() or the last write failed (translated). Empty when all is well.
    QString errorString() const;
    // Something the operator should know after open(), e.g. that a damaged file was moved aside.
    QString notice() const { return m_notice; }
    QString movedAsidePath() const { return m_movedAside; }
    int interruptedOnOpen() const { return m_interruptedOnOpen; }
    // Runs still "running" after this long are considered abandoned even if their pid is alive.
    void setInterruptedAfter(std::chrono::hours threshold) { m_interruptedAfter = threshold; }
    // Marks abandoned runs interrupted now (also done by open()). Returns how many were marked.
    int markInterruptedRuns();

    // RunRecorder: called from the runner's threads; each blocks until committed. When the history
    // cannot be written (not opened, read-only, disk full, damaged, the path taken by a directory),
    // nothing is lost silently: writeFailed() is emitted, the run and its outcomes are kept in memory
    // in order (a run begun then has a provisional negative id) and written as soon as the history
    // works again: on the next write, on writeUnwritten(), or every RetryIntervalMs in this object's
    // thread. After open() failed, the store still accepts runs this way (its path is kept).
    qint64 beginRun(const RunRequest &request, const QDateTime &started) override;
    void recordOutcome(qint64 runId, const Outcome &outcome) override;
    void endRun(qint64 runId, const RunSummary &summary) override;

    static constexpr int RetryIntervalMs = 30000;
    // True while writes fail (errorString() says why); writesRecovered() when they work again.
    bool isFailing() const;
    // Runs, outcomes and run ends kept in memory because they could not be written yet.
    int unwrittenCount() const;
    // Tries to write them now (reopening the file if needed). True when nothing is left unwritten.
    bool writeUnwritten();
    // A shared history: a failed write is tried again at most this often (or by writeUnwritten()).
    static constexpr int SharedRetryMs = 10000;
    // A shared history whose unwritten runs are safely queued on local disk (they survive this process).
    bool isQueuedLocally() const;
    // The runs that wait (a run with several unwritten writes counts once).
    int queuedRuns() const;
    // Where a shared history's local queue is kept (empty for a file).
    QString queueDirectory() const;
    // "Shared history unreachable — N runs queued locally, will be sent (why)", translated; empty when
    // nothing is queued locally.
    QString queueNotice() const;

    // Records a scheduler decision or other event (does not wait for the write).
    void recordEvent(
        const QString &kind, const QString &planId, const QString &planName, const QString &message);

    // Queries (any thread).
    QList<RunRecord> runs(const RunFilter &filter = {}) const;
    int countRuns(RunFilter filter = {}) const;
    // The fleet ids of recorded runs that start with `prefix` (empty = all), newest fleet first.
    QStringList fleetIds(const QString &prefix = {}, int limit = 0) const;
    std::optional<RunRecord> run(qint64 id) const;
    QList<Outcome> outcomes(qint64 runId) const;
    // The durations of one plan's finished runs within the filter (its planId, paging fields are
    // ignored): the newest `limit` of them, their median and the runs slower than `slowFactor` times
    // it. `planId` empty = the ad-hoc runs. Reads on the calling thread: call it from a worker thread.
    DurationSeries planDurations(
        const QString &planId, const RunFilter &filter = {}, int limit = 2000, double slowFactor = 2.0) const;
    // The latest rows and size recorded for each table flushed by this plan's runs, keyed by the
    // outcome's target (TableRef::display()): the baseline of a size rule's "grown by".
    // `profileId` given: only that profile's runs (a fleet plan's baseline is per cluster).
    QHash<QString, TableFigures> lastTableFigures(const QString &planId, const QString &profileId = {}) const;
    // A table's rows and size over the runs that flushed it (oldest first; the newest `limit`), of
    // one plan or (planId empty) of every run.
    QList<TableGrowthPoint> tableGrowth(
        const QString &target, const QString &planId = {}, int limit = 500) const;
    QList<HistoryEvent> events(const QString &planId = {}, int limit = 200) const;
    // The latest run (by start) of every plan that has run, keyed by plan id (the Schedules page).
    QHash<QString, RunRecord> lastRunPerPlan() const;
    // Per plan and profile: the last finished run, the last success and the outcome counts (for the
    // metrics exporter). Reads on the calling thread: from a worker thread or moctl.
    QList<PlanMetrics> planMetrics() const;
    // The profiles and plans that have runs, with their newest names: a few index probes per distinct
    // id (a loose index scan), not a scan of every run. For a worker thread like the other reads.
    HistoryChoices choices() const;

    // CSV (RFC 4180, UTF-8, header row, UTC ISO 8601 times). False when writing failed.
    bool exportRunsCsv(const RunFilter &filter, QIODevice *device) const;
    bool exportOutcomesCsv(qint64 runId, QIODevice *device) const;
    // One CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused.
    static QString csvField(const QString &text);

    // Deletes finished runs (and their outcomes) and events beyond the retention, in small
    // transactions through the writer, on a QtConcurrent thread. The future yields the runs deleted.
    QFuture<int> purge(const Retention &retention);
    // Same, synchronously (moctl). -1 on error.
    int purgeNow(const Retention &retention);
    bool vacuum();
    // PRAGMA integrity_check: "ok", or what is wrong.
    QString integrityCheck() const;
    int schemaVersion() const;

    // True when a process with this id exists on this machine.
    static bool isProcessAlive(qint64 pid);

Q_SIGNALS:
    // Emitted from the writer's callers' threads: connect with a context object (queued).
    void runBegun(qint64 runId);
    void outcomeRecorded(qint64 runId, int operationIndex);
    void runEnded(qint64 runId, moctl::RunStatus status);
    void eventRecorded(const QString &kind);
    void purged(int runs);
    // A write failed (any thread): the operator must be told (CLI: stderr and exit 5; GUI: banner).
    void writeFailed(const QString &message);
    // Everything kept in memory has been written (any thread).
    void writesRecovered();

private:
    using PendingWrite = HistoryPendingWrite;
    enum class Attempt { IfDue, Now };

    bool openFile(OpenError *error, QString *message);
    bool openShared();
    bool read(const std::function<void(QSqlDatabase &)> &use) const;
    void takeAbandonedLocked();
    bool saveQueueLocked();
    void setWriteError(const QString &message);
    QString writeBegin(const PendingWrite &write, qint64 *runId);
    QString writeOutcome(qint64 runId, const Outcome &outcome);
    QString writeEnd(qint64 runId, const RunSummary &summary);
    bool flushPendingLocked(Attempt attempt = Attempt::IfDue);
    void queueLocked(PendingWrite write);
    // Writes at once when the history works (after what is still queued) and reports it with
    // `written`; otherwise keeps it in memory for later.
    void writeOrQueue(PendingWrite write, const std::function<QString(qint64 id)> &writeNow,
        const std::function<void(qint64 id)> &written);

    QString m_path;
    std::shared_ptr<HistoryBackend> m_backend; // replaced by open() (any thread): read under m_backendMutex
    mutable QMutex m_backendMutex;
    std::shared_ptr<HistoryWriter> m_writer;
    OpenError m_openError = OpenError::None;
    QString m_openMessage;
    QString m_notice;
    QString m_movedAside;
    int m_interruptedOnOpen = 0;
    std::chrono::hours m_interruptedAfter { 48 };
    mutable QMutex m_errorMutex;
    QString m_lastWriteError;
    QFuture<int> m_purge;
    // Serialises the recorder calls and guards the members below. Recursive: a slot connected directly
    // to a signal emitted while writing (GUI thread, retry timer) may call back into the store.
    mutable QRecursiveMutex m_pendingMutex;
    std::atomic<bool> m_closed { false };
    QList<PendingWrite> m_pending;
    QHash<qint64, qint64> m_localIds; // provisional id -> written id
    qint64 m_nextLocalId = 0;
    QTimer m_retryTimer;
    std::unique_ptr<HistoryLocalQueue> m_queue; // a shared history's copy of m_pending on local disk
    QString m_queueError;
    QDeadlineTimer m_nextAttempt; // a shared history is not tried again before
};

} // namespace moctl
