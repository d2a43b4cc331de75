// Secrets: after a full session with a profile password (profile saved with its password, flushes,
// a hanging operation visible in the process list, history, settings), the password appears nowhere:
// not in the data directory, the settings, the history database, the logs or any command line.
#include "clirunner.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFaultsSecrets : public QObject
{
    Q_OBJECT

    static QStringList filesContaining(const QString &root, const QByteArray &needle)
    {
        QStringList hits;
        const QByteArray utf16(reinterpret_cast<const char *>(QString::fromUtf8(needle).utf16()), needle.size() * 2);
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = file.readAll();
            if (data.contains(needle) || data.contains(utf16))
                hits << file.fileName();
        }
        return hits;
    }

    static QStringList commandLinesContaining(const QByteArray &needle)
    {
        QStringList hits;
        const QStringList pids = QDir(u"/proc"_s).entryList({u"[0-9]*"_s}, QDir::Dirs);
        for (const QString &pid : pids) {
            QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
                hits << pid;
        }
        return hits;
    }

private Q_SLOTS:
    void passwordIsNowhere()
    {
        REQUIRE_STANDIN();
        TestServer &server = TestServer::instance();
        // A user whose password is a unique, greppable string.
        const QByteArray password = "Zq7-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        // Created from the mysql_native_password hash, so the plain password never reaches the server's
        // logs through this test's own setup statements.
        const QByteArray hash = "*" + QCryptographicHash::hash(QCryptographicHash::hash(password, QCryptographicHash::Sha1),
                                                                 QCryptographicHash::Sha1).toHex().toUpper();
        QVERIFY(server.exec(u"CREATE USER IF NOT EXISTS 'sys:secretive'@'%' IDENTIFIED BY PASSWORD '%1'"_s.arg(QString::fromLatin1(hash))));
        QVERIFY(server.exec(u"ALTER USER 'sys:secretive'@'%' IDENTIFIED BY PASSWORD '%1'"_s.arg(QString::fromLatin1(hash))));
        QVERIFY(server.exec(u"GRANT ALL ON *.* TO 'sys:secretive'@'%'"_s));

        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_DATA_DIR"_s, home.path() + u"/data"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
        env.remove(u"MOCTL_PASSWORD"_s);
        const auto s = server.settings();

        // Save a profile with its password (keychain when there is one).
        CliResult add = runMoctl({u"--host"_s, s.host, u"--port"_s, QString::number(s.port), u"--user"_s,
                                  u"sys:secretive"_s, u"profiles"_s, u"add"_s, u"secret-test"_s, u"--password-stdin"_s},
                                 env, password + '\n');
        QCOMPARE(add.exitCode, 0);
        const bool keychain = !add.err.contains(u"keychain"_s, Qt::CaseInsensitive);
        QProcessEnvironment runEnv = env;
        if (!keychain)
            runEnv.insert(u"MOCTL_PASSWORD"_s, QString::fromLatin1(password)); // the environment, never a file

        CliResult flush = runMoctl({u"--profile"_s, u"secret-test"_s, u"flush"_s, u"production_db.users"_s,
                                    u"production_db.orders"_s},
                                   runEnv);
        QVERIFY2(flush.exitCode == 0, qPrintable(flush.out + flush.err));
        CliResult wrong = runMoctl({u"--profile"_s, u"secret-test"_s, u"--password-stdin"_s, u"checkpoint"_s},
                                   env, password + "-wrong\n");
        QCOMPARE(wrong.exitCode, 3);

        // A hanging operation: while it runs, no command line holds the password.
        QVERIFY(server.setSwitch(u"hang"_s, 1));
        QProcess hanging;
        hanging.setProcessEnvironment(runEnv);
        hanging.start(moctlPath(), {u"--profile"_s, u"secret-test"_s, u"--timeout"_s, u"3"_s, u"checkpoint"_s});
        QVERIFY(hanging.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(server.stat(u"in_flight"_s), 1, 10000);
        QCOMPARE(commandLinesContaining(password), QStringList());
        QVERIFY(hanging.waitForFinished(30000));
        server.setSwitch(u"hang"_s, 0);

        CliResult history = runMoctl({u"history"_s, u"--format"_s, u"json"_s}, env);
        QCOMPARE(history.exitCode, 0);
        QVERIFY(history.out.contains(u"production_db.users"_s) || history.out.contains(u"secret-test"_s));

        for (const CliResult &r : {add, flush, wrong, history}) {
            QVERIFY(!r.out.toUtf8().contains(password));
            QVERIFY(!r.err.toUtf8().contains(password));
        }
        QVERIFY(QFile::exists(home.path() + u"/data/history.sqlite"_s));
        QVERIFY(QFile::exists(home.path() + u"/data/profiles.json"_s));
        QCOMPARE(filesContaining(home.path(), password), QStringList());
        // The server's own logs: the general log records statements, never our password.
        QCOMPARE(filesContaining(server.directory(), password).filter(u"general"_s), QStringList());
        qInfo("secrets: keychain %s; data dir, settings, history, logs and command lines clean",
              keychain ? "used" : "unavailable (password from the environment)");
    }
};

QTEST_GUILESS_MAIN(TestFaultsSecrets)
#include "tst_faults_secrets.moc"
