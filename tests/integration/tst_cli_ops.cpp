// moctl flush / checkpoint / global-checkpoint against the stand-in: output, JSON lines, exit codes.
#include "clirunner.h"
#include "testserver.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliOps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    QProcessEnvironment env(const QString &password = u"111"_s) const
    {
        return moctlEnvironment(m_data.path(), password);
    }
    QStringList connection() const { return standinConnection(); }
    static QList<QJsonObject> jsonLines(const QString &out)
    {
        QList<QJsonObject> lines;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            lines << QJsonDocument::fromJson(line.toUtf8()).object();
        return lines;
    }

    // The general log's size now, and later the mo_ctl statements written after it.
    static qint64 generalLogSize() { return QFileInfo(TestServer::instance().generalLog()).size(); }
    static QStringList moCtlSince(qint64 offset)
    {
        QFile log(TestServer::instance().generalLog());
        if (!log.open(QIODevice::ReadOnly) || !log.seek(offset))
            return { u"(cannot read the general log)"_s };
        QStringList statements;
        for (const QByteArray &line : log.readAll().split('\n')) {
            const qsizetype at = line.indexOf("SELECT mo_ctl(");
            if (at >= 0)
                statements << QString::fromUtf8(line.mid(at)).trimmed();
        }
        return statements;
    }
    static bool setVersion(const QString &version)
    {
        return TestServer::instance().exec(u"SELECT mo_standin_set_str('version', '%1')"_s.arg(version));
    }

private Q_SLOTS:
    void init()
    {
        REQUIRE_SERVER();
        TestServer::instance().reset();
    }
    void cleanup() { TestServer::instance().reset(); }

    void flushPrintsOk()
    {
        const CliResult r
            = runMoctl(connection() + QStringList { u"flush"_s, u"production_db.users"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"ok"_s), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"production_db.users"_s));
    }

    void jsonOutcomes()
    {
        const CliResult r = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"production_db.users"_s,
                    u"production_db.orders"_s, u"production_db.`my.table`"_s },
            env());
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 3);
        QSet<QString> targets;
        for (const QJsonObject &o : lines) {
            QCOMPARE(o.value(u"status"_s).toString(), u"ok"_s);
            QCOMPARE(o.value(u"operation"_s).toString(), u"flush"_s);
            QCOMPARE(o.value(u"attempts"_s).toInt(), 1);
            QVERIFY(o.value(u"sql"_s).toString().startsWith(u"SELECT mo_ctl('dn', 'flush', '"_s));
            targets << o.value(u"target"_s).toString();
        }
        QVERIFY(targets.contains(u"production_db.users"_s));
    }

    void checkpointsPrintOk()
    {
        for (const QString &command : { u"checkpoint"_s, u"global-checkpoint"_s }) {
            const CliResult r
                = runMoctl(connection() + QStringList { command, u"--duration"_s, u"30s"_s }, env());
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.startsWith(u"ok"_s));
        }
    }

    void missingTableIsExit1()
    {
        const CliResult r = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"production_db.users"_s,
                    u"production_db.nope"_s },
            env());
        QCOMPARE(r.exitCode, 1);
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 2);
        int failed = 0;
        for (const QJsonObject &o : lines) {
            if (o.value(u"status"_s).toString() == u"failed"_s) {
                ++failed;
                QCOMPARE(o.value(u"code"_s).toInt(), 1146);
                QCOMPARE(o.value(u"attempts"_s).toInt(), 1); // not retried
            }
        }
        QCOMPARE(failed, 1);
    }

    void wrongPasswordIsExit3()
    {
        const CliResult r
            = runMoctl(connection() + QStringList { u"checkpoint"_s }, env(u"wrong-password"_s));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.out.contains(u"wrong-password"_s));
        QVERIFY(!r.err.contains(u"wrong-password"_s));
    }

    void passwordFromStdin()
    {
        QProcessEnvironment e = env();
        e.remove(u"MOCTL_PASSWORD"_s);
        const CliResult r
            = runMoctl(connection() + QStringList { u"--password-stdin"_s, u"checkpoint"_s }, e, "111\n");
        QCOMPARE(r.exitCode, 0);
    }

    void hangIsExit4()
    {
        REQUIRE_STANDIN();
        TestServer::instance().setSwitch(u"hang"_s, 1);
        const CliResult r = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"--timeout"_s, u"1"_s,
                    u"production_db.users"_s },
            env());
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(jsonLines(r.out).value(0).value(u"status"_s).toString(), u"timeout"_s);
        QTRY_COMPARE(TestServer::instance().stat(u"in_flight"_s), 0);
    }

    void retriesServerTimeout()
    {
        REQUIRE_STANDIN();
        TestServer::instance().setSwitch(u"server_timeout"_s, 2);
        const CliResult r = runMoctl(
            connection() + QStringList { u"--format"_s, u"json"_s, u"checkpoint"_s, u"--retries"_s, u"3"_s },
            env());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonLines(r.out).value(0).value(u"attempts"_s).toInt(), 3);
    }

    // MatrixOne v2.1+: a checkpoint that runs out of time on the server fails with 20101 "force flush
    // failed: context deadline exceeded". It is a server timeout: retried, then exit 4, and the
    // message says what to do.
    void serverTimeoutV21RetriedThenExit4()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"server_timeout"_s, -1));
        const CliResult r = runMoctl(
            connection() + QStringList { u"--format"_s, u"json"_s, u"checkpoint"_s, u"--retries"_s, u"2"_s },
            env());
        QCOMPARE(r.exitCode, 4);
        const QJsonObject o = jsonLines(r.out).value(0);
        QCOMPARE(o.value(u"status"_s).toString(), u"timeout"_s);
        QCOMPARE(o.value(u"attempts"_s).toInt(), 3);
        QCOMPARE(o.value(u"code"_s).toInt(), 20101);
        const QString message = o.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"context deadline exceeded"_s), qPrintable(message));
        QVERIFY(message.contains(u"ran out of time on the server"_s));
        QVERIFY(message.contains(u"duration"_s));
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 3);
    }

    // Before v2.1 the same failure said "internal error: timeout": also a server timeout.
    void serverTimeoutBeforeV21IsTimeout()
    {
        REQUIRE_STANDIN();
        QVERIFY(setVersion(u"2.0.3"_s));
        QVERIFY(TestServer::instance().setSwitch(u"server_timeout"_s, -1));
        const CliResult r = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"global-checkpoint"_s, u"--retries"_s, u"1"_s },
            env());
        QCOMPARE(r.exitCode, 4);
        const QJsonObject o = jsonLines(r.out).value(0);
        QCOMPARE(o.value(u"attempts"_s).toInt(), 2);
        QVERIFY(o.value(u"message"_s).toString().contains(u"internal error: timeout"_s));
    }

    // 20500 (moerr.ErrRPCTimeout): retried, and a timeout when retries run out.
    void rpcTimeoutIsTimeout()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"rpc_timeout"_s, 1));
        CliResult r = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"--retries"_s, u"1"_s,
                    u"production_db.users"_s },
            env());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonLines(r.out).value(0).value(u"attempts"_s).toInt(), 2);
        QVERIFY(TestServer::instance().setSwitch(u"rpc_timeout"_s, -1));
        r = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"--retries"_s, u"0"_s,
                    u"production_db.users"_s },
            env());
        QCOMPARE(r.exitCode, 4);
        const QJsonObject o = jsonLines(r.out).value(0);
        QCOMPARE(o.value(u"status"_s).toString(), u"timeout"_s);
        QCOMPARE(o.value(u"code"_s).toInt(), 20500);
    }

    // Durations: Go's grammar, sent exactly as written; negative and garbage refused before sending.
    void negativeDurationRefusedBeforeSending()
    {
        REQUIRE_STANDIN();
        for (const QString &bad : { u"-5s"_s, u"3000000h"_s, u"5 s"_s }) {
            const qint64 logAt = generalLogSize();
            const CliResult r
                = runMoctl(connection() + QStringList { u"checkpoint"_s, u"--duration"_s, bad }, env());
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(bad), qPrintable(r.err));
            QCOMPARE(moCtlSince(logAt), QStringList());
        }
        const CliResult r
            = runMoctl(connection() + QStringList { u"checkpoint"_s, u"--duration"_s, u"-5s"_s }, env());
        QVERIFY(r.err.contains(u"negative"_s));
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 0);
    }

    void durationSentVerbatim()
    {
        REQUIRE_STANDIN();
        const qint64 logAt = generalLogSize();
        const CliResult r = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"global-checkpoint"_s, u"--duration"_s,
                    u"1h2m3.5s"_s, u"--timeout"_s, u"7200"_s },
            env());
        QCOMPARE(r.exitCode, 0);
        const QString sent = u"SELECT mo_ctl('dn', 'globalcheckpoint', '1h2m3.5s')"_s;
        QCOMPARE(jsonLines(r.out).value(0).value(u"sql"_s).toString(), sent);
        QCOMPARE(moCtlSince(logAt), QStringList { sent });
        QVERIFY2(!r.err.contains(u"warning"_s), qPrintable(r.err)); // 1h2m3.5s fits in 7200 s
    }

    // A duration longer than the client's time limit: sent, with a warning on stderr.
    void durationLongerThanTimeLimitWarns()
    {
        REQUIRE_STANDIN();
        const CliResult r = runMoctl(
            connection() + QStringList { u"checkpoint"_s, u"--duration"_s, u"5m"_s, u"--timeout"_s, u"10"_s },
            env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"warning"_s) && r.err.contains(u"5m"_s), qPrintable(r.err));
    }

    // MatrixOne v1.1 has no table-id or db.tbl.<account> flush: refused before sending (exit 2), while
    // a plain name still works; a v1.2.1 server takes the id.
    void oldServerRefusesIdFormBeforeSending()
    {
        REQUIRE_STANDIN();
        QVERIFY(setVersion(u"1.1.0"_s));
        const QString usersId = TestServer::instance()
                                    .scalar(u"SELECT rel_id FROM mo_catalog.mo_tables WHERE reldatabase = "
                                            "'production_db' AND relname = 'users'"_s)
                                    .toString();
        QVERIFY(!usersId.isEmpty());
        const QList<QStringList> refused = {
            { u"flush"_s, u"--id"_s, usersId },
            { u"flush"_s, u"--account"_s, u"0"_s, u"production_db.users"_s },
            { u"flush"_s, u"production_db.`my.table`"_s },
        };
        for (const QStringList &args : refused) {
            const qint64 logAt = generalLogSize();
            const CliResult r = runMoctl(connection() + args, env());
            QCOMPARE(r.exitCode, 2);
            const QString said = r.out + r.err;
            QVERIFY2(said.contains(u"v1.1.0"_s) && said.contains(u"v1.2.1"_s), qPrintable(said));
            QCOMPARE(moCtlSince(logAt), QStringList());
        }
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 0);
        CliResult r = runMoctl(connection() + QStringList { u"flush"_s, u"production_db.users"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(setVersion(u"1.2.1"_s));
        r = runMoctl(connection() + QStringList { u"flush"_s, u"--id"_s, usersId }, env());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 2);
    }

    // Each run keeps the server version it saw; history --run shows it.
    void serverVersionInHistory()
    {
        REQUIRE_STANDIN();
        QVERIFY(setVersion(u"2.1.1"_s));
        CliResult r = runMoctl(connection() + QStringList { u"flush"_s, u"production_db.users"_s }, env());
        QCOMPARE(r.exitCode, 0);
        r = runMoctl({ u"--format"_s, u"json"_s, u"history"_s, u"--limit"_s, u"1"_s }, env());
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument list = QJsonDocument::fromJson(r.out.toUtf8());
        const QJsonObject newest = list.isArray() ? list.array().at(0).toObject() : jsonLines(r.out).value(0);
        QCOMPARE(newest.value(u"serverVersion"_s).toString(), u"8.0.30-MatrixOne-v2.1.1"_s);
        const QString runId = QString::number(newest.value(u"id"_s).toInteger());
        r = runMoctl({ u"history"_s, u"--run"_s, runId }, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"MatrixOne v2.1.1"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliOps)
#include "tst_cli_ops.moc"
