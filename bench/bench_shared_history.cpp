// The History page's reads on a shared history (the stand-in's MariaDB through QMYSQL) with 1,000,000
// runs: the schema is made by HistoryStore, the runs are bulk-inserted (multi-row INSERTs, 4 plans incl.
// ad hoc, 2 profiles, one minute apart, every 53rd partial, every 7th with one outcome), then:
//   - open: HistoryStore::open on the shared database (connect, schema check);
//   - the first page (200 newest runs, what the History page shows first), on a fresh reader connection
//     and again warm; a keyset next page;
//   - a filtered first page (status partial; a profile; a plan) and the filter choices;
//   - countRuns() unfiltered and filtered (the page itself never counts all runs).
//   bench_shared_history [RUNS]     (default 1000000)
// The stand-in runs with a 32 MB InnoDB buffer pool (a test server); the bench raises it to 256 MB, a
// small production setting, before measuring (SET GLOBAL, the stand-in is the bench's own).
// RESULT lines: shared_history_first_page_ms (<=300), shared_history_filtered_page_ms (<=300),
// shared_history_open_ms, shared_history_count_ms, shared_history_fill_s.
#include "benchcommon.h"
#include "connection/connectionfactory.h"
#include "history/historylocation.h"
#include "history/historystore.h"

#include <cstdio>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void result(const char *name, double value, const char *unit, const char *target)
{
    std::printf("RESULT %s %.1f %s %s\n", name, value, unit, target);
    std::fflush(stdout);
}

bool fill(const bench::Server &s, const QString &database, int runs)
{
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(runs) * 60000;
    const char *plans[] = { "", "nightly", "weekly", "hourly" };
    constexpr int Batch = 5000;
    int outcomeRuns = 0;
    for (int first = 0; first < runs; first += Batch) {
        QStringList rows;
        QStringList outcomes;
        const int last = qMin(runs, first + Batch);
        for (int i = first; i < last; ++i) {
            const QString plan = QString::fromLatin1(plans[i % 4]);
            const QString profile = i % 2 ? u"prod"_s : u"staging"_s;
            const bool partial = i % 53 == 0;
            const qint64 started = start + qint64(i) * 60000;
            rows << u"(%1,'%2-id','%2','%3','%4','scheduled',%5,%6,'%7',2,%8,%9,0,0,0,'bench-host',1,'%10',"
                    "'db.example:6001 as sys:root','','8.0.30-MatrixOne-v2.2.0')"_s.arg(i + 1)
                        .arg(profile, plan.isEmpty() ? QString() : plan + u"-id"_s, plan)
                        .arg(started)
                        .arg(started + 1500 + (i % 11) * 100)
                        .arg(partial ? u"partial"_s : u"ok"_s)
                        .arg(partial ? 1 : 2)
                        .arg(partial ? 1 : 0)
                        .arg(partial ? u"no such table db.t9"_s : QString());
            if (i % 7 == 0) {
                outcomes << u"(%1,0,0,'flush','db.t%2','SELECT 1',1,%3,120,'ok','',0,'','{}','','')"_s
                                .arg(i + 1)
                                .arg(i % 50)
                                .arg(started);
                ++outcomeRuns;
            }
        }
        if (!bench::exec(s,
                u"INSERT INTO `%1`.runs (id, profile_id, profile_name, plan_id, plan_name, `trigger`, "
                u"started,"
                " finished, status, operations, ok, failed, timed_out, cancelled, skipped, host, pid, error, "
                "server,"
                " writer, server_version) VALUES "_s.arg(database)
                    + rows.join(u','))
            || (!outcomes.isEmpty()
                && !bench::exec(s,
                    u"INSERT INTO `%1`.outcomes (run_id, step, op_index, operation, target, `sql`, attempts,"
                    " started, duration_ms, status, error_kind, code, message, raw_reply, server_message, "
                    "detail)"
                    " VALUES "_s.arg(database)
                        + outcomes.join(u','))))
            return false;
    }
    std::printf("filled %d runs (%d with an outcome)\n", runs, outcomeRuns);
    return true;
}

template <typename F> double median(int reps, F &&f)
{
    QList<double> times;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << msSince(t);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000000;
    const bench::Server s = bench::server();
    if (!s.ok()) {
        std::fprintf(stderr, "bench_shared_history: %s\n", qPrintable(s.why));
        return 2;
    }
    bench::quietServer(s);
    bench::exec(s, u"SET GLOBAL innodb_buffer_pool_size = 268435456"_s);
    const QString database = u"moctl_bench_shared_history"_s;
    bench::exec(s, u"DROP DATABASE IF EXISTS `%1`"_s.arg(database));
    if (!bench::exec(s, u"CREATE DATABASE `%1`"_s.arg(database)))
        return 1;
    HistoryLocation location;
    location.kind = HistoryLocation::Kind::MySql;
    location.host = s.settings.host;
    location.port = s.settings.port;
    location.user = s.settings.user;
    location.database = database;
    {
        HistoryStore creator;
        if (!creator.open(location, s.settings.password)) {
            std::fprintf(stderr, "bench_shared_history: %s\n", qPrintable(creator.errorString()));
            return 1;
        }
    }
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(s, database, runs))
        return 1;
    const double fillSeconds = msSince(fillTimer) / 1000.0;
    bench::exec(s, u"ANALYZE TABLE `%1`.runs, `%1`.outcomes"_s.arg(database));
    std::printf("fill: %.1f s (%.0f runs/s)\n", fillSeconds, runs / fillSeconds);

    QElapsedTimer t;
    t.start();
    HistoryStore store;
    if (!store.open(location, s.settings.password)) {
        std::fprintf(stderr, "bench_shared_history: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    const double openMs = msSince(t);

    // The first page as the History page asks for it, on this thread's first reader connection.
    RunFilter first;
    first.limit = 200;
    t.restart();
    QList<RunRecord> page = store.runs(first);
    const double firstPageColdMs = msSince(t);
    const double firstPageMs = median(5, [&] { page = store.runs(first); });
    RunFilter next = first;
    next.afterRunId = page.isEmpty() ? 0 : page.last().id;
    const double nextPageMs = median(5, [&] { store.runs(next); });
    RunFilter partial = first;
    partial.statuses = { RunStatus::Partial };
    QList<RunRecord> partialPage;
    const double partialMs = median(5, [&] { partialPage = store.runs(partial); });
    RunFilter profile = first;
    profile.profileId = u"prod-id"_s;
    const double profileMs = median(5, [&] { store.runs(profile); });
    RunFilter plan = first;
    plan.planId = u"weekly-id"_s;
    const double planMs = median(5, [&] { store.runs(plan); });
    HistoryChoices choices;
    const double choicesMs = median(3, [&] { choices = store.choices(); });
    int count = 0;
    const double countMs = median(3, [&] { count = store.countRuns(); });
    int partialCount = 0;
    const double partialCountMs = median(3, [&] { partialCount = store.countRuns(partial); });

    std::printf("runs in the shared history: %d (count), first page %lld rows, partial page %lld rows, "
                "choices %lld profiles / %lld plans, partial runs %d\n",
        count, qint64(page.size()), qint64(partialPage.size()), qint64(choices.profiles.size()),
        qint64(choices.plans.size()), partialCount);
    std::printf("open %.1f ms | first page %.1f ms (fresh connection %.1f ms) | next page %.1f ms\n", openMs,
        firstPageMs, firstPageColdMs, nextPageMs);
    std::printf("filtered first page: status %.1f ms, profile %.1f ms, plan %.1f ms | choices %.1f ms\n",
        partialMs, profileMs, planMs, choicesMs);
    std::printf("countRuns: all %.1f ms, status partial %.1f ms\n", countMs, partialCountMs);
    result("shared_history_fill_s", fillSeconds, "s", "-");
    result("shared_history_open_ms", openMs, "ms", "-");
    result("shared_history_first_page_ms", qMax(firstPageMs, firstPageColdMs), "ms", "<=300");
    result("shared_history_filtered_page_ms", qMax(partialMs, qMax(profileMs, planMs)), "ms", "<=300");
    result("shared_history_count_ms", countMs, "ms", "-");
    bench::exec(s, u"DROP DATABASE IF EXISTS `%1`"_s.arg(database));
    return page.size() == qMin(200, runs) ? 0 : 1;
}
