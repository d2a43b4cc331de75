#pragma once

#include "connection/connectionsettings.h"
#include "plan/preflight.h"
#include "planfleetrun.h"
#include "runner/runtypes.h"

#include <functional>
#include <optional>
#include <QFutureWatcher>
#include <QWidget>

class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace moctl {

class PlanModel;
class Runner;

// The Plans page's checks and runs of the plan model's plan: Save, Preflight (connect; check the
// profile, the tables and what the patterns match, without sending mo_ctl), Run now (a quick
// preflight, then the run), Cancel, the progress and the log. What it goes through is one Phase; the
// model is Running from Run now until the run ends (or is refused). A fleet plan (a group, a tag, all
// profiles) is checked and run on each of its clusters through a PlanFleetRun.
class PlanPreflightPanel final : public QWidget
{
    Q_OBJECT

public:
    using ConnectionDone = std::function<void(const std::optional<ConnectionSettings> &)>;
    using ConnectionSupplier
        = std::function<void(const QString &profileId, QObject *context, ConnectionDone done)>;
    // Names the run for history (its profile id and name) before it starts.
    using RequestNamer = std::function<void(RunRequest &request, const ConnectionSettings &settings)>;

    enum class Phase {
        Idle,
        ConnectingToCheck, // Preflight: asking for the plan's connection (keychain, password prompt)
        Checking, // Preflight: checking
        ConnectingToRun, // Run now: asking for the connection
        CheckingToRun, // Run now: the quick preflight before the run
        Running, // Run now: the run
    };

    explicit PlanPreflightPanel(PlanModel *model, QWidget *parent = nullptr);
    ~PlanPreflightPanel() override;

    void setConnectionSupplier(ConnectionSupplier provider)
    {
        m_fleet->setConnectionSupplier(provider);
        m_connectionSupplier = std::move(provider);
    }
    void setRecorder(RunRecorder *recorder)
    {
        m_recorder = recorder;
        m_fleet->setRecorder(recorder);
    }
    void setRequestNamer(RequestNamer namer) { m_requestNamer = std::move(namer); }
    // The plan's last table figures (History), for size rules' "grown by"; called on a worker thread.
    using FiguresSource = std::function<FiguresBaseline(const QString &planId)>;
    void setFiguresSource(FiguresSource source) { m_figuresSource = std::move(source); }
    // Asked with the complete request just before Run now sends anything; false = not run.
    using RunConfirmer = std::function<bool(const RunRequest &request)>;
    void setRunConfirmer(RunConfirmer confirmer) { m_confirmer = std::move(confirmer); }
    Runner *runner() const { return m_runner; }
    PlanFleetRun *fleet() const { return m_fleet; }
    // The profiles a fleet plan's selector is resolved against.
    void setProfiles(const QList<ConnectionProfile> &profiles) { m_fleet->setProfiles(profiles); }
    void setFleetConfirmer(PlanFleetRun::Confirmer confirmer) { m_fleet->setConfirmer(std::move(confirmer)); }
    Phase phase() const { return m_phase; }
    // What the last Run now sent (its notification tells of it).
    const RunRequest &lastRequest() const { return m_lastRequest; }

    void preflight();
    void run();
    void cancel();
    void appendLog(const QString &line);
    // The Save, Preflight and Run buttons follow the model and the phase.
    void updateButtons();

Q_SIGNALS:
    void saveRequested();
    void runProgressChanged(bool running, int percent, const QString &text);
    void runFinished(const moctl::RunSummary &summary);
    void preflightFinished();
    // A fleet plan's run started (the fleet runner's signals follow) and ended.
    void fleetRunStarted(const QString &fleetId);
    void fleetRunFinished(const moctl::FleetSummary &summary);

private:
    void setPhase(Phase phase);
    void connectAndCheck(bool thenRun);
    void startPreflight(const ConnectionSettings &settings);
    void onPreflightFinished();
    void startRun(const ConnectionSettings &settings, const PatternResolution &resolution);
    // Run now ended before the run started (no connection, errors found).
    void abandonRun();
    bool isFleetPlan() const;
    void connectFleet();

    PlanModel *m_model;
    Phase m_phase = Phase::Idle;
    ConnectionSupplier m_connectionSupplier;
    RequestNamer m_requestNamer;
    FiguresSource m_figuresSource;
    RunConfirmer m_confirmer;
    RunRecorder *m_recorder = nullptr;
    Runner *m_runner = nullptr;
    PlanFleetRun *m_fleet = nullptr;
    int m_fleetTotal = 0; // operations of the fleet run, for the progress bar
    int m_fleetDone = 0;
    QFutureWatcher<PreflightReport> m_preflightWatcher;
    ConnectionSettings m_pendingSettings;
    RunRequest m_lastRequest;

    QPushButton *m_saveButton = nullptr;
    QPushButton *m_preflightButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_runLog = nullptr;
};

} // namespace moctl
