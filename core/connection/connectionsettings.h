#pragma once

#include <QString>

namespace moctl {

// Everything needed to open one connection, password included. Built from a profile and the
// secret store just before use; never stored, never logged.
struct ConnectionSettings
{
    enum class TlsMode { Disabled, Preferred, Required, VerifyCa };

    QString host = QStringLiteral("127.0.0.1");
    int port = 6001;
    QString user = QStringLiteral("root"); // may be account:user[:role] or account#user[#role]
    QString password;
    QString database; // default database, may be empty
    TlsMode tlsMode = TlsMode::Preferred;
    QString caFile;
    QString certFile;
    QString keyFile;
    int connectTimeoutSec = 10;
    // Read timeout of the socket: the last-resort backstop behind each operation's own timeout.
    int readTimeoutSec = 600;

    // QMYSQL connect options for these settings (timeouts, TLS files).
    QString connectOptions() const;
    // host:port as user — no password; for messages and connection naming.
    QString describe() const;
    // Differs whenever any field (password included) differs; not reversible.
    size_t fingerprint() const;

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;
};

} // namespace moctl
