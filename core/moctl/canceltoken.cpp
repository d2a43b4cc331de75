#include "canceltoken.h"

#include <atomic>
#include <map>
#include <mutex>

namespace moctl {

struct CancelToken::State
{
    std::atomic<bool> cancelled { false };
    std::mutex mutex;
    std::map<int, std::function<void()>> waiters;
    int nextId = 1;
};

CancelToken::CancelToken()
    : d(std::make_shared<State>())
{
}

void CancelToken::cancel()
{
    std::map<int, std::function<void()>> waiters;
    {
        std::lock_guard lock(d->mutex);
        if (d->cancelled.exchange(true))
            return;
        waiters = d->waiters;
    }
    for (auto &[id, wake] : waiters)
        wake();
}

bool CancelToken::isCancelled() const
{
    return d->cancelled.load();
}

int CancelToken::subscribe(std::function<void()> wake) const
{
    std::unique_lock lock(d->mutex);
    const int id = d->nextId++;
    if (d->cancelled.load()) {
        lock.unlock();
        wake();
        return id;
    }
    d->waiters.emplace(id, std::move(wake));
    return id;
}

void CancelToken::unsubscribe(int id) const
{
    std::lock_guard lock(d->mutex);
    d->waiters.erase(id);
}

} // namespace moctl
