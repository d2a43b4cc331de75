// Fault suite, scheduled runs from the GUI (issue 18.7): a scheduled run whose profile's password is
// kept for this session only (no keychain) used to fail silently: the `moctl run-plan` child never got
// the password, nothing reached History and Schedules kept showing the last success. The application
// object (app/studio/application.h) is built as moctl-studio builds it, its scheduler's clock moved on
// so the plan's slot is due, and the real moctl runs the plan:
//  - sessionPasswordReachesTheChild: the child gets the password on stdin (--password-stdin), never in
//    its command line or environment (/proc/<pid>/cmdline and environ read while it runs); the run is
//    ok in History.
//  - noPasswordIsAFailedRun: no password anywhere: a failed scheduled run with the reason in History,
//    shown on the Schedules page (last status, recent decisions) and announced (the tray's signal).
//  - moctlMissingIsAFailedRun: the child cannot start: the same, with the reason.
#include "application.h"
#include "apppaths.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "history/historystore.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "schedule/processhost.h"
#include "schedule/scheduler.h"
#include "schedulesmodel.h"
#include "schedulespage.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestFaultsSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QTemporaryDir m_settings;
    qint64 m_clockOffsetSecs = 0;

    std::unique_ptr<Application> makeApp(const QString &moctl)
    {
        Application::Options options;
        options.trayIcon = false;
        options.startScheduler = false; // evaluated by hand, on a clock moved on
        // A keychain service of its own: nothing of a real moctl-studio is read.
        options.keychainService
            = u"moctl-studio-tst-faults-schedule-%1"_s.arg(QCoreApplication::applicationPid());
        options.moctlProgram = moctl;
        auto app = std::make_unique<Application>(options);
        app->scheduler()->setClock(
            [this] { return QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSecs); });
        return app;
    }

    ConnectionProfile addProfile(Application &app, const QString &name)
    {
        const ConnectionSettings s = TestServer::instance().settings();
        ConnectionProfile p;
        p.name = name;
        p.host = s.host;
        p.port = s.port;
        p.setUserName(s.user);
        p.tlsMode = s.tlsMode;
        p.connectTimeoutSec = 5;
        QString error;
        if (!app.profileStore()->save(p, &error))
            qWarning("%s", qPrintable(error));
        return p;
    }

    // A plan flushing one table every minute, saved through the application; its slot made due.
    QString schedulePlan(Application &app, const ConnectionProfile &profile, const QString &name)
    {
        MaintenancePlan plan = MaintenancePlan::create(name);
        plan.profileId = profile.idString();
        PlanTargets targets;
        targets.tables << TableRef { u"production_db"_s, u"users"_s, {}, {} };
        plan.steps << PlanStep::flush(targets);
        PlanStore store(AppPaths::plansDirectory());
        store.load();
        if (!store.save(plan))
            return {};
        app.reloadPlans();
        if (!app.saveSchedule(plan.idString(), Schedule::everyMinutes(1)))
            return {};
        return plan.idString();
    }

    // Moves the scheduler's clock past the next slot and lets it decide.
    void makeDue(Application &app)
    {
        m_clockOffsetSecs += 61;
        app.scheduler()->evaluate();
    }

    static QByteArray procFile(qint64 pid, const char *name)
    {
        QFile file(u"/proc/%1/%2"_s.arg(pid).arg(QString::fromLatin1(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString moctlPath() { return QStringLiteral(MOCTL_BIN_DIR) + u"/moctl"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_settings.isValid());
        qputenv("MOCTL_DATA_DIR", m_data.path().toUtf8()); // the app's and its moctl children's
        qunsetenv("MOCTL_PASSWORD");
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(u"moctl-test"_s);
        QCoreApplication::setApplicationName(u"tst_faults_schedule"_s);
    }

    void sessionPasswordReachesTheChild()
    {
        REQUIRE_STANDIN();
        if (!QFileInfo::exists(moctlPath()))
            SKIP_OR_FAIL_ON_CI(u"moctl is not built"_s);
        QVERIFY(TestServer::instance().reset());
        // A user whose password is a unique, greppable string (created from its hash, so the setup
        // statements do not carry it).
        TestServer &server = TestServer::instance();
        const QByteArray secret = "Sched-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "-pw";
        const QByteArray hash = "*"
            + QCryptographicHash::hash(
                QCryptographicHash::hash(secret, QCryptographicHash::Sha1), QCryptographicHash::Sha1)
                  .toHex()
                  .toUpper();
        const QString account = u"'sys:scheduled'@'%'"_s;
        QVERIFY(server.exec(u"CREATE USER IF NOT EXISTS %1 IDENTIFIED BY PASSWORD '%2'"_s.arg(
            account, QString::fromLatin1(hash))));
        QVERIFY(server.exec(
            u"ALTER USER %1 IDENTIFIED BY PASSWORD '%2'"_s.arg(account, QString::fromLatin1(hash))));
        QVERIFY(server.exec(u"GRANT ALL ON *.* TO %1"_s.arg(account)));
        auto app = makeApp(moctlPath());
        ConnectionProfile profile = addProfile(*app, u"session only"_s);
        profile.setUserName(u"sys:scheduled"_s);
        QVERIFY(app->profileStore()->save(profile));
        const QString password = QString::fromLatin1(secret);
        // "Remember for this session": in memory only, not in the keychain.
        QVERIFY(app->sessionSecrets()->writeBlocking(profile.idString(), password).ok());
        const QString planId = schedulePlan(*app, profile, u"session password plan"_s);
        QVERIFY(!planId.isEmpty());

        QByteArray cmdline, environ;
        qint64 childPid = 0;
        connect(app->scheduleHost(), &PlanProcessHost::runStarted, this, [&](const QString &id, qint64 pid) {
            if (id != planId)
                return;
            childPid = pid;
            // While it runs (the stand-in's latency holds it). Right after exec the kernel may still
            // answer an empty command line for a moment: read again until it has one.
            for (int i = 0; i < 40 && cmdline.isEmpty(); ++i) {
                cmdline = procFile(pid, "cmdline");
                if (cmdline.isEmpty())
                    QThread::msleep(50);
            }
            environ = procFile(pid, "environ");
        });
        QSignalSpy ended(app->scheduleHost(), &PlanProcessHost::runEnded);
        QSignalSpy notStarted(app.get(), &Application::scheduledRunNotStarted);
        // Each mo_ctl call takes a while, so the child is still running (not a zombie with an empty
        // command line) when its /proc files are read.
        QVERIFY(TestServer::instance().setSwitch(u"latency_ms"_s, 1500));
        makeDue(*app);
        const bool endedInTime = ended.wait(60000);
        TestServer::instance().setSwitch(u"latency_ms"_s, 0);
        QVERIFY(endedInTime);
        QCOMPARE(notStarted.size(), 0);
        QCOMPARE(ended.first().at(0).toString(), planId);
        QCOMPARE(ended.first().at(1).toInt(), 0);
        QVERIFY(childPid > 0);
        QVERIFY2(cmdline.contains("run-plan"), cmdline.constData()); // read while the child ran
        QVERIFY(cmdline.contains("--password-stdin"));
        QVERIFY(!environ.isEmpty());
        QVERIFY(!cmdline.contains(password.toUtf8()));
        QVERIFY(!environ.contains(password.toUtf8()));
        QVERIFY(environ.contains("MOCTL_RUN_TRIGGER=scheduled"));

        const QHash<QString, RunRecord> last = app->history()->lastRunPerPlan();
        QVERIFY(last.contains(planId));
        const RunRecord run = last.value(planId);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.trigger, RunTrigger::Scheduled);
        QCOMPARE(run.profileId, profile.idString());
        QCOMPARE(run.ok, 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            app->schedulesPage()->model()->rowFor(planId)->lastStatus == RunStatus::Ok, 10000);
    }

    void noPasswordIsAFailedRun()
    {
        REQUIRE_STANDIN();
        if (!QFileInfo::exists(moctlPath()))
            SKIP_OR_FAIL_ON_CI(u"moctl is not built"_s);
        auto app = makeApp(moctlPath());
        const ConnectionProfile profile = addProfile(*app, u"no password"_s);
        const QString planId = schedulePlan(*app, profile, u"no password plan"_s);
        QVERIFY(!planId.isEmpty());
        bool childStarted = false;
        connect(app->scheduleHost(), &PlanProcessHost::runStarted, this, [&] { childStarted = true; });
        QSignalSpy notStarted(app.get(), &Application::scheduledRunNotStarted);
        makeDue(*app);
        QVERIFY(notStarted.wait(30000)); // the tray is told (it listens to the same)
        QVERIFY(!childStarted);
        QCOMPARE(notStarted.first().at(0).toString(), planId);
        const QString reason = notStarted.first().at(1).toString();
        QVERIFY2(reason.contains(u"no password"_s, Qt::CaseInsensitive), qPrintable(reason));

        const QHash<QString, RunRecord> last = app->history()->lastRunPerPlan();
        QVERIFY(last.contains(planId));
        const RunRecord run = last.value(planId);
        QCOMPARE(run.status, RunStatus::Failed);
        QCOMPARE(run.trigger, RunTrigger::Scheduled);
        QCOMPARE(run.planName, u"no password plan"_s);
        QCOMPARE(run.profileId, profile.idString());
        QCOMPARE(run.profileName, u"no password"_s);
        QCOMPARE(run.error, reason);
        // The Schedules page: the failure as its last run, and the reason among the recent decisions.
        QTRY_VERIFY_WITH_TIMEOUT(
            app->schedulesPage()->model()->rowFor(planId)->lastStatus == RunStatus::Failed, 10000);
        QListWidget *decisions = app->schedulesPage()->decisionsList();
        bool shown = false;
        for (int i = 0; i < decisions->count(); ++i)
            shown = shown || decisions->item(i)->text().contains(reason)
                || decisions->item(i)->toolTip().contains(reason);
        QVERIFY(shown);
        // The scheduler may run it again at the next slot: nothing is left running.
        QVERIFY(!app->scheduleHost()->isRunning(planId));
        // The keychain's lookup is over before the application (and its keychain) goes: QtKeychain's
        // libsecret backend calls back into a job deleted under it.
        QTRY_VERIFY_WITH_TIMEOUT(app->keychain()->children().isEmpty(), 10000);
    }

    void moctlMissingIsAFailedRun()
    {
        REQUIRE_STANDIN();
        auto app = makeApp(m_data.filePath(u"no-such-moctl"_s));
        const ConnectionProfile profile = addProfile(*app, u"moctl missing"_s);
        QVERIFY(app->sessionSecrets()
                    ->writeBlocking(profile.idString(), TestServer::instance().settings().password)
                    .ok());
        const QString planId = schedulePlan(*app, profile, u"moctl missing plan"_s);
        QVERIFY(!planId.isEmpty());
        QSignalSpy notStarted(app.get(), &Application::scheduledRunNotStarted);
        makeDue(*app);
        QVERIFY(notStarted.wait(30000));
        const QString reason = notStarted.first().at(1).toString();
        QVERIFY2(reason.contains(u"no-such-moctl"_s), qPrintable(reason));
        const RunRecord run = app->history()->lastRunPerPlan().value(planId);
        QCOMPARE(run.status, RunStatus::Failed);
        QCOMPARE(run.error, reason);
        QVERIFY(!app->scheduleHost()->isRunning(planId));
    }
};

QTEST_MAIN(TestFaultsSchedule)
#include "tst_faults_schedule.moc"
