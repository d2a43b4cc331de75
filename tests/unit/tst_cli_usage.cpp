// The moctl contract that needs no server: usage errors (exit 2, nothing sent), --dry-run, --version,
// passwords never accepted as arguments, connection failures (exit 3).
#include "cli/cli.h"
#include "clirunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliUsage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QProcessEnvironment env() const { return moctlEnvironment(m_data.path()); }
    // A port nothing listens on.
    static int closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort(); // closed again when server goes out of scope
    }

private Q_SLOTS:
    // A repeated option gives every value in order (--id 1 --id=2 --id 3), other arguments stay.
    void repeatedOptionKeepsEveryValue()
    {
        moctl::cli::Arguments args(
            { u"--id"_s, u"1"_s, u"--x"_s, u"--id=2"_s, u"db.t"_s, u"--id"_s, u"3"_s });
        QString error;
        QCOMPARE(args.takeValues(u"--id"_s, &error), (QStringList { u"1"_s, u"2"_s, u"3"_s }));
        QVERIFY(error.isEmpty());
        QCOMPARE(args.remaining(), (QStringList { u"--x"_s, u"db.t"_s }));
        moctl::cli::Arguments missing({ u"--tags"_s, u"a"_s, u"--tags"_s });
        QCOMPARE(missing.takeValues(u"--tags"_s, &error), QStringList { u"a"_s });
        QVERIFY(!error.isEmpty());
    }

    void version()
    {
        const CliResult r = runMoctl({ u"--version"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"moctl "_s));
        QVERIFY(r.out.contains(QRegularExpression(u"\\d+\\.\\d+\\.\\d+"_s)));
    }

    void help()
    {
        const CliResult r = runMoctl({ u"--help"_s }, env());
        QCOMPARE(r.exitCode, 0);
        for (const char *word : { "flush", "checkpoint", "global-checkpoint", "--dry-run", "Exit codes" })
            QVERIFY2(r.out.contains(QString::fromUtf8(word)), word);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
        QTest::newRow("flush nothing") << QStringList { u"flush"_s };
        QTest::newRow("three parts") << QStringList { u"flush"_s, u"a.b.c"_s };
        QTest::newRow("unclosed backtick") << QStringList { u"flush"_s, u"`a.b"_s };
        QTest::newRow("bad id") << QStringList { u"flush"_s, u"--id"_s, u"12x"_s };
        QTest::newRow("bad duration") << QStringList { u"checkpoint"_s, u"--duration"_s, u"abc"_s };
        QTest::newRow("global bad duration")
            << QStringList { u"global-checkpoint"_s, u"--duration"_s, u"flush;30s"_s };
        QTest::newRow("bad parallel") << QStringList { u"flush"_s, u"--parallel"_s, u"0"_s, u"a.b"_s };
        QTest::newRow("bad port") << QStringList { u"--port"_s, u"70000"_s, u"checkpoint"_s };
        QTest::newRow("bad format") << QStringList { u"--format"_s, u"xml"_s, u"checkpoint"_s };
        QTest::newRow("unknown option") << QStringList { u"flush"_s, u"--bogus"_s, u"a.b"_s };
        QTest::newRow("password argument") << QStringList { u"--password"_s, u"secret"_s, u"checkpoint"_s };
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        // Point at a closed port: if anything were sent, the exit code would be 3, not 2.
        const CliResult r
            = runMoctl(QStringList { u"--port"_s, QString::number(closedPort()) } + args, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"moctl: "_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"secret"_s));
    }

    void dryRun()
    {
        const CliResult r = runMoctl({ u"--port"_s, QString::number(closedPort()), u"--dry-run"_s, u"flush"_s,
                                         u"production_db.users"_s, u"sales.`o'brien`"_s, u"`my.db`.`t`"_s },
            env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"SELECT mo_ctl('dn', 'flush', 'production_db.users');"_s));
        QVERIFY(r.out.contains(u"SELECT mo_ctl('dn', 'flush', 'sales.o''brien');"_s));
        QVERIFY(r.out.contains(u"reldatabase = 'my.db' AND relname = 't'"_s));
        const CliResult c
            = runMoctl({ u"--dry-run"_s, u"global-checkpoint"_s, u"--duration"_s, u"2m"_s }, env());
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(c.out.trimmed(), u"SELECT mo_ctl('dn', 'globalcheckpoint', '2m');"_s);
    }

    void refusedConnectionIsExit3()
    {
        const CliResult r = runMoctl({ u"--port"_s, QString::number(closedPort()), u"--retries"_s, u"0"_s,
                                         u"--format"_s, u"json"_s, u"flush"_s, u"production_db.users"_s },
            env());
        QCOMPARE(r.exitCode, 3);
        const QJsonObject line = QJsonDocument::fromJson(r.out.split(u'\n').first().toUtf8()).object();
        QCOMPARE(line.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(line.value(u"operation"_s).toString(), u"flush"_s);
        QCOMPARE(line.value(u"target"_s).toString(), u"production_db.users"_s);
        QVERIFY(line.value(u"message"_s).toString().contains(u"Cannot reach the server"_s));
        QCOMPARE(line.value(u"attempts"_s).toInt(), 1);
        for (const char *key : { "code", "durationMs", "sql" })
            QVERIFY2(line.contains(QLatin1StringView(key)), key);
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
