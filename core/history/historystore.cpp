// The history store's SQL in one file: the schema and its migrations, the single writer (with the
// in-memory queue of what could not be written yet), the reads for the History page and the CLI, the
// exports and the purge. Why one file of this length: every part shares the private helpers above the
// class (busy/corrupt classification, transactions with retry, the reader connections, the run filter's
// WHERE clause) and the writer's connection discipline; split, those helpers would become a header of
// their own that only this class uses.
#include "historystore.h"

#include "apppaths.h"
#include "connection/connectionfactory.h"
#include "historybackend.h"
#include "historyqueue.h"
#include "platform/process.h"
#include "security/textsafety.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QtConcurrent>
#include <QThread>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace moctl {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

using historysql::errorText;
using historysql::isCorrupt;

bool isBusy(const QSqlError &error)
{
    return error.databaseText().contains(u"database is locked"_s, Qt::CaseInsensitive)
        || historysql::isBusy(QSqlDatabase(), error);
}

// The writer thread's way back to its shared database after the connection was lost (set by the writer).
thread_local std::function<bool(QSqlDatabase &)> t_reconnect;

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull() || v.toLongLong() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString hostName()
{
    static const QString name = QSysInfo::machineHostName();
    return name;
}

qint64 currentPid()
{
    return QCoreApplication::applicationPid();
}

// The process's start time (platform/process.h): tells a reused pid apart.
QString processStartTime(qint64 pid)
{
    return platform::processStartTime(pid);
}

// Who wrote a run: the process start time and a token unique to this process.
QString writerToken()
{
    static const QString token
        = processStartTime(currentPid()) + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return token;
}

// Frozen migrations: index i brings the schema from version i to i + 1. Never edit one that shipped.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 -> 1
        {
            u"CREATE TABLE schema_version (version INTEGER NOT NULL, applied INTEGER NOT NULL)"_s,
            u"CREATE TABLE runs ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " profile_id TEXT NOT NULL DEFAULT '', profile_name TEXT NOT NULL DEFAULT '',"
            " plan_id TEXT NOT NULL DEFAULT '', plan_name TEXT NOT NULL DEFAULT '',"
            " trigger TEXT NOT NULL, started INTEGER NOT NULL, finished INTEGER,"
            " status TEXT NOT NULL, operations INTEGER NOT NULL DEFAULT 0,"
            " ok INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,"
            " timed_out INTEGER NOT NULL DEFAULT 0, cancelled INTEGER NOT NULL DEFAULT 0,"
            " skipped INTEGER NOT NULL DEFAULT 0,"
            " host TEXT NOT NULL DEFAULT '', pid INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE outcomes ("
            " id INTEGER PRIMARY KEY,"
            " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
            " step INTEGER NOT NULL, op_index INTEGER NOT NULL, operation TEXT NOT NULL,"
            " target TEXT NOT NULL DEFAULT '', sql TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL "
            "DEFAULT 0,"
            " started INTEGER NOT NULL, duration_ms INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL,"
            " error_kind TEXT NOT NULL DEFAULT '', code INTEGER NOT NULL DEFAULT 0,"
            " message TEXT NOT NULL DEFAULT '', raw_reply TEXT NOT NULL DEFAULT '',"
            " UNIQUE (run_id, op_index))"_s,
            u"CREATE INDEX runs_started ON runs (started)"_s,
        },
        // 1 -> 2: the writer's identity, the server, the error's parts, scheduler events, view indexes
        {
            u"ALTER TABLE runs ADD COLUMN server TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE runs ADD COLUMN writer TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE outcomes ADD COLUMN server_message TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE outcomes ADD COLUMN detail TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE TABLE events ("
            " id INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind TEXT NOT NULL,"
            " plan_id TEXT NOT NULL DEFAULT '', plan_name TEXT NOT NULL DEFAULT '',"
            " message TEXT NOT NULL DEFAULT '', host TEXT NOT NULL DEFAULT '', pid INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX events_at ON events (at)"_s,
            u"CREATE INDEX events_plan ON events (plan_id, at)"_s,
            u"CREATE INDEX runs_profile ON runs (profile_id, started)"_s,
            u"CREATE INDEX runs_plan ON runs (plan_id, started)"_s,
            u"CREATE INDEX runs_status ON runs (status, started)"_s,
        },
        // 2 -> 3: what version() said (the server's MatrixOne version) for each run
        {
            u"ALTER TABLE runs ADD COLUMN server_version TEXT NOT NULL DEFAULT ''"_s,
        },
        // 3 -> 4: rows and size of each flushed table at flush time (NULL: not read), for size rules
        // ("grown by") and a table's growth over its runs
        {
            u"ALTER TABLE outcomes ADD COLUMN table_rows INTEGER"_s,
            u"ALTER TABLE outcomes ADD COLUMN table_bytes INTEGER"_s,
            u"CREATE INDEX outcomes_target ON outcomes (target, run_id)"_s,
        },
        // 4 -> 5: the fleet run a run belongs to (one plan run on several profiles; NULL: none)
        {
            u"ALTER TABLE runs ADD COLUMN fleet_id TEXT"_s,
            u"CREATE INDEX runs_fleet ON runs (fleet_id)"_s,
        },
    };
    return steps;
}

// Runs `body` in BEGIN IMMEDIATE ... COMMIT; retries the whole transaction while the database is
// busy (another process writing), for up to 30 s. `body` must let its queries go before returning.
// A shared database: START TRANSACTION, retried on deadlock or lock wait timeout, and once after
// reconnecting when the connection was lost (a server restart, an idle connection closed by the server).
QSqlError inTransaction(QSqlDatabase &db, const std::function<QSqlError(QSqlDatabase &)> &body)
{
    QDeadlineTimer deadline(30s);
    int pauseMs = 10;
    const bool shared = historysql::isMySql(db);
    bool reconnected = false;
    for (;;) {
        QSqlError error;
        if (shared && !db.isOpen()) {
            if (!t_reconnect || !t_reconnect(db))
                return QSqlError(QCoreApplication::translate("moctl::HistoryStore", "Not connected."),
                    db.lastError().text(), QSqlError::ConnectionError, u"2006"_s);
            reconnected = true;
        }
        {
            QSqlQuery begin(db);
            if (!begin.exec(shared ? u"START TRANSACTION"_s : u"BEGIN IMMEDIATE"_s))
                error = begin.lastError();
        }
        if (!error.isValid()) {
            error = body(db);
            if (!error.isValid()) {
                QSqlQuery commit(db);
                if (!commit.exec(u"COMMIT"_s))
                    error = commit.lastError();
            }
            if (error.isValid())
                QSqlQuery(db).exec(u"ROLLBACK"_s);
        }
        if (!error.isValid())
            return {};
        if (shared && historysql::isConnectionError(error)) {
            db.close(); // reopened before the next transaction
            if (reconnected || !t_reconnect)
                return error;
            continue;
        }
        if (!historysql::isBusy(db, error) || deadline.hasExpired())
            return error;
        QThread::msleep(pauseMs + QRandomGenerator::global()->bounded(pauseMs));
        pauseMs = qMin(pauseMs * 2, 250);
    }
}

// Executes one statement with positional values; returns its error (invalid when fine).
QSqlError execute(
    QSqlDatabase &db, const QString &sql, const QVariantList &values = {}, QVariant *lastId = nullptr)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return query.lastError();
    for (const QVariant &v : values) {
        // A null QString would be bound as NULL; the text columns are NOT NULL with '' for "none".
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QString(u""_s));
        else
            query.addBindValue(v);
    }
    if (!query.exec())
        return query.lastError();
    if (lastId)
        *lastId = query.lastInsertId();
    return {};
}

void configure(QSqlDatabase &db)
{
    if (historysql::isMySql(db))
        return;
    QSqlQuery q(db);
    q.exec(u"PRAGMA busy_timeout = 5000"_s);
    q.exec(u"PRAGMA foreign_keys = ON"_s);
}

using historysql::withReader;

QString likePattern(const QString &text)
{
    QString escaped = text;
    // '!' escapes: a backslash in an SQL literal is itself an escape on MySQL.
    escaped.replace(u'!', u"!!"_s).replace(u'%', u"!%"_s).replace(u'_', u"!_"_s);
    return u'%' + escaped + u'%';
}

const QString RunColumns
    = u"id, profile_id, profile_name, plan_id, plan_name, `trigger`, started, finished, status,"
      " operations, ok, failed, timed_out, cancelled, skipped, server, host, pid, error, server_version,"
      // an ad-hoc run's kind: its first outcome's operation (one index lookup)
      " CASE WHEN plan_id = '' THEN (SELECT o.operation FROM outcomes o WHERE o.run_id = runs.id"
      " ORDER BY o.op_index LIMIT 1) END, fleet_id"_s;

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.profileId = q.value(1).toString();
    r.profileName = q.value(2).toString();
    r.planId = q.value(3).toString();
    r.planName = q.value(4).toString();
    r.trigger = triggerFromName(q.value(5).toString());
    r.started = fromMs(q.value(6));
    r.finished = fromMs(q.value(7));
    r.status = runStatusFromName(q.value(8).toString());
    r.operations = q.value(9).toInt();
    r.ok = q.value(10).toInt();
    r.failed = q.value(11).toInt();
    r.timedOut = q.value(12).toInt();
    r.cancelled = q.value(13).toInt();
    r.skipped = q.value(14).toInt();
    r.server = q.value(15).toString();
    r.host = q.value(16).toString();
    r.pid = q.value(17).toLongLong();
    r.error = q.value(18).toString();
    r.serverVersion = q.value(19).toString();
    if (!q.value(20).isNull())
        r.adHocKind = operationFromName(q.value(20).toString());
    r.fleetId = q.value(21).toString();
    return r;
}

// WHERE clause and values for a filter (without paging). Keyset paging (afterRunId) reads the anchor
// run's start on `db` first: "started < s OR (started = s AND id < anchor)" is a range both engines
// walk on the (started, id) index.
QString whereFor(const RunFilter &f, QVariantList &values, QSqlDatabase *db = nullptr)
{
    QStringList conditions;
    if (!f.profileId.isEmpty()) {
        conditions << u"profile_id = ?"_s;
        values << f.profileId;
    }
    if (!f.planId.isEmpty()) {
        conditions << u"plan_id = ?"_s;
        values << f.planId;
    }
    if (!f.fleetId.isEmpty()) {
        conditions << u"fleet_id = ?"_s;
        values << f.fleetId;
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (RunStatus s : f.statuses) {
            marks << u"?"_s;
            values << runStatusName(s);
        }
        conditions << u"status IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (f.trigger) {
        conditions << u"`trigger` = ?"_s;
        values << triggerName(*f.trigger);
    }
    if (f.from.isValid()) {
        conditions << u"started >= ?"_s;
        values << toMs(f.from);
    }
    if (f.to.isValid()) {
        conditions << u"started < ?"_s;
        values << toMs(f.to);
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString p = likePattern(f.text.trimmed());
        conditions
            << u"(profile_name LIKE ? ESCAPE '!' OR plan_name LIKE ? ESCAPE '!' OR error LIKE ? ESCAPE '!'"
               " OR server LIKE ? ESCAPE '!' OR EXISTS (SELECT 1 FROM outcomes o WHERE o.run_id = runs.id "
               "AND"
               " (o.target LIKE ? ESCAPE '!' OR o.message LIKE ? ESCAPE '!')))"_s;
        for (int i = 0; i < 6; ++i)
            values << p;
    }
    if (f.afterRunId > 0 && db) {
        QSqlQuery anchor(*db);
        anchor.prepare(u"SELECT started FROM runs WHERE id = ?"_s);
        anchor.addBindValue(f.afterRunId);
        if (anchor.exec() && anchor.next()) {
            const qint64 started = anchor.value(0).toLongLong();
            conditions << u"started <= ? AND (started < ? OR id < ?)"_s;
            values << started << started << f.afterRunId;
        } else {
            conditions << u"1 = 0"_s; // the run is gone (purged): nothing is listed after it
        }
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

} // namespace

// Why the writer's connection could not be opened (the writer thread's; read by initialise()).
thread_local QString t_openError;

// The one thread (and connection) that writes this store's file or shared database. Jobs run in order.
// A shared database's connection is reopened when it was lost (before the next job, or within a
// transaction through t_reconnect).
class HistoryWriter
{
public:
    using Job = std::function<void(QSqlDatabase &)>;

    explicit HistoryWriter(const HistoryBackend &backend)
        : m_backend(backend)
        , m_name(u"moctl-history-write-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    {
        m_thread = QThread::create([this] { loop(); });
        m_thread->setObjectName(u"moctl-history"_s);
        m_thread->start();
    }

    ~HistoryWriter()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_thread->wait();
        delete m_thread;
    }

    void post(Job job)
    {
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back(std::move(job));
        }
        m_cv.notify_all();
    }

    template <typename R> R call(std::function<R(QSqlDatabase &)> job)
    {
        auto task = std::make_shared<std::packaged_task<R(QSqlDatabase &)>>(std::move(job));
        std::future<R> result = task->get_future();
        post([task](QSqlDatabase &db) { (*task)(db); });
        return result.get();
    }

private:
    void loop()
    {
        {
            t_openError.clear();
            historysql::openWriter(m_backend, m_name, &t_openError); // jobs check isOpen() and report
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            const ConnectionSettings settings = m_backend.location.connectionSettings(m_backend.password);
            if (m_backend.isShared()) {
                t_reconnect = [settings](QSqlDatabase &connection) {
                    connection.close();
                    if (!connection.open()) {
                        t_openError = errorText(connection.lastError());
                        return false;
                    }
                    const MoError error = ConnectionFactory::prepareConnection(connection, settings, nullptr);
                    t_openError = error.isError() ? error.message() : QString();
                    return !error.isError();
                };
            }
            for (;;) {
                Job job;
                {
                    std::unique_lock lock(m_mutex);
                    m_cv.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
                    if (m_jobs.empty())
                        break; // stop requested and nothing left
                    job = std::move(m_jobs.front());
                    m_jobs.pop_front();
                }
                if (m_backend.isShared() && !db.isOpen() && db.isValid())
                    t_reconnect(db); // the job reports when this failed too
                job(db);
            }
            db.close();
            t_reconnect = nullptr;
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    HistoryBackend m_backend;
    QString m_name;
    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Job> m_jobs;
    bool m_stop = false;
};

namespace {

struct InitResult
{
    HistoryStore::OpenError error = HistoryStore::OpenError::None;
    QString message;
};

// Pragmas, schema check and migrations, on the writer's connection.
InitResult initialise(QSqlDatabase &db)
{
    InitResult r;
    const auto fail = [&](HistoryStore::OpenError kind, const QSqlError &error, const QString &what) {
        r.error = isCorrupt(error) ? HistoryStore::OpenError::Corrupt
                                   : (isBusy(error) ? HistoryStore::OpenError::Busy : kind);
        r.message = what + u' ' + errorText(error);
        return r;
    };
    if (historysql::isMySql(db)) {
        // A shared database: its own schema series, created or migrated under a server lock.
        if (!db.isOpen()) {
            r.error = HistoryStore::OpenError::CannotOpen;
            r.message = t_openError;
            return r;
        }
        int found = 0;
        bool tooNew = false;
        QString message;
        if (!historysql::initialiseShared(db, &found, &tooNew, &message)) {
            r.error = tooNew ? HistoryStore::OpenError::TooNew : HistoryStore::OpenError::CannotOpen;
            r.message = message;
        }
        return r;
    }
    if (!db.isOpen())
        return fail(HistoryStore::OpenError::CannotOpen, db.lastError(),
            QCoreApplication::translate("moctl::HistoryStore", "Cannot open the history file."));
    configure(db);
    // Nothing is written before the file is known to be ours and not too new.
    {
        QSqlQuery q(db);
        bool ours = false;
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
            return fail(HistoryStore::OpenError::CannotOpen, q.lastError(),
                QCoreApplication::translate("moctl::HistoryStore", "Cannot read the history file."));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        q.finish();
        ours = tables.contains(u"schema_version"_s);
        if (!ours && !tables.isEmpty() && tables != QStringList { u"sqlite_sequence"_s }) {
            r.error = HistoryStore::OpenError::Corrupt;
            r.message = QCoreApplication::translate(
                "moctl::HistoryStore", "The file is an SQLite database but not a MOCTL Studio history.");
            return r;
        }
        if (ours) {
            if (!q.exec(u"SELECT MAX(version) FROM schema_version"_s) || !q.next())
                return fail(HistoryStore::OpenError::CannotOpen, q.lastError(),
                    QCoreApplication::translate("moctl::HistoryStore", "Cannot read the history file."));
            const int found = q.value(0).toInt();
            if (found > HistoryStore::SchemaVersion) {
                r.error = HistoryStore::OpenError::TooNew;
                r.message = QCoreApplication::translate("moctl::HistoryStore",
                    "The history file was written by a newer version of MOCTL Studio (schema %1; this "
                    "version understands up to %2). It was left untouched.")
                                .arg(found)
                                .arg(HistoryStore::SchemaVersion);
                return r;
            }
        }
    }
    configure(db);
    {
        // WAL lets readers and one writer work at once, across processes. The setting is persistent.
        QSqlQuery q(db);
        QDeadlineTimer deadline(30s);
        while (!q.exec(u"PRAGMA journal_mode = WAL"_s)) {
            if (!isBusy(q.lastError()) || deadline.hasExpired())
                return fail(HistoryStore::OpenError::CannotOpen, q.lastError(),
                    QCoreApplication::translate("moctl::HistoryStore", "Cannot use the history file."));
            QThread::msleep(50);
        }
        // In WAL mode NORMAL loses nothing when a process crashes or is killed (only an OS crash or a power
        // cut may lose the last commits) and never corrupts the file; FULL costs an fsync per outcome.
        q.exec(u"PRAGMA synchronous = NORMAL"_s);
    }
    int version = -1;
    QSqlError error = inTransaction(db, [&](QSqlDatabase &db) -> QSqlError {
        QStringList tables;
        {
            QSqlQuery q(db);
            if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
                return q.lastError();
            while (q.next())
                tables << q.value(0).toString();
        }
        if (tables.contains(u"schema_version"_s)) {
            QSqlQuery q(db);
            if (!q.exec(u"SELECT MAX(version) FROM schema_version"_s) || !q.next())
                return q.lastError();
            version = q.value(0).toInt();
        } else if (tables.isEmpty() || tables == QStringList { u"sqlite_sequence"_s }) {
            version = 0;
        } else {
            version = -1; // someone else's database
            return {};
        }
        if (version > HistoryStore::SchemaVersion)
            return {};
        for (int v = version; v < HistoryStore::SchemaVersion; ++v) {
            for (const QString &sql : migrations().at(v)) {
                if (QSqlError e = execute(db, sql); e.isValid())
                    return e;
            }
            if (QSqlError e = execute(db, u"INSERT INTO schema_version (version, applied) VALUES (?, ?)"_s,
                    { v + 1, QDateTime::currentMSecsSinceEpoch() });
                e.isValid())
                return e;
        }
        return {};
    });
    if (error.isValid())
        return fail(HistoryStore::OpenError::CannotOpen, error,
            QCoreApplication::translate("moctl::HistoryStore", "Cannot read the history file."));
    if (version < 0) {
        r.error = HistoryStore::OpenError::Corrupt;
        r.message = QCoreApplication::translate(
            "moctl::HistoryStore", "The file is an SQLite database but not a MOCTL Studio history.");
    } else if (version > HistoryStore::SchemaVersion) {
        r.error = HistoryStore::OpenError::TooNew;
        r.message = QCoreApplication::translate("moctl::HistoryStore",
            "The history file was written by a newer version of MOCTL Studio (schema %1; this "
            "version understands up to %2). It was left untouched.")
                        .arg(version)
                        .arg(HistoryStore::SchemaVersion);
    }
    return r;
}

} // namespace

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setInterval(RetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (unwrittenCount() == 0 || writeUnwritten())
            m_retryTimer.stop();
    });
}

HistoryStore::~HistoryStore()
{
    m_purge.waitForFinished();
    close();
}

bool HistoryStore::isOpen() const
{
    return m_writer != nullptr;
}

QString HistoryStore::errorString() const
{
    QMutexLocker lock(&m_errorMutex);
    return m_lastWriteError.isEmpty() ? m_openMessage : m_lastWriteError;
}

void HistoryStore::setWriteError(const QString &message)
{
    {
        QMutexLocker lock(&m_errorMutex);
        m_lastWriteError = message;
    }
    Q_EMIT writeFailed(message);
}

void HistoryStore::close()
{
    m_closed = true; // writes after close() are dropped, not kept for a reopen
    m_writer.reset();
}

bool HistoryStore::openFile(OpenError *error, QString *message)
{
    m_writer = std::make_shared<HistoryWriter>(*m_backend);
    const InitResult r = m_writer->call<InitResult>([](QSqlDatabase &db) { return initialise(db); });
    *error = r.error;
    *message = r.message;
    if (r.error != OpenError::None) {
        m_writer.reset();
        return false;
    }
    return true;
}

bool HistoryStore::open(const QString &path, CorruptFile corrupt)
{
    HistoryLocation location;
    location.path = path.isEmpty() ? AppPaths::historyFile() : path;
    return open(location, {}, corrupt);
}

bool HistoryStore::open(const HistoryLocation &location, const QString &password, CorruptFile corrupt)
{
    close();
    {
        QMutexLocker lock(&m_pendingMutex);
        m_queue.reset();
        m_queueError.clear();
    }
    m_closed = false;
    auto backend = std::make_shared<HistoryBackend>(HistoryBackend { location, password });
    if (!location.isShared() && location.path.isEmpty())
        backend->location.path = AppPaths::historyFile();
    {
        QMutexLocker lock(&m_backendMutex);
        m_backend = backend;
    }
    m_path = m_backend->isShared() ? m_backend->display() : m_backend->path();
    m_openError = OpenError::None;
    m_openMessage.clear();
    m_notice.clear();
    m_movedAside.clear();
    m_interruptedOnOpen = 0;
    {
        QMutexLocker lock(&m_errorMutex);
        m_lastWriteError.clear();
    }
    if (m_backend->isShared())
        return openShared();
    QDir().mkpath(QFileInfo(m_path).absolutePath());

    OpenError error = OpenError::None;
    QString message;
    if (!openFile(&error, &message) && error == OpenError::Corrupt && corrupt == CorruptFile::MoveAside) {
        const QString aside
            = m_path + u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
        if (QFile::rename(m_path, aside)) {
            for (const QString &suffix : { u"-wal"_s, u"-shm"_s }) {
                if (QFile::exists(m_path + suffix))
                    QFile::rename(m_path + suffix, aside + suffix);
            }
            m_movedAside = aside;
            m_notice = QCoreApplication::translate("moctl::HistoryStore",
                "The history file was damaged (%1). It was kept as %2 and a new history was started.")
                           .arg(message, QDir::toNativeSeparators(aside));
            openFile(&error, &message);
        } else {
            message += u' '
                + QCoreApplication::translate(
                    "moctl::HistoryStore", "It could not be moved aside, so history is not recorded.");
        }
    }
    if (error != OpenError::None) {
        m_openError = error;
        m_openMessage
            = QCoreApplication::translate("moctl::HistoryStore", "History is not available: %1 (%2)")
                  .arg(message, QDir::toNativeSeparators(m_path));
        return false;
    }
    m_interruptedOnOpen = markInterruptedRuns();
    return true;
}

bool HistoryStore::openShared()
{
    {
        QMutexLocker lock(&m_pendingMutex);
        m_queue = std::make_unique<HistoryLocalQueue>(m_path);
    }
    OpenError error = OpenError::None;
    QString message;
    if (!openFile(&error, &message)) {
        m_openError = error;
        m_openMessage = error == OpenError::TooNew
            ? message
            : QCoreApplication::translate("moctl::HistoryStore", "The shared history %1 is unreachable: %2")
                  .arg(m_path, message);
        QMutexLocker lock(&m_pendingMutex);
        m_nextAttempt = QDeadlineTimer(SharedRetryMs);
        return false;
    }
    m_interruptedOnOpen = markInterruptedRuns();
    // What processes that are gone left queued for this database: sent now.
    QMutexLocker lock(&m_pendingMutex);
    takeAbandonedLocked();
    flushPendingLocked(Attempt::Now);
    return true;
}

void HistoryStore::takeAbandonedLocked()
{
    if (!m_queue)
        return;
    const QList<QList<PendingWrite>> files = m_queue->takeAbandoned();
    if (files.isEmpty())
        return;
    for (const QList<PendingWrite> &writes : files) {
        QHash<qint64, qint64> ids; // the other process's provisional ids -> ours
        for (PendingWrite w : writes) {
            if (w.runId < 0) {
                if (!ids.contains(w.runId))
                    ids.insert(w.runId, --m_nextLocalId);
                w.runId = ids.value(w.runId);
            }
            m_pending.append(std::move(w));
        }
    }
    // Ours now: kept in this process's file before the old files are deleted.
    if (saveQueueLocked())
        m_queue->releaseTaken();
}

bool HistoryStore::saveQueueLocked()
{
    if (!m_queue)
        return true;
    QList<PendingWrite> writes = m_pending;
    for (PendingWrite &w : writes) {
        if (w.runId < 0 && m_localIds.contains(w.runId))
            w.runId = m_localIds.value(w.runId); // the run is in the database: its real id
    }
    QString error;
    const bool saved = m_queue->save(writes, &error);
    m_queueError = saved ? QString() : error;
    return saved;
}

bool HistoryStore::read(const std::function<void(QSqlDatabase &)> &use) const
{
    std::shared_ptr<const HistoryBackend> backend;
    {
        QMutexLocker lock(&m_backendMutex);
        backend = m_backend;
    }
    return backend && withReader(*backend, use);
}

bool HistoryStore::isShared() const
{
    QMutexLocker lock(&m_backendMutex);
    return m_backend && m_backend->isShared();
}

HistoryLocation HistoryStore::location() const
{
    QMutexLocker lock(&m_backendMutex);
    return m_backend ? m_backend->location : HistoryLocation {};
}

bool HistoryStore::isQueuedLocally() const
{
    QMutexLocker lock(&m_pendingMutex);
    return m_queue && !m_pending.isEmpty() && m_queueError.isEmpty();
}

int HistoryStore::queuedRuns() const
{
    QMutexLocker lock(&m_pendingMutex);
    QSet<qint64> runs;
    for (const PendingWrite &w : m_pending)
        runs.insert(w.runId < 0 ? m_localIds.value(w.runId, w.runId) : w.runId);
    return int(runs.size());
}

QString HistoryStore::queueDirectory() const
{
    QMutexLocker lock(&m_pendingMutex);
    return m_queue ? m_queue->directory() : QString();
}

QString HistoryStore::queueNotice() const
{
    if (!isQueuedLocally())
        return {};
    return QCoreApplication::translate("moctl::HistoryStore",
        "Shared history unreachable — %n run(s) queued locally, will be sent (%1).", nullptr, queuedRuns())
        .arg(errorString());
}

int HistoryStore::markInterruptedRuns()
{
    if (!m_writer)
        return 0;
    const qint64 threshold
        = qint64(std::chrono::duration_cast<std::chrono::milliseconds>(m_interruptedAfter).count());
    return m_writer->call<int>([threshold](QSqlDatabase &db) {
        int marked = 0;
        QSqlError error = inTransaction(db, [&](QSqlDatabase &db) -> QSqlError {
            marked = 0;
            QList<qint64> abandoned;
            {
                QSqlQuery q(db);
                if (!q.exec(u"SELECT id, host, pid, writer, started FROM runs WHERE status = 'running'"_s))
                    return q.lastError();
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                const QString myToken = writerToken();
                while (q.next()) {
                    const QString host = q.value(1).toString();
                    const qint64 pid = q.value(2).toLongLong();
                    const QString token = q.value(3).toString();
                    const bool tooOld = now - q.value(4).toLongLong() > threshold;
                    bool gone = tooOld;
                    if (!gone && host == hostName()) {
                        const QString startTime = token.section(u'/', 0, 0);
                        if (pid == currentPid())
                            gone = token != myToken; // an earlier process that had our pid
                        else if (!isProcessAlive(pid))
                            gone = true;
                        else if (!startTime.isEmpty()) {
                            const QString now = processStartTime(pid);
                            gone = !now.isEmpty() && now != startTime; // the pid was reused
                        }
                    }
                    if (gone)
                        abandoned << q.value(0).toLongLong();
                }
            }
            for (qint64 id : std::as_const(abandoned)) {
                QSqlError e = execute(db,
                    u"UPDATE runs SET status = 'interrupted', finished = COALESCE((SELECT MAX(started + "
                    u"duration_ms)"
                    " FROM outcomes WHERE run_id = ?), started),"
                    " error = CASE WHEN error = '' THEN ? ELSE error END WHERE id = ? AND status = 'running'"_s,
                    { id,
                        QCoreApplication::translate("moctl::HistoryStore",
                            "The process running it ended before the run was finished."),
                        id });
                if (e.isValid())
                    return e;
                ++marked;
            }
            return {};
        });
        return error.isValid() ? 0 : marked;
    });
}

QString HistoryStore::writeBegin(const PendingWrite &w, qint64 *runId)
{
    if (!m_writer)
        return errorString();
    QString failure;
    const qint64 id = m_writer->call<qint64>([&](QSqlDatabase &db) -> qint64 {
        QVariant lastId;
        const QSqlError error = inTransaction(db, [&](QSqlDatabase &db) {
            return execute(db,
                u"INSERT INTO runs (profile_id, profile_name, plan_id, plan_name, `trigger`, started, status,"
                " operations, server, host, pid, writer, error, server_version, fleet_id)"
                " VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, '', '', ?)"_s,
                { w.profileId, w.profileName, w.planId, w.planName, triggerName(w.trigger), toMs(w.started),
                    w.operations, w.server, hostName(), currentPid(), writerToken(),
                    w.fleetId.isEmpty() ? QVariant() : QVariant(w.fleetId) },
                &lastId);
        });
        if (error.isValid()) {
            failure = errorText(error);
            return 0;
        }
        return lastId.toLongLong();
    });
    if (id <= 0)
        return QCoreApplication::translate(
            "moctl::HistoryStore", "The run could not be recorded in the history: %1")
            .arg(failure.isEmpty() ? QCoreApplication::translate("moctl::HistoryStore", "no row id")
                                   : failure);
    *runId = id;
    return {};
}

QString HistoryStore::writeOutcome(qint64 runId, const Outcome &o)
{
    if (!m_writer)
        return errorString();
    // The run's counter of this outcome's status: its name, but for the two whose column differs.
    QString column = outcomeStatusName(o.status);
    if (o.status == OutcomeStatus::Timeout)
        column = u"timed_out"_s;
    else if (o.status == OutcomeStatus::NotAttempted)
        column = u"failed"_s; // the run's count of not-done work
    const QString failure = m_writer->call<QString>([&](QSqlDatabase &db) -> QString {
        const QSqlError error = inTransaction(db, [&](QSqlDatabase &db) -> QSqlError {
            const QString message = o.error.isError() ? o.error.message() : o.error.detail();
            if (QSqlError e = execute(db,
                    u"INSERT INTO outcomes (run_id, step, op_index, operation, target, `sql`, attempts, "
                    u"started,"
                    " duration_ms, status, error_kind, code, message, server_message, detail, raw_reply,"
                    " table_rows, table_bytes)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    { runId, o.stepIndex, o.operationIndex, operationName(o.operation.kind), o.target, o.sql,
                        o.attempts, toMs(o.started), o.durationMs, outcomeStatusName(o.status),
                        o.error.isError() ? o.error.kindName() : QString(), o.error.code(), message,
                        o.error.serverMessage(), o.error.detail(), o.rawReply,
                        o.tableRows >= 0 ? QVariant(o.tableRows) : QVariant(QMetaType(QMetaType::LongLong)),
                        o.tableBytes >= 0 ? QVariant(o.tableBytes)
                                          : QVariant(QMetaType(QMetaType::LongLong)) });
                e.isValid())
                return e;
            return execute(db, u"UPDATE runs SET %1 = %1 + 1 WHERE id = ?"_s.arg(column), { runId });
        });
        return error.isValid() ? errorText(error) : QString();
    });
    if (!failure.isEmpty())
        return QCoreApplication::translate(
            "moctl::HistoryStore", "An outcome could not be recorded in the history: %1")
            .arg(failure);
    return {};
}

QString HistoryStore::writeEnd(qint64 runId, const RunSummary &s)
{
    if (!m_writer)
        return errorString();
    const QString failure = m_writer->call<QString>([&](QSqlDatabase &db) -> QString {
        const QSqlError error = inTransaction(db, [&](QSqlDatabase &db) {
            return execute(db,
                u"UPDATE runs SET status = ?, finished = ?, ok = ?, failed = ?, timed_out = ?, cancelled = ?,"
                " skipped = ?, error = ?, server_version = ? WHERE id = ?"_s,
                { runStatusName(s.status),
                    toMs(s.finished.isValid() ? s.finished : QDateTime::currentDateTimeUtc()), s.ok,
                    s.failed + s.notAttempted, s.timedOut, s.cancelled, s.skipped,
                    s.firstError.isError() ? s.firstError.message() : QString(), s.serverVersion, runId });
        });
        return error.isValid() ? errorText(error) : QString();
    });
    if (!failure.isEmpty())
        return QCoreApplication::translate(
            "moctl::HistoryStore", "The end of a run could not be recorded in the history: %1")
            .arg(failure);
    return {};
}

// Writes what is pending, in order, reopening the file first when it could not be opened. Stops at
// the first failure. Called with m_pendingMutex held.
bool HistoryStore::flushPendingLocked(Attempt attempt)
{
    if (m_pending.isEmpty() && m_writer)
        return true;
    // A shared database that just failed is not tried again at every write (each try may wait for the
    // connect timeout): only every SharedRetryMs, or when asked (writeUnwritten, the retry timer).
    if (m_queue && attempt == Attempt::IfDue && !m_nextAttempt.hasExpired())
        return false;
    const bool reopened = !m_writer;
    if (!m_writer) {
        if (m_path.isEmpty() || m_closed)
            return false;
        OpenError error = OpenError::None;
        QString message;
        if (!m_backend->isShared())
            QDir().mkpath(QFileInfo(m_path).absolutePath());
        if (!openFile(&error, &message)) {
            m_nextAttempt = QDeadlineTimer(SharedRetryMs);
            setWriteError(m_backend->isShared()
                    ? QCoreApplication::translate(
                        "moctl::HistoryStore", "The shared history %1 is unreachable: %2")
                          .arg(m_path, message)
                    : QCoreApplication::translate("moctl::HistoryStore", "History is not available: %1 (%2)")
                          .arg(message, QDir::toNativeSeparators(m_path)));
            return false;
        }
        QMutexLocker lock(&m_errorMutex);
        m_openError = OpenError::None;
        m_openMessage.clear();
    }
    if (reopened && m_queue) {
        markInterruptedRuns();
        takeAbandonedLocked();
    }
    const auto realId = [this](qint64 id) { return id < 0 ? m_localIds.value(id, 0) : id; };
    while (!m_pending.isEmpty()) {
        const PendingWrite &w = m_pending.first();
        QString failure;
        switch (w.kind) {
        case PendingWrite::Kind::Begin: {
            qint64 id = 0;
            failure = writeBegin(w, &id);
            if (failure.isEmpty()) {
                m_localIds.insert(w.runId, id);
                Q_EMIT runBegun(id);
            }
            break;
        }
        case PendingWrite::Kind::Outcome:
            failure = realId(w.runId) > 0 ? writeOutcome(realId(w.runId), w.outcome) : QString();
            if (failure.isEmpty() && realId(w.runId) > 0)
                Q_EMIT outcomeRecorded(realId(w.runId), w.outcome.operationIndex);
            break;
        case PendingWrite::Kind::End:
            failure = realId(w.runId) > 0 ? writeEnd(realId(w.runId), w.summary) : QString();
            if (failure.isEmpty() && realId(w.runId) > 0)
                Q_EMIT runEnded(realId(w.runId), w.summary.status);
            break;
        }
        if (!failure.isEmpty()) {
            m_nextAttempt = QDeadlineTimer(SharedRetryMs);
            saveQueueLocked();
            setWriteError(failure);
            return false;
        }
        m_pending.removeFirst();
    }
    saveQueueLocked();
    {
        QMutexLocker lock(&m_errorMutex);
        m_lastWriteError.clear();
    }
    Q_EMIT writesRecovered();
    return true;
}

void HistoryStore::queueLocked(PendingWrite write)
{
    const bool first = m_pending.isEmpty();
    m_pending.append(std::move(write));
    if (m_queue) {
        saveQueueLocked(); // a shared history's queue survives this process
        Q_EMIT writeFailed(errorString()); // queued while unreachable: the count shown changes
    }
    if (first) // retry now and then even when no run writes (the GUI): in this object's thread
        QMetaObject::invokeMethod(
            this, [this] { m_retryTimer.start(); }, Qt::QueuedConnection);
}

qint64 HistoryStore::beginRun(const RunRequest &request, const QDateTime &started)
{
    if (m_path.isEmpty() || m_closed)
        return 0; // never opened, or closed: nothing to record into
    PendingWrite w;
    w.kind = PendingWrite::Kind::Begin;
    w.profileId = request.profileId;
    w.profileName = request.profileName;
    w.planId = request.planId;
    w.planName = request.planName;
    w.fleetId = request.fleetId;
    w.trigger = request.trigger;
    w.started = started;
    w.operations = request.operationCount();
    w.server = request.settings.describe();
    QMutexLocker lock(&m_pendingMutex);
    if (flushPendingLocked() && m_writer) {
        qint64 id = 0;
        const QString failure = writeBegin(w, &id);
        if (failure.isEmpty()) {
            Q_EMIT runBegun(id);
            return id;
        }
        m_nextAttempt = QDeadlineTimer(SharedRetryMs);
        setWriteError(failure);
    }
    // Kept in memory under a provisional (negative) id until the history can be written.
    w.runId = --m_nextLocalId;
    queueLocked(std::move(w));
    return m_nextLocalId;
}

void HistoryStore::writeOrQueue(PendingWrite write, const std::function<QString(qint64 id)> &writeNow,
    const std::function<void(qint64 id)> &written)
{
    QMutexLocker lock(&m_pendingMutex);
    if (flushPendingLocked() && m_writer) {
        const qint64 id = write.runId < 0 ? m_localIds.value(write.runId, 0) : write.runId;
        if (id > 0) {
            const QString failure = writeNow(id);
            if (failure.isEmpty()) {
                written(id);
                return;
            }
            m_nextAttempt = QDeadlineTimer(SharedRetryMs);
            setWriteError(failure);
        }
    }
    queueLocked(std::move(write));
}

void HistoryStore::recordOutcome(qint64 runId, const Outcome &o)
{
    if (runId == 0 || m_closed)
        return;
    PendingWrite w;
    w.kind = PendingWrite::Kind::Outcome;
    w.runId = runId;
    w.outcome = o;
    writeOrQueue(
        std::move(w), [this, &o](qint64 id) { return writeOutcome(id, o); },
        [this, &o](qint64 id) { Q_EMIT outcomeRecorded(id, o.operationIndex); });
}

void HistoryStore::endRun(qint64 runId, const RunSummary &s)
{
    if (runId == 0 || m_closed)
        return;
    PendingWrite w;
    w.kind = PendingWrite::Kind::End;
    w.runId = runId;
    w.summary = s;
    writeOrQueue(
        std::move(w), [this, &s](qint64 id) { return writeEnd(id, s); },
        [this, &s](qint64 id) { Q_EMIT runEnded(id, s.status); });
}

bool HistoryStore::writeUnwritten()
{
    QMutexLocker lock(&m_pendingMutex);
    return flushPendingLocked(Attempt::Now);
}

int HistoryStore::unwrittenCount() const
{
    QMutexLocker lock(&m_pendingMutex);
    return int(m_pending.size());
}

bool HistoryStore::isFailing() const
{
    QMutexLocker lock(&m_errorMutex);
    return !m_lastWriteError.isEmpty() || m_openError != OpenError::None;
}

void HistoryStore::recordEvent(
    const QString &kind, const QString &planId, const QString &planName, const QString &message)
{
    if (!m_writer)
        return;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    HistoryStore *self = this;
    m_writer->post([=](QSqlDatabase &db) {
        const QSqlError error = inTransaction(db, [&](QSqlDatabase &db) {
            return execute(db,
                u"INSERT INTO events (at, kind, plan_id, plan_name, message, host, pid)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                { at, kind, planId, planName, message, hostName(), currentPid() });
        });
        // The store outlives its writer thread (the destructor joins it), so `self` is valid here.
        if (error.isValid())
            self->setWriteError(QCoreApplication::translate(
                "moctl::HistoryStore", "An event could not be recorded in the history: %1")
                                    .arg(errorText(error)));
        else
            Q_EMIT self->eventRecorded(kind);
    });
}

QList<RunRecord> HistoryStore::runs(const RunFilter &filter) const
{
    QList<RunRecord> result;
    if (!isOpen())
        return result; // a damaged or too-new file is not read
    read([&](QSqlDatabase &db) {
        QVariantList values;
        QString sql = u"SELECT %1 FROM runs"_s.arg(RunColumns) + whereFor(filter, values, &db)
            + u" ORDER BY started DESC, id DESC"_s;
        if (filter.limit > 0 || filter.offset > 0)
            sql += historysql::limitClause(filter.limit, qMax(0, filter.offset));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        if (!q.exec())
            return;
        while (q.next())
            result << readRun(q);
    });
    return result;
}

QStringList HistoryStore::fleetIds(const QString &prefix, int limit) const
{
    QStringList result;
    if (!isOpen())
        return result;
    read([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // SUBSTR and a literal LIMIT: the same text on SQLite and MySQL.
        q.prepare(u"SELECT fleet_id FROM runs WHERE fleet_id IS NOT NULL AND SUBSTR(fleet_id, 1, %1) = ?"
                  " GROUP BY fleet_id ORDER BY MAX(started) DESC"_s.arg(prefix.size())
            + historysql::limitClause(limit));
        q.addBindValue(prefix);
        if (!q.exec())
            return;
        while (q.next())
            result << q.value(0).toString();
    });
    return result;
}

QHash<QString, RunRecord> HistoryStore::lastRunPerPlan() const
{
    QHash<QString, RunRecord> result;
    if (!isOpen())
        return result; // a damaged or too-new file is not read
    read([&](QSqlDatabase &db) {
        // One index probe (runs_plan) per plan, not a scan of every run.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT %1 FROM runs WHERE id IN (SELECT (SELECT r.id FROM runs r WHERE r.plan_id = p.plan_id"
            " ORDER BY r.started DESC, r.id DESC LIMIT 1) FROM (SELECT DISTINCT plan_id FROM runs"
            " WHERE plan_id <> '') p)"_s.arg(RunColumns));
        if (!q.exec())
            return;
        while (q.next()) {
            const RunRecord r = readRun(q);
            result.insert(r.planId, r);
        }
    });
    return result;
}

QList<PlanMetrics> HistoryStore::planMetrics() const
{
    QList<PlanMetrics> result;
    if (!isOpen())
        return result; // a damaged or too-new file is not read
    read([&](QSqlDatabase &db) {
        QHash<QString, qsizetype> index; // plan_id \t profile_id -> position in result
        const auto keyOf = [](const QString &plan, const QString &profile) { return plan + u'\t' + profile; };
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // The newest finished run of each plan and profile, and its newest success.
        if (!q.exec(
                u"SELECT plan_id, profile_id, COUNT(*),"
                " (SELECT r.id FROM runs r WHERE r.plan_id = g.plan_id AND r.profile_id = g.profile_id"
                "  AND r.finished IS NOT NULL ORDER BY r.started DESC, r.id DESC LIMIT 1),"
                " (SELECT MAX(r.finished) FROM runs r WHERE r.plan_id = g.plan_id AND r.profile_id = "
                "g.profile_id"
                "  AND r.status = 'ok')"
                " FROM runs g WHERE plan_id <> '' AND finished IS NOT NULL GROUP BY plan_id, profile_id"_s))
            return;
        QList<qint64> lastIds;
        while (q.next()) {
            PlanMetrics m;
            m.planId = q.value(0).toString();
            m.profileId = q.value(1).toString();
            m.runs = q.value(2).toLongLong();
            if (!q.value(4).isNull())
                m.lastSuccessFinished = fromMs(q.value(4));
            index.insert(keyOf(m.planId, m.profileId), result.size());
            lastIds.append(q.value(3).toLongLong());
            result << m;
        }
        q.finish();
        QSqlQuery one(db);
        one.prepare(u"SELECT %1 FROM runs WHERE id = ?"_s.arg(RunColumns));
        for (qsizetype i = 0; i < result.size(); ++i) {
            one.bindValue(0, lastIds.at(i));
            if (!one.exec() || !one.next())
                continue;
            const RunRecord r = readRun(one);
            PlanMetrics &m = result[i];
            m.planName = r.planName;
            m.profileName = r.profileName;
            m.lastRunStarted = r.started;
            m.lastRunFinished = r.finished;
            m.lastStatus = r.status;
            one.finish();
        }
        QSqlQuery c(db);
        c.setForwardOnly(true);
        if (!c.exec(u"SELECT r.plan_id, r.profile_id, o.operation, o.status, COUNT(*) FROM outcomes o"
                    " JOIN runs r ON r.id = o.run_id WHERE r.plan_id <> '' AND r.finished IS NOT NULL"
                    " GROUP BY r.plan_id, r.profile_id, o.operation, o.status"_s))
            return;
        while (c.next()) {
            const auto at = index.constFind(keyOf(c.value(0).toString(), c.value(1).toString()));
            if (at == index.constEnd())
                continue;
            result[*at].outcomes.insert(
                c.value(2).toString() + u'\t' + c.value(3).toString(), c.value(4).toLongLong());
        }
    });
    return result;
}

HistoryChoices HistoryStore::choices() const
{
    HistoryChoices result;
    if (!isOpen())
        return result; // a damaged or too-new file is not read
    read([&](QSqlDatabase &db) {
        const auto read = [&db](const QString &column) {
            // Each distinct id through the (column, started) index, then its newest name.
            QList<HistoryChoice> list;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // SQLite: a recursive CTE of MIN(id) > previous, one index probe each. MySQL/MariaDB do not
            // optimise that MIN in a correlated subquery (a range scan each, seconds with 1M runs), but
            // walk GROUP BY on the index's first column as a loose index scan ("using index for group-by").
            const QString ids = historysql::isMySql(db)
                ? u"SELECT %1 AS id FROM runs WHERE %1 <> '' GROUP BY %1"_s
                : u"WITH RECURSIVE ids(id) AS (SELECT MIN(%1) FROM runs WHERE %1 <> ''"
                  " UNION ALL SELECT (SELECT MIN(%1) FROM runs WHERE %1 > ids.id) FROM ids WHERE "
                  "ids.id IS NOT NULL) SELECT id FROM ids WHERE id IS NOT NULL"_s;
            if (!q.exec(
                    u"SELECT d.id, (SELECT r.%2 FROM runs r WHERE r.%1 = d.id ORDER BY r.started DESC LIMIT "
                    u"1)"
                    " FROM (%3) d"_s.arg(column + u"_id"_s, column + u"_name"_s, ids.arg(column + u"_id"_s))))
                return list;
            while (q.next())
                list << HistoryChoice { q.value(0).toString(), q.value(1).toString() };
            std::sort(list.begin(), list.end(), [](const HistoryChoice &a, const HistoryChoice &b) {
                const int byName = QString::localeAwareCompare(
                    a.name.isEmpty() ? a.id : a.name, b.name.isEmpty() ? b.id : b.name);
                return byName != 0 ? byName < 0 : a.id < b.id;
            });
            return list;
        };
        result.profiles = read(u"profile"_s);
        result.plans = read(u"plan"_s);
    });
    return result;
}

int HistoryStore::countRuns(RunFilter filter) const
{
    filter.afterRunId = 0;
    int count = 0;
    if (!isOpen())
        return 0;
    read([&](QSqlDatabase &db) {
        QVariantList values;
        QSqlQuery q(db);
        q.prepare(u"SELECT COUNT(*) FROM runs"_s + whereFor(filter, values));
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        if (q.exec() && q.next())
            count = q.value(0).toInt();
    });
    return count;
}

std::optional<RunRecord> HistoryStore::run(qint64 id) const
{
    std::optional<RunRecord> result;
    if (!isOpen())
        return result; // a damaged or too-new file is not read
    read([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(u"SELECT %1 FROM runs WHERE id = ?"_s.arg(RunColumns));
        q.addBindValue(id);
        if (q.exec() && q.next())
            result = readRun(q);
    });
    return result;
}

QList<Outcome> HistoryStore::outcomes(qint64 runId) const
{
    QList<Outcome> result;
    if (!isOpen())
        return result; // a damaged or too-new file is not read
    read([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT step, op_index, operation, target, `sql`, attempts, started, duration_ms, status,"
                  " error_kind, code, server_message, detail, raw_reply, message, table_rows, table_bytes"
                  " FROM outcomes WHERE run_id = ? ORDER BY op_index"_s);
        q.addBindValue(runId);
        if (!q.exec())
            return;
        while (q.next()) {
            Outcome o;
            o.runId = runId;
            o.stepIndex = q.value(0).toInt();
            o.operationIndex = q.value(1).toInt();
            o.operation.kind = operationFromName(q.value(2).toString()).value_or(OperationKind::Flush);
            o.target = q.value(3).toString();
            o.sql = q.value(4).toString();
            o.attempts = q.value(5).toInt();
            o.started = fromMs(q.value(6));
            o.durationMs = q.value(7).toLongLong();
            o.status = outcomeStatusFromName(q.value(8).toString());
            const QString kind = q.value(9).toString();
            QString detail = q.value(12).toString();
            QString serverMessage = q.value(11).toString();
            if (!kind.isEmpty() && serverMessage.isEmpty() && detail.isEmpty())
                serverMessage = q.value(14).toString(); // written by schema 1: only the message was kept
            o.error = MoError(kind.isEmpty() ? MoError::Kind::None : MoError::kindFromName(kind),
                q.value(10).toInt(), serverMessage, detail);
            o.rawReply = q.value(13).toString();
            o.tableRows = q.value(15).isNull() ? -1 : q.value(15).toLongLong();
            o.tableBytes = q.value(16).isNull() ? -1 : q.value(16).toLongLong();
            result << o;
        }
    });
    return result;
}

QHash<QString, TableFigures> HistoryStore::lastTableFigures(
    const QString &planId, const QString &profileId) const
{
    QHash<QString, TableFigures> result;
    if (!isOpen() || planId.isEmpty())
        return result;
    read([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Newest first: the first figures seen for a target are its latest.
        q.prepare(
            u"SELECT o.target, o.table_rows, o.table_bytes FROM outcomes o JOIN runs r ON r.id = o.run_id"
            " WHERE r.plan_id = ?%1 AND o.operation = 'flush'"
            " AND (o.table_rows IS NOT NULL OR o.table_bytes IS NOT NULL)"
            " ORDER BY o.run_id DESC, o.op_index"_s.arg(
                profileId.isEmpty() ? QString() : u" AND r.profile_id = ?"_s));
        q.addBindValue(planId);
        if (!profileId.isEmpty())
            q.addBindValue(profileId);
        if (!q.exec())
            return;
        while (q.next()) {
            const QString target = q.value(0).toString();
            if (result.contains(target))
                continue;
            result.insert(target,
                TableFigures { q.value(1).isNull() ? -1 : q.value(1).toLongLong(),
                    q.value(2).isNull() ? -1 : q.value(2).toLongLong() });
        }
    });
    return result;
}

QList<TableGrowthPoint> HistoryStore::tableGrowth(
    const QString &target, const QString &planId, int limit) const
{
    QList<TableGrowthPoint> result;
    if (!isOpen() || target.isEmpty())
        return result;
    read([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT r.id, o.started, o.table_rows, o.table_bytes, o.status, r.plan_name FROM outcomes o"
            " JOIN runs r ON r.id = o.run_id WHERE o.target = ? AND o.operation = 'flush'"
            " AND (o.table_rows IS NOT NULL OR o.table_bytes IS NOT NULL)%1"
            " ORDER BY o.run_id DESC"_s.arg(planId.isEmpty() ? QString() : u" AND r.plan_id = ?"_s)
            + historysql::limitClause(limit));
        q.addBindValue(target);
        if (!planId.isEmpty())
            q.addBindValue(planId);
        if (!q.exec())
            return;
        while (q.next()) {
            TableGrowthPoint p;
            p.runId = q.value(0).toLongLong();
            p.at = fromMs(q.value(1));
            p.rows = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
            p.bytes = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
            p.status = outcomeStatusFromName(q.value(4).toString());
            p.planName = q.value(5).toString();
            result.prepend(p); // oldest first
        }
    });
    return result;
}

DurationSeries HistoryStore::planDurations(
    const QString &planId, const RunFilter &filter, int limit, double slowFactor) const
{
    DurationSeries series;
    series.planId = planId;
    if (!isOpen())
        return series; // a damaged or too-new file is not read
    RunFilter f = filter;
    f.planId.clear();
    f.afterRunId = 0;
    read([&](QSqlDatabase &db) {
        QVariantList values;
        QString where = whereFor(f, values);
        where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s)
            + u"plan_id = ? AND finished IS NOT NULL AND finished > 0"_s;
        values << (planId.isNull() ? u""_s : planId); // a null QString would bind as NULL
        {
            // The newest runs through the (plan_id, started) index.
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(u"SELECT id, started, finished - started, status, plan_name FROM runs"_s + where
                + u" ORDER BY started DESC, id DESC"_s + historysql::limitClause(limit));
            for (const QVariant &v : std::as_const(values))
                q.addBindValue(v);
            if (!q.exec())
                return;
            while (q.next()) {
                DurationPoint p;
                p.runId = q.value(0).toLongLong();
                p.started = fromMs(q.value(1));
                p.durationMs = qMax<qint64>(0, q.value(2).toLongLong());
                p.status = runStatusFromName(q.value(3).toString());
                if (series.points.isEmpty())
                    series.planName = q.value(4).toString();
                series.points << p;
            }
        }
        std::reverse(series.points.begin(), series.points.end()); // oldest first
        series.totalRuns = series.points.size();
        if (limit > 0 && series.points.size() >= limit) {
            QSqlQuery q(db);
            q.prepare(u"SELECT COUNT(*) FROM runs"_s + where);
            for (const QVariant &v : std::as_const(values))
                q.addBindValue(v);
            if (q.exec() && q.next())
                series.totalRuns = q.value(0).toLongLong();
        }
    });
    if (series.points.isEmpty())
        return series;
    QList<qint64> d;
    d.reserve(series.points.size());
    for (const DurationPoint &p : std::as_const(series.points))
        d << p.durationMs;
    std::sort(d.begin(), d.end());
    const qsizetype n = d.size();
    series.medianMs = n % 2 ? double(d.at(n / 2)) : (double(d.at(n / 2 - 1)) + double(d.at(n / 2))) / 2.0;
    for (const DurationPoint &p : std::as_const(series.points)) {
        if (series.medianMs > 0 && double(p.durationMs) > slowFactor * series.medianMs)
            series.slow.insert(p.runId);
    }
    return series;
}

QList<HistoryEvent> HistoryStore::events(const QString &planId, int limit) const
{
    QList<HistoryEvent> result;
    if (!isOpen())
        return result; // a damaged or too-new file is not read
    read([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        QString sql = u"SELECT id, at, kind, plan_id, plan_name, message, host, pid FROM events"_s;
        if (!planId.isEmpty())
            sql += u" WHERE plan_id = ?"_s;
        sql += u" ORDER BY at DESC, id DESC"_s + historysql::limitClause(limit);
        q.prepare(sql);
        if (!planId.isEmpty())
            q.addBindValue(planId);
        if (!q.exec())
            return;
        while (q.next()) {
            HistoryEvent e;
            e.id = q.value(0).toLongLong();
            e.at = fromMs(q.value(1));
            e.kind = q.value(2).toString();
            e.planId = q.value(3).toString();
            e.planName = q.value(4).toString();
            e.message = q.value(5).toString();
            e.host = q.value(6).toString();
            e.pid = q.value(7).toLongLong();
            result << e;
        }
    });
    return result;
}

QString HistoryStore::csvField(const QString &text)
{
    return moctl::csvField(text); // the one CSV writer (security/textsafety.h)
}

namespace {
QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool writeLine(QIODevice *device, const QStringList &fields)
{
    const QByteArray line = csvLine(fields);
    return device->write(line) == line.size();
}
} // namespace

bool HistoryStore::exportRunsCsv(const RunFilter &filter, QIODevice *device) const
{
    if (!device || !device->isWritable())
        return false;
    bool ok = writeLine(device,
        { u"id"_s, u"started"_s, u"finished"_s, u"duration_ms"_s, u"status"_s, u"trigger"_s, u"profile"_s,
            u"plan"_s, u"operations"_s, u"ok"_s, u"failed"_s, u"timed_out"_s, u"cancelled"_s, u"skipped"_s,
            u"server"_s, u"error"_s, u"fleet"_s });
    RunFilter f = filter;
    f.offset = 0;
    f.limit = filter.limit > 0 ? filter.limit : 0;
    for (const RunRecord &r : runs(f)) {
        ok = ok
            && writeLine(device,
                { QString::number(r.id), isoTime(r.started), isoTime(r.finished),
                    r.finished.isValid() ? QString::number(r.durationMs()) : QString(),
                    runStatusName(r.status), triggerName(r.trigger), csvField(r.profileName),
                    csvField(r.planName), QString::number(r.operations), QString::number(r.ok),
                    QString::number(r.failed), QString::number(r.timedOut), QString::number(r.cancelled),
                    QString::number(r.skipped), csvField(r.server), csvField(r.error), r.fleetId });
    }
    return ok;
}

bool HistoryStore::exportOutcomesCsv(qint64 runId, QIODevice *device) const
{
    if (!device || !device->isWritable())
        return false;
    bool ok = writeLine(device,
        { u"run_id"_s, u"step"_s, u"op_index"_s, u"operation"_s, u"target"_s, u"status"_s, u"attempts"_s,
            u"started"_s, u"duration_ms"_s, u"error_kind"_s, u"code"_s, u"message"_s, u"sql"_s,
            u"raw_reply"_s });
    for (const Outcome &o : outcomes(runId)) {
        ok = ok
            && writeLine(device,
                { QString::number(runId), QString::number(o.stepIndex + 1), QString::number(o.operationIndex),
                    operationName(o.operation.kind), csvField(o.target), outcomeStatusName(o.status),
                    QString::number(o.attempts), isoTime(o.started), QString::number(o.durationMs),
                    o.error.isError() ? o.error.kindName() : QString(), QString::number(o.code()),
                    csvField(o.error.isError() ? o.error.message() : o.error.detail()), csvField(o.sql),
                    csvField(o.rawReply) });
    }
    return ok;
}

namespace {
// Deletes up to 500 finished runs beyond the retention; returns how many, or -1 on error.
int purgeChunk(QSqlDatabase &db, const Retention &retention)
{
    int deleted = 0;
    const QSqlError error = inTransaction(db, [&](QSqlDatabase &db) -> QSqlError {
        deleted = 0;
        QStringList ids;
        {
            QSqlQuery q(db);
            if (retention.keepDays > 0) {
                q.prepare(
                    u"SELECT id FROM runs WHERE status <> 'running' AND started < ? ORDER BY started LIMIT 500"_s);
                q.addBindValue(QDateTime::currentMSecsSinceEpoch() - qint64(retention.keepDays) * 86400000LL);
                if (!q.exec())
                    return q.lastError();
                while (q.next())
                    ids << QString::number(q.value(0).toLongLong());
            }
            if (ids.isEmpty() && retention.keepRuns > 0) {
                // The oldest run kept, then what is older (MySQL has no LIMIT in an IN subquery).
                if (!q.exec(u"SELECT started, id FROM runs ORDER BY started DESC, id DESC"_s
                        + historysql::limitClause(1, retention.keepRuns - 1)))
                    return q.lastError();
                if (q.next()) {
                    const qint64 started = q.value(0).toLongLong();
                    const qint64 id = q.value(1).toLongLong();
                    q.finish();
                    q.prepare(
                        u"SELECT id FROM runs WHERE status <> 'running' AND (started < ? OR (started = ?"
                        " AND id < ?)) ORDER BY started LIMIT 500"_s);
                    q.addBindValue(started);
                    q.addBindValue(started);
                    q.addBindValue(id);
                    if (!q.exec())
                        return q.lastError();
                    while (q.next())
                        ids << QString::number(q.value(0).toLongLong());
                }
            }
        }
        if (ids.isEmpty())
            return {};
        const QString list = ids.join(u',');
        if (QSqlError e = execute(db, u"DELETE FROM outcomes WHERE run_id IN (%1)"_s.arg(list)); e.isValid())
            return e;
        if (QSqlError e = execute(db, u"DELETE FROM runs WHERE id IN (%1)"_s.arg(list)); e.isValid())
            return e;
        deleted = int(ids.size());
        return {};
    });
    return error.isValid() ? -1 : deleted;
}

int purgeAll(const std::shared_ptr<HistoryWriter> &writer, const Retention &retention)
{
    int total = 0;
    for (;;) {
        // Each chunk is its own job, so recorder writes queued meanwhile are not held up.
        const int n = writer->call<int>([retention](QSqlDatabase &db) { return purgeChunk(db, retention); });
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        total += n;
    }
    if (retention.keepDays > 0) {
        writer->call<int>([retention](QSqlDatabase &db) {
            return inTransaction(db,
                       [&](QSqlDatabase &db) {
                           return execute(db, u"DELETE FROM events WHERE at < ?"_s,
                               { QDateTime::currentMSecsSinceEpoch()
                                   - qint64(retention.keepDays) * 86400000LL });
                       })
                       .isValid()
                ? -1
                : 0;
        });
    }
    return total;
}
} // namespace

QFuture<int> HistoryStore::purge(const Retention &retention)
{
    if (!m_writer)
        return QtFuture::makeReadyFuture(0);
    m_purge.waitForFinished(); // one purge at a time
    std::shared_ptr<HistoryWriter> writer = m_writer;
    m_purge = QtConcurrent::run([this, writer, retention] {
        const int n = purgeAll(writer, retention);
        if (n >= 0)
            Q_EMIT purged(n); // the destructor waits for this future
        return n;
    });
    return m_purge;
}

int HistoryStore::purgeNow(const Retention &retention)
{
    if (!m_writer)
        return -1;
    const int n = purgeAll(m_writer, retention);
    if (n >= 0)
        Q_EMIT purged(n);
    return n;
}

bool HistoryStore::vacuum()
{
    if (!m_writer)
        return false;
    return m_writer->call<bool>([](QSqlDatabase &db) {
        // A shared database's space is its server's business (OPTIMIZE TABLE would lock the tables).
        return historysql::isMySql(db) || QSqlQuery(db).exec(u"VACUUM"_s);
    });
}

QString HistoryStore::integrityCheck() const
{
    QStringList problems;
    const bool opened = read([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (historysql::isMySql(db)) {
            // CHECK TABLE: one row per table and message; "ok" when every status says OK.
            if (!q.exec(u"CHECK TABLE runs, outcomes, events, schema_version"_s)) {
                problems << errorText(q.lastError());
                return;
            }
            while (q.next()) {
                const QString type = q.value(2).toString();
                const QString text = q.value(3).toString();
                if (type.compare(u"status"_s, Qt::CaseInsensitive) != 0
                    || text.compare(u"OK"_s, Qt::CaseInsensitive) != 0)
                    problems << q.value(0).toString() + u": "_s + text;
            }
            if (problems.isEmpty())
                problems << u"ok"_s;
            return;
        }
        if (!q.exec(u"PRAGMA integrity_check"_s)) {
            problems << errorText(q.lastError());
            return;
        }
        while (q.next())
            problems << q.value(0).toString();
    });
    if (!opened)
        return isShared()
            ? QCoreApplication::translate("moctl::HistoryStore", "The shared history cannot be reached.")
            : QCoreApplication::translate("moctl::HistoryStore", "The history file cannot be opened.");
    return problems.join(u'\n');
}

int HistoryStore::schemaVersion() const
{
    int version = 0;
    read([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT MAX(version) FROM schema_version"_s) && q.next())
            version = q.value(0).toInt();
    });
    return version;
}

bool HistoryStore::isProcessAlive(qint64 pid)
{
    return platform::isProcessAlive(pid);
}

} // namespace moctl
