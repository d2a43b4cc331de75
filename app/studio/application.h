#pragma once

#include "history/historylocation.h"
#include "moctl/operation.h"
#include "runner/fleetrun.h"
#include "runner/runtypes.h"
#include "schedule/schedule.h"
#include "settings/preferences.h"

#include <functional>
#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QFuture>
#include <QObject>
#include <QTimer>
#include <QUuid>

namespace moctl {

class HistoryStore;
class HistoryView;
class KeychainSecretStore;
class MainWindow;
class MemorySecretStore;
class OperationsPanel;
class PlanEditor;
class PlanProcessHost;
class RunNotifier;
struct MaintenancePlan;
class ProfileStore;
class ProfilesPanel;
class ScheduleTray;
class Scheduler;
class SchedulesPage;
class Session;

// How the application is started (tests and benchmarks change some).
struct ApplicationOptions
{
    // The moctl that runs scheduled plans; default: next to this executable.
    QString moctlProgram;
    // The keychain's service name; default KeychainSecretStore::defaultService().
    QString keychainService;
    // Show the tray icon when the platform has one.
    bool trayIcon = true;
    // Start the scheduler at once (tests may leave it stopped and start runs themselves).
    bool startScheduler = true;
    // MOCTL_BENCH_EXIT_ON_SHOW=1: prints the time since this clock started once the window is shown.
    std::optional<QElapsedTimer> startupClock;
};

// moctl-studio itself: owns the stores (profiles, plans, history), the session, the scheduler and its
// process host, the preferences, the retention timer and the main window with its pages, and offers
// the operations the views ask for (re-run, save a schedule, purge the history, apply preferences...).
// Views show and emit; the application decides. main() only parses the arguments and starts it; tests
// build the same object.
class Application final : public QObject
{
    Q_OBJECT

public:
    using Options = ApplicationOptions;

    explicit Application(Options options = {}, QObject *parent = nullptr);
    ~Application() override; // saves the window state; stops scheduled runs still going

    // The application's name, version and icon on QApplication (before the window exists).
    static void setIdentity();

    // Shows the main window (its saved geometry and page).
    void show();

    // --- Typed operations the views call ---
    // Makes a profile the session's (Connecting, then Connected or Failed once its password is
    // verified by a round-trip); null = disconnect.
    void connectProfile(const QUuid &id);
    // Closes the session: Disconnected, its password forgotten (also the copy kept for this session;
    // the keychain keeps a saved one).
    void disconnectSession();
    // Asked just before a run starts, with everything it will send: on a profile that confirms runs
    // (a production profile by default) the operator sees what and where, and says yes or no. True =
    // go on (also when the profile does not ask).
    bool confirmRun(const RunRequest &request);
    // The same for a fleet run, once for all its clusters: when any of them confirms runs, the operator
    // sees each of those (name, address, what it gets) and the others by name. True = go on.
    bool confirmFleetRun(const QList<FleetMember> &members);
    // Re-run: the operations go back to the Operations page, to be reviewed and run, on the run's own
    // profile, which becomes the session's. False when the profile is gone or there is nothing to run.
    bool rerun(const QList<Operation> &operations, const QString &profileId);
    bool rerun(qint64 runId);
    // Saves a plan's schedule in its plan file; the Schedules page, the scheduler and an open plan take
    // it. False with a translated *error.
    bool saveSchedule(const QString &planId, const Schedule &schedule, QString *error = nullptr);
    bool setScheduleEnabled(const QString &planId, bool enabled, QString *error = nullptr);
    // Re-reads the plans' schedules (the plans directory changed, a plan was saved).
    void reloadPlans();
    // Whether the plan file with this id is a fleet plan (its "profiles" is set).
    bool isFleetPlan(const QString &planId) const;
    // Deletes the runs beyond the preferences' retention, in the background (also at start and daily);
    // not a shared history (its retention is its administrator's).
    QFuture<int> purgeHistory();
    // Saves and applies new preferences (language, run defaults, tray, retention).
    void applyPreferences(const Preferences &preferences);
    // File > Preferences: the dialog, then applyPreferences().
    void editPreferences();
    // Preferences' "Test connection" of a shared history: connects on a worker thread (never the GUI
    // thread) and calls `done` on the GUI thread. An empty password = the one in the keychain.
    void testHistoryLocation(const HistoryLocation &location, const QString &password,
        std::function<void(bool ok, const QString &message)> done);
    // Stores a shared history's password in the keychain (key HistoryLocation::secretKey()), then reopens
    // the history at the preferences' location.
    void setHistoryPassword(const HistoryLocation &location, const QString &password);

    // --- What it owns ---
    const Preferences &preferences() const { return m_preferences; }
    ProfileStore *profileStore() const { return m_profileStore.get(); }
    KeychainSecretStore *keychain() const { return m_keychain.get(); }
    MemorySecretStore *sessionSecrets() const { return m_sessionSecrets.get(); }
    HistoryStore *history() const { return m_history.get(); }
    bool historyOpen() const { return m_historyOpen; }
    Session *session() const { return m_session.get(); }
    PlanProcessHost *scheduleHost() const { return m_scheduleHost.get(); }
    Scheduler *scheduler() const { return m_scheduler.get(); }
    ScheduleTray *tray() const { return m_tray.get(); }
    RunNotifier *notifier() const { return m_notifier.get(); }
    QString plansDirectory() const;

    MainWindow *window() const { return m_window.get(); }
    ProfilesPanel *profilesPanel() const { return m_profilesPanel; }
    OperationsPanel *operationsPanel() const { return m_operations; }
    PlanEditor *planEditor() const { return m_plans; }
    SchedulesPage *schedulesPage() const { return m_schedulesPage; }
    HistoryView *historyView() const { return m_historyView; }

Q_SIGNALS:
    // A scheduled run could not start (recorded in History as failed): the plan and why.
    void scheduledRunNotStarted(const QString &planId, const QString &reason);
    // The history was (re)opened at the preferences' location: open or not (a shared one that cannot be
    // reached queues runs locally meanwhile).
    void historyOpened(bool open);

private:
    void buildProfiles();
    void buildOperations();
    void buildHistory();
    void buildSchedules();
    void buildPlans();
    void buildTray();
    void openSession(const QUuid &id);
    void showSession();
    void onRunEnded(const QString &planId, int exitCode);
    void onRunNotStarted(const QString &planId, const QString &reason);
    // A run started here ended: the plan's webhook and desktop notifications.
    void notifyRunEnded(const MaintenancePlan &plan, const RunRequest &request, const RunSummary &summary);
    // The plan's desktop notification of a run (`where`: "3 clusters" for a fleet run).
    void notifyDesktop(const MaintenancePlan &plan, const RunSummary &summary, const QString &where);
    // Calls `then` once the session's password is known (at once when it is, or the session is not
    // waiting for one).
    void whenSessionReady(QObject *context, std::function<void()> then);
    // Opens the history at m_preferences.historyLocation: the local file at once; a shared database on a
    // worker thread after its password was read from the keychain (retried every 30 s while unreachable).
    void openHistoryLocation();
    void showHistoryProblem(const QString &why);

    Options m_options;
    Preferences m_preferences;
    std::unique_ptr<ProfileStore> m_profileStore;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_sessionSecrets;
    std::unique_ptr<HistoryStore> m_history;
    bool m_historyOpen = false;
    bool m_historyShared = false;
    int m_historyGeneration = 0; // a reopen started later wins over an earlier one still connecting
    QTimer m_historyRetry;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PlanProcessHost> m_scheduleHost;
    std::unique_ptr<Scheduler> m_scheduler;
    QTimer m_retentionTimer;
    QFileSystemWatcher m_plansWatcher;
    QTimer m_reloadSoon;
    std::unique_ptr<ScheduleTray> m_tray;
    std::unique_ptr<RunNotifier> m_notifier;
    std::unique_ptr<QObject> m_exposeProbe;
    // Declared last: destroyed first (its pages use everything above).
    std::unique_ptr<MainWindow> m_window;
    ProfilesPanel *m_profilesPanel = nullptr;
    OperationsPanel *m_operations = nullptr;
    HistoryView *m_historyView = nullptr;
    SchedulesPage *m_schedulesPage = nullptr;
    PlanEditor *m_plans = nullptr;
};

} // namespace moctl
