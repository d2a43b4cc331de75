#pragma once

#include "connection/connectionsettings.h"

#include <optional>
#include <QString>

namespace moctl {

// Where the history lives: the local SQLite file, or a shared MySQL-protocol database (MariaDB, MySQL,
// a MatrixOne database) that several hosts write at once. Never holds a password: that comes from the
// keychain (secretKey()) or a password file, just before connecting.
//
// Text forms (parse, display):
//   mysql://user@host[:port]/database[?tls=disabled|preferred|required|verify-ca&ssl-ca=FILE]
//   sqlite:PATH, file:PATH or a plain path (empty path = the default history file)
// A MatrixOne account user is written account#user (a ':' in the user is taken for a password and refused,
// or percent-encode it as %3A).
struct HistoryLocation
{
    enum class Kind { SQLite, MySql };

    Kind kind = Kind::SQLite;
    QString path; // SQLite: the file (empty = AppPaths::historyFile())
    QString host;
    int port = 3306;
    QString user;
    QString database;
    ConnectionSettings::TlsMode tlsMode = ConnectionSettings::TlsMode::Preferred;
    QString caFile; // VerifyCa: the CA certificate file

    bool isShared() const { return kind == Kind::MySql; }
    // "mysql://user@host:port/db" (with ?tls=... when not the default) or the SQLite path; never a
    // password. The key of the keychain entry and of the local queue.
    QString display() const;
    // The keychain key of this location's password (service as the profiles, key "history:" + display()).
    QString secretKey() const;
    // The settings of a connection to this location, with the password given and the history's timeouts
    // (connect 5 s, read/write 30 s).
    ConnectionSettings connectionSettings(const QString &password) const;

    // Parses the text forms above. nullopt with *error (translated) when the text is not a location, has a
    // password in it, or misses the host, user or database.
    static std::optional<HistoryLocation> parse(const QString &text, QString *error);

    friend bool operator==(const HistoryLocation &, const HistoryLocation &) = default;
};

// Opens a QMYSQL connection to a shared history under `connectionName` on the calling thread (blocks up to
// the connect timeout: never call it on the GUI thread): the connect/read timeouts, TLS as the profiles do
// it (VERIFY_IDENTITY refused, REQUIRED checked), the private plugin directory (no clear-text password
// plugin). False with *error (translated; never the password) when it cannot; nothing stays registered then.
bool openSharedHistoryConnection(
    const HistoryLocation &location, const QString &password, const QString &connectionName, QString *error);

} // namespace moctl
