// Fleets against the stand-in with the real moctl: one plan on several profiles at once. The stand-in is
// one server, so the "clusters" are profiles pointing at it, each with its own password in the keychain
// (needs a Secret Service, as under /work/wt/ctest.sh and scripts/test). Checked: a member with a wrong
// password fails alone and decides the exit code (3), History has one run per profile sharing a fleet id
// (history --fleet, JSON, CSV), members run in parallel (wall well below the sum of their runs, and not
// with --max-clusters 1), selector errors exit 2 with nothing run, a scheduled fleet plan (moctl schedule
// run) runs as one fleet, and profile tags through moctl profiles.
#include "clirunner.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "history/historystore.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "runner/fleetrun.h"
#include "schedule/schedule.h"
#include "schedule/schedulestate.h"
#include "testserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestFleet final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QStringList m_profileIds; // keychain entries to remove at the end

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"MOCTL_DATA_DIR"_s, m_data.path());
        e.remove(u"MOCTL_PASSWORD"_s); // each member's own password, from the keychain
        e.remove(u"MOCTL_RUN_TRIGGER"_s);
        return e;
    }

    // A profile on the stand-in with its password in the keychain.
    bool addProfile(
        const QString &name, const QString &group, const QString &tags, const QByteArray &password)
    {
        const auto s = TestServer::instance().settings();
        QStringList args { u"profiles"_s, u"add"_s, name, u"--host"_s, s.host, u"--port"_s,
            QString::number(s.port), u"--user"_s, s.user, u"--group"_s, group, u"--password-stdin"_s };
        if (!tags.isEmpty())
            args << u"--tags"_s << tags;
        const CliResult r = runMoctl(args, env(), password + '\n');
        if (r.exitCode == 6)
            return false; // no keychain (the profile was added without its password)
        if (r.exitCode != 0) {
            qWarning() << r.out << r.err;
            return false;
        }
        const QRegularExpression id(u"\\(([0-9a-f-]{36})\\)"_s);
        m_profileIds << id.match(r.out).captured(1);
        return true;
    }

    MaintenancePlan savePlan(const QString &name, const PlanStep &step, const QString &profiles = {},
        std::optional<Schedule> schedule = std::nullopt)
    {
        MaintenancePlan plan = MaintenancePlan::create(name);
        plan.steps << step;
        plan.policy = FailurePolicy::Continue;
        plan.profiles = profiles;
        plan.setSchedule(schedule);
        PlanStore store(m_data.path() + u"/plans"_s);
        store.load();
        QString error;
        if (!store.save(plan, &error))
            qWarning() << error;
        return plan;
    }

    QList<RunRecord> runsOf(const QString &planId) const
    {
        HistoryStore history;
        if (!history.open(m_data.filePath(u"history.sqlite"_s)))
            return {};
        RunFilter all;
        all.limit = 0;
        QList<RunRecord> runs;
        for (const RunRecord &r : history.runs(all)) {
            if (r.planId == planId)
                runs << r;
        }
        return runs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STANDIN();
        TestServer::instance().reset();
        if (!addProfile(u"fleet-a"_s, u"prod"_s, u"eu,par"_s, "111") && m_profileIds.isEmpty())
            SKIP_OR_FAIL_ON_CI(u"no keychain (Secret Service) for the profiles' passwords"_s);
        QVERIFY(addProfile(u"fleet-b"_s, u"prod"_s, u"par"_s, "111"));
        QVERIFY(addProfile(u"fleet-c"_s, u"prod"_s, u"eu"_s, "wrong password"));
        QVERIFY(addProfile(u"fleet-d"_s, u"staging"_s, u"par"_s, "111"));
    }
    void cleanupTestCase()
    {
        KeychainSecretStore keychain;
        for (const QString &id : std::as_const(m_profileIds))
            keychain.removeBlocking(id);
        TestServer::instance().reset();
    }
    void init() { TestServer::instance().reset(); }

    // group:prod = a, b, c; c's password is wrong: only c fails, the exit code is 3 (cannot log in),
    // History has three runs with one fleet id.
    void oneWrongPasswordFailsOnlyItsMember()
    {
        PlanTargets targets;
        targets.tables << TableRef::byName(u"production_db"_s, u"users"_s)
                       << TableRef::byName(u"production_db"_s, u"orders"_s);
        const MaintenancePlan plan = savePlan(u"Fleet flush"_s, PlanStep::flush(targets));
        const CliResult r
            = runMoctl({ u"run-plan"_s, u"Fleet flush"_s, u"--profiles"_s, u"group:prod"_s }, env());
        QVERIFY2(r.finished, "moctl did not finish");
        QCOMPARE(r.exitCode, 3);
        // Per-cluster lines carry the profile's name; the summary names every member.
        QVERIFY2(r.out.contains(u"[fleet-a] ok"_s) && r.out.contains(u"[fleet-b] ok"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"[fleet-d]"_s), qPrintable(r.out));
        const QRegularExpression summaryC(
            u"^  fleet-c +\\S+ .*exit 3"_s, QRegularExpression::MultilineOption);
        QVERIFY2(summaryC.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"wrong password"_s) && !r.err.contains(u"wrong password"_s),
            "a password was printed");

        const QList<RunRecord> runs = runsOf(plan.idString());
        QCOMPARE(runs.size(), 3);
        const QString fleetId = runs.first().fleetId;
        QCOMPARE(fleetId.size(), 36);
        QHash<QString, RunStatus> status;
        for (const RunRecord &run : runs) {
            QCOMPARE(run.fleetId, fleetId);
            QCOMPARE(run.trigger, RunTrigger::Cli);
            status.insert(run.profileName, run.status);
        }
        QCOMPARE(status.value(u"fleet-a"_s), RunStatus::Ok);
        QCOMPARE(status.value(u"fleet-b"_s), RunStatus::Ok);
        QCOMPARE(status.value(u"fleet-c"_s), RunStatus::Failed);
        QVERIFY2(r.out.contains(u"Fleet %1 finished: 2 of 3"_s.arg(fleetId)), qPrintable(r.out));

        // history --fleet: the id or its first 8 characters (as the text output shows it).
        CliResult h = runMoctl({ u"history"_s, u"--fleet"_s, fleetId, u"--format"_s, u"json"_s }, env());
        QCOMPARE(h.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(h.out.toUtf8()).array();
        QCOMPARE(list.size(), 3);
        for (const QJsonValue &v : list)
            QCOMPARE(v.toObject().value(u"fleetId"_s).toString(), fleetId);
        h = runMoctl({ u"history"_s, u"--fleet"_s, fleetId.left(8) }, env());
        QCOMPARE(h.exitCode, 0);
        QCOMPARE(h.out.count(fleetId.left(8)), 3);
        QCOMPARE(h.out.count(u"Fleet flush"_s), 3);
        h = runMoctl({ u"history"_s, u"--fleet"_s, fleetId, u"--format"_s, u"csv"_s }, env());
        QCOMPARE(h.exitCode, 0);
        const QStringList lines = h.out.trimmed().split(u"\r\n"_s);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.first().endsWith(u",fleet"_s), qPrintable(lines.first()));
        QVERIFY(lines.at(1).endsWith(fleetId));
        // A fleet id nobody has: nothing; text that is no id: a usage error.
        h = runMoctl({ u"history"_s, u"--fleet"_s, u"00000000-0000-4000-8000-000000000000"_s, u"--format"_s,
                         u"json"_s },
            env());
        QCOMPARE(QJsonDocument::fromJson(h.out.toUtf8()).array().size(), 0);
        QCOMPARE(runMoctl({ u"history"_s, u"--fleet"_s, u"'; DROP TABLE runs"_s }, env()).exitCode, 2);
    }

    // The plan's own selector (tag:par = a, b, d) with 250 ms per mo_ctl call and one connection per
    // cluster: the members overlap, so the fleet's span is well below the sum of its runs; with
    // --max-clusters 1 they run one after the other.
    void clustersRunInParallel()
    {
        PlanTargets targets;
        targets.patterns << u"production_db.*"_s; // resolved on each cluster before its run
        PlanStep step = PlanStep::flush(targets);
        step.parallelism = 1;
        const MaintenancePlan plan = savePlan(u"Fleet parallel"_s, step, u"tag:par"_s);
        QVERIFY(TestServer::instance().setSwitch(u"latency_ms"_s, 250));
        const auto measure = [&](const QStringList &extra, double *span, double *sum) {
            const CliResult r = runMoctl(QStringList { u"run-plan"_s, u"Fleet parallel"_s } + extra, env());
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            const QList<RunRecord> runs = runsOf(plan.idString());
            QVERIFY(runs.size() >= 3);
            const QString fleetId = runs.first().fleetId; // newest first
            QDateTime first, last;
            *sum = 0;
            int members = 0;
            QStringList profiles;
            for (const RunRecord &run : runs) {
                if (run.fleetId != fleetId)
                    continue;
                ++members;
                profiles << run.profileName;
                QVERIFY(run.operations >= 4);
                *sum += double(run.durationMs());
                first = first.isValid() ? qMin(first, run.started) : run.started;
                last = last.isValid() ? qMax(last, run.finished) : run.finished;
            }
            QCOMPARE(members, 3);
            profiles.sort();
            QCOMPARE(profiles, (QStringList { u"fleet-a"_s, u"fleet-b"_s, u"fleet-d"_s }));
            *span = double(first.msecsTo(last));
        };
        double span = 0, sum = 0;
        measure({}, &span, &sum);
        QVERIFY2(sum >= 3 * 4 * 250, qPrintable(u"sum %1 ms"_s.arg(sum))); // the latency was applied
        QVERIFY2(span < 0.8 * sum, qPrintable(u"span %1 ms, sum %2 ms"_s.arg(span).arg(sum)));
        measure({ u"--max-clusters"_s, u"1"_s }, &span, &sum);
        QVERIFY2(
            span >= 0.95 * sum, qPrintable(u"one at a time: span %1 ms, sum %2 ms"_s.arg(span).arg(sum)));
        TestServer::instance().setSwitch(u"latency_ms"_s, 0);
    }

    // Bad selectors: exit 2, a message saying why, nothing run (no run in History).
    void selectorErrorsRunNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("group without name") << QStringList { u"--profiles"_s, u"group:"_s } << u"group"_s;
        QTest::newRow("unknown kind") << QStringList { u"--profiles"_s, u"colour:red"_s } << u"colour:"_s;
        QTest::newRow("unknown name") << QStringList { u"--profiles"_s, u"fleet-a,nobody"_s } << u"nobody"_s;
        QTest::newRow("empty group") << QStringList { u"--profiles"_s, u"group:nowhere"_s } << u"nowhere"_s;
        QTest::newRow("empty name") << QStringList { u"--profiles"_s, u"fleet-a,,fleet-b"_s } << u"empty"_s;
        QTest::newRow("with --profile")
            << QStringList { u"--profiles"_s, u"all"_s, u"--profile"_s, u"fleet-a"_s } << u"--profile"_s;
        QTest::newRow("max clusters 0")
            << QStringList { u"--profiles"_s, u"all"_s, u"--max-clusters"_s, u"0"_s } << u"--max-clusters"_s;
        QTest::newRow("max clusters alone") << QStringList { u"--max-clusters"_s, u"2"_s } << u"--profiles"_s;
    }
    void selectorErrorsRunNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        PlanTargets targets;
        targets.tables << TableRef::byName(u"production_db"_s, u"users"_s);
        const QString name = u"Fleet refused "_s + QString::fromUtf8(QTest::currentDataTag());
        const MaintenancePlan plan = savePlan(name, PlanStep::flush(targets));
        const CliResult r = runMoctl(QStringList { u"run-plan"_s, name } + args, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(runsOf(plan.idString()).isEmpty());
    }

    // A plan file whose own "profiles" is not a selector is invalid: exit 2, nothing run.
    void planWithBadSelectorIsInvalid()
    {
        PlanTargets targets;
        targets.tables << TableRef::byName(u"production_db"_s, u"users"_s);
        const MaintenancePlan plan = savePlan(u"Fleet bad"_s, PlanStep::flush(targets), u"tag:"_s);
        const CliResult r = runMoctl({ u"run-plan"_s, u"Fleet bad"_s }, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"profiles"_s), qPrintable(r.err));
        QVERIFY(runsOf(plan.idString()).isEmpty());
        // --dry-run of a good fleet plan lists the members and sends nothing.
        const MaintenancePlan good = savePlan(u"Fleet dry"_s, PlanStep::flush(targets), u"tag:eu"_s);
        const CliResult dry = runMoctl({ u"run-plan"_s, u"Fleet dry"_s, u"--dry-run"_s }, env());
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(u"fleet-a, fleet-c"_s), qPrintable(dry.out));
        QVERIFY(runsOf(good.idString()).isEmpty());
    }

    // moctl schedule run (the scheduler of moctl serve) runs a due fleet plan as one fleet: a scheduled
    // run per member, one fleet id; --log-format json carries profile and fleet id.
    void scheduledFleetPlan()
    {
        PlanTargets targets;
        targets.tables << TableRef::byName(u"production_db"_s, u"users"_s);
        Schedule every = Schedule::everyMinutes(1);
        every.timeZone = u"UTC"_s;
        const MaintenancePlan plan
            = savePlan(u"Fleet scheduled"_s, PlanStep::flush(targets), u"tag:par"_s, every);
        {
            ScheduleStateStore store(m_data.filePath(u"schedule-state.json"_s), m_data.filePath(u"locks"_s));
            ScheduleStateStore::Transaction t(store);
            QVERIFY(t.isLocked());
            t.entries[plan.idString()]
                = { QDateTime::currentDateTimeUtc().addSecs(-90), {}, scheduleFingerprint(every), {} };
            QVERIFY(t.commit());
        }
        const CliResult r
            = runMoctl({ u"--log-format"_s, u"json"_s, u"schedule"_s, u"run"_s }, env(), {}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QList<RunRecord> runs = runsOf(plan.idString());
        QCOMPARE(runs.size(), 3);
        for (const RunRecord &run : runs) {
            QCOMPARE(run.trigger, RunTrigger::Scheduled);
            QCOMPARE(run.status, RunStatus::Ok);
            QCOMPARE(run.fleetId, runs.first().fleetId);
        }
        QVERIFY(!runs.first().fleetId.isEmpty());
        int outcomes = 0;
        for (const QString &line : r.out.split(u'\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (o.value(u"event"_s).toString() != u"outcome"_s)
                continue;
            ++outcomes;
            QCOMPARE(o.value(u"fleetId"_s).toString(), runs.first().fleetId);
            QVERIFY(o.value(u"profile"_s).toString().startsWith(u"fleet-"_s));
        }
        QCOMPARE(outcomes, 3);
        QVERIFY2(r.out.contains(u"\"event\":\"fleet.finished\""_s), qPrintable(r.out));
    }

    // FleetRunner (what the GUI uses): members in parallel on worker threads, signals per member in this
    // thread, every member recorded with the runner's fleet id; a member that cannot start fails alone;
    // cancel() stops the rest (recorded cancelled).
    void fleetRunnerSignalsAndCancel()
    {
        const QString path = m_data.filePath(u"runner-history.sqlite"_s);
        HistoryStore history;
        QVERIFY(history.open(path));
        const auto member = [](const QString &name, int tables) {
            FleetMember m;
            m.profile.name = name;
            m.request.settings = TestServer::instance().settings();
            m.request.profileId = m.profile.idString();
            m.request.profileName = name;
            QList<Operation> ops;
            for (const QString &t :
                QStringList { u"users"_s, u"orders"_s, u"products"_s, u"audit_log"_s }.mid(0, tables))
                ops << Operation::flush(TableRef::byName(u"production_db"_s, t));
            ExecutionOptions options;
            options.parallelism = 1;
            m.request.steps = RunRequest::stepsFor(ops, options);
            return m;
        };
        QList<FleetMember> members { member(u"one"_s, 2), member(u"two"_s, 3), member(u"three"_s, 1) };
        members[2].setupError = MoError(MoError::Kind::Connection, 0, u"no password"_s);
        FleetRunner runner;
        QSignalSpy started(&runner, &FleetRunner::memberStarted);
        QSignalSpy outcomes(&runner, &FleetRunner::operationFinished);
        QSignalSpy memberDone(&runner, &FleetRunner::memberFinished);
        QSignalSpy finished(&runner, &FleetRunner::finished);
        QVERIFY(runner.start(members, &history, 2));
        QVERIFY(!runner.start(members, &history, 2)); // one fleet at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.size(), 3);
        QCOMPARE(memberDone.size(), 3);
        QCOMPARE(outcomes.size(), 5);
        const FleetSummary summary = finished.first().first().value<FleetSummary>();
        QCOMPARE(summary.fleetId, runner.fleetId());
        QCOMPARE(summary.members.size(), 3);
        QCOMPARE(summary.members.at(0).status, RunStatus::Ok);
        QCOMPARE(summary.members.at(1).ok, 3);
        QCOMPARE(summary.members.at(2).status, RunStatus::Failed);
        QCOMPARE(summary.worstError.kind(), MoError::Kind::Connection);
        QCOMPARE(summary.status(), RunStatus::Partial);
        QCOMPARE(summary.okMembers(), 2);
        RunFilter filter;
        filter.fleetId = runner.fleetId();
        QCOMPARE(history.countRuns(filter), 3);
        QCOMPARE(history.run(summary.members.at(2).runId)->error, summary.members.at(2).worstError.message());

        // Cancel while the first members wait on the server: nothing later starts, all end cancelled.
        QVERIFY(TestServer::instance().setSwitch(u"latency_ms"_s, 2000));
        members[2].setupError = {};
        finished.clear();
        QVERIFY(runner.start(members, &history, 1));
        QTest::qWait(500);
        runner.cancel();
        QVERIFY(finished.wait(30000));
        TestServer::instance().setSwitch(u"latency_ms"_s, 0);
        const FleetSummary cancelled = finished.first().first().value<FleetSummary>();
        QCOMPARE(cancelled.status(), RunStatus::Cancelled);
        for (const RunSummary &m : cancelled.members)
            QCOMPARE(m.status, RunStatus::Cancelled);
        filter.fleetId = runner.fleetId();
        QCOMPARE(history.countRuns(filter), 3);
    }

    // Tags through moctl profiles: add --tags, tags --add/--remove/--set, shown by list (text, CSV,
    // JSON) and show; a bad tag changes nothing.
    void profileTags()
    {
        CliResult r = runMoctl({ u"profiles"_s, u"list"_s, u"--format"_s, u"csv"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"name,id,group,tags,"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"fleet-a,"_s) && r.out.contains(u"\"eu,par\""_s), qPrintable(r.out));
        r = runMoctl({ u"profiles"_s, u"tags"_s, u"fleet-d"_s, u"--add"_s, u"Tier-1"_s, u"--add"_s,
                         u"tier-1"_s, u"--remove"_s, u"PAR"_s },
            env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"fleet-d: Tier-1"_s), qPrintable(r.out)); // the first spelling is kept
        r = runMoctl({ u"profiles"_s, u"tags"_s, u"fleet-d"_s, u"--add"_s, u"a:b"_s }, env());
        QCOMPARE(r.exitCode, 2);
        r = runMoctl({ u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s }, env());
        bool seen = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (v.toObject().value(u"name"_s).toString() != u"fleet-d"_s)
                continue;
            seen = true;
            QCOMPARE(v.toObject().value(u"tags"_s).toArray(), QJsonArray { u"Tier-1"_s });
        }
        QVERIFY(seen);
        r = runMoctl({ u"profiles"_s, u"list"_s }, env());
        QVERIFY2(r.out.contains(u"TAGS"_s) && r.out.contains(u"Tier-1"_s), qPrintable(r.out));
        r = runMoctl({ u"profiles"_s, u"tags"_s, u"fleet-d"_s, u"--set"_s, u"par"_s }, env());
        QCOMPARE(r.exitCode, 0);
        r = runMoctl({ u"profiles"_s, u"show"_s, u"fleet-d"_s }, env());
        QVERIFY2(r.out.contains(u"par"_s), qPrintable(r.out));
        r = runMoctl(
            { u"profiles"_s, u"add"_s, u"x"_s, u"--host"_s, u"h"_s, u"--tags"_s, u"a,b:c"_s }, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!runMoctl({ u"profiles"_s, u"list"_s }, env()).out.contains(u"\nx "_s));
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
