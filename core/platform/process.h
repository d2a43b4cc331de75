#pragma once

// Processes, per operating system. Every call that exists only on POSIX, Linux, macOS or Windows and
// concerns processes (is it alive, when did it start, may it be dumped, how a child is told to stop)
// lives in process.cpp, with a branch for each system; the rest of core/ stays portable.
#include <QString>

class QProcess;

namespace moctl::platform {

// Is a process with this id running? POSIX: kill(pid, 0) (EPERM: it exists but is another user's);
// Windows: OpenProcess + GetExitCodeProcess.
bool isProcessAlive(qint64 pid);

// When the process started, as an opaque string, to tell a reused pid apart; empty when unknown.
// Linux: field 22 of /proc/<pid>/stat; macOS: sysctl KERN_PROC_PID; Windows: GetProcessTimes.
QString processStartTime(qint64 pid);

// Linux: prctl(PR_SET_DUMPABLE, 0) (no core file, no ptrace or /proc/<pid>/mem by other processes of the
// user). macOS and Windows write no core file of a user's process by default: true, nothing done.
bool makeNotDumpable();
// Linux: prctl(PR_GET_DUMPABLE); -1 elsewhere.
int dumpableState();

// A child that must be stoppable in an orderly way (a scheduled run: it cancels its statements).
// Before start(): Windows puts it in a new process group, so a Ctrl+Break reaches it alone; Linux ties
// it to this process (PR_SET_PDEATHSIG: it gets SIGTERM when we end, even killed).
void prepareChild(QProcess &process);
// After start(): Windows adds it to a job object that kills it when this process ends (a scheduler
// that dies takes its runs along); nothing elsewhere (Linux and macOS: unchanged behaviour).
void adoptChild(QProcess &process);
// Asks a child to stop: POSIX SIGTERM (QProcess::terminate); Windows: CTRL_BREAK_EVENT to its process
// group (terminate() only posts WM_CLOSE, which a console program never sees), else terminate().
void requestStop(QProcess &process);

} // namespace moctl::platform
