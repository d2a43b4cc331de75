// Plans against the stand-in: the on-failure policy with injected failures (a missing table, denied
// privilege), disabled steps never sent, one outcome per statement, preflight, and moctl run-plan /
// --dry-run / plans validate through the real binary.
#include "clirunner.h"
#include "connection/connectionfactory.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "plan/preflight.h"
#include "runner/runner.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

// Keeps what a run recorded, as history would.
class MemoryRecorder final : public RunRecorder
{
public:
    qint64 beginRun(const RunRequest &request, const QDateTime &) override
    {
        QMutexLocker lock(&m_mutex);
        m_request = request;
        ++m_runs;
        return 42;
    }
    void recordOutcome(qint64 runId, const Outcome &outcome) override
    {
        QMutexLocker lock(&m_mutex);
        QCOMPARE(runId, 42);
        m_outcomes << outcome;
    }
    void endRun(qint64, const RunSummary &summary) override
    {
        QMutexLocker lock(&m_mutex);
        m_summary = summary;
    }
    QList<Outcome> outcomes() const
    {
        QList<Outcome> sorted = m_outcomes;
        std::sort(sorted.begin(), sorted.end(),
            [](const Outcome &a, const Outcome &b) { return a.operationIndex < b.operationIndex; });
        return sorted;
    }
    // "step:target:status" per outcome, in operation order.
    QStringList trace() const
    {
        QStringList t;
        for (const Outcome &o : outcomes())
            t << u"%1:%2:%3"_s.arg(o.stepIndex).arg(o.target, outcomeStatusName(o.status));
        return t;
    }
    int runs() const { return m_runs; }
    RunRequest request() const { return m_request; }

private:
    QMutex m_mutex;
    QList<Outcome> m_outcomes;
    RunRequest m_request;
    RunSummary m_summary;
    int m_runs = 0;
};

MaintenancePlan policyPlan(FailurePolicy policy)
{
    MaintenancePlan plan = MaintenancePlan::create(u"Policy"_s);
    plan.policy = policy;
    PlanTargets first;
    first.tables << TableRef::byName(u"production_db"_s, u"users"_s)
                 << TableRef::byName(u"production_db"_s, u"ghost"_s); // does not exist
    PlanStep flush = PlanStep::flush(first);
    flush.parallelism = 1;
    flush.retries = 0;
    PlanTargets second;
    second.tables << TableRef::byName(u"production_db"_s, u"orders"_s);
    PlanStep flush2 = PlanStep::flush(second);
    flush2.retries = 0;
    PlanStep checkpoint = PlanStep::checkpoint();
    checkpoint.retries = 0;
    PlanStep global = PlanStep::globalCheckpoint();
    global.retries = 0;
    plan.steps << flush << checkpoint << flush2 << global;
    return plan;
}

} // namespace

class TestPlanRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    QProcessEnvironment env() const { return moctlEnvironment(m_data.path()); }
    QStringList connection() const { return standinConnection(); }
    // A plan of the same name from an earlier test is replaced.
    QString savePlan(const MaintenancePlan &plan) { return savePlanFile(m_data.path(), plan); }

private Q_SLOTS:
    void init()
    {
        REQUIRE_SERVER();
        TestServer::instance().reset();
    }
    void cleanup() { TestServer::instance().reset(); }

    void policy_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("stop") << int(FailurePolicy::Stop)
                              << QStringList { u"0:production_db.users:ok"_s,
                                     u"0:production_db.ghost:failed"_s, u"1:cluster:skipped"_s,
                                     u"2:production_db.orders:skipped"_s, u"3:cluster:skipped"_s };
        QTest::newRow("continue") << int(FailurePolicy::Continue)
                                  << QStringList { u"0:production_db.users:ok"_s,
                                         u"0:production_db.ghost:failed"_s, u"1:cluster:ok"_s,
                                         u"2:production_db.orders:ok"_s, u"3:cluster:ok"_s };
        QTest::newRow("skip checkpoints")
            << int(FailurePolicy::SkipCheckpoints)
            << QStringList { u"0:production_db.users:ok"_s, u"0:production_db.ghost:failed"_s,
                   u"1:cluster:skipped"_s, u"2:production_db.orders:ok"_s, u"3:cluster:skipped"_s };
    }
    void policy()
    {
        QFETCH(int, policy);
        QFETCH(QStringList, expected);
        const MaintenancePlan plan = policyPlan(FailurePolicy(policy));
        MemoryRecorder recorder;
        const RunSummary summary
            = executeRun(toRunRequest(plan, TestServer::instance().settings(), {}), &recorder, CancelToken());
        QCOMPARE(recorder.trace(), expected);
        QCOMPARE(recorder.runs(), 1);
        QCOMPARE(recorder.request().planId, plan.idString());
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.firstError.kind(), MoError::Kind::NotFound);
        const Outcome ghost = recorder.outcomes().at(1);
        QCOMPARE(ghost.sql, u"SELECT mo_ctl('dn', 'flush', 'production_db.ghost')"_s);
        QCOMPARE(ghost.code(), 1146);
    }

    void deniedPrivilegeStopsThePlan()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"deny"_s, 1));
        MemoryRecorder recorder;
        const RunSummary summary
            = executeRun(toRunRequest(policyPlan(FailurePolicy::Stop), TestServer::instance().settings(), {}),
                &recorder, CancelToken());
        QCOMPARE(recorder.trace(),
            (QStringList { u"0:production_db.users:failed"_s, u"0:production_db.ghost:failed"_s,
                u"1:cluster:skipped"_s, u"2:production_db.orders:skipped"_s, u"3:cluster:skipped"_s }));
        QCOMPARE(summary.firstError.kind(), MoError::Kind::Privilege);
        QCOMPARE(summary.status, RunStatus::Failed);
    }

    void disabledStepsAreNeverSent()
    {
        REQUIRE_STANDIN();
        MaintenancePlan plan = policyPlan(FailurePolicy::Continue);
        plan.steps[0].targets.tables.removeLast(); // no failure
        plan.steps[1].enabled = false;
        plan.steps[3].enabled = false;
        const int before = TestServer::instance().stat(u"calls"_s);
        MemoryRecorder recorder;
        const RunSummary summary
            = executeRun(toRunRequest(plan, TestServer::instance().settings(), {}), &recorder, CancelToken());
        QCOMPARE(summary.status, RunStatus::Ok);
        QCOMPARE(recorder.trace(),
            (QStringList { u"0:production_db.users:ok"_s, u"1:production_db.orders:ok"_s }));
        QCOMPARE(TestServer::instance().stat(u"calls"_s) - before, 2);
    }

    void preflightFindsMissingTablesAndResolvesPatterns()
    {
        MaintenancePlan plan = policyPlan(FailurePolicy::Stop);
        plan.steps[2].targets.patterns << u"analytics_db.*"_s << u"nowhere.*"_s;
        const int before = TestServer::instance().isStandin() ? TestServer::instance().stat(u"calls"_s) : 0;
        const PreflightReport report = runPreflight(plan, TestServer::instance().settings());
        QVERIFY(report.connected());
        QVERIFY(report.serverVersion.contains(u"MatrixOne"_s));
        QCOMPARE(report.missingTables, QList<TableRef> { TableRef::byName(u"production_db"_s, u"ghost"_s) });
        QVERIFY(report.hasErrors());
        QStringList matched;
        for (const TableRef &t : report.resolution.value(u"analytics_db.*"_s))
            matched << t.table;
        matched.sort();
        QCOMPARE(matched, (QStringList { u"events"_s, u"metrics"_s }));
        QVERIFY(report.resolution.value(u"nowhere.*"_s).isEmpty());
        // users, orders, metrics, events: estimated, with rows known.
        QCOMPARE(report.estimates.size(), 4);
        QVERIFY(report.totalRows > 0);
        for (const auto &e : report.estimates)
            QVERIFY2(e.rows >= 0, qPrintable(e.table.display()));
        if (TestServer::instance().isStandin())
            QCOMPARE(TestServer::instance().stat(u"calls"_s), before); // preflight never sends mo_ctl
        ConnectionFactory::releaseThreadConnections();
    }

    // On MatrixOne v1.1.0 (no global checkpoint before v1.1.2, no flush by id before v1.2.1) a plan's
    // run refuses those operations before sending them, the rest runs; preflight names them first.
    void oldServerRefusesFormsBeforeSending()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().exec(u"SELECT mo_standin_set_str('version', '1.1.0')"_s));
        ConnectionFactory::releaseThreadConnections(); // a connection reads version() when it opens
        MaintenancePlan plan = policyPlan(FailurePolicy::Continue);
        plan.steps[0].targets.tables.removeLast(); // no ghost
        plan.steps[2].targets.tables << TableRef::byName(u"production_db"_s, u"my.table"_s); // only by id
        const PreflightReport report = runPreflight(plan, TestServer::instance().settings());
        ConnectionFactory::releaseThreadConnections();
        QStringList errors;
        for (const auto &item : report.items) {
            if (item.severity == PreflightReport::Severity::Error)
                errors << u"%1: %2"_s.arg(item.stepIndex).arg(item.message);
        }
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).startsWith(u"2: "_s) && errors.at(0).contains(u"v1.2.1"_s),
            qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).startsWith(u"3: "_s) && errors.at(1).contains(u"v1.1.2"_s),
            qPrintable(errors.at(1)));

        MemoryRecorder recorder;
        const RunSummary summary
            = executeRun(toRunRequest(plan, TestServer::instance().settings(), {}), &recorder, CancelToken());
        ConnectionFactory::releaseThreadConnections();
        QCOMPARE(recorder.trace(),
            (QStringList { u"0:production_db.users:ok"_s, u"1:cluster:ok"_s, u"2:production_db.orders:ok"_s,
                u"2:production_db.`my.table`:failed"_s, u"3:cluster:failed"_s }));
        const QList<Outcome> outcomes = recorder.outcomes();
        for (int i : { 3, 4 }) {
            QCOMPARE(outcomes.at(i).error.kind(), MoError::Kind::InvalidInput);
            QVERIFY(outcomes.at(i).sql.isEmpty()); // nothing sent
            QVERIFY(outcomes.at(i).error.message().contains(u"v1.1.0"_s));
        }
        QCOMPARE(summary.refused, 2);
        QCOMPARE(summary.serverVersion, u"8.0.30-MatrixOne-v1.1.0"_s);
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 3);
        QCOMPARE(TestServer::instance().stat(u"globalcheckpoint"_s), 0);
    }

    void preflightCannotConnect()
    {
        ConnectionSettings s = TestServer::instance().settings();
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        s.port = closed.serverPort();
        closed.close();
        s.connectTimeoutSec = 3;
        const PreflightReport report = runPreflight(policyPlan(FailurePolicy::Stop), s);
        QVERIFY(!report.connected());
        QVERIFY(report.hasErrors());
        QVERIFY(!report.items.isEmpty());
    }

    void cliRunPlanRecordsOutcomesAndExitCodes()
    {
        const QString file = savePlan(policyPlan(FailurePolicy::SkipCheckpoints));
        const CliResult r = runMoctl(
            connection() + QStringList { u"--format"_s, u"json"_s, u"run-plan"_s, u"Policy"_s }, env());
        QCOMPARE(r.exitCode, 1); // a statement failed on the server
        QStringList statuses;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            statuses << o.value(u"target"_s).toString() + u':' + o.value(u"status"_s).toString();
        }
        statuses.sort();
        QCOMPARE(statuses,
            (QStringList { u"cluster:skipped"_s, u"cluster:skipped"_s, u"production_db.ghost:failed"_s,
                u"production_db.orders:ok"_s, u"production_db.users:ok"_s }));
        // By file too; all good when the missing table is gone.
        MaintenancePlan fine = policyPlan(FailurePolicy::Stop);
        fine.name = u"Fine"_s;
        fine.steps[0].targets.tables.removeLast();
        fine.steps[2].targets.patterns << u"analytics_db.*"_s;
        const QString fineFile = savePlan(fine);
        const CliResult ok = runMoctl(connection() + QStringList { u"run-plan"_s, fineFile }, env());
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(u"analytics_db.metrics"_s), qPrintable(ok.out + ok.err));
        QVERIFY(ok.out.contains(u"6 ok, 0 failed"_s));
        QVERIFY(QFile::exists(file));
    }

    void cliDryRunSendsNothing()
    {
        REQUIRE_STANDIN();
        savePlan(policyPlan(FailurePolicy::Stop));
        const int before = TestServer::instance().stat(u"calls"_s);
        const CliResult r
            = runMoctl(connection() + QStringList { u"run-plan"_s, u"--dry-run"_s, u"Policy"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QStringList statements;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u"--"_s))
                statements << line;
        }
        QCOMPARE(statements,
            (QStringList { u"SELECT mo_ctl('dn', 'flush', 'production_db.users');"_s,
                u"SELECT mo_ctl('dn', 'flush', 'production_db.ghost');"_s,
                u"SELECT mo_ctl('dn', 'checkpoint', '');"_s,
                u"SELECT mo_ctl('dn', 'flush', 'production_db.orders');"_s,
                u"SELECT mo_ctl('dn', 'globalcheckpoint', '');"_s }));
        QCOMPARE(TestServer::instance().stat(u"calls"_s), before);
    }

    void cliUsageErrors()
    {
        const CliResult missing
            = runMoctl(connection() + QStringList { u"run-plan"_s, u"No such plan"_s }, env());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"No such plan"_s));
        MaintenancePlan invalid = MaintenancePlan::create(u"Invalid"_s);
        invalid.steps << PlanStep::checkpoint(u"abc"_s);
        savePlan(invalid);
        const CliResult bad = runMoctl(connection() + QStringList { u"run-plan"_s, u"Invalid"_s }, env());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(u"abc"_s));
        const CliResult validate = runMoctl({ u"plans"_s, u"validate"_s, u"Invalid"_s }, env());
        QCOMPARE(validate.exitCode, 2);
        QVERIFY(validate.out.contains(u"duration"_s));
        const CliResult list = runMoctl({ u"plans"_s, u"list"_s }, env());
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"Invalid"_s));
        // A plan naming a profile that does not exist: listed as broken, refused without --profile.
        {
            QFile profiles(m_data.path() + u"/profiles.json"_s);
            QVERIFY(profiles.open(QIODevice::WriteOnly));
            profiles.write(R"({"format": "moctl-profiles", "version": 1, "profiles": []})");
        }
        MaintenancePlan orphan = MaintenancePlan::create(u"Orphan"_s);
        orphan.profileId = u"00000000-0000-4000-8000-00000000dead"_s;
        orphan.steps << PlanStep::checkpoint();
        const QString orphanFile = savePlan(orphan);
        const QByteArray orphanBytes = [&] {
            QFile f(orphanFile);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const CliResult listed = runMoctl({ u"plans"_s, u"list"_s }, env());
        QVERIFY2(listed.out.contains(u"BROKEN"_s) && listed.out.contains(u"does not exist"_s),
            qPrintable(listed.out));
        const CliResult refused = runMoctl({ u"run-plan"_s, u"Orphan"_s }, env());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(u"--profile"_s));
        const CliResult explicitly
            = runMoctl(connection() + QStringList { u"run-plan"_s, u"Orphan"_s }, env());
        QCOMPARE(explicitly.exitCode, 0);
        QFile again(orphanFile);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), orphanBytes); // never rewritten
        QFile::remove(m_data.path() + u"/profiles.json"_s);

        // A plan that cannot connect: exit 3.
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const QString port = QString::number(closed.serverPort());
        closed.close();
        MaintenancePlan patterns = policyPlan(FailurePolicy::Stop);
        patterns.name = u"Patterns"_s;
        patterns.steps[0].targets.patterns << u"analytics_db.*"_s;
        savePlan(patterns);
        const CliResult down = runMoctl(
            { u"--host"_s, u"127.0.0.1"_s, u"--port"_s, port, u"run-plan"_s, u"Patterns"_s }, env());
        QCOMPARE(down.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestPlanRun)
#include "tst_plan_run.moc"
