// Processes per operating system (see process.h). Compiled here on Linux; the macOS and Windows branches
// are compiled by the release workflow (.github/workflows/release.yml).
#include "process.h"

#include <QFile>
#include <QProcess>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_MACOS)
#include <sys/sysctl.h>
#endif

using namespace Qt::StringLiterals;

namespace moctl::platform {

bool isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return alive;
#else
    if (::kill(pid_t(pid), 0) == 0)
        return true;
    return errno == EPERM;
#endif
}

QString processStartTime(qint64 pid)
{
#if defined(Q_OS_LINUX)
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
#elif defined(Q_OS_MACOS)
    struct kinfo_proc info = {};
    size_t size = sizeof(info);
    int mib[4] = { CTL_KERN, KERN_PROC, KERN_PROC_PID, int(pid) };
    if (sysctl(mib, 4, &info, &size, nullptr, 0) != 0 || size == 0)
        return {};
    return u"%1.%2"_s.arg(qint64(info.kp_proc.p_starttime.tv_sec))
        .arg(qint64(info.kp_proc.p_starttime.tv_usec));
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return {};
    FILETIME created, exited, kernel, user;
    const bool ok = GetProcessTimes(process, &created, &exited, &kernel, &user);
    CloseHandle(process);
    if (!ok)
        return {};
    return QString::number((quint64(created.dwHighDateTime) << 32) | created.dwLowDateTime);
#else
    Q_UNUSED(pid);
    return {};
#endif
}

bool makeNotDumpable()
{
#if defined(Q_OS_LINUX)
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return true;
#endif
}

int dumpableState()
{
#if defined(Q_OS_LINUX)
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
#else
    return -1;
#endif
}

#if defined(Q_OS_WIN)
namespace {
// One job object for the process's children: closed (so its children killed) when this process ends.
HANDLE childJob()
{
    static HANDLE job = [] {
        HANDLE h = CreateJobObjectW(nullptr, nullptr);
        if (h) {
            JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
            limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
            SetInformationJobObject(h, JobObjectExtendedLimitInformation, &limits, sizeof(limits));
        }
        return h;
    }();
    return job;
}
} // namespace
#endif

void prepareChild(QProcess &process)
{
#if defined(Q_OS_WIN)
    process.setCreateProcessArgumentsModifier(
        [](QProcess::CreateProcessArguments *args) { args->flags |= CREATE_NEW_PROCESS_GROUP; });
#elif defined(Q_OS_LINUX)
    // The child dies with this process: PR_SET_PDEATHSIG sends it SIGTERM (moctl cancels its run as on
    // Ctrl+C) when we end, even killed; we may already have died between fork and prctl, so the child
    // checks getppid() right after. (Windows: the job object of adoptChild(); macOS: the child watches
    // MOCTL_PARENT_PID itself.)
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(127); // orphaned before the death signal was armed
    });
#else
    Q_UNUSED(process);
#endif
}

void adoptChild(QProcess &process)
{
#if defined(Q_OS_WIN)
    if (HANDLE job = childJob(); job && process.processId() > 0) {
        HANDLE child = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(process.processId()));
        if (child) {
            AssignProcessToJobObject(job, child);
            CloseHandle(child);
        }
    }
#else
    Q_UNUSED(process);
#endif
}

void requestStop(QProcess &process)
{
#if defined(Q_OS_WIN)
    // The child is in its own group (prepareChild): Ctrl+Break reaches it alone, and its console handler
    // (platform::StopRequests) cancels the run as SIGTERM does elsewhere.
    if (process.processId() > 0 && GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, DWORD(process.processId())))
        return;
    process.terminate();
#else
    process.terminate(); // SIGTERM
#endif
}

} // namespace moctl::platform
