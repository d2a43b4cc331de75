#include "processhost.h"

#include "scheduler.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QProcess>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

#if defined(Q_OS_WIN)
// One job object for the process: every run-plan child is assigned to it, and when this process ends
// (even killed) its handle closes and the system kills the children (KILL_ON_JOB_CLOSE).
HANDLE childJob()
{
    static HANDLE job = [] {
        HANDLE h = CreateJobObjectW(nullptr, nullptr);
        if (h) {
            JOBOBJECT_EXTENDED_LIMIT_INFORMATION info = {};
            info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
            SetInformationJobObject(h, JobObjectExtendedLimitInformation, &info, sizeof(info));
        }
        return h;
    }();
    return job;
}
#endif

// Children die with their parent: a kill -9 of the scheduler must not leave its run-plan child
// running (still holding the plan's lock, still sending statements). Linux: PR_SET_PDEATHSIG sends the
// child SIGTERM (moctl cancels its run as on Ctrl+C) when this process ends; the parent may already
// have died between fork and prctl, so the child checks getppid() right after. Windows: a job object
// that kills its processes when this process ends. Elsewhere (macOS): the child watches its parent
// itself (MOCTL_PARENT_PID, see cli_ops.cpp) and cancels when it is gone.
void tieToParent(QProcess *process)
{
#if defined(Q_OS_LINUX)
    const pid_t parent = ::getpid();
    process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(127); // orphaned before the death signal was armed
    });
#else
    Q_UNUSED(process)
#endif
}

void afterStart([[maybe_unused]] QProcess *process)
{
#if defined(Q_OS_WIN)
    if (HANDLE job = childJob()) {
        if (HANDLE child = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(process->processId()))) {
            AssignProcessToJobObject(job, child);
            CloseHandle(child);
        }
    }
#endif
}

} // namespace

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
    env.insert(u"MOCTL_PARENT_PID"_s, QString::number(QCoreApplication::applicationPid()));
    process->setProcessEnvironment(env);
    tieToParent(process);
    process->start();
    if (!process->waitForStarted(10000)) {
        *error = process->errorString();
        delete process;
        return false;
    }
    afterStart(process);
    if (!m_password.isEmpty())
        process->write(m_password.toUtf8());
    process->closeWriteChannel();
    m_running.insert(planId, process);
    connect(
        process, &QProcess::finished, this, [this, planId, process](int code, QProcess::ExitStatus status) {
            const int rc = status == QProcess::NormalExit ? code : 1;
            if (rc != 0 && m_worst == 0)
                m_worst = rc;
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
    if (decision.kind == ScheduleDecision::Kind::StartFailed && m_worst == 0)
        m_worst = 1;
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
