#pragma once

// Shared by the bench_*.cpp files: where the stand-in server is, a setup connection, timing helpers
// and the machine-readable line scripts/bench collects:
//
//     RESULT <name> <value> <unit> <target>
//
// <target> is "<=X" (lower is better, the usual case), ">=X", or "-" (a figure without a target).
// A bench prints any number of RESULT lines; everything else it prints is for people.

#include "connection/connectionsettings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QThread>
#include <QVariant>

namespace bench {

using namespace Qt::StringLiterals;

// The stand-in scripts/bench started: $MOCTL_STANDIN_DIR/standin.env (written by scripts/standin.sh).
struct Server
{
    moctl::ConnectionSettings settings;
    QString socket;
    QString why; // empty when available
    bool ok() const { return why.isEmpty(); }
};

inline Server server()
{
    Server s;
    const QString dir = qEnvironmentVariable("MOCTL_STANDIN_DIR");
    QFile env(dir + u"/standin.env"_s);
    if (dir.isEmpty() || !env.open(QIODevice::ReadOnly)) {
        s.why = u"no stand-in: $MOCTL_STANDIN_DIR/standin.env not found (run through scripts/bench)"_s;
        return s;
    }
    QHash<QString, QString> values;
    for (const QByteArray &line : env.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(
                QString::fromUtf8(line.left(eq)).trimmed(), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    s.settings.host = values.value(u"MOCTL_STANDIN_HOST"_s, u"127.0.0.1"_s);
    s.settings.port = values.value(u"MOCTL_STANDIN_PORT"_s).toInt();
    s.settings.user = values.value(u"MOCTL_STANDIN_USER"_s, u"sys:root"_s);
    s.settings.password = values.value(u"MOCTL_STANDIN_PASSWORD"_s, u"111"_s);
    s.settings.database = qEnvironmentVariable("MOCTL_BENCH_DATABASE"); // normally empty
    s.settings.connectTimeoutSec = 5;
    s.socket = values.value(u"MOCTL_STANDIN_SOCKET"_s);
    if (s.settings.port <= 0)
        s.why = u"standin.env has no port"_s;
    return s;
}

// A setup connection of the calling thread (CREATE TABLE, switches). Not the connections measured.
inline QSqlDatabase admin(const Server &s)
{
    const QString name = u"bench-admin-%1"_s.arg(quintptr(QThread::currentThreadId()));
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(u"QMYSQL"_s, name);
        db.setHostName(s.settings.host);
        db.setPort(s.settings.port);
        db.setUserName(s.settings.user);
        db.setPassword(s.settings.password);
        db.setDatabaseName(s.settings.database);
        db.setConnectOptions(u"MYSQL_OPT_CONNECT_TIMEOUT=5;MYSQL_OPT_READ_TIMEOUT=120"_s);
    }
    if (!db.isOpen())
        db.open();
    return db;
}

inline bool exec(const Server &s, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(admin(s));
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    std::fprintf(stderr, "bench: %s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

// A stand-in switch: latency_ms, hang, deny, server_timeout, notok.
inline bool setSwitch(const Server &s, const QString &name, int value)
{
    return exec(s, u"SELECT mo_standin_set('%1', %2)"_s.arg(name).arg(value));
}

// The stand-in writes every statement to its general log (a test aid); a benchmark measures without it.
// Call once after connecting; scripts/bench starts a server of its own, so nothing is restored.
inline bool quietServer(const Server &s)
{
    return exec(s, u"SET GLOBAL general_log = 0"_s);
}

// Creates `database` with `count` tables t0000, t0001, ... (kept if they exist). Returns false on error.
inline bool createTables(const Server &s, const QString &database, int count)
{
    if (!exec(s, u"CREATE DATABASE IF NOT EXISTS `%1`"_s.arg(database)))
        return false;
    for (int i = 0; i < count; ++i) {
        if (!exec(s,
                u"CREATE TABLE IF NOT EXISTS `%1`.`t%2` (id INT PRIMARY KEY, v VARCHAR(32))"_s.arg(database)
                    .arg(i, 4, 10, QLatin1Char('0'))))
            return false;
    }
    return true;
}

inline QString tableName(int i)
{
    return u"t%1"_s.arg(i, 4, 10, QLatin1Char('0'));
}

inline void result(const char *name, double value, const char *unit, const char *target)
{
    std::printf("RESULT %s %.3f %s %s\n", name, value, unit, target);
    std::fflush(stdout);
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// The p-th percentile (0..100) by nearest rank.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank
        = qBound<qsizetype>(1, qsizetype(std::ceil(p / 100.0 * double(values.size()))), values.size());
    return values.at(rank - 1);
}

// CPU time of this process (all threads), in ms.
inline double processCpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// Repetitions: $MOCTL_BENCH_REPS or the default.
inline int repetitions(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("MOCTL_BENCH_REPS", &ok);
    return ok && n > 0 ? n : fallback;
}

} // namespace bench
