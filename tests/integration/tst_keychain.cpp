// KeychainSecretStore against a real Secret Service. Run under a private session bus with an
// unlocked gnome-keyring (scripts/test does this):
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets; ctest ...'
// Without a reachable Secret Service the tests skip and say why.
#include "connection/secretstore.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestKeychain : public QObject
{
    Q_OBJECT

    // A service of its own: the real "moctl-studio" entries are never touched by tests.
    const QString m_service = u"moctl-studio-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_skipReason;

private Q_SLOTS:
    void initTestCase()
    {
        KeychainSecretStore store(m_service);
        const SecretStore::Result probe = store.writeBlocking(u"probe"_s, u"x"_s);
        if (probe.status == SecretStore::Status::Unavailable) {
            m_skipReason = u"no Secret Service reachable (%1). Run the tests inside dbus-run-session with "
                           "gnome-keyring-daemon --unlock --components=secrets (see scripts/test)."_s.arg(
                               probe.message);
            return;
        }
        QVERIFY2(probe.ok(), qPrintable(probe.message));
        QVERIFY(store.removeBlocking(u"probe"_s).ok());
    }
    void init()
    {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(m_skipReason));
    }

    void roundTrip()
    {
        KeychainSecretStore store(m_service);
        QCOMPARE(store.persistence(), SecretStore::Persistence::Permanent);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(store.readBlocking(key).status, SecretStore::Status::NotFound);
        const QString password = u"p@ss:w#rd ünïcødé 密码 🔑"_s;
        QVERIFY(store.writeBlocking(key, password).ok());
        // A second instance (another process would do the same) reads it back.
        KeychainSecretStore other(m_service);
        const SecretStore::Result read = other.readBlocking(key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, password);
        // Overwrite, then remove.
        QVERIFY(store.writeBlocking(key, u"second"_s).ok());
        QCOMPARE(store.readBlocking(key).secret, u"second"_s);
        QVERIFY(store.removeBlocking(key).ok());
        QCOMPARE(store.readBlocking(key).status, SecretStore::Status::NotFound);
    }

    void asynchronousCallback()
    {
        KeychainSecretStore store(m_service);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(store.writeBlocking(key, u"async"_s).ok());
        bool called = false;
        QString secret;
        QObject context;
        store.read(key, &context, [&](const SecretStore::Result &r) {
            called = true;
            secret = r.secret;
        });
        QVERIFY(!called); // never synchronous
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(secret, u"async"_s);

        // The callback is dropped when its context is gone.
        bool calledAfterDelete = false;
        auto *gone = new QObject;
        store.read(key, gone, [&](const SecretStore::Result &) { calledAfterDelete = true; });
        delete gone;
        QVERIFY(store.removeBlocking(key).ok()); // lets the pending read finish
        QTest::qWait(100);
        QVERIFY(!calledAfterDelete);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
