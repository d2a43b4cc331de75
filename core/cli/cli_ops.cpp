// moctl flush / checkpoint / global-checkpoint
#include "catalog/catalog.h"
#include "catalog/tablepattern.h"
#include "cli_commands.h"
#include "cli_log.h"
#include "history/historystore.h"
#include "moctl/duration.h"
#include "moctl/identifier.h"
#include "moctl/statement.h"
#include "platform/stoprequests.h"
#include "runner/runner.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <mutex>
#include <QCoreApplication>
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
            return context.usageError(QCoreApplication::translate(
                "moctl::cli", "--timeout takes a number of seconds from %1 to %2, not \"%3\".")
                                          .arg(MinTimeoutSeconds)
                                          .arg(MaxTimeoutSeconds)
                                          .arg(*v));
        options.execution.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (auto v = context.args.takeValue(u"--retries"_s, &error)) {
        bool ok = false;
        const int retries = v->toInt(&ok);
        if (!ok || retries < 0 || retries > 20)
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--retries takes a whole number from 0 to 20."));
        options.execution.retries = retries;
    }
    if (flush) {
        if (auto v = context.args.takeValue(u"--parallel"_s, &error)) {
            bool ok = false;
            const int parallel = v->toInt(&ok);
            if (!ok || parallel < 1 || parallel > 64)
                return context.usageError(QCoreApplication::translate(
                    "moctl::cli", "--parallel takes a whole number from 1 to 64."));
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
            context.out << "-- "
                        << QCoreApplication::translate(
                               "moctl::cli", "%1 contains a dot; its id is looked up first:")
                               .arg(op.table.display())
                        << "\n-- "
                        << tableIdQuery(op.table.database, op.table.table, op.table.accountId.value_or(0))
                        << ";\n"
                        << "SELECT mo_ctl('dn', 'flush', '<rel_id>');\n";
            continue;
        }
        context.out << buildStatement(op).sql << ";\n";
    }
    context.out.flush();
}

} // namespace

int runOperations(Context &context, const QList<Operation> &operations, const ExecutionOptions &options,
    const ResolvedConnection *resolved)
{
    // Everything is checked before anything is sent.
    for (const Operation &op : operations) {
        if (op.kind == OperationKind::Flush && !op.table.tableId && needsTableId(op.table)) {
            for (const QString &name : { op.table.database, op.table.table }) {
                if (MoError e = validateName(name, QCoreApplication::translate("moctl::cli", "name"));
                    e.isError())
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
    ResolvedConnection connection = resolved ? *resolved : resolveConnection(context);
    if (connection.exitCode != ExitOk)
        return connection.exitCode;

    RunRequest request;
    request.settings = connection.settings;
    request.profileId = connection.profileId;
    request.profileName
        = connection.profileName.isEmpty() ? connection.settings.describe() : connection.profileName;
    request.trigger = RunTrigger::Cli;
    request.policy = FailurePolicy::Continue;
    request.steps = RunRequest::stepsFor(operations, options);
    return runRequest(context, request);
}

int runRequest(Context &context, const RunRequest &request, RunSummary *summaryOut)
{
    std::unique_ptr<HistoryStore> recorder = makeRecorder(context);
    CancelToken cancel;
    // Ctrl+C, SIGTERM (Kubernetes stopping the pod), SIGHUP (a closed terminal), Ctrl+Break on Windows:
    // the watcher thread turns the request into a cancellation (KILL QUERY for what is running, the
    // run recorded as cancelled, exit 4); the default handling is back afterwards.
    auto stopRequests = std::make_unique<platform::StopRequests>();
    std::atomic<bool> runDone { false };
    // A scheduler's child (MOCTL_PARENT_PID) also cancels when its parent is gone: Linux sends it
    // SIGTERM (PR_SET_PDEATHSIG); elsewhere this check is what ties it to the parent.
    const qint64 parentPid = context.env("MOCTL_PARENT_PID").toLongLong();
    std::thread interruptWatcher([&] {
        while (!runDone.load()) {
            if (platform::StopRequests::requested() || (parentPid > 0 && !parentAlive(parentPid))) {
                cancel.cancel();
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    RunCallbacks callbacks;
    std::mutex outputMutex;
    const bool jsonLog = context.logFormat == LogFormat::Json;
    if (jsonLog)
        callbacks.runStarted = [&](qint64 runId) { logRunStarted(context, request, runId); };
    callbacks.operationFinished = [&](const Outcome &outcome) {
        std::lock_guard lock(outputMutex);
        if (jsonLog)
            logOutcome(context, outcome);
        else
            printOutcome(context, outcome);
    };
    const RunSummary summary = executeRun(request, recorder.get(), cancel, callbacks);
    runDone = true;
    interruptWatcher.join();
    stopRequests.reset();
    int code = exitCodeFor(summary);
    // Nothing is dropped without saying so: what the history could not take is reported, and a run
    // that was otherwise ok exits 5.
    if (recorder->unwrittenCount() > 0 && !recorder->writeUnwritten()) {
        if (recorder->isQueuedLocally()) {
            // A shared history out of reach: the run is safe on local disk and sent later; not exit 5.
            context.err << "moctl: " << QCoreApplication::translate("moctl::cli", "warning: ")
                        << recorder->queueNotice() << '\n';
        } else {
            context.err << "moctl: "
                        << QCoreApplication::translate("moctl::cli",
                               "the history could not be written, so this run is not (fully) recorded "
                               "(%n record(s) lost): %1",
                               nullptr, recorder->unwrittenCount())
                               .arg(recorder->errorString())
                        << '\n';
            if (code == ExitOk)
                code = ExitHistory;
        }
        context.err.flush();
    }
    if (summaryOut)
        *summaryOut = summary;
    if (jsonLog) {
        logRunFinished(context, request, summary, code);
        return code;
    }
    if (context.format == OutputFormat::Text && request.operationCount() > 1) {
        QString line = QCoreApplication::translate(
            "moctl::cli", "%1 ok, %2 failed, %3 timed out, %4 cancelled, %5 skipped")
                           .arg(summary.ok)
                           .arg(summary.failed)
                           .arg(summary.timedOut)
                           .arg(summary.cancelled)
                           .arg(summary.skipped);
        if (summary.notAttempted > 0)
            line += QCoreApplication::translate("moctl::cli", ", %1 not attempted (server unreachable)")
                        .arg(summary.notAttempted);
        context.out << line << '\n';
    }
    context.out.flush();
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
        if (!ok || *account > 0xffffffffULL) // MatrixOne: an account id is a uint32
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--account takes a numeric account id."));
    }
    const bool companions = context.args.takeFlag(u"--with-companions"_s);
    QList<TableRef> requested; // in the order given: names, then ids
    QList<std::pair<qsizetype, TablePattern>> patterns; // position in `requested` they resolve at
    for (const QString &idText : context.args.takeValues(u"--id"_s, &error)) {
        bool ok = false;
        const quint64 id = idText.toULongLong(&ok);
        if (!ok || id == 0)
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--id takes a numeric table id, not \"%1\".")
                    .arg(idText));
        TableRef ref = TableRef::byId(id);
        ref.accountId = account; // checked against mo_tables before the flush
        requested << ref;
    }
    if (!error.isEmpty())
        return context.usageError(error);
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1 for flush.").arg(unknown));
    QList<TableRef> named;
    for (const QString &target : context.args.remaining()) {
        if (TablePattern::hasUnquotedWildcard(target)) {
            QString why;
            const TablePattern pattern = TablePattern::parse(target, &why);
            if (!pattern.isValid())
                return context.usageError(why);
            patterns.append({ named.size(), pattern });
            continue;
        }
        ParsedTarget parsed = parseTableTarget(target);
        if (parsed.error.isError())
            return context.usageError(parsed.error.message());
        parsed.table.accountId = account;
        named << parsed.table;
    }
    requested = named + requested;
    if (requested.isEmpty() && patterns.isEmpty())
        return context.usageError(QCoreApplication::translate(
            "moctl::cli", "flush needs at least one table (db.table), a pattern (db.*) or --id N."));

    // The catalog is read for patterns, companions, and names MatrixOne would lower-case (a name as
    // written is found or not by the server itself); otherwise nothing but the flush is sent, and a
    // dry run needs no server.
    const bool mixedCase = std::any_of(named.cbegin(), named.cend(),
        [](const TableRef &t) { return t.database != t.database.toLower() || t.table != t.table.toLower(); });
    const bool needCatalog = !patterns.isEmpty() || companions || (mixedCase && !context.dryRun);
    if (!needCatalog) {
        QList<Operation> operations;
        for (const TableRef &ref : std::as_const(requested))
            operations << Operation::flush(ref);
        return runOperations(context, operations, options.execution);
    }
    for (const TableRef &ref : std::as_const(named)) {
        for (const QString &name : { ref.database, ref.table }) {
            if (MoError e = validateName(name, QCoreApplication::translate("moctl::cli", "name"));
                e.isError())
                return context.usageError(e.message());
        }
    }
    ResolvedConnection connection = resolveConnection(context);
    if (connection.exitCode != ExitOk)
        return connection.exitCode;

    // Names, patterns and companions are resolved from the catalog the way MatrixOne finds tables:
    // the account's own tables (sys's unless --account), the name as written or lower-cased.
    const CatalogListing listing = Catalog::fetch(
        connection.settings, CatalogOptions { account ? AccountScope::All : AccountScope::Own, false });
    if (!listing.ok() && (!patterns.isEmpty() || companions)) {
        context.err << "moctl: "
                    << QCoreApplication::translate("moctl::cli", "cannot list the tables: %1")
                           .arg(listing.error.message())
                    << '\n';
        context.err.flush();
        const int code = exitCodeFor(listing.error);
        return code == ExitOk || code == ExitUsage ? ExitFailed : code;
    }
    const quint64 scopeAccount = account.value_or(listing.ownAccount);
    const QList<TableInfo> tables = listing.tablesOfAccount(scopeAccount);
    QList<TableRef> refs;
    const auto resolvePatternsAt = [&](qsizetype position) -> bool {
        for (const auto &[at, pattern] : std::as_const(patterns)) {
            if (at != position)
                continue;
            const QList<TableRef> matched = TablePattern::resolve({ pattern }, tables);
            if (matched.isEmpty()) {
                context.err << "moctl: "
                            << QCoreApplication::translate("moctl::cli", "the pattern %1 matches no table")
                                   .arg(pattern.text())
                            << '\n';
                context.err.flush();
                return false;
            }
            if (context.dryRun) {
                QStringList names;
                for (const TableRef &t : matched)
                    names << t.display();
                context.out << "-- "
                            << QCoreApplication::translate("moctl::cli", "%1 resolves to %n table(s): %2",
                                   nullptr, int(matched.size()))
                                   .arg(pattern.text(), names.join(u", "_s))
                            << '\n';
            }
            refs << matched;
        }
        return true;
    };
    for (qsizetype i = 0; i < requested.size(); ++i) {
        if (!resolvePatternsAt(i))
            return ExitFailed;
        const TableRef &ref = requested.at(i);
        const qsizetype found = ref.hasName() && listing.ok()
            ? findTableIndex(tables, ref.database, ref.table, scopeAccount)
            : -1;
        refs << (found >= 0 ? tableRefFor(tables.at(found)) : ref); // a missing table: the server says so
    }
    if (!resolvePatternsAt(requested.size()))
        return ExitFailed;
    if (companions)
        refs = withCompanions(refs, listing.tables);
    QList<Operation> operations;
    for (const TableRef &ref : std::as_const(refs)) {
        const Operation op = Operation::flush(ref);
        if (!operations.contains(op))
            operations << op;
    }
    return runOperations(context, operations, options.execution, &connection);
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
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1.").arg(unknown));
    if (!context.args.remaining().isEmpty())
        return context.usageError(QCoreApplication::translate("moctl::cli", "Unexpected argument %1.")
                                      .arg(context.args.remaining().first()));
    const Operation op = kind == OperationKind::Checkpoint ? Operation::checkpoint(duration)
                                                           : Operation::globalCheckpoint(duration);
    // The server may take the whole duration; a shorter client time limit gives up first.
    if (const QString warning = durationLimitWarning(duration, options.execution.timeout);
        !warning.isEmpty()) {
        context.err << "moctl: " << QCoreApplication::translate("moctl::cli", "warning: %1").arg(warning)
                    << '\n';
        context.err.flush();
    }
    return runOperations(context, { op }, options.execution);
}

} // namespace moctl::cli
