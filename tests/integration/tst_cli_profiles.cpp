// moctl profiles add/list/show/remove with the real binary and a temporary data directory, then
// moctl --profile NAME flush against the stand-in (password from the keychain when one is reachable,
// else MOCTL_PASSWORD). Passwords never appear in output or in the profiles file.
#include "clirunner.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    const QByteArray m_password = "111";

    QProcessEnvironment env(const QString &password = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"MOCTL_DATA_DIR"_s, m_data.path());
        e.remove(u"MOCTL_PASSWORD"_s);
        if (!password.isEmpty())
            e.insert(u"MOCTL_PASSWORD"_s, password);
        return e;
    }
    QString profilesFile() const { return m_data.filePath(u"profiles.json"_s); }
    QByteArray fileContent() const
    {
        QFile f(profilesFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static int closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

private Q_SLOTS:
    void init() { QFile::remove(profilesFile()); }

    void addListShowRemove()
    {
        CliResult r = runMoctl(
            { u"profiles"_s, u"add"_s, u"prod-eu"_s, u"--host"_s, u"mo.example.com"_s, u"--port"_s, u"6002"_s,
                u"--user"_s, u"acc1#alice#reader"_s, u"--group"_s, u"Production"_s, u"--colour"_s,
                u"#d32f2f"_s, u"--database"_s, u"production_db"_s, u"--tls"_s, u"required"_s },
            env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"prod-eu"_s), qPrintable(r.out + r.err));

        r = runMoctl({ u"profiles"_s, u"list"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"prod-eu"_s));
        QVERIFY(r.out.contains(u"mo.example.com:6002"_s));
        QVERIFY(r.out.contains(u"acc1:alice:reader"_s));

        r = runMoctl({ u"--format"_s, u"json"_s, u"profiles"_s, u"list"_s }, env());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject p = list.first().toObject();
        QCOMPARE(p.value(u"account"_s).toString(), u"acc1"_s);
        QCOMPARE(p.value(u"user"_s).toString(), u"alice"_s);
        QCOMPARE(p.value(u"role"_s).toString(), u"reader"_s);
        QCOMPARE(p.value(u"port"_s).toInt(), 6002);
        QCOMPARE(p.value(u"tls"_s).toObject().value(u"mode"_s).toString(), u"required"_s);

        r = runMoctl({ u"profiles"_s, u"show"_s, u"PROD-EU"_s, u"--format"_s, u"json"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"group"_s).toString(), u"Production"_s);
        r = runMoctl({ u"profiles"_s, u"show"_s, u"prod-eu"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Production"_s));

        // Bad input: exit 2, nothing changed.
        const QByteArray before = fileContent();
        QCOMPARE(runMoctl({ u"profiles"_s, u"add"_s, u"prod-eu"_s, u"--host"_s, u"x"_s }, env()).exitCode, 2);
        QCOMPARE(runMoctl({ u"profiles"_s, u"add"_s, u"x"_s, u"--host"_s, u"x"_s, u"--user"_s, u"a:b:c:d"_s },
                     env())
                     .exitCode,
            2);
        QCOMPARE(
            runMoctl({ u"profiles"_s, u"add"_s, u"x"_s, u"--host"_s, u"x"_s, u"--tls"_s, u"maybe"_s }, env())
                .exitCode,
            2);
        QCOMPARE(runMoctl({ u"profiles"_s, u"add"_s, u"x"_s }, env()).exitCode, 2);
        QCOMPARE(runMoctl({ u"profiles"_s, u"show"_s, u"nope"_s }, env()).exitCode, 2);
        QCOMPARE(runMoctl({ u"profiles"_s, u"frobnicate"_s }, env()).exitCode, 2);
        QCOMPARE(fileContent(), before);

        r = runMoctl({ u"profiles"_s, u"remove"_s, u"prod-eu"_s }, env());
        QCOMPARE(r.exitCode, 0);
        r = runMoctl({ u"--format"_s, u"json"_s, u"profiles"_s, u"list"_s }, env());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        QCOMPARE(runMoctl({ u"profiles"_s, u"remove"_s, u"prod-eu"_s }, env()).exitCode, 2);
    }

    void exportAndImport()
    {
        QVERIFY(runMoctl({ u"profiles"_s, u"add"_s, u"eu"_s, u"--host"_s, u"eu.example.com"_s, u"--user"_s,
                             u"acc#bob"_s, u"--group"_s, u"Production"_s },
                    env())
                    .exitCode
            == 0);
        QVERIFY(
            runMoctl({ u"profiles"_s, u"add"_s, u"us"_s, u"--host"_s, u"us.example.com"_s }, env()).exitCode
            == 0);

        // One profile to a file; all profiles to stdout.
        const QString exported = m_data.filePath(u"eu-export.json"_s);
        CliResult r = runMoctl({ u"profiles"_s, u"export"_s, u"eu"_s, u"--output"_s, exported }, env());
        QCOMPARE(r.exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray one = file.readAll();
        QVERIFY(one.contains("eu.example.com"));
        QVERIFY(!one.contains("us.example.com"));
        QVERIFY(!one.contains("password"));
        r = runMoctl({ u"profiles"_s, u"export"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"eu.example.com"_s) && r.out.contains(u"us.example.com"_s));
        QCOMPARE(runMoctl({ u"profiles"_s, u"export"_s, u"nosuch"_s }, env()).exitCode, 2);

        // Removed, then imported back from the file: same id, same fields.
        const QString before
            = runMoctl({ u"profiles"_s, u"show"_s, u"eu"_s, u"--format"_s, u"json"_s }, env()).out;
        QCOMPARE(runMoctl({ u"profiles"_s, u"remove"_s, u"eu"_s }, env()).exitCode, 0);
        r = runMoctl({ u"profiles"_s, u"import"_s, exported }, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            runMoctl({ u"profiles"_s, u"show"_s, u"eu"_s, u"--format"_s, u"json"_s }, env()).out, before);

        // From stdin, into a store that has it: the id is replaced, not duplicated.
        r = runMoctl({ u"profiles"_s, u"import"_s, u"-"_s }, env(), one);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runMoctl({ u"--format"_s, u"json"_s, u"profiles"_s, u"list"_s }, env());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);

        // A broken or missing document changes nothing.
        const QByteArray storeBefore = fileContent();
        const QString broken = m_data.filePath(u"broken.json"_s);
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(one.left(one.size() / 2));
        b.close();
        r = runMoctl({ u"profiles"_s, u"import"_s, broken }, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(
            runMoctl({ u"profiles"_s, u"import"_s, m_data.filePath(u"missing.json"_s) }, env()).exitCode, 2);
        QCOMPARE(runMoctl({ u"profiles"_s, u"import"_s }, env()).exitCode, 2);
        QCOMPARE(fileContent(), storeBefore);
    }

    void damagedFileIsReportedAndKept()
    {
        {
            QFile f(profilesFile());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"format\": \"moctl-profiles\", \"version\": 1, \"profiles\": [");
        }
        const QByteArray before = fileContent();
        CliResult r = runMoctl({ u"profiles"_s, u"list"_s }, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not valid JSON"_s), qPrintable(r.err));
        r = runMoctl({ u"profiles"_s, u"add"_s, u"x"_s, u"--host"_s, u"h"_s }, env());
        QCOMPARE(r.exitCode, 2);
        r = runMoctl({ u"--profile"_s, u"x"_s, u"--dry-run"_s, u"checkpoint"_s }, env());
        QCOMPARE(r.exitCode, 0); // dry-run sends nothing and needs no profile
        r = runMoctl({ u"--profile"_s, u"x"_s, u"checkpoint"_s }, env(u"111"_s));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(fileContent(), before);
    }

    void flushThroughProfile()
    {
        REQUIRE_SERVER();
        const auto s = TestServer::instance().settings();
        CliResult r = runMoctl({ u"profiles"_s, u"add"_s, u"standin"_s, u"--host"_s, s.host, u"--port"_s,
                                   QString::number(s.port), u"--user"_s, s.user, u"--password-stdin"_s },
            env(), m_password + '\n');
        const bool inKeychain = r.out.contains(u"stored in the keychain"_s);
        // Without a keychain the profile is saved but the command says the password was not (exit 6).
        QCOMPARE(r.exitCode, inKeychain ? 0 : 6);
        if (!inKeychain)
            QVERIFY2(r.err.contains(u"keychain"_s), qPrintable(r.err)); // said clearly why not
        qInfo("%s",
            inKeychain ? "password stored in the keychain" : "no keychain: password from MOCTL_PASSWORD");
        QVERIFY(!fileContent().contains("password"));
        const QJsonObject stored = QJsonDocument::fromJson(fileContent())
                                       .object()
                                       .value(u"profiles"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
        for (const QJsonValue &value : stored)
            QVERIFY(value.toString() != QString::fromLatin1(m_password));

        // The keychain's password when there is one; otherwise MOCTL_PASSWORD.
        r = runMoctl({ u"--profile"_s, u"standin"_s, u"flush"_s, u"production_db.users"_s },
            env(inKeychain ? QString() : u"111"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.startsWith(u"ok"_s));

        // Explicit flags override the profile: a closed port fails to connect (exit 3).
        r = runMoctl({ u"--profile"_s, u"standin"_s, u"--port"_s, QString::number(closedPort()), u"flush"_s,
                         u"production_db.users"_s },
            env(u"111"_s));
        QCOMPARE(r.exitCode, 3);
        // And the password from the environment beats the keychain's.
        r = runMoctl({ u"--profile"_s, u"standin"_s, u"flush"_s, u"production_db.users"_s }, env(u"wrong"_s));
        QCOMPARE(r.exitCode, 3);

        QCOMPARE(
            runMoctl({ u"--profile"_s, u"nosuch"_s, u"flush"_s, u"production_db.users"_s }, env(u"111"_s))
                .exitCode,
            2);
        QCOMPARE(runMoctl({ u"profiles"_s, u"remove"_s, u"standin"_s }, env()).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
