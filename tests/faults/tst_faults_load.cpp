// Fault suite, load: 20 plans scheduled every minute over a simulated hour, the stand-in adding
// latency to every mo_ctl call — no overlap violation, no lost outcome, memory flat.
//
// The Scheduler runs on a fake clock advanced minute by minute (a simulated minute lasts as long as
// the runs it started need, at least MinRealMinute of real time), while every run really goes: a
// Runner per run (its own thread, a thread pool per flush step, per-thread QMYSQL connections) against
// the stand-in, recorded in a real HistoryStore (SQLite, WAL, one writer thread). In process rather
// than through `moctl run-plan` children: 1,200 processes each opening the history and connecting
// would take minutes on a loaded 2-core machine, and memory can only be watched in one process.
// The host is what the GUI's would be: it starts a run, says whether the plan's run is going, calls
// Scheduler::runFinished() when it ends and records every decision in history.
#include "connection/connectionfactory.h"
#include "history/historystore.h"
#include "plan/maintenanceplan.h"
#include "runner/runner.h"
#include "schedule/scheduler.h"
#include "testserver.h"

#include <algorithm>
#include <dlfcn.h>
#include <mutex>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMultiHash>
#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;
using namespace std::chrono_literals;

namespace {

using Kind = ScheduleDecision::Kind;

constexpr int PlanCount = 20;
constexpr int DefaultMinutes = 60; // MOCTL_LOAD_MINUTES overrides it (looking into memory by hand)
constexpr int LatencyMs = 30; // every mo_ctl call on the stand-in
constexpr int MinRealMinuteMs = 400; // a simulated minute lasts at least this long
// Memory flat: from minute 10 to the end of the hour the resident set may grow by what SQLite's own
// heap grew (the history writer's page cache fills as the file grows, up to SQLite's default
// cache_size of 2000 KiB: full after about an hour of this load, then RSS stays flat) plus this much
// for the test's own bookkeeping (about 250 bytes per decision) and the allocator.
constexpr int RssSlackKiB = 1024;
constexpr int SqliteCacheKiB = 2000; // when SQLite's memory cannot be read: its default page cache

// A number from /proc/self/status ("VmRSS:  12345 kB" -> 12345), -1 when not there.
qint64 procStatus(QByteArrayView field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// SQLite's heap in KiB (page caches included), from the libsqlite3 the QSQLITE driver loaded; -1 when
// it cannot be read.
qint64 sqliteMemoryKiB()
{
    using MemoryUsed = long long (*)();
    static const MemoryUsed memoryUsed = [] {
        void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        return lib ? reinterpret_cast<MemoryUsed>(dlsym(lib, "sqlite3_memory_used")) : MemoryUsed(nullptr);
    }();
    return memoryUsed ? memoryUsed() / 1024 : -1;
}

// Forwards to the history and watches, from the runner's threads, how many runs of each plan are
// between beginRun() and endRun() at once, and what the outcomes added up to.
class CountingRecorder final : public RunRecorder
{
public:
    explicit CountingRecorder(HistoryStore &history)
        : m_history(history)
    {
    }

    qint64 beginRun(const RunRequest &request, const QDateTime &started) override
    {
        const qint64 id = m_history.beginRun(request, started);
        std::lock_guard lock(m_mutex);
        ++begun;
        if (id <= 0)
            ++failedBegins;
        m_planOf.insert(id, request.planId);
        const int n = ++m_inFlight[request.planId];
        maxPerPlan = qMax(maxPerPlan, n);
        if (n > 1)
            ++overlaps;
        return id;
    }
    void recordOutcome(qint64 runId, const Outcome &outcome) override
    {
        m_history.recordOutcome(runId, outcome);
        std::lock_guard lock(m_mutex);
        ++outcomes;
        attempts += outcome.attempts;
    }
    void endRun(qint64 runId, const RunSummary &summary) override
    {
        m_history.endRun(runId, summary);
        std::lock_guard lock(m_mutex);
        ++ended;
        --m_inFlight[m_planOf.take(runId)];
    }

    // Read when no run goes.
    int begun = 0;
    int ended = 0;
    int failedBegins = 0;
    int overlaps = 0; // a run of a plan began while another of the same plan had not ended
    int maxPerPlan = 0;
    qint64 outcomes = 0;
    qint64 attempts = 0;

private:
    HistoryStore &m_history;
    std::mutex m_mutex;
    QHash<qint64, QString> m_planOf;
    QHash<QString, int> m_inFlight;
};

// Runs each plan with a Runner of its own per run, as an application would.
class LoadHost final : public QObject, public ScheduleHost
{
public:
    LoadHost(HistoryStore &history, RunRecorder &recorder, QHash<QString, RunRequest> requests)
        : m_history(history)
        , m_recorder(recorder)
        , m_requests(std::move(requests))
    {
    }
    void setScheduler(Scheduler *scheduler) { m_scheduler = scheduler; }

    bool startRun(const QString &planId, const QDateTime &slot, QString *error) override
    {
        if (!m_requests.contains(planId)) {
            *error = u"unknown plan"_s;
            return false;
        }
        if (m_running.contains(planId))
            ++startsWhileRunning; // the scheduler asked for a second run of a plan whose run goes
        auto *runner = new Runner(this);
        connect(runner, &Runner::finished, this, [this, planId, runner](const RunSummary &summary) {
            m_running.remove(planId, runner);
            runner->deleteLater();
            ++finished;
            if (summary.status != RunStatus::Ok)
                ++notOk;
            if (m_scheduler)
                m_scheduler->runFinished(planId);
        });
        if (!runner->start(m_requests.value(planId), &m_recorder)) {
            delete runner;
            *error = u"the runner did not start"_s;
            return false;
        }
        m_running.insert(planId, runner);
        Q_UNUSED(slot);
        ++starts;
        return true;
    }
    bool isRunning(const QString &planId) const override { return m_running.contains(planId); }
    void recordDecision(const ScheduleDecision &decision) override
    {
        // A skip needs a reason: the plan's run is going (no other process runs these plans).
        if (decision.kind == Kind::SkippedOverlap && !m_running.contains(decision.planId))
            ++skipsWhileIdle;
        decisions.append({ decision.planId, decision.kind, decision.slot });
        if (decision.kind != Kind::Fired && decision.kind != Kind::Queued
            && decision.kind != Kind::SkippedOverlap)
            unexpected << decisionKindName(decision.kind) + u": "_s + decision.message;
        m_history.recordEvent(
            decisionKindName(decision.kind), decision.planId, decision.planName, decision.message);
    }

    int running() const { return int(m_running.size()); }
    bool anyRunning(const QSet<QString> &planIds) const
    {
        return std::any_of(
            planIds.cbegin(), planIds.cend(), [this](const QString &id) { return m_running.contains(id); });
    }

    // Kept small (no messages): memory is measured with these growing.
    struct Decision
    {
        QString planId;
        Kind kind;
        QDateTime slot;
    };
    QList<Decision> decisions;
    QStringList unexpected; // decisions other than fired, queued and skipped, with their message
    int starts = 0;
    int finished = 0;
    int notOk = 0; // runs whose summary was not ok
    int startsWhileRunning = 0;
    int skipsWhileIdle = 0;

private:
    HistoryStore &m_history;
    RunRecorder &m_recorder;
    QHash<QString, RunRequest> m_requests;
    QMultiHash<QString, Runner *> m_running;
    Scheduler *m_scheduler = nullptr;
};

TableRef table(const char *database, const char *name)
{
    return TableRef::byName(QString::fromLatin1(database), QString::fromLatin1(name));
}

} // namespace

class TestFaultsLoad : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        // Checkpoint lock files and anything else under the data directory stay in this test's own.
        qputenv("MOCTL_DATA_DIR", m_dataDir.path().toLocal8Bit());
    }
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

    void twentyPlansEveryMinuteForAnHour()
    {
        QElapsedTimer wall;
        wall.start();
        const int minutes = qEnvironmentVariableIntValue("MOCTL_LOAD_MINUTES") > 10
            ? qEnvironmentVariableIntValue("MOCTL_LOAD_MINUTES")
            : DefaultMinutes;
        TestServer &server = TestServer::instance();

        // The stand-in's tables (--seed test), a few per step.
        const QList<TableRef> tables { table("production_db", "users"), table("production_db", "orders"),
            table("production_db", "products"), table("production_db", "audit_log"),
            table("analytics_db", "metrics"), table("analytics_db", "events"),
            table("inventory_db", "warehouses"), table("inventory_db", "stock_moves"),
            table("staging_db", "import_batches"), table("production_db", "my.table"),
            table("production_db", "o'brien") };
        const auto pick = [&tables](int from, int count) {
            PlanTargets targets;
            for (int i = 0; i < count; ++i)
                targets.tables << tables.at((from + i) % tables.size());
            return targets;
        };

        // 18 quick plans (flush steps of 2-3 tables; every sixth adds a checkpoint, which runs one at a
        // time across the process) and 2 slow ones (a 1 s wait between two flush steps) that are still
        // going when their next slot comes: one skips, one queues.
        QHash<QString, RunRequest> requests;
        QHash<QString, int> operationsOf;
        QHash<QString, QString> nameOf;
        QList<ScheduledPlan> scheduled;
        QSet<QString> quickPlans;
        QString skipPlan;
        QString queuePlan;
        int parallelismBound = 0;
        for (int p = 0; p < PlanCount; ++p) {
            MaintenancePlan plan = MaintenancePlan::create(u"Load plan %1"_s.arg(p + 1));
            const bool slow = p >= PlanCount - 2;
            PlanStep first = PlanStep::flush(pick(p, 3));
            first.parallelism = 2;
            plan.steps << first;
            if (slow) {
                plan.steps << PlanStep::wait(1);
            } else {
                PlanStep second = PlanStep::flush(pick(p + 3, 2));
                second.parallelism = 1;
                plan.steps << second;
                if (p % 6 == 0)
                    plan.steps << PlanStep::checkpoint();
            }
            PlanStep last = PlanStep::flush(pick(p + 5, 2));
            last.parallelism = 2;
            plan.steps << last;
            plan.policy = FailurePolicy::Continue;
            QVERIFY2(!hasErrors(validate(plan)), qPrintable(plan.name));
            parallelismBound += 2; // the widest step of every plan

            const RunRequest request = toRunRequest(plan, server.settings(), {}, RunTrigger::Scheduled);
            const QString id = plan.idString();
            requests.insert(id, request);
            operationsOf.insert(id, request.operationCount());
            nameOf.insert(id, plan.name);
            Schedule schedule = Schedule::everyMinutes(1);
            schedule.timeZone = u"UTC"_s;
            schedule.overlap = p == PlanCount - 1 ? Schedule::Overlap::QueueOne : Schedule::Overlap::Skip;
            scheduled.append({ id, plan.name, schedule, QString() });
            if (!slow)
                quickPlans << id;
            else if (p == PlanCount - 2)
                skipPlan = id;
            else
                queuePlan = id;
        }

        HistoryStore history;
        QVERIFY2(history.open(m_dataDir.filePath(u"history.sqlite"_s)), qPrintable(history.errorString()));
        CountingRecorder recorder(history);
        LoadHost host(history, recorder, requests);
        Scheduler scheduler(&host);
        host.setScheduler(&scheduler);
        // The state file is written on every fire: in memory when the system allows.
        QTemporaryDir stateDir(QFileInfo(u"/dev/shm"_s).isWritable()
                ? u"/dev/shm/tst_faults_load-XXXXXX"_s
                : QDir::tempPath() + u"/tst_faults_load-XXXXXX"_s);
        QVERIFY(stateDir.isValid());
        scheduler.setStatePaths(stateDir.filePath(u"schedule-state.json"_s), stateDir.filePath(u"locks"_s));
        const QDateTime start(QDate(2026, 11, 27), QTime(0, 0), QTimeZone::utc());
        QDateTime now = start;
        scheduler.setClock([&now] { return now; });
        scheduler.setPlans(scheduled);

        QVERIFY(server.setSwitch(u"latency_ms"_s, LatencyMs));

        const auto allIdle = [&] { return host.running() == 0 && !scheduler.hasPendingRuns(); };
        qint64 rssAt10 = 0;
        qint64 sqliteAt10 = 0;
        qint64 threadsAt10 = 0;
        qsizetype connectionsAt10 = 0;
        qint64 rssMin = std::numeric_limits<qint64>::max();
        qint64 rssMax = 0;
        QElapsedTimer minuteTimer;
        qint64 slowestMinuteMs = 0;
        QByteArrayList trace; // VmRSS in MiB every 10 minutes
        for (int minute = 1; minute <= minutes; ++minute) {
            now = start.addSecs(60 * minute);
            minuteTimer.start();
            scheduler.evaluate();
            // Next minute once the quick plans' runs of this minute ended (the slow ones go on).
            QVERIFY2(QTest::qWaitFor([&] { return !host.anyRunning(quickPlans); }, 60000),
                qPrintable(u"minute %1: the quick plans' runs did not end within 60 s"_s.arg(minute)));
            const qint64 left = MinRealMinuteMs - minuteTimer.elapsed();
            if (left > 0)
                QTest::qWait(int(left));
            slowestMinuteMs = qMax(slowestMinuteMs, minuteTimer.elapsed());
            if (minute == 10 || minute == minutes) {
                // Memory is compared with nothing running.
                QVERIFY2(QTest::qWaitFor(allIdle, 60000), "the runs did not end within 60 s");
                const qint64 rss = procStatus("VmRSS");
                QVERIFY(rss > 0);
                if (minute == 10) {
                    rssAt10 = rss;
                    sqliteAt10 = sqliteMemoryKiB();
                    threadsAt10 = procStatus("Threads");
                    connectionsAt10 = QSqlDatabase::connectionNames().size();
                }
            }
            const qint64 rss = procStatus("VmRSS");
            if (minute % 10 == 0)
                trace << QByteArray::number(rss / 1024.0, 'f', 1);
            rssMin = qMin(rssMin, rss);
            rssMax = qMax(rssMax, rss);
        }
        QVERIFY2(QTest::qWaitFor(allIdle, 60000), "the runs did not end within 60 s");
        const qint64 rssAt60 = procStatus("VmRSS");
        const qint64 sqliteAt60 = sqliteMemoryKiB();
        const qint64 threadsAt60 = procStatus("Threads");
        const qsizetype connectionsAt60 = QSqlDatabase::connectionNames().size();
        const int calls = server.stat(u"calls"_s);
        const int okCalls = server.stat(u"ok"_s);
        const int maxInFlight = server.stat(u"max_in_flight"_s);
        const int inFlight = server.stat(u"in_flight"_s);
        QVERIFY(server.setSwitch(u"latency_ms"_s, 0));
        // Events are written without waiting: closing the store writes what is queued.
        history.close();
        QVERIFY2(history.open(m_dataDir.filePath(u"history.sqlite"_s)), qPrintable(history.errorString()));

        // (b), first: the scheduler never started a plan whose run was going, and no two runs of a plan
        // were ever between beginRun() and endRun() at once.
        QCOMPARE(host.startsWhileRunning, 0);
        QCOMPARE(recorder.overlaps, 0);

        // (a) Exact counts: every plan's 60 slots were each fired once or skipped once, never both.
        int fired = 0;
        int skipped = 0;
        int queued = 0;
        QHash<QString, QHash<QString, int>> kindsOf; // plan -> decision kind name -> count
        QHash<QString, QList<QDateTime>> slotsOf;
        QCOMPARE(host.unexpected, QStringList());
        for (const LoadHost::Decision &d : std::as_const(host.decisions)) {
            QVERIFY2(requests.contains(d.planId), qPrintable(d.planId));
            ++kindsOf[d.planId][decisionKindName(d.kind)];
            switch (d.kind) {
            case Kind::Fired:
                ++fired;
                slotsOf[d.planId] << d.slot;
                break;
            case Kind::SkippedOverlap:
                ++skipped;
                slotsOf[d.planId] << d.slot;
                break;
            case Kind::Queued:
                ++queued;
                break;
            default:
                QFAIL(qPrintable(u"unexpected decision %1 for %2"_s.arg(
                    decisionKindName(d.kind), nameOf.value(d.planId))));
            }
        }
        QCOMPARE(fired + skipped, PlanCount * minutes);
        for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
            QList<QDateTime> slotList = slotsOf.value(it.key());
            std::sort(slotList.begin(), slotList.end());
            QCOMPARE(slotList.size(), minutes);
            for (int m = 0; m < minutes; ++m)
                QCOMPARE(slotList.at(m), start.addSecs(60 * (m + 1)));
        }
        // The quick plans ended before their next slot: all 60 fired. The slow ones overlapped.
        for (const QString &id : std::as_const(quickPlans)) {
            QCOMPARE(kindsOf[id].value(u"fired"_s), minutes);
            QCOMPARE(kindsOf[id].value(u"skipped-overlap"_s), 0);
        }
        QVERIFY2(kindsOf[skipPlan].value(u"skipped-overlap"_s) > 0, "the slow plan never overlapped");
        QCOMPARE(kindsOf[skipPlan].value(u"queued"_s), 0);
        QVERIFY2(kindsOf[queuePlan].value(u"queued"_s) > 0, "the slow queueing plan never queued");
        QVERIFY(queued <= kindsOf[queuePlan].value(u"fired"_s));
        QCOMPARE(host.starts, fired);
        // Every decision is in the history's events.
        for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
            const QList<HistoryEvent> events = history.events(it.key(), 10 * minutes);
            QHash<QString, int> eventKinds;
            for (const HistoryEvent &e : events) {
                QCOMPARE(e.planName, nameOf.value(it.key()));
                ++eventKinds[e.kind];
            }
            QCOMPARE(eventKinds, kindsOf.value(it.key()));
        }

        // (b) No overlap (continued): the scheduler never skipped a slot of a plan whose run was not
        // going, and the server never saw more statements at once than the plans' widest steps allow.
        QCOMPARE(host.skipsWhileIdle, 0);
        QCOMPARE(recorder.maxPerPlan, 1);
        QVERIFY2(maxInFlight >= 2 && maxInFlight <= parallelismBound,
            qPrintable(u"max_in_flight %1, expected 2..%2"_s.arg(maxInFlight).arg(parallelismBound)));
        QCOMPARE(inFlight, 0);

        // (c) No lost outcome: every run finished ok with all its outcomes; every call the server
        // answered is an outcome's attempt.
        QCOMPARE(recorder.failedBegins, 0);
        QCOMPARE(recorder.begun, fired);
        QCOMPARE(recorder.ended, fired);
        QCOMPARE(host.finished, fired);
        QCOMPARE(host.notOk, 0);
        RunFilter all;
        all.limit = 0;
        const QList<RunRecord> runs = history.runs(all);
        QCOMPARE(runs.size(), fired);
        QHash<QString, QList<RunRecord>> runsOf;
        qint64 outcomeCount = 0;
        qint64 attemptCount = 0;
        for (const RunRecord &run : runs) {
            QVERIFY2(requests.contains(run.planId), qPrintable(run.planId));
            QCOMPARE(runStatusName(run.status), runStatusName(RunStatus::Ok));
            QCOMPARE(run.trigger, RunTrigger::Scheduled);
            QVERIFY(run.finished.isValid());
            QCOMPARE(run.operations, operationsOf.value(run.planId));
            QCOMPARE(run.ok, run.operations);
            const QList<Outcome> outcomes = history.outcomes(run.id);
            QCOMPARE(outcomes.size(), run.operations);
            QSet<int> indexes;
            for (const Outcome &o : outcomes) {
                QCOMPARE(outcomeStatusName(o.status), outcomeStatusName(OutcomeStatus::Ok));
                QVERIFY(o.attempts >= 1);
                indexes << o.operationIndex;
                attemptCount += o.attempts;
            }
            QCOMPARE(indexes.size(), run.operations);
            outcomeCount += outcomes.size();
            runsOf[run.planId] << run;
        }
        QCOMPARE(outcomeCount, recorder.outcomes);
        QCOMPARE(attemptCount, recorder.attempts);
        QCOMPARE(qint64(calls), attemptCount);
        QCOMPARE(qint64(okCalls), outcomeCount);
        // Per plan, each run started after the previous one finished (the history's own times).
        for (auto it = runsOf.begin(); it != runsOf.end(); ++it) {
            QList<RunRecord> &list = it.value();
            QCOMPARE(list.size(), kindsOf[it.key()].value(u"fired"_s));
            std::sort(list.begin(), list.end(),
                [](const RunRecord &a, const RunRecord &b) { return a.started < b.started; });
            for (int i = 1; i < list.size(); ++i)
                QVERIFY2(list.at(i).started >= list.at(i - 1).finished,
                    qPrintable(u"%1: run %2 started before run %3 finished"_s.arg(nameOf.value(it.key()))
                                   .arg(list.at(i).id)
                                   .arg(list.at(i - 1).id)));
        }
        QCOMPARE(history.integrityCheck(), u"ok"_s);

        // (d) Memory flat: from minute 10 to the last minute (both measured with nothing running) the
        // resident set grows by at most what SQLite's heap grew plus RssSlackKiB; threads and
        // connections are back where they were.
        qInfo("load: %d slots: %d runs fired, %d skipped (overlap), %d queued first; %lld outcomes, %d calls,"
              " max_in_flight %d, slowest minute %lld ms, wall %lld ms",
            PlanCount * minutes, fired, skipped, queued, outcomeCount, calls, maxInFlight, slowestMinuteMs,
            wall.elapsed());
        qInfo("load: VmRSS %lld kB at minute 10, %lld kB at minute %d (min %lld, max %lld); threads %lld -> "
              "%lld;"
              " connections %lld -> %lld",
            rssAt10, rssAt60, minutes, rssMin, rssMax, threadsAt10, threadsAt60, qint64(connectionsAt10),
            qint64(connectionsAt60));
        qInfo("load: VmRSS every 10 minutes (MiB): %s", trace.join(' ').constData());
        qInfo("load: SQLite heap %lld KiB at minute 10, %lld KiB at minute %d", sqliteAt10, sqliteAt60,
            minutes);
        const qint64 sqliteGrowth
            = sqliteAt10 >= 0 && sqliteAt60 >= 0 ? qMax<qint64>(0, sqliteAt60 - sqliteAt10) : SqliteCacheKiB;
        QVERIFY2(rssAt60 - rssAt10 <= sqliteGrowth + RssSlackKiB,
            qPrintable(
                u"VmRSS grew from %1 kB (minute 10) to %2 kB (minute %3), more than SQLite's heap (+%4 KiB) and %5 KiB"_s
                    .arg(rssAt10)
                    .arg(rssAt60)
                    .arg(minutes)
                    .arg(sqliteGrowth)
                    .arg(RssSlackKiB)));
        QVERIFY2(
            threadsAt60 <= threadsAt10, qPrintable(u"threads %1 -> %2"_s.arg(threadsAt10).arg(threadsAt60)));
        QVERIFY2(connectionsAt60 <= connectionsAt10,
            qPrintable(u"connections %1 -> %2"_s.arg(connectionsAt10).arg(connectionsAt60)));
    }
};

QTEST_GUILESS_MAIN(TestFaultsLoad)
#include "tst_faults_load.moc"
