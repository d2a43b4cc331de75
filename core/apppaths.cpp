#include "apppaths.h"

#include <QDir>
#include <QMutex>
#include <QStandardPaths>

namespace moctl {

namespace {
QMutex s_mutex;
QString s_override;
} // namespace

QString AppPaths::dataDirectory()
{
    QString path;
    {
        QMutexLocker lock(&s_mutex);
        path = s_override;
    }
    if (path.isEmpty())
        path = qEnvironmentVariable("MOCTL_DATA_DIR");
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(path);
    return QDir(path).absolutePath();
}

void AppPaths::setDataDirectory(const QString &path)
{
    QMutexLocker lock(&s_mutex);
    s_override = path;
}

} // namespace moctl
