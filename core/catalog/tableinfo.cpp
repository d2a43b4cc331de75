#include "tableinfo.h"

#include "moctl/statement.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
const QStringList &systemList()
{
    static const QStringList list { u"information_schema"_s, u"mo_catalog"_s, u"mo_debug"_s, u"mo_task"_s,
        u"mysql"_s, u"system"_s, u"system_metrics"_s, u"performance_schema"_s, u"sys"_s };
    return list;
}
} // namespace

bool TableInfo::isSystem() const
{
    return isSystemDatabase(database);
}

bool isSystemDatabase(QStringView database)
{
    for (const QString &name : systemList()) {
        if (database.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList systemDatabases()
{
    return systemList();
}

bool TableInfo::isInternal() const
{
    return isInternalTableName(name) || !isUserRelkind(kind);
}

bool isInternalTableName(QStringView name)
{
    return name.startsWith(u"__mo_index_") || name.startsWith(u"__mo_tmp_")
        || !partitionParentName(name).isEmpty() || name == u"mo_increment_columns"
        || name == u"__mo_account_lock";
}

bool isUserRelkind(QStringView kind)
{
    return kind.isEmpty() || kind == u"r" || kind == u"e" || kind == u"cluster";
}

QString partitionParentName(QStringView name)
{
    // pkg/partitionservice/service.go GetPartitionTableName: "%!%" + partition + "%!%" + table
    if (!name.startsWith(u"%!%"))
        return {};
    const qsizetype second = name.indexOf(u"%!%", 3);
    if (second < 0 || second + 3 >= name.size())
        return {};
    return name.mid(second + 3).toString();
}

bool sameIdentifier(QStringView typed, QStringView stored)
{
    if (typed == stored)
        return true;
    return typed.toString().toLower() == stored;
}

qsizetype findTableIndex(
    const QList<TableInfo> &tables, const QString &database, const QString &table, quint64 account)
{
    qsizetype folded = -1;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const TableInfo &t = tables.at(i);
        if (t.accountId != account)
            continue;
        if (t.database == database && t.name == table)
            return i;
        if (folded < 0 && sameIdentifier(database, t.database) && sameIdentifier(table, t.name))
            folded = i;
    }
    return folded;
}

TableRef tableRefFor(const TableInfo &info, IdPolicy policy)
{
    TableRef ref = TableRef::byName(info.database, info.name);
    if (info.accountId != 0)
        ref.accountId = info.accountId;
    if (info.hasId() && (policy == IdPolicy::Always || needsTableId(ref)))
        ref.tableId = info.id;
    return ref;
}

QList<TableRef> withCompanions(const QList<TableRef> &refs, const QList<TableInfo> &catalog, IdPolicy policy)
{
    QList<TableRef> result;
    const auto add = [&result](const TableRef &ref) {
        if (!result.contains(ref))
            result << ref;
    };
    for (const TableRef &ref : refs) {
        add(ref);
        quint64 id = ref.tableId.value_or(0);
        if (id == 0 && ref.hasName()) {
            const qsizetype i = findTableIndex(catalog, ref.database, ref.table, ref.accountId.value_or(0));
            if (i >= 0)
                id = catalog.at(i).id;
        }
        if (id == 0)
            continue;
        for (const TableInfo &t : catalog) {
            if (t.parentId == id)
                add(tableRefFor(t, policy));
        }
    }
    return result;
}

QString formatSize(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1);
}

QString formatRows(qint64 rows)
{
    if (rows < 0)
        return {};
    return QLocale().toString(rows);
}

} // namespace moctl
