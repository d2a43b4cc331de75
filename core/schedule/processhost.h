#pragma once

#include "schedulehost.h"

#include <chrono>
#include <functional>
#include <optional>
#include <QHash>
#include <QObject>
#include <QStringList>

class QProcess;

namespace moctl {

class RunRecorder;
class Scheduler;

// A ScheduleHost that runs each plan as a child process `moctl [baseArguments] run-plan ID` (moctl
// records the run in history). Used by moctl schedule run (WaitForEachRun), moctl serve and the GUI
// (Background: the scheduler's loop goes on while runs go; runFinished() is called when one ends).
// The child gets MOCTL_RUN_TRIGGER=scheduled, MOCTL_SCHEDULED_SLOT, MOCTL_SLOT_CLAIMER (this process's
// lease token: the child claims its slot as this scheduler on a shared history) and MOCTL_PARENT_PID in its
// environment, takes the plan lock itself and dies with this process (see platform::prepareChild()).
//
// With a credentials source (the GUI) each run first asks it, asynchronously, for the password of the
// plan's profile (the session, then the keychain): the child gets it on its standard input with
// --password-stdin, never in its arguments or environment. A run that cannot start (no password
// anywhere, moctl missing, the process failed to start) is recorded in the recorder's history as a
// failed run with the reason, and runNotStarted() says so.
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
    // What a run needs before its child starts.
    struct Credentials
    {
        std::optional<QString> password; // handed to the child on stdin; nullopt: the child finds its own
        QString error; // translated: why the run cannot start (then nothing starts)
        QString profileId; // for the history record of a run that cannot start
        QString profileName;
    };
    using CredentialsDone = std::function<void(const Credentials &)>;
    using CredentialsSource
        = std::function<void(const ScheduledPlan &plan, QObject *context, CredentialsDone done)>;
    // Background mode only: asked before each run starts (the run counts as running meanwhile).
    void setCredentialsSource(CredentialsSource source) { m_credentials = std::move(source); }
    // Where runs that cannot start are recorded (history); may be null.
    void setRecorder(RunRecorder *recorder) { m_recorder = recorder; }

    bool startRun(const QString &planId, const QDateTime &slot, QString *error) override;
    bool isRunning(const QString &planId) const override { return m_running.contains(planId); }
    // The run-plan child takes the plan lock itself (and so holds it exactly as long as it runs).
    bool runTakesPlanLock() const override { return true; }
    void recordDecision(const ScheduleDecision &decision) override;

    bool anyRunning() const { return !m_running.isEmpty(); }
    // The first non-zero exit code of a run (or 1 when one could not start); 0 when all went well.
    int firstFailedExitCode() const { return m_firstFailed; }
    // Asks every run to stop (platform::requestStop: SIGTERM, Ctrl+Break on Windows; the run cancels its
    // statements) and waits; kills after `grace`.
    void stopAll(std::chrono::milliseconds grace);

Q_SIGNALS:
    // The child started (its pid; tests look at its command line and environment).
    void runStarted(const QString &planId, qint64 pid);
    void runEnded(const QString &planId, int exitCode);
    // The run could not start (recorded in history as failed); `reason` is translated. runEnded follows.
    void runNotStarted(const QString &planId, const QString &reason);
    void decided(const moctl::ScheduleDecision &decision);

private:
    QProcess *launch(
        const QString &planId, const QDateTime &slot, const std::optional<QString> &password, QString *error);
    void recordNotStarted(const ScheduledPlan &plan, const Credentials &credentials, const QString &reason);
    ScheduledPlan planFor(const QString &planId) const;

    QString m_program;
    QStringList m_baseArguments;
    Mode m_mode;
    QString m_password;
    std::function<void(const ScheduleDecision &)> m_handler;
    CredentialsSource m_credentials;
    RunRecorder *m_recorder = nullptr;
    QHash<QString, QProcess *> m_running; // null while the run's credentials are being found
    Scheduler *m_scheduler = nullptr;
    int m_firstFailed = 0;
};

} // namespace moctl
