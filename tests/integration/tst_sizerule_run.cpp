// Size rules and checkpoint conditions against the stand-in (mo_table_rows = exact COUNT(*),
// mo_table_size = real bytes): rows >= N, the K largest, "grown by" between two runs of moctl run-plan
// (rows inserted in between), the figures kept in History, the dry run, and a global checkpoint that
// waits for incrementals (skipped with its reason, then sent). Also `moctl checkpoints` at v2.2.0 and
// v3.0.0 (the stand-in answers in each version's format).
#include "clirunner.h"
#include "connection/connectionfactory.h"
#include "history/historystore.h"
#include "moctl/checkpoints.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "plan/preflight.h"
#include "runner/runner.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

class MemoryRecorder final : public RunRecorder
{
public:
    qint64 beginRun(const RunRequest &, const QDateTime &) override { return 7; }
    void recordOutcome(qint64, const Outcome &outcome) override
    {
        QMutexLocker lock(&m_mutex);
        m_outcomes << outcome;
    }
    void endRun(qint64, const RunSummary &) override { }
    QList<Outcome> outcomes()
    {
        QMutexLocker lock(&m_mutex);
        return m_outcomes;
    }

private:
    QMutex m_mutex;
    QList<Outcome> m_outcomes;
};

// Tables of known sizes in a database of this test's own: rows as given, ~220 bytes a row.
const QList<std::pair<QString, int>> Tables
    = { { u"big"_s, 3000 }, { u"mid"_s, 900 }, { u"small"_s, 40 }, { u"empty"_s, 0 } };

QStringList sortedTargets(const QList<Outcome> &outcomes)
{
    QStringList t;
    for (const Outcome &o : outcomes)
        t << o.target;
    t.sort();
    return t;
}

} // namespace

class TestSizeRuleRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    QProcessEnvironment env() const { return moctlEnvironment(m_data.path()); }
    QStringList connection() const { return standinConnection(); }
    QString savePlan(const MaintenancePlan &plan) { return savePlanFile(m_data.path(), plan); }
    static bool insertRows(const QString &table, int from, int count)
    {
        if (count <= 0)
            return true;
        QString error;
        const bool ok = TestServer::instance().exec(
            u"INSERT INTO sizerule_db.`%1` (n, pad) SELECT seq, REPEAT('x', 200) FROM sizerule_db.seq_%2_to_%3"_s
                .arg(table)
                .arg(from)
                .arg(from + count - 1),
            &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }
    static MaintenancePlan rulePlan(const QString &name, const SizeRule &rule)
    {
        MaintenancePlan plan = MaintenancePlan::create(name);
        PlanStep flush = PlanStep::flush();
        flush.targets.patterns << u"sizerule_db.*"_s;
        flush.sizeRule = rule;
        flush.retries = 0;
        plan.steps << flush;
        return plan;
    }
    static bool setVersion(const QString &version)
    {
        return TestServer::instance().exec(u"SELECT mo_standin_set_str('version', '%1')"_s.arg(version));
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STANDIN();
        QVERIFY(m_data.isValid());
        TestServer &server = TestServer::instance();
        QVERIFY(server.exec(u"DROP DATABASE IF EXISTS sizerule_db"_s));
        QVERIFY(server.exec(u"CREATE DATABASE sizerule_db"_s));
        for (const auto &[name, rows] : Tables) {
            QVERIFY(server.exec(
                u"CREATE TABLE sizerule_db.`%1` (n INT PRIMARY KEY, pad CHAR(200)) ENGINE=InnoDB"_s.arg(
                    name)));
            QVERIFY(insertRows(name, 1, rows));
        }
    }
    void cleanupTestCase()
    {
        if (TestServer::instance().isAvailable()) {
            TestServer::instance().exec(u"DROP DATABASE IF EXISTS sizerule_db"_s);
            setVersion(QString());
        }
    }
    void init() { TestServer::instance().reset(); }

    // mo_table_rows is exact: rows >= 900 selects big and mid, nothing else of the candidates.
    void rowsAtLeast()
    {
        const MaintenancePlan plan = rulePlan(u"Rows"_s, SizeRule { 900, {}, {}, {} });
        const PreflightReport report = runPreflight(plan, TestServer::instance().settings());
        ConnectionFactory::releaseThreadConnections();
        QVERIFY(report.connected());
        const SizeRuleResult r = report.sizeRules.value(sizeRuleKey(plan.steps.first()));
        QCOMPARE(r.candidates.size(), 4);
        QStringList selected;
        for (const TableRef &t : r.selected)
            selected << t.display();
        QCOMPARE(selected, (QStringList { u"sizerule_db.big"_s, u"sizerule_db.mid"_s }));
        for (const SizeRuleCandidate &c : r.candidates) {
            const auto it = std::find_if(Tables.cbegin(), Tables.cend(),
                [&](const auto &t) { return u"sizerule_db."_s + t.first == c.table.display(); });
            QVERIFY(it != Tables.cend());
            QCOMPARE(c.now.rows, qint64(it->second));
            QVERIFY(c.now.bytes >= 65536);
        }
        // The run flushes exactly those.
        MemoryRecorder recorder;
        const RunRequest request = toRunRequest(plan, TestServer::instance().settings(), report.resolution,
            RunTrigger::Manual, &report.serverCatalog);
        const RunSummary summary = executeRun(request, &recorder, CancelToken());
        ConnectionFactory::releaseThreadConnections();
        QCOMPARE(summary.status, RunStatus::Ok);
        QCOMPARE(
            sortedTargets(recorder.outcomes()), (QStringList { u"sizerule_db.big"_s, u"sizerule_db.mid"_s }));
        for (const Outcome &o : recorder.outcomes())
            QCOMPARE(o.tableRows, o.target.endsWith(u"big"_s) ? 3000 : 900);
        QCOMPARE(TestServer::instance().stat(u"flush"_s), 2);
    }

    // mo_table_size is real bytes: the 2 largest are big and mid; their sizes are in order.
    void largest()
    {
        const MaintenancePlan plan = rulePlan(u"Largest"_s, SizeRule { {}, {}, 2, {} });
        const PreflightReport report
            = runPreflight(plan, TestServer::instance().settings(), PreflightDepth::Quick);
        ConnectionFactory::releaseThreadConnections();
        const SizeRuleResult r = report.sizeRules.value(sizeRuleKey(plan.steps.first()));
        QCOMPARE(r.selected.size(), 2);
        QCOMPARE(r.selected.at(0).display(), u"sizerule_db.big"_s);
        QCOMPARE(r.selected.at(1).display(), u"sizerule_db.mid"_s);
        QVERIFY(r.candidates.at(0).now.bytes > r.candidates.at(1).now.bytes);
        QVERIFY(r.candidates.at(1).now.bytes > r.candidates.at(3).now.bytes);
        QVERIFY(!r.candidates.at(2).selected);
    }

    // moctl run-plan twice with rows inserted in between: the second run flushes only the table that
    // grew; History keeps rows and size of each flushed table; --dry-run shows the selection with sizes.
    void grownBetweenRuns()
    {
        const MaintenancePlan plan
            = rulePlan(u"Growth"_s, SizeRule { {}, {}, {}, SizeGrowth { SizeGrowth::Unit::Rows, 100 } });
        savePlan(plan);
        CliResult r = runMoctl(
            connection() + QStringList { u"--format"_s, u"json"_s, u"run-plan"_s, u"Growth"_s }, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(TestServer::instance().stat(u"flush"_s), 4); // no earlier figures: every candidate, once

        QVERIFY(insertRows(u"small"_s, 1000, 150));
        QVERIFY(insertRows(u"mid"_s, 5000, 20)); // grew, but by less than 100
        r = runMoctl(connection() + QStringList { u"run-plan"_s, u"--dry-run"_s, u"Growth"_s }, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"size rule selects 1 of 4 tables now"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"+ sizerule_db.small  190 rows"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"grew +150 rows"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"- sizerule_db.mid  920 rows"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"SELECT mo_ctl('dn', 'flush', 'sizerule_db.small');"_s));
        QCOMPARE(TestServer::instance().stat(u"flush"_s), 4); // the dry run sent nothing

        r = runMoctl(
            connection() + QStringList { u"--format"_s, u"json"_s, u"run-plan"_s, u"Growth"_s }, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(TestServer::instance().stat(u"flush"_s), 5);

        HistoryStore history;
        QVERIFY(history.open(m_data.path() + u"/history.sqlite"_s));
        RunFilter filter;
        filter.planId = plan.idString();
        const QList<RunRecord> runs = history.runs(filter); // newest first
        QCOMPARE(runs.size(), 2);
        const QList<Outcome> second = history.outcomes(runs.at(0).id);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().target, u"sizerule_db.small"_s);
        QCOMPARE(second.first().tableRows, 190);
        QVERIFY(second.first().tableBytes >= 65536);
        const QList<Outcome> first = history.outcomes(runs.at(1).id);
        QCOMPARE(first.size(), 4);
        for (const Outcome &o : first)
            QVERIFY2(o.tableRows >= 0 && o.tableBytes > 0, qPrintable(o.target));
        const QList<TableGrowthPoint> growth = history.tableGrowth(u"sizerule_db.small"_s, plan.idString());
        QCOMPARE(growth.size(), 2);
        QCOMPARE(growth.at(0).rows, 40);
        QCOMPARE(growth.at(1).rows, 190);
        QCOMPARE(history.lastTableFigures(plan.idString()).value(u"sizerule_db.mid"_s).rows, 900);
    }

    // A global checkpoint that waits for incrementals: skipped (with the reason, in the recorder as in
    // History) while too few have piled up since the last global, sent once enough have.
    void minIncrementals()
    {
        const ConnectionSettings settings = TestServer::instance().settings();
        MaintenancePlan plan = MaintenancePlan::create(u"Global when needed"_s);
        PlanStep global = PlanStep::globalCheckpoint();
        global.minIncrementals = 2;
        global.retries = 0;
        plan.steps << global;
        const RunRequest request = toRunRequest(plan, settings, {});
        QCOMPARE(request.steps.first().minIncrementals, 2);
        // Start from a fresh global checkpoint: no incrementals since.
        QVERIFY(TestServer::instance().exec(u"SELECT mo_ctl('dn', 'globalcheckpoint', '')"_s));
        QCOMPARE(readCheckpoints(settings).incrementalsSinceGlobalCount(), 0);
        TestServer::instance().reset();
        {
            MemoryRecorder recorder;
            const RunSummary s = executeRun(request, &recorder, CancelToken());
            QCOMPARE(s.skipped, 1);
            QCOMPARE(s.status, RunStatus::Ok);
            QCOMPARE(recorder.outcomes().size(), 1);
            QCOMPARE(recorder.outcomes().first().status, OutcomeStatus::Skipped);
            // A skip is not an error: the reason is the outcome's detail (History's message).
            QVERIFY2(recorder.outcomes().first().error.detail().contains(u"fewer than the 2"_s),
                qPrintable(recorder.outcomes().first().error.detail()));
            QCOMPARE(TestServer::instance().stat(u"globalcheckpoint"_s), 0); // nothing sent
        }
        QVERIFY(TestServer::instance().exec(u"SELECT mo_ctl('dn', 'checkpoint', '')"_s));
        QVERIFY(TestServer::instance().exec(u"SELECT mo_ctl('dn', 'checkpoint', '')"_s));
        QCOMPARE(readCheckpoints(settings).incrementalsSinceGlobalCount(), 2);
        TestServer::instance().reset();
        {
            MemoryRecorder recorder;
            const RunSummary s = executeRun(request, &recorder, CancelToken());
            QCOMPARE(s.ok, 1);
            QCOMPARE(recorder.outcomes().first().status, OutcomeStatus::Ok);
            QCOMPARE(TestServer::instance().stat(u"globalcheckpoint"_s), 1);
        }
        QCOMPARE(readCheckpoints(settings).incrementalsSinceGlobalCount(), 0);
        ConnectionFactory::releaseThreadConnections();

        // Through moctl run-plan: the skip is in History with its reason.
        savePlan(plan);
        const CliResult r
            = runMoctl(connection() + QStringList { u"run-plan"_s, u"Global when needed"_s }, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        HistoryStore history;
        QVERIFY(history.open(m_data.path() + u"/history.sqlite"_s));
        RunFilter filter;
        filter.planId = plan.idString();
        const QList<Outcome> outcomes = history.outcomes(history.runs(filter).first().id);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().status, OutcomeStatus::Skipped);
        QVERIFY2(outcomes.first().error.detail().contains(u"incremental"_s),
            qPrintable(outcomes.first().error.detail()));
    }

    void cliCheckpoints_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("command");
        QTest::newRow("v2.2.0") << u"2.2.0"_s << u"checkpoint-list"_s << u"inspect checkpoint list"_s;
        QTest::newRow("v3.0.0") << u"3.0.0"_s << u"inmemory-ckp-list"_s << u"inspect inmemory-ckp list"_s;
    }
    void cliCheckpoints()
    {
        QFETCH(QString, version);
        QFETCH(QString, format);
        QFETCH(QString, command);
        QVERIFY(setVersion(version));
        QVERIFY(TestServer::instance().exec(u"SELECT mo_ctl('dn', 'globalcheckpoint', '')"_s));
        QVERIFY(TestServer::instance().exec(u"SELECT mo_ctl('dn', 'checkpoint', '')"_s));
        CliResult r
            = runMoctl(connection() + QStringList { u"checkpoints"_s, u"--format"_s, u"json"_s }, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"format"_s).toString(), format);
        QCOMPARE(o.value(u"command"_s).toString(), command);
        QVERIFY(o.value(u"serverVersion"_s).toString().endsWith(version));
        QCOMPARE(o.value(u"lastGlobal"_s).toObject().value(u"type"_s).toString(), u"global"_s);
        QVERIFY(o.value(u"lastGlobal"_s)
                    .toObject()
                    .value(u"endTime"_s)
                    .toString()
                    .startsWith(QString::number(QDate::currentDate().year())));
        const QJsonArray since = o.value(u"incrementalsSinceGlobal"_s).toArray();
        QCOMPARE(since.size(), 1);
        QVERIFY(since.first().toObject().value(u"ckpLsn"_s).toString().toULongLong()
            > o.value(u"lastGlobal"_s).toObject().value(u"ckpLsn"_s).toString().toULongLong());
        r = runMoctl(connection() + QStringList { u"checkpoints"_s }, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"Last global checkpoint:"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"1 incremental checkpoint since it:"_s));
        QVERIFY(r.out.contains(command));
        QVERIFY(r.out.contains(u"UTC"_s));
    }

    // A reply the client does not know is printed as received (exit 0), never a crash.
    void cliUnknownReplyShownRaw()
    {
        QVERIFY(setVersion(u"2.2.0"_s));
        // As if the server were v3 while saying v2.2: the stand-in answers cobra's error text.
        const CheckpointList list = [] {
            ScopedConnection c(TestServer::instance().settings(), u"test"_s);
            QSqlQuery q(c.db());
            q.exec(u"SELECT mo_ctl('dn', 'inspect', 'inspect inmemory-ckp list')"_s);
            q.next();
            return parseCheckpointList(q.value(0).toString());
        }();
        QVERIFY(!list.isKnown());
        QVERIFY2(list.raw.contains(u"unknown command"_s), qPrintable(list.raw));
        QVERIFY(list.raw.startsWith(u"\nmsg: "_s));
    }
};

QTEST_GUILESS_MAIN(TestSizeRuleRun)
#include "tst_sizerule_run.moc"
