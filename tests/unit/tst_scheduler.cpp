// Why this long: one fake clock and one fake host drive every scheduler rule (30 simulated days, clock
// changes, each missed-run and overlap policy, shared state, restarts); the cases share that harness.
// The Scheduler with a fake clock and a fake host: 30 simulated days (exact fire counts, no doubles),
// wall clock set back and forward, missed-run and overlap policies, two schedulers sharing the state
// (as the GUI and moctl serve do), restarts, pause, the state file.
#include "schedule/scheduler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;
using namespace std::chrono_literals;

namespace {

using Kind = ScheduleDecision::Kind;

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

struct FakeClock
{
    QDateTime now = utc(2026, 1, 1);
    Scheduler::Clock clock()
    {
        return [this] { return now; };
    }
};

// Runs last `duration` of fake time (0: they end before startRun() returns, like moctl schedule run).
class FakeHost final : public ScheduleHost
{
public:
    struct Start
    {
        QString planId;
        QDateTime slot;
        QDateTime at;
    };
    explicit FakeHost(FakeClock &clock)
        : m_clock(clock)
    {
    }
    bool startRun(const QString &planId, const QDateTime &slot, QString *error) override
    {
        if (failWith.contains(planId)) {
            *error = failWith.value(planId);
            return false;
        }
        starts.append({ planId, slot.toUTC(), m_clock.now });
        endsAt[planId] = m_clock.now.addSecs(duration.value(planId, 0));
        return true;
    }
    bool isRunning(const QString &planId) const override
    {
        return endsAt.contains(planId) && m_clock.now < endsAt.value(planId);
    }
    void recordDecision(const ScheduleDecision &decision) override { decisions.append(decision); }

    QList<Start> startsOf(const QString &planId) const
    {
        QList<Start> list;
        for (const Start &s : starts) {
            if (s.planId == planId)
                list << s;
        }
        return list;
    }
    QList<ScheduleDecision> decisionsOf(const QString &planId, Kind kind) const
    {
        QList<ScheduleDecision> list;
        for (const ScheduleDecision &d : decisions) {
            if (d.planId == planId && d.kind == kind)
                list << d;
        }
        return list;
    }

    QList<Start> starts;
    QList<ScheduleDecision> decisions;
    QHash<QString, int> duration; // seconds
    QHash<QString, QDateTime> endsAt;
    QHash<QString, QString> failWith;

private:
    FakeClock &m_clock;
};

ScheduledPlan plan(const char *id, Schedule schedule)
{
    return { QString::fromLatin1(id), u"Plan "_s + QString::fromLatin1(id), std::move(schedule), QString() };
}

Schedule utcSchedule(Schedule s)
{
    s.timeZone = u"UTC"_s;
    return s;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

    // The state file is written (and synced) on every fire: keep it in memory when the system allows.
    QTemporaryDir m_dir { QFileInfo(u"/dev/shm"_s).isWritable()
            ? u"/dev/shm/tst_scheduler-XXXXXX"_s
            : QDir::tempPath() + u"/tst_scheduler-XXXXXX"_s };
    int m_serial = 0;
    QString m_state;
    QString m_locks;

    void useScheduler(Scheduler &s, FakeClock &clock)
    {
        s.setClock(clock.clock());
        s.setStatePaths(m_state, m_locks);
    }

    // What the timers do, in fake time: wake at the next due run or at the next periodic check,
    // whichever comes first.
    static void simulate(Scheduler &s, FakeClock &clock, const QDateTime &until, qint64 checkSecs = 30)
    {
        while (clock.now < until) {
            QDateTime next = clock.now.addSecs(checkSecs);
            const QDateTime due = s.nextDue();
            if (due.isValid() && due > clock.now && due < next)
                next = due;
            clock.now = qMin(next, until);
            s.evaluate();
        }
    }

private Q_SLOTS:
    void init()
    {
        ++m_serial;
        m_state = m_dir.filePath(u"state-%1.json"_s.arg(m_serial));
        m_locks = m_dir.filePath(u"locks-%1"_s.arg(m_serial));
    }

    void thirtyDaysFireExactlyOncePerSlot()
    {
        FakeClock clock;
        clock.now = utc(2026, 3, 10);
        FakeHost host(clock);
        host.duration[u"q"_s] = 60;
        Scheduler s(&host);
        useScheduler(s, clock);
        Schedule daily = Schedule::daily({ QTime(2, 30) });
        daily.timeZone = u"Europe/Berlin"_s; // crosses the spring-forward day (29 Mar)
        const QList<ScheduledPlan> plans {
            plan("d", daily),
            plan("q", utcSchedule(Schedule::everyMinutes(15))),
            plan("w", utcSchedule(Schedule::weekly({ 1, 4 }, QTime(3, 0)))),
            plan("h", utcSchedule(Schedule::everyHours(7))),
        };
        s.setPlans(plans);
        const QDateTime from = clock.now;
        const QDateTime until = from.addDays(30);
        simulate(s, clock, until);

        QCOMPARE(host.startsOf(u"d"_s).size(), 30);
        QCOMPARE(host.startsOf(u"q"_s).size(), 30 * 96);
        QCOMPARE(host.startsOf(u"w"_s).size(), 8); // Mondays and Thursdays 10 Mar .. 8 Apr 2026
        QCOMPARE(host.startsOf(u"h"_s).size(), 30 * 4);
        for (const ScheduledPlan &p : plans) {
            const QList<FakeHost::Start> starts = host.startsOf(p.id);
            const QList<QDateTime> expected = runsBetween(p.schedule, from, until, 100000);
            QCOMPARE(starts.size(), expected.size());
            QSet<QDateTime> seen;
            for (qsizetype i = 0; i < starts.size(); ++i) {
                QCOMPARE(starts.at(i).slot, expected.at(i).toUTC());
                QCOMPARE(starts.at(i).at, starts.at(i).slot); // on the second: the wake timer
                QVERIFY(!seen.contains(starts.at(i).slot));
                seen.insert(starts.at(i).slot);
            }
        }
        // 02:30 Berlin on 29 Mar 2026 does not exist: it ran at 03:30 CEST (01:30 UTC).
        bool sawSpringForward = false;
        for (const FakeHost::Start &start : host.startsOf(u"d"_s))
            sawSpringForward |= start.slot == utc(2026, 3, 29, 1, 30);
        QVERIFY(sawSpringForward);
        // Every decision was a plain fire.
        QCOMPARE(host.decisions.size(), host.starts.size());
        for (const ScheduleDecision &d : std::as_const(host.decisions))
            QCOMPARE(d.kind, Kind::Fired);
    }

    void wallClockSetBackDoesNotFireTwice()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 1, 0);
        FakeHost host(clock);
        Scheduler s(&host);
        useScheduler(s, clock);
        s.setPlans({ plan("p", utcSchedule(Schedule::daily({ QTime(2, 0) }))) });
        simulate(s, clock, utc(2026, 1, 1, 2, 10));
        QCOMPARE(host.starts.size(), 1);
        // The clock goes back three hours, then runs past 02:00 again.
        clock.now = utc(2025, 12, 31, 23, 0);
        s.evaluate();
        simulate(s, clock, utc(2026, 1, 1, 3, 0));
        QCOMPARE(host.starts.size(), 1);
        QCOMPARE(s.nextRun(u"p"_s), utc(2026, 1, 2, 2, 0));
        simulate(s, clock, utc(2026, 1, 2, 3, 0));
        QCOMPARE(host.starts.size(), 2);
        QCOMPARE(host.starts.last().slot, utc(2026, 1, 2, 2, 0));
        // Not silent: the set-back (less than the daily interval) is reported once.
        QCOMPARE(host.decisions.size(), 3);
        QCOMPARE(host.decisionsOf(u"p"_s, Kind::ClockSetBack).size(), 1);
        QVERIFY(host.decisionsOf(u"p"_s, Kind::ClockSetBack).first().message.contains(u"not run again"_s));
    }

    // Issue 18 point 10: a clock set back by more than the schedule's interval (the last handled slot is
    // in the future) must not stop the schedule: it is detected, logged and the plan counts from now.
    void clockSetBackFarCountsFromNow()
    {
        FakeClock clock;
        clock.now = utc(2027, 6, 1, 12, 0); // a clock wrongly a year ahead
        FakeHost host(clock);
        Scheduler s(&host);
        useScheduler(s, clock);
        s.setPlans({ plan("p", utcSchedule(Schedule::everyMinutes(5))) });
        simulate(s, clock, utc(2027, 6, 1, 12, 30));
        QCOMPARE(host.starts.size(), 6);
        // Corrected: back a year. Before the fix nothing ran again until June 2027.
        clock.now = utc(2026, 6, 1, 12, 0);
        host.endsAt.clear(); // the runs ended (in real time); the fake host measures on the fake clock
        s.evaluate();
        const QList<ScheduleDecision> back = host.decisionsOf(u"p"_s, Kind::ClockSetBack);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().slot, utc(2027, 6, 1, 12, 30));
        QVERIFY2(back.first().message.contains(u"counts again from now"_s), qPrintable(back.first().message));
        QCOMPARE(s.nextRun(u"p"_s), utc(2026, 6, 1, 12, 5));
        simulate(s, clock, utc(2026, 6, 1, 13, 0));
        QCOMPARE(host.starts.size(), 6 + 12);
        QCOMPARE(host.starts.last().slot, utc(2026, 6, 1, 13, 0));
        QCOMPARE(host.decisionsOf(u"p"_s, Kind::ClockSetBack).size(), 1); // said once
        // A second scheduler on the same state (the GUI and moctl serve) does not bring the future
        // slot back.
        FakeHost other(clock);
        Scheduler s2(&other);
        useScheduler(s2, clock);
        s2.setPlans({ plan("p", utcSchedule(Schedule::everyMinutes(5))) });
        QVERIFY(s2.nextRun(u"p"_s) <= utc(2026, 6, 1, 13, 5));
    }

    void clockForwardOrSleep_data()
    {
        QTest::addColumn<int>("missed");
        QTest::addColumn<int>("jumpMinutes"); // from 10:00:30
        QTest::addColumn<int>("expectedStarts");
        QTest::addColumn<int>("expectedMissedCount");
        QTest::addColumn<QList<QDateTime>>("expectedSlots");
        // Every hour; fired at 10:00; then the clock jumps (or the machine sleeps).
        QTest::newRow("skip, late") << int(Schedule::Missed::Skip) << 310 << 0 << 5 << QList<QDateTime> {};
        QTest::newRow("run once, late")
            << int(Schedule::Missed::RunOnce) << 310 << 1 << 5 << QList<QDateTime> { utc(2026, 1, 1, 15) };
        QTest::newRow("run each, late")
            << int(Schedule::Missed::RunEach) << 310 << 5 << 5
            << QList<QDateTime> { utc(2026, 1, 1, 11), utc(2026, 1, 1, 12), utc(2026, 1, 1, 13),
                   utc(2026, 1, 1, 14), utc(2026, 1, 1, 15) };
        // 15:00 is 2 minutes old: on time; 11..14 are missed.
        QTest::newRow("skip, on time")
            << int(Schedule::Missed::Skip) << 302 << 1 << 4 << QList<QDateTime> { utc(2026, 1, 1, 15) };
        QTest::newRow("run once, on time covers them")
            << int(Schedule::Missed::RunOnce) << 302 << 1 << 4 << QList<QDateTime> { utc(2026, 1, 1, 15) };
        QTest::newRow("run each, on time last")
            << int(Schedule::Missed::RunEach) << 302 << 5 << 4
            << QList<QDateTime> { utc(2026, 1, 1, 11), utc(2026, 1, 1, 12), utc(2026, 1, 1, 13),
                   utc(2026, 1, 1, 14), utc(2026, 1, 1, 15) };
        QList<QDateTime> lastTen;
        for (int h = 6; h <= 15; ++h)
            lastTen << utc(2026, 1, 2, h);
        QTest::newRow("run each is bounded")
            << int(Schedule::Missed::RunEach) << (24 + 5) * 60 + 10 << 10 << 29 << lastTen;
    }

    void clockForwardOrSleep()
    {
        QFETCH(int, missed);
        QFETCH(int, jumpMinutes);
        QFETCH(int, expectedStarts);
        QFETCH(int, expectedMissedCount);
        QFETCH(QList<QDateTime>, expectedSlots);
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 9, 59);
        FakeHost host(clock);
        Scheduler s(&host);
        useScheduler(s, clock);
        Schedule schedule = utcSchedule(Schedule::everyHours(1));
        schedule.missed = Schedule::Missed(missed);
        s.setPlans({ plan("p", schedule) });
        simulate(s, clock, utc(2026, 1, 1, 10, 0, 30));
        QCOMPARE(host.starts.size(), 1);
        host.starts.clear();
        host.decisions.clear();

        clock.now = utc(2026, 1, 1, 10, 0, 30).addSecs(jumpMinutes * 60);
        s.evaluate();
        QList<QDateTime> firedSlots;
        for (const FakeHost::Start &start : std::as_const(host.starts))
            firedSlots << start.slot;
        QCOMPARE(firedSlots, expectedSlots);
        QCOMPARE(host.starts.size(), expectedStarts);
        const QList<ScheduleDecision> missedDecisions = host.decisionsOf(u"p"_s, Kind::Missed);
        QCOMPARE(missedDecisions.size(), 1);
        QCOMPARE(missedDecisions.first().count, expectedMissedCount);
        QVERIFY(!missedDecisions.first().message.isEmpty());
        // Nothing more until the next slot; then it fires once.
        const QDateTime next = s.nextDue();
        QVERIFY(next > clock.now);
        simulate(s, clock, next.addSecs(60));
        QCOMPARE(host.starts.size(), expectedStarts + 1);
        QCOMPARE(host.starts.last().slot, next);
    }

    // A cron job every 5 minutes over an every-minute schedule: the slots within the tolerance make one
    // run and are not reported as missed.
    void lateSlotsWithinToleranceMakeOneRun()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 10, 0, 30);
        FakeHost host(clock);
        Scheduler s(&host);
        useScheduler(s, clock);
        s.setPlans({ plan("p", utcSchedule(Schedule::everyMinutes(1))) });
        clock.now = utc(2026, 1, 1, 10, 4, 50);
        s.evaluate();
        QCOMPARE(host.starts.size(), 1);
        QCOMPARE(host.starts.first().slot, utc(2026, 1, 1, 10, 4));
        QVERIFY(host.decisionsOf(u"p"_s, Kind::Missed).isEmpty());
    }

    void runEachWaitsForEachRun()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 9, 59);
        FakeHost host(clock);
        host.duration[u"p"_s] = 10 * 60;
        Scheduler s(&host);
        useScheduler(s, clock);
        Schedule schedule = utcSchedule(Schedule::everyHours(1));
        schedule.missed = Schedule::Missed::RunEach;
        s.setPlans({ plan("p", schedule) });
        s.evaluate();
        clock.now = utc(2026, 1, 1, 13, 30); // 10, 11, 12, 13 missed
        s.evaluate();
        QCOMPARE(host.starts.size(), 1);
        QVERIFY(s.hasPendingRuns());
        simulate(s, clock, utc(2026, 1, 1, 15, 30));
        // 10, 11, 12, 13 one after another (13:30, 13:40, 13:50, 14:00); 14:00 finds the catching up still
        // going and is skipped (overlap policy); 15:00 runs.
        QCOMPARE(host.starts.size(), 5);
        QCOMPARE(host.starts.at(3).at, utc(2026, 1, 1, 14, 0));
        QCOMPARE(host.starts.at(4).slot, utc(2026, 1, 1, 15, 0));
        for (qsizetype i = 1; i < host.starts.size(); ++i)
            QVERIFY(host.starts.at(i - 1).at.secsTo(host.starts.at(i).at) >= 10 * 60); // never two at once
        QCOMPARE(host.decisionsOf(u"p"_s, Kind::CaughtUp).size(), 4);
        QCOMPARE(host.decisionsOf(u"p"_s, Kind::SkippedOverlap).size(), 1);
        QCOMPARE(host.decisionsOf(u"p"_s, Kind::Fired).size(), 1);
    }

    void overlapSkip()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 23, 59).addDays(-1);
        FakeHost host(clock);
        host.duration[u"p"_s] = 20 * 60; // longer than the interval
        Scheduler s(&host);
        useScheduler(s, clock);
        s.setPlans({ plan("p", utcSchedule(Schedule::everyMinutes(15))) });
        simulate(s, clock, utc(2026, 1, 1, 1, 59));
        // 00:00 runs to 00:20, 00:15 skipped, 00:30 runs, 00:45 skipped, ...
        QList<QDateTime> firedSlots;
        for (const FakeHost::Start &start : std::as_const(host.starts))
            firedSlots << start.slot;
        QCOMPARE(firedSlots,
            (QList<QDateTime> { utc(2026, 1, 1, 0, 0), utc(2026, 1, 1, 0, 30), utc(2026, 1, 1, 1, 0),
                utc(2026, 1, 1, 1, 30) }));
        const QList<ScheduleDecision> skipped = host.decisionsOf(u"p"_s, Kind::SkippedOverlap);
        QCOMPARE(skipped.size(), 4);
        QCOMPARE(skipped.first().slot, utc(2026, 1, 1, 0, 15));
        QVERIFY(host.decisionsOf(u"p"_s, Kind::Queued).isEmpty());
    }

    void overlapQueueOne()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 23, 59).addDays(-1);
        FakeHost host(clock);
        host.duration[u"p"_s] = 40 * 60;
        Scheduler s(&host);
        useScheduler(s, clock);
        Schedule schedule = utcSchedule(Schedule::everyMinutes(15));
        schedule.overlap = Schedule::Overlap::QueueOne;
        s.setPlans({ plan("p", schedule) });
        simulate(s, clock, utc(2026, 1, 1, 1, 25));
        // 00:00 runs to 00:40; 00:15 queued; 00:30 skipped (one already queued); 00:15's run starts when
        // 00:00's ends (at the next check, 00:40:00 exactly); 00:45 queued, 01:00 and 01:15 skipped;
        // 01:20 the queued 00:45 starts.
        QCOMPARE(host.starts.size(), 3);
        QCOMPARE(host.starts.at(0).slot, utc(2026, 1, 1, 0, 0));
        QCOMPARE(host.starts.at(1).slot, utc(2026, 1, 1, 0, 15));
        QCOMPARE(host.starts.at(1).at, utc(2026, 1, 1, 0, 40));
        QCOMPARE(host.starts.at(2).slot, utc(2026, 1, 1, 0, 45));
        QCOMPARE(host.starts.at(2).at, utc(2026, 1, 1, 1, 20));
        QCOMPARE(host.decisionsOf(u"p"_s, Kind::Queued).size(), 2);
        QCOMPARE(host.decisionsOf(u"p"_s, Kind::SkippedOverlap).size(), 3);
        for (qsizetype i = 1; i < host.starts.size(); ++i)
            QVERIFY(host.starts.at(i - 1).at.secsTo(host.starts.at(i).at) >= 40 * 60);
    }

    void runFinishedStartsTheQueuedRunAtOnce()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 0, 0, 0);
        FakeHost host(clock);
        host.duration[u"p"_s] = 3600;
        Scheduler s(&host);
        useScheduler(s, clock);
        Schedule schedule = utcSchedule(Schedule::everyMinutes(10));
        schedule.overlap = Schedule::Overlap::QueueOne;
        s.setPlans({ plan("p", schedule) });
        clock.now = utc(2026, 1, 1, 0, 10);
        s.evaluate();
        clock.now = utc(2026, 1, 1, 0, 20);
        s.evaluate();
        QCOMPARE(host.starts.size(), 1);
        clock.now = utc(2026, 1, 1, 0, 25, 7);
        host.endsAt[u"p"_s] = clock.now; // the run ended early
        s.runFinished(u"p"_s);
        QCOMPARE(host.starts.size(), 2);
        QCOMPARE(host.starts.last().at, utc(2026, 1, 1, 0, 25, 7));
    }

    void twoSchedulersShareStateAndLocks_data()
    {
        QTest::addColumn<int>("duration");
        QTest::newRow("instant runs") << 0;
        QTest::newRow("runs of 5 minutes") << 300;
        QTest::newRow("runs longer than the interval") << 20 * 60;
    }

    // The GUI and moctl serve: same plans, same state file, same locks.
    void twoSchedulersShareStateAndLocks()
    {
        QFETCH(int, duration);
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 0, 0, 10);
        FakeHost hostA(clock), hostB(clock);
        hostA.duration[u"p"_s] = duration;
        hostB.duration[u"p"_s] = duration;
        Scheduler a(&hostA), b(&hostB);
        useScheduler(a, clock);
        useScheduler(b, clock);
        const ScheduledPlan p = plan("p", utcSchedule(Schedule::everyMinutes(15)));
        a.setPlans({ p });
        b.setPlans({ p });
        // Alternate who looks first.
        int round = 0;
        while (clock.now < utc(2026, 1, 2, 0, 0, 10)) {
            clock.now = clock.now.addSecs(30);
            if (++round % 7 < 3) {
                a.evaluate();
                b.evaluate();
            } else {
                b.evaluate();
                a.evaluate();
            }
        }
        QList<FakeHost::Start> all = hostA.starts + hostB.starts;
        std::sort(all.begin(), all.end(), [](const auto &x, const auto &y) { return x.at < y.at; });
        QSet<QDateTime> firedSlots;
        for (const FakeHost::Start &start : std::as_const(all)) {
            QVERIFY2(!firedSlots.contains(start.slot), qPrintable(start.slot.toString(Qt::ISODate)));
            firedSlots.insert(start.slot);
        }
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).at.secsTo(all.at(i).at) >= duration); // never two at once
        const int expected = duration > 15 * 60 ? 96 / 2 : 96;
        QCOMPARE(all.size(), expected);
        QVERIFY(!hostA.starts.isEmpty() && !hostB.starts.isEmpty()); // both took turns
    }

    void restartRemembersTheLastSlot()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 1, 59);
        FakeHost host(clock);
        const ScheduledPlan p = plan("p", utcSchedule(Schedule::daily({ QTime(2, 0) })));
        {
            Scheduler s(&host);
            useScheduler(s, clock);
            s.setPlans({ p });
            simulate(s, clock, utc(2026, 1, 1, 2, 0, 20));
            QCOMPARE(host.starts.size(), 1);
        }
        {
            // Restarted a moment later: the 02:00 run is not run again.
            Scheduler s(&host);
            useScheduler(s, clock);
            s.setPlans({ p });
            simulate(s, clock, utc(2026, 1, 1, 3, 0));
            QCOMPARE(host.starts.size(), 1);
        }
        {
            // Restarted after two days closed: run once for the missed ones (the default policy).
            clock.now = utc(2026, 1, 3, 12, 0);
            Scheduler s(&host);
            useScheduler(s, clock);
            s.setPlans({ p });
            s.evaluate();
            QCOMPARE(host.starts.size(), 2);
            QCOMPARE(host.starts.last().slot, utc(2026, 1, 3, 2, 0));
            QCOMPARE(host.decisionsOf(u"p"_s, Kind::Missed).last().count, 2);
            QCOMPARE(host.decisionsOf(u"p"_s, Kind::CaughtUp).size(), 1);
        }
    }

    // A run queued by "queue one" when the process exits starts once when a scheduler next runs.
    void queuedRunSurvivesARestart()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 0, 0);
        Schedule schedule = utcSchedule(Schedule::everyMinutes(10));
        schedule.overlap = Schedule::Overlap::QueueOne;
        const ScheduledPlan p = plan("p", schedule);
        {
            FakeHost host(clock);
            host.duration[u"p"_s] = 3600;
            Scheduler s(&host);
            useScheduler(s, clock);
            s.setPlans({ p });
            clock.now = utc(2026, 1, 1, 0, 10);
            s.evaluate();
            clock.now = utc(2026, 1, 1, 0, 20);
            s.evaluate();
            QCOMPARE(host.starts.size(), 1);
            QCOMPARE(host.decisionsOf(u"p"_s, Kind::Queued).size(), 1);
            QVERIFY(s.hasPendingRuns());
        } // the process exits (its run with it)
        {
            const PlanScheduleState saved = ScheduleStateStore(m_state, m_locks).read().value(u"p"_s);
            QCOMPARE(saved.pending.size(), 1);
            QCOMPARE(saved.pending.first().slot, utc(2026, 1, 1, 0, 20));
            QVERIFY(saved.pending.first().queued);
        }
        clock.now = utc(2026, 1, 1, 0, 25);
        FakeHost host(clock);
        {
            Scheduler s(&host);
            useScheduler(s, clock);
            s.setPlans({ p });
            QVERIFY(s.hasPendingRuns());
            s.evaluate();
            QCOMPARE(host.starts.size(), 1);
            QCOMPARE(host.starts.first().slot, utc(2026, 1, 1, 0, 20));
            QCOMPARE(host.starts.first().at, utc(2026, 1, 1, 0, 25));
            QVERIFY(!s.hasPendingRuns());
            const QList<ScheduleDecision> fired = host.decisionsOf(u"p"_s, Kind::Fired);
            QCOMPARE(fired.size(), 1);
            QVERIFY(fired.first().message.contains(u"waited"_s));
            s.evaluate();
            QCOMPARE(host.starts.size(), 1);
        }
        // Once more: nothing is owed any more; the schedule goes on (00:30).
        Scheduler s(&host);
        useScheduler(s, clock);
        s.setPlans({ p });
        QVERIFY(!s.hasPendingRuns());
        simulate(s, clock, utc(2026, 1, 1, 0, 30, 10));
        QCOMPARE(host.starts.size(), 2);
        QCOMPARE(host.starts.last().slot, utc(2026, 1, 1, 0, 30));
        QVERIFY(ScheduleStateStore(m_state, m_locks).read().value(u"p"_s).pending.isEmpty());
    }

    // Missed runs of "run each missed" still owed when the process exits run after a restart, each once.
    void caughtUpRunsSurviveARestart()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 9, 59);
        Schedule schedule = utcSchedule(Schedule::everyHours(1));
        schedule.missed = Schedule::Missed::RunEach;
        const ScheduledPlan p = plan("p", schedule);
        QList<QDateTime> startedSlots;
        {
            FakeHost host(clock);
            host.duration[u"p"_s] = 10 * 60;
            Scheduler s(&host);
            useScheduler(s, clock);
            s.setPlans({ p });
            s.evaluate();
            clock.now = utc(2026, 1, 1, 13, 30); // 10, 11, 12, 13 missed
            s.evaluate();
            QCOMPARE(host.starts.size(), 1);
            startedSlots << host.starts.first().slot;
            QVERIFY(s.hasPendingRuns());
        }
        QCOMPARE(ScheduleStateStore(m_state, m_locks).read().value(u"p"_s).pending.size(), 3);
        clock.now = utc(2026, 1, 1, 13, 32);
        FakeHost host(clock);
        {
            Scheduler s(&host);
            useScheduler(s, clock);
            s.setPlans({ p });
            s.evaluate(); // runs are instant here: the three start one after another
            for (const FakeHost::Start &start : std::as_const(host.starts))
                startedSlots << start.slot;
            QCOMPARE(host.decisionsOf(u"p"_s, Kind::CaughtUp).size(), 3);
            QVERIFY(host.decisionsOf(u"p"_s, Kind::Missed).isEmpty()); // reported once, before
            QVERIFY(!s.hasPendingRuns());
        }
        QCOMPARE(startedSlots,
            (QList<QDateTime> {
                utc(2026, 1, 1, 10), utc(2026, 1, 1, 11), utc(2026, 1, 1, 12), utc(2026, 1, 1, 13) }));
        Scheduler s(&host);
        useScheduler(s, clock);
        s.setPlans({ p });
        QVERIFY(!s.hasPendingRuns());
        s.evaluate();
        QCOMPARE(host.starts.size(), 3);
    }

    // A changed schedule drops what was owed under the old one.
    void changedScheduleDropsPendingRuns()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 0, 0);
        Schedule schedule = utcSchedule(Schedule::everyMinutes(10));
        schedule.overlap = Schedule::Overlap::QueueOne;
        {
            FakeHost host(clock);
            host.duration[u"p"_s] = 3600;
            Scheduler s(&host);
            useScheduler(s, clock);
            s.setPlans({ plan("p", schedule) });
            clock.now = utc(2026, 1, 1, 0, 10);
            s.evaluate();
            clock.now = utc(2026, 1, 1, 0, 20);
            s.evaluate();
            QVERIFY(s.hasPendingRuns());
        }
        schedule.interval = 15;
        FakeHost host(clock);
        Scheduler s(&host);
        useScheduler(s, clock);
        s.setPlans({ plan("p", schedule) });
        QVERIFY(!s.hasPendingRuns());
        s.evaluate();
        QVERIFY(host.starts.isEmpty());
    }

    void newOrChangedSchedulesCountFromNow()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 12, 0);
        FakeHost host(clock);
        Scheduler s(&host);
        useScheduler(s, clock);
        // A plan seen for the first time at noon: 02:00 today is not a missed run.
        s.setPlans({ plan("p", utcSchedule(Schedule::daily({ QTime(2, 0) }))) });
        s.evaluate();
        QVERIFY(host.decisions.isEmpty());
        QCOMPARE(s.nextRun(u"p"_s), utc(2026, 1, 2, 2, 0));
        // Changed to 06:00: still nothing missed today.
        clock.now = utc(2026, 1, 1, 12, 30);
        s.setPlans({ plan("p", utcSchedule(Schedule::daily({ QTime(6, 0) }))) });
        s.evaluate();
        QVERIFY(host.decisions.isEmpty());
        QCOMPARE(s.nextRun(u"p"_s), utc(2026, 1, 2, 6, 0));
        // A policy change keeps the count.
        Schedule changed = utcSchedule(Schedule::daily({ QTime(6, 0) }));
        changed.missed = Schedule::Missed::Skip;
        s.setPlans({ plan("p", changed) });
        QCOMPARE(s.nextDue(), utc(2026, 1, 2, 6, 0));
    }

    void disabledAndPaused()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 0, 0);
        FakeHost host(clock);
        Scheduler s(&host);
        useScheduler(s, clock);
        Schedule off = utcSchedule(Schedule::everyHours(1));
        off.enabled = false;
        s.setPlans({ plan("on", utcSchedule(Schedule::everyHours(1))), plan("off", off) });
        QVERIFY(!s.nextRun(u"off"_s).isValid());
        QSignalSpy paused(&s, &Scheduler::pausedChanged);
        s.setPaused(true);
        QCOMPARE(paused.size(), 1);
        QVERIFY(!s.nextDue().isValid());
        simulate(s, clock, utc(2026, 1, 1, 3, 30));
        QVERIFY(host.starts.isEmpty());
        s.setPaused(false);
        s.evaluate();
        QVERIFY(host.decisions.isEmpty()); // what passed while paused is not missed
        simulate(s, clock, utc(2026, 1, 1, 5, 30));
        QCOMPARE(host.starts.size(), 2); // 04:00, 05:00
        QVERIFY(host.startsOf(u"off"_s).isEmpty());
        // Enabling starts counting from now.
        Schedule on = off;
        on.enabled = true;
        s.setPlans({ plan("on", utcSchedule(Schedule::everyHours(1))), plan("off", on) });
        s.evaluate();
        QCOMPARE(host.starts.size(), 2);
        simulate(s, clock, utc(2026, 1, 1, 6, 30));
        QCOMPARE(host.startsOf(u"off"_s).size(), 1);
    }

    void startFailureIsRecordedAndNotRetried()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 0, 59);
        FakeHost host(clock);
        host.failWith[u"p"_s] = u"The profile is gone."_s;
        Scheduler s(&host);
        useScheduler(s, clock);
        s.setPlans({ plan("p", utcSchedule(Schedule::everyHours(1))) });
        simulate(s, clock, utc(2026, 1, 1, 2, 30));
        const QList<ScheduleDecision> failed = host.decisionsOf(u"p"_s, Kind::StartFailed);
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.first().message.contains(u"The profile is gone."_s));
        // The lock was given back: another process could take it.
        PlanLock lock(u"p"_s, m_locks);
        QVERIFY(lock.tryLock());
    }

    void planLockIsHeldWhileRunning()
    {
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 0, 59);
        FakeHost host(clock);
        host.duration[u"p"_s] = 600;
        Scheduler s(&host);
        useScheduler(s, clock);
        s.setPlans({ plan("p", utcSchedule(Schedule::everyHours(1))) });
        simulate(s, clock, utc(2026, 1, 1, 1, 0));
        QCOMPARE(host.starts.size(), 1);
        PlanLock other(u"p"_s, m_locks);
        QVERIFY(!other.tryLock());
        QCOMPARE(other.holderPid(), QCoreApplication::applicationPid());
        simulate(s, clock, utc(2026, 1, 1, 1, 11));
        QVERIFY(other.tryLock()); // released after the run
        other.unlock();
        // Held by someone else at 02:00: skipped as overlapping, and says so.
        QVERIFY(other.tryLock());
        simulate(s, clock, utc(2026, 1, 1, 2, 1));
        QCOMPARE(host.starts.size(), 1);
        const QList<ScheduleDecision> skipped = host.decisionsOf(u"p"_s, Kind::SkippedOverlap);
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.first().message.contains(u"another process"_s), qPrintable(skipped.first().message));
    }

    void damagedStateFileIsNotOverwritten()
    {
        {
            QFile f(m_state);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{ not json");
        }
        FakeClock clock;
        clock.now = utc(2026, 1, 1, 0, 59);
        FakeHost host(clock);
        Scheduler s(&host);
        useScheduler(s, clock);
        s.setPlans({ plan("p", utcSchedule(Schedule::everyHours(1))) });
        simulate(s, clock, utc(2026, 1, 1, 3, 1));
        QCOMPARE(host.starts.size(), 3); // still schedules, in memory
        QVERIFY(s.stateError().contains(u"damaged"_s));
        QFile f(m_state);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{ not json"));
    }

    void tooNewStateFileIsNotOverwritten()
    {
        {
            QFile f(m_state);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format":"moctl-schedule-state","version":99,"plans":{}})");
        }
        FakeClock clock;
        FakeHost host(clock);
        Scheduler s(&host);
        useScheduler(s, clock);
        s.setPlans({ plan("p", utcSchedule(Schedule::everyHours(1))) });
        QVERIFY(s.stateError().contains(u"newer"_s));
        QFile f(m_state);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("99"));
    }

    // The real timers: the single-shot timer starts an on-time run on the second.
    void wakeTimerFiresOnTime()
    {
        FakeClock unused;
        FakeHost host(unused);
        Scheduler s(&host);
        s.setStatePaths(m_state, m_locks);
        // A clock 400 ms before a full minute.
        const QDateTime real = QDateTime::currentDateTimeUtc();
        const QDateTime target = real.addSecs(120);
        const QDateTime fakeStart(
            target.date(), QTime(target.time().hour(), target.time().minute()), QTimeZone::utc());
        const qint64 offset = real.msecsTo(fakeStart) - 400;
        s.setClock([offset] { return QDateTime::currentDateTimeUtc().addMSecs(offset); });
        s.setPlans({ plan("p", utcSchedule(Schedule::everyMinutes(1))) });
        s.start();
        QVERIFY(s.isActive());
        QTRY_COMPARE_WITH_TIMEOUT(host.starts.size(), 1, 3000);
        QCOMPARE(host.starts.first().slot, fakeStart);
        s.stop();
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
