#include "tableinfo.h"

#include "moctl/statement.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
const QStringList &systemList()
{
    static const QStringList list{u"information_schema"_s, u"mo_catalog"_s,  u"mo_debug"_s,
                                  u"mo_task"_s,            u"mysql"_s,       u"system"_s,
                                  u"system_metrics"_s,     u"performance_schema"_s, u"sys"_s};
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

TableRef tableRefFor(const TableInfo &info, IdPolicy policy)
{
    TableRef ref = TableRef::byName(info.database, info.name);
    if (info.hasId() && (policy == IdPolicy::Always || needsTableId(ref)))
        ref.tableId = info.id;
    return ref;
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
