#include "socket.h"

#if defined(Q_OS_WIN)
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace moctl::platform {

void shutdownSocket(qintptr socket)
{
#if defined(Q_OS_WIN)
    if (SOCKET(socket) != INVALID_SOCKET)
        ::shutdown(SOCKET(socket), SD_BOTH);
#else
    if (socket >= 0)
        ::shutdown(int(socket), SHUT_RDWR);
#endif
}

} // namespace moctl::platform
