// moctl-studio: builds the services, wires them to the main window, starts.
#include "history/historystore.h"
#include "historyview.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "apppaths.h"
#include "mainwindow.h"
#include "planeditor.h"
#include "preferencesdialog.h"
#include "schedule/planschedules.h"
#include "schedule/processhost.h"
#include "schedule/scheduler.h"
#include "schedulespage.h"
#include "scheduletray.h"
#include "profilespanel.h"
#include "settings/preferences.h"

#include "apppaths.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"

#include "moctl_version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileSystemWatcher>
#include <QMessageBox>
#include <QElapsedTimer>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// MOCTL_BENCH_EXIT_ON_SHOW=1 (bench/bench_cold_start): once the main window is first exposed and
// painted, prints "MOCTL_BENCH_SHOWN <ms since main()>" and quits.
class FirstExposeProbe final : public QObject
{
public:
    explicit FirstExposeProbe(const QElapsedTimer &clock) : m_clock(clock) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [this] { // after the expose event has painted the window
                std::printf("MOCTL_BENCH_SHOWN %lld\n", static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QElapsedTimer m_clock;
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // --version must work without a display.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("moctl-studio %s\n", MOCTL_VERSION_STRING);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral(MOCTL_ORGANIZATION_NAME));
    QApplication::setApplicationName(QStringLiteral(MOCTL_APPLICATION_NAME));
    QApplication::setApplicationDisplayName(u"MOCTL Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(MOCTL_VERSION_STRING));
    QApplication::setDesktopFileName(u"moctl-studio"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/moctl-studio.svg"_s));

    moctl::Preferences preferences = moctl::Preferences::load();
    moctl::installTranslations(preferences.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Maintenance for MatrixOne clusters"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // Profiles: the shared JSON file (watched, so moctl's changes show up), passwords in the keychain
    // or, when there is none, remembered for this session only. Declared before the window so they
    // outlive the panel that uses them.
    moctl::ProfileStore profileStore(moctl::AppPaths::profilesFile(), moctl::ProfileStore::Watch::Yes);
    moctl::KeychainSecretStore keychain;
    moctl::MemorySecretStore sessionSecrets;
    // The history outlives the window (and so every run the window starts).
    moctl::HistoryStore history;
    const bool historyOpen = history.open();
    // Retention: purge in the background now and once a day.
    QTimer retentionTimer;
    if (historyOpen) {
        const auto purge = [&history, &preferences] {
            history.purge(moctl::Retention{preferences.historyKeepDays, preferences.historyKeepRuns});
        };
        purge();
        QObject::connect(&retentionTimer, &QTimer::timeout, &history, purge);
        retentionTimer.start(std::chrono::hours(24));
    }

    moctl::MainWindow window;

    auto *profilesPanel = new moctl::ProfilesPanel(&profileStore, &keychain, &sessionSecrets);
    window.setProfilesPanel(profilesPanel);
    QObject::connect(profilesPanel, &moctl::ProfilesPanel::currentProfileDescribed, &window,
                     [&window](const QString &name, const QString &colour) {
                         window.setCurrentProfile(name, colour.isEmpty() ? QColor() : QColor(colour));
                     });
    QObject::connect(profilesPanel, &moctl::ProfilesPanel::messageShown, &window,
                     [&window](const QString &text) { window.showMessage(text); });
    if (!profileStore.load())
        window.showMessage(profileStore.errorString(), 0);
    auto *operations = new moctl::OperationsPanel;
    operations->setRecorder(&history); // when history fails, runs are kept in memory (banner)
    operations->setDefaults(preferences.defaults);
    // The current profile's connection, password from the session or the keychain (or asked for).
    operations->setConnectionSupplier(
        [profilesPanel, &profileStore](QObject *context, std::function<void(moctl::OperationsPanel::Connection)> done) {
            const QUuid id = profilesPanel->currentProfile();
            const auto profile = profileStore.profile(id);
            if (id.isNull() || !profile) {
                moctl::OperationsPanel::Connection none;
                none.error = QApplication::translate("main", "Connect to a profile first (Profiles, Connect).");
                done(none);
                return;
            }
            const QString name = profile->name;
            const QString idString = profile->idString();
            profilesPanel->resolveSettings(
                id, context, [done, idString, name](const std::optional<moctl::ConnectionSettings> &settings) {
                    moctl::OperationsPanel::Connection c;
                    if (!settings) {
                        c.error = QApplication::translate("main", "No password given; nothing was run.");
                    } else {
                        c.settings = *settings;
                        c.profileId = idString;
                        c.profileName = name;
                    }
                    done(c);
                });
        });
    QObject::connect(operations, &moctl::OperationsPanel::progressChanged, &window, &moctl::MainWindow::setRunProgress);
    QObject::connect(operations, &moctl::OperationsPanel::statusChanged, &window,
                     [&window](const QString &text) { window.showMessage(text); });
    window.setPage(moctl::MainWindow::Page::Operations, operations);
    auto *historyView = new moctl::HistoryView(&history);
    QObject::connect(historyView, &moctl::HistoryView::messageShown, &window,
                     [&window](const QString &text) { window.showMessage(text); });
    // Re-run: the run's operations go back to the Operations page to be reviewed and run on the run's
    // own profile, which becomes the current one (the view refuses runs whose profile is gone).
    historyView->setProfileStore(&profileStore);
    QObject::connect(historyView, &moctl::HistoryView::rerunRequested, &window,
                     [&window, operations, profilesPanel, &profileStore](const QList<moctl::Operation> &ops,
                                                                        const QString &profileId) {
                         const auto profile = profileStore.profile(QUuid::fromString(profileId));
                         if (!profile)
                             return;
                         profilesPanel->setCurrentProfile(profile->id);
                         QList<moctl::TableRef> tables;
                         for (const moctl::Operation &op : ops) {
                             if (op.kind == moctl::OperationKind::Flush)
                                 tables << op.table;
                         }
                         if (!tables.isEmpty()) {
                             operations->setKind(moctl::OperationsPanel::Kind::Flush);
                             operations->setTables(tables);
                         } else {
                             const moctl::Operation &op = ops.constFirst();
                             operations->setKind(op.kind == moctl::OperationKind::Checkpoint
                                                     ? moctl::OperationsPanel::Kind::Checkpoint
                                                     : moctl::OperationsPanel::Kind::GlobalCheckpoint);
                             operations->setDuration(op.duration);
                         }
                         window.showPage(moctl::MainWindow::Page::Operations);
                         window.showMessage(QApplication::translate("main", "Review the operations and run them on the profile %1.")
                                                .arg(profile->name));
                     });
    window.setPage(moctl::MainWindow::Page::History, historyView);
    // History that cannot be written is never silent: a banner until it works again.
    const auto historyBanner = [&window](const QString &why) {
        window.showBanner(QApplication::translate("main", "History is not being recorded: %1 Runs are kept in memory and "
                                                          "written when it works again; they are lost if you quit first.").arg(why));
    };
    QObject::connect(&history, &moctl::HistoryStore::writeFailed, &window, historyBanner);
    QObject::connect(&history, &moctl::HistoryStore::writesRecovered, &window, &moctl::MainWindow::hideBanner);
    if (!historyOpen)
        historyBanner(history.errorString());
    else if (!history.notice().isEmpty())
        window.showMessage(history.notice(), 0);
    else if (const int interrupted = history.interruptedOnOpen(); interrupted > 0)
        window.showMessage(QApplication::translate("main",
                                                   "%n run(s) stopped unfinished (the process running them ended); "
                                                   "marked interrupted in History.",
                                                   nullptr, interrupted),
                           0);
    // Closing to the tray is turned on by the tray wiring (schedules), only when a tray icon exists.

    // Schedules: the shared Scheduler; each scheduled run is a child `moctl run-plan ID` (it records
    // the run in history), so the GUI and moctl serve behave the same and share state and plan locks.
    moctl::PlanProcessHost scheduleHost(QCoreApplication::applicationDirPath() + u"/moctl"_s, {},
                                        moctl::PlanProcessHost::Mode::Background);
    moctl::Scheduler scheduler(&scheduleHost);
    scheduleHost.setScheduler(&scheduler);
    if (historyOpen) {
        scheduleHost.setDecisionHandler([&history](const moctl::ScheduleDecision &d) {
            history.recordEvent(moctl::decisionKindName(d.kind), d.planId, d.planName, d.message);
        });
    }
    auto *schedulesPage = new moctl::SchedulesPage(&scheduler);
    window.setPage(moctl::MainWindow::Page::Schedules, schedulesPage);
    const auto reloadSchedules = [&scheduler, schedulesPage] {
        const QList<moctl::ScheduledPlan> plans = moctl::readScheduledPlans(
            moctl::AppPaths::plansDirectory(), nullptr, moctl::UnscheduledPlans::Include);
        scheduler.setPlans(plans);
        QList<moctl::ScheduleRow> rows;
        for (const moctl::ScheduledPlan &plan : plans) {
            const moctl::ScheduleRow *old = schedulesPage->model()->rowFor(plan.id);
            rows.append({plan.id, plan.name, {}, plan.schedule, old ? old->lastRun : QDateTime(),
                         old ? old->lastStatus : std::nullopt, plan.profileId});
        }
        schedulesPage->model()->setRows(rows);
    };
    const auto saveSchedule = [&window, reloadSchedules](const QString &planId, const moctl::Schedule &schedule) {
        QString error;
        if (!moctl::writePlanSchedule(moctl::AppPaths::plansDirectory(), planId, schedule, &error))
            QMessageBox::warning(&window, QApplication::translate("main", "Schedule not saved"), error);
        reloadSchedules();
    };
    QObject::connect(schedulesPage, &moctl::SchedulesPage::scheduleEdited, &scheduler, saveSchedule);
    QObject::connect(schedulesPage, &moctl::SchedulesPage::enabledToggled, &scheduler,
                     [schedulesPage, saveSchedule](const QString &planId, bool) {
                         if (const moctl::ScheduleRow *row = schedulesPage->model()->rowFor(planId))
                             saveSchedule(planId, row->schedule);
                     });
    QFileSystemWatcher plansWatcher;
    QDir().mkpath(moctl::AppPaths::plansDirectory());
    plansWatcher.addPath(moctl::AppPaths::plansDirectory());
    QTimer reloadSoon;
    reloadSoon.setSingleShot(true);
    reloadSoon.setInterval(500);
    QObject::connect(&plansWatcher, &QFileSystemWatcher::directoryChanged, &reloadSoon, qOverload<>(&QTimer::start));
    QObject::connect(&reloadSoon, &QTimer::timeout, &scheduler, reloadSchedules);
    reloadSchedules();
    // The Profile column shows profile names; last runs and their status come from history (read in
    // the background now, after each scheduled run and on refresh).
    const auto updateProfileNames = [&profileStore, schedulesPage] {
        QHash<QString, QString> names;
        for (const moctl::ConnectionProfile &profile : profileStore.profiles())
            names.insert(profile.idString(), profile.name);
        schedulesPage->model()->setProfileNames(names);
    };
    updateProfileNames();
    QObject::connect(&profileStore, &moctl::ProfileStore::profilesChanged, schedulesPage, updateProfileNames);
    if (historyOpen)
        schedulesPage->setLastRunsLoader([&history] { return history.lastRunPerPlan(); });
    scheduler.start();

    // The tray (when the platform has one): open, pause all schedules, quit; a failed scheduled run notifies.
    std::unique_ptr<moctl::ScheduleTray> tray;
    if (moctl::ScheduleTray::isAvailable()) {
        tray = std::make_unique<moctl::ScheduleTray>();
        QObject::connect(tray.get(), &moctl::ScheduleTray::openRequested, &window, [&window] {
            window.showNormal();
            window.raise();
            window.activateWindow();
        });
        QObject::connect(tray.get(), &moctl::ScheduleTray::pauseToggled, &scheduler, &moctl::Scheduler::setPaused);
        QObject::connect(&scheduler, &moctl::Scheduler::pausedChanged, tray.get(), &moctl::ScheduleTray::setPaused);
        QObject::connect(tray.get(), &moctl::ScheduleTray::quitRequested, &app, &QApplication::quit);
        tray->show();
        window.setCloseToTray(preferences.keepRunningInTray);
    }
    QObject::connect(&scheduleHost, &moctl::PlanProcessHost::runEnded, &window,
                     [&tray, schedulesPage, historyOpen](const QString &planId, int exitCode) {
                         if (historyOpen)
                             schedulesPage->reloadLastRuns(); // the run as history has it
                         else
                             schedulesPage->model()->setLastRun(planId, QDateTime::currentDateTimeUtc(),
                                                                exitCode == 0 ? moctl::RunStatus::Ok
                                                                              : moctl::RunStatus::Failed);
                         const moctl::ScheduleRow *row = schedulesPage->model()->rowFor(planId);
                         if (tray && exitCode != 0 && row)
                             tray->notifyRunFailed(row->planName, QApplication::translate("main", "moctl exited with code %1 (see History).").arg(exitCode));
                     });

    QObject::connect(&window, &moctl::MainWindow::preferencesRequested, &window, [&window, &preferences, operations] {
        moctl::PreferencesDialog dialog(preferences, &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const moctl::Preferences changed = dialog.preferences();
        if (changed.language != preferences.language)
            moctl::installTranslations(changed.language);
        preferences = changed;
        preferences.save();
        operations->setDefaults(preferences.defaults);

        window.setCloseToTray(preferences.keepRunningInTray && moctl::ScheduleTray::isAvailable());

    });

    // Plans: the editor page; a plan runs against its profile (else the current one), its runs show
    // in the status bar and in the history.
    auto *plans = new moctl::PlanEditor(moctl::AppPaths::plansDirectory());
    plans->setConnectionProvider([profilesPanel](const QString &profileId, QObject *context,
                                                 moctl::PlanEditor::ConnectionDone done) {
        QUuid id = QUuid::fromString(profileId);
        if (id.isNull())
            id = profilesPanel->currentProfile();
        if (id.isNull())
            return done(std::nullopt);
        profilesPanel->resolveSettings(id, context, std::move(done));
    });
    plans->setRecorder(&history);
    // The plan's Profile field lists the profiles by name, kept current as they change.
    const auto offerProfiles = [plans, &profileStore] {
        QList<moctl::PlanEditor::ProfileChoice> choices;
        for (const moctl::ConnectionProfile &p : profileStore.profiles())
            choices << moctl::PlanEditor::ProfileChoice{p.idString(), p.name};
        plans->setProfileChoices(choices);
    };
    offerProfiles();
    QObject::connect(&profileStore, &moctl::ProfileStore::profilesChanged, plans, offerProfiles);
    // A plan without a profile runs on the current one (the provider above) and is recorded under it.
    const auto currentForPlans = [plans](const QUuid &id) {
        plans->setCurrentProfile(id.isNull() ? QString() : id.toString(QUuid::WithoutBraces));
    };
    currentForPlans(profilesPanel->currentProfile());
    QObject::connect(profilesPanel, &moctl::ProfilesPanel::currentProfileChanged, plans, currentForPlans);
    window.setPage(moctl::MainWindow::Page::Plans, plans);
    // Schedules edited on the plan are saved with it: the Schedules page reloads (the directory watcher
    // may be slow or missing); schedules saved on the Schedules page reach the open plan.
    QObject::connect(plans, &moctl::PlanEditor::planSaved, &reloadSoon, qOverload<>(&QTimer::start));
    QObject::connect(schedulesPage, &moctl::SchedulesPage::scheduleEdited, plans,
                     [plans](const QString &planId, const moctl::Schedule &schedule) {
                         plans->scheduleSavedElsewhere(QUuid::fromString(planId), schedule);
                     });
    QObject::connect(schedulesPage, &moctl::SchedulesPage::enabledToggled, plans,
                     [plans, schedulesPage](const QString &planId, bool) {
                         if (const moctl::ScheduleRow *row = schedulesPage->model()->rowFor(planId))
                             plans->scheduleSavedElsewhere(QUuid::fromString(planId), row->schedule);
                     });
    plans->guardClose(&window); // unsaved plan: asks before the window closes
    QObject::connect(plans, &moctl::PlanEditor::runProgressChanged, &window, &moctl::MainWindow::setRunProgress);

    window.restoreWindowState();
    window.show();
    FirstExposeProbe probe(sinceMain);
    if (qEnvironmentVariableIntValue("MOCTL_BENCH_EXIT_ON_SHOW") == 1 && window.windowHandle())
        window.windowHandle()->installEventFilter(&probe);
    const int rc = app.exec();
    window.saveWindowState();
    return rc;
}
