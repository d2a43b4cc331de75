// GUI event-loop stall while the real Operations page runs a 200-table flush with 20 ms latency per
// call: the application's MainWindow with an OperationsPanel as its Operations page, wired as
// app/studio/main.cpp wires it (status bar progress and messages, a HistoryStore recording the run in
// a temporary directory), the Run started through OperationsPanel::run(). A 1 ms heartbeat QTimer on
// the GUI thread measures the gaps between its ticks during each run: max and p99.
// Target: max gap <= 16 ms (one frame at 60 Hz).
//   MOCTL_BENCH_PARALLELISM=N (default 8), MOCTL_BENCH_REPS=N measured runs (default 3, after a warm-up)
#include "benchcommon.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "runner/runtypes.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTables = 200;
constexpr int kLatencyMs = 20;
const QString kDatabase = u"bench_flush"_s;

// CPU time of the calling thread: tells a stall spent working from one spent waiting for a CPU.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// MOCTL_BENCH_TRACE=1: every event delivery on the GUI thread that takes more than 2 ms during a run
// is printed (MOCTL_BENCH_TRACE=2: more than 0.2 ms) (receiver class, event type, wall and CPU time): where a
// stall comes from.
bool g_measuring = false;
int g_metaCalls = 0; // queued signals delivered to the GUI thread during the run (with MOCTL_BENCH_TRACE)
double g_metaCallMs = 0;
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_trace || !g_measuring || (m_depth > 0 && !(m_paints && event->type() == QEvent::Paint)))
            return QApplication::notify(receiver, event);
        const int type = int(event->type());
        const char *cls = receiver->metaObject()->className();
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        const bool r = QApplication::notify(receiver, event);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        --m_depth;
        if (type == QEvent::MetaCall) {
            ++g_metaCalls;
            g_metaCallMs += ms;
        }
        if (ms > m_threshold)
            std::printf("    event %d to %s: %.1f ms (%.1f ms CPU)\n", type, cls, ms, threadCpuMs() - c0);
        return r;
    }

private:
    bool m_trace = qEnvironmentVariableIntValue("MOCTL_BENCH_TRACE") > 0;
    bool m_paints
        = qEnvironmentVariableIntValue("MOCTL_BENCH_TRACE") > 2; // 3: paint events of each widget too
    double m_threshold = qEnvironmentVariableIntValue("MOCTL_BENCH_TRACE") > 1 ? 0.2 : 2.0;
    int m_depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Nothing of the user's: settings and the application's data go to a temporary directory.
    QTemporaryDir dataDir;
    if (!dataDir.isValid()) {
        std::fprintf(stderr, "bench_gui_stall: no temporary directory\n");
        return 1;
    }
    qputenv("MOCTL_DATA_DIR", QFile::encodeName(dataDir.path()));
    QStandardPaths::setTestModeEnabled(true);
    TracingApplication app(argc, argv);
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

    // The history, as the application keeps it (every outcome is recorded by the run's threads).
    moctl::HistoryStore history;
    if (!history.open(dataDir.filePath(u"history.sqlite"_s))) {
        std::fprintf(stderr, "bench_gui_stall: cannot open the history in %s\n", qPrintable(dataDir.path()));
        return 1;
    }

    // The window and the Operations page, wired as app/studio/main.cpp does.
    moctl::MainWindow window;
    auto *panel = new moctl::OperationsPanel;
    panel->setRecorder(&history);
    moctl::ExecutionOptions defaults;
    defaults.parallelism = parallelism;
    defaults.retries = 0;
    panel->setDefaults(defaults);
    panel->setConnectionSupplier([&server] {
        moctl::OperationsPanel::Connection c;
        c.settings = server.settings;
        c.profileId = u"bench"_s;
        c.profileName = u"bench stand-in"_s;
        return c;
    });
    QObject::connect(
        panel, &moctl::OperationsPanel::progressChanged, &window, &moctl::MainWindow::setRunProgress);
    QObject::connect(panel, &moctl::OperationsPanel::statusChanged, &window,
        [&window](const QString &text) { window.showMessage(text); });
    window.setPage(moctl::MainWindow::Page::Operations, panel);
    window.showPage(moctl::MainWindow::Page::Operations);
    QList<moctl::TableRef> tables;
    for (int i = 0; i < kTables; ++i)
        tables << moctl::TableRef::byName(kDatabase, bench::tableName(i));
    panel->setKind(moctl::OperationKind::Flush);
    panel->setTables(tables);
    window.resize(1280, 800);
    window.show();

    // The heartbeat: gaps between ticks while a run is going.
    QElapsedTimer wall;
    QList<double> gaps;
    gaps.reserve(20000);
    QElapsedTimer beat;
    double beatCpu = 0;
    double beatProcessCpu = 0;
    bool measuring = false;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        if (measuring) {
            gaps << double(beat.nsecsElapsed()) / 1e6;
            const double cpu = threadCpuMs() - beatCpu;
            if (gaps.last() > 16)
                std::printf("  stall of %.1f ms (GUI thread on CPU for %.1f ms of it, the whole process %.1f "
                            "ms) ending "
                            "%.0f ms into the run\n",
                    gaps.last(), cpu, bench::processCpuMs() - beatProcessCpu, double(wall.elapsed()));
        }
        beat.restart();
        beatCpu = threadCpuMs();
        beatProcessCpu = bench::processCpuMs();
    });

    // Run 0 warms up (first paint of every glyph, thread pool, connections, the history file); runs
    // 1..N are measured. A run starts as a click on Run would: OperationsPanel::run(), which reads the
    // table list, resets the outcome model and starts the panel's Runner.
    const int runs = bench::repetitions(3);
    QList<double> maxGaps;
    QList<double> allGaps;
    QList<double> walls;
    int run = 0;
    bool allOk = true;
    const auto startRun = [&] {
        QTimer::singleShot(200, &app, [&] { // after the previous run's last repaint
            gaps.clear();
            beat.start();
            measuring = true;
            g_measuring = true;
            wall.start();
            QElapsedTimer runCall;
            runCall.start();
            const double c0 = threadCpuMs();
            const bool started = panel->run();
            if (qEnvironmentVariableIntValue("MOCTL_BENCH_TRACE") > 0)
                std::printf("  run(): %.1f ms (%.1f ms CPU)\n", double(runCall.nsecsElapsed()) / 1e6,
                    threadCpuMs() - c0);
            if (!started) {
                std::fprintf(stderr, "bench_gui_stall: the panel did not start the run\n");
                allOk = false;
                app.exit(1);
            }
        });
    };
    QObject::connect(
        panel, &moctl::OperationsPanel::runFinished, &app, [&](const moctl::RunSummary &summary) {
            const double runWall = double(wall.nsecsElapsed()) / 1e6;
            // Up to here: the run's last outcomes, its progress 100 and the finished status all went
            // through the event loop. Keep measuring for the repaint that follows, then stop.
            QTimer::singleShot(50, &app, [&, summary, runWall] {
                measuring = false;
                g_measuring = false;
                const double max = gaps.isEmpty() ? 0 : *std::max_element(gaps.cbegin(), gaps.cend());
                std::printf(
                    "%s %d: wall %.0f ms, %lld heartbeats, %d of %d ok, p99 gap %.2f ms, max gap %.2f ms\n",
                    run == 0 ? "warm-up" : "run", run, runWall, qlonglong(gaps.size()), summary.ok, kTables,
                    bench::percentile(gaps, 99), max);
                if (qEnvironmentVariableIntValue("MOCTL_BENCH_TRACE") > 0)
                    std::printf("  %d queued signals delivered in %.1f ms\n", g_metaCalls, g_metaCallMs);
                g_metaCalls = 0;
                g_metaCallMs = 0;
                if (summary.ok != kTables)
                    allOk = false;
                if (run > 0) {
                    maxGaps << max;
                    allGaps << gaps;
                    walls << runWall;
                }
                if (run++ < runs)
                    startRun();
                else
                    QTimer::singleShot(50, &app, &QCoreApplication::quit);
            });
        });
    heartbeat.start();
    startRun();
    const int rc = app.exec();
    bench::setSwitch(server, u"latency_ms"_s, 0);
    if (rc != 0)
        return rc;

    const double maxGap = maxGaps.isEmpty() ? 0 : *std::max_element(maxGaps.cbegin(), maxGaps.cend());
    const double p99 = bench::percentile(allGaps, 99);
    std::printf(
        "\nGUI stall: MainWindow + OperationsPanel, %d tables, %d ms latency, parallelism %d, history "
        "recorded, %s platform, %d measured runs\n",
        kTables, kLatencyMs, parallelism, qPrintable(QGuiApplication::platformName()), runs);
    std::printf("run wall median %.0f ms; heartbeat gap: median %.2f ms, p99 %.2f ms, max %.2f ms\n\n",
        bench::median(walls), bench::median(allGaps), p99, maxGap);
    bench::result("gui_stall_max_gap", maxGap, "ms", "<=16");
    bench::result("gui_stall_p99_gap", p99, "ms", "<=16");
    return allOk ? 0 : 1;
}
