#pragma once

#include "connectionsettings.h"

#include <optional>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace moctl {

// A MatrixOne user name split into its parts. MatrixOne accepts `account:user[:role]` and
// `account#user[#role]`; a plain `user` belongs to the sys account with the user's default role.
struct UserNameParts
{
    QString account;
    QString user;
    QString role;
    QString error; // translated; empty when the name was understood

    bool ok() const { return error.isEmpty(); }
    friend bool operator==(const UserNameParts &, const UserNameParts &) = default;
};

// Splits `account:user[:role]` / `account#user[#role]` / `user`. Surrounding spaces are ignored;
// an empty part, more than three parts or both separators in one name are errors.
UserNameParts parseUserName(const QString &text);
// The user string MatrixOne expects: `account:user:role`, `account:user`, or plain `user`. A role
// without an account is sent for the sys account (`sys:user:role`).
QString composeUserName(const QString &account, const QString &user, const QString &role);

// A saved connection: everything but the password, which lives in the secret store keyed by id.
struct ConnectionProfile
{
    using TlsMode = ConnectionSettings::TlsMode;

    QUuid id = QUuid::createUuid();
    QString name;
    QString group; // folder in the Profiles panel; empty = top level
    // Free labels ("eu", "tier-1") a fleet plan can select by (`tag:eu`); normalised by normalizeTags().
    QStringList tags;
    QString colour; // "#rrggbb" tag (prod red, staging amber...); empty = none
    QString host = QStringLiteral("127.0.0.1");
    int port = 6001;
    QString account; // MatrixOne account (tenant); empty = sys
    QString user = QStringLiteral("root");
    QString role; // empty = the user's default role
    QString database;
    TlsMode tlsMode = TlsMode::Preferred;
    QString caFile;
    QString certFile;
    QString keyFile;
    int connectTimeoutSec = 10;
    int readTimeoutSec = 600;
    QString notes;
    // "Confirm before running": every run on this profile (Operations, Run now, re-run) first says
    // what it will send and waits for a yes. Unset = the default, on for a production profile
    // (JSON "confirmBeforeRunning", written only when set).
    std::optional<bool> confirmRuns;

    // The colour tag of production profiles (the editor's "Red (production)").
    static QString productionColour() { return QStringLiteral("#d32f2f"); }
    // A production profile: tagged with the production colour, or in a group called "production" or
    // "prod" (any case).
    bool isProduction() const;
    // Whether runs on this profile ask first (the setting, else on for production).
    bool confirmsRuns() const { return confirmRuns.value_or(isProduction()); }

    QString idString() const { return id.toString(QUuid::WithoutBraces); }
    // The user name as sent to the server.
    QString composedUser() const { return composeUserName(account, user, role); }
    // Sets account/user/role from a combined name (`acc:user:role`). Returns the parse result.
    UserNameParts setUserName(const QString &text);
    // Connection settings for this profile with the given password (built just before use).
    ConnectionSettings toSettings(const QString &password) const;
    // Tags as kept: trimmed, empty ones dropped, duplicates (any case) dropped keeping the first.
    static QStringList normalizeTags(const QStringList &tags);
    // A translated problem with one tag (longer than MaxTagLength, ',' or ':' in it); empty = fine.
    static QString tagProblem(const QString &tag);
    static constexpr int MaxTagLength = 64;
    bool hasTag(const QString &tag) const; // case-insensitive

    // Translated problems that prevent saving (empty name, host, bad port, bad user...). Empty = valid.
    QStringList validate() const;

    // JSON without any password. fromJson sets *error (translated) and returns nullopt when the
    // object is not a usable profile.
    QJsonObject toJson() const;
    static std::optional<ConnectionProfile> fromJson(const QJsonObject &object, QString *error);

    static QString tlsModeName(
        TlsMode mode); // "disabled", "preferred", "required", "verify-ca", "verify-identity"
    static std::optional<TlsMode> tlsModeFromName(const QString &name);
    static QString tlsModeTitle(TlsMode mode); // translated, for the UI

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace moctl
