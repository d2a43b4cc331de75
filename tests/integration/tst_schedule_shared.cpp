// Several `moctl serve` hosts sharing one history database (the stand-in MariaDB) run each schedule slot
// once: two real serve processes, each with its own data directory (its own disk, its own schedule
// state), the same plan every minute, history and plan leases in the shared database. The schedulers'
// clocks run 20 times faster (MOCTL_TEST_SCHEDULE_CLOCK, a test-only hook: one minute = 3 s) so several
// slots pass in seconds; the runs themselves (a checkpoint on the stand-in and a real wait) take real
// time.
//  - every slot from the first to the last is fired exactly once, by one host or the other, and the
//    other host records it as claimed elsewhere; the shared history holds one run per fired slot;
//  - `moctl run-plan` by hand on the shared history takes the lease too: exit 7 naming the other host
//    while its lease is valid, runs once it expired; a scheduled run-plan claims its slot itself (for a
//    scheduler that does not, the GUI's);
//  - the host running the plan dies (kill -9, its run too): the other host finds the plan's lease held
//    (skipped, naming the dead host's process) until it expires, then runs the next slot itself.
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "schedule/schedule.h"
#include "testserver.h"

#include <csignal>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

QString moctlPath()
{
    return QStringLiteral(MOCTL_BIN_DIR) + u"/moctl"_s;
}

// A decision printed by a serve (--format json), with the (real) time the test read it.
struct Seen
{
    int host; // 0 or 1
    qint64 at; // ms since the test started the serves
    QString kind;
    QDateTime slot;
    QString message;
};

} // namespace

class TestScheduleShared : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    QString m_passwordFile;
    QString m_planId;
    QString m_data[2];
    QProcess *m_serve[2] = { nullptr, nullptr };
    QByteArray m_pending[2];
    QByteArray m_output[2];
    QList<Seen> m_seen;
    QElapsedTimer m_clock;
    int m_serial = 0;

    QString historyUrl() const
    {
        const ConnectionSettings s = TestServer::instance().settings();
        return u"mysql://root@%1:%2/%3?tls=disabled"_s.arg(s.host).arg(s.port).arg(m_database);
    }

    // A fresh shared database and two hosts' data directories with the same plan (every minute, UTC):
    // a checkpoint on the stand-in, then a wait of `waitSeconds`.
    void prepare(int waitSeconds)
    {
        ++m_serial;
        m_database = u"moctl_shared_sched_%1"_s.arg(m_serial);
        QVERIFY(TestServer::instance().exec(u"DROP DATABASE IF EXISTS %1"_s.arg(m_database)));
        QVERIFY(TestServer::instance().exec(u"CREATE DATABASE %1"_s.arg(m_database)));
        MaintenancePlan plan = MaintenancePlan::create(u"Shared every minute"_s);
        PlanStep checkpoint = PlanStep::checkpoint();
        checkpoint.retries = 0;
        plan.steps << checkpoint << PlanStep::wait(waitSeconds);
        Schedule schedule = Schedule::everyMinutes(1);
        schedule.timeZone = u"UTC"_s;
        plan.schedule = schedule;
        for (int i = 0; i < 2; ++i) {
            m_data[i] = m_dir.filePath(u"run-%1/host-%2"_s.arg(m_serial).arg(i));
            QVERIFY(QDir().mkpath(m_data[i] + u"/plans"_s));
            PlanStore store(m_data[i] + u"/plans"_s);
            store.load();
            MaintenancePlan copy = plan;
            QString error;
            QVERIFY2(store.save(copy, &error), qPrintable(error));
        }
        m_planId = plan.idString();
        m_seen.clear();
        for (int i = 0; i < 2; ++i) {
            m_pending[i].clear();
            m_output[i].clear();
        }
    }

    void startServes(int leaseSeconds)
    {
        const ConnectionSettings s = TestServer::instance().settings();
        // Both clocks: 20 times faster from the same moment.
        const QString clock = u"%1:20"_s.arg(QDateTime::currentSecsSinceEpoch());
        m_clock.start();
        for (int i = 0; i < 2; ++i) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"MOCTL_TEST_SCHEDULE_CLOCK"_s, clock);
            env.insert(u"MOCTL_LEASE_SECONDS"_s, QString::number(leaseSeconds));
            env.insert(u"MOCTL_PASSWORD"_s, s.password); // the runs' connection to the stand-in
            auto *p = new QProcess(this);
            p->setProgram(moctlPath());
            p->setArguments({ u"--data-dir"_s, m_data[i], u"--history"_s, historyUrl(),
                u"--history-password-file"_s, m_passwordFile, u"--host"_s, s.host, u"--port"_s,
                QString::number(s.port), u"--user"_s, s.user, u"--format"_s, u"json"_s, u"serve"_s });
            p->setProcessEnvironment(env);
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start();
            QVERIFY(p->waitForStarted(10000));
            m_serve[i] = p;
        }
    }

    // Reads what the serves printed, for `ms`.
    void watch(qint64 ms)
    {
        QElapsedTimer t;
        t.start();
        do {
            for (int i = 0; i < 2; ++i) {
                if (!m_serve[i])
                    continue;
                m_serve[i]->waitForReadyRead(20);
                const QByteArray bytes = m_serve[i]->readAll();
                m_output[i] += bytes;
                m_pending[i] += bytes;
                qsizetype nl;
                while ((nl = m_pending[i].indexOf('\n')) >= 0) {
                    const QByteArray line = m_pending[i].left(nl);
                    m_pending[i].remove(0, nl + 1);
                    const QJsonObject o = QJsonDocument::fromJson(line).object();
                    if (o.value(u"event"_s).toString() != u"schedule"_s)
                        continue;
                    m_seen.append({ i, m_clock.elapsed(), o.value(u"kind"_s).toString(),
                        QDateTime::fromString(o.value(u"slot"_s).toString(), Qt::ISODate).toUTC(),
                        o.value(u"message"_s).toString() });
                }
            }
            QCoreApplication::processEvents();
        } while (t.elapsed() < ms);
    }

    void stopServes()
    {
        for (int i = 0; i < 2; ++i) {
            if (!m_serve[i])
                continue;
            if (m_serve[i]->state() == QProcess::Running)
                m_serve[i]->terminate();
        }
        for (int i = 0; i < 2; ++i) {
            if (!m_serve[i])
                continue;
            if (!m_serve[i]->waitForFinished(40000))
                m_serve[i]->kill();
            m_serve[i]->waitForFinished(5000);
            m_output[i] += m_serve[i]->readAll();
            delete m_serve[i];
            m_serve[i] = nullptr;
        }
    }

    QList<Seen> seen(const QString &kind, int host = -1) const
    {
        QList<Seen> list;
        for (const Seen &s : m_seen) {
            if (s.kind == kind && (host < 0 || s.host == host))
                list << s;
        }
        return list;
    }

    QString transcript() const
    {
        return QString::fromUtf8("--- host 0:\n" + m_output[0] + "\n--- host 1:\n" + m_output[1]);
    }

    int sharedCount(const QString &sql) const
    {
        return TestServer::instance().scalar(sql.arg(m_database, m_planId)).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STANDIN();
        if (!QFileInfo::exists(moctlPath()))
            SKIP_OR_FAIL_ON_CI(QStringLiteral("moctl is not built"));
        QVERIFY(m_dir.isValid());
        m_passwordFile = m_dir.filePath(u"history-password"_s);
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(TestServer::instance().settings().password.toUtf8());
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }

    void cleanup() { stopServes(); }

    void eachSlotRunsOnceAcrossTwoServes()
    {
        prepare(1);
        startServes(120);
        // About five slots of 3 s.
        watch(16000);
        stopServes();
        const QList<Seen> fired = seen(u"fired"_s);
        QVERIFY2(fired.size() >= 3, qPrintable(transcript()));
        QSet<QDateTime> ranSlots;
        for (const Seen &s : fired) {
            QVERIFY2(!ranSlots.contains(s.slot),
                qPrintable(u"slot %1 ran twice\n"_s.arg(s.slot.toString(Qt::ISODate)) + transcript()));
            ranSlots.insert(s.slot);
        }
        // None missed: every minute from the first to the last fired slot.
        QList<QDateTime> sorted(ranSlots.cbegin(), ranSlots.cend());
        std::sort(sorted.begin(), sorted.end());
        for (qsizetype i = 1; i < sorted.size(); ++i)
            QCOMPARE(sorted.at(i - 1).secsTo(sorted.at(i)), 60);
        // Each fired slot was seen by the other host as claimed elsewhere (the last one perhaps not yet).
        const QList<Seen> elsewhere = seen(u"claimed-elsewhere"_s);
        QVERIFY2(elsewhere.size() >= fired.size() - 1, qPrintable(transcript()));
        for (const Seen &e : elsewhere) {
            QVERIFY(ranSlots.contains(e.slot));
            for (const Seen &f : fired) {
                if (f.slot == e.slot)
                    QVERIFY(f.host != e.host);
            }
        }
        QCOMPARE(seen(u"missed"_s).size(), 0);
        QCOMPARE(seen(u"start-failed"_s).size(), 0);
        // One run per fired slot in the shared history, and no lease left behind.
        QTRY_COMPARE_WITH_TIMEOUT(
            sharedCount(u"SELECT COUNT(*) FROM %1.runs WHERE plan_id = '%2'"_s), int(fired.size()), 10000);
        QCOMPARE(
            sharedCount(u"SELECT COUNT(*) FROM %1.plan_slots WHERE plan_id = '%2'"_s), int(ranSlots.size()));
        QCOMPARE(sharedCount(u"SELECT COUNT(*) FROM %1.plan_leases WHERE plan_id = '%2'"_s), 0);
    }

    void manualRunPlanTakesTheLease()
    {
        prepare(0);
        const ConnectionSettings s = TestServer::instance().settings();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_PASSWORD"_s, s.password);
        const QStringList args { u"--data-dir"_s, m_data[0], u"--history"_s, historyUrl(),
            u"--history-password-file"_s, m_passwordFile, u"--host"_s, s.host, u"--port"_s,
            QString::number(s.port), u"--user"_s, s.user, u"run-plan"_s, m_planId };
        const auto run = [&](int *exitCode) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(moctlPath(), args);
            p.waitForFinished(60000);
            *exitCode = p.exitCode();
            return QString::fromUtf8(p.readAllStandardError());
        };
        int rc = -1;
        QString err = run(&rc);
        QVERIFY2(rc == 0, qPrintable(err)); // free: runs (and creates the tables)
        QCOMPARE(sharedCount(u"SELECT COUNT(*) FROM %1.plan_leases WHERE plan_id = '%2'"_s), 0);
        // Another host's run holds the lease: exit 7, naming it; nothing sent, nothing recorded.
        QVERIFY(TestServer::instance().exec(
            u"INSERT INTO %1.plan_leases VALUES ('%2', 'other-token', 'db-host-7', 4242, UTC_TIMESTAMP(6), "
            "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 60 SECOND)"_s.arg(m_database, m_planId)));
        err = run(&rc);
        QCOMPARE(rc, 7);
        QVERIFY2(err.contains(u"already running on host db-host-7 (process 4242"_s), qPrintable(err));
        QCOMPARE(sharedCount(u"SELECT COUNT(*) FROM %1.runs WHERE plan_id = '%2'"_s), 1);
        // Once that lease has expired by the database's clock, the run takes it over.
        QVERIFY(TestServer::instance().exec(
            u"UPDATE %1.plan_leases SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND"_s.arg(
                m_database)));
        err = run(&rc);
        QVERIFY2(rc == 0, qPrintable(err));
        QCOMPARE(sharedCount(u"SELECT COUNT(*) FROM %1.runs WHERE plan_id = '%2'"_s), 2);
        QCOMPARE(sharedCount(u"SELECT COUNT(*) FROM %1.plan_leases WHERE plan_id = '%2'"_s), 0);
        // A scheduled run (as a scheduler that does not claim slots itself starts it, the GUI's) claims
        // its slot as that scheduler: the first one runs, another scheduler's run of the slot does not,
        // the same scheduler's does (its own claim).
        env.insert(u"MOCTL_RUN_TRIGGER"_s, u"scheduled"_s);
        env.insert(u"MOCTL_SCHEDULED_SLOT"_s, u"2026-12-03T10:30:00Z"_s);
        env.insert(u"MOCTL_SLOT_CLAIMER"_s, u"desktop-token"_s);
        err = run(&rc);
        QVERIFY2(rc == 0, qPrintable(err));
        env.insert(u"MOCTL_SLOT_CLAIMER"_s, u"other-token"_s);
        err = run(&rc);
        QCOMPARE(rc, 7);
        QVERIFY2(err.contains(u"which claimed it first"_s), qPrintable(err));
        QCOMPARE(sharedCount(u"SELECT COUNT(*) FROM %1.runs WHERE plan_id = '%2'"_s), 3);
        env.insert(u"MOCTL_SLOT_CLAIMER"_s, u"desktop-token"_s);
        err = run(&rc);
        QVERIFY2(rc == 0, qPrintable(err));
        QCOMPARE(sharedCount(u"SELECT COUNT(*) FROM %1.runs WHERE plan_id = '%2'"_s), 4);
        QCOMPARE(sharedCount(u"SELECT COUNT(*) FROM %1.plan_slots WHERE plan_id = '%2'"_s), 1);
    }

    void theOtherServeTakesOverAfterTheLeaseExpires()
    {
        // Runs of 5 s on 3 s slots (overlap: skip); a lease lasts 6 s without renewal (renewed every 2 s).
        prepare(5);
        startServes(6);
        QElapsedTimer wait;
        wait.start();
        while (seen(u"fired"_s).isEmpty() && wait.elapsed() < 15000)
            watch(100);
        QVERIFY2(!seen(u"fired"_s).isEmpty(), qPrintable(transcript()));
        const int dead = seen(u"fired"_s).first().host;
        const int other = 1 - dead;
        // The run has started: its process holds the lease.
        QTRY_VERIFY_WITH_TIMEOUT(
            sharedCount(u"SELECT COUNT(*) FROM %1.plan_leases WHERE plan_id = '%2'"_s) == 1, 5000);
        const qint64 runPid = TestServer::instance()
                                  .scalar(u"SELECT owner_pid FROM %1.plan_leases WHERE plan_id = '%2'"_s.arg(
                                      m_database, m_planId))
                                  .toLongLong();
        QVERIFY(runPid > 0);
        // The host dies: its run first (else it would cancel and release the lease), then its serve.
        QCOMPARE(::kill(pid_t(runPid), SIGKILL), 0);
        m_serve[dead]->kill();
        QVERIFY(m_serve[dead]->waitForFinished(10000));
        const qint64 killedAt = m_clock.elapsed();
        delete m_serve[dead];
        m_serve[dead] = nullptr;
        // The other host: the lease is still held by the dead run (skipped, naming it), then it expires
        // and the other host runs the next slot.
        wait.restart();
        const auto firedAfterKill = [&] {
            for (const Seen &s : seen(u"fired"_s, other)) {
                if (s.at > killedAt)
                    return true;
            }
            return false;
        };
        while (!firedAfterKill() && wait.elapsed() < 25000)
            watch(100);
        stopServes();
        QVERIFY2(firedAfterKill(), qPrintable(transcript()));
        bool skippedForDeadRun = false;
        for (const Seen &s : seen(u"skipped-overlap"_s, other))
            skippedForDeadRun |= s.at > killedAt && s.message.contains(u"pid %1"_s.arg(runPid));
        QVERIFY2(skippedForDeadRun, qPrintable(transcript()));
        // Never before the lease expired: 6 s after its last renewal, which was at most 2 s before the kill.
        for (const Seen &s : seen(u"fired"_s, other)) {
            if (s.at > killedAt)
                QVERIFY2(s.at - killedAt >= 3500, qPrintable(transcript()));
        }
        // And still no slot twice.
        QSet<QDateTime> ranSlots;
        for (const Seen &s : seen(u"fired"_s)) {
            QVERIFY2(!ranSlots.contains(s.slot), qPrintable(transcript()));
            ranSlots.insert(s.slot);
        }
    }
};

QTEST_GUILESS_MAIN(TestScheduleShared)
#include "tst_schedule_shared.moc"
