#pragma once

#include "schedulehost.h"

#include <chrono>
#include <functional>
#include <QHash>
#include <QObject>
#include <QStringList>

class QProcess;

namespace moctl {

class Scheduler;

// A ScheduleHost that runs each plan as a child process `moctl [baseArguments] run-plan ID` (moctl
// records the run in history). Used by moctl schedule run (WaitForEachRun), moctl serve and the GUI
// (Background: the scheduler's loop goes on while runs go; runFinished() is called when one ends).
// The child gets MOCTL_RUN_TRIGGER=scheduled, MOCTL_SCHEDULED_SLOT and MOCTL_PARENT_PID in its
// environment, takes the plan lock itself and dies with this process (see tieToParent()).
class PlanProcessHost final : public QObject, public ScheduleHost
{
    Q_OBJECT

public:
    enum class Mode { WaitForEachRun, Background };

    PlanProcessHost(QString program, QStringList baseArguments, Mode mode, QObject *parent = nullptr);
    ~PlanProcessHost() override; // stops what still runs (30 s grace)

    void setScheduler(Scheduler *scheduler) { m_scheduler = scheduler; }
    // Written to each child's standard input (with --password-stdin in the base arguments). Kept in memory
    // only.
    void setStdinPassword(const QString &password) { m_password = password; }
    // Called for every decision (printing, history); decided() is emitted too.
    void setDecisionHandler(std::function<void(const ScheduleDecision &)> handler)
    {
        m_handler = std::move(handler);
    }

    bool startRun(const QString &planId, const QDateTime &slot, QString *error) override;
    bool isRunning(const QString &planId) const override { return m_running.contains(planId); }
    // The run-plan child takes the plan lock itself (and so holds it exactly as long as it runs).
    bool runTakesPlanLock() const override { return true; }
    void recordDecision(const ScheduleDecision &decision) override;

    bool anyRunning() const { return !m_running.isEmpty(); }
    // The first non-zero exit code of a run (or 1 when one could not start); 0 when all went well.
    int worstExitCode() const { return m_worst; }
    // Asks every run to stop (SIGTERM: the run cancels its statements) and waits; kills after `grace`.
    void stopAll(std::chrono::milliseconds grace);

Q_SIGNALS:
    void runEnded(const QString &planId, int exitCode);
    void decided(const moctl::ScheduleDecision &decision);

private:
    QString m_program;
    QStringList m_baseArguments;
    Mode m_mode;
    QString m_password;
    std::function<void(const ScheduleDecision &)> m_handler;
    QHash<QString, QProcess *> m_running;
    Scheduler *m_scheduler = nullptr;
    int m_worst = 0;
};

} // namespace moctl
