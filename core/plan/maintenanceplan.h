#pragma once

#include "catalog/tableselection.h"
#include "connection/connectionsettings.h"
#include "moctl/operation.h"
#include "notify/notification.h"
#include "runner/runtypes.h"
#include "schedule/schedule.h"
#include "sizerule.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace moctl {

// What a flush step flushes: explicit tables and name patterns ("analytics_db.*", "*.event*"), the
// catalog's TableSelection. Plans resolve patterns with resolvePattern() below: db.table where each
// part is a glob (* and ?), backticks as in parseTableTarget(); a database glob never matches the
// system databases.
using PlanTargets = TableSelection;

// The databases a pattern's database glob never matches.
bool isSystemDatabase(const QString &database);
// Checks a pattern's syntax; a translated reason in *error when it is not usable.
bool isValidPattern(const QString &pattern, QString *error = nullptr);
// The known tables a pattern matches, in the order of `known`: the tables of `account` (a reference
// without an account is the connection's own), names as written or lower-cased (MatrixOne's rule),
// MatrixOne's internal tables (index, partition, ...) only when the pattern names the table literally.
QList<TableRef> resolvePattern(
    const QString &pattern, const QList<TableRef> &known, std::optional<quint64> account = {});
// Pattern -> the tables it resolved to (from the catalog or mo_catalog.mo_tables). A flush step that
// names an account resolves its patterns under patternKey(pattern, account).
using PatternResolution = QHash<QString, QList<TableRef>>;
PatternResolution resolvePatterns(const QStringList &patterns, const QList<TableRef> &known);
QString patternKey(const QString &pattern, std::optional<quint64> account);
// Same table (by id when both have one, else by database, table and account).
bool sameTable(const TableRef &a, const TableRef &b);

// What a step does: one of MatrixOne's operations (OperationKind: flush, checkpoint, global checkpoint),
// or, when empty, a wait between them. No second enum for the operations.
using StepKind = std::optional<OperationKind>;
inline constexpr StepKind WaitStep = std::nullopt;

// One step of a plan. Every step can be disabled without being deleted.
struct PlanStep
{
    StepKind kind = OperationKind::Flush;
    bool enabled = true;
    QString label; // optional; title() falls back to the kind's title
    // Flush
    PlanTargets targets;
    int parallelism = 4;
    // The tenant whose tables the step flushes (sys: every tenant's tables are visible); none = the
    // connection's own account. Names are sent as db.tbl.<account>.
    std::optional<quint64> account;
    // Also flush each table's index and partition tables (MatrixOne flushes exactly one table id).
    bool withCompanions = false;
    // Selection by measure (rows, size, largest, growth) over the step's candidates: its patterns'
    // tables, or every user table of its account when it has none. Explicit tables are flushed too.
    std::optional<SizeRule> sizeRule;
    // Flush and checkpoints
    int timeoutSeconds = 120; // per attempt, client side
    int retries = 2;
    // Checkpoints: empty, or a Go duration such as "30s" (MatrixOne's own timeout)
    QString duration;
    // Global checkpoint: sent only when at least this many incrementals have piled up since the last
    // global checkpoint (read from MatrixOne's checkpoint list just before); 0 = always.
    int minIncrementals = 0;
    // Wait
    int waitSeconds = 10;

    static PlanStep flush(PlanTargets targets = {}, QString label = {});
    static PlanStep checkpoint(QString duration = {}, QString label = {});
    static PlanStep globalCheckpoint(QString duration = {}, QString label = {});
    static PlanStep wait(int seconds, QString label = {});
    // A new step of that kind with its defaults (a wait: 10 seconds).
    static PlanStep ofKind(StepKind kind);

    bool isWait() const { return !kind; }
    bool isFlush() const { return kind == OperationKind::Flush; }
    bool isCheckpoint() const
    {
        return kind == OperationKind::Checkpoint || kind == OperationKind::GlobalCheckpoint;
    }
    QString title() const;
    ExecutionOptions executionOptions() const;

    friend bool operator==(const PlanStep &, const PlanStep &) = default;
};

// Stable names for files and the CLI: "flush", "checkpoint", "global-checkpoint" (operationName()), "wait".
QString stepKindName(StepKind kind);
std::optional<StepKind> stepKindFromName(const QString &name);
QString stepKindTitle(StepKind kind); // translated
// Every step kind, in the order offered to people: flush, checkpoint, global checkpoint, wait.
QList<StepKind> stepKinds();
QString failurePolicyTitle(FailurePolicy policy); // translated

// A saved maintenance plan: a value type, stored by PlanStore as one JSON file.
struct MaintenancePlan
{
    QUuid id;
    QString name;
    QString description;
    QString profileId; // the profile it runs against (ConnectionProfile id), may be empty
    // A fleet plan: the profiles it runs on, a ProfileSelector's text (`group:prod`, `tag:eu`, `all`,
    // `a,b`); non-empty = it runs on every matching profile and `profileId` is unused.
    QString profiles;
    QList<PlanStep> steps;
    FailurePolicy policy = FailurePolicy::Stop;
    QString notes;
    // When the plan runs on its own (the file's "schedule"); none = not scheduled.
    std::optional<Schedule> schedule;
    // A "schedule" in the file that cannot be read: kept as found and written back unchanged (never
    // lost silently), with the reason (translated); `schedule` is empty then. setSchedule() replaces it.
    QJsonValue unreadableSchedule;
    QString scheduleError;
    // Who is told of its runs (webhook URL in the keychain, never here).
    NotificationSettings notifications;
    QDateTime created;
    QDateTime modified;

    // A new empty plan with a fresh id and timestamps.
    static MaintenancePlan create(const QString &name);
    QString idString() const { return id.toString(QUuid::WithoutBraces); }
    int enabledStepCount() const;
    bool isFleet() const { return !profiles.trimmed().isEmpty(); }
    // Every pattern of the enabled flush steps, without duplicates.
    QStringList patterns() const;
    // Sets (or, with none, removes) the schedule, dropping an unreadable one.
    void setSchedule(std::optional<Schedule> newSchedule);
    // The notifications of a run started by `trigger`: the plan's, except that a scheduled run takes its
    // schedule's "notify" when the schedule has one.
    NotificationSettings notificationsFor(RunTrigger trigger) const;

    friend bool operator==(const MaintenancePlan &, const MaintenancePlan &) = default;
};

// Every pattern of the plan's enabled flush steps resolved against `known`, keyed by patternKey().
PatternResolution resolvePlanPatterns(const MaintenancePlan &plan, const QList<TableRef> &known);

// The key a flush step's size-rule selection is kept under in a PatternResolution (from the rule,
// the patterns and the account: two steps with the same ones select the same tables).
QString sizeRuleKey(const PlanStep &step);
bool hasSizeRules(const MaintenancePlan &plan); // an enabled flush step has one
// The tables a step's rule is applied to: its patterns' tables, or every user table of its account
// (MatrixOne's internal tables and system databases left out).
QList<TableInfo> sizeRuleCandidates(const PlanStep &step, const QList<TableInfo> &catalog);
// What each enabled flush step's rule selects from `catalog` (with figures) now, keyed by sizeRuleKey();
// the selections are also put into *resolution, where stepOperations() finds them.
using SizeRuleSelections = QHash<QString, SizeRuleResult>;
SizeRuleSelections resolveSizeRules(const MaintenancePlan &plan, const QList<TableInfo> &catalog,
    const FiguresBaseline &baseline, PatternResolution *resolution);

// The operations one step sends: explicit tables, then each pattern's resolved tables (with a size
// rule: the rule's selection from `resolution` instead), without duplicates. A pattern missing from
// `resolution` contributes nothing. With `catalog`, names are found as MatrixOne finds them (lower-cased when
// needed) and, withCompanions, each table's index and partition tables follow it.
QList<Operation> stepOperations(
    const PlanStep &step, const PatternResolution &resolution, const QList<TableInfo> *catalog = nullptr);

// The run a plan becomes: disabled steps are left out, patterns replaced by what they resolved to.
RunRequest toRunRequest(const MaintenancePlan &plan, const ConnectionSettings &settings,
    const PatternResolution &resolution, RunTrigger trigger = RunTrigger::Manual,
    const QList<TableInfo> *catalog = nullptr);

// What the plan will send, line by line, for the SQL preview and `--dry-run`: statements (exactly
// as buildStatement() makes them, with ';') and comments (step headers, waits, patterns and what
// they resolve to, disabled steps, names resolved by id). A pattern missing from `resolution`
// is shown as "resolved when the plan runs".
struct PreviewLine
{
    enum class Kind { Comment, Statement, Error };
    Kind kind = Kind::Comment;
    int stepIndex = -1;
    QString text;
};
// With `selections`, a size rule's lines list every candidate with its rows and size and whether it is
// selected.
QList<PreviewLine> previewLines(const MaintenancePlan &plan, const PatternResolution &resolution = {},
    const SizeRuleSelections *selections = nullptr);
QString previewText(const QList<PreviewLine> &lines);

// Ready-made plans from the MatrixOne guide, to adapt.
enum class PlanTemplate {
    DatabaseMaintenance,
    BackupPreparation,
    PerformanceUpkeep,
    CoordinatedCheckpoint,
    Count
};
struct TemplateInputs
{
    QList<TableRef> tables; // critical tables (maintenance, coordinated checkpoint)
    QStringList databases; // databases to back up (backup preparation): flushed as "db.*"
};
QString templateTitle(PlanTemplate which); // translated
QString templateDescription(PlanTemplate which); // translated
MaintenancePlan makeTemplate(PlanTemplate which, const TemplateInputs &inputs = {});

// Validation before save and run.
struct PlanIssue
{
    enum class Severity { Warning, Error };
    int stepIndex = -1; // -1: the plan itself
    QString field; // "name", "steps", "targets", "parallelism", "timeout", "retries", "duration", "wait",
                   // "profile"
    Severity severity = Severity::Error;
    QString message; // translated
};
// `knownTables`: the catalog's tables when available; then unknown tables and patterns matching
// nothing are reported too. `knownProfiles`: ids of existing profiles, when known.
QList<PlanIssue> validate(const MaintenancePlan &plan, const QList<TableRef> *knownTables = nullptr,
    const QStringList *knownProfiles = nullptr);
bool hasErrors(const QList<PlanIssue> &issues);

} // namespace moctl

Q_DECLARE_METATYPE(moctl::MaintenancePlan)
