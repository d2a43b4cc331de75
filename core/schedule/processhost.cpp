#include "processhost.h"

#include "platform/process.h"
#include "runner/runtypes.h"
#include "scheduler.h"
#include "sharedlease.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace moctl {

PlanProcessHost::PlanProcessHost(QString program, QStringList baseArguments, Mode mode, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_baseArguments(std::move(baseArguments))
    , m_mode(mode)
{
}

PlanProcessHost::~PlanProcessHost()
{
    stopAll(std::chrono::seconds(30));
}

bool PlanProcessHost::startRun(const QString &planId, const QDateTime &slot, QString *error)
{
    if (!m_credentials || m_mode != Mode::Background) {
        // The password (if any) is the one given with setStdinPassword(), --password-stdin in the base
        // arguments already.
        if (launch(planId, slot, m_password.isEmpty() ? std::nullopt : std::optional<QString>(m_password),
                error))
            return true;
        if (m_recorder) {
            recordNotStarted(planFor(planId), {}, *error);
            Q_EMIT runNotStarted(planId, *error);
        }
        return false;
    }
    // The run counts as running while its password is found (the keychain answers later).
    const ScheduledPlan plan = planFor(planId);
    m_running.insert(planId, nullptr);
    m_credentials(plan, this, [this, plan, slot](const Credentials &credentials) {
        // Always after startRun() has returned to the scheduler.
        QMetaObject::invokeMethod(
            this,
            [this, plan, slot, credentials] {
                if (!m_running.contains(plan.id) || m_running.value(plan.id))
                    return; // stopped meanwhile
                QString error = credentials.error;
                if (error.isEmpty() && launch(plan.id, slot, credentials.password, &error))
                    return;
                m_running.remove(plan.id);
                if (m_firstFailed == 0)
                    m_firstFailed = 1;
                recordNotStarted(plan, credentials, error);
                ScheduleDecision decision;
                decision.planId = plan.id;
                decision.planName = plan.name;
                decision.kind = ScheduleDecision::Kind::StartFailed;
                decision.slot = slot;
                decision.decided = QDateTime::currentDateTimeUtc();
                decision.message = error;
                recordDecision(decision);
                Q_EMIT runNotStarted(plan.id, error);
                if (m_scheduler)
                    m_scheduler->runFinished(plan.id);
            },
            Qt::QueuedConnection);
    });
    return true;
}

QProcess *PlanProcessHost::launch(
    const QString &planId, const QDateTime &slot, const std::optional<QString> &password, QString *error)
{
    auto *process = new QProcess(this);
    process->setProgram(m_program);
    QStringList arguments = m_baseArguments;
    // A password of our own (not the base arguments' setStdinPassword()) comes with its flag.
    if (password && m_credentials && !arguments.contains(u"--password-stdin"_s))
        arguments << u"--password-stdin"_s;
    process->setArguments(arguments + QStringList { u"run-plan"_s, planId });
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MOCTL_RUN_TRIGGER"_s, u"scheduled"_s);
    env.insert(u"MOCTL_SCHEDULED_SLOT"_s, slot.toUTC().toString(Qt::ISODate));
    // With a shared history the child claims the slot as this scheduler (the claim this scheduler may
    // already have made is then its own), so a scheduler that does not claim (the GUI's: never the
    // network on its thread) still runs a slot once across hosts.
    env.insert(u"MOCTL_SLOT_CLAIMER"_s, leaseProcessToken());
    if (password && m_credentials)
        env.remove(u"MOCTL_PASSWORD"_s); // ours goes through stdin, and wins
    env.insert(u"MOCTL_PARENT_PID"_s, QString::number(QCoreApplication::applicationPid()));
    process->setProcessEnvironment(env);
    platform::prepareChild(*process);
    process->start();
    if (!process->waitForStarted(10000)) {
        *error = QCoreApplication::translate("moctl::PlanProcessHost", "moctl could not be started (%1): %2")
                     .arg(m_program, process->errorString());
        delete process;
        return nullptr;
    }
    if (password && !password->isEmpty()) {
        QByteArray bytes = password->toUtf8();
        process->write(bytes);
        bytes.fill('\0');
    }
    process->closeWriteChannel();
    platform::adoptChild(*process);
    m_running.insert(planId, process);
    connect(
        process, &QProcess::finished, this, [this, planId, process](int code, QProcess::ExitStatus status) {
            const int rc = status == QProcess::NormalExit ? code : 1;
            if (rc != 0 && m_firstFailed == 0)
                m_firstFailed = rc;
            m_running.remove(planId);
            process->deleteLater();
            Q_EMIT runEnded(planId, rc);
            if (m_scheduler && m_mode == Mode::Background)
                m_scheduler->runFinished(planId);
        });
    Q_EMIT runStarted(planId, process->processId());
    if (m_mode == Mode::WaitForEachRun)
        process->waitForFinished(-1);
    return process;
}

ScheduledPlan PlanProcessHost::planFor(const QString &planId) const
{
    if (m_scheduler) {
        const QList<ScheduledPlan> plans = m_scheduler->plans();
        for (const ScheduledPlan &plan : plans) {
            if (plan.id == planId)
                return plan;
        }
    }
    ScheduledPlan plan;
    plan.id = planId;
    return plan;
}

void PlanProcessHost::recordNotStarted(
    const ScheduledPlan &plan, const Credentials &credentials, const QString &reason)
{
    if (!m_recorder)
        return;
    RunRequest request;
    request.profileId = credentials.profileId.isEmpty() ? plan.profileId : credentials.profileId;
    request.profileName = credentials.profileName;
    request.planId = plan.id;
    request.planName = plan.name;
    request.trigger = RunTrigger::Scheduled;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 runId = m_recorder->beginRun(request, now);
    if (runId <= 0)
        return;
    RunSummary summary;
    summary.runId = runId;
    summary.status = RunStatus::Failed;
    summary.started = now;
    summary.finished = now;
    summary.firstError = MoError::invalidInput(reason);
    m_recorder->endRun(runId, summary);
}

void PlanProcessHost::recordDecision(const ScheduleDecision &decision)
{
    if (decision.kind == ScheduleDecision::Kind::StartFailed && m_firstFailed == 0)
        m_firstFailed = 1;
    if (m_handler)
        m_handler(decision);
    Q_EMIT decided(decision);
}

void PlanProcessHost::stopAll(std::chrono::milliseconds grace)
{
    const QList<QPointer<QProcess>> processes(m_running.cbegin(), m_running.cend());
    for (const QPointer<QProcess> &p : processes) {
        if (p)
            platform::requestStop(*p); // SIGTERM; Ctrl+Break on Windows
    }
    const QDeadlineTimer deadline(grace);
    for (const QPointer<QProcess> &p : processes) {
        if (p && !p->waitForFinished(int(qMax<qint64>(1, deadline.remainingTime()))))
            p->kill();
    }
}

} // namespace moctl
