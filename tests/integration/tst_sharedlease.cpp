// The shared plan lease and slot claims (core/schedule/sharedlease.h) against the stand-in MariaDB:
// of several claimers of one slot exactly one wins (also racing from threads, and after the winner is
// long done); a lease is exclusive, renewed while held, taken over after its holder stopped renewing
// it (a ghost row, a killed process) and not before; two schedulers on one shared database run each
// slot once (on time, caught up, each caught up), a queued slot waits for another host's run and starts
// once; a database that cannot be reached makes a slot fail, never run.
#include "history/historylocation.h"
#include "schedule/scheduler.h"
#include "schedule/sharedlease.h"
#include "testserver.h"

#include <atomic>
#include <cstring>
#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace moctl;
using namespace std::chrono_literals;

namespace {

const QString Database = u"moctl_lease_tests"_s;

HistoryLocation location()
{
    const ConnectionSettings s = TestServer::instance().settings();
    HistoryLocation l;
    l.kind = HistoryLocation::Kind::MySql;
    l.host = s.host;
    l.port = s.port;
    l.user = s.user;
    l.database = Database;
    l.tlsMode = ConnectionSettings::TlsMode::Disabled;
    return l;
}

SharedConnectionOpener opener()
{
    const QString password = TestServer::instance().settings().password;
    return [password](const QString &name, QString *error) {
        return openSharedHistoryConnection(location(), password, name, error);
    };
}

LeaseHolder identity(const QString &name, qint64 pid)
{
    LeaseHolder h;
    h.token = name + u"-token"_s;
    h.host = name;
    h.pid = pid;
    return h;
}

SharedLeaseOptions options(const QString &name, qint64 pid, std::chrono::milliseconds expiry = 2min)
{
    SharedLeaseOptions o;
    o.owner = identity(name, pid);
    o.expiry = expiry;
    return o;
}

QDateTime utc(int h, int mi)
{
    return QDateTime(QDate(2026, 3, 1), QTime(h, mi), QTimeZone::utc());
}

// Runs end at once; records what started.
class RecordingHost final : public ScheduleHost
{
public:
    bool startRun(const QString &, const QDateTime &slot, QString *) override
    {
        starts << slot.toUTC();
        return true;
    }
    bool isRunning(const QString &) const override { return false; }
    void recordDecision(const ScheduleDecision &d) override { decisions << d; }
    QList<ScheduleDecision> of(ScheduleDecision::Kind kind) const
    {
        QList<ScheduleDecision> list;
        for (const ScheduleDecision &d : decisions) {
            if (d.kind == kind)
                list << d;
        }
        return list;
    }
    QList<QDateTime> starts;
    QList<ScheduleDecision> decisions;
};

} // namespace

class TestSharedLease : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString planId() { return u"plan-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_serial); }

    QVariant scalar(const QString &sql) { return TestServer::instance().scalar(sql); }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_SERVER();
        QVERIFY(TestServer::instance().exec(u"CREATE DATABASE IF NOT EXISTS %1"_s.arg(Database)));
    }

    void slotClaimedOnce()
    {
        const QString plan = planId();
        SharedPlanLease a(plan, opener(), u"lease-a"_s, options(u"host-a"_s, 101));
        SharedPlanLease b(plan, opener(), u"lease-b"_s, options(u"host-b"_s, 202));
        QString owner;
        QCOMPARE(a.claimSlot(utc(10, 0), &owner), PlanGuard::SlotClaim::Ours);
        QCOMPARE(b.claimSlot(utc(10, 0), &owner), PlanGuard::SlotClaim::Elsewhere);
        QVERIFY2(owner.contains(u"host-a"_s) && owner.contains(u"101"_s), qPrintable(owner));
        // The winner asking again still owns it; the next slot is free for anyone.
        QCOMPARE(a.claimSlot(utc(10, 0), &owner), PlanGuard::SlotClaim::Ours);
        QCOMPARE(b.claimSlot(utc(10, 1), &owner), PlanGuard::SlotClaim::Ours);
        QCOMPARE(a.claimSlot(utc(10, 1), &owner), PlanGuard::SlotClaim::Elsewhere);
        // Kept after the run: a slower host that looks later does not run it (unlike GET_LOCK).
        a.unlock();
        SharedPlanLease late(plan, opener(), u"lease-c"_s, options(u"host-c"_s, 303));
        QCOMPARE(late.claimSlot(utc(10, 0), &owner), PlanGuard::SlotClaim::Elsewhere);
        QCOMPARE(
            scalar(u"SELECT COUNT(*) FROM %1.plan_slots WHERE plan_id = '%2'"_s.arg(Database, plan)).toInt(),
            2);
    }

    void racingClaimersOneWins()
    {
        const QString plan = planId();
        constexpr int Claimers = 8;
        std::atomic<int> ours { 0 }, elsewhere { 0 }, failed { 0 };
        std::atomic<bool> go { false };
        QList<QThread *> threads;
        for (int i = 0; i < Claimers; ++i) {
            threads << QThread::create([&, i] {
                SharedPlanLease lease(
                    plan, opener(), u"race-%1"_s.arg(i), options(u"racer-%1"_s.arg(i), 1000 + i));
                // Open the connection first, so the claims themselves race.
                QString owner;
                lease.claimSlot(utc(9, 0), &owner);
                while (!go.load())
                    QThread::yieldCurrentThread();
                switch (lease.claimSlot(utc(11, 0), &owner)) {
                case PlanGuard::SlotClaim::Ours:
                    ++ours;
                    break;
                case PlanGuard::SlotClaim::Elsewhere:
                    ++elsewhere;
                    break;
                case PlanGuard::SlotClaim::Failed:
                    ++failed;
                    break;
                }
                QSqlDatabase::removeDatabase(u"race-%1"_s.arg(i));
            });
            threads.last()->start();
        }
        QThread::msleep(500);
        go = true;
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(failed.load(), 0);
        QCOMPARE(ours.load(), 1);
        QCOMPARE(elsewhere.load(), Claimers - 1);
    }

    void leaseIsExclusive()
    {
        const QString plan = planId();
        SharedPlanLease a(plan, opener(), u"lease-a"_s, options(u"host-a"_s, 101));
        SharedPlanLease b(plan, opener(), u"lease-b"_s, options(u"host-b"_s, 202));
        QVERIFY2(a.tryLock(), qPrintable(a.error()));
        QVERIFY(a.isLocked());
        QVERIFY(!b.tryLock());
        QVERIFY(b.error().isEmpty());
        QCOMPARE(b.holderHost(), u"host-a"_s);
        QCOMPARE(b.holderPid(), 101);
        QVERIFY(b.holder().msecsLeft > 100000); // two minutes by default, by the database's clock
        a.unlock();
        QVERIFY(b.tryLock());
        QVERIFY(!b.tookOver().isValid()); // it was free, not taken over
        QVERIFY(!a.tryLock());
        b.unlock();
        QCOMPARE(
            scalar(u"SELECT COUNT(*) FROM %1.plan_leases WHERE plan_id = '%2'"_s.arg(Database, plan)).toInt(),
            0);
    }

    void expiredLeaseIsTakenOverNotBefore()
    {
        const QString plan = planId();
        // A holder that is gone: its row expires in 2 s by the database's clock and is never renewed.
        QVERIFY(TestServer::instance().exec(
            u"INSERT INTO %1.plan_leases VALUES ('%2', 'ghost-token', 'ghost-host', 4242, UTC_TIMESTAMP(6), "
            "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 2 SECOND)"_s.arg(Database, plan)));
        SharedPlanLease b(plan, opener(), u"lease-b"_s, options(u"host-b"_s, 202));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!b.tryLock());
        QCOMPARE(b.holderHost(), u"ghost-host"_s);
        QVERIFY(b.holder().msecsLeft > 0);
        // Tried again and again: refused while the database says it has not expired, then taken over.
        int refused = 0;
        while (!b.tryLock()) {
            QVERIFY(b.error().isEmpty());
            QCOMPARE(b.holderHost(), u"ghost-host"_s);
            ++refused;
            QVERIFY(timer.elapsed() < 10000);
            QThread::msleep(100);
        }
        QVERIFY2(timer.elapsed() >= 1500, qPrintable(QString::number(timer.elapsed()))); // not before
        QVERIFY(refused > 5);
        QCOMPARE(b.tookOver().host, u"ghost-host"_s);
        QCOMPARE(b.tookOver().pid, 4242);
        QCOMPARE(scalar(u"SELECT owner_host FROM %1.plan_leases WHERE plan_id = '%2'"_s.arg(Database, plan))
                     .toString(),
            u"host-b"_s);
    }

    void renewalKeepsTheLease()
    {
        const QString plan = planId();
        SharedLeaseOptions o = options(u"host-a"_s, 101, 1000ms);
        o.renewEvery = 250ms;
        SharedPlanLease a(plan, opener(), u"lease-a"_s, o);
        SharedPlanLease b(plan, opener(), u"lease-b"_s, options(u"host-b"_s, 202));
        QVERIFY(a.tryLock());
        // Three times the expiry: renewed all along, never taken.
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 3000) {
            QVERIFY(!b.tryLock());
            QCOMPARE(b.holderHost(), u"host-a"_s);
            QThread::msleep(200);
        }
        QVERIFY2(a.renewals() >= 8, qPrintable(QString::number(a.renewals())));
        QVERIFY(!a.lost());
        a.unlock();
        QVERIFY(b.tryLock());
    }

    void killedHolderIsTakenOverAfterExpiry()
    {
        const QString plan = planId();
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({ u"--hold-lease"_s, plan });
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForReadyRead(20000));
        QCOMPARE(child.readAll().trimmed(), QByteArray("locked"));
        const qint64 childPid = child.processId();
        SharedPlanLease b(plan, opener(), u"lease-b"_s, options(u"host-b"_s, 202));
        // The child renews its 1.5 s lease: still held after twice that.
        QThread::msleep(3000);
        QVERIFY(!b.tryLock());
        QCOMPARE(b.holderPid(), childPid);
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!b.tryLock()); // not at once: the lease has not expired yet
        QTRY_VERIFY_WITH_TIMEOUT(b.tryLock(), 10000);
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(b.tookOver().pid, childPid);
    }

    void unreachableDatabaseFails()
    {
        SharedConnectionOpener broken = [](const QString &, QString *error) {
            *error = u"connection refused"_s;
            return false;
        };
        SharedPlanLease lease(planId(), broken, u"broken"_s);
        QVERIFY(!lease.tryLock());
        QVERIFY(lease.error().contains(u"connection refused"_s));
        QString owner;
        QCOMPARE(lease.claimSlot(utc(10, 0), &owner), PlanGuard::SlotClaim::Failed);
        // The scheduler starts nothing and says why.
        RecordingHost host;
        Scheduler scheduler(&host);
        QDateTime now = utc(10, 0).addSecs(-30);
        scheduler.setClock([&now] { return now; });
        scheduler.setStatePaths(m_dir.filePath(u"broken/state.json"_s), m_dir.filePath(u"broken/locks"_s));
        scheduler.setGuardFactory(
            [&](const QString &id) { return std::make_unique<SharedPlanLease>(id, broken, u"broken"_s); });
        Schedule s = Schedule::everyMinutes(1);
        s.timeZone = u"UTC"_s;
        scheduler.setPlans({ { planId(), u"P"_s, s, {} } });
        now = utc(10, 0).addSecs(1);
        scheduler.evaluate();
        QVERIFY(host.starts.isEmpty());
        QCOMPARE(host.of(ScheduleDecision::Kind::StartFailed).size(), 1);
        QVERIFY(
            host.of(ScheduleDecision::Kind::StartFailed).first().message.contains(u"connection refused"_s));
    }

    void queuedSlotRunsWhenTheLeaseIsFree()
    {
        const QString plan = planId();
        Schedule s = Schedule::everyMinutes(1);
        s.timeZone = u"UTC"_s;
        s.overlap = Schedule::Overlap::QueueOne;
        QDateTime now = utc(14, 0).addSecs(-10);
        RecordingHost hostA, hostB;
        Scheduler a(&hostA), b(&hostB);
        const QString sub = u"queued-%1"_s.arg(m_serial);
        for (auto [scheduler, name, pid] :
            { std::tuple { &a, u"host-a"_s, 101 }, { &b, u"host-b"_s, 202 } }) {
            scheduler->setClock([&now] { return now; });
            scheduler->setStatePaths(m_dir.filePath(sub + u"/"_s + name + u"/state.json"_s),
                m_dir.filePath(sub + u"/"_s + name + u"/locks"_s));
            scheduler->setGuardFactory([name, pid](const QString &id) {
                return std::make_unique<SharedPlanLease>(
                    id, opener(), u"sched-"_s + name, options(name, pid));
            });
            scheduler->setPlans({ { plan, u"P"_s, s, {} } });
        }
        // A run of the plan goes on a third host (its lease valid for a minute).
        QVERIFY(TestServer::instance().exec(
            u"INSERT INTO %1.plan_leases VALUES ('%2', 'third-token', 'host-c', 303, UTC_TIMESTAMP(6), "
            "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 60 SECOND)"_s.arg(Database, plan)));
        now = utc(14, 0).addSecs(2);
        a.evaluate();
        b.evaluate();
        QVERIFY(hostA.starts.isEmpty() && hostB.starts.isEmpty());
        QCOMPARE(hostA.of(ScheduleDecision::Kind::Queued).size(), 1);
        QVERIFY2(
            hostA.of(ScheduleDecision::Kind::Queued).first().message.contains(u"on host host-c (pid 303)"_s),
            qPrintable(hostA.of(ScheduleDecision::Kind::Queued).first().message));
        QCOMPARE(hostB.of(ScheduleDecision::Kind::ClaimedElsewhere).size(), 1);
        // Still held: it waits. Then the third host's run ends: the queued slot starts, once, on host A.
        now = now.addSecs(5);
        a.evaluate();
        QVERIFY(hostA.starts.isEmpty());
        QVERIFY(TestServer::instance().exec(
            u"DELETE FROM %1.plan_leases WHERE plan_id = '%2'"_s.arg(Database, plan)));
        now = now.addSecs(5);
        a.evaluate();
        b.evaluate();
        QCOMPARE(hostA.starts, QList<QDateTime> { utc(14, 0) });
        QVERIFY(hostB.starts.isEmpty());
    }

    void twoSchedulersRunEachSlotOnce_data()
    {
        QTest::addColumn<Schedule::Missed>("missed");
        QTest::newRow("on time") << Schedule::Missed::Skip;
        QTest::newRow("caught up") << Schedule::Missed::RunOnce;
        QTest::newRow("each caught up") << Schedule::Missed::RunEach;
    }

    void twoSchedulersRunEachSlotOnce()
    {
        QFETCH(Schedule::Missed, missed);
        const QString plan = planId();
        Schedule s = Schedule::everyMinutes(1);
        s.timeZone = u"UTC"_s;
        s.missed = missed;
        QDateTime now = utc(12, 0).addSecs(-10);
        RecordingHost hostA, hostB;
        Scheduler a(&hostA), b(&hostB);
        const QString sub = u"two-%1"_s.arg(m_serial);
        for (auto [scheduler, name, pid] :
            { std::tuple { &a, u"host-a"_s, 101 }, { &b, u"host-b"_s, 202 } }) {
            // Each host has its own state file (its own disk); only the database is shared.
            scheduler->setClock([&now] { return now; });
            scheduler->setStatePaths(m_dir.filePath(sub + u"/"_s + name + u"/state.json"_s),
                m_dir.filePath(sub + u"/"_s + name + u"/locks"_s));
            scheduler->setGuardFactory([name, pid](const QString &id) {
                return std::make_unique<SharedPlanLease>(
                    id, opener(), u"sched-"_s + name, options(name, pid));
            });
            scheduler->setPlans({ { plan, u"P"_s, s, {} } });
            scheduler->setLateTolerance(10s); // older slots are missed ones
        }
        if (missed == Schedule::Missed::Skip) {
            // Five slots; the hosts look in turns, one or the other first.
            for (int minute = 0; minute < 5; ++minute) {
                now = utc(12, minute).addSecs(2);
                if (minute % 2) {
                    a.evaluate();
                    b.evaluate();
                } else {
                    b.evaluate();
                    a.evaluate();
                }
            }
            QCOMPARE(hostA.starts.size() + hostB.starts.size(), 5);
            QCOMPARE(hostA.of(ScheduleDecision::Kind::ClaimedElsewhere).size()
                    + hostB.of(ScheduleDecision::Kind::ClaimedElsewhere).size(),
                5);
            QSet<QDateTime> ran(hostA.starts.cbegin(), hostA.starts.cend());
            ran.unite(QSet<QDateTime>(hostB.starts.cbegin(), hostB.starts.cend()));
            QCOMPARE(ran.size(), 5); // none twice, none missed
            QVERIFY(!hostA.starts.isEmpty() && !hostB.starts.isEmpty());
            const ScheduleDecision other = hostA.of(ScheduleDecision::Kind::ClaimedElsewhere).first();
            QVERIFY2(other.message.contains(u"host-b"_s) && other.message.contains(u"202"_s),
                qPrintable(other.message));
        } else if (missed == Schedule::Missed::RunEach) {
            // Both were down for an hour: the latest MaxCatchUpRuns slots run once each, across both.
            now = utc(13, 0).addSecs(-20);
            a.evaluate();
            b.evaluate();
            QList<QDateTime> all = hostA.starts + hostB.starts;
            QCOMPARE(all.size(), Schedule::MaxCatchUpRuns);
            QCOMPARE(QSet<QDateTime>(all.cbegin(), all.cend()).size(), Schedule::MaxCatchUpRuns);
            QCOMPARE(hostA.of(ScheduleDecision::Kind::ClaimedElsewhere).size()
                    + hostB.of(ScheduleDecision::Kind::ClaimedElsewhere).size(),
                Schedule::MaxCatchUpRuns);
        } else {
            // Both were down for an hour: both see the missed slots; one catches up.
            now = utc(13, 0).addSecs(-20);
            a.evaluate();
            b.evaluate();
            QCOMPARE(hostA.starts.size() + hostB.starts.size(), 1);
            QCOMPARE(hostA.of(ScheduleDecision::Kind::CaughtUp).size()
                    + hostB.of(ScheduleDecision::Kind::CaughtUp).size(),
                1);
            QCOMPARE(hostA.of(ScheduleDecision::Kind::ClaimedElsewhere).size()
                    + hostB.of(ScheduleDecision::Kind::ClaimedElsewhere).size(),
                1);
        }
        QCOMPARE(
            scalar(u"SELECT COUNT(*) FROM %1.plan_leases WHERE plan_id = '%2'"_s.arg(Database, plan)).toInt(),
            0); // probed and released (the runs end at once)
    }
};

int main(int argc, char *argv[])
{
    // Helper mode: hold the plan's lease (1.5 s expiry, renewed) until killed.
    if (argc == 3 && std::strcmp(argv[1], "--hold-lease") == 0) {
        QCoreApplication app(argc, argv);
        SharedLeaseOptions o;
        o.expiry = 1500ms;
        SharedPlanLease lease(QString::fromLocal8Bit(argv[2]), opener(), u"holder"_s, o);
        if (!lease.tryLock()) {
            std::fprintf(stderr, "%s\n", qPrintable(lease.error()));
            return 1;
        }
        std::printf("locked\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    QCoreApplication app(argc, argv);
    TestSharedLease test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sharedlease.moc"
