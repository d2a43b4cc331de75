#pragma once

#include "planguard.h"

#include <memory>
#include <QLockFile>
#include <QString>

namespace moctl {

// A cross-process lock on one plan: the GUI, moctl serve and moctl schedule run take it for the whole
// run, so two processes never run the same plan at once. A lock left by a process that died is stale
// and taken over (QLockFile checks the owner's pid and host); a long run is never taken over by age.
// The guard of plans whose history is local (SQLite); a shared history uses SharedPlanLease.
class PlanLock final : public PlanGuard
{
public:
    explicit PlanLock(
        const QString &planId, const QString &directory = {}); // default AppPaths::locksDirectory()
    ~PlanLock() override;
    PlanLock(const PlanLock &) = delete;
    PlanLock &operator=(const PlanLock &) = delete;

    // Non-blocking. True when this object now holds the lock (or already did).
    bool tryLock() override;
    void unlock() override;
    bool isLocked() const override;
    // When tryLock() failed: the holder's pid, or 0 when unknown.
    qint64 holderPid() const override;
    QString where() const override { return m_path; }
    QString path() const { return m_path; }

    static QString pathFor(const QString &planId, const QString &directory);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace moctl
