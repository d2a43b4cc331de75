// moctl run-plan / moctl plans list|show|validate
#include "cli_commands.h"
#include "security/textsafety.h"

#include "apppaths.h"
#include "connection/profilestore.h"
#include "history/historystore.h"
#include "plan/planstore.h"
#include "plan/preflight.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {


PlanStore openStore(Context &context)
{
    if (!context.dataDir.isEmpty())
        AppPaths::setDataDirectory(context.dataDir);
    PlanStore store(AppPaths::plansDirectory());
    // A plan naming a profile that is not in a readable profile file is listed as broken.
    ProfileStore profiles(profilesPath(context));
    if (profiles.load()) {
        QStringList ids;
        for (const ConnectionProfile &p : profiles.profiles())
            ids << p.idString();
        store.setKnownProfiles(ids);
    }
    store.load();
    return store;
}

QString problemName(PlanStore::Problem problem)
{
    switch (problem) {
    case PlanStore::Problem::None: return u"ok"_s;
    case PlanStore::Problem::Corrupt: return u"corrupt"_s;
    case PlanStore::Problem::TooNew: return u"too-new"_s;
    case PlanStore::Problem::UnknownProfile: return u"unknown-profile"_s;
    }
    return {};
}

// The plan named on the command line; prints the problem and sets *exitCode when there is none.
std::optional<PlanStore::Entry> takePlan(Context &context, const PlanStore &store, int *exitCode)
{
    const QStringList rest = context.args.remaining();
    if (rest.isEmpty()) {
        *exitCode = context.usageError(QCoreApplication::translate("moctl::cli", "Name a plan (its name, id or file)."));
        return std::nullopt;
    }
    if (rest.size() > 1) {
        *exitCode = context.usageError(QCoreApplication::translate("moctl::cli", "Unexpected argument %1.").arg(rest.at(1)));
        return std::nullopt;
    }
    std::optional<PlanStore::Entry> entry = store.find(rest.first());
    if (!entry) {
        *exitCode = context.usageError(
            QCoreApplication::translate("moctl::cli", "No plan \"%1\" in %2 (and no such file).").arg(rest.first(), store.directory()));
        return std::nullopt;
    }
    if (!entry->plan) {
        *exitCode = context.usageError(QCoreApplication::translate("moctl::cli", "The plan file %1 cannot be used: %2").arg(entry->path, entry->error));
        return std::nullopt;
    }
    return entry;
}

QString severityName(PlanIssue::Severity s)
{
    return s == PlanIssue::Severity::Error ? u"error"_s : u"warning"_s;
}

void printIssues(Context &context, const QString &planName, const QList<PlanIssue> &issues, QTextStream &stream)
{
    for (const PlanIssue &issue : issues) {
        if (context.format == OutputFormat::Json) {
            QJsonObject o;
            o.insert(u"plan"_s, planName);
            o.insert(u"severity"_s, severityName(issue.severity));
            o.insert(u"step"_s, issue.stepIndex + 1);
            o.insert(u"field"_s, issue.field);
            o.insert(u"message"_s, issue.message);
            stream << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
            continue;
        }
        const QString where = issue.stepIndex < 0 ? QCoreApplication::translate("moctl::cli", "plan") : QCoreApplication::translate("moctl::cli", "step %1").arg(issue.stepIndex + 1);
        stream << planName << ": " << severityName(issue.severity) << ": " << where << " (" << issue.field
               << "): " << issue.message << '\n';
    }
    stream.flush();
}

int plansList(Context &context, const PlanStore &store)
{
    for (const PlanStore::Entry &e : store.entries()) {
        const QString file = QFileInfo(e.path).fileName();
        if (context.format == OutputFormat::Json) {
            QJsonObject o;
            o.insert(u"file"_s, file);
            o.insert(u"status"_s, problemName(e.problem));
            if (e.plan) {
                o.insert(u"id"_s, e.plan->idString());
                o.insert(u"name"_s, e.plan->name);
                o.insert(u"steps"_s, int(e.plan->steps.size()));
                o.insert(u"profile"_s, e.plan->profileId);
            }
            if (e.isBroken())
                o.insert(u"error"_s, e.error);
            context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
            continue;
        }
        if (e.plan && !e.isBroken()) {
            context.out << printable(e.plan->name) << "  " << e.plan->idString().left(8) << "  "
                        << QCoreApplication::translate("moctl::cli", "%n step(s)", nullptr, int(e.plan->steps.size())) << "  " << file << '\n';
        } else {
            context.out << QCoreApplication::translate("moctl::cli", "BROKEN") << "  " << printable(file) << "  " << printable(e.error) << '\n';
        }
    }
    if (store.entries().isEmpty() && context.format == OutputFormat::Text)
        context.out << QCoreApplication::translate("moctl::cli", "No plans in %1.").arg(store.directory()) << '\n';
    context.out.flush();
    return ExitOk;
}

int plansShow(Context &context, const PlanStore &store)
{
    int rc = ExitOk;
    const auto entry = takePlan(context, store, &rc);
    if (!entry)
        return rc;
    const MaintenancePlan &plan = *entry->plan;
    if (context.format == OutputFormat::Json) {
        context.out << QString::fromUtf8(planToJson(plan));
        context.out.flush();
        return ExitOk;
    }
    context.out << QCoreApplication::translate("moctl::cli", "Plan:") << ' ' << plan.name << '\n'
                << QCoreApplication::translate("moctl::cli", "Id:") << ' ' << plan.idString() << '\n'
                << QCoreApplication::translate("moctl::cli", "File:") << ' ' << entry->path << '\n';
    if (!plan.description.isEmpty())
        context.out << QCoreApplication::translate("moctl::cli", "Description:") << ' ' << plan.description << '\n';
    context.out << QCoreApplication::translate("moctl::cli", "Profile:") << ' ' << (plan.profileId.isEmpty() ? QCoreApplication::translate("moctl::cli", "(none)") : plan.profileId) << '\n'
                << QCoreApplication::translate("moctl::cli", "On failure:") << ' ' << failurePolicyTitle(plan.policy) << '\n'
                << QCoreApplication::translate("moctl::cli", "Steps:") << '\n';
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &s = plan.steps.at(i);
        context.out << "  " << i + 1 << ". " << s.title() << " [" << stepKindName(s.kind) << ']'
                    << (s.enabled ? QString() : u" ("_s + QCoreApplication::translate("moctl::cli", "disabled") + u')') << '\n';
    }
    context.out << '\n' << previewText(previewLines(plan));
    context.out.flush();
    return ExitOk;
}

int plansValidate(Context &context, const PlanStore &store)
{
    QList<PlanStore::Entry> entries;
    if (context.args.remaining().isEmpty()) {
        entries = store.entries();
    } else {
        const QStringList rest = context.args.remaining();
        if (rest.size() > 1)
            return context.usageError(QCoreApplication::translate("moctl::cli", "Unexpected argument %1.").arg(rest.at(1)));
        const auto e = store.find(rest.first());
        if (!e)
            return context.usageError(QCoreApplication::translate("moctl::cli", "No plan \"%1\" in %2 (and no such file).").arg(rest.first(), store.directory()));
        entries << *e;
    }
    bool anyError = false;
    for (const PlanStore::Entry &e : std::as_const(entries)) {
        if (!e.plan) {
            anyError = true;
            context.out << QFileInfo(e.path).fileName() << ": error: " << e.error << '\n';
            continue;
        }
        QList<PlanIssue> issues = validate(*e.plan);
        if (e.problem == PlanStore::Problem::UnknownProfile) {
            issues.erase(std::remove_if(issues.begin(), issues.end(),
                                        [](const PlanIssue &i) { return i.field == u"profile"_s; }),
                         issues.end());
            issues.prepend(PlanIssue{-1, u"profile"_s, PlanIssue::Severity::Error, e.error});
        }
        anyError = anyError || hasErrors(issues);
        if (issues.isEmpty() && context.format == OutputFormat::Text)
            context.out << e.plan->name << ": " << QCoreApplication::translate("moctl::cli", "ok") << '\n';
        printIssues(context, e.plan->name, issues, context.out);
    }
    context.out.flush();
    return anyError ? ExitUsage : ExitOk;
}

} // namespace

int commandPlans(Context &context)
{
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(QCoreApplication::translate("moctl::cli", "Unknown option %1 for plans.").arg(unknown));
    QStringList rest = context.args.remaining();
    const QString sub = rest.isEmpty() ? u"list"_s : rest.takeFirst();
    context.args = Arguments(rest);
    const PlanStore store = openStore(context);
    if (sub == u"list"_s) {
        if (!rest.isEmpty())
            return context.usageError(QCoreApplication::translate("moctl::cli", "Unexpected argument %1.").arg(rest.first()));
        return plansList(context, store);
    }
    if (sub == u"show"_s)
        return plansShow(context, store);
    if (sub == u"validate"_s)
        return plansValidate(context, store);
    return context.usageError(QCoreApplication::translate("moctl::cli", "Unknown plans command \"%1\": use list, show or validate.").arg(sub));
}

int commandRunPlan(Context &context)
{
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(QCoreApplication::translate("moctl::cli", "Unknown option %1 for run-plan.").arg(unknown));
    const PlanStore store = openStore(context);
    int rc = ExitOk;
    const auto entry = takePlan(context, store, &rc);
    if (!entry)
        return rc;
    const MaintenancePlan &plan = *entry->plan;
    const bool explicitConnection = context.profile || context.host || context.port || context.user;
    if (entry->problem == PlanStore::Problem::UnknownProfile && !explicitConnection && !context.dryRun)
        return context.usageError(QCoreApplication::translate("moctl::cli", "%1 Give --profile NAME to run it.").arg(entry->error));
    const QList<PlanIssue> issues = validate(plan);
    if (hasErrors(issues)) {
        printIssues(context, plan.name, issues, context.err);
        return context.usageError(QCoreApplication::translate("moctl::cli", "The plan \"%1\" is not valid; nothing was sent.").arg(plan.name));
    }
    const bool sizeRules = hasSizeRules(plan);
    if (context.dryRun && !sizeRules) {
        context.out << previewText(previewLines(plan));
        context.out.flush();
        return ExitOk;
    }
    // The plan's own profile, unless the connection is given on the command line.
    if (!explicitConnection && !plan.profileId.isEmpty())
        context.profile = plan.profileId;
    ResolvedConnection connection = resolveConnection(context);
    if (connection.exitCode != ExitOk)
        return connection.exitCode;
    // A size rule's "grown by" compares with the plan's last figures in History.
    FiguresBaseline baseline;
    if (sizeRules) {
        if (std::unique_ptr<HistoryStore> history = openHistory(context))
            baseline = history->lastTableFigures(plan.idString());
    }

    PatternResolution resolution;
    QList<TableInfo> catalog;
    // The catalog is read for patterns, companions, and names MatrixOne would lower-case.
    bool needCatalog = !plan.patterns().isEmpty() || sizeRules;
    for (const PlanStep &step : std::as_const(plan.steps)) {
        if (!step.enabled || !step.isFlush())
            continue;
        needCatalog = needCatalog || step.withCompanions;
        for (const TableRef &t : step.targets.tables)
            needCatalog = needCatalog || t.database != t.database.toLower() || t.table != t.table.toLower();
    }
    if (needCatalog) {
        MoError error;
        // With size rules, every table's rows and size are read just before the run.
        const QList<TableRef> tables = listServerTables(connection.settings, &error, &catalog,
                                                        sizeRules ? CatalogFigures::With : CatalogFigures::Without);
        if (error.isError()) {
            context.err << "moctl: " << QCoreApplication::translate("moctl::cli", "Cannot resolve the plan's patterns: %1").arg(printable(error.message())) << '\n';
            context.err.flush();
            const int code = exitCodeFor(error);
            return code == ExitOk || code == ExitUsage ? ExitFailed : code;
        }
        resolution = resolvePlanPatterns(plan, tables);
    }
    const SizeRuleSelections selections = resolveSizeRules(plan, catalog, baseline, &resolution);
    if (context.dryRun) {
        // What the rules select now, with rows and sizes; nothing is sent.
        context.out << previewText(previewLines(plan, resolution, &selections));
        context.out.flush();
        return ExitOk;
    }
    // A scheduler (GUI, moctl serve, moctl schedule run) starts scheduled runs as child processes with
    // MOCTL_RUN_TRIGGER=scheduled, so history tells them from runs typed by hand.
    const RunTrigger trigger = context.env("MOCTL_RUN_TRIGGER") == u"scheduled"_s ? RunTrigger::Scheduled : RunTrigger::Cli;
    RunRequest request = toRunRequest(plan, connection.settings, resolution, trigger, needCatalog ? &catalog : nullptr);
    request.profileId = connection.profileId.isEmpty() ? plan.profileId : connection.profileId;
    request.profileName = connection.profileName.isEmpty() ? connection.settings.describe() : connection.profileName;
    return runRequest(context, request);
}

} // namespace moctl::cli
