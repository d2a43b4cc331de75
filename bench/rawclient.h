#pragma once

// The raw client baseline: libmariadb's C API on one connection, one statement after another, each
// reply read completely. No Qt in the measured loop.

#include "connection/connectionsettings.h"

#include <cstdio>
#include <cstring>
#include <mysql.h>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

namespace bench {

struct RawLoopResult
{
    double wallMs = 0; // connect + every statement + close
    double loopMs = 0; // the statements only
    int ok = 0; // replies whose first column says "OK"
    int failed = 0;
    QByteArray firstError;
};

inline RawLoopResult rawSequentialLoop(
    const moctl::ConnectionSettings &settings, const QList<QByteArray> &statements)
{
    RawLoopResult r;
    QElapsedTimer wall;
    wall.start();
    MYSQL *mysql = mysql_init(nullptr);
    const unsigned int timeout = 5;
    mysql_options(mysql, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
    const QByteArray host = settings.host.toUtf8();
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray database = settings.database.toUtf8();
    if (!mysql_real_connect(mysql, host.constData(), user.constData(), password.constData(),
            database.isEmpty() ? nullptr : database.constData(), uint(settings.port), nullptr, 0)) {
        r.firstError = mysql_error(mysql);
        r.failed = int(statements.size());
        mysql_close(mysql);
        return r;
    }
    QElapsedTimer loop;
    loop.start();
    for (const QByteArray &sql : statements) {
        if (mysql_real_query(mysql, sql.constData(), (unsigned long)sql.size()) != 0) {
            if (r.firstError.isEmpty())
                r.firstError = mysql_error(mysql);
            ++r.failed;
            continue;
        }
        MYSQL_RES *res = mysql_store_result(mysql);
        MYSQL_ROW row = res ? mysql_fetch_row(res) : nullptr;
        if (row && row[0] && std::strstr(row[0], "\"OK\""))
            ++r.ok;
        else
            ++r.failed;
        if (res)
            mysql_free_result(res);
    }
    r.loopMs = double(loop.nsecsElapsed()) / 1e6;
    mysql_close(mysql);
    r.wallMs = double(wall.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace bench
