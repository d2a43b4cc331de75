// HistoryLocation: the text forms of a history location (a local file or a shared MySQL-protocol
// database), what is refused (a password in the URL, a missing part), and that display() round-trips.
#include "history/historylocation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestHistoryLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSharedUrl()
    {
        QString error;
        const std::optional<HistoryLocation> l
            = HistoryLocation::parse(u"mysql://moctl@db.example.com:3307/ops_history"_s, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->kind, HistoryLocation::Kind::MySql);
        QVERIFY(l->isShared());
        QCOMPARE(l->user, u"moctl"_s);
        QCOMPARE(l->host, u"db.example.com"_s);
        QCOMPARE(l->port, 3307);
        QCOMPARE(l->database, u"ops_history"_s);
        QCOMPARE(l->tlsMode, ConnectionSettings::TlsMode::Preferred);
        QCOMPARE(l->display(), u"mysql://moctl@db.example.com:3307/ops_history"_s);
        QCOMPARE(l->secretKey(), u"history:mysql://moctl@db.example.com:3307/ops_history"_s);
        const ConnectionSettings s = l->connectionSettings(u"pw"_s);
        QCOMPARE(s.host, u"db.example.com"_s);
        QCOMPARE(s.port, 3307);
        QCOMPARE(s.database, u"ops_history"_s);
        QCOMPARE(s.password, u"pw"_s);
        QVERIFY(s.connectTimeoutSec <= 10);
    }

    void defaultPortAndOptions()
    {
        QString error;
        std::optional<HistoryLocation> l = HistoryLocation::parse(u"mysql://u@h/d?tls=required"_s, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->port, 3306);
        QCOMPARE(l->tlsMode, ConnectionSettings::TlsMode::Required);
        QCOMPARE(l->display(), u"mysql://u@h:3306/d?tls=required"_s);
        l = HistoryLocation::parse(u"mysql://u@h/d?tls=verify-ca&ssl-ca=/etc/ca.pem"_s, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->tlsMode, ConnectionSettings::TlsMode::VerifyCa);
        QCOMPARE(l->caFile, u"/etc/ca.pem"_s);
    }

    void matrixOneUser()
    {
        QString error;
        std::optional<HistoryLocation> l = HistoryLocation::parse(u"mysql://acc%23admin@mo:6001/h"_s, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->user, u"acc#admin"_s);
        l = HistoryLocation::parse(u"mysql://acc%3Aadmin@mo:6001/h"_s, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->user, u"acc:admin"_s);
        // The displayed form parses back to the same location.
        const std::optional<HistoryLocation> again = HistoryLocation::parse(l->display(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->user, l->user);
        QCOMPARE(again->display(), l->display());
        QCOMPARE(*again, *l);
        l = HistoryLocation::parse(u"mysql://acc%23admin@mo:6001/h"_s, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(HistoryLocation::parse(l->display(), &error), l);
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"mysql://moctl@127.0.0.1:3306/history"_s;
        QTest::newRow("tls") << u"mysql://moctl@db:1/x?tls=disabled"_s;
        QTest::newRow("ipv6") << u"mysql://moctl@[::1]:3306/history"_s;
    }
    void roundTrips()
    {
        QFETCH(QString, text);
        QString error;
        const std::optional<HistoryLocation> l = HistoryLocation::parse(text, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->display(), text);
        QCOMPARE(HistoryLocation::parse(l->display(), &error), l);
    }

    void localFile()
    {
        QString error;
        std::optional<HistoryLocation> l = HistoryLocation::parse(u"/var/lib/moctl/history.sqlite"_s, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->kind, HistoryLocation::Kind::SQLite);
        QVERIFY(!l->isShared());
        QCOMPARE(l->path, u"/var/lib/moctl/history.sqlite"_s);
        l = HistoryLocation::parse(u"sqlite:/tmp/h.sqlite"_s, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->path, u"/tmp/h.sqlite"_s);
        l = HistoryLocation::parse(QString(), &error);
        QVERIFY2(l, qPrintable(error));
        QVERIFY(l->path.isEmpty());
        QVERIFY(!l->display().isEmpty()); // the default file
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("password") << u"mysql://moctl:secret@h:3306/db"_s << u"password"_s;
        QTest::newRow("empty password") << u"mysql://moctl:@h:3306/db"_s << u"password"_s;
        QTest::newRow("password option") << u"mysql://moctl@h/db?password=secret"_s << u"password"_s;
        QTest::newRow("no user") << u"mysql://h:3306/db"_s << u"user"_s;
        QTest::newRow("no database") << u"mysql://u@h:3306/"_s << u"database"_s;
        QTest::newRow("two databases") << u"mysql://u@h:3306/a/b"_s << u"database"_s;
        QTest::newRow("no host") << u"mysql://u@:3306/db"_s << u"host"_s;
        QTest::newRow("bad tls") << u"mysql://u@h/db?tls=sometimes"_s << u"sometimes"_s;
        QTest::newRow("verify identity") << u"mysql://u@h/db?tls=verify-identity"_s << u"VERIFY_IDENTITY"_s;
        QTest::newRow("unknown option") << u"mysql://u@h/db?colour=red"_s << u"colour"_s;
        QTest::newRow("other scheme") << u"postgres://u@h/db"_s << u"postgres"_s;
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!HistoryLocation::parse(text, &error));
        QVERIFY2(error.contains(mentions, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(!error.contains(u"secret"_s)); // the password is never repeated back
    }

    void refusesToOpenLocalAsShared()
    {
        HistoryLocation local;
        QString error;
        QVERIFY(!openSharedHistoryConnection(local, {}, u"x"_s, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryLocation)
#include "tst_historylocation.moc"
