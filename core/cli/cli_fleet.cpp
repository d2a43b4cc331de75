// moctl run-plan on a fleet: one plan run on every profile a selector names (--profiles, or the plan's
// own "profiles"), clusters in parallel (--max-clusters), each member its own run in History with one
// fleet id.
//
// Passwords: the same rule as a single run, per member: --password-stdin, --password-file or
// MOCTL_PASSWORD give one password to every member; otherwise each profile's own from the keychain.
// A profile with none is tried without one (said on stderr, prefixed by its name) and, when the server
// wants one, only that member fails.
#include "catalog/tableinfo.h"
#include "cli_commands.h"
#include "cli_lease.h"
#include "cli_log.h"
#include "connection/profileselector.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "history/historystore.h"
#include "metrics/metrics.h"
#include "notify/notification.h"
#include "plan/maintenanceplan.h"
#include "plan/preflight.h"
#include "platform/stoprequests.h"
#include "runner/fleetrun.h"
#include "security/processsecurity.h"
#include "security/textsafety.h"

#include <atomic>
#include <mutex>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <thread>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {

bool parentAlive(qint64 parentPid)
{
#ifdef Q_OS_WIN
    Q_UNUSED(parentPid)
    return true; // the job object ends the child with its parent
#else
    return qint64(::getppid()) == parentPid;
#endif
}

// The higher, the more it decides the fleet's exit code (README "Exit codes": 2 > 3 > 4 > 1 > 0).
int exitRank(int code)
{
    switch (code) {
    case ExitUsage:
        return 5;
    case ExitConnection:
        return 4;
    case ExitTimeout:
        return 3;
    case ExitFailed:
        return 2;
    case ExitHistory:
        return 1;
    default:
        return 0;
    }
}

bool needsCatalog(const MaintenancePlan &plan)
{
    bool need = !plan.patterns().isEmpty() || hasSizeRules(plan);
    for (const PlanStep &step : plan.steps) {
        if (!step.enabled || !step.isFlush())
            continue;
        need = need || step.withCompanions;
        for (const TableRef &t : step.targets.tables)
            need = need || t.database != t.database.toLower() || t.table != t.table.toLower();
    }
    return need;
}

QString prefixed(const QString &name, const QString &text)
{
    return u'[' + printable(name) + u"] "_s + text;
}

} // namespace

int worstExitCode(const QList<int> &codes)
{
    int worst = ExitOk;
    for (int code : codes) {
        if (exitRank(code) > exitRank(worst))
            worst = code;
    }
    return worst;
}

int runFleetPlan(Context &context, const MaintenancePlan &plan, const QString &selectorText, bool fromOption,
    const FleetOptions &options)
{
    QString why;
    const std::optional<ProfileSelector> selector = ProfileSelector::parse(selectorText, &why);
    if (!selector)
        return context.usageError(fromOption
                ? QCoreApplication::translate("moctl::cli", "--profiles: %1 Nothing was sent.").arg(why)
                : QCoreApplication::translate("moctl::cli",
                    "The plan \"%1\" has profiles \"%2\" that cannot be used: %3 Nothing was sent.")
                      .arg(plan.name, selectorText, why)); // usageError() escapes it
    ProfileStore profiles(profilesPath(context));
    if (!profiles.load())
        return context.usageError(profiles.errorString());
    const ProfileSelector::Result chosen = selector->resolve(profiles.profiles());
    if (!chosen.ok())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "%1 (profiles %2) Nothing was sent.")
                .arg(chosen.error, selector->toString()));
    QStringList names;
    for (const ConnectionProfile &p : chosen.profiles)
        names << printable(p.name);
    const bool sizeRules = hasSizeRules(plan);
    const bool catalogNeeded = needsCatalog(plan);
    if (context.dryRun) {
        context.out << "-- "
                    << QCoreApplication::translate("moctl::cli", "Fleet: %n profile(s) (%1): %2", nullptr,
                           int(chosen.profiles.size()))
                           .arg(selector->describe(), names.join(u", "_s))
                    << '\n';
        if (catalogNeeded)
            context.out << "-- "
                        << QCoreApplication::translate("moctl::cli",
                               "Patterns and size rules are resolved on each cluster when the plan runs.")
                        << '\n';
        context.out << previewText(previewLines(plan));
        context.out.flush();
        return ExitOk;
    }
    // One lock (or shared lease) for the whole fleet, held until every member has ended.
    std::unique_ptr<PlanGuard> lock;
    if (const int refused = takePlanGuard(context, plan.name, plan.idString(), &lock); refused != ExitOk)
        return refused;
    // One password for every member when given explicitly (read once), else each profile's own.
    std::optional<QString> shared;
    if (context.passwordStdin) {
        shared = readPasswordFromStdin(context);
    } else if (context.passwordFile) {
        shared = readPasswordFile(*context.passwordFile, &why);
        if (!shared)
            return context.usageError(why);
    } else if (const QString env = context.env("MOCTL_PASSWORD"); !env.isEmpty()) {
        shared = env;
    }
    const RunTrigger trigger
        = context.env("MOCTL_RUN_TRIGGER") == u"scheduled"_s ? RunTrigger::Scheduled : RunTrigger::Cli;
    std::unique_ptr<HistoryStore> recorder = makeRecorder(context);
    const QString fleetId = newFleetId();
    QList<FleetMember> members;
    KeychainSecretStore keychain;
    for (const ConnectionProfile &profile : chosen.profiles) {
        QString password;
        if (shared) {
            password = *shared;
        } else {
            const SecretStore::Result secret = keychain.readBlocking(profile.idString());
            if (secret.ok()) {
                password = secret.secret;
            } else {
                context.err
                    << "moctl: "
                    << prefixed(profile.name,
                           secret.status == SecretStore::Status::NotFound
                               ? QCoreApplication::translate("moctl::cli",
                                   "No password is stored for this profile; trying without one (store "
                                   "one, or give --password-file for every member).")
                               : secret.message)
                    << '\n';
                context.err.flush();
            }
        }
        ConnectionSettings settings = profile.toSettings(password);
        wipe(password);
        applyTlsOptions(context, settings);
        FleetMember member;
        member.profile = profile;
        member.request = toRunRequest(plan, settings, {}, trigger);
        member.request.profileId = profile.idString();
        member.request.profileName = profile.name;
        member.request.fleetId = fleetId;
        if (catalogNeeded) {
            // Each cluster's own tables, read on the member's worker just before its run.
            const FiguresBaseline baseline = sizeRules && recorder->isOpen()
                ? recorder->lastTableFigures(plan.idString(), profile.idString())
                : FiguresBaseline {};
            member.prepare
                = [plan, sizeRules, baseline](RunRequest *request, MoError *error, const CancelToken &) {
                      QList<TableInfo> catalog;
                      MoError listError;
                      const QList<TableRef> tables = listServerTables(request->settings, &listError, &catalog,
                          sizeRules ? CatalogFigures::With : CatalogFigures::Without);
                      if (listError.isError()) {
                          *error = listError.kind() == MoError::Kind::InvalidInput
                              ? MoError(MoError::Kind::ServerError, 0, listError.message())
                              : listError;
                          return false;
                      }
                      PatternResolution resolution = resolvePlanPatterns(plan, tables);
                      resolveSizeRules(plan, catalog, baseline, &resolution);
                      RunRequest resolved
                          = toRunRequest(plan, request->settings, resolution, request->trigger, &catalog);
                      resolved.profileId = request->profileId;
                      resolved.profileName = request->profileName;
                      resolved.fleetId = request->fleetId;
                      *request = resolved;
                      return true;
                  };
        }
        members << member;
    }

    CancelToken cancel;
    auto stopRequests = std::make_unique<platform::StopRequests>();
    std::atomic<bool> fleetDone { false };
    const qint64 parentPid = context.env("MOCTL_PARENT_PID").toLongLong();
    std::thread interruptWatcher([&] {
        while (!fleetDone.load()) {
            if (platform::StopRequests::requested() || (parentPid > 0 && !parentAlive(parentPid))) {
                cancel.cancel();
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    std::mutex outputMutex;
    const bool jsonLog = context.logFormat == LogFormat::Json;
    const bool json = context.format == OutputFormat::Json;
    if (!jsonLog && !json) {
        context.out << QCoreApplication::translate("moctl::cli",
            "Fleet %1: plan \"%2\" on %n cluster(s), %3 at a time: %4", nullptr, int(members.size()))
                           .arg(fleetId.left(8), printable(plan.name))
                           .arg(qMin<qsizetype>(options.maxClusters, members.size()))
                           .arg(names.join(u", "_s))
                    << '\n';
        context.out.flush();
    }
    QList<int> memberCodes(members.size(), ExitOk);
    FleetCallbacks callbacks;
    if (jsonLog) {
        callbacks.memberStarted = [&](int member, qint64 runId) {
            std::lock_guard lock(outputMutex);
            logRunStarted(context, members.at(member).request, runId);
        };
    }
    callbacks.operationFinished = [&](int member, const Outcome &outcome) {
        std::lock_guard lock(outputMutex);
        const FleetMember &m = members.at(member);
        if (jsonLog) {
            logOutcome(context, outcome,
                QJsonObject { { u"profile"_s, m.profile.name }, { u"fleetId"_s, fleetId } });
        } else if (json) {
            QJsonObject o = outcomeObject(outcome);
            o.insert(u"profile"_s, m.profile.name);
            o.insert(u"fleetId"_s, fleetId);
            context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
            context.out.flush();
        } else {
            const QStringList lines = outcomeText(outcome).split(u'\n');
            for (const QString &line : lines)
                context.out << prefixed(m.profile.name, line) << '\n';
            context.out.flush();
        }
    };
    callbacks.memberFinished = [&](int member, const RunSummary &summary) {
        std::lock_guard lock(outputMutex);
        const FleetMember &m = members.at(member);
        const int code = exitCodeFor(summary);
        memberCodes[member] = code;
        if (jsonLog) {
            RunRequest request = m.request;
            logRunFinished(context, request, summary, code);
        } else if (!json
            && summary.ok + summary.failed + summary.timedOut + summary.cancelled + summary.skipped
                    + summary.notAttempted
                == 0
            && summary.worstError.isError()) {
            // Nothing was sent (the catalog could not be read, or cancelled before it began): say why here.
            context.out << prefixed(m.profile.name, printable(summary.worstError.message())) << '\n';
            context.out.flush();
        }
    };
    QElapsedTimer wall;
    wall.start();
    const FleetSummary fleet
        = executeFleet(members, recorder.get(), cancel, options.maxClusters, callbacks, fleetId);
    const qint64 wallMs = wall.elapsed();
    fleetDone = true;
    interruptWatcher.join();
    stopRequests.reset();

    bool historyLost = false;
    if (recorder->unwrittenCount() > 0 && !recorder->writeUnwritten()) {
        context.err << "moctl: "
                    << QCoreApplication::translate("moctl::cli",
                           "the history could not be written, so this fleet run is not (fully) recorded "
                           "(%n record(s) lost): %1",
                           nullptr, recorder->unwrittenCount())
                           .arg(recorder->errorString())
                    << '\n';
        context.err.flush();
        historyLost = true;
    }
    QList<int> codes = memberCodes;
    for (int i = 0; i < fleet.members.size(); ++i)
        codes[i] = exitCodeFor(fleet.members.at(i)); // members never started count too
    int code = worstExitCode(codes);
    if (code == ExitOk && historyLost)
        code = ExitHistory;

    // The summary: one line per cluster, then the fleet's.
    if (jsonLog) {
        QJsonObject o;
        o.insert(u"fleetId"_s, fleetId);
        o.insert(u"planId"_s, plan.idString());
        o.insert(u"plan"_s, plan.name);
        o.insert(u"clusters"_s, int(members.size()));
        o.insert(u"okClusters"_s, fleet.okMembers());
        o.insert(u"status"_s, runStatusName(fleet.status()));
        o.insert(u"durationMs"_s, wallMs);
        o.insert(u"exitCode"_s, code);
        logEvent(context, code == ExitOk ? LogLevel::Info : LogLevel::Error, u"fleet.finished"_s, o);
    } else if (json) {
        for (int i = 0; i < fleet.members.size(); ++i) {
            const RunSummary &s = fleet.members.at(i);
            QJsonObject o;
            o.insert(u"event"_s, u"member"_s);
            o.insert(u"fleetId"_s, fleetId);
            o.insert(u"profile"_s, members.at(i).profile.name);
            o.insert(u"run"_s, s.runId);
            o.insert(u"status"_s, runStatusName(s.status));
            o.insert(u"ok"_s, s.ok);
            o.insert(u"failed"_s, s.failed);
            o.insert(u"timedOut"_s, s.timedOut);
            o.insert(u"durationMs"_s, s.started.isValid() ? s.started.msecsTo(s.finished) : qint64(0));
            if (s.worstError.isError())
                o.insert(u"message"_s, s.worstError.message());
            o.insert(u"exitCode"_s, codes.at(i));
            context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        }
        QJsonObject o;
        o.insert(u"event"_s, u"fleet"_s);
        o.insert(u"fleetId"_s, fleetId);
        o.insert(u"plan"_s, plan.name);
        o.insert(u"clusters"_s, int(members.size()));
        o.insert(u"okClusters"_s, fleet.okMembers());
        o.insert(u"status"_s, runStatusName(fleet.status()));
        o.insert(u"durationMs"_s, wallMs);
        o.insert(u"exitCode"_s, code);
        context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        qsizetype width = 7;
        for (const QString &n : std::as_const(names))
            width = qMax(width, n.size());
        context.out
            << QCoreApplication::translate("moctl::cli", "Fleet %1 finished: %2 of %n cluster(s) ok, %3",
                   nullptr, int(members.size()))
                   .arg(fleetId)
                   .arg(fleet.okMembers())
                   .arg(
                       QCoreApplication::translate("moctl::cli", "%1 s wall").arg(wallMs / 1000.0, 0, 'f', 1))
            << '\n';
        for (int i = 0; i < fleet.members.size(); ++i) {
            const RunSummary &s = fleet.members.at(i);
            QString line
                = u"  %1  %2  %3  %4  exit %5"_s
                      .arg(names.at(i).leftJustified(width), runStatusName(s.status).leftJustified(11))
                      .arg(u"%1/%2"_s.arg(s.ok).arg(members.at(i).request.operationCount()), 7)
                      .arg(QCoreApplication::translate("moctl::cli", "%1 s")
                               .arg(s.started.isValid() ? s.started.msecsTo(s.finished) / 1000.0 : 0.0, 0,
                                   'f', 1),
                          7)
                      .arg(codes.at(i));
            if (s.worstError.isError())
                line += u"  "_s + printable(s.worstError.message());
            context.out << line << '\n';
        }
    }
    context.out.flush();

    // Each member is told of and counted like a single run; neither changes the exit code.
    if (options.notify || trigger == RunTrigger::Scheduled || options.metricsTextfile) {
        const std::unique_ptr<HistoryStore> history = openHistory(context);
        if (options.notify || trigger == RunTrigger::Scheduled) {
            for (int i = 0; i < fleet.members.size(); ++i)
                notifyRun(context, plan,
                    RunNotice::from(members.at(i).request, fleet.members.at(i), codes.at(i)), history.get());
        }
        if (options.metricsTextfile && history) {
            QString error;
            if (!writeMetricsTextfile(
                    *options.metricsTextfile, collectMetrics(context, *history, nullptr), &error)) {
                context.err << "moctl: " << printable(error) << '\n';
                context.err.flush();
            }
        }
    }
    return code;
}

} // namespace moctl::cli
