// moctl flush / checkpoint / global-checkpoint
#include "cli_commands.h"

#include "history/historystore.h"
#include "moctl/identifier.h"
#include "moctl/statement.h"
#include "runner/runner.h"

#include <QCoreApplication>

#include <atomic>
#include <cmath>
#include <csignal>
#include <mutex>
#include <thread>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {


// --timeout: at least a second (connect timeouts are whole seconds), at most a day.
constexpr double MinTimeoutSeconds = 1;
constexpr double MaxTimeoutSeconds = 86400;

volatile std::sig_atomic_t s_interrupted = 0;

extern "C" void onInterrupt(int)
{
    s_interrupted = 1; // the watcher thread turns this into a cancellation
}

bool parentAlive(qint64 parentPid)
{
#ifdef Q_OS_WIN
    Q_UNUSED(parentPid)
    return true; // the job object ends the child with its parent
#else
    return qint64(::getppid()) == parentPid;
#endif
}

struct CommonOptions
{
    ExecutionOptions execution;
};

int readCommon(Context &context, CommonOptions &options, bool flush)
{
    QString error;
    if (auto v = context.args.takeValue(u"--timeout"_s, &error)) {
        bool ok = false;
        const double seconds = v->toDouble(&ok);
        // NaN fails every comparison: accept only what is inside the range, never "not outside" it.
        if (!ok || !std::isfinite(seconds) || !(seconds >= MinTimeoutSeconds && seconds <= MaxTimeoutSeconds))
            return context.usageError(QCoreApplication::translate("moctl::cli", "--timeout takes a number of seconds from %1 to %2, not \"%3\".")
                                          .arg(MinTimeoutSeconds)
                                          .arg(MaxTimeoutSeconds)
                                          .arg(*v));
        options.execution.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (auto v = context.args.takeValue(u"--retries"_s, &error)) {
        bool ok = false;
        const int retries = v->toInt(&ok);
        if (!ok || retries < 0 || retries > 20)
            return context.usageError(QCoreApplication::translate("moctl::cli", "--retries takes a whole number from 0 to 20."));
        options.execution.retries = retries;
    }
    if (flush) {
        if (auto v = context.args.takeValue(u"--parallel"_s, &error)) {
            bool ok = false;
            const int parallel = v->toInt(&ok);
            if (!ok || parallel < 1 || parallel > 64)
                return context.usageError(QCoreApplication::translate("moctl::cli", "--parallel takes a whole number from 1 to 64."));
            options.execution.parallelism = parallel;
        }
    }
    if (!error.isEmpty())
        return context.usageError(error);
    return ExitOk;
}

void printDryRun(Context &context, const QList<Operation> &operations)
{
    for (const Operation &op : operations) {
        if (op.kind == OperationKind::Flush && !op.table.tableId && needsTableId(op.table)) {
            context.out << "-- " << QCoreApplication::translate("moctl::cli", "%1 contains a dot; its id is looked up first:").arg(op.table.display())
                        << "\n-- " << tableIdQuery(op.table.database, op.table.table) << ";\n"
                        << "SELECT mo_ctl('dn', 'flush', '<rel_id>');\n";
            continue;
        }
        context.out << buildStatement(op).sql << ";\n";
    }
    context.out.flush();
}

} // namespace

int runOperations(Context &context, const QList<Operation> &operations, const ExecutionOptions &options)
{
    // Everything is checked before anything is sent.
    for (const Operation &op : operations) {
        if (op.kind == OperationKind::Flush && !op.table.tableId && needsTableId(op.table)) {
            for (const QString &name : {op.table.database, op.table.table}) {
                if (MoError e = validateName(name, QCoreApplication::translate("moctl::cli", "name")); e.isError())
                    return context.usageError(e.message());
            }
            continue;
        }
        const Statement statement = buildStatement(op);
        if (!statement.ok())
            return context.usageError(statement.error.message());
    }
    if (context.dryRun) {
        printDryRun(context, operations);
        return ExitOk;
    }
    ResolvedConnection connection = resolveConnection(context);
    if (connection.exitCode != ExitOk)
        return connection.exitCode;

    RunRequest request;
    request.settings = connection.settings;
    request.profileId = connection.profileId;
    request.profileName = connection.profileName.isEmpty() ? connection.settings.describe() : connection.profileName;
    request.trigger = RunTrigger::Cli;
    request.policy = FailurePolicy::Continue;
    request.steps = RunRequest::stepsFor(operations, options);
    return runRequest(context, request);
}

int runRequest(Context &context, const RunRequest &request)
{
    std::unique_ptr<HistoryStore> recorder = makeRecorder(context);
    CancelToken cancel;
    s_interrupted = 0;
    // Ctrl+C, kill (SIGTERM) and a closed terminal (SIGHUP) all cancel the run the same way: KILL
    // QUERY for what is running, the run recorded as cancelled, exit 4.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
#ifdef SIGHUP
    std::signal(SIGHUP, onInterrupt);
#endif
    std::atomic<bool> runDone{false};
    // A scheduler's child (MOCTL_PARENT_PID) also cancels when its parent is gone: Linux sends it
    // SIGTERM (PR_SET_PDEATHSIG); elsewhere this check is what ties it to the parent.
    const qint64 parentPid = context.env("MOCTL_PARENT_PID").toLongLong();
    std::thread interruptWatcher([&] {
        while (!runDone.load()) {
            if (s_interrupted || (parentPid > 0 && !parentAlive(parentPid))) {
                cancel.cancel();
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    RunCallbacks callbacks;
    std::mutex outputMutex;
    callbacks.operationFinished = [&](const Outcome &outcome) {
        std::lock_guard lock(outputMutex);
        printOutcome(context, outcome);
    };
    const RunSummary summary = executeRun(request, recorder.get(), cancel, callbacks);
    runDone = true;
    interruptWatcher.join();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#ifdef SIGHUP
    std::signal(SIGHUP, SIG_DFL);
#endif
    if (context.format == OutputFormat::Text && request.operationCount() > 1) {
        QString line = QCoreApplication::translate("moctl::cli", "%1 ok, %2 failed, %3 timed out, %4 cancelled, %5 skipped")
                           .arg(summary.ok)
                           .arg(summary.failed)
                           .arg(summary.timedOut)
                           .arg(summary.cancelled)
                           .arg(summary.skipped);
        if (summary.notAttempted > 0)
            line += QCoreApplication::translate("moctl::cli", ", %1 not attempted (server unreachable)").arg(summary.notAttempted);
        context.out << line << '\n';
    }
    context.out.flush();
    int code = exitCodeFor(summary);
    // Nothing is dropped without saying so: what the history could not take is reported, and a run
    // that was otherwise ok exits 5.
    if (recorder->unwrittenCount() > 0 && !recorder->writeUnwritten()) {
        context.err << "moctl: "
                    << QCoreApplication::translate("moctl::cli", "the history could not be written, so this run is not (fully) recorded "
                                                                 "(%n record(s) lost): %1", nullptr, recorder->unwrittenCount())
                           .arg(recorder->errorString())
                    << '\n';
        context.err.flush();
        if (code == ExitOk)
            code = ExitHistory;
    }
    return code;
}

int commandFlush(Context &context)
{
    CommonOptions options;
    if (int rc = readCommon(context, options, true); rc != ExitOk)
        return rc;
    QString error;
    std::optional<quint64> account;
    if (auto v = context.args.takeValue(u"--account"_s, &error)) {
        bool ok = false;
        account = v->toULongLong(&ok);
        if (!ok)
            return context.usageError(QCoreApplication::translate("moctl::cli", "--account takes a numeric account id."));
    }
    QList<Operation> operations;
    for (const QString &idText : context.args.takeValues(u"--id"_s, &error)) {
        bool ok = false;
        const quint64 id = idText.toULongLong(&ok);
        if (!ok)
            return context.usageError(QCoreApplication::translate("moctl::cli", "--id takes a numeric table id, not \"%1\".").arg(idText));
        operations << Operation::flush(TableRef::byId(id));
    }
    if (!error.isEmpty())
        return context.usageError(error);
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(QCoreApplication::translate("moctl::cli", "Unknown option %1 for flush.").arg(unknown));
    for (const QString &target : context.args.remaining()) {
        ParsedTarget parsed = parseTableTarget(target);
        if (parsed.error.isError())
            return context.usageError(parsed.error.message());
        parsed.table.accountId = account;
        operations << Operation::flush(parsed.table);
    }
    if (operations.isEmpty())
        return context.usageError(QCoreApplication::translate("moctl::cli", "flush needs at least one table (db.table) or --id N."));
    return runOperations(context, operations, options.execution);
}

int commandCheckpoint(Context &context, OperationKind kind)
{
    CommonOptions options;
    if (int rc = readCommon(context, options, false); rc != ExitOk)
        return rc;
    QString error;
    QString duration;
    if (auto v = context.args.takeValue(u"--duration"_s, &error))
        duration = *v;
    if (!error.isEmpty())
        return context.usageError(error);
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(QCoreApplication::translate("moctl::cli", "Unknown option %1.").arg(unknown));
    if (!context.args.remaining().isEmpty())
        return context.usageError(QCoreApplication::translate("moctl::cli", "Unexpected argument %1.").arg(context.args.remaining().first()));
    const Operation op = kind == OperationKind::Checkpoint ? Operation::checkpoint(duration)
                                                           : Operation::globalCheckpoint(duration);
    return runOperations(context, {op}, options.execution);
}

} // namespace moctl::cli
