#include "connectionsettings.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace moctl {

QString ConnectionSettings::connectOptions() const
{
    QStringList options;
    options << u"MYSQL_OPT_CONNECT_TIMEOUT=%1"_s.arg(qMax(1, connectTimeoutSec));
    options << u"MYSQL_OPT_READ_TIMEOUT=%1"_s.arg(qMax(1, readTimeoutSec));
    options << u"MYSQL_OPT_WRITE_TIMEOUT=%1"_s.arg(qMax(1, readTimeoutSec));
    if (tlsMode != TlsMode::Disabled) {
        if (!keyFile.isEmpty())
            options << u"SSL_KEY=%1"_s.arg(keyFile);
        if (!certFile.isEmpty())
            options << u"SSL_CERT=%1"_s.arg(certFile);
        if (!caFile.isEmpty())
            options << u"SSL_CA=%1"_s.arg(caFile);
    }
    return options.join(u';');
}

std::optional<ConnectionSettings::TlsMode> ConnectionSettings::tlsModeFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper().replace(u'-', u'_');
    if (n == u"DISABLED"_s)
        return TlsMode::Disabled;
    if (n == u"PREFERRED"_s)
        return TlsMode::Preferred;
    if (n == u"REQUIRED"_s)
        return TlsMode::Required;
    if (n == u"VERIFY_CA"_s)
        return TlsMode::VerifyCa;
    if (n == u"VERIFY_IDENTITY"_s)
        return TlsMode::VerifyIdentity;
    return std::nullopt;
}

QString ConnectionSettings::describe() const
{
    return u"%1@%2:%3"_s.arg(user, host).arg(port);
}

size_t ConnectionSettings::fingerprint() const
{
    return qHashMulti(0x6d6f63746cU, host, port, user, password, database, int(tlsMode), caFile, certFile,
        keyFile, connectTimeoutSec, readTimeoutSec);
}

} // namespace moctl
