// Batch flush of 200 tables with 20 ms injected latency per call: MOCTL Studio's runner at
// parallelism 1, 4 and 8 against the sequential loop a script would do (Python + pymysql, and the raw
// C client), and against the ideal 200 x 20 ms / N.
// Target: runner wall <= 1.15 x ideal at N = 8.
#include "benchcommon.h"
#include "moctl/statement.h"
#include "rawclient.h"
#include "runner/runner.h"

#include <cstdio>
#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTables = 200;
constexpr int kLatencyMs = 20;
const QString kDatabase = u"bench_flush"_s;

QList<moctl::Operation> operations()
{
    QList<moctl::Operation> ops;
    for (int i = 0; i < kTables; ++i)
        ops << moctl::Operation::flush(moctl::TableRef::byName(kDatabase, bench::tableName(i)));
    return ops;
}

struct RunFigure
{
    double wallMs = 0;
    int ok = 0;
    QString firstError;
};

RunFigure runnerOnce(const moctl::ConnectionSettings &settings, int parallelism)
{
    moctl::ExecutionOptions options;
    options.parallelism = parallelism;
    options.retries = 0;
    options.timeout = std::chrono::seconds(30);
    moctl::RunRequest request;
    request.settings = settings;
    request.trigger = moctl::RunTrigger::Cli;
    request.policy = moctl::FailurePolicy::Continue;
    request.steps = moctl::RunRequest::stepsFor(operations(), options);
    QElapsedTimer clock;
    clock.start();
    const moctl::RunSummary summary = moctl::executeRun(request, nullptr, moctl::CancelToken());
    RunFigure f;
    f.wallMs = double(clock.nsecsElapsed()) / 1e6;
    f.ok = summary.ok;
    f.firstError = summary.firstError.message();
    return f;
}

QList<QByteArray> statements()
{
    QList<QByteArray> list;
    for (const moctl::Operation &op : operations())
        list << moctl::buildStatement(op).sql.toUtf8();
    return list;
}

// bench/baseline_sequential.py through python3; -1 when python3 or pymysql is missing.
RunFigure pythonOnce(const moctl::ConnectionSettings &settings)
{
    RunFigure f;
    f.wallMs = -1;
    // The system Python (Debian's python3-pymysql), not a pyenv or venv shim earlier in PATH.
    QString python = QStandardPaths::findExecutable(u"python3"_s, { u"/usr/bin"_s });
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty()) {
        f.firstError = u"python3 not found"_s;
        return f;
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MOCTL_BENCH_PASSWORD"_s, settings.password);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args { QStringLiteral(MOCTL_BENCH_SOURCE_DIR "/baseline_sequential.py"), u"--host"_s,
        settings.host, u"--port"_s, QString::number(settings.port), u"--user"_s, settings.user };
    if (!settings.database.isEmpty())
        args << u"--database"_s << settings.database;
    process.start(python, args);
    if (!process.waitForStarted()) {
        f.firstError = process.errorString();
        return f;
    }
    for (const QByteArray &sql : statements())
        process.write(sql + '\n');
    process.closeWriteChannel();
    process.waitForFinished(120000);
    const QList<QByteArray> words = process.readAllStandardOutput().simplified().split(' ');
    if (words.size() >= 4 && words.at(0) == "WALL_MS") {
        f.wallMs = words.at(1).toDouble();
        f.ok = words.at(3).toInt();
    } else {
        f.firstError = u"the Python baseline failed (is python3-pymysql installed?)"_s;
    }
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bench::Server server = bench::server();
    if (!server.ok()) {
        std::fprintf(stderr, "bench_batch_flush: %s\n", qPrintable(server.why));
        return 2;
    }
    if (!bench::quietServer(server) || !bench::createTables(server, kDatabase, kTables)
        || !bench::setSwitch(server, u"latency_ms"_s, kLatencyMs))
        return 1;
    const int reps = bench::repetitions(3);
    const double ideal1 = double(kTables) * kLatencyMs;

    struct Row
    {
        QString name;
        int n;
        double wallMs;
        int ok;
    };
    QList<Row> rows;
    bool allOk = true;
    const auto note = [&](const QString &name, int n, QList<double> walls, int ok, const QString &error) {
        rows << Row { name, n, bench::median(walls), ok };
        if (ok != kTables) {
            allOk = false;
            std::fprintf(stderr, "bench_batch_flush: %s: %d of %d ok; %s\n", qPrintable(name), ok, kTables,
                qPrintable(error));
        }
    };

    {
        QList<double> walls;
        RunFigure f;
        for (int r = 0; r < reps; ++r) {
            f = pythonOnce(server.settings);
            if (f.wallMs < 0)
                break;
            walls << f.wallMs;
        }
        if (walls.isEmpty())
            std::fprintf(
                stderr, "bench_batch_flush: Python baseline skipped: %s\n", qPrintable(f.firstError));
        else
            note(u"Python pymysql loop"_s, 1, walls, f.ok, f.firstError);
    }
    {
        QList<double> walls;
        bench::RawLoopResult raw;
        for (int r = 0; r < reps; ++r) {
            raw = bench::rawSequentialLoop(server.settings, statements());
            walls << raw.wallMs;
        }
        note(u"raw libmariadb loop"_s, 1, walls, raw.ok, QString::fromUtf8(raw.firstError));
    }
    for (int n : { 1, 4, 8 }) {
        QList<double> walls;
        RunFigure f;
        for (int r = 0; r < reps; ++r) {
            f = runnerOnce(server.settings, n);
            walls << f.wallMs;
        }
        note(u"MOCTL runner"_s, n, walls, f.ok, f.firstError);
    }
    bench::setSwitch(server, u"latency_ms"_s, 0);

    const double python = rows.first().name.startsWith(u"Python"_s) ? rows.first().wallMs : -1;
    std::printf(
        "\nBatch flush: %d tables, %d ms latency per call, median of %d\n\n", kTables, kLatencyMs, reps);
    std::printf("%-22s %3s %10s %10s %9s %11s\n", "", "N", "wall ms", "ideal ms", "x ideal", "vs Python");
    for (const Row &row : rows) {
        const double ideal = ideal1 / row.n;
        std::printf("%-22s %3d %10.1f %10.1f %9.3f %10.2fx\n", qPrintable(row.name), row.n, row.wallMs, ideal,
            row.wallMs / ideal, python > 0 ? python / row.wallMs : 0.0);
    }
    std::printf("\n");
    for (const Row &row : rows) {
        if (row.name != u"MOCTL runner"_s)
            continue;
        const QByteArray name = "batch_flush_runner_n" + QByteArray::number(row.n);
        bench::result((name + "_wall").constData(), row.wallMs, "ms", "-");
        bench::result((name + "_x_ideal").constData(), row.wallMs / (ideal1 / row.n), "ratio",
            row.n == 8 ? "<=1.15" : "-");
    }
    if (python > 0)
        bench::result("batch_flush_python_sequential_wall", python, "ms", "-");
    for (const Row &row : rows) {
        if (row.name == u"raw libmariadb loop"_s)
            bench::result("batch_flush_raw_sequential_wall", row.wallMs, "ms", "-");
    }
    return allOk ? 0 : 1;
}
