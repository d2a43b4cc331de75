// Per-call overhead: 2,000 zero-latency SELECT mo_ctl('dn', 'flush', ...) calls through the runner
// (parallelism 1, one step) against a raw libmariadb loop on one connection sending the same
// statements. Target: runner <= 1.3 x raw loop.
#include "benchcommon.h"
#include "connection/connectionfactory.h"
#include "moctl/executor.h"
#include "moctl/statement.h"
#include "rawclient.h"
#include "runner/runner.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCalls = 2000;
constexpr int kTables = 20;
const QString kDatabase = u"bench_overhead"_s;

QList<moctl::Operation> operations()
{
    QList<moctl::Operation> ops;
    for (int i = 0; i < kCalls; ++i)
        ops << moctl::Operation::flush(moctl::TableRef::byName(kDatabase, bench::tableName(i % kTables)));
    return ops;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bench::Server server = bench::server();
    if (!server.ok()) {
        std::fprintf(stderr, "bench_call_overhead: %s\n", qPrintable(server.why));
        return 2;
    }
    if (!bench::quietServer(server) || !bench::createTables(server, kDatabase, kTables)
        || !bench::setSwitch(server, u"latency_ms"_s, 0))
        return 1;
    const int reps = bench::repetitions(7);

    QList<QByteArray> statements;
    for (const moctl::Operation &op : operations())
        statements << moctl::buildStatement(op).sql.toUtf8();

    moctl::ExecutionOptions options;
    options.parallelism = 1;
    options.retries = 0;
    options.timeout = std::chrono::seconds(30);
    moctl::RunRequest request;
    request.settings = server.settings;
    request.trigger = moctl::RunTrigger::Cli;
    request.policy = moctl::FailurePolicy::Continue;
    request.steps = moctl::RunRequest::stepsFor(operations(), options);

    // MOCTL_BENCH_PROFILE=raw|executor|runner: only that loop, 10 times (for perf record).
    const QString profile = qEnvironmentVariable("MOCTL_BENCH_PROFILE");
    if (!profile.isEmpty()) {
        for (int r = 0; r < 10; ++r) {
            if (profile == u"raw"_s) {
                bench::rawSequentialLoop(server.settings, statements);
            } else if (profile == u"executor"_s) {
                for (const moctl::Operation &op : operations())
                    moctl::OperationExecutor::execute(server.settings, op, std::chrono::seconds(30));
            } else {
                moctl::executeRun(request, nullptr, moctl::CancelToken());
            }
        }
        return 0;
    }

    // Alternate the two so that a noisy neighbour on the machine hits both alike. The machine may be
    // shared: the fastest repetition is the figure least disturbed by others; the client's CPU time per
    // call (this process only: the server is another process) does not depend on the load at all.
    QList<double> raw;
    QList<double> runner;
    QList<double> rawCpu;
    QList<double> runnerCpu;
    QList<double> executor; // OperationExecutor::execute in a loop: the runner's share of the overhead
    QList<double> executorCpu;
    const QList<moctl::Operation> ops = operations();
    bool allOk = true;
    // Both sides send the same statements on one connection each, opened inside the measured time
    // (the raw loop connects and closes; the runner opens its worker's connection and drops it at the
    // end of the run); the order alternates from one repetition to the next, so that neither side
    // always runs on a server that has just been woken up by the other.
    const auto runRaw = [&] {
        const double cpu = bench::processCpuMs();
        const bench::RawLoopResult loop = bench::rawSequentialLoop(server.settings, statements);
        rawCpu << bench::processCpuMs() - cpu;
        raw << loop.wallMs;
        if (loop.ok != kCalls) {
            allOk = false;
            std::fprintf(stderr, "raw loop: %d of %d ok: %s\n", loop.ok, kCalls, loop.firstError.constData());
        }
    };
    const auto runRunner = [&] {
        const double cpu = bench::processCpuMs();
        QElapsedTimer clock;
        clock.start();
        const moctl::RunSummary summary = moctl::executeRun(request, nullptr, moctl::CancelToken());
        runner << double(clock.nsecsElapsed()) / 1e6;
        runnerCpu << bench::processCpuMs() - cpu;
        if (summary.ok != kCalls) {
            allOk = false;
            std::fprintf(stderr, "runner: %d of %d ok: %s\n", summary.ok, kCalls,
                qPrintable(summary.firstError.message()));
        }
    };
    for (int r = 0; r < reps; ++r) {
        if (r % 2 == 0) {
            runRaw();
            runRunner();
        } else {
            runRunner();
            runRaw();
        }
        double cpu = bench::processCpuMs();
        QElapsedTimer clock;
        clock.start();
        int executorOk = 0;
        for (const moctl::Operation &op : ops)
            executorOk
                += moctl::OperationExecutor::execute(server.settings, op, std::chrono::seconds(30)).ok();
        moctl::ConnectionFactory::releaseThreadConnections();
        executor << double(clock.nsecsElapsed()) / 1e6;
        executorCpu << bench::processCpuMs() - cpu;
        if (executorOk != kCalls) {
            allOk = false;
            std::fprintf(stderr, "executor: %d of %d ok\n", executorOk, kCalls);
        }
    }
    const auto perCall = [](double ms) { return ms * 1000.0 / kCalls; };
    const double rawMin = *std::min_element(raw.cbegin(), raw.cend());
    const double runnerMin = *std::min_element(runner.cbegin(), runner.cend());
    const double rawMedian = bench::median(raw);
    const double runnerMedian = bench::median(runner);
    const double rawCpuMs = bench::median(rawCpu);
    const double runnerCpuMs = bench::median(runnerCpu);
    std::printf(
        "\nPer-call overhead: %d zero-latency calls, one connection, %d repetitions\n\n", kCalls, reps);
    std::printf("%-22s %14s %14s %16s\n", "", "best us/call", "median us/call", "client CPU us/call");
    std::printf("%-22s %14.1f %14.1f %16.1f\n", "raw libmariadb loop", perCall(rawMin), perCall(rawMedian),
        perCall(rawCpuMs));
    std::printf("%-22s %14.1f %14.1f %16.1f\n", "MOCTL runner (N=1)", perCall(runnerMin),
        perCall(runnerMedian), perCall(runnerCpuMs));
    std::printf("%-22s %14.1f %14.1f %16.1f\n", "  executor alone",
        perCall(*std::min_element(executor.cbegin(), executor.cend())), perCall(bench::median(executor)),
        perCall(bench::median(executorCpu)));
    std::printf("%-22s %14.3f %14.3f %16.3f\n\n", "ratio runner/raw", runnerMin / rawMin,
        runnerMedian / rawMedian, runnerCpuMs / rawCpuMs);
    bench::result("call_overhead_raw_per_call", perCall(rawMin), "us", "-");
    bench::result("call_overhead_runner_per_call", perCall(runnerMin), "us", "-");
    bench::result("call_overhead_runner_extra_cpu_per_call", perCall(runnerCpuMs - rawCpuMs), "us", "-");
    bench::result("call_overhead_x_raw", runnerMin / rawMin, "ratio", "<=1.3");
    bench::result("call_overhead_x_raw_median", runnerMedian / rawMedian, "ratio", "-");
    return allOk ? 0 : 1;
}
