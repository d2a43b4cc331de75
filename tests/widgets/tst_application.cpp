// The application object (app/studio/application.h), driven as moctl-studio builds it: re-run on the
// run's own profile, a saved schedule lands in the plan file, purge by the retention, preferences
// applied, plans reloaded when their directory changes, the session behind the status bar and the
// Operations page, and the window's actions reaching the current page. Issue 20: a production profile
// asks before running; the schedule dialog saves at once; the connection indicator, Disconnect and a
// refused password; one voice between the page and the status bar; Retry failed and copying the result
// grid; the first-run panel and New on every page.
#include "application.h"
#include "apppaths.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "connection/session.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "moctl/serverversion.h"
#include "operationspanel.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "planeditor.h"
#include "profileeditordialog.h"
#include "profilespanel.h"
#include "runner/runner.h"
#include "runoperationsmodel.h"
#include "schedule/scheduler.h"
#include "scheduleeditor.h"
#include "schedulesmodel.h"
#include "schedulespage.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUuid>

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

    // Answers the next modal widget called `name` (polling, so it may open later) by clicking its child
    // button `button`; its text (a message box's) goes to *text. *seen tells whether it came.
    static void answerModal(const QString &name, const QString &button, QString *text = nullptr,
        bool *seen = nullptr, std::function<void(QWidget *)> before = {})
    {
        auto *poll = new QTimer(qApp);
        auto tries = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, qApp, [=] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != name) {
                if (++*tries > 500)
                    poll->deleteLater();
                return;
            }
            poll->stop();
            poll->deleteLater();
            if (seen)
                *seen = true;
            if (auto *box = qobject_cast<QMessageBox *>(modal); box && text)
                *text = box->text();
            if (before)
                before(modal);
            if (button.isEmpty())
                return;
            if (auto *b = modal->findChild<QAbstractButton *>(button))
                b->click();
        });
        poll->start(20);
    }

    ConnectionProfile addProduction(const QString &name)
    {
        ConnectionProfile p = addProfile(name, TestServer::instance().settings().password);
        p.colour = ConnectionProfile::productionColour();
        QString error;
        if (!app().profileStore()->save(p, &error))
            qWarning("%s", qPrintable(error));
        return p;
    }

    // Connects to `profile` and waits for the round-trip.
    bool connectAndWait(const ConnectionProfile &profile)
    {
        app().connectProfile(profile.id);
        return QTest::qWaitFor(
            [this] { return app().session()->state() == Session::State::Connected; }, 15000);
    }

    MaintenancePlan addPlan(const QString &name, const QString &profileId)
    {
        MaintenancePlan plan = MaintenancePlan::create(name);
        plan.profileId = profileId;
        PlanTargets targets;
        targets.tables << TableRef { u"production_db"_s, u"users"_s, {}, {} };
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

    void cleanup()
    {
        m_app.reset();
        QSettings().remove(u"history/location"_s); // the next test's application opens the local file
    }

    // Preferences → History → a shared database: the password through the keychain, the connection opened
    // off the GUI thread, "Test connection"; then an unreachable one: the banner says runs are queued.
    void sharedHistoryThroughPreferences()
    {
        REQUIRE_SERVER();
        const ConnectionSettings server = TestServer::instance().settings();
        const QString database = u"moctl_app_hist_"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
        QVERIFY(TestServer::instance().exec(u"CREATE DATABASE "_s + database));
        HistoryLocation location;
        location.kind = HistoryLocation::Kind::MySql;
        location.host = server.host;
        location.port = server.port;
        location.user = server.user;
        location.database = database;

        bool tested = false;
        QString testMessage;
        app().testHistoryLocation(location, server.password, [&](bool ok, const QString &message) {
            tested = ok;
            testMessage = message;
        });
        QTRY_VERIFY2(!testMessage.isEmpty(), "Test connection answered");
        QVERIFY2(tested, qPrintable(testMessage));
        testMessage.clear();
        app().testHistoryLocation(location, u"wrong-password"_s, [&](bool ok, const QString &message) {
            tested = ok;
            testMessage = message;
        });
        QTRY_VERIFY(!testMessage.isEmpty());
        QVERIFY(!tested);
        QVERIFY2(testMessage.contains(u"denied"_s, Qt::CaseInsensitive), qPrintable(testMessage));

        QSignalSpy opened(&app(), &Application::historyOpened);
        if (app().keychain()->writeBlocking(location.secretKey(), server.password).status
            == SecretStore::Status::Unavailable)
            QSKIP("no keychain here");
        Preferences p = app().preferences();
        p.historyLocation = location.display();
        app().applyPreferences(p);
        QTRY_VERIFY(!opened.isEmpty());
        QCOMPARE(opened.last().first().toBool(), true);
        QVERIFY(app().historyOpen());
        QVERIFY(app().history()->isShared());
        QVERIFY(app().history()->beginRun(RunRequest {}, QDateTime::currentDateTimeUtc()) > 0);
        QCOMPARE(TestServer::instance().scalar(u"SELECT COUNT(*) FROM %1.runs"_s.arg(database)).toInt(), 1);
        QVERIFY(app().window()->bannerText().isEmpty());

        // A port nobody listens on: unreachable, said in the banner; a run is queued locally.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        HistoryLocation down = location;
        down.port = closed.serverPort();
        closed.close();
        opened.clear();
        p.historyLocation = down.display();
        app().applyPreferences(p);
        QTRY_VERIFY(!opened.isEmpty());
        QCOMPARE(opened.last().first().toBool(), false);
        QVERIFY2(app().window()->bannerText().contains(u"Shared history unreachable"_s),
            qPrintable(app().window()->bannerText()));
        QVERIFY(app().history()->beginRun(RunRequest {}, QDateTime::currentDateTimeUtc()) < 0);
        QTRY_VERIFY2(app().window()->bannerText().contains(u"queued locally"_s),
            qPrintable(app().window()->bannerText()));
        app().keychain()->removeBlocking(location.secretKey());
        app().history()->close(); // the queued run is not this test's business any more
    }

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
        const QList<Operation> ops { Operation::flush(TableRef { u"db1"_s, u"t1"_s, {}, {} }),
            Operation::flush(TableRef { u"db2"_s, u"t2"_s, {}, {} }) };
        request.steps = RunRequest::stepsFor(ops, ExecutionOptions {});
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
        QVERIFY(app().rerun({ Operation::checkpoint(u"30s"_s) }, first.idString()));
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
        QCOMPARE(planFile(plan.idString()).value(u"schedule"_s).toObject().value(u"enabled"_s).toBool(true),
            false);
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
        QVERIFY(!run->isEnabled() && !save->isEnabled());
        QVERIFY(newAction->isEnabled()); // a new profile
        window->showPage(MainWindow::Page::Operations);
        QVERIFY(run->isEnabled());
        QVERIFY(newAction->isEnabled());
        // Run without a session: the page says why and nothing runs.
        QSignalSpy status(app().operationsPanel(), &OperationsPanel::statusChanged);
        run->trigger();
        QTRY_VERIFY(!status.isEmpty());
        QVERIFY(!app().operationsPanel()->isRunning());
    }

    void sessionDrivesStatusBarAndRuns()
    {
        REQUIRE_SERVER();
        const ConnectionProfile profile
            = addProfile(u"session profile"_s, TestServer::instance().settings().password);
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
        app().operationsPanel()->setTables({ TableRef { u"production_db"_s, u"users"_s, {}, {} } });
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
        // Connect again in the dock on the same (current) profile: not ignored; the refused password
        // is asked for again (a wrong one again here) and verified.
        QSignalSpy states(app().session(), &Session::stateChanged);
        app().profilesPanel()->selectProfile(profile.id);
        QCOMPARE(app().profilesPanel()->currentProfile(), profile.id);
        bool asked = false;
        answerModal(u"passwordPrompt"_s, {}, nullptr, &asked, [](QWidget *dialog) {
            dialog->findChild<QLineEdit *>()->setText(u"still-not-it"_s);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        app().profilesPanel()->connectProfile();
        QVERIFY(asked);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.first().first().value<Session::State>(), Session::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(app().session()->state(), Session::State::Failed, 15000);
    }

    // --- Issue 20

    void firstRunGuides()
    {
        // No profiles: the dock shows the first-run panel instead of an empty list.
        for (const ConnectionProfile &p : app().profileStore()->profiles())
            app().profileStore()->remove(p.id);
        app().window()->show();
        QWidget *empty = app().profilesPanel()->emptyState();
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!app().profilesPanel()->view()->isVisible());
        auto *create = empty->findChild<QPushButton *>(u"createFirstProfile"_s);
        auto *demo = empty->findChild<QPushButton *>(u"addDemoProfile"_s);
        QVERIFY(create && demo);
        // The profile actions are buttons, not under More.
        auto *toolbar = app().profilesPanel()->findChild<QToolBar *>(u"profilesToolBar"_s);
        QVERIFY(toolbar);
        for (const char *name :
            { "actionNewProfile", "actionEditProfile", "actionConnectProfile", "actionDisconnectProfile" }) {
            auto *action = app().profilesPanel()->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action && toolbar->widgetForAction(action), name);
        }
        // "Create a profile" opens the editor.
        bool edited = false;
        app().profilesPanel()->setEditorHook([&edited](ProfileEditorDialog *) { edited = true; });
        create->click();
        QVERIFY(edited);
        app().profilesPanel()->setEditorHook({});
        // The demo profile: added, selected, its password kept for the session; the panel goes.
        demo->click();
        const auto added = app().profileStore()->find(ProfilesPanel::tr("Local demo"));
        QVERIFY(added);
        QCOMPARE(added->host, u"127.0.0.1"_s);
        QCOMPARE(added->port, 6001);
        QCOMPARE(added->user, u"root"_s);
        QCOMPARE(app().profilesPanel()->selectedProfile(), added->id);
        QTRY_VERIFY(app().sessionSecrets()->contains(added->idString()));
        QTRY_VERIFY(!empty->isVisible());
        QVERIFY(app().profilesPanel()->view()->isVisible());
        app().profileStore()->remove(added->id);
        QTRY_VERIFY(empty->isVisible());
    }

    void newWorksOnEveryPage()
    {
        MainWindow *window = app().window();
        auto *newAction = window->findChild<QAction *>(u"actionNew"_s);
        QVERIFY(newAction);
        int editors = 0;
        app().profilesPanel()->setEditorHook([&editors](ProfileEditorDialog *dialog) {
            ++editors;
            QCOMPARE(dialog->windowTitle(), ProfilesPanel::tr("New Profile"));
        });
        for (const MainWindow::Page page :
            { MainWindow::Page::Operations, MainWindow::Page::Schedules, MainWindow::Page::History }) {
            window->showPage(page);
            QVERIFY(newAction->isEnabled());
            const int before = editors;
            newAction->trigger(); // a new profile
            QCOMPARE(editors, before + 1);
        }
        window->showPage(MainWindow::Page::Plans);
        const int before = editors;
        newAction->trigger(); // a new plan
        QVERIFY(app().planEditor()->hasPlan());
        QVERIFY(app().planEditor()->model()->isNew());
        QCOMPARE(editors, before);
        app().profilesPanel()->setEditorHook({});
    }

    void productionProfileAsksBeforeRunning()
    {
        REQUIRE_STANDIN();
        const ConnectionProfile prod = addProduction(u"prod-eu"_s);
        QVERIFY(connectAndWait(prod));
        OperationsPanel *ops = app().operationsPanel();
        ops->setKind(OperationKind::Flush);
        ops->setTables({ TableRef::byName(u"production_db"_s, u"users"_s),
            TableRef::byName(u"production_db"_s, u"orders"_s) });
        QVERIFY(TestServer::instance().reset());

        // No: nothing is sent, and the page says so.
        QString text;
        bool seen = false;
        answerModal(u"confirmRun"_s, u"confirmRunNo"_s, &text, &seen);
        QVERIFY(!ops->run());
        QVERIFY(seen);
        QVERIFY2(text.contains(u"prod-eu"_s), qPrintable(text));
        const ConnectionSettings s = TestServer::instance().settings();
        QVERIFY2(text.contains(u"%1:%2"_s.arg(s.host.isEmpty() ? u"127.0.0.1"_s : s.host).arg(s.port)),
            qPrintable(text));
        QVERIFY2(text.contains(u"flush 2 table"_s), qPrintable(text));
        QVERIFY(text.contains(u"production_db.orders"_s));
        QVERIFY(!ops->isRunning());
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 0);
        QVERIFY(ops->statusText().contains(u"nothing was sent"_s));

        // Yes: it runs.
        seen = false;
        answerModal(u"confirmRun"_s, u"confirmRunYes"_s, nullptr, &seen);
        QSignalSpy finished(ops, &OperationsPanel::runFinished);
        QVERIFY(ops->run());
        QVERIFY(seen);
        QVERIFY(finished.wait(30000));
        QCOMPARE(TestServer::instance().stat(u"flush"_s), 2);

        // Run now in the plan editor asks too; No sends nothing.
        const MaintenancePlan plan = addPlan(u"prod plan"_s, prod.idString());
        app().planEditor()->refresh();
        QVERIFY(app().planEditor()->openPlan(plan.id));
        QVERIFY(TestServer::instance().reset());
        seen = false;
        text.clear();
        answerModal(u"confirmRun"_s, u"confirmRunNo"_s, &text, &seen);
        QSignalSpy progress(app().planEditor(), &PlanEditor::runProgressChanged);
        app().planEditor()->run();
        QTRY_VERIFY_WITH_TIMEOUT(seen, 20000);
        QVERIFY2(text.contains(u"prod plan"_s) && text.contains(u"prod-eu"_s), qPrintable(text));
        QTRY_VERIFY(app()
                        .planEditor()
                        ->findChild<QPlainTextEdit *>(u"runLog"_s)
                        ->toPlainText()
                        .contains(u"nothing was sent"_s));
        QVERIFY(!app().planEditor()->runner()->isRunning());
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 0);
    }

    void otherProfilesDoNotAsk()
    {
        REQUIRE_STANDIN();
        ConnectionProfile dev = addProfile(u"dev"_s, TestServer::instance().settings().password);
        QVERIFY(!dev.confirmsRuns());
        QVERIFY(connectAndWait(dev));
        QVERIFY(TestServer::instance().reset());
        bool seen = false;
        answerModal(u"confirmRun"_s, u"confirmRunNo"_s, nullptr, &seen);
        OperationsPanel *ops = app().operationsPanel();
        ops->setKind(OperationKind::Checkpoint);
        QSignalSpy finished(ops, &OperationsPanel::runFinished);
        QVERIFY(ops->run());
        QVERIFY(finished.wait(30000));
        QVERIFY(!seen);
        QCOMPARE(TestServer::instance().stat(u"checkpoint"_s), 1);
        // Turned on for this profile: it asks.
        dev.confirmRuns = true;
        QVERIFY(app().profileStore()->save(dev));
        answerModal(u"confirmRun"_s, u"confirmRunNo"_s, nullptr, &seen);
        QVERIFY(!ops->run());
        QVERIFY(seen);
        QCOMPARE(TestServer::instance().stat(u"checkpoint"_s), 1);
    }

    void indicatorAfterAFailedConnect()
    {
        REQUIRE_STANDIN();
        const ConnectionProfile profile = addProfile(u"refused"_s, u"not-the-password"_s);
        auto *indicator = app().window()->findChild<QLabel *>(u"connectionIndicator"_s);
        QVERIFY(indicator);
        QCOMPARE(indicator->property("state").toString(), u"disconnected"_s);
        app().connectProfile(profile.id);
        QTRY_COMPARE_WITH_TIMEOUT(app().session()->state(), Session::State::Failed, 15000);
        QCOMPARE(indicator->property("state").toString(), u"failed"_s);
        const QString failure = app().session()->errorString();
        QVERIFY(!failure.isEmpty());
        QCOMPARE(app().window()->statusBar()->currentMessage(), failure); // stays until the state changes
        // The refused password is forgotten, also the copy kept for the session.
        QVERIFY(!app().session()->hasPassword());
        QTRY_VERIFY(!app().sessionSecrets()->contains(profile.idString()));

        // The next Connect asks for it (and the right one connects; the old failure text goes).
        bool asked = false;
        answerModal(u"passwordPrompt"_s, {}, nullptr, &asked, [](QWidget *dialog) {
            dialog->findChild<QLineEdit *>()->setText(TestServer::instance().settings().password);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        app().profilesPanel()->selectProfile(profile.id);
        app().profilesPanel()->connectProfile();
        QTRY_VERIFY_WITH_TIMEOUT(asked, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app().session()->state(), Session::State::Connected, 15000);
        QCOMPARE(indicator->property("state").toString(), u"connected"_s);
        QVERIFY(app().window()->statusBar()->currentMessage() != failure);
    }

    void disconnectForgetsThePassword()
    {
        REQUIRE_SERVER();
        const ConnectionProfile profile
            = addProfile(u"to disconnect"_s, TestServer::instance().settings().password);
        QVERIFY(connectAndWait(profile));
        auto *indicator = app().window()->findChild<QLabel *>(u"connectionIndicator"_s);
        QCOMPARE(indicator->property("state").toString(), u"connected"_s);
        auto *menuDisconnect = app().window()->findChild<QAction *>(u"actionDisconnect"_s);
        auto *dockDisconnect = app().profilesPanel()->findChild<QAction *>(u"actionDisconnectProfile"_s);
        QVERIFY(menuDisconnect && dockDisconnect);
        QVERIFY(menuDisconnect->isEnabled() && dockDisconnect->isEnabled());
        menuDisconnect->trigger();
        QCOMPARE(app().session()->state(), Session::State::Disconnected);
        QVERIFY(!app().session()->hasPassword());
        QVERIFY(!app().session()->profile());
        QTRY_VERIFY(!app().sessionSecrets()->contains(profile.idString()));
        QCOMPARE(indicator->property("state").toString(), u"disconnected"_s);
        QVERIFY(!menuDisconnect->isEnabled() && !dockDisconnect->isEnabled());
        QVERIFY(app().profilesPanel()->currentProfile().isNull());
        // The dock's button too.
        app().sessionSecrets()->writeBlocking(profile.idString(), TestServer::instance().settings().password);
        QVERIFY(connectAndWait(profile));
        dockDisconnect->trigger();
        QCOMPARE(app().session()->state(), Session::State::Disconnected);
        QVERIFY(!app().session()->hasPassword());
    }

    void oneVoiceAfterARun()
    {
        REQUIRE_STANDIN();
        // A failed connection first: its text is in the status bar...
        const ConnectionProfile wrong = addProfile(u"wrong first"_s, u"nope"_s);
        app().connectProfile(wrong.id);
        QTRY_COMPARE_WITH_TIMEOUT(app().session()->state(), Session::State::Failed, 15000);
        const QString failure = app().session()->errorString();
        QCOMPARE(app().window()->statusBar()->currentMessage(), failure);
        // ...and a new connection clears it.
        const ConnectionProfile good = addProfile(u"good next"_s, TestServer::instance().settings().password);
        QVERIFY(connectAndWait(good));
        QVERIFY(app().window()->statusBar()->currentMessage().isEmpty());

        OperationsPanel *ops = app().operationsPanel();
        ops->setKind(OperationKind::Flush);
        ops->setTables({ TableRef::byName(u"production_db"_s, u"users"_s) });
        QSignalSpy finished(ops, &OperationsPanel::runFinished);
        QVERIFY(ops->run());
        QVERIFY(finished.wait(30000));
        // The page says how the run ended; the status bar does not repeat or contradict it.
        const QString status = ops->statusText();
        QVERIFY2(status.contains(u"good next"_s), qPrintable(status));
        const QString message = app().window()->statusBar()->currentMessage();
        QVERIFY2(message.isEmpty() || message == status, qPrintable(message));
        QVERIFY(app().window()->findChild<QLabel *>(u"runLabel"_s)->text().isEmpty());
        QVERIFY(!app().window()->findChild<QWidget *>(u"runProgress"_s)->isVisible());
        QCOMPARE(app().window()->findChild<QLabel *>(u"serverVersionLabel"_s)->text(),
            ServerVersion::parse(app().session()->serverVersion()).display());
        QCOMPARE(app().window()->findChild<QLabel *>(u"connectionIndicator"_s)->property("state").toString(),
            u"connected"_s);
        // A refusal (why a run could not start) is cleared by the next connection.
        app().disconnectSession();
        QVERIFY(!ops->run());
        QVERIFY(!ops->statusText().isEmpty());
        app().sessionSecrets()->writeBlocking(good.idString(), TestServer::instance().settings().password);
        QVERIFY(connectAndWait(good));
        QVERIFY(ops->statusText().isEmpty());
    }

    void retryFailedRerunsOnlyTheFailedTables()
    {
        REQUIRE_STANDIN();
        const ConnectionProfile profile = addProfile(u"retry"_s, TestServer::instance().settings().password);
        QVERIFY(connectAndWait(profile));
        QVERIFY(TestServer::instance().reset());
        QVERIFY(TestServer::instance().exec(
            u"SELECT mo_standin_set_str('fail_table', 'production_db.orders')"_s));
        OperationsPanel *ops = app().operationsPanel();
        ExecutionOptions options;
        options.retries = 0;
        options.parallelism = 2;
        ops->setDefaults(options);
        ops->setKind(OperationKind::Flush);
        ops->setTables({ TableRef::byName(u"production_db"_s, u"users"_s),
            TableRef::byName(u"production_db"_s, u"orders"_s),
            TableRef::byName(u"production_db"_s, u"products"_s) });
        auto *retry = ops->findChild<QPushButton *>(u"retryFailedButton"_s);
        QVERIFY(retry && !retry->isEnabled());
        QSignalSpy finished(ops, &OperationsPanel::runFinished);
        QVERIFY(ops->run());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().value<RunSummary>().status, RunStatus::Partial);
        QVERIFY(retry->isEnabled());
        QCOMPARE(ops->failedOperations(),
            QList<Operation> { Operation::flush(TableRef::byName(u"production_db"_s, u"orders"_s)) });
        // The grid's columns fit their content.
        auto *view = ops->findChild<QTableView *>(u"outcomes"_s);
        const int targetText = view->fontMetrics().horizontalAdvance(u"production_db.products"_s);
        QVERIFY2(view->columnWidth(RunOperationsModel::TargetColumn) >= targetText,
            qPrintable(QString::number(view->columnWidth(RunOperationsModel::TargetColumn))));

        // Ctrl+C copies the selected rows as tab-separated text; Copy as CSV through the CSV writer.
        app().window()->show();
        app().window()->showPage(MainWindow::Page::Operations);
        app().window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app().window()));
        view->setFocus();
        view->selectRow(1);
        QTest::keySequence(view, QKeySequence::Copy);
        const QString tsv = QApplication::clipboard()->text();
        QVERIFY2(tsv.startsWith(u"%1\tproduction_db.orders\t"_s.arg(operationTitle(OperationKind::Flush))),
            qPrintable(tsv));
        QCOMPARE(tsv.count(u'\n'), 1);
        view->findChild<QAction *>(u"copyOutcomesCsv"_s)->trigger();
        const QString csv = QApplication::clipboard()->text();
        QVERIFY2(csv.startsWith(u"Operation,Target,Status,Attempts,Duration,Message\r\n"_s), qPrintable(csv));
        QVERIFY(csv.contains(u",production_db.orders,"_s));
        QCOMPARE(csv.count(u"\r\n"_s), 2);

        // Retry failed: only orders, with the same options (the form's changes do not count).
        QVERIFY(TestServer::instance().reset()); // fail_table cleared too
        QVERIFY(TestServer::instance().exec(u"SELECT mo_standin_set_str('fail_table', '')"_s));
        ExecutionOptions other = options;
        other.retries = 5;
        ops->setDefaults(other);
        QVERIFY(ops->retryFailed());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().value<RunSummary>().status, RunStatus::Ok);
        QCOMPARE(ops->model()->rowCount(), 1);
        QCOMPARE(ops->model()->outcome(0).operation.table.table, u"orders"_s);
        QCOMPARE(TestServer::instance().stat(u"flush"_s), 1);
        QVERIFY(!retry->isEnabled());
        ops->setDefaults(ExecutionOptions {});
    }

    void cancelledQueuedOperationsSayNotStarted()
    {
        REQUIRE_STANDIN();
        const ConnectionProfile profile = addProfile(u"cancel"_s, TestServer::instance().settings().password);
        QVERIFY(connectAndWait(profile));
        QVERIFY(TestServer::instance().reset());
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 1));
        OperationsPanel *ops = app().operationsPanel();
        ExecutionOptions options;
        options.parallelism = 1;
        options.retries = 0;
        ops->setDefaults(options);
        ops->setKind(OperationKind::Flush);
        ops->setTables({ TableRef::byName(u"production_db"_s, u"users"_s),
            TableRef::byName(u"production_db"_s, u"orders"_s),
            TableRef::byName(u"production_db"_s, u"products"_s) });
        QSignalSpy finished(ops, &OperationsPanel::runFinished);
        QVERIFY(ops->run());
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::instance().stat(u"in_flight"_s), 1, 15000);
        ops->cancel();
        QVERIFY(finished.wait(30000));
        TestServer::instance().setSwitch(u"hang"_s, 0);
        int notStarted = 0;
        for (int row = 0; row < ops->model()->rowCount(); ++row) {
            const QString state = ops->model()->index(row, RunOperationsModel::StateColumn).data().toString();
            if (state == RunOperationsModel::tr("Not started (cancelled)"))
                ++notStarted;
        }
        QCOMPARE(notStarted, 2);
        QCOMPARE(ops->model()->index(0, RunOperationsModel::StateColumn).data().toString(),
            outcomeStatusTitle(OutcomeStatus::Cancelled)); // the one that was running
        ops->setDefaults(ExecutionOptions {});
    }

    void scheduleSavedBeforeTheDialogCloses()
    {
        const ConnectionProfile profile = addProfile(u"schedule dialog"_s);
        const MaintenancePlan plan = addPlan(u"dialog plan"_s, profile.idString());
        app().reloadPlans();
        app().schedulesPage()->selectPlan(plan.idString());
        Schedule wanted = Schedule::everyHours(5);
        bool inFileBeforeClose = false;
        bool seen = false;
        answerModal(u"ScheduleDialog"_s, {}, nullptr, &seen, [&](QWidget *dialog) {
            dialog->findChild<ScheduleEditor *>()->setSchedule(wanted);
            wanted = dialog->findChild<ScheduleEditor *>()->schedule(); // as the form has it
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            // Save wrote the plan file; the dialog's loop has not returned yet.
            inFileBeforeClose
                = planFile(plan.idString()).value(u"schedule"_s).toObject() == scheduleToJson(wanted);
        });
        app().schedulesPage()->editSelected();
        QVERIFY(seen);
        QVERIFY(inFileBeforeClose);
        QCOMPARE(app().schedulesPage()->model()->rowFor(plan.idString())->schedule, wanted);

        // From the plan editor: a saved plan's schedule is saved at once too.
        app().planEditor()->refresh();
        QVERIFY(app().planEditor()->openPlan(plan.id));
        Schedule daily = Schedule::daily({ QTime(3, 15) });
        inFileBeforeClose = false;
        seen = false;
        answerModal(u"ScheduleDialog"_s, {}, nullptr, &seen, [&](QWidget *dialog) {
            dialog->findChild<ScheduleEditor *>()->setSchedule(daily);
            daily = dialog->findChild<ScheduleEditor *>()->schedule();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            inFileBeforeClose
                = planFile(plan.idString()).value(u"schedule"_s).toObject() == scheduleToJson(daily);
        });
        app().planEditor()->editSchedule();
        QVERIFY(seen);
        QVERIFY(inFileBeforeClose);
        QCOMPARE(app().planEditor()->plan().schedule, std::optional(daily));
        QVERIFY(!app().planEditor()->isModified()); // nothing left to save
        QCOMPARE(app().schedulesPage()->model()->rowFor(plan.idString())->schedule, daily);
    }

    void closingWithAnEditedPlanAsks()
    {
        MainWindow *window = app().window();
        window->show();
        window->showPage(MainWindow::Page::Plans);
        QVERIFY(app().planEditor()->newFromTemplate(PlanTemplate::Count));
        auto *tabs = window->findChild<QTabWidget *>(u"pages"_s);
        const int plans = int(MainWindow::Page::Plans);
        QVERIFY2(tabs->tabText(plans).endsWith(u"*"_s), qPrintable(tabs->tabText(plans)));
        QVERIFY(window->isWindowModified());
        int asked = 0;
        app().planEditor()->setDiscardQuestion([&asked](const QString &) {
            ++asked;
            return QMessageBox::Cancel;
        });
        QVERIFY(!window->close());
        QCOMPARE(asked, 1);
        QVERIFY(window->isVisible());
        app().planEditor()->setDiscardQuestion([&asked](const QString &) {
            ++asked;
            return QMessageBox::Discard;
        });
        QVERIFY(window->close());
        QCOMPARE(asked, 2);
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
