// Per-call overhead: 2,000 zero-latency SELECT mo_ctl('dn', 'flush', ...) calls through the runner
// (parallelism 1, one step) against a raw libmariadb loop on one connection sending the same
// statements. Target: runner <= 1.3 x raw loop.
#include "benchcommon.h"
#include "rawclient.h"

#include "moctl/statement.h"
#include "runner/runner.h"

#include <QCoreApplication>

#include <cstdio>

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
    if (!bench::createTables(server, kDatabase, kTables) || !bench::setSwitch(server, u"latency_ms"_s, 0))
        return 1;
    const int reps = bench::repetitions(5);

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

    // Alternate the two so that a noisy neighbour on the machine hits both alike.
    QList<double> raw;
    QList<double> runner;
    bool allOk = true;
    for (int r = 0; r < reps; ++r) {
        const bench::RawLoopResult loop = bench::rawSequentialLoop(server.settings, statements);
        raw << loop.wallMs;
        if (loop.ok != kCalls) {
            allOk = false;
            std::fprintf(stderr, "raw loop: %d of %d ok: %s\n", loop.ok, kCalls, loop.firstError.constData());
        }
        QElapsedTimer clock;
        clock.start();
        const moctl::RunSummary summary = moctl::executeRun(request, nullptr, moctl::CancelToken());
        runner << double(clock.nsecsElapsed()) / 1e6;
        if (summary.ok != kCalls) {
            allOk = false;
            std::fprintf(stderr, "runner: %d of %d ok: %s\n", summary.ok, kCalls,
                         qPrintable(summary.firstError.message()));
        }
    }
    const double rawMs = bench::median(raw);
    const double runnerMs = bench::median(runner);
    std::printf("\nPer-call overhead: %d zero-latency calls, one connection, median of %d\n\n", kCalls, reps);
    std::printf("%-22s %10s %12s\n", "", "wall ms", "us per call");
    std::printf("%-22s %10.1f %12.1f\n", "raw libmariadb loop", rawMs, rawMs * 1000.0 / kCalls);
    std::printf("%-22s %10.1f %12.1f\n", "MOCTL runner (N=1)", runnerMs, runnerMs * 1000.0 / kCalls);
    std::printf("%-22s %10.3f\n\n", "ratio", runnerMs / rawMs);
    bench::result("call_overhead_raw_per_call", rawMs * 1000.0 / kCalls, "us", "-");
    bench::result("call_overhead_runner_per_call", runnerMs * 1000.0 / kCalls, "us", "-");
    bench::result("call_overhead_x_raw", runnerMs / rawMs, "ratio", "<=1.3");
    return allOk ? 0 : 1;
}
