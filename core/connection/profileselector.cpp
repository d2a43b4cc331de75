#include "profileselector.h"

#include <algorithm>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

bool sameId(const ConnectionProfile &profile, const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    return !id.isNull() && id == profile.id;
}

} // namespace

std::optional<ProfileSelector> ProfileSelector::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ProfileSelector> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(
            tr("Say which profiles: all, group:NAME, tag:NAME or profile names separated by commas."));
    if (t.compare(u"all"_s, Qt::CaseInsensitive) == 0)
        return all();
    if (const qsizetype colon = t.indexOf(u':'); colon >= 0) {
        const QString kind = t.left(colon).trimmed().toLower();
        const QString value = t.mid(colon + 1).trimmed();
        if (kind != u"group"_s && kind != u"tag"_s)
            return fail(
                tr("Unknown kind of selector \"%1:\": use all, group:NAME, tag:NAME or profile names.")
                    .arg(t.left(colon).trimmed()));
        if (value.isEmpty())
            return fail(kind == u"group"_s ? tr("Name the group after \"group:\".")
                                           : tr("Name the tag after \"tag:\"."));
        if (value.contains(u','))
            return fail(kind == u"group"_s ? tr("A selector takes one group (\"%1\" has a comma).").arg(value)
                                           : tr("A selector takes one tag (\"%1\" has a comma).").arg(value));
        if (kind == u"tag"_s) {
            if (const QString problem = ConnectionProfile::tagProblem(value); !problem.isEmpty())
                return fail(problem);
            return tag(value);
        }
        return group(value);
    }
    QStringList names;
    for (const QString &part : t.split(u',')) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            return fail(
                tr("An empty profile name in \"%1\" (two commas in a row, or one at an end).").arg(t));
        if (!names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    return ProfileSelector::names(names);
}

ProfileSelector ProfileSelector::all()
{
    ProfileSelector s;
    s.m_kind = Kind::All;
    return s;
}

ProfileSelector ProfileSelector::group(const QString &name)
{
    ProfileSelector s;
    s.m_kind = Kind::Group;
    s.m_value = name.trimmed();
    return s;
}

ProfileSelector ProfileSelector::tag(const QString &name)
{
    ProfileSelector s;
    s.m_kind = Kind::Tag;
    s.m_value = name.trimmed();
    return s;
}

ProfileSelector ProfileSelector::names(const QStringList &names)
{
    ProfileSelector s;
    s.m_kind = Kind::Names;
    for (const QString &n : names) {
        const QString name = n.trimmed();
        if (!name.isEmpty() && !s.m_names.contains(name, Qt::CaseInsensitive))
            s.m_names << name;
    }
    if (s.m_names.isEmpty())
        s.m_kind = Kind::None;
    return s;
}

bool ProfileSelector::matches(const ConnectionProfile &profile) const
{
    switch (m_kind) {
    case Kind::None:
        return false;
    case Kind::All:
        return true;
    case Kind::Group:
        return profile.group.trimmed().compare(m_value, Qt::CaseInsensitive) == 0;
    case Kind::Tag:
        return profile.hasTag(m_value);
    case Kind::Names:
        return std::any_of(m_names.cbegin(), m_names.cend(), [&profile](const QString &name) {
            return sameId(profile, name) || profile.name.trimmed().compare(name, Qt::CaseInsensitive) == 0;
        });
    }
    return false;
}

ProfileSelector::Result ProfileSelector::resolve(const QList<ConnectionProfile> &profiles) const
{
    Result result;
    switch (m_kind) {
    case Kind::None:
        result.error = tr("No profiles are selected.");
        return result;
    case Kind::All:
    case Kind::Group:
    case Kind::Tag:
        for (const ConnectionProfile &p : profiles) {
            if (matches(p))
                result.profiles << p;
        }
        if (result.profiles.isEmpty()) {
            result.error = m_kind == Kind::All ? tr("There are no profiles.")
                : m_kind == Kind::Group        ? tr("No profile is in the group \"%1\".").arg(m_value)
                                               : tr("No profile has the tag \"%1\".").arg(m_value);
            return result;
        }
        break;
    case Kind::Names:
        for (const QString &name : m_names) {
            // An id names one profile; a name may be shared (then the ids tell them apart).
            QList<ConnectionProfile> found;
            for (const ConnectionProfile &p : profiles) {
                if (sameId(p, name))
                    found = { p };
            }
            if (found.isEmpty()) {
                for (const ConnectionProfile &p : profiles) {
                    if (p.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                        found << p;
                }
            }
            if (found.isEmpty()) {
                Result unknown;
                unknown.error = tr("No profile is called \"%1\" (see moctl profiles list).").arg(name);
                return unknown;
            }
            if (found.size() > 1) {
                QStringList ids;
                for (const ConnectionProfile &p : std::as_const(found))
                    ids << p.idString();
                Result ambiguous;
                ambiguous.error = tr("%1 profiles are called \"%2\"; name one by its id (%3).")
                                      .arg(found.size())
                                      .arg(name, ids.join(u", "_s));
                return ambiguous;
            }
            if (!std::any_of(result.profiles.cbegin(), result.profiles.cend(),
                    [&found](const ConnectionProfile &p) { return p.id == found.first().id; }))
                result.profiles << found.first();
        }
        break;
    }
    std::stable_sort(result.profiles.begin(), result.profiles.end(),
        [](const ConnectionProfile &a, const ConnectionProfile &b) {
            const int c = a.name.compare(b.name, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a.idString() < b.idString();
        });
    return result;
}

QString ProfileSelector::toString() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::All:
        return u"all"_s;
    case Kind::Group:
        return u"group:"_s + m_value;
    case Kind::Tag:
        return u"tag:"_s + m_value;
    case Kind::Names:
        return m_names.join(u',');
    }
    return {};
}

QString ProfileSelector::describe() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("no profiles");
    case Kind::All:
        return tr("all profiles");
    case Kind::Group:
        return tr("the profiles in the group \"%1\"").arg(m_value);
    case Kind::Tag:
        return tr("the profiles tagged \"%1\"").arg(m_value);
    case Kind::Names:
        return m_names.size() == 1 ? tr("the profile \"%1\"").arg(m_names.first())
                                   : tr("the profiles %1").arg(m_names.join(u", "_s));
    }
    return {};
}

} // namespace moctl
