#include "executor.h"

#include "connection/connectionfactory.h"
#include "identifier.h"
#include "reply.h"
#include "statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <mysql.h>

#include <condition_variable>
#include <mutex>
#include <thread>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace moctl {

namespace {


MYSQL *mysqlHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    QVariant v = db.driver()->handle();
    // Declared by the driver as MYSQL* (Qt docs) or, with MariaDB's headers, st_mysql*.
    if (v.isValid() && (qstrcmp(v.typeName(), "MYSQL*") == 0 || qstrcmp(v.typeName(), "st_mysql*") == 0))
        return *static_cast<MYSQL **>(v.data());
    return nullptr;
}

void shutdownSocket(MYSQL *mysql)
{
    if (!mysql)
        return;
    const my_socket fd = mysql_get_socket(mysql);
#ifdef Q_OS_WIN
    if (fd != INVALID_SOCKET)
        ::shutdown(fd, SD_BOTH);
#else
    if (fd >= 0)
        ::shutdown(fd, SHUT_RDWR);
#endif
}

// Watches one running statement. Fires when the deadline passes or the token is cancelled.
class Watchdog
{
public:
    enum class Reason { None, Timeout, Cancelled };

    Watchdog(const ConnectionSettings &settings, qint64 connectionId, MYSQL *mysql,
             std::chrono::milliseconds timeout, const CancelToken &cancel)
        : m_settings(settings)
        , m_connectionId(connectionId)
        , m_mysql(mysql)
        , m_cancel(cancel)
    {
        m_subscription = m_cancel.subscribe([this] {
            std::lock_guard lock(m_mutex);
            m_wake = true;
            m_cv.notify_all();
        });
        const auto deadline = std::chrono::steady_clock::now() + (timeout.count() > 0 ? timeout : 24h * 365);
        m_thread = std::thread([this, deadline] { run(deadline); });
    }

    ~Watchdog()
    {
        finish();
        m_cancel.unsubscribe(m_subscription);
    }

    // The statement returned. Stops the watchdog.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
            m_cv.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
    }

    Reason reason() const
    {
        std::lock_guard lock(m_mutex);
        return m_reason;
    }

private:
    void run(std::chrono::steady_clock::time_point deadline)
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait_until(lock, deadline, [this] { return m_done || m_wake; });
        if (m_done)
            return;
        m_reason = m_cancel.isCancelled() ? Reason::Cancelled : Reason::Timeout;
        lock.unlock();

        ConnectionSettings killSettings = m_settings;
        killSettings.connectTimeoutSec = 2;
        killSettings.readTimeoutSec = 3;
        OperationExecutor::killQuery(killSettings, m_connectionId);

        lock.lock();
        // A server that is stopped or unreachable cannot act on KILL: close our end of the socket so
        // the blocked read returns and no thread stays stuck.
        if (!m_cv.wait_for(lock, 1500ms, [this] { return m_done; })) {
            shutdownSocket(m_mysql);
        }
    }

    ConnectionSettings m_settings;
    qint64 m_connectionId;
    MYSQL *m_mysql;
    CancelToken m_cancel;
    int m_subscription = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false;
    bool m_wake = false;
    Reason m_reason = Reason::None;
    std::thread m_thread;
};

struct QueryResult
{
    bool ok = false;
    QString value;
    bool hasRow = false;
    MoError error;
    Watchdog::Reason killed = Watchdog::Reason::None;
};

QueryResult runWatched(const ConnectionSettings &settings, ConnectionFactory::Handle &handle, const QString &sql,
                       std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    QueryResult result;
    Watchdog watchdog(settings, handle.connectionId, mysqlHandle(handle.db), timeout, cancel);
    {
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
    return result;
}

MoError killedError(Watchdog::Reason reason, std::chrono::milliseconds timeout)
{
    if (reason == Watchdog::Reason::Cancelled)
        return MoError(MoError::Kind::Cancelled, 0, {});
    return MoError(MoError::Kind::ClientTimeout, 0, {},
                   QCoreApplication::translate("moctl::OperationExecutor", "Time limit: %1 s.").arg(double(timeout.count()) / 1000.0, 0, 'f', 1));
}

} // namespace

MoError OperationExecutor::killQuery(const ConnectionSettings &settings, qint64 connectionId)
{
    if (connectionId < 0)
        return MoError::invalidInput(QCoreApplication::translate("moctl::OperationExecutor", "No connection id to kill."));
    ScopedConnection control(settings, u"kill"_s);
    if (!control.ok())
        return control.error();
    QSqlQuery query(control.db());
    if (!query.exec(u"KILL QUERY %1"_s.arg(connectionId)))
        return MoError::fromSqlError(query.lastError());
    return {};
}

MoError OperationExecutor::resolveTableId(const ConnectionSettings &settings, TableRef &table,
                                          std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    ConnectionFactory::Handle handle = ConnectionFactory::threadConnection(settings);
    if (!handle.ok())
        return handle.error;
    QueryResult r = runWatched(settings, handle, tableIdQuery(table.database, table.table), timeout, cancel);
    if (r.killed != Watchdog::Reason::None && !r.ok) {
        ConnectionFactory::dropThreadConnection(settings);
        return killedError(r.killed, timeout);
    }
    if (!r.ok) {
        if (r.error.kind() == MoError::Kind::Connection)
            ConnectionFactory::dropThreadConnection(settings);
        return r.error;
    }
    bool ok = false;
    const quint64 id = r.value.toULongLong(&ok);
    if (!r.hasRow || !ok)
        return MoError(MoError::Kind::NotFound, 1146, u"no such table %1.%2"_s.arg(table.database, table.table),
                       QCoreApplication::translate("moctl::OperationExecutor", "(looked up in mo_catalog.mo_tables to flush by id)"));
    table.tableId = id;
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
        return finish(MoError(MoError::Kind::Cancelled, 0, {}));

    Operation op = operation;
    if (op.kind == OperationKind::Flush && !op.table.tableId && needsTableId(op.table)) {
        if (MoError e = validateName(op.table.database, QCoreApplication::translate("moctl::OperationExecutor", "database")); e.isError())
            return finish(e);
        if (MoError e = validateName(op.table.table, QCoreApplication::translate("moctl::OperationExecutor", "table")); e.isError())
            return finish(e);
        if (MoError e = resolveTableId(settings, op.table, timeout, cancel); e.isError())
            return finish(e);
    }
    const Statement statement = buildStatement(op);
    if (!statement.ok())
        return finish(statement.error);
    attempt.sql = statement.sql;

    ConnectionFactory::Handle handle = ConnectionFactory::threadConnection(settings);
    if (!handle.ok())
        return finish(handle.error);
    if (cancel.isCancelled())
        return finish(MoError(MoError::Kind::Cancelled, 0, {}));

    attempt.sent = true;
    QueryResult r = runWatched(settings, handle, statement.sql, timeout, cancel);
    if (r.ok) {
        attempt.rawReply = r.value;
        if (!r.hasRow)
            return finish(MoError(MoError::Kind::BadReply, 0, {}, QCoreApplication::translate("moctl::OperationExecutor", "the statement returned no row")));
        return finish(parseReply(r.value, op.kind));
    }
    if (r.killed != Watchdog::Reason::None) {
        // The socket may have been shut down; start afresh next time.
        if (r.error.kind() == MoError::Kind::Connection || r.error.kind() == MoError::Kind::ServerError)
            ConnectionFactory::dropThreadConnection(settings);
        return finish(killedError(r.killed, timeout));
    }
    if (r.error.kind() == MoError::Kind::Connection)
        ConnectionFactory::dropThreadConnection(settings);
    if (op.kind == OperationKind::Flush && (r.error.code() == 5026 || r.error.code() == 0)) {
        // MatrixOne answers a flush in a missing database with error code 0 ("ExpectedEOB");
        // libmariadb reports an error packet without a code as 5026 and drops the text.
        return finish(MoError(MoError::Kind::NotFound, 0, u"ExpectedEOB"_s,
                              QCoreApplication::translate("moctl::OperationExecutor",
                                                          "(database %1)").arg(op.table.database)));
    }
    return finish(r.error);
}

} // namespace moctl
