#include "application.h"

#include "apppaths.h"
#include "cli/cli.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "connection/session.h"
#include "history/historystore.h"
#include "historyview.h"
#include "mainwindow.h"
#include "moctl/serverversion.h"
#include "moctl_version.h"
#include "notify/runnotifier.h"
#include "operationspanel.h"
#include "plan/planstore.h"
#include "planeditor.h"
#include "planfleetrun.h"
#include "planmodel.h"
#include "preferencesdialog.h"
#include "profilespanel.h"
#include "runconfirmation.h"
#include "schedule/processhost.h"
#include "schedule/scheduler.h"
#include "schedulesmodel.h"
#include "schedulespage.h"
#include "scheduletray.h"

#include <cstdio>
#include <QApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
// MOCTL_BENCH_EXIT_ON_SHOW=1 (bench/bench_cold_start): once the main window is first exposed and
// painted, prints "MOCTL_BENCH_SHOWN <ms since main()>" and quits.
class FirstExposeProbe final : public QObject
{
public:
    explicit FirstExposeProbe(const QElapsedTimer &clock)
        : m_clock(clock)
    {
    }
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

void Application::setIdentity()
{
    QApplication::setOrganizationName(QStringLiteral(MOCTL_ORGANIZATION_NAME));
    QApplication::setApplicationName(QStringLiteral(MOCTL_APPLICATION_NAME));
    QApplication::setApplicationDisplayName(u"MOCTL Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(MOCTL_VERSION_STRING));
    QApplication::setDesktopFileName(u"moctl-studio"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/moctl-studio.svg"_s));
}

Application::Application(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_preferences(Preferences::load())
{
    installTranslations(m_preferences.language);
    if (m_options.moctlProgram.isEmpty())
        m_options.moctlProgram = QCoreApplication::applicationDirPath() + u"/moctl"_s;
    // Profiles: the shared JSON file (watched, so moctl's changes show up), passwords in the keychain
    // or, when there is none, remembered for this session only.
    m_profileStore = std::make_unique<ProfileStore>(AppPaths::profilesFile(), ProfileStore::Watch::Yes);
    m_keychain = m_options.keychainService.isEmpty()
        ? std::make_unique<KeychainSecretStore>()
        : std::make_unique<KeychainSecretStore>(m_options.keychainService);
    m_sessionSecrets = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<Session>();
    // The history outlives the window (and so every run the window starts). Retention: purged in the
    // background now and once a day.
    m_history = std::make_unique<HistoryStore>();
    connect(&m_retentionTimer, &QTimer::timeout, this, [this] { purgeHistory(); });
    m_retentionTimer.start(std::chrono::hours(24));
    m_historyRetry.setInterval(HistoryStore::RetryIntervalMs);
    m_historyRetry.setSingleShot(true);
    connect(&m_historyRetry, &QTimer::timeout, this, [this] { openHistoryLocation(); });
    openHistoryLocation();
    // Schedules: each scheduled run is a child `moctl run-plan ID` (it records the run in history), so
    // the GUI and moctl serve behave the same and share state and plan locks.
    m_scheduleHost = std::make_unique<PlanProcessHost>(
        m_options.moctlProgram, QStringList(), PlanProcessHost::Mode::Background);
    m_scheduler = std::make_unique<Scheduler>(m_scheduleHost.get());
    m_scheduleHost->setScheduler(m_scheduler.get());

    m_window = std::make_unique<MainWindow>();
    buildProfiles();
    buildOperations();
    buildHistory();
    buildSchedules();
    buildPlans();
    buildTray();
    connect(m_window.get(), &MainWindow::preferencesRequested, this, &Application::editPreferences);
    connect(m_window.get(), &MainWindow::disconnectRequested, this, &Application::disconnectSession);
    if (m_options.startScheduler)
        m_scheduler->start();
}

Application::~Application()
{
    if (m_window)
        m_window->saveWindowState();
    // Nothing reaches this object while its parts go (the host stops its runs in its destructor).
    disconnect(m_scheduleHost.get(), nullptr, this, nullptr);
    disconnect(m_session.get(), nullptr, this, nullptr);
    disconnect(m_profileStore.get(), nullptr, this, nullptr);
    m_scheduler->stop();
    m_scheduleHost->setScheduler(
        nullptr); // runs stopped by the host's destructor release no lock of a gone scheduler
    m_window.reset();
}

QString Application::plansDirectory() const
{
    return AppPaths::plansDirectory();
}

void Application::show()
{
    m_window->restoreWindowState();
    m_window->show();
    if (m_options.startupClock && qEnvironmentVariableIntValue("MOCTL_BENCH_EXIT_ON_SHOW") == 1
        && m_window->windowHandle()) {
        m_exposeProbe = std::make_unique<FirstExposeProbe>(*m_options.startupClock);
        m_window->windowHandle()->installEventFilter(m_exposeProbe.get());
    }
}

// --- Profiles and the session

void Application::buildProfiles()
{
    m_profilesPanel = new ProfilesPanel(m_profileStore.get(), m_keychain.get(), m_sessionSecrets.get());
    m_window->setProfilesPanel(m_profilesPanel);
    connect(m_profilesPanel, &ProfilesPanel::messageShown, m_window.get(),
        [this](const QString &text) { m_window->showMessage(text); });
    // Connect in the dock opens the session; the status bar follows the session.
    connect(m_profilesPanel, &ProfilesPanel::currentProfileChanged, this, &Application::openSession);
    connect(m_profilesPanel, &ProfilesPanel::connectRequested, this, &Application::connectProfile);
    connect(m_profilesPanel, &ProfilesPanel::disconnectRequested, this, &Application::disconnectSession);
    connect(m_profilesPanel, &ProfilesPanel::passwordEntered, this,
        [this](const QUuid &id, const QString &password) {
            if (!id.isNull() && QUuid::fromString(m_session->profileId()) == id)
                m_session->providePassword(password); // verified again; the runs use it from now on
        });
    connect(m_session.get(), &Session::profileChanged, this, &Application::showSession);
    connect(m_session.get(), &Session::stateChanged, this, &Application::showSession);
    connect(m_session.get(), &Session::stateChanged, this, [this](Session::State state) {
        // A password the server refused is not kept for this session either: asked for again.
        if (state == Session::State::Failed && m_session->passwordRefused())
            m_sessionSecrets->remove(m_session->profileId(), this, {});
    });
    connect(m_profileStore.get(), &ProfileStore::profilesChanged, this, [this] {
        // The session's profile may have been edited or removed (here or by moctl).
        const QUuid id = QUuid::fromString(m_session->profileId());
        if (id.isNull())
            return;
        if (const auto profile = m_profileStore->profile(id))
            m_session->updateProfile(*profile);
        else
            m_session->disconnect();
    });
    if (!m_profileStore->load())
        m_window->showMessage(m_profileStore->errorString(), 0);
}

void Application::connectProfile(const QUuid &id)
{
    if (m_profilesPanel->currentProfile() != id)
        m_profilesPanel->setCurrentProfile(id); // the dock marks it and asks openSession()
    else if (id.isNull() || QUuid::fromString(m_session->profileId()) != id
        || m_session->state() == Session::State::Failed || m_session->state() == Session::State::Disconnected)
        openSession(id);
}

void Application::openSession(const QUuid &id)
{
    const auto profile = id.isNull() ? std::nullopt : m_profileStore->profile(id);
    if (!profile) {
        m_session->disconnect();
        return;
    }
    m_session->connectTo(*profile);
    if (m_session->hasPassword())
        return; // the same profile again: verified again with its password
    // The password: kept for this session, else the keychain, else asked for; asked for at once when the
    // server refused the last one.
    const auto prompt
        = m_session->passwordRefused() ? ProfilesPanel::Prompt::Always : ProfilesPanel::Prompt::Yes;
    m_profilesPanel->resolveSettings(
        profile->id, m_session.get(),
        [this, id](const std::optional<ConnectionSettings> &settings) {
            if (QUuid::fromString(m_session->profileId()) != id)
                return; // another profile since
            if (settings)
                m_session->providePassword(settings->password);
            else
                m_session->fail(tr("No password given; not connected."));
        },
        prompt);
}

void Application::disconnectSession()
{
    if (const QString id = m_session->profileId(); !id.isEmpty())
        m_sessionSecrets->remove(id, this, {});
    if (!m_profilesPanel->currentProfile().isNull())
        m_profilesPanel->setCurrentProfile({}); // the dock unmarks it and asks openSession()
    else
        m_session->disconnect();
}

bool Application::confirmRun(const RunRequest &request)
{
    std::optional<ConnectionProfile> profile = m_profileStore->profile(QUuid::fromString(request.profileId));
    if (!profile && m_session->profileId() == request.profileId)
        profile = m_session->profile();
    if (!profile || !profile->confirmsRuns())
        return true;
    return askToRun(m_window.get(), request);
}

void Application::showSession()
{
    const auto profile = m_session->profile();
    m_window->setCurrentProfile(profile ? profile->name : QString(),
        profile && !profile->colour.isEmpty() ? QColor(profile->colour) : QColor());
    // One voice: the indicator and the status bar say the state (a failure's reason until the next
    // state); the Operations page forgets why an earlier run could not start.
    m_window->setConnectionState(m_session->state(), m_session->errorString());
    m_profilesPanel->setSessionOpen(m_session->state() != Session::State::Disconnected);
    if (m_operations && m_session->state() != Session::State::Failed)
        m_operations->clearRefusal();
    switch (m_session->state()) {
    case Session::State::Disconnected:
        m_window->setServerVersion({});
        break;
    case Session::State::Connecting:
        m_window->setServerVersion(Session::stateTitle(Session::State::Connecting));
        break;
    case Session::State::Connected:
        m_window->setServerVersion(ServerVersion::parse(m_session->serverVersion()).display());
        break;
    case Session::State::Failed:
        m_window->setServerVersion(Session::stateTitle(Session::State::Failed));
        break;
    }
    if (m_plans) // a plan without a profile runs on the session's and is recorded under it
        m_plans->setCurrentProfile(m_session->profileId());
}

void Application::whenSessionReady(QObject *context, std::function<void()> then)
{
    // The server refused the session's password (forgotten since): a run asks for it again first.
    if (m_session->profile() && !m_session->hasPassword() && m_session->state() == Session::State::Failed
        && m_session->passwordRefused())
        openSession(QUuid::fromString(m_session->profileId()));
    if (m_session->hasPassword() || m_session->state() != Session::State::Connecting) {
        then();
        return;
    }
    // Connect was clicked and the password is on its way (keychain, prompt): the run follows it.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_session.get(), &Session::stateChanged, context, [this, once, then](Session::State) {
        if (!m_session->hasPassword() && m_session->state() == Session::State::Connecting)
            return;
        disconnect(*once);
        then();
    });
}

// --- Operations

void Application::buildOperations()
{
    m_operations = new OperationsPanel;
    m_operations->setRecorder(m_history.get()); // when history fails, runs are kept in memory (banner)
    m_operations->setDefaults(m_preferences.defaults);
    // The session's connection.
    m_operations->setConnectionSupplier(
        [this](QObject *context, std::function<void(OperationsPanel::Connection)> done) {
            whenSessionReady(context, [this, done] {
                OperationsPanel::Connection c;
                if (!m_session->profile()) {
                    c.error = tr("Connect to a profile first (Profiles, Connect).");
                } else if (const auto settings = m_session->settings()) {
                    c.settings = *settings;
                    c.profileId = m_session->profileId();
                    c.profileName = m_session->profileName();
                } else {
                    c.error = tr("No password given; nothing was run.");
                }
                done(c);
            });
        });
    m_operations->setRunConfirmer([this](const RunRequest &request) { return confirmRun(request); });
    // The page's status line speaks for its runs (not repeated in the status bar); the status bar shows
    // the run's progress while it goes.
    connect(m_operations, &OperationsPanel::progressChanged, m_window.get(), &MainWindow::setRunProgress);
    // Each run reads version() when it connects: the status bar follows an upgraded server.
    connect(m_operations, &OperationsPanel::runFinished, m_window.get(), [this](const RunSummary &summary) {
        if (!summary.serverVersion.isEmpty() && m_session->state() == Session::State::Connected)
            m_window->setServerVersion(ServerVersion::parse(summary.serverVersion).display());
    });
    PageActions actions;
    actions.newItem = [this] { m_profilesPanel->newProfile(); };
    actions.run = [this] { m_operations->run(); };
    actions.cancel = [this] { m_operations->cancel(); };
    m_window->setPage(MainWindow::Page::Operations, m_operations, actions);
}

// --- History

void Application::buildHistory()
{
    m_historyView = new HistoryView(m_history.get());
    connect(m_historyView, &HistoryView::messageShown, m_window.get(),
        [this](const QString &text) { m_window->showMessage(text); });
    m_historyView->setProfileStore(m_profileStore.get()); // it refuses runs whose profile is gone
    connect(m_historyView, &HistoryView::rerunRequested, this,
        [this](
            const QList<Operation> &operations, const QString &profileId) { rerun(operations, profileId); });
    PageActions actions;
    actions.newItem = [this] { m_profilesPanel->newProfile(); };
    actions.refresh = [this] { m_historyView->refresh(); };
    m_window->setPage(MainWindow::Page::History, m_historyView, actions);
    // History that cannot be written is never silent: a banner until it works again.
    connect(m_history.get(), &HistoryStore::writeFailed, this, &Application::showHistoryProblem);
    connect(m_history.get(), &HistoryStore::writesRecovered, m_window.get(), &MainWindow::hideBanner);
    if (!m_historyOpen && !m_historyShared)
        showHistoryProblem(m_history->errorString());
    else if (!m_history->notice().isEmpty())
        m_window->showMessage(m_history->notice(), 0);
    else if (const int interrupted = m_history->interruptedOnOpen(); interrupted > 0)
        m_window->showMessage(tr("%n run(s) stopped unfinished (the process running them ended); "
                                 "marked interrupted in History.",
                                  nullptr, interrupted),
            0);
}

bool Application::rerun(const QList<Operation> &operations, const QString &profileId)
{
    const auto profile = m_profileStore->profile(QUuid::fromString(profileId));
    if (!profile || operations.isEmpty())
        return false;
    connectProfile(profile->id);
    QList<TableRef> tables;
    for (const Operation &op : operations) {
        if (op.kind == OperationKind::Flush)
            tables << op.table;
    }
    if (!tables.isEmpty()) {
        m_operations->setKind(OperationKind::Flush);
        m_operations->setTables(tables);
    } else {
        const Operation &op = operations.constFirst();
        m_operations->setKind(op.kind);
        m_operations->setDuration(op.duration);
    }
    m_window->showPage(MainWindow::Page::Operations);
    m_window->showMessage(tr("Review the operations and run them on the profile %1.").arg(profile->name));
    return true;
}

bool Application::rerun(qint64 runId)
{
    const auto run = m_historyOpen ? m_history->run(runId) : std::nullopt;
    if (!run)
        return false;
    return rerun(HistoryView::operationsOf(m_history->outcomes(runId)), run->profileId);
}

QFuture<int> Application::purgeHistory()
{
    // A shared history is not purged by every desktop's own retention (the shortest would win for all):
    // its retention is its administrator's (`moctl --history URL history --purge-older-than N`).
    if (!m_historyOpen || m_historyShared)
        return {};
    return m_history->purge(Retention { m_preferences.historyKeepDays, m_preferences.historyKeepRuns });
}

// --- Schedules

void Application::buildSchedules()
{
    if (m_historyOpen || m_historyShared) {
        m_scheduleHost->setRecorder(m_history.get()); // runs that cannot start are recorded failed
        m_scheduleHost->setDecisionHandler([this](const ScheduleDecision &d) {
            m_history->recordEvent(decisionKindName(d.kind), d.planId, d.planName, d.message);
        });
    }
    // Each run's password, handed to its child on stdin: the session's (when the plan's profile is the
    // session's), the one kept for this session, else the keychain's.
    m_scheduleHost->setCredentialsSource(
        [this](const ScheduledPlan &plan, QObject *context, PlanProcessHost::CredentialsDone done) {
            PlanProcessHost::Credentials credentials;
            if (isFleetPlan(plan.id)) {
                // A fleet plan: the run-plan child reads each member's password from the keychain.
                done(credentials);
                return;
            }
            const auto profile = m_profileStore->profile(QUuid::fromString(plan.profileId));
            if (!profile) {
                credentials.error = plan.profileId.isEmpty()
                    ? tr("The plan has no profile; choose one in the plan.")
                    : tr("The plan's profile no longer exists.");
                credentials.profileId = plan.profileId;
                done(credentials);
                return;
            }
            credentials.profileId = profile->idString();
            credentials.profileName = profile->name;
            findProfilePassword(*profile, m_session.get(), m_sessionSecrets.get(), m_keychain.get(), context,
                [credentials, done](const std::optional<QString> &password, const QString &error) mutable {
                    credentials.password = password;
                    credentials.error = error;
                    done(credentials);
                });
        });

    m_schedulesPage = new SchedulesPage(m_scheduler.get());
    // The schedule dialog's Save writes the plan file before the dialog closes.
    m_schedulesPage->setScheduleSaver([this](const QString &planId, const Schedule &schedule,
                                          QString *error) { return saveSchedule(planId, schedule, error); });
    PageActions actions;
    actions.newItem = [this] { m_profilesPanel->newProfile(); };
    actions.refresh = [this] { m_schedulesPage->refresh(); };
    m_window->setPage(MainWindow::Page::Schedules, m_schedulesPage, actions);
    connect(m_schedulesPage, &SchedulesPage::scheduleEdited, this,
        [this](const QString &planId, const Schedule &schedule) {
            QString error;
            if (!saveSchedule(planId, schedule, &error))
                QMessageBox::warning(m_window.get(), tr("Schedule not saved"), error);
        });
    connect(
        m_schedulesPage, &SchedulesPage::enabledToggled, this, [this](const QString &planId, bool enabled) {
            QString error;
            if (!setScheduleEnabled(planId, enabled, &error))
                QMessageBox::warning(m_window.get(), tr("Schedule not saved"), error);
        });
    QDir().mkpath(plansDirectory());
    m_plansWatcher.addPath(plansDirectory());
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(500);
    connect(
        &m_plansWatcher, &QFileSystemWatcher::directoryChanged, &m_reloadSoon, qOverload<>(&QTimer::start));
    connect(&m_reloadSoon, &QTimer::timeout, this, &Application::reloadPlans);
    reloadPlans();
    // The Profile column shows profile names; last runs and their status come from history (read in
    // the background now, after each scheduled run and on refresh).
    const auto updateProfileNames = [this] {
        QHash<QString, QString> names;
        for (const ConnectionProfile &profile : m_profileStore->profiles())
            names.insert(profile.idString(), profile.name);
        m_schedulesPage->model()->setProfileNames(names);
    };
    updateProfileNames();
    connect(m_profileStore.get(), &ProfileStore::profilesChanged, m_schedulesPage, updateProfileNames);
    if (m_historyOpen)
        m_schedulesPage->setLastRunsLoader([history = m_history.get()] { return history->lastRunPerPlan(); });
    connect(m_scheduleHost.get(), &PlanProcessHost::runEnded, this, &Application::onRunEnded);
    connect(m_scheduleHost.get(), &PlanProcessHost::runNotStarted, this, &Application::onRunNotStarted);
}

bool Application::isFleetPlan(const QString &planId) const
{
    PlanStore store(plansDirectory());
    store.load();
    const std::optional<PlanStore::Entry> entry = store.find(planId);
    return entry && entry->plan && entry->plan->isFleet();
}

void Application::reloadPlans()
{
    PlanStore store(plansDirectory());
    store.load();
    const QList<ScheduledPlan> plans = store.scheduledPlans(nullptr, UnscheduledPlans::Include);
    m_scheduler->setPlans(plans);
    QList<ScheduleRow> rows;
    for (const ScheduledPlan &plan : plans) {
        const ScheduleRow *old = m_schedulesPage->model()->rowFor(plan.id);
        rows.append({ plan.id, plan.name, {}, plan.schedule, old ? old->lastRun : QDateTime(),
            old ? old->lastStatus : std::nullopt, plan.profileId });
    }
    m_schedulesPage->model()->setRows(rows);
}

bool Application::saveSchedule(const QString &planId, const Schedule &schedule, QString *error)
{
    QString why;
    PlanStore store(plansDirectory());
    store.load();
    const bool saved = store.setSchedule(QUuid::fromString(planId), schedule, &why);
    if (error)
        *error = why;
    reloadPlans();
    if (saved && m_plans) // the open plan takes it, so saving it later does not put the old one back
        m_plans->scheduleSavedElsewhere(QUuid::fromString(planId), schedule);
    return saved;
}

bool Application::setScheduleEnabled(const QString &planId, bool enabled, QString *error)
{
    std::optional<Schedule> schedule;
    for (const ScheduledPlan &plan : m_scheduler->plans()) {
        if (plan.id == planId)
            schedule = plan.schedule;
    }
    if (!schedule) {
        if (error)
            *error = tr("No plan has the id %1.").arg(planId);
        return false;
    }
    schedule->enabled = enabled;
    return saveSchedule(planId, *schedule, error);
}

void Application::onRunEnded(const QString &planId, int exitCode)
{
    if (m_historyOpen)
        m_schedulesPage->reloadLastRuns(); // the run as history has it
    else
        m_schedulesPage->model()->setLastRun(
            planId, QDateTime::currentDateTimeUtc(), exitCode == 0 ? RunStatus::Ok : RunStatus::Failed);
    const ScheduleRow *row = m_schedulesPage->model()->rowFor(planId);
    if (m_tray && exitCode != 0 && row)
        m_tray->notifyRunFailed(row->planName, tr("moctl exited with code %1 (see History).").arg(exitCode));
    // The moctl child posts the plan's webhook itself; a failed post is a "notify-failed" history
    // event, shown here (read on a worker thread).
    if (m_historyOpen) {
        auto *watcher = new QFutureWatcher<QList<HistoryEvent>>(this);
        connect(watcher, &QFutureWatcher<QList<HistoryEvent>>::finished, this, [this, watcher] {
            watcher->deleteLater();
            const QList<HistoryEvent> events = watcher->result();
            const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-60);
            for (const HistoryEvent &e : events) {
                if (e.kind == u"notify-failed"_s && e.at >= recent) {
                    m_window->showMessage(tr("%1: %2").arg(e.planName, e.message));
                    break;
                }
            }
        });
        watcher->setFuture(
            QtConcurrent::run([history = m_history.get(), planId] { return history->events(planId, 5); }));
    }
    // A success is shown when the plan asks for desktop notifications of successes (of scheduled runs:
    // its schedule's "notify" when it has one).
    if (m_tray && exitCode == 0 && row) {
        PlanStore store(plansDirectory());
        store.load();
        const auto entry = store.find(planId);
        const NotificationSettings n = entry && entry->plan
            ? entry->plan->notificationsFor(RunTrigger::Scheduled)
            : NotificationSettings {};
        if (n.desktop && shouldNotify(n.when, RunStatus::Ok))
            m_tray->notifyRun(row->planName, true, tr("every operation ok (see History)."));
    }
}

void Application::onRunNotStarted(const QString &planId, const QString &reason)
{
    const ScheduleRow *row = m_schedulesPage->model()->rowFor(planId);
    const QString planName = row ? row->planName : planId;
    if (m_historyOpen)
        m_schedulesPage->reloadLastRuns(); // the failed run history now has
    else
        m_schedulesPage->model()->setLastRun(planId, QDateTime::currentDateTimeUtc(), RunStatus::Failed);
    ScheduleDecision decision; // the reason in the page's recent decisions
    decision.planId = planId;
    decision.planName = planName;
    decision.kind = ScheduleDecision::Kind::StartFailed;
    decision.decided = QDateTime::currentDateTimeUtc();
    decision.slot = decision.decided;
    decision.message = reason;
    m_schedulesPage->addDecision(decision);
    if (m_tray)
        m_tray->notifyRunFailed(planName, reason);
    Q_EMIT scheduledRunNotStarted(planId, reason);
}

// --- Plans

void Application::buildPlans()
{
    m_plans = new PlanEditor(plansDirectory());
    // A plan runs on its own profile: the session's when it is that one (or has none), else found in
    // the keychain or asked for.
    m_plans->setConnectionSupplier(
        [this](const QString &profileId, QObject *context, PlanEditor::ConnectionDone done) {
            QUuid id = QUuid::fromString(profileId);
            const QUuid sessionId = QUuid::fromString(m_session->profileId());
            if (id.isNull())
                id = sessionId;
            if (id.isNull())
                return done(std::nullopt);
            if (id == sessionId) {
                whenSessionReady(context, [this, done] { done(m_session->settings()); });
                return;
            }
            m_profilesPanel->resolveSettings(id, context, std::move(done));
        });
    m_plans->setRecorder(m_history.get());
    if (m_historyOpen) {
        HistoryStore *history = m_history.get(); // outlives the plan editor (the application owns both)
        m_plans->setFiguresSource(
            [history](const QString &planId) { return history->lastTableFigures(planId); });
    }
    m_plans->setRunConfirmer([this](const RunRequest &request) { return confirmRun(request); });
    m_plans->setFleetConfirmer(
        [this](const QList<FleetMember> &members) { return confirmFleetRun(members); });
    m_plans->setScheduleSaver([this](const QUuid &planId, const Schedule &schedule, QString *error) {
        return saveSchedule(planId.toString(QUuid::WithoutBraces), schedule, error);
    });
    // Unsaved changes: a "*" on the Plans tab and in the window title.
    const auto markModified
        = [this] { m_window->setPageModified(MainWindow::Page::Plans, m_plans->isModified()); };
    connect(m_plans->model(), &PlanModel::modifiedChanged, m_window.get(), markModified);
    connect(m_plans->model(), &PlanModel::planChanged, m_window.get(), markModified);
    // The plan's Profile field lists the profiles by name, and a fleet plan's target their groups and
    // tags (and resolves against them), kept current as they change.
    const auto offerProfiles = [this] { m_plans->setProfiles(m_profileStore->profiles()); };
    offerProfiles();
    connect(m_profileStore.get(), &ProfileStore::profilesChanged, m_plans, offerProfiles);
    m_plans->setCurrentProfile(m_session->profileId());
    PageActions actions;
    actions.newItem = [this] {
        if (m_profilesPanel->isAncestorOf(QApplication::focusWidget()))
            m_profilesPanel->newProfile(); // Ctrl+N in the Profiles dock
        else
            m_plans->newItem();
    };
    actions.save = [this] { m_plans->save(); };
    actions.refresh = [this] { m_plans->refresh(); };
    actions.run = [this] { m_plans->run(); };
    actions.cancel = [this] { m_plans->cancel(); };
    m_window->setPage(MainWindow::Page::Plans, m_plans, actions);
    // Schedules edited on the plan are saved with it: the Schedules page reloads (the directory watcher
    // may be slow or missing).
    connect(m_plans, &PlanEditor::planSaved, &m_reloadSoon, qOverload<>(&QTimer::start));
    m_plans->guardClose(m_window.get()); // unsaved plan: asks before the window closes
    connect(m_plans, &PlanEditor::runProgressChanged, m_window.get(), &MainWindow::setRunProgress);
    // Webhook addresses live in the keychain. A run started here tells of itself as moctl run-plan
    // --notify does: the plan's webhook (posted asynchronously; a failure is shown in the status bar
    // and recorded as History's "notify-failed" event), and its desktop notification when the window
    // is not the active one (the run log says it otherwise).
    m_plans->setSecretStore(m_keychain.get());
    m_notifier = std::make_unique<RunNotifier>(m_keychain.get());
    if (m_historyOpen)
        m_notifier->setHistory(m_history.get());
    connect(m_notifier.get(), &RunNotifier::notifyFailed, m_window.get(),
        [this](const QString &planName, const QString &message) {
            m_window->showMessage(tr("%1: %2").arg(planName, message), 0);
        });
    connect(m_plans, &PlanEditor::runFinished, this, [this](const RunSummary &summary) {
        const MaintenancePlan &plan = m_plans->currentPlan();
        notifyRunEnded(plan, m_plans->lastRunRequest(), summary);
    });
    // A fleet run: each cluster's run posts the webhook as a run of its own (as moctl run-plan does); one
    // desktop notification tells of the whole fleet.
    connect(m_plans, &PlanEditor::fleetRunFinished, this, [this](const FleetSummary &summary) {
        const MaintenancePlan &plan = m_plans->currentPlan();
        const QList<FleetMember> &members = m_plans->fleetRun()->members();
        QList<RunRequest> requests;
        for (int i = 0; i < members.size() && i < summary.members.size(); ++i) {
            requests << members.at(i).request;
            const RunSummary &member = summary.members.at(i);
            m_notifier->notify(plan.idString(), plan.name, plan.notifications,
                RunNotice::from(members.at(i).request, member, cli::exitCodeFor(member)));
        }
        RunSummary whole; // the fleet as one run: its status and the counts of every cluster
        whole.status = summary.status();
        whole.firstError = summary.worstError;
        const RunNotice notice = RunNotifier::fleetNotice(requests, summary, 0);
        whole.ok = notice.ok;
        whole.failed = notice.failed;
        whole.timedOut = notice.timedOut;
        whole.skipped = notice.skipped;
        notifyDesktop(plan, whole, notice.profileName);
    });
}

void Application::notifyRunEnded(
    const MaintenancePlan &plan, const RunRequest &request, const RunSummary &summary)
{
    m_notifier->notify(plan.idString(), plan.name, plan.notifications,
        RunNotice::from(request, summary, cli::exitCodeFor(summary)));
    notifyDesktop(plan, summary, {});
}

void Application::notifyDesktop(const MaintenancePlan &plan, const RunSummary &summary, const QString &where)
{
    // Only when the window is not the active one: otherwise the run log and the status bar said it.
    const NotificationSettings &n = plan.notifications;
    if (!m_tray || !n.desktop || !shouldNotify(n.when, summary.status) || m_window->isActiveWindow())
        return;
    m_tray->notifyRun(where.isEmpty() ? plan.name : tr("%1 (%2)").arg(plan.name, where),
        summary.status == RunStatus::Ok,
        tr("%1 ok, %2 failed, %3 timed out, %4 skipped.")
                .arg(summary.ok)
                .arg(summary.failed)
                .arg(summary.timedOut)
                .arg(summary.skipped)
            + (summary.firstError.isError() ? u" "_s + summary.firstError.message() : QString()));
}

bool Application::confirmFleetRun(const QList<FleetMember> &members)
{
    QList<RunRequest> requests;
    QList<int> asking;
    for (int i = 0; i < members.size(); ++i) {
        requests << members.at(i).request;
        if (members.at(i).profile.confirmsRuns() && !members.at(i).setupError.isError())
            asking << i;
    }
    if (asking.isEmpty())
        return true;
    return askToRunFleet(m_window.get(), requests, asking);
}

// --- Tray and preferences

void Application::buildTray()
{
    // The tray (when the platform has one): open, pause all schedules, quit; a failed scheduled run
    // notifies. Closing to the tray is only offered when a tray icon exists.
    if (!m_options.trayIcon || !ScheduleTray::isAvailable())
        return;
    m_tray = std::make_unique<ScheduleTray>();
    connect(m_tray.get(), &ScheduleTray::openRequested, m_window.get(), [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_tray.get(), &ScheduleTray::pauseToggled, m_scheduler.get(), &Scheduler::setPaused);
    connect(m_scheduler.get(), &Scheduler::pausedChanged, m_tray.get(), &ScheduleTray::setPaused);
    connect(m_tray.get(), &ScheduleTray::quitRequested, qApp, &QCoreApplication::quit);
    m_tray->show();
    m_window->setCloseToTray(m_preferences.keepRunningInTray);
}

void Application::editPreferences()
{
    PreferencesDialog dialog(m_preferences, m_window.get());
    dialog.setHistoryTester([this](const HistoryLocation &location, const QString &password,
                                std::function<void(bool, const QString &)> done) {
        testHistoryLocation(location, password, std::move(done));
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString password = dialog.historyPassword();
    const Preferences chosen = dialog.preferences();
    applyPreferences(chosen);
    const std::optional<HistoryLocation> location = HistoryLocation::parse(chosen.historyLocation, nullptr);
    if (location && location->isShared() && !password.isEmpty())
        setHistoryPassword(*location, password); // then reopened
}

void Application::applyPreferences(const Preferences &preferences)
{
    if (preferences.language != m_preferences.language)
        installTranslations(preferences.language);
    const bool retentionChanged = preferences.historyKeepDays != m_preferences.historyKeepDays
        || preferences.historyKeepRuns != m_preferences.historyKeepRuns;
    const bool locationChanged = preferences.historyLocation != m_preferences.historyLocation;
    m_preferences = preferences;
    m_preferences.save();
    m_operations->setDefaults(m_preferences.defaults);
    m_window->setCloseToTray(m_preferences.keepRunningInTray && m_tray);
    if (locationChanged)
        openHistoryLocation();
    else if (retentionChanged)
        purgeHistory();
}

} // namespace moctl
