#pragma once

#include "connection/connectionprofile.h"
#include "plan/maintenanceplan.h"
#include "plan/preflight.h"
#include "runner/fleetrun.h"

#include <functional>
#include <optional>
#include <QFutureWatcher>
#include <QObject>

namespace moctl {

// Preflight and Run now of a fleet plan (one that targets a group, a tag, several or all profiles)
// for the Plans page: resolves the plan's profile selector against the profiles, gathers each
// cluster's connection (keychain, session, prompt: the connection supplier, one profile after the
// other), checks every cluster at once off the GUI thread (the quick preflight: connection, tables,
// patterns), then for Run asks the confirmer (which lists the production clusters) and starts the
// members on a FleetRunner. A cluster that cannot be reached or checked fails only its own run
// (recorded in History with the reason, nothing sent); the others run.
class PlanFleetRun final : public QObject
{
    Q_OBJECT

public:
    using ConnectionDone = std::function<void(const std::optional<ConnectionSettings> &)>;
    using ConnectionSupplier
        = std::function<void(const QString &profileId, QObject *context, ConnectionDone done)>;
    // Asked with every member's complete request before anything is sent; false = not run.
    using Confirmer = std::function<bool(const QList<FleetMember> &members)>;
    enum class Then { Check, Run };
    enum class Phase { Idle, Connecting, Checking, Running };

    explicit PlanFleetRun(QObject *parent = nullptr);
    ~PlanFleetRun() override;

    void setConnectionSupplier(ConnectionSupplier supplier) { m_supplier = std::move(supplier); }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setRecorder(RunRecorder *recorder) { m_recorder = recorder; }
    void setProfiles(const QList<ConnectionProfile> &profiles) { m_profiles = profiles; }
    void setMaxClusters(int clusters) { m_maxClusters = clusters; }

    FleetRunner *runner() const { return m_runner; }
    Phase phase() const { return m_phase; }
    // The members of the last fleet started (same order as the runner's member indexes).
    const QList<FleetMember> &members() const { return m_members; }

    // Starts checking (and then running) `plan` on the profiles its selector resolves to. False with
    // a log line when it cannot start (bad selector, nothing matches, busy).
    bool start(const MaintenancePlan &plan, Then then);
    // Stops the checks (nothing runs) or cancels the fleet run.
    void cancel();

Q_SIGNALS:
    void logLine(const QString &line);
    // The checks ended (Then::Check), or Run ended before anything was sent (refused, cancelled).
    void checked();
    void abandoned();
    // The fleet run started: the members and the fleet id (the runner's signals follow).
    void runStarted(const QString &fleetId);
    void finished(const moctl::FleetSummary &summary);

private:
    struct Check
    {
        std::optional<ConnectionSettings> settings; // nullopt: no password given
        PreflightReport report;
    };
    void askNextConnection();
    void startChecks();
    void checksDone();
    void setPhase(Phase phase) { m_phase = phase; }

    ConnectionSupplier m_supplier;
    Confirmer m_confirmer;
    RunRecorder *m_recorder = nullptr;
    QList<ConnectionProfile> m_profiles;
    int m_maxClusters = DefaultMaxClusters;
    Phase m_phase = Phase::Idle;
    Then m_then = Then::Check;
    bool m_cancelled = false;
    MaintenancePlan m_plan;
    QList<ConnectionProfile> m_targets;
    QList<std::optional<ConnectionSettings>> m_settings;
    QList<FleetMember> m_members;
    FleetRunner *m_runner = nullptr;
    QFutureWatcher<QList<Check>> m_watcher;
    CancelToken m_checkCancel;
};

} // namespace moctl
