// moctl run-plan / moctl plans list|show|validate
#include "apppaths.h"
#include "cli_commands.h"
#include "cli_lease.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "history/historystore.h"
#include "metrics/metrics.h"
#include "notify/notification.h"
#include "plan/planstore.h"
#include "plan/preflight.h"
#include "runner/fleetrun.h"
#include "schedule/planlock.h"
#include "schedule/sharedlease.h"
#include "security/textsafety.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

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
    case PlanStore::Problem::None:
        return u"ok"_s;
    case PlanStore::Problem::Corrupt:
        return u"corrupt"_s;
    case PlanStore::Problem::TooNew:
        return u"too-new"_s;
    case PlanStore::Problem::UnknownProfile:
        return u"unknown-profile"_s;
    }
    return {};
}

// The plan named on the command line; prints the problem and sets *exitCode when there is none.
std::optional<PlanStore::Entry> takePlan(Context &context, const PlanStore &store, int *exitCode)
{
    const QStringList rest = context.args.remaining();
    if (rest.isEmpty()) {
        *exitCode = context.usageError(
            QCoreApplication::translate("moctl::cli", "Name a plan (its name, id or file)."));
        return std::nullopt;
    }
    if (rest.size() > 1) {
        *exitCode = context.usageError(
            QCoreApplication::translate("moctl::cli", "Unexpected argument %1.").arg(rest.at(1)));
        return std::nullopt;
    }
    std::optional<PlanStore::Entry> entry = store.find(rest.first());
    if (const QList<PlanStore::Entry> named = store.matchingName(rest.first()); !entry && named.size() > 1) {
        context.err << "moctl: "
                    << QCoreApplication::translate(
                           "moctl::cli", "%1 plans are called \"%2\"; name one by its id or file:")
                           .arg(named.size())
                           .arg(rest.first())
                    << '\n';
        for (const PlanStore::Entry &e : named)
            context.err << "  " << e.plan->idString() << "  " << e.plan->name << "  " << e.path << '\n';
        context.err.flush();
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    if (!entry) {
        *exitCode = context.usageError(
            QCoreApplication::translate("moctl::cli", "No plan \"%1\" in %2 (and no such file).")
                .arg(rest.first(), store.directory()));
        return std::nullopt;
    }
    if (!entry->plan) {
        *exitCode = context.usageError(
            QCoreApplication::translate("moctl::cli", "The plan file %1 cannot be used: %2")
                .arg(entry->path, entry->error));
        return std::nullopt;
    }
    return entry;
}

// run-plan --plan-file FILE: exactly that file (never a name looked up in the plans directory). It is
// only read; a missing file, a directory, a FIFO or a device is refused.
std::optional<PlanStore::Entry> takePlanFile(
    Context &context, const PlanStore &store, const QString &path, int *exitCode)
{
    if (!context.args.remaining().isEmpty()) {
        *exitCode = context.usageError(QCoreApplication::translate(
            "moctl::cli", "Give --plan-file FILE or a plan's name, not both (unexpected %1).")
                                           .arg(context.args.remaining().first()));
        return std::nullopt;
    }
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        *exitCode = context.usageError(
            QCoreApplication::translate("moctl::cli", "The plan file %1 does not exist.").arg(path));
        return std::nullopt;
    }
    if (!info.isFile()) {
        *exitCode = context.usageError(QCoreApplication::translate(
            "moctl::cli", "The plan file %1 is not a regular file; it was not read.")
                                           .arg(path));
        return std::nullopt;
    }
    std::optional<PlanStore::Entry> entry = store.find(info.absoluteFilePath());
    if (!entry || !entry->plan) {
        *exitCode = context.usageError(
            QCoreApplication::translate("moctl::cli", "The plan file %1 cannot be used: %2")
                .arg(path, entry ? entry->error : QString()));
        return std::nullopt;
    }
    return entry;
}

QString severityName(PlanIssue::Severity s)
{
    return s == PlanIssue::Severity::Error ? u"error"_s : u"warning"_s;
}

void printIssues(
    Context &context, const QString &planName, const QList<PlanIssue> &issues, QTextStream &stream)
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
        const QString where = issue.stepIndex < 0
            ? QCoreApplication::translate("moctl::cli", "plan")
            : QCoreApplication::translate("moctl::cli", "step %1").arg(issue.stepIndex + 1);
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
                        << QCoreApplication::translate(
                               "moctl::cli", "%n step(s)", nullptr, int(e.plan->steps.size()))
                        << "  " << file << '\n';
        } else {
            context.out << QCoreApplication::translate("moctl::cli", "BROKEN") << "  " << printable(file)
                        << "  " << printable(e.error) << '\n';
        }
    }
    if (store.entries().isEmpty() && context.format == OutputFormat::Text)
        context.out << QCoreApplication::translate("moctl::cli", "No plans in %1.").arg(store.directory())
                    << '\n';
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
        context.out << QCoreApplication::translate("moctl::cli", "Description:") << ' ' << plan.description
                    << '\n';
    context.out
        << QCoreApplication::translate("moctl::cli", "Profile:") << ' '
        << (plan.profileId.isEmpty() ? QCoreApplication::translate("moctl::cli", "(none)") : plan.profileId)
        << '\n'
        << QCoreApplication::translate("moctl::cli", "On failure:") << ' ' << failurePolicyTitle(plan.policy)
        << '\n'
        << QCoreApplication::translate("moctl::cli", "Schedule:") << ' '
        << (plan.schedule ? describe(*plan.schedule)
                   : plan.scheduleError.isEmpty()
                   ? QCoreApplication::translate("moctl::cli", "(none)")
                   : QCoreApplication::translate("moctl::cli", "unusable: %1").arg(plan.scheduleError))
        << '\n'
        << QCoreApplication::translate("moctl::cli", "Notifications:") << ' ' << notificationsText(plan)
        << '\n'
        << QCoreApplication::translate("moctl::cli", "Steps:") << '\n';
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &s = plan.steps.at(i);
        context.out << "  " << i + 1 << ". " << s.title() << " [" << stepKindName(s.kind) << ']'
                    << (s.enabled ? QString()
                                  : u" ("_s + QCoreApplication::translate("moctl::cli", "disabled") + u')')
                    << '\n';
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
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "Unexpected argument %1.").arg(rest.at(1)));
        const auto e = store.find(rest.first());
        if (!e)
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "No plan \"%1\" in %2 (and no such file).")
                    .arg(rest.first(), store.directory()));
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
            issues.prepend(PlanIssue { -1, u"profile"_s, PlanIssue::Severity::Error, e.error });
        }
        anyError = anyError || hasErrors(issues);
        if (issues.isEmpty() && context.format == OutputFormat::Text)
            context.out << e.plan->name << ": " << QCoreApplication::translate("moctl::cli", "ok") << '\n';
        printIssues(context, e.plan->name, issues, context.out);
    }
    context.out.flush();
    return anyError ? ExitUsage : ExitOk;
}

// moctl plans notify NAME [--when never|failure|success|always] [--preset json|slack|teams]
// [--webhook-url-stdin | --no-webhook] [--desktop | --no-desktop]
// [--scheduled-when inherit|never|failure|success|always] [--test]
int plansNotify(Context &context, PlanStore &store)
{
    QString error;
    const std::optional<QString> when = context.args.takeValue(u"--when"_s, &error);
    const std::optional<QString> preset = context.args.takeValue(u"--preset"_s, &error);
    const std::optional<QString> scheduledWhen = context.args.takeValue(u"--scheduled-when"_s, &error);
    const bool urlStdin = context.args.takeFlag(u"--webhook-url-stdin"_s);
    const bool noWebhook = context.args.takeFlag(u"--no-webhook"_s);
    const bool desktop = context.args.takeFlag(u"--desktop"_s);
    const bool noDesktop = context.args.takeFlag(u"--no-desktop"_s);
    const bool test = context.args.takeFlag(u"--test"_s);
    if (!error.isEmpty())
        return context.usageError(error);
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1 for plans notify.").arg(unknown));
    if ((urlStdin && noWebhook) || (desktop && noDesktop))
        return context.usageError(QCoreApplication::translate("moctl::cli", "Contradicting options."));
    int rc = ExitOk;
    const auto entry = takePlan(context, store, &rc);
    if (!entry)
        return rc;
    MaintenancePlan plan = *entry->plan;
    NotificationSettings &n = plan.notifications;
    const NotificationSettings before = n;
    const std::optional<Schedule> scheduleBefore = plan.schedule;
    if (scheduledWhen) {
        // The schedule's own "when" for the runs it starts (inherit = the plan's).
        if (!plan.schedule)
            return context.usageError(QCoreApplication::translate(
                "moctl::cli", "The plan \"%1\" has no schedule: --scheduled-when needs one.")
                                          .arg(plan.name));
        if (!scheduleNotifyFromName(*scheduledWhen, &plan.schedule->notify))
            return context.usageError(QCoreApplication::translate(
                "moctl::cli", "--scheduled-when takes inherit, never, failure, success or always."));
    }
    if (when) {
        const auto w = notifyWhenFromName(*when);
        if (!w)
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--when takes never, failure, success or always."));
        n.when = *w;
    }
    if (preset) {
        const auto p = webhookPresetFromName(*preset);
        if (!p)
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--preset takes json, slack or teams."));
        n.preset = *p;
    }
    if (desktop || noDesktop)
        n.desktop = desktop;
    KeychainSecretStore keychain;
    const QString key = webhookSecretKey(plan.idString());
    if (urlStdin) {
        // The address may hold a token: from standard input into the keychain, never an argument.
        const QString url = readPasswordFromStdin(context).trimmed();
        QString why;
        if (!WebhookSender::isValidUrl(QUrl(url), &why))
            return context.usageError(why);
        const SecretStore::Result stored = keychain.writeBlocking(key, url);
        if (!stored.ok()) {
            context.err << "moctl: "
                        << QCoreApplication::translate(
                               "moctl::cli", "The webhook address was not stored (nothing changed): %1")
                               .arg(stored.message)
                        << '\n';
            context.err.flush();
            return ExitSecretNotSaved;
        }
        n.webhook = true;
    } else if (noWebhook) {
        keychain.removeBlocking(key);
        n.webhook = false;
    }
    if (n != before || plan.schedule != scheduleBefore) {
        QString saveError;
        if (!store.save(plan, &saveError)) {
            context.err << "moctl: " << saveError << '\n';
            context.err.flush();
            return ExitUsage;
        }
    }
    context.out << plan.name << ": " << notificationsText(plan) << '\n';
    context.out.flush();
    if (!test)
        return ExitOk;
    if (!n.webhook)
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "The plan has no webhook to test."));
    const SecretStore::Result secret = keychain.readBlocking(key);
    if (!secret.ok()) {
        context.err << "moctl: "
                    << QCoreApplication::translate(
                           "moctl::cli", "The webhook address cannot be read from the keychain: %1")
                           .arg(secret.message)
                    << '\n';
        context.err.flush();
        return ExitFailed;
    }
    QString profileName = plan.profileId;
    ProfileStore profiles(profilesPath(context));
    if (profiles.load()) {
        if (const auto profile = profiles.find(plan.profileId))
            profileName = profile->name;
    }
    WebhookSender sender;
    const WebhookSender::Result result = sender.postBlocking(QUrl(secret.secret),
        webhookPayload(RunNotice::testNotice(plan.idString(), plan.name, profileName), n.preset));
    if (!result.ok) {
        context.err << "moctl: " << printable(result.message) << '\n';
        context.err.flush();
        return ExitFailed;
    }
    context.out << QCoreApplication::translate("moctl::cli", "Test notification sent (HTTP %1).")
                       .arg(result.httpStatus)
                << '\n';
    context.out.flush();
    return ExitOk;
}

} // namespace

int commandPlans(Context &context)
{
    QStringList rest = context.args.remaining();
    const QString sub = rest.isEmpty() || rest.first().startsWith(u'-') ? u"list"_s : rest.takeFirst();
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty() && sub != u"notify"_s)
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1 for plans.").arg(unknown));
    context.args = Arguments(rest);
    PlanStore store = openStore(context);
    if (sub == u"list"_s) {
        if (!rest.isEmpty())
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "Unexpected argument %1.").arg(rest.first()));
        return plansList(context, store);
    }
    if (sub == u"show"_s)
        return plansShow(context, store);
    if (sub == u"validate"_s)
        return plansValidate(context, store);
    if (sub == u"notify"_s)
        return plansNotify(context, store);
    return context.usageError(QCoreApplication::translate(
        "moctl::cli", "Unknown plans command \"%1\": use list, show, validate or notify.")
                                  .arg(sub));
}

int commandRunPlan(Context &context)
{
    QString error;
    const std::optional<QString> planFile = context.args.takeValue(u"--plan-file"_s, &error);
    if (!error.isEmpty())
        return context.usageError(error);
    // --notify: tell of this run as the plan's notifications say (scheduled runs always do, as their
    // schedule's "notify" says when it has one).
    const bool notify = context.args.takeFlag(u"--notify"_s);
    QString optionError;
    const std::optional<QString> textfile = context.args.takeValue(u"--metrics-textfile"_s, &optionError);
    // --profiles SELECTOR: run on every profile it names (a fleet), whatever the plan's own target.
    const std::optional<QString> profilesOption = context.args.takeValue(u"--profiles"_s, &optionError);
    const std::optional<QString> maxClustersText = context.args.takeValue(u"--max-clusters"_s, &optionError);
    if (!optionError.isEmpty())
        return context.usageError(optionError);
    FleetOptions fleetOptions;
    fleetOptions.notify = notify;
    fleetOptions.metricsTextfile = textfile;
    fleetOptions.maxClusters = DefaultMaxClusters;
    if (maxClustersText) {
        bool ok = false;
        fleetOptions.maxClusters = maxClustersText->toInt(&ok);
        if (!ok || fleetOptions.maxClusters < 1 || fleetOptions.maxClusters > MaxMaxClusters)
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--max-clusters takes a whole number from 1 to %1.")
                    .arg(MaxMaxClusters));
    }
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1 for run-plan.").arg(unknown));
    const PlanStore store = openStore(context);
    int rc = ExitOk;
    const auto entry
        = planFile ? takePlanFile(context, store, *planFile, &rc) : takePlan(context, store, &rc);
    if (!entry)
        return rc;
    const MaintenancePlan &plan = *entry->plan;
    const bool explicitConnection = context.profile || context.host || context.port || context.user;
    if (profilesOption && explicitConnection)
        return context.usageError(QCoreApplication::translate("moctl::cli",
            "--profiles cannot be combined with --profile, --host, --port or --user; nothing was sent."));
    if (entry->problem == PlanStore::Problem::UnknownProfile && !explicitConnection && !profilesOption
        && !context.dryRun)
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "%1 Give --profile NAME to run it.").arg(entry->error));
    const QList<PlanIssue> issues = validate(plan);
    if (hasErrors(issues)) {
        printIssues(context, plan.name, issues, context.err);
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "The plan \"%1\" is not valid; nothing was sent.")
                .arg(plan.name));
    }
    // A fleet: --profiles, or the plan's own profiles unless one connection is given.
    if (profilesOption || (plan.isFleet() && !explicitConnection))
        return runFleetPlan(
            context, plan, profilesOption.value_or(plan.profiles), profilesOption.has_value(), fleetOptions);
    if (maxClustersText)
        return context.usageError(QCoreApplication::translate(
            "moctl::cli", "--max-clusters is for a plan run on several profiles (--profiles)."));
    const bool sizeRules = hasSizeRules(plan);
    if (context.dryRun && !sizeRules) {
        context.out << previewText(previewLines(plan));
        context.out.flush();
        return ExitOk;
    }
    // The process that runs the plan holds its lock for the whole run (a scheduler only probes it), so
    // the lock never names a dead parent while the run goes on, nor a live one after the run died. A
    // plan file from elsewhere (a read-only ConfigMap mount) is never written and nothing is created
    // next to it: the lock is in the data directory. With a shared history the lock is the plan's
    // lease in that database (every host sharing it sees it). Taken before anything is sent.
    // A scheduled run on a shared history claims its slot; then the plan's lock (or lease) is held.
    std::unique_ptr<PlanGuard> lock;
    if (const int refused = takePlanGuard(context, plan.name, plan.idString(), &lock); refused != ExitOk)
        return refused;
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
            context.err << "moctl: "
                        << QCoreApplication::translate("moctl::cli", "Cannot resolve the plan's patterns: %1")
                               .arg(printable(error.message()))
                        << '\n';
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
    const RunTrigger trigger
        = context.env("MOCTL_RUN_TRIGGER") == u"scheduled"_s ? RunTrigger::Scheduled : RunTrigger::Cli;
    RunRequest request
        = toRunRequest(plan, connection.settings, resolution, trigger, needCatalog ? &catalog : nullptr);
    request.profileId = connection.profileId.isEmpty() ? plan.profileId : connection.profileId;
    request.profileName
        = connection.profileName.isEmpty() ? connection.settings.describe() : connection.profileName;
    RunSummary summary;
    const int exitCode = runRequest(context, request, &summary);
    if (const auto *lease = dynamic_cast<const SharedPlanLease *>(lock.get()); lease && lease->lost()) {
        context.err << "moctl: "
                    << QCoreApplication::translate("moctl::cli",
                           "The plan's lease expired during the run (the shared history could not be reached "
                           "to renew it): another host may have started the plan meanwhile.")
                    << '\n';
        context.err.flush();
    }
    // Neither a notification nor the metrics file changes the run's exit code.
    if ((notify || trigger == RunTrigger::Scheduled) || textfile) {
        const std::unique_ptr<HistoryStore> history = openHistory(context);
        if (notify || trigger == RunTrigger::Scheduled)
            notifyRun(context, plan, RunNotice::from(request, summary, exitCode), history.get());
        if (textfile && history) {
            QString error;
            if (!writeMetricsTextfile(*textfile, collectMetrics(context, *history, nullptr), &error)) {
                context.err << "moctl: " << printable(error) << '\n';
                context.err.flush();
            }
        }
    }
    return exitCode;
}

} // namespace moctl::cli
