#pragma once

// Sockets per operating system (socket.cpp): the one call the executor needs beyond Qt.
#include <QtGlobal>

namespace moctl::platform {

// Shuts a connected socket down both ways (POSIX shutdown(SHUT_RDWR), Windows shutdown(SD_BOTH)) so a
// thread blocked reading it returns. A negative or invalid descriptor is ignored.
void shutdownSocket(qintptr socket);

} // namespace moctl::platform
