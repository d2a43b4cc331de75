#pragma once

// The commands of moctl. Each returns an exit code (cli.h). Add a command here and in the table in
// cli.cpp.
#include "cli.h"
#include "moctl/operation.h"

namespace moctl {
class HistoryStore;
class Scheduler;
struct MaintenancePlan;
struct RunNotice;
struct PlanNextRun;
} // namespace moctl

#include <memory>

namespace moctl::cli {

int commandFlush(Context &context);
// moctl profiles list|show|add|remove (cli_profiles.cpp).
int commandProfiles(Context &context);
// The profiles file for this invocation (honours --data-dir / MOCTL_DATA_DIR).
QString profilesPath(Context &context);
// The --ssl-mode, --ssl-ca, --ssl-cert and --ssl-key given on the command line, over the settings' own
// (cli_connection.cpp).
void applyTlsOptions(const Context &context, ConnectionSettings &s);
// Standard input without the trailing newline.
QString readPasswordFromStdin(Context &context);
// The password in a regular file that not every user can read, without its trailing newline
// (cli_secrets.cpp). nullopt with a translated *error otherwise; never prints the password.
std::optional<QString> readPasswordFile(const QString &path, QString *error);
int commandCheckpoint(Context &context, OperationKind kind);
// moctl checkpoints: MatrixOne's checkpoint list (cli_checkpoints.cpp).
int commandCheckpoints(Context &context);
// moctl tables [DB...] [--system]: databases, tables, ids, rows and sizes (cli_tables.cpp).
int commandTables(Context &context);
// Runs ad-hoc operations (validated first; --dry-run prints them), recording history.
// `connection`: already resolved (asked for once: a password read from stdin cannot be read twice).
int runOperations(Context &context, const QList<Operation> &operations, const ExecutionOptions &options,
    const ResolvedConnection *connection = nullptr);
// Runs a prepared request (Ctrl+C cancels), prints each outcome and a summary, records history;
// returns the exit code.
// `summary`, when given, receives the run's summary.
int runRequest(Context &context, const RunRequest &request, RunSummary *summary = nullptr);
// moctl run-plan FILE|NAME, moctl plans list|show|validate (cli_plans.cpp)
int commandRunPlan(Context &context);
// run-plan on a fleet (cli_fleet.cpp): every profile `selector` names, clusters in parallel. The plan is
// valid already; `fromOption`: the selector came from --profiles (else from the plan).
struct FleetOptions
{
    int maxClusters = 8;
    bool notify = false;
    std::optional<QString> metricsTextfile;
};
int runFleetPlan(Context &context, const MaintenancePlan &plan, const QString &selector, bool fromOption,
    const FleetOptions &options);
// The exit code of several runs: the one of highest precedence (2 > 3 > 4 > 1 > 5 > 0).
int worstExitCode(const QList<int> &codes);
int commandPlans(Context &context);

// moctl schedule list|run, moctl serve (cli_schedule.cpp)
int commandSchedule(Context &context);
int commandServe(Context &context);

// The history recorder for CLI runs (trigger cli). Never null: when the history cannot be opened
// (the reason is printed) the store keeps the run in memory and runRequest() reports it (exit 5).
std::unique_ptr<HistoryStore> makeRecorder(Context &context);
// Opens the history of --data-dir (or the standard place); null, with the reason printed, when it
// cannot be opened.
std::unique_ptr<HistoryStore> openHistory(Context &context);

// After a run (cli_notify.cpp): posts the plan's webhook when its settings say so (a scheduled run:
// its schedule's "notify" when it has one); a failure is printed on stderr and recorded as a history
// event ("notify-failed"), never an exit code.
void notifyRun(Context &context, const MaintenancePlan &plan, const RunNotice &notice, HistoryStore *history);
// The plan's notifications in one line (plans notify, plans show): "notify failure; webhook: yes (slack);
// desktop: no", then "; scheduled runs: always" when the plan has a schedule.
QString notificationsText(const MaintenancePlan &plan);
// Each scheduled plan's next run: from `scheduler` when given, else from the schedule state file.
QList<PlanNextRun> planNextRuns(Context &context, const Scheduler *scheduler);
// The metrics text (metrics/metrics.h) from the history and the schedules.
QByteArray collectMetrics(Context &context, const HistoryStore &history, const Scheduler *scheduler);

// moctl history [--limit N] [--status S] [--search TEXT] [--run ID] [--purge-older-than DAYS]
int commandHistory(Context &context);

} // namespace moctl::cli
