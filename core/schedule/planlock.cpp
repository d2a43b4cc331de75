#include "planlock.h"

#include "apppaths.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace moctl {

QString PlanLock::pathFor(const QString &planId, const QString &directory)
{
    QString safe;
    for (QChar c : planId)
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : u'_';
    return QDir(directory).filePath(u"plan-%1.lock"_s.arg(safe));
}

PlanLock::PlanLock(const QString &planId, const QString &directory)
    : m_path(pathFor(planId, directory.isEmpty() ? AppPaths::locksDirectory() : directory))
    , m_file(std::make_unique<QLockFile>(m_path))
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file->setStaleLockTime(0); // never stale by age: runs may take hours; a dead owner is detected
}

PlanLock::~PlanLock() = default; // QLockFile unlocks

bool PlanLock::tryLock()
{
    if (m_file->isLocked())
        return true;
    return m_file->tryLock(0);
}

void PlanLock::unlock()
{
    m_file->unlock();
}

bool PlanLock::isLocked() const
{
    return m_file->isLocked();
}

qint64 PlanLock::holderPid() const
{
    qint64 pid = 0;
    QString host, app;
    if (m_file->getLockInfo(&pid, &host, &app))
        return pid;
    return 0;
}

} // namespace moctl
