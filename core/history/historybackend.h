#pragma once

// The history store's engine layer (private to core/history): which database a store talks to, how its
// connections are opened, and the few places where SQLite and MySQL-protocol servers differ (DDL and
// migrations, transactions, busy and lost-connection errors). The store's queries are written once, in
// the SQL both engines understand (`trigger` and `sql` quoted with backticks, LIMIT with literal numbers,
// times as UTC milliseconds in 64-bit integers).

#include "historylocation.h"

#include <functional>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace moctl {

struct HistoryBackend
{
    HistoryLocation location; // Kind::SQLite: location.path is the file
    QString password; // the shared database's; kept in memory only, never written anywhere

    bool isShared() const { return location.isShared(); }
    QString path() const { return location.path; }
    // For messages: the file (native separators) or mysql://user@host:port/db.
    QString display() const { return location.display(); }
};

namespace historysql {

// The shared database's schema version (its own series, in its table schema_version; independent of
// the SQLite file's HistoryStore::SchemaVersion).
constexpr int SharedSchemaVersion = 1;

bool isMySql(const QSqlDatabase &db);
// Another writer holds the database (SQLite busy/locked; MySQL deadlock or lock wait timeout): retry.
bool isBusy(const QSqlDatabase &db, const QSqlError &error);
// The connection to a shared database was lost or could not be made (reconnect, or queue locally).
bool isConnectionError(const QSqlError &error);
bool isCorrupt(const QSqlError &error);
QString errorText(const QSqlError &error);
// " LIMIT n OFFSET m" (limit <= 0: no limit) with literal numbers, for both engines.
QString limitClause(qint64 limit, qint64 offset = 0);

// Opens the writer's connection under `name` (SQLite: the file; shared: QMYSQL with timeouts and TLS).
// False with *error when it cannot; the connection stays registered under `name` either way.
bool openWriter(const HistoryBackend &backend, const QString &name, QString *error);
// A connection for reading on the calling thread: SQLite a short-lived query-only one; shared the
// calling thread's connection (reopened once when it was lost). False when it cannot be opened.
bool withReader(const HistoryBackend &backend, const std::function<void(QSqlDatabase &)> &use);

// On the writer's connection of a shared database: creates the schema or migrates it under the
// server-wide lock GET_LOCK('moctl_history_schema'); concurrent first creation by several processes is
// safe (CREATE TABLE IF NOT EXISTS; the version row is written under the lock). Returns the version
// found before (0 = new) in *found; false with *error when it cannot, *tooNew when the database's
// version is newer than this program understands (nothing is changed then).
bool initialiseShared(QSqlDatabase &db, int *found, bool *tooNew, QString *error);

} // namespace historysql
} // namespace moctl
