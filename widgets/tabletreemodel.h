#pragma once

#include "catalog/tableinfo.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QMap>
#include <vector>

namespace moctl {

// Databases and their tables as a two-level tree with check boxes: a table is checked or not, a
// database is checked, unchecked or partially checked after its tables (checking a database checks
// all its tables). Tables of more than one tenant (a sys listing of all accounts) are grouped under a
// tenant row first: tenant → database → table. Built for 100,000 tables: flat arrays, tables of a
// database contiguous, no item objects, check totals kept as they change.
class TableTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableTreeModel)

public:
    enum Column { NameColumn, RowsColumn, SizeColumn, Count };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the column: name, rows or bytes (-1 = unknown)
        DatabaseRole, // the database name (of the table, or the database itself)
        TableRole, // the table name; empty for a database
        TableIdRole, // mo_tables.rel_id as qulonglong; 0 when unknown or a database
        KindRole, // relkind
        IsDatabaseRole,
        IsSystemRole,
        RowsRole, // qint64, -1 = unknown
        SizeRole, // qint64 bytes, -1 = unknown
        AccountRole, // the tenant's account id (qulonglong; 0 = sys)
        IsTenantRole, // a tenant row (when grouped by tenant)
        IsInternalRole, // one of MatrixOne's internal tables (index, partition, ...)
        ParentTableRole, // an index or partition table: the name of its table
    };

    explicit TableTreeModel(QObject *parent = nullptr);
    ~TableTreeModel() override;

    // Replaces the contents. Tables that stay (same database and name) keep their check; `databases`
    // adds databases without tables.
    void setTables(QList<TableInfo> tables, const QStringList &databases = {});
    // Tenant names for the tenant rows (mo_catalog.mo_account); unnamed accounts show their id.
    void setAccountNames(const QMap<quint64, QString> &names);
    // Whether the tree has a tenant level (the tables belong to more than one account).
    bool isGroupedByTenant() const { return !m_tenants.empty(); }
    int tenantCount() const { return int(m_tenants.size()); }
    quint64 tenantAccount(int tenantNumber) const { return m_tenants[size_t(tenantNumber)].account; }
    int firstDatabaseOf(int tenantNumber) const { return m_tenants[size_t(tenantNumber)].first; }
    int databaseCountOf(int tenantNumber) const { return m_tenants[size_t(tenantNumber)].count; }
    QModelIndex tenantIndex(int tenantNumber, int column = NameColumn) const;
    // -1 when the index is not a tenant row.
    int tenantNumber(const QModelIndex &index) const;
    quint64 databaseAccount(int databaseNumber) const { return m_databases[size_t(databaseNumber)].account; }
    void clear();

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Flat access (tables are numbered 0..tableCount()-1, grouped by database, sorted by name).
    int databaseCount() const { return int(m_databases.size()); }
    int tableCount() const { return int(m_tables.size()); }
    const TableInfo &table(int tableNumber) const { return m_tables[size_t(tableNumber)]; }
    QString databaseName(int databaseNumber) const { return m_databases[size_t(databaseNumber)].name; }
    bool isSystemDatabase(int databaseNumber) const { return m_databases[size_t(databaseNumber)].system; }
    int databaseOfTable(int tableNumber) const { return m_tableDatabase[size_t(tableNumber)]; }
    int firstTableOf(int databaseNumber) const { return m_databases[size_t(databaseNumber)].first; }
    int tableCountOf(int databaseNumber) const { return m_databases[size_t(databaseNumber)].count; }
    // Case-folded names, for filtering.
    const QString &foldedDatabaseName(int databaseNumber) const
    {
        return m_databases[size_t(databaseNumber)].folded;
    }
    const QString &foldedTableName(int tableNumber) const { return m_foldedNames[size_t(tableNumber)]; }

    QModelIndex databaseIndex(int databaseNumber, int column = NameColumn) const;
    QModelIndex tableIndex(int tableNumber, int column = NameColumn) const;
    // -1 when the index is not a table (a database, or invalid).
    int tableNumber(const QModelIndex &index) const;
    // The database of a database or table index; -1 when invalid.
    int databaseNumber(const QModelIndex &index) const;
    int findDatabase(const QString &name) const;
    int findTable(const QString &database, const QString &name, quint64 account = 0) const;
    int findTableById(quint64 id) const;

    // Checks.
    bool isChecked(int tableNumber) const { return m_checked[size_t(tableNumber)] != 0; }
    Qt::CheckState databaseCheckState(int databaseNumber) const;
    // Checks or unchecks many tables at once (one checkedTablesChanged()).
    void setTablesChecked(const QList<int> &tableNumbers, Qt::CheckState state);
    void setAllChecked(Qt::CheckState state);
    QList<int> checkedTables() const;
    QList<TableInfo> checkedTableInfos() const;
    // A copy of every table, in model order (for resolving patterns).
    QList<TableInfo> tables() const { return QList<TableInfo>(m_tables.cbegin(), m_tables.cend()); }
    int checkedCount() const { return m_checkedCount; }
    // Sums over checked tables whose figure is known.
    qint64 checkedRows() const { return m_checkedRows; }
    qint64 checkedSizeBytes() const { return m_checkedSize; }

Q_SIGNALS:
    // The set of checked tables changed (by the user or through the API).
    void checkedTablesChanged();

private:
    struct Tenant
    {
        quint64 account = 0;
        int first = 0; // first database number
        int count = 0;
    };
    struct Database
    {
        quint64 account = 0;
        QString name;
        QString folded;
        bool system = false;
        int first = 0; // first table number
        int count = 0;
        qint64 rows = -1; // sums of the known figures; -1 when none known
        qint64 size = -1;
        int checked = 0;
    };

    // Changes one table's check without signals; returns whether it changed.
    bool applyCheck(int tableNumber, bool checked);
    void emitCheckChanges(int databaseNumber, int firstRow, int lastRow);
    QVariant tableData(int tableNumber, int column, int role) const;
    QVariant databaseData(int databaseNumber, int column, int role) const;
    QVariant tenantData(int tenantNumber, int column, int role) const;
    QString tenantName(quint64 account) const;

    std::vector<TableInfo> m_tables;
    std::vector<int> m_tableDatabase; // database number of each table
    std::vector<QString> m_foldedNames;
    std::vector<quint8> m_checked;
    std::vector<Database> m_databases;
    std::vector<Tenant> m_tenants; // empty: one account, no tenant level
    QMap<quint64, QString> m_accountNames;
    QHash<quint64, QString> m_parentNames; // table id -> name, for companions
    mutable QHash<quint64, int> m_byId; // built on first findTableById()
    int m_checkedCount = 0;
    qint64 m_checkedRows = 0;
    qint64 m_checkedSize = 0;
    QLocale m_locale;
};

} // namespace moctl
