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
    quint64 accountId = 0; // mo_tables.account_id: the tenant that owns the table (0 = sys)
    // An index or partition table: the id of the table it belongs to (0 = none, or not known).
    quint64 parentId = 0;

    bool isSystem() const;
    bool hasId() const { return id != 0; }
    // One of MatrixOne's own tables (index, partition, temporary, auto-increment, lock tables, or a
    // relkind SHOW TABLES leaves out): left out of patterns and default views, still nameable.
    bool isInternal() const;

    friend bool operator==(const TableInfo &, const TableInfo &) = default;
};

// MatrixOne's internal table names, as SHOW TABLES leaves them out (pkg/sql/plan/build_show.go,
// pkg/catalog/types.go): "__mo_index_*" index tables, "%!%<partition>%!%<table>" partition tables,
// "__mo_tmp_*" temporary tables, "mo_increment_columns", "__mo_account_lock".
bool isInternalTableName(QStringView name);
// Relkinds of user tables: "r", "e" (external), "cluster"; empty (not known) counts as a user table.
bool isUserRelkind(QStringView kind);
// The table a partition table belongs to ("%!%p0%!%orders" -> "orders"); empty for other names.
QString partitionParentName(QStringView name);

// MatrixOne compares identifiers after lower-casing them (lower_case_table_names = 1, its default:
// pkg/frontend/variables.go); a name typed in another case is found under its lower-case form.
// Whether `typed` names the catalog's `stored` name: exactly, or lower-cased.
bool sameIdentifier(QStringView typed, QStringView stored);
// The index of the table `database`.`table` of `account` in `tables`: the exact name first, then the
// lower-cased one; -1 when absent.
qsizetype findTableIndex(
    const QList<TableInfo> &tables, const QString &database, const QString &table, quint64 account = 0);

// Whether a resolved TableRef carries the table id: only where MatrixOne cannot address the table by
// name (a dot in a name), or always.
enum class IdPolicy { WhereNeeded, Always };

// The reference that flushes this table: by name, with the id when the policy asks for it and the id
// is known; a tenant's table (account != 0) carries its account, so the flush says db.tbl.<account>.
TableRef tableRefFor(const TableInfo &info, IdPolicy policy = IdPolicy::WhereNeeded);
// `refs` with, after each table, its index and partition tables (children by parentId in `catalog`),
// each table once. MatrixOne flushes exactly one table id, so these are separate flushes.
QList<TableRef> withCompanions(
    const QList<TableRef> &refs, const QList<TableInfo> &catalog, IdPolicy policy = IdPolicy::WhereNeeded);

// MatrixOne's system databases (information_schema, mo_catalog, mo_debug, mo_task, mysql, system,
// system_metrics) and those of MySQL-compatible stand-ins (performance_schema, sys).
bool isSystemDatabase(QStringView database);
QStringList systemDatabases();

// "1.5 MiB"-style sizes and grouped row counts for people; "" for unknown (-1).
QString formatSize(qint64 bytes);
QString formatRows(qint64 rows);

} // namespace moctl

Q_DECLARE_METATYPE(moctl::TableInfo)
