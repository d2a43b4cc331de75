// History page figures with a big history: 1,000,000 runs (inserted directly with SQL in one
// transaction, into a file whose schema HistoryStore created; 4 plans incl. ad hoc, 2 profiles, one
// minute apart, every 53rd partial), then:
//   - open: HistoryStore::open + the whole History page built, shown, and its runs table painted with
//     rows (what the operator waits for), and the process's resident memory after it;
//   - the chart's data (the last runs of one plan, read on a worker thread) arriving;
//   - paging, a status filter, a text search (read on a worker thread: the time to the rows and the
//     GUI thread's longest stall meanwhile), and COUNT(*) for reference.
//   bench_history_view [RUNS]     (default 1000000)
// RESULT lines: history_open_ms (<=300), history_rss_mb (resident after open), history_rss_growth_mb
// (resident after open minus before the store was opened: must not grow with the number of runs),
// history_repaint_ms (one repaint of the whole page with its chart; <=16, a frame),
// history_search_stall_ms (the GUI thread's longest stall while paging, filtering and searching; <=50).
#include "history/historystore.h"
#include "historyrunsmodel.h"
#include "historyview.h"

#include <cstdio>
#include <functional>
#include <memory>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {
double rssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

bool fill(const QString &path, int runs)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-fill"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA synchronous=OFF"_s);
        db.transaction();
        QSqlQuery q(db);
        q.prepare(
            u"INSERT INTO runs (profile_id, profile_name, plan_id, plan_name, trigger, started, finished,"
            " status, operations, ok, failed, server, host, pid, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?,"
            " ?, ?, ?, ?)"_s);
        const qint64 base = QDateTime::currentMSecsSinceEpoch() - qint64(runs) * 60'000;
        const QStringList plans
            = { u"nightly"_s, u"hourly"_s, u"weekly"_s, u""_s }; // "" = ad hoc (columns are NOT NULL)
        for (int i = 0; i < runs; ++i) {
            const QString plan = plans.at(i % plans.size());
            const bool failed = i % 53 == 0;
            const qint64 started = base + qint64(i) * 60'000;
            q.addBindValue(i % 3 ? u"stage-id"_s : u"prod-id"_s);
            q.addBindValue(i % 3 ? u"stage"_s : u"prod"_s);
            q.addBindValue(plan.isEmpty() ? u""_s : plan + u"-id"_s);
            q.addBindValue(plan);
            q.addBindValue(plan.isEmpty() ? u"manual"_s : u"scheduled"_s);
            q.addBindValue(started);
            q.addBindValue(started + 800 + (i % 17) * 37);
            q.addBindValue(failed ? u"partial"_s : u"ok"_s);
            q.addBindValue(10);
            q.addBindValue(failed ? 9 : 10);
            q.addBindValue(failed ? 1 : 0);
            q.addBindValue(u"mo.example:6001"_s);
            q.addBindValue(u"bench"_s);
            q.addBindValue(1);
            q.addBindValue(failed ? u"no such table"_s : u""_s);
            if (!q.exec()) {
                std::fprintf(stderr, "insert: %s\n", qPrintable(q.lastError().text()));
                return false;
            }
        }
        ok = db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-fill"_s);
    return ok;
}
} // namespace

namespace {
// Notes the first paint of the runs table that has rows to show.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(HistoryView *view)
        : m_view(view)
    {
        view->runsView()->viewport()->installEventFilter(this);
    }
    bool done = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_view->model()->rowCount() > 0)
            done = true;
        return QObject::eventFilter(watched, event);
    }

private:
    HistoryView *m_view;
};

template <typename Pred> bool waitFor(Pred pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 1'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    {
        HistoryStore schema; // creates the schema
        if (!schema.open(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(schema.errorString()));
            return 1;
        }
    }
    QElapsedTimer clock;
    clock.start();
    if (!fill(path, runs)) {
        std::fprintf(stderr, "could not fill the history\n");
        return 1;
    }
    std::printf("filled %d runs in %.1f s (%lld MiB)\n", runs, double(clock.elapsed()) / 1000.0,
        QFile(path).size() / (1024 * 1024));
    {
        // Warm up Qt itself (style, fonts, platform) so the open figure is the history's, not the
        // first widget ever shown in the process (bench_cold_start measures that).
        QWidget warm;
        warm.resize(200, 100);
        warm.show();
        QApplication::processEvents();
    }
    const double rssBefore = rssMb();

    // Open: the store, the page, the first rows painted.
    clock.restart();
    HistoryStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const double storeMs = double(clock.nsecsElapsed()) / 1e6;
    auto view = std::make_unique<HistoryView>(&store);
    const double builtMs = double(clock.nsecsElapsed()) / 1e6;
    FirstPaint painted(view.get());
    view->resize(1200, 800);
    view->show();
    if (!waitFor([&] { return painted.done; }, 10'000)) {
        std::fprintf(stderr, "the runs table was never painted with rows\n");
        return 1;
    }
    const double openMs = double(clock.nsecsElapsed()) / 1e6;
    std::printf("open: store %.1f ms, page built %.1f ms, first rows painted %.1f ms (%d rows loaded)\n",
        storeMs, builtMs, openMs, view->model()->rowCount());
    const double rssOpen = rssMb();

    // The chart's data: read on a worker thread after the page is shown.
    clock.restart();
    const bool chartReady = waitFor([&] { return view->chart()->pointCount() > 0; }, 30'000);
    std::printf(
        "chart data for plan \"%s\": %.1f ms after the first paint, %d points of %lld runs, %d flagged%s\n",
        qPrintable(view->chart()->planName()), double(clock.nsecsElapsed()) / 1e6,
        view->chart()->pointCount(), view->chart()->totalRuns(), int(view->chart()->flagged().size()),
        chartReady ? "" : " (TIMED OUT)");
    const double rssChart = rssMb();

    // Paging and filters: read on a worker thread (the page's model loads in the background). Each
    // figure is the time until the rows are in, and the GUI thread's longest stall meanwhile (the
    // biggest gap between ticks of a 1 ms timer).
    HistoryRunsModel *model = view->model();
    QElapsedTimer sinceTick;
    qint64 maxGapNs = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        maxGapNs = qMax(maxGapNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    double worstStallMs = 0;
    const auto timed = [&](const char *what, const std::function<void()> &change) {
        const auto settled = [&] { return !model->isLoading(); };
        waitFor(settled, 60'000);
        sinceTick.restart();
        maxGapNs = 0;
        heartbeat.start();
        clock.restart();
        change();
        const bool done = waitFor(settled, 60'000);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        heartbeat.stop();
        const double stallMs = double(maxGapNs) / 1e6;
        worstStallMs = qMax(worstStallMs, stallMs);
        std::printf("%s: %.1f ms to the rows (%d loaded)%s, GUI thread's longest stall %.1f ms\n", what, ms,
            model->rowCount(), done ? "" : " (TIMED OUT)", stallMs);
    };
    // A repaint of the whole page with the chart's 2,000 points (a resize or an expose does this).
    QElapsedTimer paintClock;
    paintClock.start();
    view->repaint();
    const double pageRepaintMs = double(paintClock.nsecsElapsed()) / 1e6;
    paintClock.restart();
    view->chart()->repaint();
    std::printf("repaint: the whole page %.1f ms, its chart alone %.1f ms\n", pageRepaintMs,
        double(paintClock.nsecsElapsed()) / 1e6);
    timed("10 more pages", [&] {
        for (int i = 0; i < 10; ++i) {
            waitFor([&] { return !model->isLoading(); }, 60'000);
            if (!model->canFetchMore({}))
                break;
            model->fetchMore({});
        }
    });
    RunFilter failed;
    failed.statuses = { RunStatus::Partial };
    timed("filter by status (first page)", [&] { model->setFilter(failed); });
    RunFilter text;
    text.text = u"no such"_s;
    timed("text search (first page)", [&] { model->setFilter(text); });
    RunFilter nothing;
    nothing.text = u"no-such-table-anywhere"_s;
    timed("text search matching nothing (a full scan)", [&] { model->setFilter(nothing); });
    const double rssPaged = rssMb();
    view.reset();

    clock.restart();
    const int all = store.countRuns({});
    std::printf(
        "count all runs (not done by the page): %d in %.1f ms\n", all, double(clock.nsecsElapsed()) / 1e6);
    clock.restart();
    const HistoryChoices choices = store.choices();
    std::printf("filter choices (every profile and plan with runs, worker thread): %d profiles, %d plans in "
                "%.1f ms\n",
        int(choices.profiles.size()), int(choices.plans.size()), double(clock.nsecsElapsed()) / 1e6);

    std::printf("RSS before opening %.1f MB, after open %.1f MB, with the chart %.1f MB, after paging and "
                "filters %.1f MB\n",
        rssBefore, rssOpen, rssChart, rssPaged);
    std::printf("RESULT history_open_ms %.1f ms <=300\n", openMs);
    std::printf("RESULT history_rss_mb %.1f MB -\n", rssChart);
    std::printf("RESULT history_rss_growth_mb %.1f MB -\n", rssChart - rssBefore);
    std::printf("RESULT history_repaint_ms %.1f ms <=16\n", pageRepaintMs);
    std::printf("RESULT history_search_stall_ms %.1f ms <=50\n", worstStallMs);
    return chartReady ? 0 : 1;
}
