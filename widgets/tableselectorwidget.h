#pragma once

#include "catalog/catalog.h"
#include "catalog/tableselection.h"
#include "tablefilterproxymodel.h"

#include <optional>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;

namespace moctl {

class TableTreeModel;

// Browse, filter and pick tables: a filter box (substring or wildcard, database or table), the
// database → table tree with check boxes and Rows / Size columns (grouped by tenant when showing all
// tenants), "show system databases", "show internal tables" and "all tenants" toggles,
// refresh, the total of what is selected, "select all visible", and patterns (e.g. analytics_db.* or
// *.event_*) that are resolved when the selection is used. Used by the Operations panel and the plan
// editor. The tables come from a Catalog (loaded in the background) or are given directly.
class TableSelectorWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit TableSelectorWidget(QWidget *parent = nullptr);
    ~TableSelectorWidget() override;

    // Shares a catalog (and its cache) with the rest of the application; without one the widget
    // keeps its own.
    void setCatalog(Catalog *catalog);
    // Loads the tables of this server in the background (cached listing first).
    void setSettings(const ConnectionSettings &settings);
    // Shows these tables (no server involved); `databases` adds empty databases.
    void setTables(const QList<TableInfo> &tables, const QStringList &databases = {});
    // Reloads from the server, bypassing the cache (when settings were given).
    void refresh();
    bool isLoading() const;
    // The last load's error (none after a successful load).
    MoError loadError() const { return m_error; }

    // Checked tables (with the ids of names that need one) plus patterns. Tables selected earlier that
    // are not in the current listing stay in the selection.
    TableSelection selection() const;
    void setSelection(const TableSelection &selection);
    // The concrete tables the selection means against the loaded listing (for "flush selected").
    QList<TableRef> resolvedTables() const;

    // Adds a pattern; false (and the reason shown) when it cannot be read.
    bool addPattern(const QString &pattern);
    void removePattern(const QString &pattern);
    void selectAllVisible();
    void clearSelection();
    void setSystemDatabasesShown(TableFilterProxyModel::SystemDatabases shown);
    // MatrixOne's internal tables (index, partition, ...): hidden unless shown ("Show internal tables").
    void setInternalTablesShown(TableFilterProxyModel::InternalTables shown);
    // Every tenant's tables, grouped by tenant (a sys profile sees them all), or the own account's.
    void setAccountScope(AccountScope scope);
    AccountScope accountScope() const { return m_scope; }
    // Names of the tenant rows when the tables are given directly.
    void setAccountNames(const QMap<quint64, QString> &names);
    void setFilterText(const QString &text);

    // The text of the totals line ("5 tables selected: 1,234 rows, 1.2 MiB").
    QString totalsText() const;
    qint64 selectedRows() const { return m_selectedRows; }
    qint64 selectedSizeBytes() const { return m_selectedSize; }
    int selectedTableCount() const { return m_selectedCount; }

    TableTreeModel *model() const { return m_model; }
    TableFilterProxyModel *proxyModel() const { return m_proxy; }
    QTreeView *treeView() const { return m_tree; }

Q_SIGNALS:
    // Checked tables or patterns changed.
    void selectionChanged();
    void loadStarted();
    // A load finished: the tree shows the new listing, or loadError() says why not.
    void loadFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void startLoad(Catalog::CachePolicy policy);
    void onLoaded();
    void applyListing(const QList<TableInfo> &tables, const QStringList &databases);
    void applyExplicitTables(const QList<TableRef> &tables);
    void onFilterEdited(const QString &text);
    void onAddPatternClicked();
    void refreshPatternMatches();
    void updateTotals();
    void updateState();
    void toggleCurrent();

    Catalog *m_catalog = nullptr;
    Catalog *m_ownCatalog = nullptr;
    std::optional<ConnectionSettings> m_settings;
    QFutureWatcher<CatalogListing> m_watcher;
    MoError m_error;

    TableTreeModel *m_model = nullptr;
    TableFilterProxyModel *m_proxy = nullptr;
    QList<TableRef> m_missing; // selected, but not in the listing
    QStringList m_patterns;
    std::vector<quint8> m_patternMatch; // per table number: matched by a pattern
    int m_patternMatchCount = 0;
    int m_selectedCount = 0;
    qint64 m_selectedRows = 0;
    qint64 m_selectedSize = 0;

    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showSystem = nullptr;
    QCheckBox *m_showInternal = nullptr;
    QCheckBox *m_allTenants = nullptr;
    AccountScope m_scope = AccountScope::Own;
    QPushButton *m_refresh = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_selectVisible = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_patternEdit = nullptr;
    QPushButton *m_addPattern = nullptr;
    QPushButton *m_removePattern = nullptr;
    QListWidget *m_patternList = nullptr;
    QLabel *m_patternInfo = nullptr;
};

} // namespace moctl
