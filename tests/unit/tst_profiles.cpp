// ConnectionProfile, user-name parsing, ProfileStore (round-trip, corrupt/newer/truncated files are
// reported and left untouched, import/export without passwords, other-process changes) and the
// in-memory secret store.
#include "connection/connectionprofile.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

ConnectionProfile sample(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.group = u"Production"_s;
    p.colour = u"#d32f2f"_s;
    p.host = u"mo-prod.example.com"_s;
    p.port = 6001;
    p.account = u"sys"_s;
    p.user = u"root"_s;
    p.role = u"moadmin"_s;
    p.database = u"production_db"_s;
    p.tlsMode = ConnectionProfile::TlsMode::VerifyCa;
    p.caFile = u"/etc/ssl/mo-ca.pem"_s;
    p.certFile = u"/etc/ssl/client.pem"_s;
    p.keyFile = u"/etc/ssl/client.key"_s;
    p.connectTimeoutSec = 7;
    p.readTimeoutSec = 900;
    p.notes = u"Primary cluster — ask before a global checkpoint.\nSecond line, \"quoted\"."_s;
    return p;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseUserName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("role");
        QTest::newRow("plain") << u"root"_s << true << u""_s << u"root"_s << u""_s;
        QTest::newRow("colon 2") << u"acc1:alice"_s << true << u"acc1"_s << u"alice"_s << u""_s;
        QTest::newRow("colon 3") << u"sys:root:moadmin"_s << true << u"sys"_s << u"root"_s << u"moadmin"_s;
        QTest::newRow("hash 2") << u"acc1#alice"_s << true << u"acc1"_s << u"alice"_s << u""_s;
        QTest::newRow("hash 3") << u"acc1#alice#reader"_s << true << u"acc1"_s << u"alice"_s << u"reader"_s;
        QTest::newRow("spaces") << u"  acc1 : alice  "_s << true << u"acc1"_s << u"alice"_s << u""_s;
        QTest::newRow("non-ascii") << u"租户:用户:角色"_s << true << u"租户"_s << u"用户"_s << u"角色"_s;
        QTest::newRow("empty") << u""_s << false << u""_s << u""_s << u""_s;
        QTest::newRow("blank") << u"   "_s << false << u""_s << u""_s << u""_s;
        QTest::newRow("4 parts") << u"a:b:c:d"_s << false << u""_s << u""_s << u""_s;
        QTest::newRow("mixed") << u"a:b#c"_s << false << u""_s << u""_s << u""_s;
        QTest::newRow("empty account") << u":alice"_s << false << u""_s << u""_s << u""_s;
        QTest::newRow("empty user") << u"acc1::r"_s << false << u""_s << u""_s << u""_s;
        QTest::newRow("trailing sep") << u"acc1#"_s << false << u""_s << u""_s << u""_s;
    }
    void parseUserName()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const UserNameParts parts = moctl::parseUserName(text);
        QCOMPARE(parts.ok(), ok);
        if (!ok) {
            QVERIFY(!parts.error.isEmpty());
            return;
        }
        QFETCH(QString, account);
        QFETCH(QString, user);
        QFETCH(QString, role);
        QCOMPARE(parts.account, account);
        QCOMPARE(parts.user, user);
        QCOMPARE(parts.role, role);
    }

    void composeUserName_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u""_s << u"root"_s << u""_s << u"root"_s;
        QTest::newRow("account") << u"acc1"_s << u"alice"_s << u""_s << u"acc1:alice"_s;
        QTest::newRow("all") << u"sys"_s << u"root"_s << u"moadmin"_s << u"sys:root:moadmin"_s;
        QTest::newRow("role only") << u""_s << u"root"_s << u"moadmin"_s << u"sys:root:moadmin"_s;
    }
    void composeUserName()
    {
        QFETCH(QString, account);
        QFETCH(QString, user);
        QFETCH(QString, role);
        QFETCH(QString, expected);
        QCOMPARE(moctl::composeUserName(account, user, role), expected);
        // and back
        const UserNameParts parts = moctl::parseUserName(expected);
        QVERIFY(parts.ok());
        QCOMPARE(parts.user, user);
    }

    void toSettings()
    {
        ConnectionProfile p = sample(u"prod"_s);
        const ConnectionSettings s = p.toSettings(u"secret"_s);
        QCOMPARE(s.host, p.host);
        QCOMPARE(s.port, 6001);
        QCOMPARE(s.user, u"sys:root:moadmin"_s);
        QCOMPARE(s.password, u"secret"_s);
        QCOMPARE(s.database, u"production_db"_s);
        QCOMPARE(s.tlsMode, ConnectionSettings::TlsMode::VerifyCa);
        QCOMPARE(s.caFile, p.caFile);
        QCOMPARE(s.keyFile, p.keyFile);
        QCOMPARE(s.connectTimeoutSec, 7);
        QCOMPARE(s.readTimeoutSec, 900);
        p.account.clear();
        p.role.clear();
        QCOMPARE(p.toSettings({}).user, u"root"_s);
    }

    void validation()
    {
        ConnectionProfile p = sample(u"prod"_s);
        QVERIFY(p.validate().isEmpty());
        p.name = u"  "_s;
        p.port = 70000;
        QCOMPARE(p.validate().size(), 2);
        p = sample(u"prod"_s);
        p.user = u"a:b"_s;
        QCOMPARE(p.validate().size(), 1);
        p = sample(u"prod"_s);
        p.caFile.clear();
        QCOMPARE(p.validate().size(), 1); // verify-ca needs a CA
    }

    void jsonRoundTrip()
    {
        const ConnectionProfile p = sample(u"prod"_s);
        QString error;
        const auto back = ConnectionProfile::fromJson(p.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, p);
    }

    void confirmBeforeRunningRoundTrips()
    {
        // Production (the red tag, or a group called production/prod) confirms by default.
        ConnectionProfile p = sample(u"eu"_s);
        p.group.clear();
        p.colour.clear();
        QVERIFY(!p.isProduction());
        QVERIFY(!p.confirmsRuns());
        QVERIFY(!p.toJson().contains(u"confirmBeforeRunning"_s)); // unset: not written
        p.colour = u"#D32F2F"_s;
        QVERIFY(p.isProduction());
        QVERIFY(p.confirmsRuns());
        p.colour.clear();
        p.group = u"Production"_s;
        QVERIFY(p.confirmsRuns());
        p.group = u"prod"_s;
        QVERIFY(p.confirmsRuns());
        // Set explicitly: written, read back, and it wins over the default.
        p.confirmRuns = false;
        QCOMPARE(p.toJson().value(u"confirmBeforeRunning"_s), QJsonValue(false));
        QVERIFY(!p.confirmsRuns());
        QString error;
        auto back = ConnectionProfile::fromJson(p.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->confirmRuns, std::optional(false));
        QCOMPARE(*back, p);
        p.group.clear();
        p.confirmRuns = true;
        back = ConnectionProfile::fromJson(p.toJson(), &error);
        QVERIFY(back && back->confirmsRuns());
        // Through the profiles file.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.json"_s);
        ProfileStore store(path);
        QVERIFY(store.load());
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QVERIFY(readAll(path).contains("\"confirmBeforeRunning\": true"));
        ProfileStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.profile(p.id)->confirmRuns, std::optional(true));
        // Anything but true/false is refused.
        QJsonObject bad = p.toJson();
        bad.insert(u"confirmBeforeRunning"_s, u"yes"_s);
        QVERIFY(!ConnectionProfile::fromJson(bad, &error));
        QVERIFY(error.contains(u"confirmBeforeRunning"_s));
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/profiles.json"_s);
        ProfileStore store(path);
        QVERIFY(store.load()); // missing file = empty list
        QVERIFY(store.profiles().isEmpty());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        const ConnectionProfile a = sample(u"prod"_s);
        ConnectionProfile b = sample(u"staging"_s);
        b.group = u"Staging"_s;
        b.colour = u"#ffa000"_s;
        b.tlsMode = ConnectionProfile::TlsMode::Disabled;
        QString error;
        QVERIFY2(store.save(a, &error), qPrintable(error));
        QVERIFY2(store.save(b, &error), qPrintable(error));
        QCOMPARE(changed.count(), 2);

        const QByteArray text = readAll(path);
        QVERIFY(text.startsWith("{\n    \"format\": \"moctl-profiles\",\n    \"version\": 1,\n"));
        QVERIFY(!text.contains("password"));
        // Stable: writing the same list again gives the same bytes.
        QCOMPARE(ProfileStore::toJson(store.profiles()), text);

        ProfileStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.profiles(), (QList<ConnectionProfile> { a, b }));
        QCOMPARE(again.find(u"staging"_s)->id, b.id);
        QCOMPARE(again.find(u"STAGING"_s)->id, b.id);
        QCOMPARE(again.find(b.idString())->name, u"staging"_s);
        QCOMPARE(again.groups(), (QStringList { u"Production"_s, u"Staging"_s }));

        // Same name again (case-insensitive) is refused and changes nothing.
        ConnectionProfile dup = sample(u"PROD"_s);
        QVERIFY(!again.save(dup, &error));
        QVERIFY(error.contains(u"prod"_s));
        QCOMPARE(readAll(path), text);

        QVERIFY(again.remove(a.id, &error));
        QCOMPARE(again.profiles().size(), 1);
        QVERIFY(!again.remove(a.id, &error));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedText");
        const QByteArray good = ProfileStore::toJson({ sample(u"prod"_s) });
        QTest::newRow("truncated") << good.left(good.size() / 2) << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("garbage") << QByteArray("\x00\x01garbage", 9) << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not a profiles file"_s;
        QTest::newRow("foreign") << QByteArray(R"({"format": "other", "version": 1, "profiles": []})")
                                 << u"not a profiles file"_s;
        QByteArray newer = good;
        newer.replace("\"version\": 1", "\"version\": 2");
        QTest::newRow("newer") << newer << u"newer version"_s;
        QTest::newRow("bad entry") << QByteArray(
            R"({"format": "moctl-profiles", "version": 1, "profiles": [{"name": "x"}]})")
                                   << u"Entry 1"_s;
        QTest::newRow("bad port") << QByteArray(
            R"({"format": "moctl-profiles", "version": 1, "profiles": [{"id": "{6f1c1f5e-3f43-4a8e-9d6c-0d52b0b3c001}", "name": "x", "port": "6001"}]})")
                                  << u"port"_s;
    }
    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedText);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.json"_s);
        writeAll(path, content);
        const QFileInfo before(path);
        ProfileStore store(path);
        QSignalSpy failed(&store, &ProfileStore::loadFailed);
        QVERIFY(!store.load());
        QCOMPARE(failed.count(), 1);
        QVERIFY(store.isReadOnly());
        QVERIFY2(
            store.errorString().contains(expectedText, Qt::CaseInsensitive), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(QDir::toNativeSeparators(path)));

        // Nothing can overwrite it.
        QString error;
        QVERIFY(!store.save(sample(u"new"_s), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.importJson(ProfileStore::toJson({ sample(u"x"_s) }), &error), -1);
        QCOMPARE(readAll(path), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

        // Only when asked: copied aside, then writable.
        const QString backup = store.moveDamagedFileAside(&error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
        QVERIFY(backup.startsWith(path + u".bak-"_s));
        QCOMPARE(readAll(backup), content);
        QVERIFY(!store.isReadOnly());
        QVERIFY2(store.save(sample(u"new"_s), &error), qPrintable(error));
        QCOMPARE(readAll(backup), content);
        ProfileStore reread(path);
        QVERIFY(reread.load());
        QCOMPARE(reread.profiles().size(), 1);
    }

    // Issue 18 point 2: an imported profile that keeps an existing id but points to another host, port
    // or user never takes that id (and so the password stored for it) unless --replace is asked for.
    void importNeverReplacesSilently_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("host") << u"host"_s;
        QTest::newRow("port") << u"port"_s;
        QTest::newRow("user") << u"user"_s;
    }
    void importNeverReplacesSilently()
    {
        QFETCH(QString, field);
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(u"profiles.json"_s));
        QVERIFY(store.load());
        const ConnectionProfile a = sample(u"prod"_s);
        QVERIFY(store.save(a));
        ConnectionProfile moved = a;
        if (field == u"host"_s)
            moved.host = u"attacker.example.net"_s;
        else if (field == u"port"_s)
            moved.port = 3306;
        else
            moved.user = u"someone"_s;
        QVERIFY(!ProfileStore::sameTarget(a, moved));
        QString error;
        ProfileStore::ImportReport report;
        QCOMPARE(store.importJson(ProfileStore::toJson({ moved }), &error,
                     ProfileStore::ImportMode::KeepExisting, &report),
            1);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(*store.profile(a.id), a); // untouched: host, port, user as before
        QCOMPARE(report.profiles.size(), 1);
        QCOMPARE(report.profiles.first().action, ProfileStore::ImportedProfile::Action::AddedAsNew);
        QVERIFY(report.profiles.first().id != a.id);
        const auto added = store.profile(report.profiles.first().id);
        QVERIFY(added);
        QCOMPARE(added->name, u"prod (imported)"_s);
        QCOMPARE(added->host, moved.host);
        QCOMPARE(report.describe().size(), 1);

        // With Replace: the same id now points elsewhere, and the report says its password must go.
        QCOMPARE(store.importJson(
                     ProfileStore::toJson({ moved }), &error, ProfileStore::ImportMode::Replace, &report),
            1);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(a.id)->host, moved.host);
        QCOMPARE(store.profile(a.id)->port, moved.port);
        QCOMPARE(report.profiles.first().action, ProfileStore::ImportedProfile::Action::Replaced);
        QCOMPARE(report.profiles.first().id, a.id);
    }

    void importExport()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(u"profiles.json"_s));
        QVERIFY(store.load());
        const ConnectionProfile a = sample(u"prod"_s);
        QVERIFY(store.save(a));

        ConnectionProfile other = sample(u"prod"_s); // same name, different id
        ConnectionProfile same = a; // same id and target: updates
        same.notes = u"updated by import"_s;
        const QByteArray exported = ProfileStore::toJson({ other, same });
        QVERIFY(!exported.contains("password"));
        QString error;
        QCOMPARE(store.importJson(exported, &error), 2);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(a.id)->notes, u"updated by import"_s);
        QCOMPARE(store.profile(other.id)->name, u"prod (imported)"_s);

        QCOMPARE(store.importJson("{not json", &error), -1);
        QVERIFY(error.contains(u"not valid JSON"_s));
        QCOMPARE(store.profiles().size(), 2);
    }

    void anotherWriterIsNotLost()
    {
        // moctl adds a profile while the GUI has the file open: the GUI's next save keeps it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.json"_s);
        ProfileStore gui(path);
        ProfileStore cli(path);
        QVERIFY(gui.load());
        QVERIFY(cli.load());
        QVERIFY(cli.save(sample(u"from-cli"_s)));
        QVERIFY(gui.save(sample(u"from-gui"_s)));
        ProfileStore check(path);
        QVERIFY(check.load());
        QCOMPARE(check.profiles().size(), 2);
    }

    void watcherSeesOtherProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.json"_s);
        ProfileStore gui(path, ProfileStore::Watch::Yes);
        QVERIFY(gui.load());
        QSignalSpy changed(&gui, &ProfileStore::profilesChanged);
        ProfileStore cli(path);
        QVERIFY(cli.load());
        QVERIFY(cli.save(sample(u"from-cli"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(gui.profiles().size(), 1, 5000);
        QVERIFY(changed.count() >= 1);
        // A damaged file written by someone else turns the store read-only, and it recovers when fixed.
        writeAll(path, "{ broken");
        QTRY_VERIFY_WITH_TIMEOUT(gui.isReadOnly(), 5000);
        QVERIFY(cli.save(sample(u"x"_s)) == false); // cli sees the damage too before writing
        QCOMPARE(readAll(path), QByteArray("{ broken"));
    }

    void memorySecretStore()
    {
        MemorySecretStore store;
        QCOMPARE(store.persistence(), SecretStore::Persistence::Session);
        QCOMPARE(store.readBlocking(u"k"_s).status, SecretStore::Status::NotFound);
        QVERIFY(store.writeBlocking(u"k"_s, u"pa:ss#wörd"_s).ok());
        const SecretStore::Result r = store.readBlocking(u"k"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.secret, u"pa:ss#wörd"_s);

        // Asynchronous: the callback comes later, on the context's thread, and not after it is gone.
        bool called = false;
        QObject context;
        store.read(u"k"_s, &context, [&](const SecretStore::Result &res) {
            called = true;
            QCOMPARE(res.secret, u"pa:ss#wörd"_s);
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        bool calledAfterDelete = false;
        {
            QObject gone;
            store.read(u"k"_s, &gone, [&](const SecretStore::Result &) { calledAfterDelete = true; });
        }
        QTest::qWait(20);
        QVERIFY(!calledAfterDelete);

        QVERIFY(store.removeBlocking(u"k"_s).ok());
        QCOMPARE(store.readBlocking(u"k"_s).status, SecretStore::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
