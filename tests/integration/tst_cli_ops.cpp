// moctl flush / checkpoint / global-checkpoint against the stand-in: output, JSON lines, exit codes.
#include "clirunner.h"
#include "testserver.h"

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
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"MOCTL_DATA_DIR"_s, m_data.path());
        e.insert(u"MOCTL_PASSWORD"_s, password);
        return e;
    }
    QStringList connection() const
    {
        const auto s = TestServer::instance().settings();
        return {u"--host"_s, s.host, u"--port"_s, QString::number(s.port), u"--user"_s, s.user};
    }
    static QList<QJsonObject> jsonLines(const QString &out)
    {
        QList<QJsonObject> lines;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            lines << QJsonDocument::fromJson(line.toUtf8()).object();
        return lines;
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
        const CliResult r = runMoctl(connection() + QStringList{u"flush"_s, u"production_db.users"_s}, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"ok"_s), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"production_db.users"_s));
    }

    void jsonOutcomes()
    {
        const CliResult r = runMoctl(connection() + QStringList{u"--format"_s, u"json"_s, u"flush"_s,
                                                                u"production_db.users"_s, u"production_db.orders"_s,
                                                                u"production_db.`my.table`"_s},
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
        for (const QString &command : {u"checkpoint"_s, u"global-checkpoint"_s}) {
            const CliResult r = runMoctl(connection() + QStringList{command, u"--duration"_s, u"30s"_s}, env());
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.startsWith(u"ok"_s));
        }
    }

    void missingTableIsExit1()
    {
        const CliResult r = runMoctl(connection() + QStringList{u"--format"_s, u"json"_s, u"flush"_s,
                                                                u"production_db.users"_s, u"production_db.nope"_s},
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
        const CliResult r = runMoctl(connection() + QStringList{u"checkpoint"_s}, env(u"wrong-password"_s));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.out.contains(u"wrong-password"_s));
        QVERIFY(!r.err.contains(u"wrong-password"_s));
    }

    void passwordFromStdin()
    {
        QProcessEnvironment e = env();
        e.remove(u"MOCTL_PASSWORD"_s);
        const CliResult r = runMoctl(connection() + QStringList{u"--password-stdin"_s, u"checkpoint"_s}, e, "111\n");
        QCOMPARE(r.exitCode, 0);
    }

    void hangIsExit4()
    {
        REQUIRE_STANDIN();
        TestServer::instance().setSwitch(u"hang"_s, 1);
        const CliResult r = runMoctl(connection() + QStringList{u"--format"_s, u"json"_s, u"flush"_s, u"--timeout"_s,
                                                                u"1"_s, u"production_db.users"_s},
                                     env());
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(jsonLines(r.out).value(0).value(u"status"_s).toString(), u"timeout"_s);
        QTRY_COMPARE(TestServer::instance().stat(u"in_flight"_s), 0);
    }

    void retriesServerTimeout()
    {
        REQUIRE_STANDIN();
        TestServer::instance().setSwitch(u"server_timeout"_s, 2);
        const CliResult r = runMoctl(connection() + QStringList{u"--format"_s, u"json"_s, u"checkpoint"_s,
                                                                u"--retries"_s, u"3"_s},
                                     env());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonLines(r.out).value(0).value(u"attempts"_s).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliOps)
#include "tst_cli_ops.moc"
