#pragma once

#include "tableinfo.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <vector>

namespace moctl {

// A selection of tables by name pattern, resolved against the catalog when it is used (so a plan
// picks up tables created later):
//   analytics_db.*     every table of analytics_db
//   *.event_*          tables named event_... in any database
//   sales_*            one part: a database OR a table whose name matches (every table of a matching
//                      database, and matching tables in any database)
//   `my.db`.*          backticks quote names with dots or backticks (doubled inside); quoted and
//                      unquoted runs may alternate: `my.`* is every database starting with 'my.'
// Wildcards: `*` any run of characters, `?` exactly one character; inside backticks they are literal.
// Names are compared case-sensitively unless asked otherwise (MatrixOne names are case-sensitive).
// Wildcards never reach into system databases: `*.*` leaves mo_catalog alone, `mo_catalog.*` does not.
class TablePattern
{
public:
    TablePattern() = default;

    // Reads a pattern; on failure the result is invalid and *error says why (translated).
    static TablePattern parse(const QString &text, QString *error = nullptr);
    // Text with an unquoted * or ?: the filter box switches from substring to wildcard matching.
    static bool hasUnquotedWildcard(QStringView text);

    bool isValid() const { return !m_parts.empty(); }
    // The text as written (trimmed).
    QString text() const { return m_text; }
    // db.table form (two parts) rather than one part matching a database or a table.
    bool isQualified() const { return m_parts.size() == 2; }
    bool hasWildcards() const;

    bool matches(QStringView database, QStringView table, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool matches(const TableInfo &info, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return matches(info.database, info.name, cs);
    }
    // Whether every table of `database` matches (one-part pattern matching the database, or db.* ).
    bool matchesWholeDatabase(QStringView database, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // Whether a table of this (system) database may be selected: the database is named literally.
    bool namesDatabaseLiterally(QStringView database, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // Whether the table part names `table` without wildcards (an internal table is only selected so).
    bool namesTableLiterally(QStringView table) const;
    // The pattern with its names lower-cased, as MatrixOne reads identifiers (lower_case_table_names=1).
    TablePattern lowered() const;

    // Concrete tables the patterns select in `tables`: in the order of `tables`, each once, system
    // databases only when named literally, MatrixOne's internal tables (TableInfo::isInternal) only
    // when the table is named literally. A name matches as written or lower-cased (MatrixOne's rule).
    // References carry the id as `policy` says.
    static QList<TableRef> resolve(const QList<TablePattern> &patterns, const QList<TableInfo> &tables,
        IdPolicy policy = IdPolicy::WhereNeeded);
    // The indexes into `tables` of the matches (same rules).
    static QList<qsizetype> matchingIndexes(
        const QList<TablePattern> &patterns, const QList<TableInfo> &tables);

    friend bool operator==(const TablePattern &a, const TablePattern &b) { return a.m_text == b.m_text; }

private:
    struct Part
    {
        QString glob; // the characters; wildcards where `wild` says so
        std::vector<bool> wild; // per character of glob: a wildcard rather than a literal * or ?
        bool hasWildcard = false;
        bool isStar = false; // exactly "*"
        bool matches(QStringView name, Qt::CaseSensitivity cs) const;
    };

    QString m_text;
    std::vector<Part> m_parts;
};

} // namespace moctl
