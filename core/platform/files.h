#pragma once

// Files per operating system (files.cpp): opening a file that must be a regular one.
#include <QString>

class QFile;

namespace moctl::platform {

enum class OpenResult { Ok, NotRegular, Failed };
// Opens `path` read-only into `file`. POSIX: open(O_NONBLOCK) and fstat() on the open descriptor, so a
// FIFO swapped in after the caller's check neither hangs the open nor is read (NotRegular). Windows:
// QFile::open (the caller's QFileInfo check has refused devices and pipes). Failed sets *errorString.
OpenResult openRegularFile(QFile &file, const QString &path, QString *errorString);

} // namespace moctl::platform
