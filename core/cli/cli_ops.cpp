// moctl flush / checkpoint / global-checkpoint
#include "cli_commands.h"

#include "moctl/duration.h"
#include "moctl/identifier.h"
#include "moctl/statement.h"
#include "runner/runner.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {


volatile std::sig_atomic_t s_interrupted = 0;

extern "C" void onInterrupt(int)
{
    s_interrupted = 1; // the watcher thread turns this into a cancellation
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
        if (!ok || seconds <= 0 || seconds > 86400)
            return context.usageError(QCoreApplication::translate("moctl::cli", "--timeout takes a number of seconds between 0 and 86400."));
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
    std::unique_ptr<RunRecorder> recorder = makeRecorder(context);
    CancelToken cancel;
    s_interrupted = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    std::atomic<bool> runDone{false};
    std::thread interruptWatcher([&] {
        while (!runDone.load()) {
            if (s_interrupted) {
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
    if (context.format == OutputFormat::Text && request.operationCount() > 1) {
        context.out << QCoreApplication::translate("moctl::cli", "%1 ok, %2 failed, %3 timed out, %4 cancelled, %5 skipped")
                           .arg(summary.ok)
                           .arg(summary.failed)
                           .arg(summary.timedOut)
                           .arg(summary.cancelled)
                           .arg(summary.skipped)
                    << '\n';
    }
    context.out.flush();
    return exitCodeFor(summary);
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
    // The server may take the whole duration; a shorter client time limit gives up first.
    if (const QString warning = durationLimitWarning(duration, options.execution.timeout); !warning.isEmpty()) {
        context.err << "moctl: " << QCoreApplication::translate("moctl::cli", "warning: %1").arg(warning) << '\n';
        context.err.flush();
    }
    return runOperations(context, {op}, options.execution);
}

} // namespace moctl::cli
