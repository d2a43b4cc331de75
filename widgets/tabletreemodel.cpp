#include "tabletreemodel.h"

#include <algorithm>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
// internalId of a top-level row (a database, or a tenant when grouped by tenant); a database row
// under a tenant carries TenantFlag | its tenant number; a table row its database number + 1.
constexpr quintptr DatabaseId = 0;
constexpr quintptr TenantFlag = quintptr(1) << (sizeof(quintptr) * 8 - 2);

bool tableLess(const TableInfo &a, const TableInfo &b)
{
    if (a.accountId != b.accountId)
        return a.accountId < b.accountId;
    if (const int c = a.database.compare(b.database); c != 0)
        return c < 0;
    return a.name < b.name;
}

// Sorts by database, then name: groups by database through a hash (no string comparisons across
// databases), orders the few database names, then sorts each group's names.
void sortTables(QList<TableInfo> &tables)
{
    QHash<std::pair<quint64, QString>, int> groupOf;
    QList<std::pair<quint64, QString>> names;
    std::vector<int> group(size_t(tables.size()));
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const std::pair<quint64, QString> key { tables.at(i).accountId, tables.at(i).database };
        auto it = groupOf.constFind(key);
        if (it == groupOf.constEnd()) {
            it = groupOf.insert(key, int(names.size()));
            names << key;
        }
        group[size_t(i)] = *it;
    }
    std::vector<int> rank(size_t(names.size()));
    {
        std::vector<int> order(size_t(names.size()));
        for (size_t g = 0; g < order.size(); ++g)
            order[g] = int(g);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return names.at(a) < names.at(b); });
        for (size_t r = 0; r < order.size(); ++r)
            rank[size_t(order[r])] = int(r);
    }
    std::vector<int> index(size_t(tables.size()));
    for (size_t i = 0; i < index.size(); ++i)
        index[i] = int(i);
    std::stable_sort(index.begin(), index.end(), [&](int a, int b) {
        const int ra = rank[size_t(group[size_t(a)])];
        const int rb = rank[size_t(group[size_t(b)])];
        if (ra != rb)
            return ra < rb;
        return tables.at(a).name < tables.at(b).name;
    });
    QList<TableInfo> sorted;
    sorted.reserve(tables.size());
    for (int i : index)
        sorted << std::move(tables[i]);
    tables = std::move(sorted);
}

qint64 addKnown(qint64 sum, qint64 value)
{
    if (value < 0)
        return sum;
    return sum < 0 ? value : sum + value;
}
} // namespace

TableTreeModel::TableTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

TableTreeModel::~TableTreeModel() = default;

void TableTreeModel::setTables(QList<TableInfo> tables, const QStringList &databases)
{
    // Keep the checks of tables that stay.
    const auto checkKey = [](const TableInfo &t) {
        return std::pair<QString, QString> { QString::number(t.accountId) + QChar(0) + t.database, t.name };
    };
    QSet<std::pair<QString, QString>> wasChecked;
    for (int t : checkedTables())
        wasChecked.insert(checkKey(m_tables[size_t(t)]));

    beginResetModel();
    if (!std::is_sorted(tables.cbegin(), tables.cend(), tableLess))
        sortTables(tables);

    QStringList allDatabases = databases;
    allDatabases.sort();
    m_tables.clear();
    m_tables.reserve(size_t(tables.size()));
    m_tableDatabase.clear();
    m_tableDatabase.reserve(size_t(tables.size()));
    m_foldedNames.clear();
    m_foldedNames.reserve(size_t(tables.size()));
    m_checked.assign(size_t(tables.size()), 0);
    m_databases.clear();
    m_tenants.clear();
    m_parentNames.clear();
    m_byId.clear();
    m_checkedCount = 0;
    m_checkedRows = 0;
    m_checkedSize = 0;

    qsizetype nextEmpty = 0;
    quint64 account = tables.isEmpty() ? 0 : tables.constFirst().accountId;
    auto addDatabase = [this, &account](const QString &name, int first) {
        Database db;
        db.account = account;
        db.name = name;
        db.folded = name.toCaseFolded();
        db.system = moctl::isSystemDatabase(name);
        db.first = first;
        m_databases.push_back(std::move(db));
    };
    // Merge the sorted table databases with the sorted list of (possibly empty) databases.
    auto addEmptyBefore = [&](const QString *name) {
        while (nextEmpty < allDatabases.size() && (!name || allDatabases.at(nextEmpty) < *name)) {
            const QString &candidate = allDatabases.at(nextEmpty++);
            if (m_databases.empty() || m_databases.back().name != candidate)
                addDatabase(candidate, int(m_tables.size()));
        }
        if (name && nextEmpty < allDatabases.size() && allDatabases.at(nextEmpty) == *name)
            ++nextEmpty;
    };
    for (TableInfo &info : tables) {
        if (info.accountId != account) {
            addEmptyBefore(nullptr); // empty databases are the first (own) account's
            account = info.accountId;
            addDatabase(info.database, int(m_tables.size()));
        } else if (m_databases.empty() || m_databases.back().name != info.database) {
            addEmptyBefore(&info.database);
            addDatabase(info.database, int(m_tables.size()));
        }
        if (info.hasId())
            m_parentNames.insert(info.id, info.name);
        Database &db = m_databases.back();
        info.database = db.name; // one shared string per database
        ++db.count;
        db.rows = addKnown(db.rows, info.rows);
        db.size = addKnown(db.size, info.sizeBytes);
        m_tableDatabase.push_back(int(m_databases.size() - 1));
        m_foldedNames.push_back(info.name.toCaseFolded());
        m_tables.push_back(std::move(info));
    }
    addEmptyBefore(nullptr);
    // More than one account: a tenant level above the databases.
    if (!m_databases.empty() && m_databases.front().account != m_databases.back().account) {
        for (size_t d = 0; d < m_databases.size(); ++d) {
            if (m_tenants.empty() || m_tenants.back().account != m_databases[d].account)
                m_tenants.push_back(Tenant { m_databases[d].account, int(d), 0 });
            ++m_tenants.back().count;
        }
    }

    if (!wasChecked.isEmpty()) {
        for (size_t t = 0; t < m_tables.size(); ++t) {
            if (wasChecked.contains(checkKey(m_tables[t])))
                applyCheck(int(t), true);
        }
    }
    endResetModel();
    if (!wasChecked.isEmpty())
        Q_EMIT checkedTablesChanged();
}

void TableTreeModel::clear()
{
    setTables({});
}

QModelIndex TableTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= Count)
        return {};
    if (!parent.isValid()) {
        if (isGroupedByTenant())
            return row < tenantCount() ? createIndex(row, column, DatabaseId) : QModelIndex();
        return row < databaseCount() ? createIndex(row, column, DatabaseId) : QModelIndex();
    }
    if (parent.column() != NameColumn)
        return {};
    if (const int tenant = tenantNumber(parent); tenant >= 0) {
        if (row >= m_tenants[size_t(tenant)].count)
            return {};
        return createIndex(row, column, TenantFlag | quintptr(tenant));
    }
    if (tableNumber(parent) >= 0)
        return {};
    const int db = databaseNumber(parent);
    if (db < 0 || row >= m_databases[size_t(db)].count)
        return {};
    return createIndex(row, column, quintptr(db) + 1);
}

QModelIndex TableTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == DatabaseId)
        return {};
    if (child.internalId() & TenantFlag)
        return createIndex(int(child.internalId() & ~TenantFlag), NameColumn, DatabaseId);
    return databaseIndex(int(child.internalId() - 1));
}

int TableTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return isGroupedByTenant() ? tenantCount() : databaseCount();
    if (parent.column() != NameColumn)
        return 0;
    if (const int tenant = tenantNumber(parent); tenant >= 0)
        return m_tenants[size_t(tenant)].count;
    if (tableNumber(parent) >= 0)
        return 0;
    const int db = databaseNumber(parent);
    return db < 0 ? 0 : m_databases[size_t(db)].count;
}

int TableTreeModel::columnCount(const QModelIndex &) const
{
    return Count;
}

bool TableTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex TableTreeModel::tenantIndex(int tenant, int column) const
{
    if (tenant < 0 || tenant >= tenantCount())
        return {};
    return createIndex(tenant, column, DatabaseId);
}

int TableTreeModel::tenantNumber(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !isGroupedByTenant() || index.internalId() != DatabaseId)
        return -1;
    return index.row();
}

QModelIndex TableTreeModel::databaseIndex(int databaseNumber, int column) const
{
    if (databaseNumber < 0 || databaseNumber >= databaseCount())
        return {};
    if (isGroupedByTenant()) {
        for (size_t t = 0; t < m_tenants.size(); ++t) {
            const Tenant &tenant = m_tenants[t];
            if (databaseNumber >= tenant.first && databaseNumber < tenant.first + tenant.count)
                return createIndex(databaseNumber - tenant.first, column, TenantFlag | quintptr(t));
        }
        return {};
    }
    return createIndex(databaseNumber, column, DatabaseId);
}

QModelIndex TableTreeModel::tableIndex(int tableNumber, int column) const
{
    if (tableNumber < 0 || tableNumber >= tableCount())
        return {};
    const int db = m_tableDatabase[size_t(tableNumber)];
    return createIndex(tableNumber - m_databases[size_t(db)].first, column, quintptr(db) + 1);
}

int TableTreeModel::tableNumber(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == DatabaseId
        || (index.internalId() & TenantFlag))
        return -1;
    return m_databases[size_t(index.internalId() - 1)].first + index.row();
}

int TableTreeModel::databaseNumber(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    if (index.internalId() == DatabaseId)
        return isGroupedByTenant() ? -1 : index.row();
    if (index.internalId() & TenantFlag)
        return m_tenants[size_t(index.internalId() & ~TenantFlag)].first + index.row();
    return int(index.internalId() - 1);
}

int TableTreeModel::findDatabase(const QString &name) const
{
    // The first account's databases (the own account's; all of them without tenants), sorted by name.
    const auto end = m_tenants.empty() ? m_databases.cend() : m_databases.cbegin() + m_tenants.front().count;
    const auto it = std::lower_bound(
        m_databases.cbegin(), end, name, [](const Database &db, const QString &n) { return db.name < n; });
    if (it == end || it->name != name)
        return -1;
    return int(it - m_databases.cbegin());
}

int TableTreeModel::findTable(const QString &database, const QString &name, quint64 account) const
{
    int db = -1;
    if (m_databases.empty() || m_databases.front().account == account) {
        db = findDatabase(database);
    } else {
        for (size_t d = 0; d < m_databases.size(); ++d) {
            if (m_databases[d].account == account && m_databases[d].name == database) {
                db = int(d);
                break;
            }
        }
    }
    if (db < 0)
        return -1;
    const Database &d = m_databases[size_t(db)];
    const auto begin = m_tables.cbegin() + d.first;
    const auto end = begin + d.count;
    const auto it
        = std::lower_bound(begin, end, name, [](const TableInfo &t, const QString &n) { return t.name < n; });
    if (it == end || it->name != name)
        return -1;
    return int(it - m_tables.cbegin());
}

int TableTreeModel::findTableById(quint64 id) const
{
    if (id == 0)
        return -1;
    if (m_byId.isEmpty() && !m_tables.empty()) {
        m_byId.reserve(qsizetype(m_tables.size()));
        for (size_t t = 0; t < m_tables.size(); ++t) {
            if (m_tables[t].id != 0)
                m_byId.insert(m_tables[t].id, int(t));
        }
    }
    return m_byId.value(id, -1);
}

Qt::CheckState TableTreeModel::databaseCheckState(int databaseNumber) const
{
    const Database &db = m_databases[size_t(databaseNumber)];
    if (db.checked == 0)
        return Qt::Unchecked;
    return db.checked == db.count ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant TableTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (const int tenant = tenantNumber(index); tenant >= 0)
        return tenantData(tenant, index.column(), role);
    if (const int t = tableNumber(index); t >= 0)
        return tableData(t, index.column(), role);
    return databaseData(databaseNumber(index), index.column(), role);
}

void TableTreeModel::setAccountNames(const QMap<quint64, QString> &names)
{
    m_accountNames = names;
    if (isGroupedByTenant())
        Q_EMIT dataChanged(tenantIndex(0), tenantIndex(tenantCount() - 1, Count - 1));
}

QString TableTreeModel::tenantName(quint64 account) const
{
    if (const auto it = m_accountNames.constFind(account); it != m_accountNames.constEnd())
        return *it;
    return account == 0 ? u"sys"_s : QString::number(account);
}

QVariant TableTreeModel::tenantData(int tenant, int column, int role) const
{
    const Tenant &t = m_tenants[size_t(tenant)];
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tr("%1 (account %2)").arg(tenantName(t.account)).arg(t.account);
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == NameColumn)
            return tr("Tenant %1, account id %2: %n database(s)", nullptr, t.count)
                .arg(tenantName(t.account))
                .arg(t.account);
        break;
    case SortRole:
        return column == NameColumn ? QVariant(qulonglong(t.account)) : QVariant(qint64(-1));
    case AccountRole:
        return qulonglong(t.account);
    case IsTenantRole:
        return true;
    case IsDatabaseRole:
        return false;
    case IsSystemRole:
        return false;
    case RowsRole:
    case SizeRole:
        return qint64(-1);
    }
    return {};
}

QVariant TableTreeModel::databaseData(int d, int column, int role) const
{
    const Database &db = m_databases[size_t(d)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return db.name;
        case RowsColumn:
            return formatRows(db.rows);
        case SizeColumn:
            return formatSize(db.size);
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            QString tip = tr("Database %1: %n table(s)", nullptr, db.count).arg(db.name);
            if (db.system)
                tip += u'\n' + tr("System database");
            return tip;
        }
        break;
    case Qt::AccessibleTextRole:
        if (column == NameColumn)
            return tr("Database %1").arg(db.name);
        break;
    case Qt::CheckStateRole:
        if (column == NameColumn)
            return databaseCheckState(d);
        break;
    case Qt::TextAlignmentRole:
        if (column != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return db.name;
        case RowsColumn:
            return db.rows;
        case SizeColumn:
            return db.size;
        }
        break;
    case DatabaseRole:
        return db.name;
    case TableRole:
        return QString();
    case TableIdRole:
        return qulonglong(0);
    case KindRole:
        return QString();
    case IsDatabaseRole:
        return true;
    case IsSystemRole:
        return db.system;
    case RowsRole:
        return db.rows;
    case SizeRole:
        return db.size;
    case AccountRole:
        return qulonglong(db.account);
    case IsTenantRole:
        return false;
    case IsInternalRole:
        return false;
    }
    return {};
}

QVariant TableTreeModel::tableData(int t, int column, int role) const
{
    const TableInfo &info = m_tables[size_t(t)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            // A companion shows whose it is: "↳ users: __mo_index_secondary_…".
            if (info.parentId != 0 && m_parentNames.contains(info.parentId))
                return u"\u21b3 %1: %2"_s.arg(m_parentNames.value(info.parentId), info.name);
            return info.name;
        case RowsColumn:
            return formatRows(info.rows);
        case SizeColumn:
            return formatSize(info.sizeBytes);
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            const TableRef ref = TableRef::byName(info.database, info.name);
            QString tip = ref.display();
            if (info.hasId())
                tip += u'\n' + tr("Table id %1").arg(info.id);
            if (info.parentId != 0 && m_parentNames.contains(info.parentId))
                tip += u'\n'
                    + tr("An index or partition table of %1: flushed on its own (\"with its index and "
                         "partition tables\").")
                          .arg(m_parentNames.value(info.parentId));
            else if (info.isInternal())
                tip += u'\n' + tr("One of MatrixOne's internal tables.");
            if (info.database.contains(u'.') || info.name.contains(u'.'))
                tip += u'\n' + tr("The name contains a dot: it is flushed by table id.");
            return tip;
        }
        break;
    case Qt::AccessibleTextRole:
        if (column == NameColumn)
            return tr("Table %1 in %2").arg(info.name, info.database);
        break;
    case Qt::CheckStateRole:
        if (column == NameColumn)
            return m_checked[size_t(t)] ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::TextAlignmentRole:
        if (column != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return info.name;
        case RowsColumn:
            return info.rows;
        case SizeColumn:
            return info.sizeBytes;
        }
        break;
    case DatabaseRole:
        return info.database;
    case TableRole:
        return info.name;
    case TableIdRole:
        return qulonglong(info.id);
    case KindRole:
        return info.kind;
    case IsDatabaseRole:
        return false;
    case IsSystemRole:
        return m_databases[size_t(m_tableDatabase[size_t(t)])].system;
    case RowsRole:
        return info.rows;
    case SizeRole:
        return info.sizeBytes;
    case AccountRole:
        return qulonglong(info.accountId);
    case IsTenantRole:
        return false;
    case IsInternalRole:
        return info.isInternal();
    case ParentTableRole:
        return info.parentId != 0 ? m_parentNames.value(info.parentId) : QString();
    }
    return {};
}

Qt::ItemFlags TableTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (tenantNumber(index) >= 0)
        return f; // a heading: its databases are checked one by one
    const bool table = tableNumber(index) >= 0;
    if (index.column() == NameColumn) {
        f |= Qt::ItemIsUserCheckable;
        if (!table)
            f |= Qt::ItemIsAutoTristate;
        else
            f |= Qt::ItemNeverHasChildren;
    } else if (table) {
        f |= Qt::ItemNeverHasChildren;
    }
    return f;
}

bool TableTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.model() != this
        || index.column() != NameColumn)
        return false;
    const auto state = Qt::CheckState(value.toInt());
    if (state != Qt::Checked && state != Qt::Unchecked)
        return false; // partial is a consequence, never a request
    if (tenantNumber(index) >= 0)
        return false;
    if (tableNumber(index) < 0) {
        const Database &db = m_databases[size_t(databaseNumber(index))];
        QList<int> tables;
        tables.reserve(db.count);
        for (int t = db.first; t < db.first + db.count; ++t)
            tables << t;
        setTablesChecked(tables, state);
        return true;
    }
    setTablesChecked({ tableNumber(index) }, state);
    return true;
}

bool TableTreeModel::applyCheck(int t, bool checked)
{
    quint8 &slot = m_checked[size_t(t)];
    if (bool(slot) == checked)
        return false;
    slot = checked ? 1 : 0;
    const TableInfo &info = m_tables[size_t(t)];
    const int sign = checked ? 1 : -1;
    m_databases[size_t(m_tableDatabase[size_t(t)])].checked += sign;
    m_checkedCount += sign;
    if (info.rows > 0)
        m_checkedRows += sign * info.rows;
    if (info.sizeBytes > 0)
        m_checkedSize += sign * info.sizeBytes;
    return true;
}

void TableTreeModel::emitCheckChanges(int d, int firstRow, int lastRow)
{
    const QList<int> roles { Qt::CheckStateRole };
    const QModelIndex parent = databaseIndex(d);
    Q_EMIT dataChanged(index(firstRow, NameColumn, parent), index(lastRow, NameColumn, parent), roles);
    Q_EMIT dataChanged(parent, parent, roles);
}

void TableTreeModel::setTablesChecked(const QList<int> &tableNumbers, Qt::CheckState state)
{
    const bool checked = state != Qt::Unchecked;
    // Changed rows per database, as one range each (first..last changed row).
    int currentDb = -1;
    int firstRow = 0;
    int lastRow = 0;
    bool any = false;
    for (int t : tableNumbers) {
        if (t < 0 || t >= tableCount() || !applyCheck(t, checked))
            continue;
        any = true;
        const int db = m_tableDatabase[size_t(t)];
        const int row = t - m_databases[size_t(db)].first;
        if (db != currentDb) {
            if (currentDb >= 0)
                emitCheckChanges(currentDb, firstRow, lastRow);
            currentDb = db;
            firstRow = lastRow = row;
        } else {
            firstRow = std::min(firstRow, row);
            lastRow = std::max(lastRow, row);
        }
    }
    if (currentDb >= 0)
        emitCheckChanges(currentDb, firstRow, lastRow);
    if (any)
        Q_EMIT checkedTablesChanged();
}

void TableTreeModel::setAllChecked(Qt::CheckState state)
{
    QList<int> all;
    all.reserve(tableCount());
    for (int t = 0; t < tableCount(); ++t)
        all << t;
    setTablesChecked(all, state);
}

QList<int> TableTreeModel::checkedTables() const
{
    QList<int> result;
    if (m_checkedCount == 0)
        return result;
    result.reserve(m_checkedCount);
    for (size_t t = 0; t < m_checked.size(); ++t) {
        if (m_checked[t])
            result << int(t);
    }
    return result;
}

QList<TableInfo> TableTreeModel::checkedTableInfos() const
{
    QList<TableInfo> result;
    for (int t : checkedTables())
        result << m_tables[size_t(t)];
    return result;
}

QVariant TableTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= Count)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case RowsColumn:
            return tr("Rows");
        case SizeColumn:
            return tr("Size");
        }
    }
    if (role == Qt::TextAlignmentRole && section != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> TableTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(DatabaseRole, "database");
    names.insert(TableRole, "table");
    names.insert(TableIdRole, "tableId");
    names.insert(KindRole, "kind");
    names.insert(IsDatabaseRole, "isDatabase");
    names.insert(IsSystemRole, "isSystem");
    names.insert(RowsRole, "rows");
    names.insert(SizeRole, "sizeBytes");
    names.insert(AccountRole, "account");
    names.insert(IsTenantRole, "isTenant");
    names.insert(IsInternalRole, "isInternal");
    names.insert(ParentTableRole, "parentTable");
    return names;
}

} // namespace moctl
