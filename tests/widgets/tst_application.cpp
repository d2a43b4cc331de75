// The application object (app/studio/application.h), driven as moctl-studio builds it: re-run on the
// run's own profile, a saved schedule lands in the plan file, purge by the retention, preferences
// applied, plans reloaded when their directory changes, the session behind the status bar and the
// Operations page, and the window's actions reaching the current page.
#include "moctl/serverversion.h"
#include "application.h"
#include "testserver.h"

#include "apppaths.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "connection/session.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "profilespanel.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "planeditor.h"
#include "schedule/scheduler.h"
#include "schedulesmodel.h"
#include "schedulespage.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestApplication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QTemporaryDir m_settings;
    std::unique_ptr<Application> m_app;

    Application &app() { return *m_app; }

    ConnectionProfile addProfile(const QString &name, const QString &password = {})
    {
        const ConnectionSettings s = TestServer::instance().settings();
        ConnectionProfile p;
        p.name = name;
        p.host = s.host.isEmpty() ? u"127.0.0.1"_s : s.host;
        p.port = s.port > 0 ? s.port : 6001;
        p.setUserName(s.user.isEmpty() ? u"root"_s : s.user);
        p.tlsMode = s.tlsMode;
        p.connectTimeoutSec = 5;
        QString error;
        if (!app().profileStore()->save(p, &error))
            qWarning("%s", qPrintable(error));
        if (!password.isEmpty())
            app().sessionSecrets()->writeBlocking(p.idString(), password);
        return p;
    }

    MaintenancePlan addPlan(const QString &name, const QString &profileId)
    {
        MaintenancePlan plan = MaintenancePlan::create(name);
        plan.profileId = profileId;
        PlanTargets targets;
        targets.tables << TableRef{u"production_db"_s, u"users"_s, {}, {}};
        plan.steps << PlanStep::flush(targets);
        PlanStore store(AppPaths::plansDirectory()); // another writer, as moctl or a second window
        store.load();
        QString error;
        if (!store.save(plan, &error))
            qWarning("%s", qPrintable(error));
        return plan;
    }

    static QJsonObject planFile(const QString &planId)
    {
        PlanStore store(AppPaths::plansDirectory());
        store.load();
        const auto entry = store.entry(QUuid::fromString(planId));
        if (!entry)
            return {};
        QFile file(entry->path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_settings.isValid());
        qputenv("MOCTL_DATA_DIR", m_data.path().toUtf8());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(u"moctl-test"_s);
        QCoreApplication::setApplicationName(u"tst_application"_s);
    }

    void init()
    {
        Application::Options options;
        options.trayIcon = false;
        options.startScheduler = false;
        options.keychainService = u"moctl-studio-tst-application"_s;
        options.moctlProgram = QStringLiteral(MOCTL_BIN_DIR) + u"/moctl"_s;
        m_app = std::make_unique<Application>(options);
        QVERIFY(app().historyOpen());
    }

    void cleanup() { m_app.reset(); }

    void rerunOnTheRunsProfile()
    {
        // Passwords kept for the session: connecting never asks (no keychain, no prompt).
        const ConnectionProfile first = addProfile(u"first"_s, u"first-password"_s);
        const ConnectionProfile second = addProfile(u"second"_s, u"second-password"_s);
        app().connectProfile(first.id);
        QCOMPARE(app().session()->profileId(), first.idString());

        // A run of the second profile, as history has it.
        RunRequest request;
        request.profileId = second.idString();
        request.profileName = second.name;
        const QList<Operation> ops{Operation::flush(TableRef{u"db1"_s, u"t1"_s, {}, {}}),
                                   Operation::flush(TableRef{u"db2"_s, u"t2"_s, {}, {}})};
        request.steps = RunRequest::stepsFor(ops, ExecutionOptions{});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 runId = app().history()->beginRun(request, now);
        QVERIFY(runId > 0);
        for (int i = 0; i < ops.size(); ++i) {
            Outcome o;
            o.runId = runId;
            o.operationIndex = i;
            o.operation = ops.at(i);
            o.target = ops.at(i).table.display();
            o.started = now;
            app().history()->recordOutcome(runId, o);
        }
        RunSummary summary;
        summary.runId = runId;
        summary.started = now;
        summary.finished = now;
        summary.ok = 2;
        app().history()->endRun(runId, summary);

        app().window()->showPage(MainWindow::Page::History);
        QVERIFY(app().rerun(runId));
        QCOMPARE(app().session()->profileId(), second.idString()); // the run's profile, not the current one
        QCOMPARE(app().session()->profileName(), u"second"_s);
        QCOMPARE(app().window()->currentPage(), MainWindow::Page::Operations);
        QCOMPARE(app().operationsPanel()->kind(), OperationKind::Flush);
        const QList<TableRef> tables = app().operationsPanel()->tables();
        QCOMPARE(tables.size(), 2);
        QCOMPARE(tables.at(1).database, u"db2"_s);
        QCOMPARE(tables.at(1).table, u"t2"_s);

        // A checkpoint run goes back as a checkpoint with its duration.
        QVERIFY(app().rerun({Operation::checkpoint(u"30s"_s)}, first.idString()));
        QCOMPARE(app().session()->profileId(), first.idString());
        QCOMPARE(app().operationsPanel()->kind(), OperationKind::Checkpoint);
        // A profile that is gone: refused, the session stays.
        QVERIFY(!app().rerun(ops, QUuid::createUuid().toString()));
        QCOMPARE(app().session()->profileId(), first.idString());
    }

    void savedScheduleLandsInThePlanFile()
    {
        const ConnectionProfile profile = addProfile(u"scheduled"_s);
        const MaintenancePlan plan = addPlan(u"nightly"_s, profile.idString());
        app().reloadPlans();
        QVERIFY(app().schedulesPage()->model()->rowFor(plan.idString()));

        Schedule schedule = Schedule::everyHours(3);
        QString error;
        QVERIFY2(app().saveSchedule(plan.idString(), schedule, &error), qPrintable(error));
        QCOMPARE(planFile(plan.idString()).value(u"schedule"_s).toObject(), scheduleToJson(schedule));
        QCOMPARE(planFile(plan.idString()).value(u"name"_s).toString(), u"nightly"_s); // the rest kept
        const ScheduleRow *row = app().schedulesPage()->model()->rowFor(plan.idString());
        QVERIFY(row);
        QCOMPARE(row->schedule, schedule);
        bool scheduled = false;
        for (const ScheduledPlan &p : app().scheduler()->plans())
            scheduled = scheduled || (p.id == plan.idString() && p.schedule == schedule);
        QVERIFY(scheduled);

        // Turned off from the Schedules page's checkbox: saved too.
        QVERIFY2(app().setScheduleEnabled(plan.idString(), false, &error), qPrintable(error));
        QCOMPARE(planFile(plan.idString()).value(u"schedule"_s).toObject().value(u"enabled"_s).toBool(true), false);
        QVERIFY(!app().schedulesPage()->model()->rowFor(plan.idString())->schedule.enabled);

        // A plan that does not exist: refused with a reason.
        QVERIFY(!app().saveSchedule(QUuid::createUuid().toString(QUuid::WithoutBraces), schedule, &error));
        QVERIFY(!error.isEmpty());
    }

    void plansReloadWhenTheirDirectoryChanges()
    {
        const MaintenancePlan plan = addPlan(u"written by moctl"_s, {});
        QTRY_VERIFY_WITH_TIMEOUT(app().schedulesPage()->model()->rowFor(plan.idString()) != nullptr, 10000);
        // Removed by another process: gone from the Schedules page and the scheduler too.
        PlanStore store(AppPaths::plansDirectory());
        store.load();
        QVERIFY(store.remove(plan.id));
        QTRY_VERIFY_WITH_TIMEOUT(app().schedulesPage()->model()->rowFor(plan.idString()) == nullptr, 10000);
        for (const ScheduledPlan &p : app().scheduler()->plans())
            QVERIFY(p.id != plan.idString());
    }

    void purgeKeepsTheRetention()
    {
        RunRequest request;
        request.profileName = u"purge"_s;
        for (int i = 0; i < 3; ++i) {
            const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-100 + i);
            const qint64 id = app().history()->beginRun(request, started);
            RunSummary s;
            s.runId = id;
            s.started = started;
            s.finished = started.addSecs(1);
            app().history()->endRun(id, s);
        }
        QVERIFY(app().history()->countRuns() >= 3);
        Preferences p = app().preferences();
        p.historyKeepRuns = 1;
        p.historyKeepDays = 0;
        app().applyPreferences(p); // a new retention purges at once...
        QFuture<int> purge = app().purgeHistory(); // ...and on demand
        purge.waitForFinished();
        QTRY_COMPARE_WITH_TIMEOUT(app().history()->countRuns(), 1, 10000);
        p.historyKeepRuns = 100000;
        app().applyPreferences(p);
    }

    void preferencesAreApplied()
    {
        Preferences p = app().preferences();
        p.defaults.parallelism = 7;
        p.defaults.retries = 4;
        p.keepRunningInTray = false;
        app().applyPreferences(p);
        QCOMPARE(app().preferences().defaults.parallelism, 7);
        QCOMPARE(Preferences::load().defaults.parallelism, 7); // saved
        QCOMPARE(app().operationsPanel()->options().parallelism, 7); // the Operations page uses them
        QCOMPARE(app().operationsPanel()->options().retries, 4);
        // The next start reads them.
        m_app.reset();
        init();
        QCOMPARE(app().operationsPanel()->options().parallelism, 7);
    }

    void windowActionsReachTheCurrentPage()
    {
        MainWindow *window = app().window();
        auto *newAction = window->findChild<QAction *>(u"actionNew"_s);
        auto *run = window->findChild<QAction *>(u"actionRun"_s);
        auto *refresh = window->findChild<QAction *>(u"actionRefresh"_s);
        auto *save = window->findChild<QAction *>(u"actionSave"_s);
        QVERIFY(newAction && run && refresh && save);
        window->showPage(MainWindow::Page::Plans);
        QVERIFY(newAction->isEnabled() && save->isEnabled() && run->isEnabled() && refresh->isEnabled());
        QVERIFY(!app().planEditor()->hasPlan());
        newAction->trigger(); // File > New reaches the plan editor
        QVERIFY(app().planEditor()->hasPlan());
        window->showPage(MainWindow::Page::History);
        QVERIFY(refresh->isEnabled());
        QVERIFY(!run->isEnabled() && !newAction->isEnabled() && !save->isEnabled());
        window->showPage(MainWindow::Page::Operations);
        QVERIFY(run->isEnabled());
        QVERIFY(!newAction->isEnabled());
        // Run without a session: the page says why and nothing runs.
        QSignalSpy status(app().operationsPanel(), &OperationsPanel::statusChanged);
        run->trigger();
        QTRY_VERIFY(!status.isEmpty());
        QVERIFY(!app().operationsPanel()->isRunning());
    }

    void sessionDrivesStatusBarAndRuns()
    {
        REQUIRE_SERVER();
        const ConnectionProfile profile = addProfile(u"session profile"_s, TestServer::instance().settings().password);
        app().connectProfile(profile.id);
        QCOMPARE(app().session()->profileId(), profile.idString());
        auto *label = app().window()->findChild<QLabel *>(u"profileLabel"_s);
        auto *version = app().window()->findChild<QLabel *>(u"serverVersionLabel"_s);
        QVERIFY(label && version);
        QCOMPARE(label->text(), u"session profile"_s);
        QTRY_COMPARE_WITH_TIMEOUT(app().session()->state(), Session::State::Connected, 15000);
        QVERIFY(!app().session()->serverVersion().isEmpty());
        // The status bar says it as MatrixOne does ("MatrixOne v2.2.0"), parsed from what version() said.
        QCOMPARE(version->text(), ServerVersion::parse(app().session()->serverVersion()).display());
        QVERIFY(version->text().contains(u"MatrixOne"_s));

        // The Operations page runs on the session.
        app().operationsPanel()->setKind(OperationKind::Flush);
        app().operationsPanel()->setTables({TableRef{u"production_db"_s, u"users"_s, {}, {}}});
        QSignalSpy finished(app().operationsPanel(), &OperationsPanel::runFinished);
        QVERIFY(app().operationsPanel()->run());
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.status, RunStatus::Ok);
        const auto record = app().history()->run(summary.runId);
        QVERIFY(record);
        QCOMPARE(record->profileId, profile.idString());
        QCOMPARE(record->profileName, u"session profile"_s);

        // Disconnected: the status bar says so and the page refuses to run.
        app().connectProfile({});
        QCOMPARE(app().session()->state(), Session::State::Disconnected);
        QCOMPARE(label->text(), MainWindow::tr("Not connected"));
        QVERIFY(version->text().isEmpty());
    }

    void wrongSessionPasswordFails()
    {
        REQUIRE_STANDIN();
        const ConnectionProfile profile = addProfile(u"wrong password"_s, u"not-the-password"_s);
        app().connectProfile(profile.id);
        QTRY_COMPARE_WITH_TIMEOUT(app().session()->state(), Session::State::Failed, 15000);
        auto *version = app().window()->findChild<QLabel *>(u"serverVersionLabel"_s);
        QCOMPARE(version->text(), Session::stateTitle(Session::State::Failed));
        QCOMPARE(app().session()->lastResult()->failure, ConnectionTestResult::Failure::Authentication);
        // Connect again in the dock on the same (current) profile: verified again, not ignored.
        QSignalSpy states(app().session(), &Session::stateChanged);
        app().profilesPanel()->selectProfile(profile.id);
        QCOMPARE(app().profilesPanel()->currentProfile(), profile.id);
        app().profilesPanel()->connectProfile();
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.first().first().value<Session::State>(), Session::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(app().session()->state(), Session::State::Failed, 15000);
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
