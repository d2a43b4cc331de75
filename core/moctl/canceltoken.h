#pragma once

#include <functional>
#include <memory>

namespace moctl {

// Shared, thread-safe cancellation flag. Copies share the same state. Cancelling wakes every
// registered waiter (the statement watchdogs), which then kill their running statements.
class CancelToken
{
public:
    CancelToken();

    void cancel();
    bool isCancelled() const;

    // Calls wake() on cancel (immediately if already cancelled). Returns an id for unsubscribe().
    int subscribe(std::function<void()> wake) const;
    void unsubscribe(int id) const;

private:
    struct State;
    std::shared_ptr<State> d;
};

} // namespace moctl
