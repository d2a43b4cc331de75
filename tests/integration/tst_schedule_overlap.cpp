// The overlap policy against a real run that hangs in the stand-in: the Scheduler (fake clock for the
// firing times) starts each run the way the GUI and moctl serve do, as a child `moctl run-plan ID`
// (PlanProcessHost, data directory from MOCTL_DATA_DIR, the password on the child's standard input),
// and the run really sits in mo_ctl while the next slot comes due.
//  - skip (the default): the slot is recorded as skipped in history's events, no second run reaches
//    the server, history holds one run;
//  - queue one: the next slot is queued, a third one skipped, and exactly one more run starts as soon as
//    the first one ends.
#include "apppaths.h"
#include "connection/profilestore.h"
#include "history/historystore.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "schedule/processhost.h"
#include "schedule/scheduler.h"
#include "testserver.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

QString moctlPath()
{
    return QStringLiteral(MOCTL_BIN_DIR) + u"/moctl"_s;
}

int countEvents(const QList<HistoryEvent> &events, const QString &kind)
{
    return int(
        std::count_if(events.cbegin(), events.cend(), [&](const HistoryEvent &e) { return e.kind == kind; }));
}

QString describeEvents(const QList<HistoryEvent> &events)
{
    QStringList lines;
    for (const HistoryEvent &e : events)
        lines << e.kind + u": "_s + e.message;
    return lines.join(u'\n');
}

} // namespace

class TestScheduleOverlap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QString m_profileId;
    QDateTime m_now;

    // A plan with one checkpoint, on the stand-in's profile, every minute (UTC).
    QString savePlan(const QString &name, Schedule::Overlap overlap)
    {
        MaintenancePlan plan = MaintenancePlan::create(name);
        plan.profileId = m_profileId;
        PlanStep checkpoint = PlanStep::checkpoint();
        checkpoint.retries = 0;
        checkpoint.timeoutSeconds = 120;
        plan.steps << checkpoint;
        Schedule schedule = Schedule::everyMinutes(1);
        schedule.timeZone = u"UTC"_s;
        schedule.overlap = overlap;
        plan.schedule = schedule;
        PlanStore store(AppPaths::plansDirectory());
        store.load();
        QString error;
        if (!store.save(plan, &error))
            qWarning() << error;
        return plan.idString();
    }

    // The scheduler and its host as main.cpp builds them (plus the password on stdin, as moctl serve).
    struct Rig
    {
        std::unique_ptr<HistoryStore> history;
        std::unique_ptr<PlanProcessHost> host;
        std::unique_ptr<Scheduler> scheduler;
    };

    std::unique_ptr<Rig> makeRig(const QString &planId)
    {
        auto rig = std::make_unique<Rig>();
        rig->history = std::make_unique<HistoryStore>();
        if (!rig->history->open(AppPaths::historyFile()))
            qWarning() << rig->history->errorString();
        rig->host = std::make_unique<PlanProcessHost>(
            moctlPath(), QStringList { u"--password-stdin"_s }, PlanProcessHost::Mode::Background);
        rig->host->setStdinPassword(TestServer::instance().settings().password);
        HistoryStore *history = rig->history.get();
        rig->host->setDecisionHandler([history](const ScheduleDecision &d) {
            history->recordEvent(decisionKindName(d.kind), d.planId, d.planName, d.message);
        });
        rig->scheduler = std::make_unique<Scheduler>(rig->host.get());
        rig->host->setScheduler(rig->scheduler.get());
        rig->scheduler->setClock([this] { return m_now; });
        rig->scheduler->setStatePaths(m_data.filePath(u"schedule-state.json"_s), AppPaths::locksDirectory());
        QList<ScheduledPlan> plans;
        PlanStore plansNow(AppPaths::plansDirectory());
        plansNow.load();
        for (const ScheduledPlan &p : plansNow.scheduledPlans()) {
            if (p.id == planId)
                plans << p;
        }
        if (plans.size() != 1)
            qWarning() << "plan not found" << planId;
        rig->scheduler->setPlans(plans);
        return rig;
    }

    QList<RunRecord> runsOf(const Rig &rig, const QString &planId)
    {
        RunFilter filter;
        filter.planId = planId;
        return rig.history->runs(filter);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STANDIN();
        if (!QFileInfo::exists(moctlPath()))
            SKIP_OR_FAIL_ON_CI(QStringLiteral("moctl is not built"));
        QVERIFY(m_data.isValid());
        // The child moctl finds its data (profiles, plans, history, locks) where the app says.
        qputenv("MOCTL_DATA_DIR", m_data.path().toLocal8Bit());
        AppPaths::setDataDirectory(m_data.path());
        const ConnectionSettings s = TestServer::instance().settings();
        ConnectionProfile profile;
        profile.name = u"Stand-in"_s;
        profile.host = s.host;
        profile.port = s.port;
        profile.setUserName(s.user);
        profile.tlsMode = s.tlsMode;
        ProfileStore profiles(AppPaths::profilesFile());
        profiles.load();
        QString error;
        QVERIFY2(profiles.save(profile, &error), qPrintable(error));
        m_profileId = profile.idString();
    }

    void init()
    {
        QVERIFY(TestServer::instance().reset());
        // A minute boundary, ten seconds past: the next slot is 50 s away in fake time.
        const QDateTime real = QDateTime::currentDateTimeUtc();
        m_now = QDateTime(real.date(), QTime(real.time().hour(), real.time().minute()), QTimeZone::utc())
                    .addSecs(10);
    }

    void cleanup()
    {
        TestServer::instance().setSwitch(u"hang"_s, 0);
        TestServer::instance().reset();
    }

    void skipWhileTheRunHangs()
    {
        const QString planId = savePlan(u"Hanging skip"_s, Schedule::Overlap::Skip);
        const std::unique_ptr<Rig> rig = makeRig(planId);
        QSignalSpy ended(rig->host.get(), &PlanProcessHost::runEnded);
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 1));

        // The first slot: the run starts and hangs in mo_ctl.
        m_now = m_now.addSecs(50);
        rig->scheduler->evaluate();
        QVERIFY(rig->host->isRunning(planId));
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::instance().stat(u"in_flight"_s), 1, 30000);

        // The next two slots come while it still hangs: skipped, nothing sent.
        for (int i = 0; i < 2; ++i) {
            m_now = m_now.addSecs(60);
            rig->scheduler->evaluate();
        }
        QVERIFY(rig->host->isRunning(planId));
        QVERIFY(!rig->scheduler->hasPendingRuns());
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 1);
        QCOMPARE(TestServer::instance().stat(u"in_flight"_s), 1);

        // Released: the run ends well, and nothing else starts.
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 0));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60000);
        QCOMPARE(ended.first().at(1).toInt(), 0);
        QVERIFY(!rig->host->anyRunning());
        QTest::qWait(200);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(TestServer::instance().stat(u"max_in_flight"_s), 1);
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 1);

        const QList<RunRecord> runs = runsOf(*rig, planId);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().trigger, RunTrigger::Scheduled);
        QCOMPARE(runs.first().status, RunStatus::Ok);
        QList<HistoryEvent> events;
        QTRY_VERIFY_WITH_TIMEOUT(
            countEvents(events = rig->history->events(planId), u"skipped-overlap"_s) == 2, 10000);
        QCOMPARE(countEvents(events, u"fired"_s), 1);
        QCOMPARE(countEvents(events, u"queued"_s), 0);
        for (const HistoryEvent &e : std::as_const(events)) {
            if (e.kind == u"skipped-overlap"_s)
                QVERIFY2(e.message.contains(u"still going"_s), qPrintable(describeEvents(events)));
        }
    }

    void queueOneRunsOnceMoreAfterTheHang()
    {
        const QString planId = savePlan(u"Hanging queue"_s, Schedule::Overlap::QueueOne);
        const std::unique_ptr<Rig> rig = makeRig(planId);
        QSignalSpy ended(rig->host.get(), &PlanProcessHost::runEnded);
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 1));

        m_now = m_now.addSecs(50);
        rig->scheduler->evaluate();
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::instance().stat(u"in_flight"_s), 1, 30000);

        // Next slot: queued. The one after: skipped (one is already queued).
        m_now = m_now.addSecs(60);
        rig->scheduler->evaluate();
        QVERIFY(rig->scheduler->hasPendingRuns());
        m_now = m_now.addSecs(60);
        rig->scheduler->evaluate();
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 1);

        // Released: the first run ends, the queued one starts at once (same fake time) and ends too.
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 0));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 60000);
        QCOMPARE(ended.at(0).at(1).toInt(), 0);
        QCOMPARE(ended.at(1).at(1).toInt(), 0);
        QVERIFY(!rig->scheduler->hasPendingRuns());
        QVERIFY(!rig->host->anyRunning());
        // Nothing more until the next slot.
        rig->scheduler->evaluate();
        QTest::qWait(200);
        QCOMPARE(ended.size(), 2);
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 2);
        QCOMPARE(TestServer::instance().stat(u"max_in_flight"_s), 1);

        const QList<RunRecord> runs = runsOf(*rig, planId);
        QCOMPARE(runs.size(), 2);
        for (const RunRecord &run : runs) {
            QCOMPARE(run.status, RunStatus::Ok);
            QCOMPARE(run.trigger, RunTrigger::Scheduled);
        }
        QVERIFY(runs.at(1).finished <= runs.at(0).started); // newest first; one after the other
        QList<HistoryEvent> events;
        QTRY_VERIFY_WITH_TIMEOUT(countEvents(events = rig->history->events(planId), u"fired"_s) == 2, 10000);
        QCOMPARE(countEvents(events, u"queued"_s), 1);
        QCOMPARE(countEvents(events, u"skipped-overlap"_s), 1);
        bool waited = false;
        for (const HistoryEvent &e : std::as_const(events))
            waited |= e.kind == u"fired"_s && e.message.contains(u"waited for the previous run"_s);
        QVERIFY2(waited, qPrintable(describeEvents(events)));
    }
};

QTEST_GUILESS_MAIN(TestScheduleOverlap)
#include "tst_schedule_overlap.moc"
