#pragma once

#include "tablepattern.h"

#include <optional>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace moctl {

// What a flush is aimed at: tables picked one by one, plus patterns resolved when the selection is
// used (so a plan includes tables created after it was saved). Stored in plan files as JSON:
//   {"tables": [{"database": "production_db", "table": "users"},
//               {"database": "production_db", "table": "my.table", "id": 272510}],
//    "patterns": ["analytics_db.*", "*.event_*"]}
// An id is a JSON number up to 2^53 and a decimal string above; both are read.
struct TableSelection
{
    QList<TableRef> tables;
    QStringList patterns;

    bool isEmpty() const { return tables.isEmpty() && patterns.isEmpty(); }
    // Valid patterns (invalid ones are refused by fromJson and addPattern, so normally all).
    QList<TablePattern> compiledPatterns() const;
    // Adds a pattern unless present; false with *error when it cannot be read.
    bool addPattern(const QString &pattern, QString *error = nullptr);

    // The concrete tables against a fresh catalog listing: the explicit tables first, in their order
    // (ids refreshed from the catalog by name; a table missing from the catalog is kept as it is, so the
    // flush reports it), then the pattern matches in catalog order; each table once.
    QList<TableRef> resolve(const QList<TableInfo> &catalog, IdPolicy policy = IdPolicy::WhereNeeded) const;

    QJsonObject toJson() const;
    // Refuses (nullopt, *error translated) anything it cannot read completely: nothing is half-read.
    static std::optional<TableSelection> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const TableSelection &, const TableSelection &) = default;
};

} // namespace moctl

Q_DECLARE_METATYPE(moctl::TableSelection)
