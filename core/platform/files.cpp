#include "files.h"

#include <QFile>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace moctl::platform {

OpenResult openRegularFile(QFile &file, const QString &path, QString *errorString)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *errorString = qt_error_string(errno);
        return OpenResult::Failed;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return OpenResult::NotRegular;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *errorString = file.errorString();
        return OpenResult::Failed;
    }
    return OpenResult::Ok;
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = file.errorString();
        return OpenResult::Failed;
    }
    return OpenResult::Ok;
#endif
}

} // namespace moctl::platform
