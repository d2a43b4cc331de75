#pragma once

#include "connectionprofile.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace moctl {

// Which profiles a fleet plan runs on: `all`, `group:NAME`, `tag:NAME` or `NAME[,NAME...]` (profile
// names or ids). Keywords and names compare case-insensitively; spaces around parts are ignored.
class ProfileSelector
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSelector)

public:
    enum class Kind { None, All, Group, Tag, Names };

    ProfileSelector() = default;
    // nullopt with a translated *error for text that is not a selector (empty, `group:` without a
    // name, an unknown `kind:`, an empty name between commas...).
    static std::optional<ProfileSelector> parse(const QString &text, QString *error);
    static ProfileSelector all();
    static ProfileSelector group(const QString &name);
    static ProfileSelector tag(const QString &name);
    static ProfileSelector names(const QStringList &names);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::None; }
    QString value() const { return m_value; } // the group or tag name
    QStringList nameList() const { return m_names; } // Kind::Names

    // Whether a profile is selected, on its own (Kind::Names: by name or id).
    bool matches(const ConnectionProfile &profile) const;

    // The matching profiles in name order, or a translated error: nothing matches, a name that no
    // profile has, a name that several profiles have (name them by id).
    struct Result
    {
        QList<ConnectionProfile> profiles;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };
    Result resolve(const QList<ConnectionProfile> &profiles) const;

    // The canonical text: parse(toString()) gives the same selector.
    QString toString() const;
    // For people (translated): "all profiles", "profiles in group prod", "profiles tagged eu", ...
    QString describe() const;

    friend bool operator==(const ProfileSelector &, const ProfileSelector &) = default;

private:
    Kind m_kind = Kind::None;
    QString m_value;
    QStringList m_names;
};

} // namespace moctl
