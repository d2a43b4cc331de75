#include "guichild.h"

#include <cstdio>
#include <QProcess>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool tieToParent(const char *parentPidVariable)
{
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive the test, even when it is killed
    return qint64(::getppid()) == qEnvironmentVariableIntValue(parentPidVariable);
#else
    Q_UNUSED(parentPidVariable);
    return true;
#endif
}

ChildGuard::~ChildGuard()
{
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(10000);
    }
}
