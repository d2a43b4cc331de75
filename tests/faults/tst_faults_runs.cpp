// Issue 18 against the stand-in: no hang with a frozen server (SIGSTOP), "stopped on the server" only
// when the KILL QUERY got through, a server gone mid-batch stops the sending at once ("not attempted"),
// SIGTERM/SIGHUP cancel like Ctrl+C, history write failures are never silent (exit 5), and a killed
// `moctl serve` takes its run-plan child with it and leaves the plan lock free.
#include "clirunner.h"
#include "connection/connectionfactory.h"
#include "history/historystore.h"
#include "plan/planstore.h"
#include "runner/runner.h"
#include "schedule/planlock.h"
#include "schedule/schedule.h"
#include "schedule/schedulestate.h"
#include "testserver.h"

#include <csignal>
#include <mutex>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTest>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace moctl;
using namespace std::chrono_literals;

namespace {

// Whether the process exists and is not a zombie.
bool processLives(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 || line.mid(close + 2, 1) != "Z";
}

// The children of a process (from /proc).
QList<qint64> childrenOf(qint64 parent)
{
    QList<qint64> result;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            result << pid;
    }
    return result;
}

struct Collector
{
    std::mutex mutex;
    QList<Outcome> outcomes;
    RunCallbacks callbacks()
    {
        RunCallbacks c;
        c.operationFinished = [this](const Outcome &o) {
            std::lock_guard lock(mutex);
            outcomes << o;
        };
        return c;
    }
};

const QStringList SeededTables { u"production_db.users"_s, u"production_db.orders"_s,
    u"production_db.products"_s, u"analytics_db.metrics"_s, u"analytics_db.events"_s };

} // namespace

class TestFaultsRuns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QList<qint64> m_kill; // processes to end in cleanup (a failed check must not leave them)

    ConnectionSettings settings() const { return TestServer::instance().settings(); }
    QString freshDataDir()
    {
        const QString path = m_dir.filePath(u"data-%1"_s.arg(++m_serial));
        QDir().mkpath(path);
        return path;
    }
    QStringList connectionArgs(const QString &dataDir) const
    {
        const ConnectionSettings s = settings();
        return { u"--data-dir"_s, dataDir, u"--host"_s, s.host, u"--port"_s, QString::number(s.port),
            u"--user"_s, s.user };
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"MOCTL_PASSWORD"_s, settings().password);
        return e;
    }
    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env());
        p->start(moctlPath(), args);
        if (p->waitForStarted(10000))
            m_kill << p->processId();
        return p;
    }
    static void stopServer() { ::kill(pid_t(TestServer::instance().pid()), SIGSTOP); }
    static void continueServer() { ::kill(pid_t(TestServer::instance().pid()), SIGCONT); }

private Q_SLOTS:
    void init()
    {
        REQUIRE_STANDIN();
        TestServer::instance().reset();
    }
    void cleanup()
    {
        if (TestServer::instance().isStandin())
            continueServer(); // always, whatever failed
        for (qint64 pid : std::as_const(m_kill)) {
            if (processLives(pid))
                ::kill(pid_t(pid), SIGKILL);
        }
        m_kill.clear();
        TestServer::instance().reset();
        ConnectionFactory::releaseThreadConnections();
    }

    // Point 13: a frozen server; `moctl flush --timeout 3` ends within the limit + 2 s: connect and
    // login are bounded by the limit, and after the first connection failure the rest is not sent.
    void frozenServerFlushEndsInTime()
    {
        stopServer();
        QElapsedTimer clock;
        clock.start();
        const CliResult r = runMoctl(connectionArgs(freshDataDir())
                + QStringList { u"flush"_s, u"--timeout"_s, u"3"_s, u"--parallel"_s, u"1"_s } + SeededTables,
            env(), {}, 60000);
        const qint64 wall = clock.elapsed();
        continueServer();
        qInfo("frozen server, flush --timeout 3 of 5 tables: %lld ms, exit %d", wall, r.exitCode);
        QVERIFY2(wall <= 5000, qPrintable(u"%1 ms\n%2%3"_s.arg(wall).arg(r.out, r.err)));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out.count(u"not_attempted"_s), 4);
        QVERIFY2(r.out.contains(u"server unreachable"_s), qPrintable(r.out));
    }

    // Point 12: the statement hangs, then the server freezes, so the KILL QUERY cannot get through:
    // never "stopped/cancelled on the server"; the client gave up, the statement may still run.
    void killNotConfirmedIsSaid()
    {
        TestServer &server = TestServer::instance();
        QVERIFY(server.setSwitch(u"hang"_s, 1));
        QElapsedTimer clock;
        clock.start();
        QProcess *p = start(connectionArgs(freshDataDir())
            + QStringList {
                u"flush"_s, u"--timeout"_s, u"3"_s, u"--retries"_s, u"0"_s, u"production_db.users"_s });
        QTRY_VERIFY_WITH_TIMEOUT(server.stat(u"in_flight"_s) >= 1, 10000);
        stopServer();
        QVERIFY(p->waitForFinished(30000));
        const qint64 wall = clock.elapsed();
        continueServer();
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        qInfo("hanging statement, server frozen, --timeout 3: %lld ms, exit %d", wall, p->exitCode());
        QCOMPARE(p->exitCode(), 4);
        QVERIFY2(out.contains(u"may still be running on the server"_s), qPrintable(out));
        QVERIFY2(!out.contains(u"cancelled on the server"_s) && !out.contains(u"stopped on the server"_s),
            qPrintable(out));
        QVERIFY2(wall <= 3000 + 2000 + 1000, qPrintable(QString::number(wall)));
        // And it was true: the statement is still running on the server after moctl ended.
        QCOMPARE(server.stat(u"in_flight"_s), 1);
        QVERIFY(server.setSwitch(u"hang"_s, 0));
        QTRY_COMPARE_WITH_TIMEOUT(server.stat(u"in_flight"_s), 0, 10000);
    }

    // Point 12, the other side: the KILL goes through, and then (only then) it says so.
    void killConfirmedIsSaid()
    {
        TestServer &server = TestServer::instance();
        QVERIFY(server.setSwitch(u"hang"_s, 1));
        const CliResult r = runMoctl(connectionArgs(freshDataDir())
                + QStringList { u"flush"_s, u"--timeout"_s, u"2"_s, u"--retries"_s, u"0"_s,
                    u"production_db.users"_s },
            env());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains(u"cancelled on the server"_s), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"may still be running"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.stat(u"in_flight"_s), 0, 5000);
    }

    // Point 13: the server killed in the middle of a 50-table flush with --timeout 3: the in-flight
    // ones fail, the rest are "not attempted: server unreachable" (in history too), at once.
    void serverGoneMidBatchStopsSending()
    {
        TestServer &server = TestServer::instance();
        QVERIFY(server.exec(u"CREATE DATABASE IF NOT EXISTS trust_db"_s));
        for (int i = 0; i < 50; ++i)
            QVERIFY(server.exec(u"CREATE TABLE IF NOT EXISTS trust_db.t%1 (id INT) ENGINE=Aria"_s.arg(i)));
        QVERIFY(server.setSwitch(u"latency_ms"_s, 150));

        const QString data = freshDataDir();
        HistoryStore history;
        QVERIFY(history.open(data + u"/history.sqlite"_s));
        RunRequest request;
        request.settings = settings();
        request.policy = FailurePolicy::Continue;
        request.trigger = RunTrigger::Cli;
        ExecutionOptions options;
        options.parallelism = 4;
        options.retries = 2;
        options.timeout = 3s;
        options.backoffBase = 50ms;
        QList<Operation> ops;
        for (int i = 0; i < 50; ++i)
            ops << Operation::flush(TableRef::byName(u"trust_db"_s, u"t%1"_s.arg(i)));
        request.steps = RunRequest::stepsFor(ops, options);

        Collector collector;
        QElapsedTimer sinceKill;
        QFuture<RunSummary> future = QtConcurrent::run(
            [&] { return executeRun(request, &history, CancelToken(), collector.callbacks()); });
        QTRY_VERIFY_WITH_TIMEOUT(server.stat(u"ok"_s) >= 8, 20000);
        QCOMPARE(::kill(pid_t(server.pid()), SIGKILL), 0);
        sinceKill.start();
        future.waitForFinished();
        const qint64 wall = sinceKill.elapsed();
        const RunSummary summary = future.result();
        QString error;
        QVERIFY2(server.restart(&error), qPrintable(error));

        qInfo("server killed mid-batch: %d ok, %d failed, %d not attempted; %lld ms after the kill",
            summary.ok, summary.failed, summary.notAttempted, wall);
        QCOMPARE(collector.outcomes.size(), 50);
        QVERIFY(summary.ok >= 8);
        QVERIFY2(summary.notAttempted >= 30, qPrintable(QString::number(summary.notAttempted)));
        QCOMPARE(summary.ok + summary.failed + summary.notAttempted, 50);
        QVERIFY2(wall <= 2 * 3000, qPrintable(QString::number(wall)));
        for (const Outcome &o : std::as_const(collector.outcomes)) {
            if (o.status == OutcomeStatus::Ok)
                continue;
            QCOMPARE(o.error.kind(), MoError::Kind::Connection);
            if (o.status == OutcomeStatus::NotAttempted) {
                QCOMPARE(o.attempts, 0);
                QVERIFY(o.error.message().contains(u"not attempted: server unreachable"_s));
            } else {
                QCOMPARE(o.status, OutcomeStatus::Failed);
            }
        }
        // In history too, under its own status.
        int recorded = 0;
        for (const Outcome &o : history.outcomes(summary.runId))
            recorded += o.status == OutcomeStatus::NotAttempted ? 1 : 0;
        QCOMPARE(recorded, summary.notAttempted);
        QCOMPARE(history.run(summary.runId)->status, RunStatus::Partial);
    }

    // Point 14: SIGTERM and SIGHUP cancel like SIGINT: KILL QUERY, the run recorded cancelled, exit 4.
    void signalsCancelTheRun_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }
    void signalsCancelTheRun()
    {
        QFETCH(int, signal);
        TestServer &server = TestServer::instance();
        QVERIFY(server.setSwitch(u"hang"_s, 1));
        const QString data = freshDataDir();
        QProcess *p = start(connectionArgs(data)
            + QStringList { u"flush"_s, u"--timeout"_s, u"60"_s, u"production_db.users"_s });
        QTRY_VERIFY_WITH_TIMEOUT(server.stat(u"in_flight"_s) >= 1, 10000);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(pid_t(p->processId()), signal), 0);
        QVERIFY(p->waitForFinished(15000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 4);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(server.stat(u"in_flight"_s), 0, 3000); // KILL QUERY ended it on the server
        HistoryStore history;
        QVERIFY(history.open(data + u"/history.sqlite"_s));
        const QList<RunRecord> runs = history.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, RunStatus::Cancelled);
    }

    // Point 8: the history path taken by a directory: the run goes on, stderr says the history was
    // not written, exit 5; a failing run keeps its own code (the precedence rule).
    void historyNotWrittenIsExit5()
    {
        const QString data = freshDataDir();
        QVERIFY(QDir().mkpath(data + u"/history.sqlite"_s));
        const CliResult ok
            = runMoctl(connectionArgs(data) + QStringList { u"flush"_s, u"production_db.users"_s }, env());
        QCOMPARE(ok.exitCode, 5);
        QVERIFY2(ok.out.startsWith(u"ok"_s), qPrintable(ok.out)); // the flush itself went fine
        QVERIFY2(ok.err.contains(u"history could not be written"_s), qPrintable(ok.err));
        const CliResult failed = runMoctl(
            connectionArgs(data) + QStringList { u"flush"_s, u"production_db.no_such_table"_s }, env());
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(u"history could not be written"_s), qPrintable(failed.err));
    }

    // Point 8: a read-only history file (moctl run as an unprivileged user: root ignores the mode).
    void readOnlyHistoryIsExit5()
    {
        if (QStandardPaths::findExecutable(u"setpriv"_s).isEmpty() || ::geteuid() != 0)
            QSKIP("needs root and setpriv to run moctl as another user");
        const QString data = freshDataDir();
        const CliResult first
            = runMoctl(connectionArgs(data) + QStringList { u"flush"_s, u"production_db.users"_s }, env());
        QCOMPARE(first.exitCode, 0); // creates the history
        QFile::remove(data + u"/history.sqlite-wal"_s);
        QFile::remove(data + u"/history.sqlite-shm"_s);
        QVERIFY(QFile::setPermissions(
            data + u"/history.sqlite"_s, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        // Everything else is open to the other user; the history file stays root's and read-only.
        for (QString dir = data; dir.startsWith(m_dir.path()); dir = QFileInfo(dir).path())
            QFile::setPermissions(dir, QFileDevice::Permissions(0x7777));
        QProcessEnvironment e = env();
        e.insert(u"HOME"_s, data);
        e.insert(u"XDG_CONFIG_HOME"_s, data + u"/config"_s);
        e.insert(u"XDG_RUNTIME_DIR"_s, data);
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(u"setpriv"_s,
            QStringList { u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, moctlPath() }
                + connectionArgs(data) + QStringList { u"flush"_s, u"production_db.users"_s });
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 5, qPrintable(u"exit %1\n%2%3"_s.arg(p.exitCode()).arg(out, err)));
        QVERIFY2(err.contains(u"history could not be written"_s), qPrintable(err));
    }

    // Point 9: kill -9 of `moctl serve` while its plan hangs on the server: the run-plan child (which
    // holds the plan lock itself) dies with it, the run is recorded cancelled, the lock is free, and
    // a new serve runs the plan once.
    void killedServeTakesItsChild()
    {
        TestServer &server = TestServer::instance();
        const QString data = freshDataDir();
        QDir().mkpath(data + u"/plans"_s);
        Schedule schedule = Schedule::everyMinutes(1);
        schedule.timeZone = u"UTC"_s;
        MaintenancePlan plan = MaintenancePlan::create(u"Every minute"_s);
        plan.steps << PlanStep::checkpoint();
        plan.schedule = schedule;
        QString error;
        QVERIFY2(PlanStore::writeFile(plan, data + u"/plans/every-minute.moplan.json"_s, &error),
            qPrintable(error));
        const auto dueNow = [&] {
            ScheduleStateStore store(data + u"/schedule-state.json"_s, data + u"/locks"_s);
            ScheduleStateStore::Transaction t(store);
            t.entries[plan.idString()]
                = { QDateTime::currentDateTimeUtc().addSecs(-90), {}, scheduleFingerprint(schedule), {} };
            return t.commit();
        };
        QVERIFY(dueNow());

        QVERIFY(server.setSwitch(u"hang"_s, 1));
        QProcess *serve = start(connectionArgs(data) + QStringList { u"serve"_s });
        QTRY_VERIFY_WITH_TIMEOUT(server.stat(u"in_flight"_s) >= 1, 20000);
        QList<qint64> children;
        QTRY_VERIFY_WITH_TIMEOUT(!(children = childrenOf(serve->processId())).isEmpty(), 5000);
        const qint64 child = children.first();
        m_kill << child;
        PlanLock probe(plan.idString(), data + u"/locks"_s);
        QVERIFY(!probe.tryLock());
        QCOMPARE(probe.holderPid(), child); // the process that runs the plan holds its lock

        QCOMPARE(::kill(pid_t(serve->processId()), SIGKILL), 0);
        QVERIFY(serve->waitForFinished(10000));
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(!processLives(child), 10000);
        qInfo("run-plan child ended %lld ms after its serve was killed", clock.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(server.stat(u"in_flight"_s), 0, 5000); // it cancelled its statement
        QVERIFY(probe.tryLock()); // free
        probe.unlock();
        {
            HistoryStore history;
            QVERIFY(history.open(data + u"/history.sqlite"_s));
            const QList<RunRecord> runs = history.runs();
            QCOMPARE(runs.size(), 1);
            QCOMPARE(runs.first().status, RunStatus::Cancelled);
        }

        // A new serve runs the plan once.
        QVERIFY(server.setSwitch(u"hang"_s, 0));
        QVERIFY(dueNow());
        QProcess *again = start(connectionArgs(data) + QStringList { u"serve"_s });
        const auto finishedRuns = [&] {
            HistoryStore history;
            if (!history.open(data + u"/history.sqlite"_s))
                return -1;
            int n = 0;
            for (const RunRecord &r : history.runs())
                n += r.status == RunStatus::Ok ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), 1, 30000);
        QTest::qWait(1500);
        QCOMPARE(finishedRuns(), 1);
        again->terminate();
        QVERIFY(again->waitForFinished(20000));
    }
};

QTEST_GUILESS_MAIN(TestFaultsRuns)
#include "tst_faults_runs.moc"
