#include "connectionfactory.h"

#include "security/processsecurity.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QThreadStorage>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

QAtomicInteger<quint64> s_counter;

QString uniqueName(const QString &purpose)
{
    return u"moctl-%1-%2-%3"_s.arg(purpose)
        .arg(quintptr(QThread::currentThreadId()), 0, 16)
        .arg(s_counter.fetchAndAddRelaxed(1));
}

void removeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

struct ThreadConnections
{
    struct Entry
    {
        QString name;
        qint64 connectionId = -1;
        QString serverVersion;
    };
    QHash<size_t, Entry> entries;
    ~ThreadConnections()
    {
        for (const Entry &entry : std::as_const(entries))
            removeConnection(entry.name);
    }
};

QThreadStorage<ThreadConnections *> s_threadConnections;

ThreadConnections &threadData()
{
    if (!s_threadConnections.hasLocalData())
        s_threadConnections.setLocalData(new ThreadConnections);
    return *s_threadConnections.localData();
}

} // namespace

QString verifyIdentityUnsupported()
{
    return QCoreApplication::translate("moctl::ConnectionFactory",
        "VERIFY_IDENTITY cannot be honoured: Qt's MySQL driver (QMYSQL) gives no way to "
        "check the server's host name against its certificate. Nothing was sent. Use "
        "VERIFY_CA (TLS required, certificate chain checked against --ssl-ca).");
}

namespace {

// libmariadb waits for the server's greeting with the *read* timeout, which must be long for slow
// flushes: a server that accepts connections but answers nothing (stopped, overloaded) would hold the
// thread that long. So first wait for the greeting ourselves, within the connect timeout.
MoError probeGreeting(const ConnectionSettings &settings)
{
    if (settings.host.isEmpty() || settings.host == u"localhost"_s || settings.host.startsWith(u'/'))
        return {}; // unix socket: nothing to probe
    const int timeoutMs = qMax(1, settings.connectTimeoutSec) * 1000;
    QTcpSocket socket;
    socket.connectToHost(settings.host, quint16(settings.port));
    // The server text mimics libmariadb's (with the errno), so callers can classify it the same way;
    // the translated explanation is the detail.
    const auto fail = [&](int code, const QString &why, int sysErrno) {
        const QString server = code == 2005 ? u"Unknown server host '%1' (-2)"_s.arg(settings.host)
            : code == 2013 ? u"Lost connection to server at 'handshake: reading initial communication "
                             u"packet', system error: %1"_s.arg(sysErrno)
                           : u"Can't connect to server on '%1' (%2)"_s.arg(settings.host).arg(sysErrno);
        return MoError(MoError::Kind::Connection, code, server, why);
    };
    if (!socket.waitForConnected(timeoutMs)) {
        switch (socket.error()) {
        case QAbstractSocket::HostNotFoundError:
            return fail(2005,
                QCoreApplication::translate("moctl::ConnectionFactory", "Unknown host %1.")
                    .arg(settings.host),
                -2);
        case QAbstractSocket::ConnectionRefusedError:
            return fail(2003,
                QCoreApplication::translate(
                    "moctl::ConnectionFactory", "Connection refused by %1:%2 (is the server running?).")
                    .arg(settings.host)
                    .arg(settings.port),
                111);
        case QAbstractSocket::SocketTimeoutError:
            return fail(2003,
                QCoreApplication::translate("moctl::ConnectionFactory", "No connection to %1:%2 within %3 s.")
                    .arg(settings.host)
                    .arg(settings.port)
                    .arg(settings.connectTimeoutSec),
                110);
        default:
            return fail(2003,
                QCoreApplication::translate("moctl::ConnectionFactory", "Cannot connect to %1:%2: %3")
                    .arg(settings.host)
                    .arg(settings.port)
                    .arg(socket.errorString()),
                113);
        }
    }
    if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs)) {
        return fail(2013,
            QCoreApplication::translate("moctl::ConnectionFactory",
                "%1:%2 accepted the connection but sent no greeting within "
                "%3 s (the server is hanging or is not a MySQL-protocol "
                "server).")
                .arg(settings.host)
                .arg(settings.port)
                .arg(settings.connectTimeoutSec),
            110);
    }
    socket.abort();
    return {};
}

ConnectionFactory::Handle open(const ConnectionSettings &settings, const QString &name)
{
    ConnectionFactory::Handle handle;
    // Before the client library loads any plugin: never one that sends the password in clear.
    restrictAuthPlugins();
    if (settings.tlsMode == ConnectionSettings::TlsMode::VerifyIdentity) {
        handle.error = MoError(MoError::Kind::Connection, 2026, {}, verifyIdentityUnsupported());
        return handle;
    }
    if (MoError probe = probeGreeting(settings); probe.isError()) {
        handle.error = probe;
        return handle;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QMYSQL"_s)) {
        handle.error = MoError(MoError::Kind::Connection, 0, {},
            QCoreApplication::translate(
                "moctl::ConnectionFactory", "The Qt MySQL driver (QMYSQL) is not installed."));
        return handle;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QMYSQL"_s, name);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setDatabaseName(settings.database);
    db.setConnectOptions(settings.connectOptions());
    if (!db.open()) {
        handle.error = MoError::fromSqlError(db.lastError());
        if (handle.error.kind() == MoError::Kind::ServerError)
            handle.error
                = MoError(MoError::Kind::Connection, handle.error.code(), handle.error.serverMessage());
        db = QSqlDatabase();
        removeConnection(name);
        return handle;
    }
    MoError error
        = ConnectionFactory::prepareConnection(db, settings, &handle.connectionId, &handle.serverVersion);
    if (error.isError()) {
        handle.error = error;
        db = QSqlDatabase();
        removeConnection(name);
        return handle;
    }
    handle.db = db;
    return handle;
}

} // namespace

MoError ConnectionFactory::prepareConnection(
    QSqlDatabase &db, const ConnectionSettings &settings, qint64 *connectionId, QString *serverVersion)
{
    QSqlQuery query(db);
    // version() in the same round trip: MatrixOne's forms depend on it (serverversion.h).
    if (!query.exec(u"SELECT CONNECTION_ID(), VERSION()"_s) || !query.next())
        return MoError::fromSqlError(query.lastError());
    if (connectionId)
        *connectionId = query.value(0).toLongLong();
    if (serverVersion)
        *serverVersion = query.value(1).toString();
    // QMYSQL has no ssl-mode: whether the connection is encrypted is read from the server.
    if (settings.requiresTls()) {
        QSqlQuery tls(db);
        QString cipher;
        if (tls.exec(u"SHOW SESSION STATUS LIKE 'Ssl_cipher'"_s) && tls.next())
            cipher = tls.value(1).toString();
        if (cipher.isEmpty()) {
            db.close();
            return MoError(MoError::Kind::Connection, 2026, {},
                QCoreApplication::translate("moctl::ConnectionFactory",
                    "The profile requires TLS but the server did not offer an encrypted connection."));
        }
    }
    return {};
}

MoError ConnectionFactory::probe(const ConnectionSettings &settings)
{
    return probeGreeting(settings);
}

ConnectionFactory::Handle ConnectionFactory::threadConnection(const ConnectionSettings &settings)
{
    ThreadConnections &data = threadData();
    const size_t key = settings.fingerprint();
    auto it = data.entries.find(key);
    if (it != data.entries.end()) {
        QSqlDatabase db = QSqlDatabase::database(it->name, false);
        if (db.isValid() && db.isOpen())
            return Handle { db, it->connectionId, {}, it->serverVersion };
        db = QSqlDatabase();
        removeConnection(it->name);
        data.entries.erase(it);
    }
    const QString name = uniqueName(u"worker"_s);
    Handle handle = open(settings, name);
    if (handle.ok())
        data.entries.insert(
            key, ThreadConnections::Entry { name, handle.connectionId, handle.serverVersion });
    return handle;
}

void ConnectionFactory::dropThreadConnection(const ConnectionSettings &settings)
{
    ThreadConnections &data = threadData();
    auto it = data.entries.find(settings.fingerprint());
    if (it == data.entries.end())
        return;
    const QString name = it->name;
    data.entries.erase(it);
    removeConnection(name);
}

void ConnectionFactory::releaseThreadConnections()
{
    if (s_threadConnections.hasLocalData())
        s_threadConnections.setLocalData(nullptr); // deletes the old value, which removes the connections
}

int ConnectionFactory::threadConnectionCount()
{
    return s_threadConnections.hasLocalData() ? int(s_threadConnections.localData()->entries.size()) : 0;
}

ConnectionFactory::Handle ConnectionFactory::openDedicated(
    const ConnectionSettings &settings, const QString &purpose)
{
    return open(settings, uniqueName(purpose));
}

ConnectionFactory::Handle ConnectionFactory::openNamed(
    const ConnectionSettings &settings, const QString &name)
{
    return open(settings, name);
}

ScopedConnection::ScopedConnection(const ConnectionSettings &settings, const QString &purpose)
{
    m_name = uniqueName(purpose);
    m_handle = open(settings, m_name);
}

ScopedConnection::~ScopedConnection()
{
    m_handle.db = QSqlDatabase();
    if (QSqlDatabase::contains(m_name))
        removeConnection(m_name);
}

} // namespace moctl
