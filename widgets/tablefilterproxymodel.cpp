#include "tablefilterproxymodel.h"

#include "tabletreemodel.h"

using namespace Qt::StringLiterals;

namespace moctl {

TableFilterProxyModel::TableFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TableTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

TableFilterProxyModel::~TableFilterProxyModel() = default;

void TableFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<TableTreeModel *>(model);
    Q_ASSERT_X(m_model || !model, "TableFilterProxyModel", "the source must be a TableTreeModel");
    if (m_model) {
        // Before the proxy handles the reset, so filterAcceptsRow() sees the new arrays.
        connect(m_model, &QAbstractItemModel::modelReset, this, &TableFilterProxyModel::recompute);
    }
    recompute();
    QSortFilterProxyModel::setSourceModel(model);
}

void TableFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QString trimmed = text.trimmed();
    m_pattern = TablePattern();
    m_needle.clear();
    if (TablePattern::hasUnquotedWildcard(trimmed))
        m_pattern = TablePattern::parse(trimmed.toCaseFolded());
    if (!m_pattern.isValid())
        m_needle = trimmed.toCaseFolded();
    applyFilter();
}

void TableFilterProxyModel::setSystemDatabases(SystemDatabases shown)
{
    if (shown == m_system)
        return;
    m_system = shown;
    invalidateFilter();
}

void TableFilterProxyModel::applyFilter()
{
    recompute();
    invalidateFilter();
}

void TableFilterProxyModel::recompute()
{
    m_tableMatch.clear();
    m_databaseMatch.clear();
    m_matchCount = 0;
    if (!m_model)
        return;
    const int dbCount = m_model->databaseCount();
    m_tableMatch.assign(size_t(m_model->tableCount()), 0);
    m_databaseMatch.assign(size_t(dbCount), NoMatch);
    const bool filtering = m_pattern.isValid() || !m_needle.isEmpty();
    const bool qualifiedNeedle = m_needle.contains(u'.');
    QString qualified;
    for (int d = 0; d < dbCount; ++d) {
        const int first = m_model->firstTableOf(d);
        const int last = first + m_model->tableCountOf(d);
        const QString &db = m_model->foldedDatabaseName(d);
        bool whole = !filtering;
        if (filtering) {
            whole = m_pattern.isValid() ? m_pattern.matchesWholeDatabase(db) : db.contains(m_needle);
        }
        if (whole) {
            m_databaseMatch[size_t(d)] = WholeDatabase;
            std::fill(m_tableMatch.begin() + first, m_tableMatch.begin() + last, 1);
            m_matchCount += last - first;
            continue;
        }
        bool some = false;
        for (int t = first; t < last; ++t) {
            const QString &name = m_model->foldedTableName(t);
            bool hit;
            if (m_pattern.isValid()) {
                hit = m_pattern.matches(db, name);
            } else {
                hit = name.contains(m_needle);
                if (!hit && qualifiedNeedle) {
                    qualified = db;
                    qualified += u'.';
                    qualified += name;
                    hit = qualified.contains(m_needle);
                }
            }
            if (hit) {
                m_tableMatch[size_t(t)] = 1;
                ++m_matchCount;
                some = true;
            }
        }
        m_databaseMatch[size_t(d)] = some ? SomeTables : NoMatch;
    }
}

bool TableFilterProxyModel::acceptsDatabase(int d) const
{
    if (!m_model || d < 0 || size_t(d) >= m_databaseMatch.size())
        return false;
    if (m_system == SystemDatabases::Hidden && m_model->isSystemDatabase(d))
        return false;
    return m_databaseMatch[size_t(d)] != NoMatch;
}

bool TableFilterProxyModel::acceptsTable(int t) const
{
    if (!m_model || t < 0 || size_t(t) >= m_tableMatch.size())
        return false;
    if (!m_tableMatch[size_t(t)])
        return false;
    return m_system == SystemDatabases::Shown || !m_model->isSystemDatabase(m_model->databaseOfTable(t));
}

QList<int> TableFilterProxyModel::visibleTables() const
{
    QList<int> result;
    if (!m_model)
        return result;
    for (int d = 0; d < m_model->databaseCount(); ++d) {
        if (!acceptsDatabase(d))
            continue;
        const int first = m_model->firstTableOf(d);
        for (int t = first; t < first + m_model->tableCountOf(d); ++t) {
            if (m_tableMatch[size_t(t)])
                result << t;
        }
    }
    return result;
}

bool TableFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model)
        return true;
    if (!sourceParent.isValid())
        return acceptsDatabase(sourceRow);
    const int t = m_model->firstTableOf(sourceParent.row()) + sourceRow;
    return size_t(t) < m_tableMatch.size() && m_tableMatch[size_t(t)];
}

bool TableFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int lt = m_model->tableNumber(left);
    const int rt = m_model->tableNumber(right);
    if (left.column() == TableTreeModel::NameColumn) {
        const QString &a = lt >= 0 ? m_model->foldedTableName(lt) : m_model->foldedDatabaseName(left.row());
        const QString &b = rt >= 0 ? m_model->foldedTableName(rt) : m_model->foldedDatabaseName(right.row());
        if (const int c = a.compare(b); c != 0)
            return c < 0;
        return left.row() < right.row();
    }
    const int role = left.column() == TableTreeModel::RowsColumn ? TableTreeModel::RowsRole : TableTreeModel::SizeRole;
    qint64 a;
    qint64 b;
    if (lt >= 0 && rt >= 0) {
        a = role == TableTreeModel::RowsRole ? m_model->table(lt).rows : m_model->table(lt).sizeBytes;
        b = role == TableTreeModel::RowsRole ? m_model->table(rt).rows : m_model->table(rt).sizeBytes;
    } else {
        a = left.data(role).toLongLong();
        b = right.data(role).toLongLong();
    }
    if (a != b)
        return a < b;
    return left.row() < right.row();
}

} // namespace moctl
