#pragma once

#include <optional>
#include <QString>

namespace moctl {

// Everything needed to open one connection, password included. Built from a profile and the
// secret store just before use; never stored, never logged.
struct ConnectionSettings
{
    // The mysql client's --ssl-mode. What Qt 6.4's QMYSQL can do with each (README, "Security"):
    // Disabled: no TLS. Preferred: TLS when the server offers it. Required: TLS or no connection
    // (checked after connecting with Ssl_cipher). VerifyCa: Required, and the CA file is given to the
    // client library, which then checks the server's certificate chain. VerifyIdentity (the server's
    // host name) cannot be asked of QMYSQL: refused before connecting, never silently weakened.
    enum class TlsMode { Disabled, Preferred, Required, VerifyCa, VerifyIdentity };

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

    // DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY (any case; '-' for '_').
    static std::optional<TlsMode> tlsModeFromName(const QString &name);
    bool requiresTls() const
    {
        return tlsMode == TlsMode::Required || tlsMode == TlsMode::VerifyCa
            || tlsMode == TlsMode::VerifyIdentity;
    }

    // QMYSQL connect options for these settings (timeouts, TLS files).
    QString connectOptions() const;
    // host:port as user — no password; for messages and connection naming.
    QString describe() const;
    // Differs whenever any field (password included) differs; not reversible.
    size_t fingerprint() const;

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;
};

} // namespace moctl
