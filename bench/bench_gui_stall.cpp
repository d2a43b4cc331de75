// GUI event-loop stall while a 200-table run with 20 ms latency per call goes through the Runner
// QObject: a 1 ms heartbeat timer on the GUI thread, every outcome fed into a QStandardItemModel shown
// in a QTableView (as the operations panel does). Prints the max and p99 gap between heartbeats.
// Target: max gap <= 16 ms (one frame at 60 Hz).
#include "benchcommon.h"

#include "runner/runner.h"

#include <QApplication>
#include <QHeaderView>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTables = 200;
constexpr int kLatencyMs = 20;
const QString kDatabase = u"bench_flush"_s;

// CPU time of the calling thread: tells a stall spent working from one spent waiting for a CPU.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

enum Column { TargetColumn, StatusColumn, AttemptsColumn, DurationColumn, MessageColumn, ColumnCount };

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bench::Server server = bench::server();
    if (!server.ok()) {
        std::fprintf(stderr, "bench_gui_stall: %s\n", qPrintable(server.why));
        return 2;
    }
    if (!bench::quietServer(server) || !bench::createTables(server, kDatabase, kTables)
        || !bench::setSwitch(server, u"latency_ms"_s, kLatencyMs))
        return 1;
    const int parallelism = qEnvironmentVariableIntValue("MOCTL_BENCH_PARALLELISM") > 0
                                ? qEnvironmentVariableIntValue("MOCTL_BENCH_PARALLELISM")
                                : 8;

    QList<moctl::Operation> ops;
    for (int i = 0; i < kTables; ++i)
        ops << moctl::Operation::flush(moctl::TableRef::byName(kDatabase, bench::tableName(i)));
    moctl::ExecutionOptions options;
    options.parallelism = parallelism;
    options.retries = 0;
    moctl::RunRequest request;
    request.settings = server.settings;
    request.policy = moctl::FailurePolicy::Continue;
    request.steps = moctl::RunRequest::stepsFor(ops, options);

    // The panel: one row per operation, updated as outcomes arrive.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *progress = new QProgressBar(&window);
    auto *view = new QTableView(&window);
    layout->addWidget(progress);
    layout->addWidget(view);
    QStandardItemModel model(0, ColumnCount);
    model.setHorizontalHeaderLabels({u"Target"_s, u"Status"_s, u"Attempts"_s, u"Duration"_s, u"Message"_s});
    for (const moctl::Operation &op : ops) {
        QList<QStandardItem *> row;
        row << new QStandardItem(op.targetText()) << new QStandardItem(u"Queued"_s) << new QStandardItem
            << new QStandardItem << new QStandardItem;
        model.appendRow(row);
    }
    view->setModel(&model);
    view->horizontalHeader()->setStretchLastSection(true);
    window.resize(1000, 700);
    window.show();

    moctl::Runner runner;
    QObject::connect(&runner, &moctl::Runner::progressChanged, progress, &QProgressBar::setValue);
    QObject::connect(&runner, &moctl::Runner::operationStarted, &model, [&](int index, int attempt) {
        model.item(index, StatusColumn)->setText(u"Running"_s);
        model.item(index, AttemptsColumn)->setText(QString::number(attempt));
    });
    int ok = 0;
    bool allOk = true;
    QObject::connect(&runner, &moctl::Runner::operationFinished, &model, [&](const moctl::Outcome &outcome) {
        const int row = outcome.operationIndex;
        model.item(row, StatusColumn)->setText(moctl::outcomeStatusTitle(outcome.status));
        model.item(row, DurationColumn)->setText(u"%1 ms"_s.arg(outcome.durationMs));
        model.item(row, MessageColumn)->setText(outcome.error.isError() ? outcome.message() : u"OK"_s);
        ok += outcome.status == moctl::OutcomeStatus::Ok;
    });

    // The heartbeat: gaps between ticks while a run is going.
    QElapsedTimer wall;
    QList<double> gaps;
    gaps.reserve(20000);
    QElapsedTimer beat;
    double beatCpu = 0;
    bool measuring = false;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        if (measuring) {
            gaps << double(beat.nsecsElapsed()) / 1e6;
            const double cpu = threadCpuMs() - beatCpu;
            if (gaps.last() > 16)
                std::printf("  stall of %.1f ms (GUI thread on CPU for %.1f ms of it) ending %.0f ms into the run\n",
                            gaps.last(), cpu, double(wall.elapsed()));
        }
        beat.restart();
        beatCpu = threadCpuMs();
    });

    // Run 0 warms up (first paint of every glyph, thread pool, connections); runs 1..N are measured.
    const int runs = bench::repetitions(3);
    QList<double> maxGaps;
    QList<double> allGaps;
    QList<double> walls;
    int run = 0;
    const auto startRun = [&] {
        for (int r = 0; r < model.rowCount(); ++r) {
            model.item(r, StatusColumn)->setText(u"Queued"_s);
            for (int c : {AttemptsColumn, DurationColumn, MessageColumn})
                model.item(r, c)->setText({});
        }
        ok = 0;
        QTimer::singleShot(200, &app, [&] { // after the reset has painted
            gaps.clear();
            beat.start();
            measuring = true;
            wall.start();
            runner.start(request, nullptr);
        });
    };
    QObject::connect(&runner, &moctl::Runner::finished, &app, [&] {
        measuring = false;
        const double max = gaps.isEmpty() ? 0 : *std::max_element(gaps.cbegin(), gaps.cend());
        std::printf("%s %d: wall %.0f ms, %lld heartbeats, %d of %d ok, p99 gap %.2f ms, max gap %.2f ms\n",
                    run == 0 ? "warm-up" : "run", run, double(wall.nsecsElapsed()) / 1e6, qlonglong(gaps.size()), ok,
                    kTables, bench::percentile(gaps, 99), max);
        if (ok != kTables)
            allOk = false;
        if (run > 0) {
            maxGaps << max;
            allGaps << gaps;
            walls << double(wall.nsecsElapsed()) / 1e6;
        }
        if (run++ < runs)
            startRun();
        else
            QTimer::singleShot(50, &app, &QCoreApplication::quit);
    });
    heartbeat.start();
    startRun();
    app.exec();
    bench::setSwitch(server, u"latency_ms"_s, 0);

    const double maxGap = maxGaps.isEmpty() ? 0 : *std::max_element(maxGaps.cbegin(), maxGaps.cend());
    const double p99 = bench::percentile(allGaps, 99);
    std::printf("\nGUI stall: %d tables, %d ms latency, parallelism %d, %s platform, %d measured runs\n", kTables,
                kLatencyMs, parallelism, qPrintable(QGuiApplication::platformName()), runs);
    std::printf("run wall median %.0f ms; heartbeat gap: median %.2f ms, p99 %.2f ms, max %.2f ms\n\n",
                bench::median(walls), bench::median(allGaps), p99, maxGap);
    bench::result("gui_stall_max_gap", maxGap, "ms", "<=16");
    bench::result("gui_stall_p99_gap", p99, "ms", "-");
    return allOk ? 0 : 1;
}
