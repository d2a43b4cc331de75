#include "testserver.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

TestServer &TestServer::instance()
{
    static TestServer server;
    return server;
}

TestServer::TestServer()
{
    load();
}

void TestServer::load()
{
    const QString dsn = qEnvironmentVariable("MOCTL_TEST_DSN");
    if (!dsn.isEmpty()) {
        const QUrl url(dsn);
        m_settings.host = url.host();
        m_settings.port = url.port(6001);
        m_settings.user = url.userName(QUrl::FullyDecoded);
        m_settings.password = url.password(QUrl::FullyDecoded);
        m_available = url.isValid() && !m_settings.host.isEmpty();
        m_why = u"MOCTL_TEST_DSN is not a valid mysql:// URL"_s;
        return;
    }
    m_dir = qEnvironmentVariable("MOCTL_STANDIN_DIR");
    QFile env(m_dir + u"/standin.env"_s);
    if (m_dir.isEmpty() || !env.open(QIODevice::ReadOnly)) {
        m_why = u"no stand-in server: $MOCTL_STANDIN_DIR/standin.env not found (run through ctest)"_s;
        return;
    }
    QHash<QString, QString> values;
    for (const QByteArray &line : env.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            values.insert(
                QString::fromUtf8(line.left(eq)).trimmed(), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    m_settings.host = values.value(u"MOCTL_STANDIN_HOST"_s, u"127.0.0.1"_s);
    m_settings.port = values.value(u"MOCTL_STANDIN_PORT"_s).toInt();
    m_settings.user = values.value(u"MOCTL_STANDIN_USER"_s, u"sys:root"_s);
    m_settings.password = values.value(u"MOCTL_STANDIN_PASSWORD"_s, u"111"_s);
    m_settings.connectTimeoutSec = 5;
    m_socket = values.value(u"MOCTL_STANDIN_SOCKET"_s);
    m_pid = values.value(u"MOCTL_STANDIN_PID"_s).toLongLong();
    m_generalLog = values.value(u"MOCTL_STANDIN_GENERAL_LOG"_s);
    m_standin = true;
    m_available = m_settings.port > 0;
    m_why = u"standin.env has no port"_s;
}

QSqlDatabase TestServer::admin()
{
    const QString name = u"testserver-admin-%1"_s.arg(quintptr(QThread::currentThreadId()));
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(u"QMYSQL"_s, name);
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        db.setConnectOptions(u"MYSQL_OPT_CONNECT_TIMEOUT=5;MYSQL_OPT_READ_TIMEOUT=60"_s);
    }
    if (!db.isOpen() || !QSqlQuery(db).exec(u"SELECT 1"_s)) {
        db.close();
        db.open();
    }
    return db;
}

bool TestServer::exec(const QString &sql, QString *error)
{
    QSqlQuery query(admin());
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QVariant TestServer::scalar(const QString &sql)
{
    QSqlQuery query(admin());
    if (query.exec(sql) && query.next())
        return query.value(0);
    return {};
}

bool TestServer::setSwitch(const QString &name, int value)
{
    if (!m_standin)
        return false;
    return exec(u"SELECT mo_standin_set('%1', %2)"_s.arg(name).arg(value));
}

bool TestServer::reset()
{
    if (!m_standin)
        return true;
    return exec(u"SELECT mo_standin_reset()"_s);
}

int TestServer::stat(const QString &name)
{
    return scalar(u"SELECT mo_standin_stat('%1')"_s.arg(name)).toInt();
}

void TestServer::reload()
{
    const QString name = u"testserver-admin-%1"_s.arg(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    load();
}

bool TestServer::restart(QString *error)
{
    if (!m_standin)
        return false;
    const int port = m_settings.port;
    QProcess::execute(u"kill"_s, { u"-CONT"_s, QString::number(m_pid) });
    QProcess::execute(u"kill"_s, { u"-KILL"_s, QString::number(m_pid) });
    QProcess start;
    start.setProcessChannelMode(QProcess::MergedChannels);
    start.start(QStringLiteral(MOCTL_SOURCE_DIR) + u"/scripts/standin.sh"_s,
        { u"start"_s, u"--dir"_s, m_dir, u"--port"_s, QString::number(port), u"--seed"_s, u"test"_s,
            u"--plugin-dir"_s, QStringLiteral(MOCTL_BINARY_DIR) + u"/standin/plugin"_s });
    const bool ok = start.waitForFinished(120000) && start.exitCode() == 0;
    if (!ok && error)
        *error = QString::fromUtf8(start.readAll());
    reload();
    return ok && m_settings.port == port;
}

bool missingServerFails()
{
    return qEnvironmentVariable("CI").compare(u"true"_s, Qt::CaseInsensitive) == 0;
}
