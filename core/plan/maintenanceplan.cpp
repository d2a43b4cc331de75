#include "maintenanceplan.h"

#include "connection/profileselector.h"
#include "moctl/duration.h"
#include "moctl/identifier.h"
#include "moctl/statement.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

bool matchesGlob(const QString &glob, const QString &name)
{
    if (glob == u"*"_s)
        return true;
    QString re;
    for (const QChar c : glob) {
        if (c == u'*')
            re += u".*"_s;
        else if (c == u'?')
            re += u'.';
        else
            re += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re)).match(name).hasMatch();
}

bool hasWildcard(const QString &text)
{
    return text.contains(u'*') || text.contains(u'?');
}

} // namespace

bool isSystemDatabase(const QString &database)
{
    static const QStringList system = { u"information_schema"_s, u"mo_catalog"_s, u"mo_debug"_s, u"mo_task"_s,
        u"mysql"_s, u"system"_s, u"system_metrics"_s };
    return system.contains(database);
}

bool isValidPattern(const QString &pattern, QString *error)
{
    const ParsedTarget parsed = parseTableTarget(pattern.trimmed());
    if (parsed.error.isError()) {
        if (error)
            *error = QCoreApplication::translate("moctl::Plan",
                "The pattern \"%1\" cannot be read: use database.table, where * and ? match any "
                "characters (e.g. analytics_db.*).")
                         .arg(pattern);
        return false;
    }
    return true;
}

QList<TableRef> resolvePattern(
    const QString &pattern, const QList<TableRef> &known, std::optional<quint64> account)
{
    QList<TableRef> result;
    const ParsedTarget parsed = parseTableTarget(pattern.trimmed());
    if (parsed.error.isError())
        return result;
    const QString dbGlob = parsed.table.database;
    const QString tableGlob = parsed.table.table;
    const bool dbIsGlob = hasWildcard(dbGlob);
    const bool tableIsGlob = hasWildcard(tableGlob);
    const QString lowerDb = dbGlob.toLower();
    const QString lowerTable = tableGlob.toLower();
    const quint64 wanted = account.value_or(0);
    for (const TableRef &t : known) {
        if (t.accountId.value_or(0) != wanted)
            continue;
        if (dbIsGlob && isSystemDatabase(t.database))
            continue;
        if (tableIsGlob && isInternalTableName(t.table))
            continue; // index and partition tables only when named
        if ((matchesGlob(dbGlob, t.database) || matchesGlob(lowerDb, t.database))
            && (matchesGlob(tableGlob, t.table) || matchesGlob(lowerTable, t.table)))
            result << t;
    }
    return result;
}

QString patternKey(const QString &pattern, std::optional<quint64> account)
{
    return account ? pattern + u" @"_s + QString::number(*account) : pattern;
}

PatternResolution resolvePlanPatterns(const MaintenancePlan &plan, const QList<TableRef> &known)
{
    PatternResolution result;
    for (const PlanStep &step : plan.steps) {
        if (!step.enabled || !step.isFlush())
            continue;
        for (const QString &p : step.targets.patterns) {
            const QString key = patternKey(p, step.account);
            if (!result.contains(key))
                result.insert(key, resolvePattern(p, known, step.account));
        }
    }
    return result;
}

PatternResolution resolvePatterns(const QStringList &patterns, const QList<TableRef> &known)
{
    PatternResolution result;
    for (const QString &p : patterns)
        result.insert(p, resolvePattern(p, known));
    return result;
}

bool sameTable(const TableRef &a, const TableRef &b)
{
    if (a.tableId && b.tableId)
        return *a.tableId == *b.tableId;
    if (a.hasName() && b.hasName())
        return a.database == b.database && a.table == b.table && a.accountId == b.accountId;
    return a == b;
}

PlanStep PlanStep::flush(PlanTargets targets, QString label)
{
    PlanStep s;
    s.kind = OperationKind::Flush;
    s.targets = std::move(targets);
    s.label = std::move(label);
    return s;
}

PlanStep PlanStep::checkpoint(QString duration, QString label)
{
    PlanStep s;
    s.kind = OperationKind::Checkpoint;
    s.duration = std::move(duration);
    s.label = std::move(label);
    s.timeoutSeconds = 300;
    s.retries = 1;
    return s;
}

PlanStep PlanStep::globalCheckpoint(QString duration, QString label)
{
    PlanStep s = checkpoint(std::move(duration), std::move(label));
    s.kind = OperationKind::GlobalCheckpoint;
    return s;
}

PlanStep PlanStep::wait(int seconds, QString label)
{
    PlanStep s;
    s.kind = WaitStep;
    s.waitSeconds = seconds;
    s.label = std::move(label);
    return s;
}

PlanStep PlanStep::ofKind(StepKind kind)
{
    if (!kind)
        return wait(10);
    switch (*kind) {
    case OperationKind::Flush:
        return flush();
    case OperationKind::Checkpoint:
        return checkpoint();
    case OperationKind::GlobalCheckpoint:
        return globalCheckpoint();
    }
    return flush();
}

QString PlanStep::title() const
{
    return label.trimmed().isEmpty() ? stepKindTitle(kind) : label.trimmed();
}

ExecutionOptions PlanStep::executionOptions() const
{
    ExecutionOptions o;
    o.parallelism = isFlush() ? parallelism : 1;
    o.timeout = std::chrono::seconds(timeoutSeconds);
    o.retries = retries;
    return o;
}

QString stepKindName(StepKind kind)
{
    return kind ? operationName(*kind) : u"wait"_s;
}

QList<StepKind> stepKinds()
{
    return { OperationKind::Flush, OperationKind::Checkpoint, OperationKind::GlobalCheckpoint, WaitStep };
}

std::optional<StepKind> stepKindFromName(const QString &name)
{
    for (const StepKind &k : stepKinds()) {
        if (stepKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString stepKindTitle(StepKind kind)
{
    if (!kind)
        return QCoreApplication::translate("moctl::Plan", "Wait");
    switch (*kind) {
    case OperationKind::Flush:
        return QCoreApplication::translate("moctl::Plan", "Flush tables");
    case OperationKind::Checkpoint:
        return QCoreApplication::translate("moctl::Plan", "Incremental checkpoint");
    case OperationKind::GlobalCheckpoint:
        return QCoreApplication::translate("moctl::Plan", "Global checkpoint");
    }
    return {};
}

QString failurePolicyTitle(FailurePolicy policy)
{
    switch (policy) {
    case FailurePolicy::Stop:
        return QCoreApplication::translate("moctl::Plan", "Stop the plan");
    case FailurePolicy::Continue:
        return QCoreApplication::translate("moctl::Plan", "Continue with the next step");
    case FailurePolicy::SkipCheckpoints:
        return QCoreApplication::translate("moctl::Plan", "Continue, but skip the remaining checkpoints");
    }
    return {};
}

MaintenancePlan MaintenancePlan::create(const QString &name)
{
    MaintenancePlan plan;
    plan.id = QUuid::createUuid();
    plan.name = name;
    plan.created = QDateTime::currentDateTimeUtc();
    plan.created.setTime(QTime(plan.created.time().hour(), plan.created.time().minute(),
        plan.created.time().second())); // whole seconds: survives the file
    plan.modified = plan.created;
    return plan;
}

int MaintenancePlan::enabledStepCount() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const PlanStep &s) { return s.enabled; }));
}

QStringList MaintenancePlan::patterns() const
{
    QStringList result;
    for (const PlanStep &s : steps) {
        if (!s.enabled || !s.isFlush())
            continue;
        for (const QString &p : s.targets.patterns) {
            if (!result.contains(p))
                result << p;
        }
    }
    return result;
}

void MaintenancePlan::setSchedule(std::optional<Schedule> newSchedule)
{
    schedule = std::move(newSchedule);
    unreadableSchedule = QJsonValue();
    scheduleError.clear();
}

NotificationSettings MaintenancePlan::notificationsFor(RunTrigger trigger) const
{
    NotificationSettings n = notifications;
    if (trigger == RunTrigger::Scheduled && schedule && schedule->notify)
        n.when = *schedule->notify;
    return n;
}

QList<Operation> stepOperations(
    const PlanStep &step, const PatternResolution &resolution, const QList<TableInfo> *catalog)
{
    QList<Operation> ops;
    if (step.isWait())
        return ops;
    switch (*step.kind) {
    case OperationKind::Checkpoint:
        ops << Operation::checkpoint(step.duration.trimmed());
        break;
    case OperationKind::GlobalCheckpoint:
        ops << Operation::globalCheckpoint(step.duration.trimmed());
        break;
    case OperationKind::Flush: {
        QList<TableRef> tables;
        const auto add = [&tables](const TableRef &t) {
            for (const TableRef &have : std::as_const(tables)) {
                if (sameTable(have, t))
                    return;
            }
            tables << t;
        };
        for (TableRef t : step.targets.tables) {
            if (!t.accountId && step.account && *step.account != 0)
                t.accountId = step.account;
            if (catalog && t.hasName()) {
                // As MatrixOne finds it: the name as written, else lower-cased.
                const qsizetype found
                    = findTableIndex(*catalog, t.database, t.table, t.accountId.value_or(0));
                if (found >= 0) {
                    TableRef fresh = tableRefFor(catalog->at(found));
                    if (!fresh.tableId)
                        fresh.tableId = t.tableId;
                    t = fresh;
                }
            }
            add(t);
        }
        if (step.sizeRule) {
            for (const TableRef &t : resolution.value(sizeRuleKey(step)))
                add(t);
        } else {
            for (const QString &p : step.targets.patterns) {
                for (const TableRef &t : resolution.value(patternKey(p, step.account)))
                    add(t);
            }
        }
        if (step.withCompanions && catalog)
            tables = withCompanions(tables, *catalog);
        for (const TableRef &t : std::as_const(tables))
            ops << Operation::flush(t);
        break;
    }
    }
    return ops;
}

RunRequest toRunRequest(const MaintenancePlan &plan, const ConnectionSettings &settings,
    const PatternResolution &resolution, RunTrigger trigger, const QList<TableInfo> *catalog)
{
    RunRequest request;
    request.settings = settings;
    request.profileId = plan.profileId;
    request.planId = plan.idString();
    request.planName = plan.name;
    request.trigger = trigger;
    request.policy = plan.policy;
    for (const PlanStep &step : plan.steps) {
        if (!step.enabled)
            continue;
        RunStep rs;
        rs.label = step.title();
        rs.options = step.executionOptions();
        if (step.isWait()) {
            rs.kind = RunStep::Kind::Wait;
            rs.waitSeconds = step.waitSeconds;
        } else {
            rs.kind = RunStep::Kind::Operations;
            rs.operations = stepOperations(step, resolution, catalog);
            if (step.kind == OperationKind::GlobalCheckpoint)
                rs.minIncrementals = step.minIncrementals;
            // Rows and size of each flushed table, when the catalog was read with figures (size rules):
            // History keeps them, and "grown by" compares with them next time.
            if (catalog && step.isFlush()) {
                for (const Operation &op : std::as_const(rs.operations)) {
                    qint64 rows = -1;
                    qint64 bytes = -1;
                    for (const TableInfo &t : *catalog) {
                        if (sameTable(tableRefFor(t), op.table)
                            || (op.table.tableId && t.id == *op.table.tableId)) {
                            rows = t.rows;
                            bytes = t.sizeBytes;
                            break;
                        }
                    }
                    rs.figures << std::pair { rows, bytes };
                }
            }
        }
        request.steps << rs;
    }
    return request;
}

namespace {

template <typename Comment>
void sizeRulePreview(int i, const PlanStep &step, const PatternResolution &resolution,
    const SizeRuleSelections *selections, const Comment &comment)
{
    comment(i,
        QCoreApplication::translate("moctl::Plan", "size rule: %1, over %2")
            .arg(step.sizeRule->describe(),
                step.targets.patterns.isEmpty()
                    ? QCoreApplication::translate("moctl::Plan", "every user table of the account")
                    : QCoreApplication::translate("moctl::Plan", "the tables the patterns match")));
    const QString key = sizeRuleKey(step);
    if (!selections || !selections->contains(key)) {
        if (!resolution.contains(key))
            comment(i,
                QCoreApplication::translate("moctl::Plan",
                    "size rule: evaluated from mo_table_rows() and mo_table_size() when the plan runs"));
        return;
    }
    const SizeRuleResult &r = selections->value(key);
    comment(i,
        QCoreApplication::translate(
            "moctl::Plan", "size rule selects %n of %1 table(s) now:", nullptr, int(r.selected.size()))
            .arg(r.candidates.size()));
    for (const SizeRuleCandidate &c : r.candidates) {
        const QString rows = c.now.rows < 0
            ? QCoreApplication::translate("moctl::Plan", "? rows")
            : QCoreApplication::translate("moctl::Plan", "%1 rows").arg(formatRows(c.now.rows));
        const QString size = c.now.bytes < 0 ? u"?"_s : formatSize(c.now.bytes);
        comment(i,
            u"  %1 %2  %3, %4  (%5)"_s.arg(
                c.selected ? u"+"_s : u"-"_s, c.table.display(), rows, size, c.reason));
    }
}

} // namespace

QList<PreviewLine> previewLines(
    const MaintenancePlan &plan, const PatternResolution &resolution, const SizeRuleSelections *selections)
{
    QList<PreviewLine> lines;
    const auto comment = [&lines](int step, const QString &text) {
        lines << PreviewLine { PreviewLine::Kind::Comment, step, u"-- "_s + text };
    };
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        if (!step.enabled) {
            comment(i,
                QCoreApplication::translate("moctl::Plan", "Step %1: %2 (disabled, not sent)")
                    .arg(i + 1)
                    .arg(step.title()));
            continue;
        }
        comment(i, QCoreApplication::translate("moctl::Plan", "Step %1: %2").arg(i + 1).arg(step.title()));
        if (step.isWait()) {
            comment(i,
                QCoreApplication::translate("moctl::Plan", "wait %n second(s)", nullptr, step.waitSeconds));
            continue;
        }
        if (step.isFlush()) {
            if (step.account)
                comment(
                    i, QCoreApplication::translate("moctl::Plan", "tables of account %1").arg(*step.account));
            if (step.withCompanions)
                comment(i,
                    QCoreApplication::translate("moctl::Plan",
                        "with each table's index and partition tables (resolved when the plan runs)"));
            for (const QString &p : step.targets.patterns) {
                const QString key = patternKey(p, step.account);
                if (!resolution.contains(key)) {
                    comment(i,
                        QCoreApplication::translate("moctl::Plan", "pattern %1: resolved when the plan runs")
                            .arg(p));
                    continue;
                }
                QStringList names;
                for (const TableRef &t : resolution.value(key))
                    names << t.display();
                comment(i,
                    names.isEmpty()
                        ? QCoreApplication::translate("moctl::Plan", "pattern %1 matches no table").arg(p)
                        : QCoreApplication::translate("moctl::Plan", "pattern %1 matches %2")
                              .arg(p, names.join(u", "_s)));
            }
            if (step.sizeRule)
                sizeRulePreview(i, step, resolution, selections, comment);
        }
        if (step.kind == OperationKind::GlobalCheckpoint && step.minIncrementals > 0)
            comment(i,
                QCoreApplication::translate("moctl::Plan",
                    "only when at least %n incremental checkpoint(s) have piled up since the last global one "
                    "(checked just before)",
                    nullptr, step.minIncrementals));
        for (const Operation &op : stepOperations(step, resolution)) {
            if (op.kind == OperationKind::Flush && !op.table.tableId && needsTableId(op.table)) {
                comment(i,
                    QCoreApplication::translate(
                        "moctl::Plan", "%1 contains a dot; its id is looked up first:")
                        .arg(op.table.display()));
                comment(i,
                    tableIdQuery(op.table.database, op.table.table, op.table.accountId.value_or(0)) + u';');
                lines << PreviewLine { PreviewLine::Kind::Statement, i,
                    u"SELECT mo_ctl('dn', 'flush', '<rel_id>');"_s };
                continue;
            }
            const Statement statement = buildStatement(op);
            if (statement.ok())
                lines << PreviewLine { PreviewLine::Kind::Statement, i, statement.sql + u';' };
            else
                lines << PreviewLine { PreviewLine::Kind::Error, i, u"-- "_s + statement.error.message() };
        }
    }
    return lines;
}

QString previewText(const QList<PreviewLine> &lines)
{
    QString text;
    for (const PreviewLine &l : lines)
        text += l.text + u'\n';
    return text;
}

QString templateTitle(PlanTemplate which)
{
    switch (which) {
    case PlanTemplate::DatabaseMaintenance:
        return QCoreApplication::translate("moctl::Plan", "Database maintenance");
    case PlanTemplate::BackupPreparation:
        return QCoreApplication::translate("moctl::Plan", "Backup preparation");
    case PlanTemplate::PerformanceUpkeep:
        return QCoreApplication::translate("moctl::Plan", "Performance upkeep");
    case PlanTemplate::CoordinatedCheckpoint:
        return QCoreApplication::translate("moctl::Plan", "Coordinated checkpoint");
    case PlanTemplate::Count:
        break;
    }
    return {};
}

QString templateDescription(PlanTemplate which)
{
    switch (which) {
    case PlanTemplate::DatabaseMaintenance:
        return QCoreApplication::translate("moctl::Plan",
            "Flush the critical tables, then force an incremental checkpoint and a global checkpoint.");
    case PlanTemplate::BackupPreparation:
        return QCoreApplication::translate("moctl::Plan",
            "Flush every table of the databases to back up, then force an incremental checkpoint and a "
            "global checkpoint so the backup sees persisted data.");
    case PlanTemplate::PerformanceUpkeep:
        return QCoreApplication::translate("moctl::Plan",
            "Flush the largest tables (by rows and size, read just before the run), then force an "
            "incremental checkpoint and a global checkpoint to keep replay short.");
    case PlanTemplate::CoordinatedCheckpoint:
        return QCoreApplication::translate(
            "moctl::Plan", "Flush the critical tables, then force a global checkpoint.");
    case PlanTemplate::Count:
        break;
    }
    return {};
}

MaintenancePlan makeTemplate(PlanTemplate which, const TemplateInputs &inputs)
{
    MaintenancePlan plan = MaintenancePlan::create(templateTitle(which));
    plan.description = templateDescription(which);
    PlanTargets critical;
    critical.tables = inputs.tables;
    switch (which) {
    case PlanTemplate::DatabaseMaintenance:
        plan.steps << PlanStep::flush(
            critical, QCoreApplication::translate("moctl::Plan", "Flush critical tables"))
                   << PlanStep::checkpoint() << PlanStep::globalCheckpoint();
        plan.policy = FailurePolicy::SkipCheckpoints;
        break;
    case PlanTemplate::BackupPreparation: {
        PlanTargets all;
        for (const QString &db : inputs.databases)
            all.patterns << quoteIdentifierIfNeeded(db) + u".*"_s;
        PlanStep flush = PlanStep::flush(
            all, QCoreApplication::translate("moctl::Plan", "Flush all tables of the databases to back up"));
        flush.withCompanions = true; // a backup needs the index and partition tables' data persisted too
        plan.steps << flush << PlanStep::checkpoint() << PlanStep::globalCheckpoint();
        plan.policy = FailurePolicy::Stop; // a backup after a failed flush would be incomplete
        break;
    }
    case PlanTemplate::PerformanceUpkeep: {
        // By measure, not by name: the 10 largest tables (by size) of at least 100,000 rows, read just
        // before the run, plus the tables given.
        PlanTargets large;
        large.tables = inputs.tables;
        PlanStep flush
            = PlanStep::flush(large, QCoreApplication::translate("moctl::Plan", "Flush the largest tables"));
        SizeRule rule;
        rule.minRows = 100000;
        rule.largest = 10;
        flush.sizeRule = rule;
        flush.parallelism = 2; // large tables: go easy on the cluster
        flush.timeoutSeconds = 300;
        plan.steps << flush << PlanStep::checkpoint() << PlanStep::globalCheckpoint();
        plan.policy = FailurePolicy::Continue;
        break;
    }
    case PlanTemplate::CoordinatedCheckpoint:
        plan.steps << PlanStep::flush(
            critical, QCoreApplication::translate("moctl::Plan", "Flush critical tables"))
                   << PlanStep::globalCheckpoint();
        plan.policy = FailurePolicy::Stop;
        break;
    case PlanTemplate::Count:
        break;
    }
    return plan;
}

QList<PlanIssue> validate(
    const MaintenancePlan &plan, const QList<TableRef> *knownTables, const QStringList *knownProfiles)
{
    QList<PlanIssue> issues;
    const auto add
        = [&issues](int step, const QString &field, PlanIssue::Severity severity, const QString &msg) {
              issues << PlanIssue { step, field, severity, msg };
          };
    using S = PlanIssue::Severity;
    if (plan.name.trimmed().isEmpty())
        add(-1, u"name"_s, S::Error, QCoreApplication::translate("moctl::Plan", "The plan has no name."));
    if (plan.steps.isEmpty())
        add(-1, u"steps"_s, S::Error, QCoreApplication::translate("moctl::Plan", "The plan has no steps."));
    else if (plan.enabledStepCount() == 0)
        add(-1, u"steps"_s, S::Error,
            QCoreApplication::translate("moctl::Plan", "Every step of the plan is disabled."));
    if (plan.isFleet()) {
        QString why;
        if (!ProfileSelector::parse(plan.profiles, &why))
            add(-1, u"profiles"_s, S::Error,
                QCoreApplication::translate("moctl::Plan", "The plan's profiles (%1): %2")
                    .arg(plan.profiles, why));
    } else if (plan.profileId.isEmpty())
        add(-1, u"profile"_s, S::Warning,
            QCoreApplication::translate(
                "moctl::Plan", "No profile is chosen; the plan can only run with one given."));
    else if (knownProfiles && !knownProfiles->contains(plan.profileId))
        add(-1, u"profile"_s, S::Error,
            QCoreApplication::translate("moctl::Plan", "The plan's profile (%1) does not exist.")
                .arg(plan.profileId));

    QList<TableRef> flushedEarlier;
    bool anySends = false;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        if (!step.isWait()) {
            if (step.timeoutSeconds < 1 || step.timeoutSeconds > 86400)
                add(i, u"timeout"_s, S::Error,
                    QCoreApplication::translate(
                        "moctl::Plan", "The timeout must be from 1 to 86400 seconds."));
            if (step.retries < 0 || step.retries > 20)
                add(i, u"retries"_s, S::Error,
                    QCoreApplication::translate("moctl::Plan", "Retries must be from 0 to 20."));
        }
        if (step.isWait()) {
            if (step.waitSeconds < 0 || step.waitSeconds > 86400)
                add(i, u"wait"_s, S::Error,
                    QCoreApplication::translate("moctl::Plan", "A wait must be from 0 to 86400 seconds."));
            else if (step.waitSeconds == 0 && step.enabled)
                add(i, u"wait"_s, S::Warning,
                    QCoreApplication::translate("moctl::Plan", "A wait of 0 seconds does nothing."));
            continue;
        }
        switch (*step.kind) {
        case OperationKind::Checkpoint:
        case OperationKind::GlobalCheckpoint:
            if (MoError e = checkDuration(step.duration.trimmed()); e.isError())
                add(i, u"duration"_s, S::Error,
                    e.message() + u' '
                        + QCoreApplication::translate(
                            "moctl::Plan", "Leave it empty for the server's default."));
            else if (const QString w = durationLimitWarning(
                         step.duration.trimmed(), std::chrono::seconds(step.timeoutSeconds));
                     !w.isEmpty())
                add(i, u"duration"_s, S::Warning, w);
            if (step.minIncrementals < 0 || step.minIncrementals > 100000)
                add(i, u"minIncrementals"_s, S::Error,
                    QCoreApplication::translate(
                        "moctl::Plan", "The number of incremental checkpoints must be from 0 to 100000."));
            else if (step.minIncrementals > 0 && step.kind != OperationKind::GlobalCheckpoint)
                add(i, u"minIncrementals"_s, S::Error,
                    QCoreApplication::translate("moctl::Plan",
                        "Only a global checkpoint step can wait for incremental checkpoints."));
            anySends = anySends || step.enabled;
            break;
        case OperationKind::Flush: {
            if (step.parallelism < 1 || step.parallelism > 64)
                add(i, u"parallelism"_s, S::Error,
                    QCoreApplication::translate(
                        "moctl::Plan", "Parallelism must be from 1 to 64 tables at once."));
            if (step.account && *step.account > 0xffffffffULL) // MatrixOne: an account id is a uint32
                add(i, u"account"_s, S::Error,
                    QCoreApplication::translate(
                        "moctl::Plan", "An account id must be from 0 to 4294967295."));
            if (step.sizeRule) {
                for (const QString &problem : sizeRuleProblems(*step.sizeRule))
                    add(i, u"sizeRule"_s, S::Error, problem);
            } else if (step.targets.isEmpty()) {
                add(i, u"targets"_s, S::Error,
                    QCoreApplication::translate("moctl::Plan", "The flush step has no tables or patterns."));
                break;
            }
            anySends = anySends || step.enabled;
            QList<TableRef> seen;
            for (const TableRef &t : step.targets.tables) {
                if (!t.tableId) {
                    bool bad = false;
                    for (const auto &[name, what] :
                        { std::pair { t.database, QCoreApplication::translate("moctl::Plan", "database") },
                            std::pair { t.table, QCoreApplication::translate("moctl::Plan", "table") } }) {
                        if (MoError e = validateName(name, what); e.isError()) {
                            add(i, u"targets"_s, S::Error, e.message());
                            bad = true;
                            break;
                        }
                    }
                    if (bad)
                        continue;
                }
                bool duplicate = false;
                for (const TableRef &s : std::as_const(seen))
                    duplicate = duplicate || sameTable(s, t);
                if (duplicate) {
                    add(i, u"targets"_s, S::Warning,
                        QCoreApplication::translate("moctl::Plan", "%1 is listed twice in this step.")
                            .arg(t.display()));
                    continue;
                }
                seen << t;
                if (step.enabled) {
                    for (const TableRef &e : std::as_const(flushedEarlier)) {
                        if (sameTable(e, t)) {
                            add(i, u"targets"_s, S::Warning,
                                QCoreApplication::translate(
                                    "moctl::Plan", "%1 is already flushed by an earlier step.")
                                    .arg(t.display()));
                            break;
                        }
                    }
                }
                if (knownTables && t.hasName()) {
                    const quint64 account = t.accountId.value_or(step.account.value_or(0));
                    const bool exists = std::any_of(
                        knownTables->cbegin(), knownTables->cend(), [&](const TableRef &k) {
                            return k.accountId.value_or(0) == account
                                && sameIdentifier(t.database, k.database) && sameIdentifier(t.table, k.table);
                        });
                    if (!exists)
                        add(i, u"targets"_s, S::Error,
                            QCoreApplication::translate("moctl::Plan", "The table %1 does not exist.")
                                .arg(t.display()));
                }
            }
            if (step.enabled)
                flushedEarlier << seen;
            QStringList seenPatterns;
            for (const QString &p : step.targets.patterns) {
                QString why;
                if (!isValidPattern(p, &why)) {
                    add(i, u"targets"_s, S::Error, why);
                    continue;
                }
                if (seenPatterns.contains(p.trimmed())) {
                    add(i, u"targets"_s, S::Warning,
                        QCoreApplication::translate(
                            "moctl::Plan", "The pattern %1 is listed twice in this step.")
                            .arg(p));
                    continue;
                }
                seenPatterns << p.trimmed();
                if (knownTables && resolvePattern(p, *knownTables, step.account).isEmpty())
                    add(i, u"targets"_s, S::Warning,
                        QCoreApplication::translate("moctl::Plan", "The pattern %1 matches no table.")
                            .arg(p));
            }
            break;
        }
        }
    }
    if (!plan.steps.isEmpty() && plan.enabledStepCount() > 0 && !anySends)
        add(-1, u"steps"_s, S::Error,
            QCoreApplication::translate("moctl::Plan", "The plan sends nothing: it has only waits."));
    return issues;
}

bool hasErrors(const QList<PlanIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
        [](const PlanIssue &i) { return i.severity == PlanIssue::Severity::Error; });
}

} // namespace moctl
