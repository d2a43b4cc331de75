// A fleet run: one plan on 20 clusters x 50 tables with 20 ms injected latency per call, through
// executeFleet (every cluster at once, each with the runner's usual 4 connections), against the slowest
// of the same clusters run alone. The stand-in is one server: the 20 "clusters" are 20 profiles on it,
// each flushing the 50 tables of its own database.
// Target: fleet wall <= 1.2 x the slowest single cluster.
#include "benchcommon.h"
#include "history/historystore.h"
#include "runner/fleetrun.h"
#include "runner/runner.h"

#include <cstdio>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

constexpr int kClusters = 20;
constexpr int kTables = 50;
constexpr int kLatencyMs = 20;

QString database(int cluster)
{
    return u"bench_fleet_%1"_s.arg(cluster, 2, 10, QLatin1Char('0'));
}

moctl::FleetMember member(const moctl::ConnectionSettings &settings, int cluster)
{
    moctl::ExecutionOptions options; // parallelism 4, as a plan step's default
    options.retries = 0;
    options.timeout = std::chrono::seconds(30);
    QList<moctl::Operation> ops;
    for (int i = 0; i < kTables; ++i)
        ops << moctl::Operation::flush(moctl::TableRef::byName(database(cluster), bench::tableName(i)));
    moctl::FleetMember m;
    m.profile.name = u"cluster-%1"_s.arg(cluster);
    m.request.settings = settings;
    m.request.profileId = m.profile.idString();
    m.request.profileName = m.profile.name;
    m.request.trigger = moctl::RunTrigger::Cli;
    m.request.policy = moctl::FailurePolicy::Continue;
    m.request.steps = moctl::RunRequest::stepsFor(ops, options);
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bench::Server server = bench::server();
    if (!server.ok()) {
        std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(server.why));
        return 2;
    }
    if (!bench::quietServer(server))
        return 1;
    for (int c = 0; c < kClusters; ++c) {
        if (!bench::createTables(server, database(c), kTables))
            return 1;
    }
    if (!bench::setSwitch(server, u"latency_ms"_s, kLatencyMs))
        return 1;
    QList<moctl::FleetMember> members;
    for (int c = 0; c < kClusters; ++c)
        members << member(server.settings, c);
    const int reps = bench::repetitions(3);
    bool allOk = true;

    // Each cluster alone (one after the other): the slowest is what a fleet cannot beat.
    QList<double> slowest;
    QList<double> sums;
    for (int r = 0; r < reps; ++r) {
        double worst = 0;
        double sum = 0;
        for (const moctl::FleetMember &m : std::as_const(members)) {
            QElapsedTimer clock;
            clock.start();
            const moctl::RunSummary s = moctl::executeRun(m.request, nullptr, moctl::CancelToken());
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            if (s.ok != kTables) {
                allOk = false;
                std::fprintf(stderr, "bench_fleet: %s alone: %d of %d ok; %s\n", qPrintable(m.profile.name),
                    s.ok, kTables, qPrintable(s.firstError.message()));
            }
            worst = qMax(worst, ms);
            sum += ms;
        }
        slowest << worst;
        sums << sum;
    }
    // The fleet: every cluster at once.
    QList<double> walls;
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer clock;
        clock.start();
        const moctl::FleetSummary fleet
            = moctl::executeFleet(members, nullptr, moctl::CancelToken(), kClusters);
        walls << double(clock.nsecsElapsed()) / 1e6;
        for (const moctl::RunSummary &s : fleet.members) {
            if (s.ok != kTables) {
                allOk = false;
                std::fprintf(stderr, "bench_fleet: a member: %d of %d ok; %s\n", s.ok, kTables,
                    qPrintable(s.firstError.message()));
            }
        }
    }
    // The same with every run and outcome recorded in a history file (as moctl run-plan does): one
    // writer thread takes 20 x 50 outcomes while the clusters run.
    QList<double> recorded;
    QTemporaryDir dir;
    moctl::HistoryStore history;
    if (!history.open(dir.filePath(u"history.sqlite"_s))) {
        std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(history.errorString()));
        return 1;
    }
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer clock;
        clock.start();
        const moctl::FleetSummary fleet
            = moctl::executeFleet(members, &history, moctl::CancelToken(), kClusters);
        recorded << double(clock.nsecsElapsed()) / 1e6;
        allOk = allOk && fleet.okMembers() == kClusters;
    }
    bench::setSwitch(server, u"latency_ms"_s, 0);

    const double slow = bench::median(slowest);
    const double sum = bench::median(sums);
    const double wall = bench::median(walls);
    const double withHistory = bench::median(recorded);
    const double ideal = std::ceil(double(kTables) / moctl::ExecutionOptions().parallelism) * kLatencyMs;
    std::printf(
        "\nFleet: %d clusters (profiles on one stand-in, a database each) x %d tables, %d ms latency per "
        "call, parallelism %d per cluster, %d clusters at once, median of %d\n\n",
        kClusters, kTables, kLatencyMs, moctl::ExecutionOptions().parallelism, kClusters, reps);
    std::printf("%-34s %10.1f ms\n", "one cluster alone, ideal", ideal);
    std::printf("%-34s %10.1f ms\n", "slowest cluster alone", slow);
    std::printf("%-34s %10.1f ms\n", "sum of the clusters alone", sum);
    std::printf("%-34s %10.1f ms\n", "fleet wall", wall);
    std::printf("%-34s %10.3f\n", "fleet wall / slowest alone", wall / slow);
    std::printf("%-34s %10.3f\n", "fleet wall / sum", wall / sum);
    std::printf("%-34s %10.1f ms (%.3f x slowest alone)\n\n", "fleet wall, history recorded", withHistory,
        withHistory / slow);
    bench::result("fleet_wall", wall, "ms", "-");
    bench::result("fleet_slowest_single_wall", slow, "ms", "-");
    bench::result("fleet_x_slowest_single", wall / slow, "ratio", "<=1.2");
    bench::result("fleet_recorded_x_slowest_single", withHistory / slow, "ratio", "-");
    return allOk ? 0 : 1;
}
