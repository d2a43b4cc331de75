#include "tablepattern.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

inline bool sameChar(QChar a, QChar b, Qt::CaseSensitivity cs)
{
    if (a == b)
        return true;
    return cs == Qt::CaseInsensitive && a.toCaseFolded() == b.toCaseFolded();
}

// Length of the character (code point) at i: 2 for a surrogate pair, so `?` matches one emoji.
inline qsizetype charLength(QStringView s, qsizetype i)
{
    return (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) ? 2 : 1;
}

} // namespace

bool TablePattern::Part::matches(QStringView name, Qt::CaseSensitivity cs) const
{
    if (isStar)
        return true;
    if (!hasWildcard)
        return name.compare(glob, cs) == 0;
    // Iterative glob matching with single-star backtracking: linear in practice.
    const QStringView pat(glob);
    const qsizetype pn = pat.size();
    const qsizetype sn = name.size();
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < sn) {
        if (p < pn && wild[p] && pat.at(p) == u'*') {
            starP = p++;
            starT = t;
            continue;
        }
        if (p < pn && wild[p] && pat.at(p) == u'?') {
            ++p;
            t += charLength(name, t);
            continue;
        }
        if (p < pn && !wild[p] && sameChar(pat.at(p), name.at(t), cs)) {
            ++p;
            ++t;
            continue;
        }
        if (starP >= 0) {
            p = starP + 1;
            starT += charLength(name, starT);
            t = starT;
            continue;
        }
        return false;
    }
    while (p < pn && wild[p] && pat.at(p) == u'*')
        ++p;
    return p == pn;
}

bool TablePattern::hasUnquotedWildcard(QStringView text)
{
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'`')
            quoted = !quoted; // a doubled backtick toggles twice: still right
        else if (!quoted && (c == u'*' || c == u'?'))
            return true;
    }
    return false;
}

TablePattern TablePattern::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("moctl::TablePattern", "Cannot read the pattern \"%1\": %2")
                         .arg(text, why);
        return TablePattern();
    };
    if (text.isEmpty())
        return fail(QCoreApplication::translate("moctl::TablePattern", "it is empty"));

    std::vector<Part> parts;
    Part current;
    bool quoted = false;
    bool partWasQuoted = false;
    const qsizetype n = text.size();
    auto finishPart = [&]() -> bool {
        if (current.glob.isEmpty() && !partWasQuoted)
            return false;
        current.isStar = current.glob == u"*"_s && current.wild.size() == 1 && current.wild[0];
        parts.push_back(std::move(current));
        current = Part();
        partWasQuoted = false;
        return true;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'`') {
                if (i + 1 < n && text.at(i + 1) == u'`') {
                    current.glob += u'`';
                    current.wild.push_back(false);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current.glob += c;
                current.wild.push_back(false);
            }
            continue;
        }
        if (c == u'`') {
            // Quoted and unquoted runs may follow each other in a part: `my.`* is "my." then a wildcard.
            quoted = true;
            partWasQuoted = true;
            continue;
        }
        if (c == u'.') {
            if (!finishPart())
                return fail(QCoreApplication::translate("moctl::TablePattern", "a name part is empty"));
            continue;
        }
        if (c.isSpace())
            return fail(
                QCoreApplication::translate("moctl::TablePattern", "spaces need backticks around the name"));
        const bool wildcard = c == u'*' || c == u'?';
        current.glob += c;
        current.wild.push_back(wildcard);
        current.hasWildcard = current.hasWildcard || wildcard;
    }
    if (quoted)
        return fail(QCoreApplication::translate("moctl::TablePattern", "a backtick is not closed"));
    if (!finishPart())
        return fail(QCoreApplication::translate("moctl::TablePattern", "a name part is empty"));
    if (parts.size() > 2)
        return fail(QCoreApplication::translate("moctl::TablePattern",
            "expected a name, or database.table (use backticks for names containing dots)"));
    for (const Part &part : parts) {
        if (part.glob.contains(QChar(0)))
            return fail(QCoreApplication::translate("moctl::TablePattern", "it contains a NUL character"));
        if (part.glob.size() > 256)
            return fail(QCoreApplication::translate(
                "moctl::TablePattern", "a name part is longer than 256 characters"));
    }
    TablePattern pattern;
    pattern.m_text = text;
    pattern.m_parts = std::move(parts);
    return pattern;
}

bool TablePattern::hasWildcards() const
{
    for (const Part &part : m_parts) {
        if (part.hasWildcard)
            return true;
    }
    return false;
}

bool TablePattern::matches(QStringView database, QStringView table, Qt::CaseSensitivity cs) const
{
    if (m_parts.size() == 2)
        return m_parts[0].matches(database, cs) && m_parts[1].matches(table, cs);
    if (m_parts.size() == 1)
        return m_parts[0].matches(database, cs) || m_parts[0].matches(table, cs);
    return false;
}

bool TablePattern::matchesWholeDatabase(QStringView database, Qt::CaseSensitivity cs) const
{
    if (m_parts.size() == 2)
        return m_parts[1].isStar && m_parts[0].matches(database, cs);
    if (m_parts.size() == 1)
        return m_parts[0].matches(database, cs);
    return false;
}

bool TablePattern::namesDatabaseLiterally(QStringView database, Qt::CaseSensitivity cs) const
{
    if (m_parts.empty() || m_parts[0].hasWildcard)
        return false;
    return database.compare(m_parts[0].glob, cs) == 0;
}

bool TablePattern::namesTableLiterally(QStringView table) const
{
    if (m_parts.empty() || m_parts.back().hasWildcard)
        return false;
    return sameIdentifier(m_parts.back().glob, table);
}

TablePattern TablePattern::lowered() const
{
    TablePattern copy = *this;
    for (Part &part : copy.m_parts)
        part.glob = part.glob.toLower(); // wildcards are ASCII: their positions do not move
    for (const Part &part : copy.m_parts) {
        if (part.glob.size() != qsizetype(part.wild.size()))
            return *this; // a character whose lower case is longer: keep the pattern as written
    }
    return copy;
}

QList<qsizetype> TablePattern::matchingIndexes(
    const QList<TablePattern> &patterns, const QList<TableInfo> &tables)
{
    QList<qsizetype> result;
    QList<std::pair<TablePattern, TablePattern>> valid; // as written, lower-cased
    for (const TablePattern &p : patterns) {
        if (p.isValid())
            valid.append({ p, p.lowered() });
    }
    if (valid.isEmpty())
        return result;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const TableInfo &info = tables.at(i);
        const bool system = info.isSystem();
        const bool internal = info.isInternal();
        for (const auto &[p, lower] : std::as_const(valid)) {
            if (system && !p.namesDatabaseLiterally(info.database)
                && !lower.namesDatabaseLiterally(info.database))
                continue;
            if (internal && !p.namesTableLiterally(info.name))
                continue;
            if (p.matches(info) || lower.matches(info)) {
                result << i;
                break;
            }
        }
    }
    return result;
}

QList<TableRef> TablePattern::resolve(
    const QList<TablePattern> &patterns, const QList<TableInfo> &tables, IdPolicy policy)
{
    QList<TableRef> refs;
    QSet<std::pair<QString, QString>> seen;
    for (qsizetype i : matchingIndexes(patterns, tables)) {
        const TableInfo &info = tables.at(i);
        // A catalog lists each table once, but a hand-made list may not.
        const std::pair<QString, QString> key { QString::number(info.accountId) + QChar(0) + info.database,
            info.name };
        if (seen.contains(key))
            continue;
        seen.insert(key);
        refs << tableRefFor(info, policy);
    }
    return refs;
}

} // namespace moctl
