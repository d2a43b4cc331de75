#include "connectionprofile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

} // namespace

UserNameParts parseUserName(const QString &text)
{
    UserNameParts parts;
    const QString name = text.trimmed();
    if (name.isEmpty()) {
        parts.error = QCoreApplication::translate("moctl::ConnectionProfile", "The user name is empty.");
        return parts;
    }
    const bool colon = name.contains(u':');
    const bool hash = name.contains(u'#');
    if (colon && hash) {
        parts.error = QCoreApplication::translate("moctl::ConnectionProfile",
            "Use either \":\" or \"#\" to separate account, user and role, not both.");
        return parts;
    }
    if (!colon && !hash) {
        parts.user = name;
        return parts;
    }
    const QStringList pieces = name.split(colon ? u':' : u'#');
    if (pieces.size() > 3) {
        parts.error = QCoreApplication::translate(
            "moctl::ConnectionProfile", "A user name has at most three parts: account%1user%1role.")
                          .arg(colon ? u':' : u'#');
        return parts;
    }
    for (const QString &piece : pieces) {
        if (piece.trimmed().isEmpty()) {
            parts.error = QCoreApplication::translate("moctl::ConnectionProfile",
                "\"%1\" has an empty part; write account%2user or account%2user%2role.")
                              .arg(name, colon ? u":"_s : u"#"_s);
            return parts;
        }
    }
    parts.account = pieces.at(0).trimmed();
    parts.user = pieces.at(1).trimmed();
    if (pieces.size() == 3)
        parts.role = pieces.at(2).trimmed();
    return parts;
}

QString composeUserName(const QString &account, const QString &user, const QString &role)
{
    if (account.isEmpty() && role.isEmpty())
        return user;
    const QString acc = account.isEmpty() ? u"sys"_s : account;
    if (role.isEmpty())
        return acc + u':' + user;
    return acc + u':' + user + u':' + role;
}

UserNameParts ConnectionProfile::setUserName(const QString &text)
{
    UserNameParts parts = parseUserName(text);
    if (parts.ok()) {
        account = parts.account;
        user = parts.user;
        role = parts.role;
    }
    return parts;
}

bool ConnectionProfile::isProduction() const
{
    const QString g = group.trimmed();
    return colour.compare(productionColour(), Qt::CaseInsensitive) == 0
        || g.compare(u"production"_s, Qt::CaseInsensitive) == 0
        || g.compare(u"prod"_s, Qt::CaseInsensitive) == 0;
}

ConnectionSettings ConnectionProfile::toSettings(const QString &password) const
{
    ConnectionSettings s;
    s.host = host;
    s.port = port;
    s.user = composedUser();
    s.password = password;
    s.database = database;
    s.tlsMode = tlsMode;
    s.caFile = caFile;
    s.certFile = certFile;
    s.keyFile = keyFile;
    s.connectTimeoutSec = connectTimeoutSec;
    s.readTimeoutSec = readTimeoutSec;
    return s;
}

QStringList ConnectionProfile::normalizeTags(const QStringList &tags)
{
    QStringList kept;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (t.isEmpty() || kept.contains(t, Qt::CaseInsensitive))
            continue;
        kept << t;
    }
    return kept;
}

QString ConnectionProfile::tagProblem(const QString &tag)
{
    if (tag.size() > MaxTagLength)
        return QCoreApplication::translate(
            "moctl::ConnectionProfile", "The tag \"%1…\" is longer than %2 characters.")
            .arg(tag.left(16))
            .arg(MaxTagLength);
    if (tag.contains(u',') || tag.contains(u':'))
        return QCoreApplication::translate(
            "moctl::ConnectionProfile", "The tag \"%1\" must not contain \",\" or \":\".")
            .arg(tag);
    return {};
}

bool ConnectionProfile::hasTag(const QString &tag) const
{
    const QString t = tag.trimmed();
    return !t.isEmpty() && tags.contains(t, Qt::CaseInsensitive);
}

QStringList ConnectionProfile::validate() const
{
    QStringList problems;
    if (id.isNull())
        problems << QCoreApplication::translate("moctl::ConnectionProfile", "The profile has no id.");
    if (name.trimmed().isEmpty())
        problems << QCoreApplication::translate("moctl::ConnectionProfile", "Give the profile a name.");
    if (host.trimmed().isEmpty())
        problems << QCoreApplication::translate("moctl::ConnectionProfile", "Enter the server host.");
    else if (host.trimmed().contains(QRegularExpression(u"\\s"_s)))
        problems << QCoreApplication::translate(
            "moctl::ConnectionProfile", "The host must not contain spaces.");
    if (port < 1 || port > 65535)
        problems << QCoreApplication::translate(
            "moctl::ConnectionProfile", "The port must be a number from 1 to 65535.");
    if (user.trimmed().isEmpty())
        problems << QCoreApplication::translate("moctl::ConnectionProfile", "Enter the user name.");
    for (const QString &part : { account, user, role }) {
        if (part.contains(u':') || part.contains(u'#')) {
            problems << QCoreApplication::translate(
                "moctl::ConnectionProfile", "Account, user and role must not contain \":\" or \"#\".");
            break;
        }
    }
    if (tlsMode == TlsMode::VerifyIdentity)
        problems << QCoreApplication::translate("moctl::ConnectionProfile",
            "\"Verify identity\" is not available: Qt's MySQL driver cannot check the server's host name. "
            "Use \"Verify CA\".");
    else if (tlsMode == TlsMode::VerifyCa && caFile.isEmpty())
        problems << QCoreApplication::translate(
            "moctl::ConnectionProfile", "\"Verify CA\" needs a CA certificate file.");
    if (certFile.isEmpty() != keyFile.isEmpty())
        problems << QCoreApplication::translate("moctl::ConnectionProfile",
            "A client certificate needs its key file, and a key needs its certificate.");
    if (connectTimeoutSec < 1 || connectTimeoutSec > 3600)
        problems << QCoreApplication::translate(
            "moctl::ConnectionProfile", "The connect timeout must be from 1 to 3600 seconds.");
    if (readTimeoutSec < 1 || readTimeoutSec > 86400)
        problems << QCoreApplication::translate(
            "moctl::ConnectionProfile", "The read timeout must be from 1 to 86400 seconds.");
    for (const QString &tag : tags) {
        if (const QString problem = tagProblem(tag); !problem.isEmpty())
            problems << problem;
    }
    return problems;
}

QString ConnectionProfile::tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Disabled:
        return u"disabled"_s;
    case TlsMode::Preferred:
        return u"preferred"_s;
    case TlsMode::Required:
        return u"required"_s;
    case TlsMode::VerifyCa:
        return u"verify-ca"_s;
    case TlsMode::VerifyIdentity:
        return u"verify-identity"_s;
    }
    return u"preferred"_s;
}

std::optional<ConnectionProfile::TlsMode> ConnectionProfile::tlsModeFromName(const QString &name)
{
    for (TlsMode mode : { TlsMode::Disabled, TlsMode::Preferred, TlsMode::Required, TlsMode::VerifyCa,
             TlsMode::VerifyIdentity }) {
        if (tlsModeName(mode) == name)
            return mode;
    }
    return ConnectionSettings::tlsModeFromName(name); // also the mysql client's spelling (VERIFY_CA)
}

QString ConnectionProfile::tlsModeTitle(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Disabled:
        return QCoreApplication::translate("moctl::ConnectionProfile", "Disabled");
    case TlsMode::Preferred:
        return QCoreApplication::translate(
            "moctl::ConnectionProfile", "Preferred (use TLS when the server offers it)");
    case TlsMode::Required:
        return QCoreApplication::translate("moctl::ConnectionProfile", "Required");
    case TlsMode::VerifyCa:
        return QCoreApplication::translate(
            "moctl::ConnectionProfile", "Required, verify the server against the CA");
    case TlsMode::VerifyIdentity:
        return QCoreApplication::translate(
            "moctl::ConnectionProfile", "Required, verify the CA and the host name (not available: refused)");
    }
    return {};
}

QJsonObject ConnectionProfile::toJson() const
{
    // QJsonObject keeps keys sorted: the file's key order is stable.
    QJsonObject o;
    o.insert(u"id"_s, idString());
    o.insert(u"name"_s, name);
    o.insert(u"group"_s, group);
    if (!tags.isEmpty())
        o.insert(u"tags"_s, QJsonArray::fromStringList(tags));
    o.insert(u"colour"_s, colour);
    o.insert(u"host"_s, host);
    o.insert(u"port"_s, port);
    o.insert(u"account"_s, account);
    o.insert(u"user"_s, user);
    o.insert(u"role"_s, role);
    o.insert(u"database"_s, database);
    QJsonObject tls;
    tls.insert(u"mode"_s, tlsModeName(tlsMode));
    tls.insert(u"caFile"_s, caFile);
    tls.insert(u"certFile"_s, certFile);
    tls.insert(u"keyFile"_s, keyFile);
    o.insert(u"tls"_s, tls);
    o.insert(u"connectTimeoutSec"_s, connectTimeoutSec);
    o.insert(u"readTimeoutSec"_s, readTimeoutSec);
    o.insert(u"notes"_s, notes);
    if (confirmRuns)
        o.insert(u"confirmBeforeRunning"_s, *confirmRuns);
    return o;
}

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto str = [&o](const QString &key, const QString &fallback = {}) {
        const QJsonValue v = o.value(key);
        return v.isString() ? v.toString() : fallback;
    };
    ConnectionProfile p;
    p.id = QUuid::fromString(str(u"id"_s));
    if (p.id.isNull())
        return fail(QCoreApplication::translate("moctl::ConnectionProfile", "a profile has no valid id"));
    p.name = str(u"name"_s);
    if (p.name.trimmed().isEmpty())
        return fail(QCoreApplication::translate("moctl::ConnectionProfile", "profile %1 has no name")
                        .arg(p.idString()));
    for (const QString &key : { u"name"_s, u"host"_s, u"user"_s }) {
        if (o.contains(key) && !o.value(key).isString())
            return fail(QCoreApplication::translate(
                "moctl::ConnectionProfile", "profile \"%1\": \"%2\" must be a string")
                            .arg(p.name, key));
    }
    p.group = str(u"group"_s);
    if (const QJsonValue tags = o.value(u"tags"_s); tags.isArray()) {
        QStringList list;
        for (const QJsonValue &tag : tags.toArray()) {
            if (!tag.isString())
                return fail(QCoreApplication::translate(
                    "moctl::ConnectionProfile", "profile \"%1\": \"tags\" must be a list of strings")
                                .arg(p.name));
            list << tag.toString();
        }
        p.tags = normalizeTags(list);
    } else if (!tags.isUndefined() && !tags.isNull()) {
        return fail(QCoreApplication::translate(
            "moctl::ConnectionProfile", "profile \"%1\": \"tags\" must be a list of strings")
                        .arg(p.name));
    }
    p.colour = str(u"colour"_s);
    p.host = str(u"host"_s, p.host);
    if (o.contains(u"port"_s)) {
        const QJsonValue port = o.value(u"port"_s);
        if (!port.isDouble() || port.toDouble() != double(port.toInt()) || port.toInt() < 1
            || port.toInt() > 65535)
            return fail(QCoreApplication::translate(
                "moctl::ConnectionProfile", "profile \"%1\": the port must be a number from 1 to 65535")
                            .arg(p.name));
        p.port = port.toInt();
    }
    p.account = str(u"account"_s);
    p.user = str(u"user"_s, p.user);
    p.role = str(u"role"_s);
    p.database = str(u"database"_s);
    const QJsonObject tls = o.value(u"tls"_s).toObject();
    if (tls.contains(u"mode"_s)) {
        const auto mode = tlsModeFromName(tls.value(u"mode"_s).toString());
        if (!mode)
            return fail(QCoreApplication::translate(
                "moctl::ConnectionProfile", "profile \"%1\": unknown TLS mode \"%2\"")
                            .arg(p.name, tls.value(u"mode"_s).toString()));
        p.tlsMode = *mode;
    }
    p.caFile = tls.value(u"caFile"_s).toString();
    p.certFile = tls.value(u"certFile"_s).toString();
    p.keyFile = tls.value(u"keyFile"_s).toString();
    p.connectTimeoutSec = o.value(u"connectTimeoutSec"_s).toInt(p.connectTimeoutSec);
    p.readTimeoutSec = o.value(u"readTimeoutSec"_s).toInt(p.readTimeoutSec);
    p.notes = str(u"notes"_s);
    if (const QJsonValue confirm = o.value(u"confirmBeforeRunning"_s); confirm.isBool())
        p.confirmRuns = confirm.toBool();
    else if (!confirm.isUndefined() && !confirm.isNull())
        return fail(QCoreApplication::translate(
            "moctl::ConnectionProfile", "profile \"%1\": \"confirmBeforeRunning\" must be true or false")
                        .arg(p.name));
    return p;
}

} // namespace moctl
