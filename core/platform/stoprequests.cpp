// Stop requests per operating system (see stoprequests.h). Compiled here on Linux; the Windows branch is
// compiled by the release workflow.
#include "stoprequests.h"

#include <atomic>
#include <csignal>
#include <QTimer>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace moctl::platform {

namespace {

volatile std::sig_atomic_t s_requested = 0;

#if defined(Q_OS_WIN)
BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        s_requested = 1;
        return TRUE;
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        // Windows ends the process when this returns (5 s at most): give the run a moment to cancel.
        s_requested = 1;
        Sleep(3000);
        return TRUE;
    default:
        return FALSE;
    }
}
#else
int s_pipe[2] = { -1, -1 };

extern "C" void onStopSignal(int)
{
    s_requested = 1;
    if (s_pipe[1] >= 0) {
        const char c = 1;
        [[maybe_unused]] const auto n = ::write(s_pipe[1], &c, 1);
    }
}
#endif

} // namespace

struct StopRequests::EventLoopNotifier
{
#if defined(Q_OS_WIN)
    QTimer poll;
#else
    std::unique_ptr<QSocketNotifier> notifier;
#endif
};

StopRequests::StopRequests(Notify notify, QObject *parent)
    : QObject(parent)
{
    s_requested = 0;
    if (notify == Notify::EventLoop) {
        m_notifier = std::make_unique<EventLoopNotifier>();
#if defined(Q_OS_WIN)
        m_notifier->poll.setInterval(200);
        connect(&m_notifier->poll, &QTimer::timeout, this, [this] {
            if (s_requested) {
                m_notifier->poll.stop();
                Q_EMIT stopRequested();
            }
        });
        m_notifier->poll.start();
#else
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) != 0) {
            s_pipe[0] = s_pipe[1] = -1;
            m_valid = false;
        } else {
            m_notifier->notifier = std::make_unique<QSocketNotifier>(s_pipe[0], QSocketNotifier::Read);
            connect(m_notifier->notifier.get(), &QSocketNotifier::activated, this, [this] {
                char c = 0;
                [[maybe_unused]] const auto n = ::read(s_pipe[0], &c, 1);
                Q_EMIT stopRequested();
            });
        }
#endif
    }
#if defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGHUP, onStopSignal); // a closed terminal
#endif
}

StopRequests::~StopRequests()
{
#if defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#else
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    if (m_notifier)
        m_notifier->notifier.reset();
    for (int &fd : s_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
}

bool StopRequests::requested()
{
    return s_requested != 0;
}

} // namespace moctl::platform
