#pragma once

#include "connection/connectionsettings.h"

#include <QSqlDatabase>
#include <QString>

// The server integration tests talk to: the MariaDB stand-in started by the ctest fixture
// ($MOCTL_STANDIN_DIR/standin.env), or a real MatrixOne named by MOCTL_TEST_DSN
// (mysql://user:password@host:port). Switches only exist on the stand-in.
class TestServer
{
public:
    static TestServer &instance();

    bool isAvailable() const { return m_available; }
    bool isStandin() const { return m_standin; }
    QString whyUnavailable() const { return m_why; }
    // sys:root / 111 on the stand-in.
    moctl::ConnectionSettings settings() const { return m_settings; }
    QString directory() const { return m_dir; }
    QString socket() const { return m_socket; }
    qint64 pid() const { return m_pid; }
    QString generalLog() const { return m_generalLog; }

    // Stand-in switches (latency_ms, hang, deny, server_timeout, notok). Returns false on failure.
    bool setSwitch(const QString &name, int value);
    bool reset();
    int stat(const QString &name);
    // Runs SQL on the admin connection of the calling thread (test setup: CREATE TABLE ...).
    bool exec(const QString &sql, QString *error = nullptr);
    QVariant scalar(const QString &sql);
    // Re-reads standin.env (after the server was restarted) and drops the admin connection.
    void reload();
    // Stand-in only: kill -9 the server, start it again on the same port and data.
    bool restart(QString *error = nullptr);

private:
    TestServer();
    void load();
    QSqlDatabase admin();

    bool m_available = false;
    bool m_standin = false;
    QString m_why;
    moctl::ConnectionSettings m_settings;
    QString m_dir;
    QString m_socket;
    qint64 m_pid = 0;
    QString m_generalLog;
};

// Whether a missing test server (or stand-in, or moctl) fails the test instead of skipping it: on CI
// (CI=true). A run against a real server named on purpose (MOCTL_TEST_DSN) still skips the stand-in-only
// tests.
bool missingServerFails();

// In a test function: skips what cannot run here; on CI (CI=true) fails instead, so nothing that
// should have run is silently left out.
#define SKIP_OR_FAIL_ON_CI(why)                                                                              \
    do {                                                                                                     \
        if (missingServerFails())                                                                            \
            QFAIL(qPrintable(QStringLiteral("CI=true, so this may not be skipped: ") + (why)));              \
        QSKIP(qPrintable(why));                                                                              \
    } while (false)

// In a test function: skips when no server is available (fails on CI).
#define REQUIRE_SERVER()                                                                                     \
    do {                                                                                                     \
        if (!TestServer::instance().isAvailable())                                                           \
            SKIP_OR_FAIL_ON_CI(TestServer::instance().whyUnavailable());                                     \
    } while (false)
#define REQUIRE_STANDIN()                                                                                    \
    do {                                                                                                     \
        REQUIRE_SERVER();                                                                                    \
        if (!TestServer::instance().isStandin()) {                                                           \
            if (qEnvironmentVariableIsEmpty("MOCTL_TEST_DSN"))                                               \
                SKIP_OR_FAIL_ON_CI(QStringLiteral("needs the stand-in's switches"));                         \
            QSKIP("needs the stand-in's switches (MOCTL_TEST_DSN names a real server)");                     \
        }                                                                                                    \
    } while (false)
