#pragma once

// Requests from outside to stop: Ctrl+C and SIGTERM (POSIX); Ctrl+C, Ctrl+Break (what
// platform::requestStop sends a child), closing the console, logoff and shutdown (Windows). While a
// StopRequests object lives they do not end the process: they set a flag that a run turns into a
// cancellation (KILL QUERY included) or that the event loop turns into an orderly stop. When it is
// destroyed the default handling comes back. One object at a time per process.
#include <memory>
#include <QObject>

namespace moctl::platform {

class StopRequests final : public QObject
{
    Q_OBJECT

public:
    // Flag: only requested() (polled, e.g. by a run's watcher thread). EventLoop: stopRequested() is
    // emitted in this object's thread too (POSIX: a socket pair and a QSocketNotifier, so the signal
    // handler only writes one byte; Windows: a timer polls the flag).
    enum class Notify { Flag, EventLoop };
    explicit StopRequests(Notify notify = Notify::Flag, QObject *parent = nullptr);
    ~StopRequests() override;
    StopRequests(const StopRequests &) = delete;
    StopRequests &operator=(const StopRequests &) = delete;

    // False when EventLoop notification could not be set up (the flag still works).
    bool isValid() const { return m_valid; }
    // A stop was requested since this object was made. Async-signal-safe to set, cheap to poll.
    static bool requested();

Q_SIGNALS:
    void stopRequested();

private:
    bool m_valid = true;
    struct EventLoopNotifier;
    std::unique_ptr<EventLoopNotifier> m_notifier;
};

} // namespace moctl::platform
