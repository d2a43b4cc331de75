#include "historylocation.h"

#include "apppaths.h"
#include "connection/connectionfactory.h"
#include "connection/connectionprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("moctl::HistoryLocation", text);
}
} // namespace

QString HistoryLocation::display() const
{
    if (kind == Kind::SQLite)
        return QDir::toNativeSeparators(path.isEmpty() ? AppPaths::historyFile() : path);
    const QString user = QString::fromLatin1(QUrl::toPercentEncoding(this->user));
    const bool v6 = host.contains(u':');
    // Concatenated, not arg(): a percent-encoded user holds "%3A"-like sequences.
    QString text = u"mysql://"_s + user + u'@' + (v6 ? u'[' + host + u']' : host) + u':'
        + QString::number(port) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(database));
    QStringList query;
    if (tlsMode != ConnectionSettings::TlsMode::Preferred)
        query << u"tls="_s + ConnectionProfile::tlsModeName(tlsMode);
    if (!caFile.isEmpty())
        query << u"ssl-ca="_s + QString::fromLatin1(QUrl::toPercentEncoding(caFile, "/"));
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

QString HistoryLocation::secretKey() const
{
    return u"history:"_s + display();
}

ConnectionSettings HistoryLocation::connectionSettings(const QString &password) const
{
    ConnectionSettings s;
    s.host = host;
    s.port = port;
    s.user = user;
    s.password = password;
    s.database = database;
    s.tlsMode = tlsMode;
    s.caFile = caFile;
    s.connectTimeoutSec = 5;
    s.readTimeoutSec = 30;
    return s;
}

std::optional<HistoryLocation> HistoryLocation::parse(const QString &input, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<HistoryLocation> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    HistoryLocation location;
    const QString lower = text.toLower();
    if (!lower.startsWith(u"mysql://"_s) && !lower.startsWith(u"mariadb://"_s)) {
        if (lower.contains(u"://"_s))
            return fail(tr("Unknown history location \"%1\": give mysql://user@host:port/database or a file "
                           "path.")
                            .arg(text.section(u"://"_s, 0, 0)));
        location.kind = Kind::SQLite;
        QString path = text;
        if (lower.startsWith(u"sqlite:"_s))
            path = text.mid(7);
        else if (lower.startsWith(u"file:"_s))
            path = text.mid(5);
        location.path = path.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(path));
        return location;
    }
    location.kind = Kind::MySql;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("The history URL is not valid: %1").arg(url.errorString()));
    if (!url.password().isEmpty() || url.authority(QUrl::FullyEncoded).section(u'@', 0, -2).contains(u':'))
        return fail(tr("The history URL must not contain a password (it would show in the process list and "
                       "logs). Give it with --history-password-file or store it in the keychain. A MatrixOne "
                       "account user is written account#user."));
    location.user = url.userName(QUrl::FullyDecoded);
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(3306);
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    location.database = database;
    if (location.host.isEmpty())
        return fail(tr("The history URL names no host: mysql://user@host:port/database."));
    if (location.user.isEmpty())
        return fail(tr("The history URL names no user: mysql://user@host:port/database."));
    if (location.database.isEmpty() || location.database.contains(u'/'))
        return fail(tr("The history URL must name one database: mysql://user@host:port/database."));
    if (location.port <= 0 || location.port > 65535)
        return fail(tr("The history URL's port is not valid."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QString k = key.toLower();
        if (k == u"tls"_s || k == u"ssl-mode"_s || k == u"ssl_mode"_s) {
            const std::optional<ConnectionSettings::TlsMode> mode
                = ConnectionSettings::tlsModeFromName(value);
            if (!mode)
                return fail(tr("Unknown TLS mode \"%1\" in the history URL (disabled, preferred, required, "
                               "verify-ca).")
                                .arg(value));
            location.tlsMode = *mode;
        } else if (k == u"ssl-ca"_s || k == u"ssl_ca"_s) {
            location.caFile = value;
        } else if (k == u"password"_s) {
            return fail(tr("The history URL must not contain a password (it would show in the process list "
                           "and logs). Give it with --history-password-file or store it in the keychain."));
        } else {
            return fail(tr("Unknown option \"%1\" in the history URL (tls, ssl-ca).").arg(key));
        }
    }
    if (location.tlsMode == ConnectionSettings::TlsMode::VerifyIdentity)
        return fail(verifyIdentityUnsupported());
    if (location.tlsMode == ConnectionSettings::TlsMode::VerifyCa && location.caFile.isEmpty())
        return fail(tr("tls=verify-ca needs ssl-ca=FILE in the history URL."));
    return location;
}

bool openSharedHistoryConnection(
    const HistoryLocation &location, const QString &password, const QString &connectionName, QString *error)
{
    if (!location.isShared()) {
        if (error)
            *error = tr("The history location is not a shared database.");
        return false;
    }
    ConnectionFactory::Handle handle
        = ConnectionFactory::openNamed(location.connectionSettings(password), connectionName);
    if (handle.ok())
        return true;
    if (error) {
        *error = tr("The shared history %1 cannot be reached: %2")
                     .arg(location.display(), handle.error.message());
    }
    return false;
}

} // namespace moctl
