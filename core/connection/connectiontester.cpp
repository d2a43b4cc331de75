#include "connectiontester.h"

#include "connectionfactory.h"
#include "connectionprofile.h"
#include "moctl/serverversion.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

} // namespace

ConnectionTestResult::Failure ConnectionTester::classify(const MoError &error)
{
    using F = ConnectionTestResult::Failure;
    if (!error.isError())
        return F::None;
    const QString text = error.serverMessage().toLower();
    if (error.kind() == MoError::Kind::Authentication || error.code() == 1045 || error.code() == 1698)
        return F::Authentication;
    if (error.code() == 2005 || text.contains(u"unknown server host"_s) || text.contains(u"unknown host"_s)
        || text.contains(u"name or service not known"_s))
        return F::HostNotFound;
    if (error.code() == 2026 || text.contains(u"ssl"_s) || text.contains(u"tls"_s))
        return F::Tls;
    if (text.contains(u"(110)"_s) || text.contains(u"system error: 110"_s) || text.contains(u"timed out"_s)
        || text.contains(u"timeout"_s) || text.contains(u"(10060)"_s))
        return F::Timeout;
    // MariaDB Connector/C reports a refused non-blocking connect as EINPROGRESS (115); run() tells it
    // from a timeout by how long the attempt took.
    if (text.contains(u"(111)"_s) || text.contains(u"refused"_s) || text.contains(u"(10061)"_s)
        || text.contains(u"(115)"_s))
        return F::Refused;
    return F::Other;
}

ConnectionTestResult::Privilege ConnectionTester::guessPrivilege(const QString &account, const QString &role)
{
    using P = ConnectionTestResult::Privilege;
    const bool sys = account.isEmpty() || account.compare(u"sys"_s, Qt::CaseInsensitive) == 0;
    if (!sys)
        return P::No;
    if (role.isEmpty())
        return P::Probably;
    return role.compare(u"moadmin"_s, Qt::CaseInsensitive) == 0 ? P::Yes : P::ProbablyNot;
}

ConnectionTestResult ConnectionTester::run(const ConnectionSettings &settings)
{
    ConnectionTestResult result;
    const UserNameParts parts = parseUserName(settings.user);
    result.account = parts.account;
    result.user = parts.ok() ? parts.user : settings.user;
    result.role = parts.role;
    result.currentUser = settings.user;
    result.privilege = guessPrivilege(parts.account, parts.role);

    QElapsedTimer timer;
    timer.start();
    ScopedConnection connection(settings, u"test"_s);
    result.connectMs = timer.elapsed();
    if (!connection.ok()) {
        result.error = connection.error();
        result.failure = classify(result.error);
        if (result.failure == ConnectionTestResult::Failure::Refused
            && result.connectMs >= qint64(settings.connectTimeoutSec) * 900)
            result.failure = ConnectionTestResult::Failure::Timeout;
        return result;
    }
    QSqlQuery query(connection.db());
    if (query.exec(u"SELECT VERSION()"_s) && query.next())
        result.serverVersion = query.value(0).toString();
    result.isMatrixOne = result.serverVersion.contains(u"MatrixOne"_s, Qt::CaseInsensitive);
    if (query.exec(u"SELECT CURRENT_USER()"_s) && query.next()) {
        const QString seen = query.value(0).toString();
        if (!seen.isEmpty())
            result.currentUser = seen;
    }
    timer.restart();
    if (!query.exec(u"SELECT 1"_s) || !query.next()) {
        result.error = MoError::fromSqlError(query.lastError());
        result.failure = classify(result.error);
        return result;
    }
    result.roundTripMs = timer.elapsed();
    return result;
}

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ConnectionTestResult>::finished, this,
        [this] { Q_EMIT finished(m_watcher.result()); });
}

ConnectionTester::~ConnectionTester()
{
    // The test cannot be interrupted; it ends by itself within the connect timeout. Do not wait for it.
    m_watcher.disconnect(this);
}

void ConnectionTester::start(const ConnectionSettings &settings)
{
    Q_EMIT started();
    m_watcher.setFuture(QtConcurrent::run([settings] { return ConnectionTester::run(settings); }));
}

bool ConnectionTester::isRunning() const
{
    return m_watcher.isRunning();
}

QString ConnectionTestResult::failureMessage() const
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::HostNotFound:
        return QCoreApplication::translate("moctl::ConnectionTester",
            "The host name could not be resolved (DNS). Check the host. Server said: %1")
            .arg(error.serverMessage());
    case Failure::Refused:
        return QCoreApplication::translate("moctl::ConnectionTester",
            "The connection was refused: nothing listens on that host and port. Check the port (MatrixOne "
            "uses 6001) and that the server is running.");
    case Failure::Timeout:
        return QCoreApplication::translate("moctl::ConnectionTester",
            "No answer before the connect timeout: the host may be down or a firewall drops the "
            "connection.");
    case Failure::Authentication:
        return QCoreApplication::translate("moctl::ConnectionTester",
            "The server refused the user name or password (%1). Check the password and the account:user "
            "form of the user name.")
            .arg(error.serverMessage());
    case Failure::Tls:
        return QCoreApplication::translate("moctl::ConnectionTester",
            "The TLS connection failed: %1 Check the TLS mode and the CA, certificate and key files.")
            .arg(error.serverMessage().isEmpty() ? error.detail() : error.serverMessage());
    case Failure::Other:
        return error.message();
    }
    return {};
}

QString ConnectionTestResult::privilegeText() const
{
    switch (privilege) {
    case Privilege::Yes:
        return QCoreApplication::translate(
            "moctl::ConnectionTester", "Yes: sys account with the moadmin role.");
    case Privilege::Probably:
        return QCoreApplication::translate("moctl::ConnectionTester",
            "Probably: sys account with the user's default role (moadmin for root). Give the role "
            "explicitly (sys:user:moadmin) to be sure.");
    case Privilege::ProbablyNot:
        return QCoreApplication::translate("moctl::ConnectionTester",
            "Probably not: mo_ctl needs the moadmin role; this user connects with role \"%1\".")
            .arg(role);
    case Privilege::No:
        return QCoreApplication::translate("moctl::ConnectionTester",
            "No: account \"%1\" is not sys; mo_ctl is only allowed to the sys account.")
            .arg(account);
    }
    return {};
}

QStringList ConnectionTestResult::summaryLines() const
{
    if (!ok())
        return { failureMessage() };
    QStringList lines;
    lines << QCoreApplication::translate("moctl::ConnectionTester", "Connected.");
    lines << QCoreApplication::translate("moctl::ConnectionTester", "Server version: %1").arg(serverVersion);
    const ServerVersion version = ServerVersion::parse(serverVersion);
    if (version.isMatrixOne() && !version.isKnown()) {
        lines << QCoreApplication::translate("moctl::ConnectionTester",
            "MatrixOne version unknown (perhaps a build from a branch): every mo_ctl "
            "form is allowed, but an old server may refuse some.");
    } else if (version.isKnown()) {
        QStringList lacking;
        for (ServerFeature f : AllServerFeatures) {
            if (!supports(version, f))
                lacking << QCoreApplication::translate("moctl::ConnectionTester", "%1 (since v%2)")
                               .arg(featureTitle(f), featureSince(f).toString());
        }
        if (!lacking.isEmpty())
            lines << QCoreApplication::translate("moctl::ConnectionTester", "MatrixOne v%1 cannot: %2.")
                         .arg(version.version().toString(), lacking.join(u"; "_s));
    }
    lines << (isMatrixOne ? QCoreApplication::translate("moctl::ConnectionTester", "This is MatrixOne.")
                          : QCoreApplication::translate("moctl::ConnectionTester",
                              "This does not look like MatrixOne (the version does not say so)."));
    lines << QCoreApplication::translate(
        "moctl::ConnectionTester", "Connected as: %1 (account %2, user %3, role %4)")
                 .arg(currentUser, account.isEmpty() ? u"sys"_s : account, user,
                     role.isEmpty() ? QCoreApplication::translate("moctl::ConnectionTester", "default")
                                    : role);
    lines << QCoreApplication::translate("moctl::ConnectionTester", "mo_ctl privilege: %1")
                 .arg(privilegeText());
    lines << QCoreApplication::translate("moctl::ConnectionTester", "Round trip: %1 ms (connect %2 ms)")
                 .arg(roundTripMs)
                 .arg(connectMs);
    return lines;
}

} // namespace moctl
