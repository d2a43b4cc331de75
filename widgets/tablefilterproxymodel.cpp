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
        connect(m_model, &QAbstractItemModel::modelReset, this, [this]() { recompute(Scope::All); });
    }
    recompute(Scope::All);
    QSortFilterProxyModel::setSourceModel(model);
}

void TableFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QString trimmed = text.trimmed();
    const QString previousNeedle = m_needle;
    const bool previousWasSubstring = !m_pattern.isValid() && !previousNeedle.isEmpty();
    m_pattern = TablePattern();
    m_needle.clear();
    if (TablePattern::hasUnquotedWildcard(trimmed))
        m_pattern = TablePattern::parse(trimmed.toCaseFolded());
    if (!m_pattern.isValid())
        m_needle = trimmed.toCaseFolded();
    // Typing on: a longer substring can only match a subset of what matched before.
    const bool narrowing = previousWasSubstring && !m_pattern.isValid() && m_needle != previousNeedle
        && m_needle.contains(previousNeedle);
    recompute(narrowing ? Scope::PreviousMatches : Scope::All);
    invalidateFilter();
}

void TableFilterProxyModel::setSystemDatabases(SystemDatabases shown)
{
    if (shown == m_system)
        return;
    m_system = shown;
    invalidateFilter();
}

void TableFilterProxyModel::setInternalTables(InternalTables shown)
{
    if (shown == m_internal)
        return;
    m_internal = shown;
    invalidateFilter();
}

void TableFilterProxyModel::recompute(Scope scope)
{
    const bool narrowing = scope == Scope::PreviousMatches && m_model
        && m_tableMatch.size() == size_t(m_model->tableCount())
        && m_databaseMatch.size() == size_t(m_model->databaseCount());
    m_matchCount = 0;
    if (!narrowing) {
        m_tableMatch.clear();
        m_databaseMatch.clear();
    }
    if (!m_model)
        return;
    const int dbCount = m_model->databaseCount();
    if (!narrowing) {
        m_tableMatch.assign(size_t(m_model->tableCount()), 1);
        m_databaseMatch.assign(size_t(dbCount), WholeDatabase);
    }
    const bool filtering = m_pattern.isValid() || !m_needle.isEmpty();
    const bool qualifiedNeedle = m_needle.contains(u'.');
    QString qualified;
    for (int d = 0; d < dbCount; ++d) {
        const int first = m_model->firstTableOf(d);
        const int last = first + m_model->tableCountOf(d);
        if (m_databaseMatch[size_t(d)] == NoMatch)
            continue; // narrowing: nothing here matched the shorter text
        const bool wasWhole = m_databaseMatch[size_t(d)] == WholeDatabase;
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
            if (!wasWhole && !m_tableMatch[size_t(t)])
                continue; // narrowing: did not match the shorter text
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
            m_tableMatch[size_t(t)] = hit ? 1 : 0;
            if (hit) {
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
    if (m_internal == InternalTables::Hidden && m_model->table(t).isInternal())
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
            if (acceptsTable(t))
                result << t;
        }
    }
    return result;
}

bool TableFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    // Answered from the source: asking the base class would build (filter and sort) the
    // mapping of every database the view merely paints, collapsed or not.
    if (m_model && parent.isValid()) {
        const QModelIndex source = mapToSource(parent);
        if (m_model->tenantNumber(source) >= 0)
            return source.column() == TableTreeModel::NameColumn
                && m_model->databaseCountOf(m_model->tenantNumber(source)) > 0;
        if (source.isValid() && m_model->tableNumber(source) < 0
            && source.column() == TableTreeModel::NameColumn) {
            // A database shown because of its name shows all its tables; one shown because of its
            // tables has at least one: either way it has children exactly when it has tables.
            return m_model->tableCountOf(m_model->databaseNumber(source)) > 0;
        }
        return false;
    }
    return QSortFilterProxyModel::hasChildren(parent);
}

bool TableFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model)
        return true;
    if (!sourceParent.isValid()) {
        if (!m_model->isGroupedByTenant())
            return acceptsDatabase(sourceRow);
        const int first = m_model->firstDatabaseOf(sourceRow);
        for (int d = first; d < first + m_model->databaseCountOf(sourceRow); ++d) {
            if (acceptsDatabase(d))
                return true;
        }
        return false;
    }
    if (const int tenant = m_model->tenantNumber(sourceParent); tenant >= 0)
        return acceptsDatabase(m_model->firstDatabaseOf(tenant) + sourceRow);
    const int t = m_model->firstTableOf(m_model->databaseNumber(sourceParent)) + sourceRow;
    return size_t(t) < m_tableMatch.size() && acceptsTable(t);
}

bool TableFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int lt = m_model->tableNumber(left);
    const int rt = m_model->tableNumber(right);
    if (left.column() == TableTreeModel::NameColumn) {
        // The model keeps databases, and tables within a database, sorted by name: comparing source
        // rows is comparing names, without touching a string (sorting 100,000 rows stays cheap).
        // An index or partition table sorts right under its table.
        if (lt >= 0 && rt >= 0) {
            const auto key = [this](int t) -> std::pair<int, int> {
                const quint64 parent = m_model->table(t).parentId;
                const int p = parent != 0 ? m_model->findTableById(parent) : -1;
                return p >= 0 && m_model->databaseOfTable(p) == m_model->databaseOfTable(t)
                    ? std::pair { p, t }
                    : std::pair { t, -1 };
            };
            return key(lt) < key(rt);
        }
        return left.row() < right.row();
    }
    const int role
        = left.column() == TableTreeModel::RowsColumn ? TableTreeModel::RowsRole : TableTreeModel::SizeRole;
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
