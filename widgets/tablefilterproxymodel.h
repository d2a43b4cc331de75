#pragma once

#include "catalog/tablepattern.h"

#include <QSortFilterProxyModel>
#include <vector>

namespace moctl {

class TableTreeModel;

// Filters a TableTreeModel by text matching a database OR a table, case-insensitively: a substring
// ("sales"), or a wildcard pattern when the text has * or ? ("sales_*", "*.event_*", "db.t?"). A
// database whose name matches shows all its tables; a database shows when any of its tables matches.
// System databases and MatrixOne's internal tables are hidden unless shown; tenant rows (a listing of
// every account) show when any of their databases does. Sorts by the raw values (rows, bytes), not the text.
// The matches are computed in one pass over the flat model when the filter changes, so a keystroke
// costs one scan of the names; the proxy then only asks per row.
class TableFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableFilterProxyModel)

public:
    enum class SystemDatabases { Hidden, Shown };
    enum class InternalTables { Hidden, Shown };

    explicit TableFilterProxyModel(QObject *parent = nullptr);
    ~TableFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *model) override;
    TableTreeModel *tableModel() const { return m_model; }

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    bool isWildcardFilter() const { return m_pattern.isValid(); }
    void setSystemDatabases(SystemDatabases shown);
    SystemDatabases systemDatabases() const { return m_system; }
    // MatrixOne's internal tables (index, partition, ...): hidden by default, as SHOW TABLES does.
    void setInternalTables(InternalTables shown);
    InternalTables internalTables() const { return m_internal; }

    // Tables matching the text, system databases included (cheap: counted when the filter changes).
    int matchingTableCount() const { return m_matchCount; }
    // Table numbers (of the source model) that pass the filter, in source order.
    QList<int> visibleTables() const;
    // Whether a table / database passes the filter (system setting included).
    bool acceptsTable(int tableNumber) const;
    bool acceptsDatabase(int databaseNumber) const;

    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    enum DatabaseMatch : quint8 { NoMatch, SomeTables, WholeDatabase };

    // All: every table is tested. PreviousMatches: only what matched the previous (shorter) text.
    enum class Scope { All, PreviousMatches };
    void recompute(Scope scope);

    TableTreeModel *m_model = nullptr;
    QString m_text;
    QString m_needle; // folded substring
    TablePattern m_pattern; // folded wildcard pattern, when the text has wildcards
    SystemDatabases m_system = SystemDatabases::Hidden;
    InternalTables m_internal = InternalTables::Hidden;
    std::vector<quint8> m_tableMatch;
    std::vector<quint8> m_databaseMatch;
    int m_matchCount = 0;
};

} // namespace moctl
