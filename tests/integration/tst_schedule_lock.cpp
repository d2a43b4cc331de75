// The plan lock between processes: moctl schedule run skips a plan another process is running, takes
// over a lock left by a killed process, and two moctl schedule run at once start a due run once;
// moctl serve stops cleanly on SIGTERM. (No server needed: the runs themselves are child processes.)
#include "schedule/planlock.h"
#include "schedule/schedule.h"
#include "schedule/schedulestate.h"
#include "testserver.h"

#include <cstring>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

const QString PlanId = u"1a2b3c4d-0000-4000-8000-000000000001"_s;

QString moctlPath()
{
    return QStringLiteral(MOCTL_BIN_DIR) + u"/moctl"_s;
}

Schedule everyMinute()
{
    Schedule s = Schedule::everyMinutes(1);
    s.timeZone = u"UTC"_s;
    return s;
}

} // namespace

class TestScheduleLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;
    int m_serial = 0;

    // A data directory with one plan scheduled every minute, whose last handled slot was 90 s ago, so
    // a run is due now.
    void prepare()
    {
        m_data = m_dir.filePath(u"data-%1"_s.arg(++m_serial));
        QVERIFY(QDir().mkpath(m_data + u"/plans"_s));
        QJsonObject plan { { u"format"_s, u"moctl-plan"_s }, { u"version"_s, 1 }, { u"id"_s, PlanId },
            { u"name"_s, u"Every minute"_s }, { u"schedule"_s, scheduleToJson(everyMinute()) },
            { u"steps"_s, QJsonArray() } };
        QFile file(m_data + u"/plans/every-minute-1a2b3c4d.moplan.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(plan).toJson());
        file.close();
        ScheduleStateStore store(m_data + u"/schedule-state.json"_s, m_data + u"/locks"_s);
        ScheduleStateStore::Transaction t(store);
        QVERIFY(t.isLocked());
        t.entries[PlanId]
            = { QDateTime::currentDateTimeUtc().addSecs(-90), {}, scheduleFingerprint(everyMinute()), {} };
        QVERIFY(t.commit());
    }

    QProcess *startMoctl(const QStringList &args)
    {
        auto *p = new QProcess(this);
        p->setProgram(moctlPath());
        p->setArguments(QStringList { u"--data-dir"_s, m_data } + args);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start();
        return p;
    }

    QString runMoctl(const QStringList &args, int *exitCode = nullptr)
    {
        QProcess *p = startMoctl(args);
        p->waitForFinished(60000);
        if (exitCode)
            *exitCode = p->exitCode();
        const QString out = QString::fromUtf8(p->readAll());
        p->deleteLater();
        return out;
    }

    QDateTime lastFired()
    {
        ScheduleStateStore store(m_data + u"/schedule-state.json"_s, m_data + u"/locks"_s);
        return store.read().value(PlanId).lastFired;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(moctlPath()))
            SKIP_OR_FAIL_ON_CI(QStringLiteral("moctl is not built"));
    }

    void lockedPlanIsSkipped()
    {
        prepare();
        PlanLock lock(PlanId, m_data + u"/locks"_s);
        QVERIFY(lock.tryLock());
        int rc = -1;
        const QString out = runMoctl({ u"schedule"_s, u"run"_s }, &rc);
        QVERIFY2(out.contains(u"another process (pid %1)"_s.arg(QCoreApplication::applicationPid())),
            qPrintable(out));
        QVERIFY2(out.contains(u"is skipped"_s), qPrintable(out));
        QVERIFY(!out.contains(u"Started the run"_s));
        QCOMPARE(rc, 0);
        QVERIFY(!lastFired().isValid());
        // Once free, the next due run starts (a minute later: fake it by moving the state back).
        lock.unlock();
        {
            ScheduleStateStore store(m_data + u"/schedule-state.json"_s, m_data + u"/locks"_s);
            ScheduleStateStore::Transaction t(store);
            t.entries[PlanId].lastSlot = QDateTime::currentDateTimeUtc().addSecs(-90);
            QVERIFY(t.commit());
        }
        const QString again = runMoctl({ u"schedule"_s, u"run"_s });
        QVERIFY2(again.contains(u"Started the run"_s), qPrintable(again));
        QVERIFY(lastFired().isValid());
    }

    void lockOfAKilledProcessIsTakenOver()
    {
        prepare();
        // A helper process (this test binary) takes the lock and is killed without unlocking.
        QProcess helper;
        helper.setProgram(QCoreApplication::applicationFilePath());
        helper.setArguments({ u"--hold-plan-lock"_s, PlanLock::pathFor(PlanId, m_data + u"/locks"_s) });
        helper.start();
        QVERIFY(helper.waitForReadyRead(10000));
        QCOMPARE(helper.readAll().trimmed(), QByteArray("locked"));
        PlanLock probe(PlanId, m_data + u"/locks"_s);
        QVERIFY(!probe.tryLock());
        QCOMPARE(probe.holderPid(), helper.processId());
        helper.kill();
        QVERIFY(helper.waitForFinished(10000));
        QVERIFY(QFile::exists(PlanLock::pathFor(PlanId, m_data + u"/locks"_s))); // left behind
        const QString out = runMoctl({ u"schedule"_s, u"run"_s });
        QVERIFY2(out.contains(u"Started the run"_s), qPrintable(out));
        QVERIFY(lastFired().isValid());
    }

    void twoAtOnceStartTheRunOnce()
    {
        for (int round = 0; round < 3; ++round) {
            prepare();
            QProcess *a = startMoctl({ u"schedule"_s, u"run"_s });
            QProcess *b = startMoctl({ u"schedule"_s, u"run"_s });
            QVERIFY(a->waitForFinished(60000));
            QVERIFY(b->waitForFinished(60000));
            const QString out = QString::fromUtf8(a->readAll()) + QString::fromUtf8(b->readAll());
            QCOMPARE(out.count(u"Started the run"_s), 1);
            QVERIFY2(!out.contains(u"is skipped"_s), qPrintable(out)); // the second saw it handled
            QVERIFY(lastFired().isValid());
            delete a;
            delete b;
        }
    }

    void serveStopsOnSigterm()
    {
        prepare();
        QProcess *serve = startMoctl({ u"serve"_s });
        QVERIFY(serve->waitForStarted(10000));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += serve->readAll()).contains("moctl serve:") || serve->state() != QProcess::Running,
            10000);
        QVERIFY2(serve->state() == QProcess::Running, output.constData());
        serve->terminate();
        QVERIFY(serve->waitForFinished(20000));
        QCOMPARE(serve->exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve->exitCode(), 0);
        delete serve;
    }
};

int main(int argc, char *argv[])
{
    // Helper mode: hold a plan lock until killed.
    if (argc == 3 && std::strcmp(argv[1], "--hold-plan-lock") == 0) {
        QCoreApplication app(argc, argv);
        QLockFile lock(QString::fromLocal8Bit(argv[2]));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(5000))
            return 1;
        std::printf("locked\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    QCoreApplication app(argc, argv);
    TestScheduleLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_schedule_lock.moc"
