#pragma once

#include "moctl/operation.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace moctl {

// One table as the catalog lists it. `rows` and `sizeBytes` are -1 when the server did not say;
// `id` is mo_catalog.mo_tables.rel_id (0 when unknown, e.g. from information_schema).
struct TableInfo
{
    QString database;
    QString name;
    quint64 id = 0;
    QString kind; // MatrixOne relkind: "r" (user table), "e" (external), "cluster"
    qint64 rows = -1;
    qint64 sizeBytes = -1;

    bool isSystem() const;
    bool hasId() const { return id != 0; }

    friend bool operator==(const TableInfo &, const TableInfo &) = default;
};

// Whether a resolved TableRef carries the table id: only where MatrixOne cannot address the table by
// name (a dot in a name), or always.
enum class IdPolicy { WhereNeeded, Always };

// The reference that flushes this table: by name, with the id when the policy asks for it and the id
// is known.
TableRef tableRefFor(const TableInfo &info, IdPolicy policy = IdPolicy::WhereNeeded);

// MatrixOne's system databases (information_schema, mo_catalog, mo_debug, mo_task, mysql, system,
// system_metrics) and those of MySQL-compatible stand-ins (performance_schema, sys).
bool isSystemDatabase(QStringView database);
QStringList systemDatabases();

// "1.5 MiB"-style sizes and grouped row counts for people; "" for unknown (-1).
QString formatSize(qint64 bytes);
QString formatRows(qint64 rows);

} // namespace moctl

Q_DECLARE_METATYPE(moctl::TableInfo)
