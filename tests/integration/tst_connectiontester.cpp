// "Test connection" against the stand-in: a good profile, a wrong password, a closed port, an unknown
// host, TLS required but not offered, and a non-privileged tenant user (acc1:alice).
#include "connection/connectiontester.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestConnectionTester : public QObject
{
    Q_OBJECT

    static int closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

private Q_SLOTS:
    void okAsSysRoot()
    {
        REQUIRE_SERVER();
        const ConnectionTestResult r = ConnectionTester::run(TestServer::instance().settings());
        QVERIFY2(r.ok(), qPrintable(r.failureMessage()));
        QCOMPARE(r.failure, ConnectionTestResult::Failure::None);
        if (TestServer::instance().isStandin()) {
            QVERIFY2(r.serverVersion.contains(u"MatrixOne"_s), qPrintable(r.serverVersion));
            QVERIFY(r.isMatrixOne);
            QVERIFY2(r.currentUser.startsWith(u"sys:root"_s), qPrintable(r.currentUser));
            QCOMPARE(r.account, u"sys"_s);
            QCOMPARE(r.user, u"root"_s);
            QVERIFY(r.role.isEmpty());
            QCOMPARE(r.privilege, ConnectionTestResult::Privilege::Probably);
        }
        QVERIFY(r.roundTripMs >= 0);
        QVERIFY(r.connectMs >= 0);
        const QString summary = r.summaryLines().join(u'\n');
        QVERIFY(summary.contains(r.serverVersion));
        QVERIFY(summary.contains(u"mo_ctl"_s));
    }

    // The test names what the server's version cannot do, or says the version is unknown.
    void reportsWhatTheVersionLacks()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().exec(u"SELECT mo_standin_set_str('version', '1.1.0')"_s));
        ConnectionTestResult r = ConnectionTester::run(TestServer::instance().settings());
        QCOMPARE(r.serverVersion, u"8.0.30-MatrixOne-v1.1.0"_s);
        QString summary = r.summaryLines().join(u'\n');
        QVERIFY2(summary.contains(u"MatrixOne v1.1.0 cannot"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"table id (since v1.2.1)"_s));
        QVERIFY(summary.contains(u"global checkpoint (since v1.1.2)"_s));
        QVERIFY(TestServer::instance().exec(
            u"SELECT mo_standin_set_str('version_string', '8.0.30-MatrixOne-v')"_s));
        r = ConnectionTester::run(TestServer::instance().settings());
        summary = r.summaryLines().join(u'\n');
        QVERIFY2(summary.contains(u"version unknown"_s), qPrintable(summary));
        TestServer::instance().reset(); // the start-up version again
        r = ConnectionTester::run(TestServer::instance().settings());
        summary = r.summaryLines().join(u'\n');
        QVERIFY(!summary.contains(u"cannot"_s));
        QVERIFY(!summary.contains(u"unknown"_s));
    }

    void probeSendsNoMoCtl()
    {
        REQUIRE_STANDIN();
        TestServer::instance().reset();
        QVERIFY(ConnectionTester::run(TestServer::instance().settings()).ok());
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 0); // never a real operation as a probe
    }

    void wrongPassword()
    {
        REQUIRE_STANDIN();
        ConnectionSettings s = TestServer::instance().settings();
        s.password = u"wrong"_s;
        const ConnectionTestResult r = ConnectionTester::run(s);
        QCOMPARE(r.failure, ConnectionTestResult::Failure::Authentication);
        QCOMPARE(r.error.kind(), MoError::Kind::Authentication);
        QVERIFY(r.failureMessage().contains(u"password"_s));
        QVERIFY(!r.failureMessage().contains(u"wrong"_s)); // the password itself is never shown
    }

    void closedPortIsRefused()
    {
        ConnectionSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = closedPort();
        s.connectTimeoutSec = 5;
        const ConnectionTestResult r = ConnectionTester::run(s);
        QCOMPARE(r.failure, ConnectionTestResult::Failure::Refused);
        QVERIFY(r.failureMessage().contains(u"refused"_s));
    }

    void silentServerTimesOut()
    {
        // Accepts the TCP connection (kernel backlog) but never sends the handshake.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = silent.serverPort();
        s.connectTimeoutSec = 1;
        const ConnectionTestResult r = ConnectionTester::run(s);
        QCOMPARE(r.failure, ConnectionTestResult::Failure::Timeout);
        QVERIFY(r.failureMessage().contains(u"timeout"_s));
    }

    void unknownHost()
    {
        ConnectionSettings s;
        s.host = u"no-such-host.invalid"_s;
        s.connectTimeoutSec = 5;
        const ConnectionTestResult r = ConnectionTester::run(s);
        QCOMPARE(r.failure, ConnectionTestResult::Failure::HostNotFound);
        QVERIFY(r.failureMessage().contains(u"DNS"_s));
    }

    void tlsRequiredButNotOffered()
    {
        REQUIRE_STANDIN();
        ConnectionSettings s = TestServer::instance().settings();
        s.tlsMode = ConnectionSettings::TlsMode::Required;
        const ConnectionTestResult r = ConnectionTester::run(s);
        if (r.ok())
            QSKIP("this stand-in offers TLS");
        QCOMPARE(r.failure, ConnectionTestResult::Failure::Tls);
        QVERIFY(r.failureMessage().contains(u"TLS"_s));
    }

    void nonPrivilegedTenantUser()
    {
        REQUIRE_STANDIN();
        ConnectionSettings s = TestServer::instance().settings();
        s.user = u"acc1:alice"_s;
        s.password = u"alice"_s;
        const ConnectionTestResult r = ConnectionTester::run(s);
        QVERIFY2(r.ok(), qPrintable(r.failureMessage()));
        QCOMPARE(r.account, u"acc1"_s);
        QCOMPARE(r.user, u"alice"_s);
        QVERIFY2(r.currentUser.startsWith(u"acc1:alice"_s), qPrintable(r.currentUser));
        QCOMPARE(r.privilege, ConnectionTestResult::Privilege::No);
        QVERIFY(r.privilegeText().contains(u"acc1"_s));
    }

    void privilegeGuess_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("expected");
        using P = ConnectionTestResult::Privilege;
        QTest::newRow("plain user") << u""_s << u""_s << int(P::Probably);
        QTest::newRow("sys") << u"sys"_s << u""_s << int(P::Probably);
        QTest::newRow("sys moadmin") << u"sys"_s << u"moadmin"_s << int(P::Yes);
        QTest::newRow("SYS MOADMIN") << u"SYS"_s << u"MOADMIN"_s << int(P::Yes);
        QTest::newRow("sys other role") << u"sys"_s << u"reader"_s << int(P::ProbablyNot);
        QTest::newRow("tenant") << u"acc1"_s << u"moadmin"_s << int(P::No);
    }
    void privilegeGuess()
    {
        QFETCH(QString, account);
        QFETCH(QString, role);
        QFETCH(int, expected);
        QCOMPARE(int(ConnectionTester::guessPrivilege(account, role)), expected);
    }

    void runsInTheBackground()
    {
        REQUIRE_SERVER();
        ConnectionTester tester;
        QSignalSpy started(&tester, &ConnectionTester::started);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(TestServer::instance().settings());
        QCOMPARE(started.count(), 1);
        QCOMPARE(finished.count(), 0); // start() returned before the test ran
        QVERIFY(finished.wait(30000));
        const auto r = finished.first().first().value<ConnectionTestResult>();
        QVERIFY2(r.ok(), qPrintable(r.failureMessage()));
        QVERIFY(!tester.isRunning());
    }

    void destroyedWhileRunning()
    {
        // Closing the dialog while a test runs must neither block nor crash: a server that accepts the
        // connection and never greets keeps the test running for its whole connect timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = silent.serverPort();
        s.connectTimeoutSec = 3;
        s.readTimeoutSec = 3;
        QElapsedTimer clock;
        {
            ConnectionTester tester;
            tester.start(s);
            QVERIFY(tester.isRunning());
            QTest::qWait(200); // the worker is in the connect by now
            QVERIFY(tester.isRunning());
            clock.start();
        }
        // The destructor did not wait for the connect timeout.
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        // The abandoned test ends by itself (its result dropped, nothing delivered to the dead tester)
        // and the next one still runs and reports.
        ConnectionTester next;
        QSignalSpy finished(&next, &ConnectionTester::finished);
        ConnectionSettings closed;
        closed.host = u"127.0.0.1"_s;
        closed.port = closedPort();
        next.start(closed);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<ConnectionTestResult>().failure,
            ConnectionTestResult::Failure::Refused);
        QTest::qWait(s.connectTimeoutSec * 1000); // no crash when the abandoned one ends
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
