#include "executor.h"

#include "connection/connectionfactory.h"
#include "identifier.h"
#include "platform/socket.h"
#include "reply.h"
#include "serverversion.h"
#include "statement.h"

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <mysql.h>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace moctl {

namespace {

MYSQL *mysqlHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    QVariant v = db.driver()->handle();
    // Qt 6 names the type after the struct MYSQL is a typedef of ("st_mysql*"); Qt 5 said "MYSQL*".
    if (v.isValid() && (qstrcmp(v.typeName(), "st_mysql*") == 0 || qstrcmp(v.typeName(), "MYSQL*") == 0))
        return *static_cast<MYSQL **>(v.data());
    return nullptr;
}

void shutdownSocket(MYSQL *mysql)
{
    if (!mysql)
        return;
    platform::shutdownSocket(qintptr(mysql_get_socket(mysql)));
}

// One statement being watched. Fires when its deadline passes or its token is cancelled: then a
// short-lived thread sends KILL QUERY from a second connection and, when the statement still has not
// returned 1.5 s later (a stopped server answers nothing, not even KILL), shuts the socket down.
struct Watch
{
    enum class Reason { None, Timeout, Cancelled };

    // The statement's own settings and token, not copies (a copy per statement costs more than the
    // rest of the watch): both outlive every use. The service reads `cancel` only under `mutex` while
    // `done` is false, and kill() runs on the killer thread, which the statement's thread joins in
    // Watchdog::finish() before it returns.
    const ConnectionSettings *settings = nullptr;
    qint64 connectionId = -1;
    MYSQL *mysql = nullptr;
    const CancelToken *cancel = nullptr;
    std::chrono::steady_clock::time_point deadline;
    quint64 sequence = 0;

    std::mutex mutex;
    std::condition_variable cv;
    bool done = false;
    Reason reason = Reason::None;
    std::thread killer; // started when the watch fires, joined by the statement's thread

    // Set by kill() (under `mutex`): whether the KILL QUERY statement succeeded, and why not.
    bool killConfirmed = false;
    QString killFailure;

    void kill()
    {
        // The KILL connection is bounded too: a stopped server must not hold the statement's thread
        // much past its own time limit.
        ConnectionSettings killSettings = *settings;
        killSettings.connectTimeoutSec = 1;
        killSettings.readTimeoutSec = 2;
        const MoError killError = OperationExecutor::killQuery(killSettings, connectionId);
        std::unique_lock lock(mutex);
        killConfirmed = !killError.isError();
        if (!killConfirmed) {
            killFailure = killError.message();
            // Nobody on the server will act: close our end of the socket now so the blocked read
            // returns and no thread stays stuck.
            if (!done)
                shutdownSocket(mysql);
            return;
        }
        // The KILL went through; a server that still does not answer within 1.5 s is cut off.
        if (!cv.wait_for(lock, 1500ms, [this] { return done; }))
            shutdownSocket(mysql);
    }
};

// One long-lived thread watches every running statement of the process: a deadline queue instead of
// a thread per statement (a statement that returns in time costs a map insert and erase, no thread).
class WatchdogService
{
public:
    static WatchdogService &instance()
    {
        static WatchdogService service;
        return service;
    }

    void add(const std::shared_ptr<Watch> &watch)
    {
        std::lock_guard lock(m_mutex);
        watch->sequence = ++m_sequence;
        m_queue.emplace(Key { watch->deadline, watch->sequence }, watch);
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
        else if (watch->deadline < m_wakeAt)
            m_cv.notify_one(); // only when the thread would sleep past this deadline: usually it does not
    }

    // Called from CancelToken::cancel (any thread, the GUI thread included): never blocks for long.
    void cancelled(const std::shared_ptr<Watch> &watch)
    {
        std::lock_guard lock(m_mutex);
        m_cancelled.push_back(watch);
        m_cv.notify_one();
    }

    void remove(const std::shared_ptr<Watch> &watch)
    {
        std::lock_guard lock(m_mutex);
        m_queue.erase(Key { watch->deadline, watch->sequence });
    }

private:
    using Key = std::pair<std::chrono::steady_clock::time_point, quint64>;

    WatchdogService() = default;
    ~WatchdogService()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_cv.notify_one();
        }
        if (m_thread.joinable())
            m_thread.join();
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (m_cancelled.empty()) {
                // Sleeps until the earliest deadline; a statement that returned before it leaves its
                // deadline behind, and the thread then goes back to sleep until the next one.
                m_wakeAt = m_queue.empty() ? std::chrono::steady_clock::time_point::max()
                                           : m_queue.begin()->first.first;
                if (m_queue.empty())
                    m_cv.wait(lock);
                else
                    m_cv.wait_until(lock, m_wakeAt);
                m_wakeAt = std::chrono::steady_clock::time_point::min();
            }
            std::vector<std::shared_ptr<Watch>> fire;
            fire.swap(m_cancelled);
            const auto now = std::chrono::steady_clock::now();
            while (!m_queue.empty() && m_queue.begin()->first.first <= now) {
                fire.push_back(m_queue.begin()->second);
                m_queue.erase(m_queue.begin());
            }
            for (const std::shared_ptr<Watch> &watch : fire) {
                m_queue.erase(Key { watch->deadline, watch->sequence });
                std::lock_guard watchLock(watch->mutex);
                if (watch->done || watch->reason != Watch::Reason::None)
                    continue;
                watch->reason
                    = watch->cancel->isCancelled() ? Watch::Reason::Cancelled : Watch::Reason::Timeout;
                watch->killer = std::thread([watch] { watch->kill(); });
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::map<Key, std::shared_ptr<Watch>> m_queue;
    std::vector<std::shared_ptr<Watch>> m_cancelled;
    quint64 m_sequence = 0;
    // When the thread will wake up by itself; min() while it is awake.
    std::chrono::steady_clock::time_point m_wakeAt = std::chrono::steady_clock::time_point::min();
    bool m_stop = false;
    std::thread m_thread;
};

// Watches one running statement for as long as it lives (or until finish()).
class Watchdog
{
public:
    using Reason = Watch::Reason;

    Watchdog(const ConnectionSettings &settings, qint64 connectionId, MYSQL *mysql,
        std::chrono::milliseconds timeout, const CancelToken &cancel)
        : m_watch(std::make_shared<Watch>())
    {
        m_watch->settings = &settings;
        m_watch->connectionId = connectionId;
        m_watch->mysql = mysql;
        m_watch->cancel = &cancel;
        m_watch->deadline = std::chrono::steady_clock::now() + (timeout.count() > 0 ? timeout : 24h * 365);
        WatchdogService::instance().add(m_watch);
        std::shared_ptr<Watch> watch = m_watch;
        m_subscription = cancel.subscribe([watch] { WatchdogService::instance().cancelled(watch); });
    }

    ~Watchdog() { finish(); }

    // The statement returned. Waits for a KILL in progress, so that it cannot hit the connection's next
    // statement.
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_watch->cancel->unsubscribe(m_subscription);
        WatchdogService::instance().remove(m_watch);
        std::thread killer;
        {
            std::lock_guard lock(m_watch->mutex);
            m_watch->done = true;
            m_watch->cv.notify_all();
            killer.swap(m_watch->killer);
        }
        if (killer.joinable())
            killer.join();
    }

    Reason reason() const
    {
        std::lock_guard lock(m_watch->mutex);
        return m_watch->reason;
    }
    // After finish(): empty when the KILL QUERY was confirmed (or not needed), else why it failed.
    QString killFailure() const
    {
        std::lock_guard lock(m_watch->mutex);
        if (m_watch->reason == Reason::None || m_watch->killConfirmed)
            return {};
        return m_watch->killFailure.isEmpty()
            ? QCoreApplication::translate("moctl::OperationExecutor", "no answer")
            : m_watch->killFailure;
    }

private:
    std::shared_ptr<Watch> m_watch;
    int m_subscription = 0;
    bool m_finished = false;
};

struct QueryResult
{
    bool ok = false;
    QString value;
    bool hasRow = false;
    MoError error;
    Watchdog::Reason killed = Watchdog::Reason::None;
    QString killFailure; // the KILL QUERY did not succeed (the statement may still run on the server)
};

// Sends one statement and reads the first column of its first row with libmariadb directly, on the
// connection QMYSQL opened (the same handle, charset and options): a QSqlQuery costs more client time
// per call than the round trip to a nearby server. Errors are classified exactly as through QMYSQL
// (mysql_errno + mysql_error).
void queryDirect(MYSQL *mysql, const QString &sql, QueryResult &result)
{
    const QByteArray statement = sql.toUtf8();
    if (mysql_real_query(mysql, statement.constData(), (unsigned long)statement.size()) != 0) {
        result.error = MoError::fromServer(int(mysql_errno(mysql)), QString::fromUtf8(mysql_error(mysql)));
        return;
    }
    MYSQL_RES *res = mysql_store_result(mysql);
    if (!res && mysql_field_count(mysql) > 0) {
        result.error = MoError::fromServer(int(mysql_errno(mysql)), QString::fromUtf8(mysql_error(mysql)));
        return;
    }
    result.ok = true;
    if (res) {
        if (MYSQL_ROW row = mysql_fetch_row(res)) {
            const unsigned long *lengths = mysql_fetch_lengths(res);
            result.hasRow = true;
            if (row[0] && lengths)
                result.value = QString::fromUtf8(row[0], qsizetype(lengths[0]));
        }
        mysql_free_result(res);
    }
    // A statement that returned more than one result (not mo_ctl): leave the connection clean.
    while (mysql_more_results(mysql) && mysql_next_result(mysql) == 0) {
        if (MYSQL_RES *more = mysql_store_result(mysql))
            mysql_free_result(more);
    }
}

QueryResult runWatched(const ConnectionSettings &settings, ConnectionFactory::Handle &handle,
    const QString &sql, std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    QueryResult result;
    MYSQL *mysql = mysqlHandle(handle.db);
    Watchdog watchdog(settings, handle.connectionId, mysql, timeout, cancel);
    if (mysql) {
        queryDirect(mysql, sql, result);
    } else {
        QSqlQuery query(handle.db);
        query.setForwardOnly(true);
        result.ok = query.exec(sql);
        if (result.ok && query.next()) {
            result.hasRow = true;
            result.value = query.value(0).toString();
        } else if (!result.ok) {
            result.error = MoError::fromSqlError(query.lastError());
        }
    }
    watchdog.finish();
    result.killed = watchdog.reason();
    result.killFailure = watchdog.killFailure();
    return result;
}

// "Stopped on the server" only when the KILL QUERY succeeded; otherwise the error carries why it did
// not (its server message, code 0: see MoError::stoppedOnServer()).
MoError killedError(
    Watchdog::Reason reason, std::chrono::milliseconds timeout, const QString &killFailure = {})
{
    if (reason == Watchdog::Reason::Cancelled)
        return MoError(MoError::Kind::Cancelled, 0, killFailure);
    return MoError(MoError::Kind::ClientTimeout, 0, killFailure,
        QCoreApplication::translate("moctl::OperationExecutor", "Time limit: %1 s.")
            .arg(double(timeout.count()) / 1000.0, 0, 'f', 1));
}

} // namespace

MoError OperationExecutor::killQuery(const ConnectionSettings &settings, qint64 connectionId)
{
    if (connectionId < 0)
        return MoError::invalidInput(
            QCoreApplication::translate("moctl::OperationExecutor", "No connection id to kill."));
    ScopedConnection control(settings, u"kill"_s);
    if (!control.ok())
        return control.error();
    QSqlQuery query(control.db());
    if (!query.exec(u"KILL QUERY %1"_s.arg(connectionId)))
        return MoError::fromSqlError(query.lastError());
    return {};
}

namespace {

// One catalog query on the thread's connection, watched like a statement.
MoError lookup(const ConnectionSettings &settings, const QString &sql, std::chrono::milliseconds timeout,
    const CancelToken &cancel, QueryResult &r)
{
    ConnectionFactory::Handle handle = ConnectionFactory::threadConnection(settings);
    if (!handle.ok())
        return handle.error;
    r = runWatched(settings, handle, sql, timeout, cancel);
    if (r.killed != Watchdog::Reason::None && !r.ok) {
        handle.db = QSqlDatabase(); // the last handle must be gone before the connection is removed
        ConnectionFactory::dropThreadConnection(settings);
        return killedError(r.killed, timeout, r.killFailure);
    }
    if (!r.ok) {
        if (r.error.kind() == MoError::Kind::Connection) {
            handle.db = QSqlDatabase(); // the last handle must be gone before the connection is removed
            ConnectionFactory::dropThreadConnection(settings);
        }
        return r.error;
    }
    return {};
}

} // namespace

MoError OperationExecutor::resolveTableId(const ConnectionSettings &settings, TableRef &table,
    std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    QueryResult r;
    const quint64 account = table.accountId.value_or(0);
    if (MoError e = lookup(settings, tableIdQuery(table.database, table.table, account), timeout, cancel, r);
        e.isError())
        return e;
    const QString lowerDb = table.database.toLower();
    const QString lowerTable = table.table.toLower();
    if (!r.hasRow && (lowerDb != table.database || lowerTable != table.table)) {
        // MatrixOne lower-cases identifiers (lower_case_table_names = 1): look for the lower-case name.
        if (MoError e = lookup(settings, tableIdQuery(lowerDb, lowerTable, account), timeout, cancel, r);
            e.isError())
            return e;
    }
    bool ok = false;
    const quint64 id = r.value.toULongLong(&ok);
    if (!r.hasRow || !ok)
        return MoError(MoError::Kind::NotFound, 1146,
            u"no such table %1.%2"_s.arg(table.database, table.table),
            QCoreApplication::translate(
                "moctl::OperationExecutor", "(looked up in mo_catalog.mo_tables to flush by id)"));
    table.tableId = id;
    return {};
}

MoError OperationExecutor::checkTableId(const ConnectionSettings &settings, const TableRef &table,
    std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    if (!table.tableId)
        return {};
    QueryResult r;
    if (MoError e = lookup(settings, tableIdCheckQuery(*table.tableId), timeout, cancel, r); e.isError())
        return e;
    if (!r.hasRow)
        return MoError(MoError::Kind::NotFound, 0, {},
            QCoreApplication::translate("moctl::OperationExecutor", "no table with id %1")
                .arg(*table.tableId));
    if (table.accountId && r.value.toULongLong() != *table.accountId)
        return MoError(MoError::Kind::NotFound, 0, {},
            QCoreApplication::translate("moctl::OperationExecutor", "no table with id %1 in account %2")
                .arg(*table.tableId)
                .arg(*table.accountId));
    return {};
}

Attempt OperationExecutor::execute(const ConnectionSettings &settings, const Operation &operation,
    std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    Attempt attempt;
    attempt.started = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    const auto finish = [&](MoError error) {
        attempt.error = std::move(error);
        attempt.durationMs = clock.elapsed();
        return attempt;
    };
    if (cancel.isCancelled())
        return finish(MoError(MoError::Kind::Cancelled, 0, {},
            QCoreApplication::translate(
                "moctl::OperationExecutor", "Cancelled before the statement was sent.")));

    Operation op = operation;
    const bool byResolvedId = op.kind == OperationKind::Flush && !op.table.tableId && needsTableId(op.table);
    Statement statement;
    if (byResolvedId) {
        if (MoError e = validateName(
                op.table.database, QCoreApplication::translate("moctl::OperationExecutor", "database"));
            e.isError())
            return finish(e);
        if (MoError e
            = validateName(op.table.table, QCoreApplication::translate("moctl::OperationExecutor", "table"));
            e.isError())
            return finish(e);
    } else {
        statement = buildStatement(op);
        if (!statement.ok())
            return finish(statement.error);
    }

    ConnectionFactory::Handle handle = ConnectionFactory::threadConnection(settings);
    if (!handle.ok())
        return finish(handle.error);
    attempt.serverVersion = handle.serverVersion;
    // A form the server's version lacks is refused here, before anything is sent (an old MatrixOne's
    // own error would not say why).
    thread_local QString parsedText;
    thread_local ServerVersion parsed; // one parse per connection, not per statement
    if (parsedText != handle.serverVersion || !parsed.isRead()) {
        parsedText = handle.serverVersion;
        parsed = ServerVersion::parse(parsedText);
    }
    if (MoError e = checkServerSupports(parsed, op); e.isError())
        return finish(e);
    if (byResolvedId) {
        handle.db = QSqlDatabase(); // resolveTableId may drop the connection: hold no handle meanwhile
        if (MoError e = resolveTableId(settings, op.table, timeout, cancel); e.isError())
            return finish(e);
        statement = buildStatement(op);
        if (!statement.ok())
            return finish(statement.error);
        handle = ConnectionFactory::threadConnection(settings);
        if (!handle.ok())
            return finish(handle.error);
    } else if (op.kind == OperationKind::Flush && op.table.tableId) {
        // MatrixOne answers OK to a flush of an id it does not know: never report OK for a table that
        // is not there.
        handle.db = QSqlDatabase(); // checkTableId may drop the connection: hold no handle meanwhile
        if (MoError e = checkTableId(settings, op.table, timeout, cancel); e.isError())
            return finish(e);
        handle = ConnectionFactory::threadConnection(settings);
        if (!handle.ok())
            return finish(handle.error);
    }
    attempt.sql = statement.sql;
    if (cancel.isCancelled())
        return finish(MoError(MoError::Kind::Cancelled, 0, {},
            QCoreApplication::translate(
                "moctl::OperationExecutor", "Cancelled before the statement was sent.")));

    attempt.sent = true;
    QueryResult r = runWatched(settings, handle, statement.sql, timeout, cancel);
    if (r.ok) {
        attempt.rawReply = capReply(r.value); // stored once, cut with a note when over the cap
        if (!r.hasRow)
            return finish(MoError(MoError::Kind::BadReply, 0, {},
                QCoreApplication::translate("moctl::OperationExecutor", "the statement returned no row")));
        return finish(parseReply(r.value, op.kind));
    }
    if (r.killed != Watchdog::Reason::None) {
        // The socket may have been shut down; start afresh next time.
        if (r.error.kind() == MoError::Kind::Connection || r.error.kind() == MoError::Kind::ServerError) {
            handle.db = QSqlDatabase(); // the last handle must be gone before the connection is removed
            ConnectionFactory::dropThreadConnection(settings);
        }
        return finish(killedError(r.killed, timeout, r.killFailure));
    }
    if (r.error.kind() == MoError::Kind::Connection) {
        handle.db = QSqlDatabase(); // the last handle must be gone before the connection is removed
        ConnectionFactory::dropThreadConnection(settings);
    }
    if (op.kind == OperationKind::Flush && (r.error.code() == 5026 || r.error.code() == 0)) {
        // MatrixOne answers a flush in a missing database with error code 0 ("ExpectedEOB");
        // libmariadb reports an error packet without a code as 5026 and drops the text.
        return finish(MoError(MoError::Kind::NotFound, 0, u"ExpectedEOB"_s,
            QCoreApplication::translate("moctl::OperationExecutor", "(database %1)").arg(op.table.database)));
    }
    return finish(r.error);
}

} // namespace moctl
