#include "historybackend.h"

#include "connection/connectionfactory.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moctl::historysql {

namespace {

QAtomicInteger<quint64> s_readers;

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADb = 26;

int nativeCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

// The shared database's schema: index i brings it from version i to i + 1. Frozen once shipped. Every
// statement may run twice (two processes creating the database at once, or a step interrupted): IF NOT
// EXISTS everywhere. The TEXT columns have no DEFAULT (MySQL before 8.0.13 allows none): every INSERT
// names them.
const QList<QStringList> &sharedMigrations()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: the SQLite schema 4 plus fleet_id (SQLite 5), with 64-bit AUTO_INCREMENT ids
        {
            u"CREATE TABLE IF NOT EXISTS runs ("
            " id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
            " profile_id VARCHAR(255) NOT NULL DEFAULT '', profile_name TEXT NOT NULL,"
            " plan_id VARCHAR(255) NOT NULL DEFAULT '', plan_name TEXT NOT NULL,"
            " `trigger` VARCHAR(32) NOT NULL, started BIGINT NOT NULL, finished BIGINT NULL,"
            " status VARCHAR(32) NOT NULL, operations INT NOT NULL DEFAULT 0,"
            " ok INT NOT NULL DEFAULT 0, failed INT NOT NULL DEFAULT 0, timed_out INT NOT NULL DEFAULT 0,"
            " cancelled INT NOT NULL DEFAULT 0, skipped INT NOT NULL DEFAULT 0,"
            " host VARCHAR(255) NOT NULL DEFAULT '', pid BIGINT NOT NULL DEFAULT 0, error TEXT NOT NULL,"
            " server TEXT NOT NULL, writer VARCHAR(255) NOT NULL DEFAULT '', server_version TEXT NOT NULL,"
            " fleet_id VARCHAR(64) NULL,"
            " INDEX runs_started (started, id), INDEX runs_profile (profile_id, started),"
            " INDEX runs_plan (plan_id, started), INDEX runs_status (status, started),"
            " INDEX runs_fleet (fleet_id))"
            " DEFAULT CHARSET = utf8mb4"_s,
            u"CREATE TABLE IF NOT EXISTS outcomes ("
            " id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, run_id BIGINT NOT NULL,"
            " step INT NOT NULL, op_index INT NOT NULL, operation VARCHAR(64) NOT NULL,"
            " target VARCHAR(512) NOT NULL DEFAULT '', `sql` TEXT NOT NULL, attempts INT NOT NULL DEFAULT 0,"
            " started BIGINT NOT NULL, duration_ms BIGINT NOT NULL DEFAULT 0, status VARCHAR(32) NOT NULL,"
            " error_kind VARCHAR(64) NOT NULL DEFAULT '', code INT NOT NULL DEFAULT 0,"
            " message TEXT NOT NULL, raw_reply MEDIUMTEXT NOT NULL, server_message TEXT NOT NULL,"
            " detail TEXT NOT NULL, table_rows BIGINT NULL, table_bytes BIGINT NULL,"
            " UNIQUE INDEX outcomes_run (run_id, op_index), INDEX outcomes_target (target, run_id))"
            " DEFAULT CHARSET = utf8mb4"_s,
            u"CREATE TABLE IF NOT EXISTS events ("
            " id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, at BIGINT NOT NULL, kind VARCHAR(64) NOT NULL,"
            " plan_id VARCHAR(255) NOT NULL DEFAULT '', plan_name TEXT NOT NULL, message TEXT NOT NULL,"
            " host VARCHAR(255) NOT NULL DEFAULT '', pid BIGINT NOT NULL DEFAULT 0,"
            " INDEX events_at (at), INDEX events_plan (plan_id, at))"
            " DEFAULT CHARSET = utf8mb4"_s,
        },
    };
    static_assert(SharedSchemaVersion == 1, "add the migration step of the new version above");
    return steps;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("moctl::HistoryStore", text);
}

} // namespace

bool isMySql(const QSqlDatabase &db)
{
    return db.driverName() == u"QMYSQL"_s;
}

bool isBusy(const QSqlDatabase &db, const QSqlError &error)
{
    const int code = nativeCode(error);
    if (isMySql(db))
        return code == 1213 || code == 1205; // deadlock found; lock wait timeout exceeded
    return code >= 0 ? ((code & 0xff) == SqliteBusy || (code & 0xff) == SqliteLocked)
                     : error.databaseText().contains(u"database is locked"_s, Qt::CaseInsensitive);
}

bool isConnectionError(const QSqlError &error)
{
    switch (nativeCode(error)) {
    case 2002: // can't connect through socket
    case 2003: // can't connect to server
    case 2005: // unknown host
    case 2006: // server has gone away
    case 2013: // lost connection during query
    case 2055: // lost connection at '%s', system error
    case 4031: // disconnected by the server because of inactivity
        return true;
    default:
        return error.type() == QSqlError::ConnectionError;
    }
}

bool isCorrupt(const QSqlError &error)
{
    const int code = nativeCode(error) & 0xff;
    return code == SqliteCorrupt || code == SqliteNotADb
        || error.databaseText().contains(u"not a database"_s, Qt::CaseInsensitive)
        || error.databaseText().contains(u"malformed"_s, Qt::CaseInsensitive);
}

QString errorText(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return text;
}

QString limitClause(qint64 limit, qint64 offset)
{
    // MySQL has no "LIMIT -1": the largest signed value means "all" to both engines.
    QString sql = u" LIMIT %1"_s.arg(limit > 0 ? limit : std::numeric_limits<qint64>::max());
    if (offset > 0)
        sql += u" OFFSET %1"_s.arg(offset);
    return sql;
}

bool openWriter(const HistoryBackend &backend, const QString &name, QString *error)
{
    if (backend.isShared()) {
        if (QSqlDatabase::contains(name))
            QSqlDatabase::removeDatabase(name);
        if (openSharedHistoryConnection(backend.location, backend.password, name, error))
            return true;
        // Registered closed with everything needed to open it later (the writer reconnects).
        const ConnectionSettings settings = backend.location.connectionSettings(backend.password);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QMYSQL"_s, name);
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        db.setDatabaseName(settings.database);
        db.setConnectOptions(settings.connectOptions());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(backend.path());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (db.open())
        return true;
    if (error)
        *error = errorText(db.lastError());
    return false;
}

bool withReader(const HistoryBackend &backend, const std::function<void(QSqlDatabase &)> &use)
{
    if (backend.isShared()) {
        const ConnectionSettings settings = backend.location.connectionSettings(backend.password);
        ConnectionFactory::Handle handle = ConnectionFactory::threadConnection(settings);
        if (handle.ok()) {
            // A thread's connection may have been closed by the server since its last use (wait_timeout).
            QSqlQuery ping(handle.db);
            if (!ping.exec(u"SELECT 1"_s) && isConnectionError(ping.lastError())) {
                ping = QSqlQuery();
                ConnectionFactory::dropThreadConnection(settings);
                handle = ConnectionFactory::threadConnection(settings);
            }
        }
        if (!handle.ok())
            return false;
        use(handle.db);
        return true;
    }
    if (backend.path().isEmpty() || !QFileInfo::exists(backend.path()))
        return false;
    const QString name = u"moctl-history-read-%1"_s.arg(s_readers.fetchAndAddRelaxed(1));
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(backend.path());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            opened = true;
            QSqlQuery q(db);
            q.exec(u"PRAGMA busy_timeout = 5000"_s);
            q.exec(u"PRAGMA foreign_keys = ON"_s);
            q.exec(u"PRAGMA query_only = 1"_s);
            use(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

bool initialiseShared(QSqlDatabase &db, int *found, bool *tooNew, QString *error)
{
    *found = 0;
    *tooNew = false;
    const auto fail = [error](const QString &what, const QSqlError &e) {
        if (error)
            *error = what + u' ' + errorText(e);
        return false;
    };
    QSqlQuery q(db);
    // One process at a time creates or migrates (others wait here up to 30 s, then check the version).
    // A server without GET_LOCK still works: every step is idempotent.
    bool locked = false;
    if (q.exec(u"SELECT GET_LOCK('moctl_history_schema', 30)"_s) && q.next())
        locked = q.value(0).toInt() == 1;
    q.finish();
    const auto release = [&] {
        if (locked)
            QSqlQuery(db).exec(u"SELECT RELEASE_LOCK('moctl_history_schema')"_s);
    };
    if (!q.exec(
            u"CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL, applied BIGINT NOT NULL)"_s)) {
        release();
        return fail(tr("Cannot create the history tables in the shared database."), q.lastError());
    }
    if (!q.exec(u"SELECT MAX(version) FROM schema_version"_s) || !q.next()) {
        release();
        return fail(tr("Cannot read the shared history's schema version."), q.lastError());
    }
    const int version = q.value(0).isNull() ? 0 : q.value(0).toInt();
    q.finish();
    *found = version;
    if (version > SharedSchemaVersion) {
        release();
        *tooNew = true;
        if (error)
            *error
                = tr("The shared history was created by a newer version of MOCTL Studio (shared schema %1; "
                     "this version understands up to %2). Nothing was changed: upgrade MOCTL Studio on "
                     "this machine.")
                      .arg(version)
                      .arg(SharedSchemaVersion);
        return false;
    }
    for (int v = version; v < SharedSchemaVersion; ++v) {
        for (const QString &sql : sharedMigrations().at(v)) {
            if (!q.exec(sql)) {
                const QSqlError e = q.lastError();
                release();
                return fail(tr("Cannot create the history tables in the shared database."), e);
            }
        }
        q.prepare(u"INSERT INTO schema_version (version, applied) VALUES (?, ?)"_s);
        q.addBindValue(v + 1);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec()) {
            const QSqlError e = q.lastError();
            release();
            return fail(tr("Cannot record the shared history's schema version."), e);
        }
    }
    release();
    return true;
}

} // namespace moctl::historysql
