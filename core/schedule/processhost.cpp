#include "processhost.h"

#include "scheduler.h"

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
    auto *process = new QProcess(this);
    process->setProgram(m_program);
    process->setArguments(m_baseArguments + QStringList { u"run-plan"_s, planId });
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MOCTL_RUN_TRIGGER"_s, u"scheduled"_s);
    env.insert(u"MOCTL_SCHEDULED_SLOT"_s, slot.toUTC().toString(Qt::ISODate));
    process->setProcessEnvironment(env);
    process->start();
    if (!process->waitForStarted(10000)) {
        *error = process->errorString();
        delete process;
        return false;
    }
    if (!m_password.isEmpty())
        process->write(m_password.toUtf8());
    process->closeWriteChannel();
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
    if (m_mode == Mode::WaitForEachRun)
        process->waitForFinished(-1);
    return true;
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
    for (const QPointer<QProcess> &p : processes)
        p->terminate();
    const QDeadlineTimer deadline(grace);
    for (const QPointer<QProcess> &p : processes) {
        if (p && !p->waitForFinished(int(qMax<qint64>(1, deadline.remainingTime()))))
            p->kill();
    }
}

} // namespace moctl
