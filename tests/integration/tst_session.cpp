// The session (core/connection/session.h) against the stand-in: Connecting, then Connected with the
// server's version after a round-trip, Failed with a wrong password, a new password verified again,
// Disconnected forgets the password; the round-trip never runs on the caller's thread.
#include "connection/secretstore.h"
#include "connection/session.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestSession : public QObject
{
    Q_OBJECT

    static ConnectionProfile standinProfile()
    {
        const ConnectionSettings s = TestServer::instance().settings();
        ConnectionProfile p;
        p.name = u"stand-in"_s;
        p.colour = u"#d64545"_s;
        p.host = s.host;
        p.port = s.port;
        p.setUserName(s.user);
        p.tlsMode = s.tlsMode;
        p.connectTimeoutSec = 5;
        return p;
    }

    static QList<Session::State> states(const QSignalSpy &spy)
    {
        QList<Session::State> list;
        for (const QList<QVariant> &args : spy)
            list << args.first().value<Session::State>();
        return list;
    }

private Q_SLOTS:
    void startsDisconnected()
    {
        Session session;
        QCOMPARE(session.state(), Session::State::Disconnected);
        QVERIFY(!session.profile());
        QVERIFY(!session.settings());
        QVERIFY(session.serverVersion().isEmpty());
    }

    void goodPasswordConnects()
    {
        REQUIRE_SERVER();
        Session session;
        QSignalSpy changed(&session, &Session::stateChanged);
        QSignalSpy profile(&session, &Session::profileChanged);
        session.connectTo(standinProfile(), TestServer::instance().settings().password);
        // The round-trip runs on a worker thread: the call returned before it was done.
        QCOMPARE(session.state(), Session::State::Connecting);
        QCOMPARE(profile.size(), 1);
        QCOMPARE(session.profileName(), u"stand-in"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Connected, 15000);
        QCOMPARE(states(changed),
            (QList<Session::State> { Session::State::Connecting, Session::State::Connected }));
        QVERIFY2(session.serverVersion().contains(u"MatrixOne"_s) || !TestServer::instance().isStandin(),
            qPrintable(session.serverVersion()));
        QVERIFY(!session.serverVersion().isEmpty());
        QCOMPARE(session.serverVersion(), session.lastResult()->serverVersion);
        QVERIFY(session.errorString().isEmpty());
        const auto settings = session.settings();
        QVERIFY(settings);
        QCOMPARE(settings->password, TestServer::instance().settings().password);
        QCOMPARE(settings->port, TestServer::instance().settings().port);
    }

    void wrongPasswordFails()
    {
        REQUIRE_STANDIN();
        Session session;
        QSignalSpy changed(&session, &Session::stateChanged);
        session.connectTo(standinProfile(), u"not-the-password"_s);
        QCOMPARE(session.state(), Session::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Failed, 15000);
        QCOMPARE(
            states(changed), (QList<Session::State> { Session::State::Connecting, Session::State::Failed }));
        QCOMPARE(session.lastResult()->failure, ConnectionTestResult::Failure::Authentication);
        QVERIFY(!session.errorString().isEmpty());
        QVERIFY(session.serverVersion().isEmpty());
        QCOMPARE(session.profileName(), u"stand-in"_s); // the profile stays: a new password may follow
        // The refused password is forgotten: nothing runs with it, the next Connect asks again.
        QVERIFY(!session.hasPassword());
        QVERIFY(!session.settings());
        QVERIFY(session.passwordRefused());

        // The right password: verified again, connected.
        session.providePassword(TestServer::instance().settings().password);
        QCOMPARE(session.state(), Session::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Connected, 15000);
        QVERIFY(!session.serverVersion().isEmpty());
        QVERIFY(session.errorString().isEmpty());

        QVERIFY(!session.passwordRefused());

        // And a wrong one again (edited in the profile editor): Failed, and forgotten again.
        session.providePassword(u"wrong-again"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Failed, 15000);
        QVERIFY(!session.hasPassword());
        QVERIFY(session.passwordRefused());
    }

    void noPasswordGivenFails()
    {
        Session session;
        session.connectTo(standinProfile()); // waiting for the password (keychain, prompt)
        QCOMPARE(session.state(), Session::State::Connecting);
        QVERIFY(!session.hasPassword());
        QVERIFY(!session.settings());
        session.fail(u"No password given"_s);
        QCOMPARE(session.state(), Session::State::Failed);
        QCOMPARE(session.errorString(), u"No password given"_s);
    }

    void disconnectForgets()
    {
        REQUIRE_SERVER();
        Session session;
        session.connectTo(standinProfile(), TestServer::instance().settings().password);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Connected, 15000);
        QSignalSpy profile(&session, &Session::profileChanged);
        session.disconnect();
        QCOMPARE(session.state(), Session::State::Disconnected);
        QCOMPARE(profile.size(), 1);
        QVERIFY(!session.profile());
        QVERIFY(!session.hasPassword());
        QVERIFY(session.serverVersion().isEmpty());
    }

    void abandonedRoundTripIsIgnored()
    {
        // A server that never greets: the round-trip is still going when the operator disconnects;
        // its late answer changes nothing.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionProfile p;
        p.name = u"silent"_s;
        p.host = u"127.0.0.1"_s;
        p.port = silent.serverPort();
        p.connectTimeoutSec = 2;
        p.readTimeoutSec = 2;
        Session session;
        QElapsedTimer clock;
        clock.start();
        session.connectTo(p, u"x"_s);
        QVERIFY2(clock.elapsed() < 500, "connectTo() waited for the server"); // never on the caller's thread
        QCOMPARE(session.state(), Session::State::Connecting);
        session.disconnect();
        QSignalSpy changed(&session, &Session::stateChanged);
        QTest::qWait(4000);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(session.state(), Session::State::Disconnected);
    }

    void passwordForUnattendedRuns()
    {
        // The session's password first, then the one kept for this session, else why not.
        ConnectionProfile p = standinProfile();
        ConnectionProfile other = standinProfile();
        other.name = u"other"_s;
        Session session;
        session.connectTo(p);
        session.fail(u"not verified here"_s);
        MemorySecretStore kept;
        QObject context;
        std::optional<QString> password;
        QString error;
        bool answered = false;
        const auto ask = [&](const ConnectionProfile &profile) {
            answered = false;
            findProfilePassword(profile, &session, &kept, nullptr, &context,
                [&](const std::optional<QString> &pw, const QString &why) {
                    password = pw;
                    error = why;
                    answered = true;
                });
            QVERIFY(!answered); // always later, never inside the call
            QTRY_VERIFY(answered);
        };
        ask(other);
        QVERIFY(!password);
        QVERIFY(error.contains(u"other"_s));
        QVERIFY(kept.writeBlocking(other.idString(), u"kept-pw"_s).ok());
        ask(other);
        QCOMPARE(password, std::optional<QString>(u"kept-pw"_s));
        QVERIFY(error.isEmpty());
        session.providePassword(u"session-pw"_s);
        QVERIFY(kept.writeBlocking(p.idString(), u"older-kept-pw"_s).ok());
        ask(p);
        QCOMPARE(password, std::optional<QString>(u"session-pw"_s));
    }

    void nameChangeKeepsTheConnection()
    {
        REQUIRE_SERVER();
        Session session;
        ConnectionProfile p = standinProfile();
        session.connectTo(p, TestServer::instance().settings().password);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Connected, 15000);
        QSignalSpy changed(&session, &Session::stateChanged);
        p.name = u"renamed"_s;
        session.updateProfile(p);
        QCOMPARE(session.profileName(), u"renamed"_s);
        QCOMPARE(changed.size(), 0); // no round-trip for a new name
        p.port = p.port + 1; // the connection changed: verified again
        session.updateProfile(p);
        QCOMPARE(session.state(), Session::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Failed, 15000);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
