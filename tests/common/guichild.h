#pragma once

#include <QByteArray>

class QProcess;

// For tests that re-launch their own binary as a GUI child process (the fault tests).

// The child's line to the parent on stdout, flushed at once.
void say(const QByteArray &line);

// In the child: die with the parent (Linux: PR_SET_PDEATHSIG), and false unless the parent is the
// process whose pid the test put in the environment variable `parentPidVariable` (elsewhere: true).
bool tieToParent(const char *parentPidVariable);

// In the parent: kills and reaps the child when the test function leaves, whatever happened (a failed
// check returns early).
struct ChildGuard
{
    QProcess &process;
    ~ChildGuard();
};
