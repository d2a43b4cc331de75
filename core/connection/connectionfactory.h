#pragma once

#include "connectionsettings.h"
#include "moctl/moerror.h"

#include <QSqlDatabase>

namespace moctl {

// Why TlsMode::VerifyIdentity is refused (translated).
QString verifyIdentityUnsupported();

// One QSqlDatabase per thread and settings (digiKam's pattern): each thread gets its own
// connection with a unique name, created on first use and removed when the thread ends.
class ConnectionFactory
{
public:
    struct Handle
    {
        QSqlDatabase db;
        qint64 connectionId = -1; // the server's CONNECTION_ID(), for KILL QUERY
        MoError error;
        QString serverVersion; // SELECT VERSION() when the connection was opened
        bool ok() const { return !error.isError(); }
    };

    // An open connection owned by the calling thread (opened now if needed). Blocks while connecting:
    // call from worker threads only.
    static Handle threadConnection(const ConnectionSettings &settings);
    // Forget this thread's connection for these settings (after the connection was lost), so the next
    // call reconnects.
    static void dropThreadConnection(const ConnectionSettings &settings);
    // Removes every connection this thread opened.
    static void releaseThreadConnections();
    // Number of connections the calling thread holds (tests).
    static int threadConnectionCount();

    // Opens a connection that is not shared; the name is unique. Use ScopedConnection to own it.
    static Handle openDedicated(const ConnectionSettings &settings, const QString &purpose);
    // Same, under the name given (the caller removes it); nothing stays registered when it fails.
    static Handle openNamed(const ConnectionSettings &settings, const QString &name);

    // Whether the server answers at all: a TCP connection and its greeting within the connect
    // timeout (no login). Connection error when not.
    static MoError probe(const ConnectionSettings &settings);

    // After opening: checks TLS when the settings require it, reads CONNECTION_ID() and VERSION().
    static MoError prepareConnection(QSqlDatabase &db, const ConnectionSettings &settings,
        qint64 *connectionId, QString *serverVersion = nullptr);
};

// Owns a dedicated connection and removes it (after the last handle is gone) on destruction.
class ScopedConnection
{
public:
    ScopedConnection(const ConnectionSettings &settings, const QString &purpose);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool ok() const { return m_handle.ok(); }
    MoError error() const { return m_handle.error; }
    QSqlDatabase &db() { return m_handle.db; }
    qint64 connectionId() const { return m_handle.connectionId; }

private:
    ConnectionFactory::Handle m_handle;
    QString m_name;
};

} // namespace moctl
