// The runner against the stand-in, recorded in a real history file: parallel flushes, retries,
// privilege errors, client timeout, cancellation, a moctl process killed mid-run, two writers at once.
#include "apppaths.h"
#include "clirunner.h"
#include "connection/connectionfactory.h"
#include "history/historystore.h"
#include "moctl/executor.h"
#include "runner/runner.h"
#include "testserver.h"

#include <csignal>
#include <mutex>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;
using namespace std::chrono_literals;

namespace {

QList<Operation> manyFlushes(int n)
{
    const QList<TableRef> tables { TableRef::byName(u"production_db"_s, u"users"_s),
        TableRef::byName(u"production_db"_s, u"orders"_s),
        TableRef::byName(u"production_db"_s, u"products"_s),
        TableRef::byName(u"analytics_db"_s, u"metrics"_s), TableRef::byName(u"analytics_db"_s, u"events"_s) };
    QList<Operation> ops;
    for (int i = 0; i < n; ++i)
        ops << Operation::flush(tables.at(i % tables.size()));
    return ops;
}

struct Collected
{
    std::mutex mutex;
    QList<Outcome> outcomes;
    QList<int> started;
    RunCallbacks callbacks()
    {
        RunCallbacks c;
        c.operationFinished = [this](const Outcome &o) {
            std::lock_guard lock(mutex);
            outcomes << o;
        };
        c.operationStarted = [this](int index, int) {
            std::lock_guard lock(mutex);
            started << index;
        };
        return c;
    }
};

} // namespace

class TestRunnerHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    HistoryStore m_store;

    RunRequest request(const QList<Operation> &ops, ExecutionOptions options = {})
    {
        RunRequest r;
        r.settings = TestServer::instance().settings();
        r.profileId = u"standin"_s;
        r.profileName = u"Stand-in"_s;
        r.policy = FailurePolicy::Continue;
        options.backoffBase = 50ms;
        r.steps = RunRequest::stepsFor(ops, options);
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_store.open(m_dir.filePath(u"history.sqlite"_s))); }
    void init()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().reset());
    }
    void cleanup()
    {
        TestServer::instance().reset();
        ConnectionFactory::releaseThreadConnections();
    }

    void parallelFlushIsParallelAndComplete()
    {
        QVERIFY(TestServer::instance().setSwitch(u"latency_ms"_s, 300));
        ExecutionOptions options;
        options.parallelism = 6;
        const RunRequest r = request(manyFlushes(24), options);
        Collected c;
        QElapsedTimer clock;
        clock.start();
        const RunSummary s = executeRun(r, &m_store, CancelToken(), c.callbacks());
        QCOMPARE(s.status, RunStatus::Ok);
        QCOMPARE(s.ok, 24);
        QCOMPARE(TestServer::instance().stat(u"max_in_flight"_s), 6);
        QCOMPARE(TestServer::instance().stat(u"in_flight"_s), 0);
        QVERIFY2(clock.elapsed() < 24 * 300 / 2, "flushes did not overlap");
        // Every outcome is in the history, each index once.
        const QList<Outcome> recorded = m_store.outcomes(s.runId);
        QCOMPARE(recorded.size(), 24);
        for (int i = 0; i < 24; ++i) {
            QCOMPARE(recorded.at(i).operationIndex, i);
            QCOMPARE(recorded.at(i).status, OutcomeStatus::Ok);
            QVERIFY(recorded.at(i).rawReply.contains(u"\"returnStr\": \"OK\""_s));
        }
        const RunRecord run = *m_store.run(s.runId);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.ok, 24);
        QCOMPARE(run.operations, 24);
    }

    void retriesServerTimeoutThenSucceeds()
    {
        QVERIFY(TestServer::instance().setSwitch(u"server_timeout"_s, 2));
        ExecutionOptions options;
        options.retries = 3;
        const RunSummary s
            = executeRun(request({ Operation::checkpoint() }, options), &m_store, CancelToken());
        QCOMPARE(s.status, RunStatus::Ok);
        const QList<Outcome> recorded = m_store.outcomes(s.runId);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().attempts, 3);
        QCOMPARE(recorded.first().status, OutcomeStatus::Ok);
    }

    void retriesRunOut()
    {
        QVERIFY(TestServer::instance().setSwitch(u"server_timeout"_s, -1));
        ExecutionOptions options;
        options.retries = 1;
        const RunSummary s
            = executeRun(request({ Operation::checkpoint() }, options), &m_store, CancelToken());
        QCOMPARE(s.status, RunStatus::Failed);
        const Outcome o = m_store.outcomes(s.runId).first();
        QCOMPARE(o.attempts, 2);
        QCOMPARE(o.error.kind(), MoError::Kind::ServerTimeout);
        QCOMPARE(o.code(), 20101);
    }

    // Cancelled while waiting to try again: the outcome says cancelled, not the last failure.
    void cancelDuringBackoff()
    {
        QVERIFY(TestServer::instance().setSwitch(u"server_timeout"_s, -1));
        RunRequest r = request({ Operation::checkpoint() });
        r.steps[0].options.retries = 5;
        r.steps[0].options.backoffBase = 5000ms;
        CancelToken cancel;
        Collected c;
        RunCallbacks callbacks = c.callbacks();
        QElapsedTimer clock;
        clock.start();
        auto future = QtConcurrent::run([&] { return executeRun(r, &m_store, cancel, callbacks); });
        QTRY_COMPARE(TestServer::instance().stat(u"calls"_s), 1);
        QTest::qWait(200); // now in the backoff pause
        cancel.cancel();
        const RunSummary s = future.result();
        QVERIFY(clock.elapsed() < 2500);
        QCOMPARE(s.status, RunStatus::Cancelled);
        const Outcome o = m_store.outcomes(s.runId).first();
        QCOMPARE(o.status, OutcomeStatus::Cancelled);
        QCOMPARE(o.attempts, 1);
        QVERIFY(o.error.detail().contains(u"ran out of time"_s));
    }

    // A checkpoint waits while another process (moctl) has one running on the same cluster.
    void checkpointsExclusiveAcrossProcesses()
    {
        QTemporaryDir data;
        AppPaths::setDataDirectory(data.path());
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 1));
        const ConnectionSettings s = TestServer::instance().settings();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_DATA_DIR"_s, data.path());
        env.insert(u"MOCTL_PASSWORD"_s, s.password);
        QProcess moctl;
        moctl.setProcessEnvironment(env);
        moctl.start(moctlPath(),
            { u"--host"_s, s.host, u"--port"_s, QString::number(s.port), u"--user"_s, s.user, u"checkpoint"_s,
                u"--timeout"_s, u"60"_s });
        QVERIFY(moctl.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::instance().stat(u"in_flight"_s), 1, 15000);
        auto future = QtConcurrent::run(
            [&] { return executeRun(request({ Operation::globalCheckpoint() }), &m_store, CancelToken()); });
        QTest::qWait(1500);
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 1); // ours has not been sent
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 0));
        QVERIFY(moctl.waitForFinished(20000));
        QCOMPARE(moctl.exitCode(), 0);
        QCOMPARE(future.result().status, RunStatus::Ok);
        QCOMPARE(TestServer::instance().stat(u"max_in_flight"_s), 1);
        AppPaths::setDataDirectory({});
    }

    void noRetryOnPrivilegeError()
    {
        QVERIFY(TestServer::instance().setSwitch(u"deny"_s, 1));
        ExecutionOptions options;
        options.retries = 3;
        const RunSummary s = executeRun(request(manyFlushes(1), options), &m_store, CancelToken());
        QCOMPARE(s.status, RunStatus::Failed);
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 1);
        const Outcome o = m_store.outcomes(s.runId).first();
        QCOMPARE(o.attempts, 1);
        QCOMPARE(o.error.kind(), MoError::Kind::Privilege);
        QCOMPARE(o.code(), 20101);
        QVERIFY(m_store.run(s.runId)->error.contains(u"privilege"_s));
    }

    void clientTimeoutKillsTheStatement()
    {
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 1));
        ExecutionOptions options;
        options.timeout = 1000ms;
        options.retries = 0;
        QElapsedTimer clock;
        clock.start();
        const RunSummary s
            = executeRun(request({ Operation::globalCheckpoint() }, options), &m_store, CancelToken());
        QVERIFY(clock.elapsed() < 8000);
        QCOMPARE(s.status, RunStatus::Failed);
        QCOMPARE(s.timedOut, 1);
        QCOMPARE(m_store.outcomes(s.runId).first().status, OutcomeStatus::Timeout);
        QTRY_COMPARE(TestServer::instance().stat(u"in_flight"_s), 0); // killed on the server
        // The connection is usable afterwards.
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 0));
        const RunSummary after
            = executeRun(request({ Operation::globalCheckpoint() }, options), &m_store, CancelToken());
        QCOMPARE(after.status, RunStatus::Ok);
    }

    void cancelMidRun()
    {
        QVERIFY(TestServer::instance().setSwitch(u"latency_ms"_s, 400));
        ExecutionOptions options;
        options.parallelism = 3;
        Runner runner;
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy outcomes(&runner, &Runner::operationFinished);
        QSignalSpy started(&runner, &Runner::operationStarted);
        QVERIFY(runner.start(request(manyFlushes(15), options), &m_store));
        QVERIFY(!runner.start(request(manyFlushes(1), options), &m_store)); // one run at a time
        QTRY_VERIFY(outcomes.size() >= 3);
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!runner.isRunning());
        const RunSummary s = finished.first().first().value<RunSummary>();
        QCOMPARE(s.status, RunStatus::Cancelled);
        QVERIFY(s.cancelled > 0);
        QCOMPARE(s.ok + s.cancelled + s.failed + s.timedOut, 15);
        QCOMPARE(outcomes.size(), 15); // no outcome lost
        QCOMPARE(m_store.outcomes(s.runId).size(), 15);
        const RunRecord run = *m_store.run(s.runId);
        QCOMPARE(run.status, RunStatus::Cancelled);
        QCOMPARE(run.ok + run.cancelled, 15);
        QTRY_COMPARE(TestServer::instance().stat(u"in_flight"_s), 0);
        // The server has no connection left from the runner.
        QTRY_COMPARE(
            TestServer::instance()
                .scalar(u"SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE '%mo_ctl(%'"
                        " AND INFO NOT LIKE '%PROCESSLIST%'"_s)
                .toInt(),
            0);
    }

    // A moctl process killed while its statement hangs: the next open marks the run interrupted.
    void crashedMoctlRunIsInterrupted()
    {
        QTemporaryDir data;
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 1));
        const ConnectionSettings s = TestServer::instance().settings();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_DATA_DIR"_s, data.path());
        env.insert(u"MOCTL_PASSWORD"_s, s.password);
        QProcess moctl;
        moctl.setProcessEnvironment(env);
        moctl.start(moctlPath(),
            { u"--host"_s, s.host, u"--port"_s, QString::number(s.port), u"--user"_s, s.user, u"flush"_s,
                u"production_db.users"_s, u"production_db.orders"_s, u"--timeout"_s, u"300"_s });
        QVERIFY(moctl.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::instance().stat(u"in_flight"_s), 2, 15000);
        {
            HistoryStore reader;
            QVERIFY(reader.open(data.filePath(u"history.sqlite"_s)));
            const QList<RunRecord> runs = reader.runs();
            QCOMPARE(runs.size(), 1);
            QCOMPARE(runs.first().status, RunStatus::Running); // the process is alive: left alone
            QCOMPARE(runs.first().trigger, RunTrigger::Cli);
            QCOMPARE(runs.first().pid, moctl.processId());
        }
        ::kill(pid_t(moctl.processId()), SIGKILL);
        QVERIFY(moctl.waitForFinished(10000));
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 0));

        HistoryStore store;
        QVERIFY(store.open(data.filePath(u"history.sqlite"_s)));
        QCOMPARE(store.interruptedOnOpen(), 1);
        const RunRecord run = store.runs().first();
        QCOMPARE(run.status, RunStatus::Interrupted);
        QVERIFY(run.finished.isValid());
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    // The GUI's store and a moctl process write the same file at once; nothing is lost.
    void twoWritersAtOnce()
    {
        QTemporaryDir data;
        HistoryStore store;
        QVERIFY(store.open(data.filePath(u"history.sqlite"_s)));
        QVERIFY(TestServer::instance().setSwitch(u"latency_ms"_s, 20));
        const ConnectionSettings s = TestServer::instance().settings();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_DATA_DIR"_s, data.path());
        env.insert(u"MOCTL_PASSWORD"_s, s.password);
        QStringList args { u"--host"_s, s.host, u"--port"_s, QString::number(s.port), u"--user"_s, s.user,
            u"flush"_s, u"--parallel"_s, u"4"_s };
        for (int i = 0; i < 20; ++i)
            args << (i % 2 ? u"production_db.users"_s : u"analytics_db.metrics"_s);
        QList<QProcess *> processes;
        for (int p = 0; p < 3; ++p) {
            auto *process = new QProcess(this);
            process->setProcessEnvironment(env);
            process->start(moctlPath(), args);
            processes << process;
        }
        ExecutionOptions options;
        options.parallelism = 4;
        int inProcess = 0;
        for (int i = 0; i < 5; ++i) {
            const RunSummary r = executeRun(request(manyFlushes(10), options), &store, CancelToken());
            QCOMPARE(r.ok, 10);
            ++inProcess;
        }
        for (QProcess *p : processes) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
            QVERIFY2(!p->readAllStandardError().contains("history"), "moctl could not write the history");
            delete p;
        }
        QVERIFY(store.errorString().isEmpty());
        RunFilter all;
        all.limit = 0;
        const QList<RunRecord> runs = store.runs(all);
        QCOMPARE(runs.size(), 3 + inProcess);
        int ok = 0;
        int outcomes = 0;
        for (const RunRecord &r : runs) {
            QCOMPARE(r.status, RunStatus::Ok);
            ok += r.ok;
            outcomes += int(store.outcomes(r.id).size());
        }
        QCOMPARE(ok, 3 * 20 + inProcess * 10);
        QCOMPARE(outcomes, ok);
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    void moctlHistoryCommand()
    {
        QTemporaryDir data;
        const ConnectionSettings s = TestServer::instance().settings();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_DATA_DIR"_s, data.path());
        env.insert(u"MOCTL_PASSWORD"_s, s.password);
        const QStringList conn { u"--host"_s, s.host, u"--port"_s, QString::number(s.port), u"--user"_s,
            s.user };
        QCOMPARE(runMoctl(conn + QStringList { u"flush"_s, u"production_db.users"_s }, env).exitCode, 0);
        QCOMPARE(runMoctl(conn + QStringList { u"flush"_s, u"production_db.nope"_s }, env).exitCode, 1);
        CliResult r = runMoctl({ u"history"_s, u"--format"_s, u"json"_s }, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"\"status\": \"failed\""_s));
        QVERIFY(r.out.contains(u"\"trigger\": \"cli\""_s));
        r = runMoctl({ u"history"_s, u"--format"_s, u"csv"_s, u"--limit"_s, u"1"_s }, env);
        QCOMPARE(r.out.count(u"\r\n"_s), 2);
        r = runMoctl({ u"history"_s, u"--run"_s, u"2"_s }, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"production_db.nope"_s));
        QVERIFY(r.out.contains(u"no such table"_s));
        r = runMoctl({ u"history"_s, u"--status"_s, u"ok"_s }, env);
        QVERIFY(r.out.contains(u" ok "_s));
        QVERIFY(!r.out.contains(u"failed"_s));
        QVERIFY(!r.out.contains(s.password + u"\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestRunnerHistory)
#include "tst_runner_history.moc"
