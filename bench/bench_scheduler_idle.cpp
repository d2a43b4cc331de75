// Scheduler idle wake-ups: how often an idle scheduler wakes (its timers call evaluate()) with plans
// whose next runs are hours away. Target: no busy polling (about 2 per minute: the 30 s check).
// Runs the real timers in real time (default 65 s; argument: seconds).
// RESULT lines: scheduler_idle_wakeups_per_min (<=4), scheduler_evaluation_us.
#include "schedule/scheduler.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {
class IdleHost final : public ScheduleHost
{
public:
    int runs = 0;
    bool startRun(const QString &, const QDateTime &, QString *) override
    {
        ++runs;
        return true;
    }
    bool isRunning(const QString &) const override { return false; }
    void recordDecision(const ScheduleDecision &) override { }
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 65;
    QTemporaryDir dir;
    IdleHost host;
    Scheduler scheduler(&host);
    scheduler.setStatePaths(dir.filePath(u"state.json"_s), dir.filePath(u"locks"_s));
    // Twenty plans, none due for hours: daily at a time 6 hours from now.
    const QTime later = QTime::currentTime().addSecs(6 * 3600);
    QList<ScheduledPlan> plans;
    for (int i = 0; i < 20; ++i)
        plans << ScheduledPlan { u"plan-%1"_s.arg(i), u"Plan %1"_s.arg(i),
            Schedule::daily({ later.addSecs(i * 60) }), QString() };
    scheduler.setPlans(plans);
    scheduler.start();
    QElapsedTimer elapsed;
    elapsed.start();
    // Cost of one evaluation with nothing due.
    QElapsedTimer cost;
    cost.start();
    for (int i = 0; i < 1000; ++i)
        scheduler.evaluate();
    const double evalMicros = double(cost.nsecsElapsed()) / 1000.0 / 1000.0;
    const qint64 afterLoop = scheduler.evaluations();
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const qint64 wakeUps = scheduler.evaluations() - afterLoop;
    const double minutes = double(elapsed.elapsed()) / 60000.0;
    std::printf(
        "bench_scheduler_idle: %d plans idle for %.1f s\n", int(plans.size()), elapsed.elapsed() / 1000.0);
    std::printf("  idle wake-ups:               %lld (%.2f per minute)\n", static_cast<long long>(wakeUps),
        double(wakeUps) / minutes);
    std::printf("  one evaluation, nothing due: %.1f us\n", evalMicros);
    std::printf("  runs started (expected 0):   %d\n", host.runs);
    std::printf("RESULT scheduler_idle_wakeups_per_min %.2f /min <=4\n", double(wakeUps) / minutes);
    std::printf("RESULT scheduler_evaluation_us %.1f us -\n", evalMicros);
    return host.runs == 0 ? 0 : 1;
}
