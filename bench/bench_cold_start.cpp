// Cold start of moctl-studio to its first shown (exposed and painted) main window, median of 10 runs
// after one unmeasured run (so the figure is a process start with the files in the page cache, not a
// disk read). The app is told by MOCTL_BENCH_EXIT_ON_SHOW=1 to print a line and quit at that moment;
// the time is taken here, from just before the process is spawned to that line. Runs on the platform
// of the environment (scripts/bench uses xvfb-run when it exists, offscreen otherwise), with a throwaway
// configuration and data directory. Target: <= 0.6 s.
#include "benchcommon.h"

#include <cstdio>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

// ms from spawn to the "shown" line, and the app's own figure (since main()); -1 on failure.
std::pair<double, double> startOnce(const QString &program, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, {});
    QByteArray out;
    double spawnToShown = -1;
    double sinceMain = -1;
    while (process.waitForReadyRead(20000)) {
        out += process.readAllStandardOutput();
        const qsizetype at = out.indexOf("MOCTL_BENCH_SHOWN ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            spawnToShown = double(clock.nsecsElapsed()) / 1e6;
            sinceMain = out.mid(at + 18, out.indexOf('\n', at) - at - 18).trimmed().toDouble();
            break;
        }
    }
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
    }
    if (spawnToShown < 0)
        std::fprintf(stderr, "bench_cold_start: no MOCTL_BENCH_SHOWN line; stderr: %s\n",
            process.readAllStandardError().left(2000).constData());
    return { spawnToShown, sinceMain };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString program
        = qEnvironmentVariable("MOCTL_STUDIO", QStringLiteral(MOCTL_BIN_DIR "/moctl-studio"));
    if (!QFileInfo(program).isExecutable()) {
        std::fprintf(stderr, "bench_cold_start: %s is not built\n", qPrintable(program));
        return 2;
    }
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MOCTL_BENCH_EXIT_ON_SHOW"_s, u"1"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"MOCTL_DATA_DIR"_s, home.filePath(u"moctl"_s));
    if (env.value(u"QT_QPA_PLATFORM"_s).isEmpty() && env.value(u"DISPLAY"_s).isEmpty())
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    const int runs = bench::repetitions(10);
    startOnce(program, env); // unmeasured: page cache, font cache
    QList<double> spawn;
    QList<double> main;
    for (int i = 0; i < runs; ++i) {
        const auto [toShown, sinceMain] = startOnce(program, env);
        if (toShown < 0)
            return 1;
        spawn << toShown;
        main << sinceMain;
    }
    const QString platform = env.value(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    std::printf("\nCold start of %s to the first shown window (%s), %d runs\n", qPrintable(program),
        qPrintable(platform), runs);
    std::printf("spawn to shown: median %.0f ms, min %.0f ms, max %.0f ms\n", bench::median(spawn),
        *std::min_element(spawn.cbegin(), spawn.cend()), *std::max_element(spawn.cbegin(), spawn.cend()));
    std::printf("of which main() to shown: median %.0f ms\n\n", bench::median(main));
    bench::result("cold_start_to_window", bench::median(spawn) / 1000.0, "s", "<=0.6");
    bench::result("cold_start_main_to_window", bench::median(main) / 1000.0, "s", "-");
    return 0;
}
