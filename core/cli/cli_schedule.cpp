// moctl schedule list | run, moctl serve: the headless scheduler.
//
// Both share the Scheduler of the GUI (same state file, same plan locks, same policies). Each run is a
// child process `moctl run-plan ID` (the same binary), so a run can be stopped cleanly (SIGTERM cancels
// it, KILL QUERY included) and the scheduler keeps its event loop while runs go.
#include "apppaths.h"
#include "cli_commands.h"
#include "cli_log.h"
#include "history/historystore.h"
#include "metrics/metrics.h"
#include "plan/planstore.h"
#include "platform/stoprequests.h"
#include "schedule/processhost.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {

// A host over child processes that prints the scheduler's decisions.
std::unique_ptr<PlanProcessHost> makeHost(Context &context, PlanProcessHost::Mode mode)
{
    QStringList args;
    if (!context.dataDir.isEmpty())
        args << u"--data-dir"_s << context.dataDir;
    if (context.host)
        args << u"--host"_s << *context.host;
    if (context.port)
        args << u"--port"_s << QString::number(*context.port);
    if (context.user)
        args << u"--user"_s << *context.user;
    if (context.profile)
        args << u"--profile"_s << *context.profile;
    if (context.passwordStdin)
        args << u"--password-stdin"_s;
    if (context.passwordFile) // the path: each run reads the file itself (a rotated Secret is seen)
        args << u"--password-file"_s << *context.passwordFile;
    if (!context.history.isEmpty()) // the same history as serve's (the URL has no password)
        args << u"--history"_s << context.history;
    if (context.historyPasswordFile)
        args << u"--history-password-file"_s << *context.historyPasswordFile;
    if (context.format == OutputFormat::Json)
        args << u"--format"_s << u"json"_s;
    if (context.logFormat == LogFormat::Json)
        args << u"--log-format"_s << u"json"_s;
    auto host = std::make_unique<PlanProcessHost>(QCoreApplication::applicationFilePath(), args, mode);
    if (context.passwordStdin)
        host->setStdinPassword(context.readStdin());
    // Every decision goes to the history's events (when it opens) and to the output.
    std::shared_ptr<HistoryStore> history = openHistory(context);
    host->setDecisionHandler([&context, history](const ScheduleDecision &d) {
        if (history)
            history->recordEvent(decisionKindName(d.kind), d.planId, d.planName, d.message);
        if (context.logFormat == LogFormat::Json) {
            QJsonObject o;
            o.insert(u"kind"_s, decisionKindName(d.kind));
            o.insert(u"planId"_s, d.planId);
            o.insert(u"plan"_s, d.planName);
            o.insert(u"slot"_s, d.slot.toUTC().toString(Qt::ISODate));
            o.insert(u"count"_s, d.count);
            o.insert(u"message"_s, d.message);
            const bool bad = d.kind == ScheduleDecision::Kind::StartFailed;
            logEvent(context, bad ? LogLevel::Error : LogLevel::Info, u"schedule"_s, o);
        } else if (context.format == OutputFormat::Json) {
            QJsonObject o;
            o.insert(u"event"_s, u"schedule"_s);
            o.insert(u"kind"_s, decisionKindName(d.kind));
            o.insert(u"planId"_s, d.planId);
            o.insert(u"plan"_s, d.planName);
            o.insert(u"slot"_s, d.slot.toString(Qt::ISODate));
            o.insert(u"decided"_s, d.decided.toString(Qt::ISODate));
            o.insert(u"count"_s, d.count);
            o.insert(u"message"_s, d.message);
            context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            context.out << QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  "
                        << d.planName << ": " << decisionKindTitle(d.kind) << ". " << d.message << '\n';
        }
        context.out.flush();
    });
    return host;
}

void useDataDirectory(Context &context)
{
    if (!context.dataDir.isEmpty())
        AppPaths::setDataDirectory(context.dataDir);
}

QList<ScheduledPlan> loadPlans(Context &context)
{
    QStringList problems;
    PlanStore store(AppPaths::plansDirectory());
    store.load();
    const QList<ScheduledPlan> plans = store.scheduledPlans(&problems);
    for (const QString &problem : std::as_const(problems))
        context.err << "moctl: " << problem << '\n';
    context.err.flush();
    return plans;
}

int readScheduleOptions(Context &context, Scheduler &scheduler, int *waitSeconds)
{
    QString error;
    if (auto v = context.args.takeValue(u"--grace"_s, &error)) {
        bool ok = false;
        const int minutes = v->toInt(&ok);
        if (!ok || minutes < 0 || minutes > 1440)
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--grace takes minutes from 0 to 1440."));
        scheduler.setLateTolerance(std::chrono::minutes(minutes));
    }
    if (waitSeconds) {
        if (auto v = context.args.takeValue(u"--wait"_s, &error)) {
            bool ok = false;
            *waitSeconds = v->toInt(&ok);
            if (!ok || *waitSeconds < 0 || *waitSeconds > 86400)
                return context.usageError(
                    QCoreApplication::translate("moctl::cli", "--wait takes seconds from 0 to 86400."));
        }
    }
    if (!error.isEmpty())
        return context.usageError(error);
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1.").arg(unknown));
    if (!context.args.remaining().isEmpty())
        return context.usageError(QCoreApplication::translate("moctl::cli", "Unexpected argument %1.")
                                      .arg(context.args.remaining().first()));
    return ExitOk;
}

int scheduleList(Context &context)
{
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1.").arg(unknown));
    useDataDirectory(context);
    const QList<ScheduledPlan> plans = loadPlans(context);
    // Read only: listing never changes the scheduler's state.
    ScheduleStateStore store;
    const QHash<QString, PlanScheduleState> state = store.read();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ScheduledPlan &plan : plans) {
        const PlanScheduleState s = state.value(plan.id);
        const QDateTime from = s.lastSlot.isValid() && s.lastSlot > now ? s.lastSlot : now;
        const QDateTime next
            = plan.schedule.enabled ? nextRuns(plan.schedule, from, 1).value(0) : QDateTime();
        if (context.format == OutputFormat::Json) {
            QJsonObject o;
            o.insert(u"id"_s, plan.id);
            o.insert(u"name"_s, plan.name);
            o.insert(u"enabled"_s, plan.schedule.enabled);
            o.insert(u"description"_s, describe(plan.schedule));
            o.insert(u"next"_s, next.isValid() ? next.toString(Qt::ISODate) : QString());
            o.insert(u"lastFired"_s, s.lastFired.isValid() ? s.lastFired.toString(Qt::ISODate) : QString());
            o.insert(u"schedule"_s, scheduleToJson(plan.schedule));
            context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
            continue;
        }
        const QString nextText = !plan.schedule.enabled ? QCoreApplication::translate("moctl::cli", "paused")
            : next.isValid()                            ? next.toString(u"yyyy-MM-dd HH:mm t"_s)
                             : QCoreApplication::translate("moctl::cli", "none left");
        context.out << plan.name << "  " << plan.id.left(8) << "  " << describe(plan.schedule) << "  "
                    << QCoreApplication::translate("moctl::cli", "next:") << ' ' << nextText << '\n';
    }
    if (plans.isEmpty() && context.format == OutputFormat::Text)
        context.out << QCoreApplication::translate("moctl::cli", "No plan has a schedule.") << '\n';
    context.out.flush();
    return ExitOk;
}

int scheduleRun(Context &context)
{
    useDataDirectory(context);
    const auto host = makeHost(context, PlanProcessHost::Mode::WaitForEachRun);
    Scheduler scheduler(host.get());
    host->setScheduler(&scheduler);
    int waitSeconds = 0;
    if (int rc = readScheduleOptions(context, scheduler, &waitSeconds); rc != ExitOk)
        return rc;
    scheduler.setPlans(loadPlans(context));
    if (!scheduler.stateError().isEmpty())
        context.err << "moctl: " << scheduler.stateError() << '\n';
    scheduler.evaluate();
    // Queued runs wait for the plan's run in another process, at most --wait seconds.
    QElapsedTimer waited;
    waited.start();
    while (scheduler.hasPendingRuns() && waited.elapsed() < qint64(waitSeconds) * 1000) {
        QThread::msleep(500);
        scheduler.evaluate();
    }
    if (scheduler.hasPendingRuns())
        context.err << "moctl: "
                    << QCoreApplication::translate("moctl::cli",
                           "Some queued runs could not start: their plans are still running in "
                           "another process (see --wait).")
                    << '\n';
    context.err.flush();
    return host->firstFailedExitCode();
}

} // namespace

int commandSchedule(Context &context)
{
    QStringList rest = context.args.remaining();
    const QString sub = rest.isEmpty() ? u"list"_s : rest.takeFirst();
    context.args = Arguments(rest);
    if (sub == u"list"_s)
        return scheduleList(context);
    if (sub == u"run"_s)
        return scheduleRun(context);
    return context.usageError(
        QCoreApplication::translate("moctl::cli", "Unknown schedule command \"%1\": use list or run.")
            .arg(sub));
}

int commandServe(Context &context)
{
    useDataDirectory(context);
    const auto host = makeHost(context, PlanProcessHost::Mode::Background);
    Scheduler scheduler(host.get());
    host->setScheduler(&scheduler);
    QString optionError;
    const std::optional<QString> metricsAddress
        = context.args.takeValue(u"--metrics-address"_s, &optionError);
    if (!optionError.isEmpty())
        return context.usageError(optionError);
    if (int rc = readScheduleOptions(context, scheduler, nullptr); rc != ExitOk)
        return rc;
    // GET /metrics: read from the history on each scrape (a few indexed queries) and the scheduler.
    std::unique_ptr<HistoryStore> metricsHistory;
    std::unique_ptr<MetricsServer> metrics;
    if (metricsAddress) {
        QHostAddress address;
        quint16 port = 0;
        QString error;
        if (!MetricsServer::parseAddress(*metricsAddress, &address, &port, &error))
            return context.usageError(error);
        metricsHistory = openHistory(context);
        if (!metricsHistory)
            return ExitUsage;
        metrics = std::make_unique<MetricsServer>([&context, &scheduler, history = metricsHistory.get()] {
            return collectMetrics(context, *history, &scheduler);
        });
        if (!metrics->listen(address, port, &error))
            return context.usageError(error);
        const QString where = metrics->address().protocol() == QAbstractSocket::IPv6Protocol
            ? u"[%1]:%2"_s.arg(metrics->address().toString()).arg(metrics->port())
            : u"%1:%2"_s.arg(metrics->address().toString()).arg(metrics->port());
        context.out << QCoreApplication::translate("moctl::cli", "Metrics on http://%1/metrics").arg(where)
                    << '\n';
        context.out.flush();
    }
    const auto reload = [&] { scheduler.setPlans(loadPlans(context)); };
    reload();
    if (!scheduler.stateError().isEmpty())
        context.err << "moctl: " << scheduler.stateError() << '\n';

    QEventLoop loop;
    // Plans edited in the GUI or by hand: reload (a changed schedule counts from now).
    QFileSystemWatcher watcher;
    QDir().mkpath(AppPaths::plansDirectory());
    watcher.addPath(AppPaths::plansDirectory());
    QTimer reloadSoon;
    reloadSoon.setSingleShot(true);
    reloadSoon.setInterval(500);
    QObject::connect(
        &watcher, &QFileSystemWatcher::directoryChanged, &reloadSoon, qOverload<>(&QTimer::start));
    QObject::connect(&reloadSoon, &QTimer::timeout, &scheduler, reload);

    bool stopping = false;
    const auto stop = [&] {
        if (stopping)
            return;
        stopping = true;
        const QString message = QCoreApplication::translate(
            "moctl::cli", "Stopping: the scheduler stops and running plans are cancelled.");
        if (context.logFormat == LogFormat::Json)
            logEvent(context, LogLevel::Info, u"serve.stopping"_s, { { u"message"_s, message } });
        else
            context.out << message << '\n';
        context.out.flush();
        scheduler.stop();
        host->stopAll(std::chrono::seconds(30));
        loop.quit();
    };
    // Ctrl+C, SIGTERM (systemd, Kubernetes), Ctrl+Break or closing the console on Windows.
    platform::StopRequests stopRequests(platform::StopRequests::Notify::EventLoop);
    if (!stopRequests.isValid())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Cannot set up signal handling."));
    QObject::connect(&stopRequests, &platform::StopRequests::stopRequested, &loop, stop);

    const QString started = QCoreApplication::translate("moctl::cli",
        "moctl serve: %n scheduled plan(s); stop with Ctrl+C or SIGTERM.", nullptr,
        int(scheduler.plans().size()));
    if (context.logFormat == LogFormat::Json)
        logEvent(context, LogLevel::Info, u"serve.started"_s,
            { { u"plans"_s, int(scheduler.plans().size()) }, { u"message"_s, started } });
    else
        context.out << started << '\n';
    context.out.flush();
    scheduler.start();
    loop.exec();
    return ExitOk;
}

} // namespace moctl::cli
