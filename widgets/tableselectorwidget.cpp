#include "tableselectorwidget.h"

#include "tabletreemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
// Expanding shows every matching table; beyond this many the tree stays collapsed (fast, readable).
constexpr int ExpandLimit = 2000;
} // namespace

TableSelectorWidget::TableSelectorWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new TableTreeModel(this))
    , m_proxy(new TableFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi();
    connect(&m_watcher, &QFutureWatcher<CatalogListing>::finished, this, &TableSelectorWidget::onLoaded);
    connect(m_model, &TableTreeModel::checkedTablesChanged, this, [this]() {
        updateTotals();
        Q_EMIT selectionChanged();
    });
    updateState();
    updateTotals();
}

TableSelectorWidget::~TableSelectorWidget()
{
    // The load may be shared with other users of the catalog: stop listening, do not cancel it.
    m_watcher.disconnect(this);
}

void TableSelectorWidget::buildUi()
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: part of a name, or a pattern such as sales_* or *.event_*"));
    m_filter->setAccessibleName(tr("Filter tables"));
    m_filter->setClearButtonEnabled(true);
    m_showSystem = new QCheckBox(tr("Show &system databases"), this);
    m_showSystem->setAccessibleName(tr("Show system databases"));
    m_showInternal = new QCheckBox(tr("Show &internal tables"), this);
    m_showInternal->setAccessibleName(tr("Show internal tables"));
    m_showInternal->setToolTip(
        tr("MatrixOne's index and partition tables, which SHOW TABLES and patterns leave out; "
           "each shows which table it belongs to"));
    m_allTenants = new QCheckBox(tr("All &tenants"), this);
    m_allTenants->setAccessibleName(tr("Show the tables of all tenants"));
    m_allTenants->setToolTip(tr("A sys profile sees every tenant's tables: show them grouped by tenant"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setAccessibleName(tr("Refresh the list of tables"));
    m_refresh->setToolTip(tr("Read the databases and tables from the server again"));

    m_tree = new QTreeView(this);
    m_tree->setModel(m_proxy);
    m_tree->setAccessibleName(tr("Tables"));
    m_tree->setAccessibleDescription(
        tr("Databases and their tables; space checks or unchecks the current row"));
    m_tree->setUniformRowHeights(true); // keeps layout linear for 100,000 rows
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(TableTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAllColumnsShowFocus(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TableTreeModel::NameColumn, QHeaderView::Stretch);
    // Interactive rather than ResizeToContents: measuring 100,000 rows is what makes big trees slow.
    header->setSectionResizeMode(TableTreeModel::RowsColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TableTreeModel::SizeColumn, QHeaderView::Interactive);
    header->resizeSection(
        TableTreeModel::RowsColumn, fontMetrics().horizontalAdvance(u"0,000,000,000"_s) + 16);
    header->resizeSection(TableTreeModel::SizeColumn, fontMetrics().horizontalAdvance(u"0,000.0 MiB"_s) + 16);
    m_tree->installEventFilter(this);

    m_selectVisible = new QPushButton(tr("Select all &visible"), this);
    m_selectVisible->setAccessibleName(tr("Select all visible tables"));
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setAccessibleName(tr("Clear the selection"));
    m_totals = new QLabel(this);
    m_totals->setAccessibleName(tr("Selected tables"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Catalog status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_patternEdit = new QLineEdit(this);
    m_patternEdit->setPlaceholderText(
        tr("Pattern, e.g. analytics_db.* or *.event_* (empty: the filter text)"));
    m_patternEdit->setAccessibleName(tr("New pattern"));
    m_addPattern = new QPushButton(tr("Add &pattern"), this);
    m_addPattern->setAccessibleName(tr("Add pattern"));
    m_addPattern->setToolTip(tr("A pattern selects the tables that match it when the selection is used, so "
                                "tables created later are included"));
    m_removePattern = new QPushButton(tr("Remove pattern"), this);
    m_removePattern->setAccessibleName(tr("Remove the selected pattern"));
    m_patternList = new QListWidget(this);
    m_patternList->setAccessibleName(tr("Patterns"));
    m_patternList->setMaximumHeight(fontMetrics().height() * 5);
    m_patternList->installEventFilter(this);
    m_patternInfo = new QLabel(this);
    m_patternInfo->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_showSystem);
    top->addWidget(m_showInternal);
    top->addWidget(m_allTenants);
    top->addWidget(m_refresh);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_selectVisible);
    actions->addWidget(m_clear);
    actions->addStretch(1);
    actions->addWidget(m_totals);

    auto *patternRow = new QHBoxLayout;
    auto *patternLabel = new QLabel(tr("Pa&ttern:"), this);
    patternLabel->setBuddy(m_patternEdit);
    patternRow->addWidget(patternLabel);
    patternRow->addWidget(m_patternEdit, 1);
    patternRow->addWidget(m_addPattern);
    patternRow->addWidget(m_removePattern);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addLayout(actions);
    layout->addLayout(patternRow);
    layout->addWidget(m_patternList);
    layout->addWidget(m_patternInfo);

    setTabOrder(m_filter, m_showSystem);
    setTabOrder(m_showSystem, m_showInternal);
    setTabOrder(m_showInternal, m_allTenants);
    setTabOrder(m_allTenants, m_refresh);
    setTabOrder(m_refresh, m_tree);
    setTabOrder(m_tree, m_selectVisible);
    setTabOrder(m_selectVisible, m_clear);
    setTabOrder(m_clear, m_patternEdit);
    setTabOrder(m_patternEdit, m_addPattern);
    setTabOrder(m_addPattern, m_removePattern);
    setTabOrder(m_removePattern, m_patternList);

    connect(m_filter, &QLineEdit::textChanged, this, &TableSelectorWidget::onFilterEdited);
    connect(m_showSystem, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setSystemDatabases(on ? TableFilterProxyModel::SystemDatabases::Shown
                                       : TableFilterProxyModel::SystemDatabases::Hidden);
    });
    connect(m_showInternal, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setInternalTables(on ? TableFilterProxyModel::InternalTables::Shown
                                      : TableFilterProxyModel::InternalTables::Hidden);
    });
    connect(m_allTenants, &QCheckBox::toggled, this,
        [this](bool on) { setAccountScope(on ? AccountScope::All : AccountScope::Own); });
    connect(m_refresh, &QPushButton::clicked, this, &TableSelectorWidget::refresh);
    connect(m_selectVisible, &QPushButton::clicked, this, &TableSelectorWidget::selectAllVisible);
    connect(m_clear, &QPushButton::clicked, this, &TableSelectorWidget::clearSelection);
    connect(m_addPattern, &QPushButton::clicked, this, &TableSelectorWidget::onAddPatternClicked);
    connect(m_patternEdit, &QLineEdit::returnPressed, this, &TableSelectorWidget::onAddPatternClicked);
    connect(m_removePattern, &QPushButton::clicked, this, [this]() {
        if (QListWidgetItem *item = m_patternList->currentItem())
            removePattern(item->text());
    });
    connect(m_patternList, &QListWidget::currentRowChanged, this, [this]() { updateState(); });
}

void TableSelectorWidget::setCatalog(Catalog *catalog)
{
    m_catalog = catalog;
}

void TableSelectorWidget::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    if (!m_catalog) {
        if (!m_ownCatalog)
            m_ownCatalog = new Catalog(this);
        m_catalog = m_ownCatalog;
    }
    if (const auto cached = m_catalog->cached(settings, m_scope)) {
        m_watcher.setFuture(QFuture<CatalogListing>()); // forget a load for other settings
        m_error = {};
        m_model->setAccountNames(cached->accountNames);
        applyListing(cached->tables, cached->databases);
        updateState();
        return;
    }
    startLoad(Catalog::CachePolicy::UseCache);
}

void TableSelectorWidget::setTables(const QList<TableInfo> &tables, const QStringList &databases)
{
    m_settings.reset();
    m_watcher.setFuture(QFuture<CatalogListing>());
    m_error = {};
    applyListing(tables, databases);
    if (m_model->isGroupedByTenant())
        m_tree->expandToDepth(0);
    updateState();
}

void TableSelectorWidget::refresh()
{
    if (m_settings && m_catalog)
        startLoad(Catalog::CachePolicy::Refresh);
}

bool TableSelectorWidget::isLoading() const
{
    return m_watcher.isRunning();
}

void TableSelectorWidget::startLoad(Catalog::CachePolicy policy)
{
    m_error = {};
    m_watcher.setFuture(m_catalog->load(*m_settings, policy, m_scope));
    updateState();
    Q_EMIT loadStarted();
}

void TableSelectorWidget::onLoaded()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const CatalogListing listing = m_watcher.result();
    m_error = listing.error;
    if (listing.ok()) {
        m_model->setAccountNames(listing.accountNames);
        applyListing(listing.tables, listing.databases);
        if (m_model->isGroupedByTenant())
            m_tree->expandToDepth(0);
    }
    updateState();
    Q_EMIT loadFinished();
}

void TableSelectorWidget::applyListing(const QList<TableInfo> &tables, const QStringList &databases)
{
    const TableSelection before = selection();
    m_model->setTables(tables, databases);
    {
        QSignalBlocker block(this);
        applyExplicitTables(before.tables);
    }
    refreshPatternMatches();
    updateTotals();
    if (!m_filter->text().trimmed().isEmpty() && m_proxy->matchingTableCount() <= ExpandLimit)
        m_tree->expandAll();
    if (selection() != before)
        Q_EMIT selectionChanged();
}

void TableSelectorWidget::applyExplicitTables(const QList<TableRef> &tables)
{
    QList<int> found;
    QList<TableRef> missing;
    for (const TableRef &ref : tables) {
        int t = -1;
        if (ref.hasName())
            t = m_model->findTable(ref.database, ref.table, ref.accountId.value_or(0));
        else if (ref.tableId)
            t = m_model->findTableById(*ref.tableId);
        if (t >= 0)
            found << t;
        else if (!missing.contains(ref))
            missing << ref; // not listed (or a tenant's table): kept as it is
    }
    m_missing = missing;
    m_model->setAllChecked(Qt::Unchecked);
    m_model->setTablesChecked(found, Qt::Checked);
}

TableSelection TableSelectorWidget::selection() const
{
    TableSelection s;
    for (int t : m_model->checkedTables())
        s.tables << tableRefFor(m_model->table(t));
    s.tables << m_missing;
    s.patterns = m_patterns;
    return s;
}

void TableSelectorWidget::setSelection(const TableSelection &selection)
{
    {
        QSignalBlocker block(this);
        m_patterns.clear();
        m_patternList->clear();
        for (const TablePattern &p : selection.compiledPatterns()) {
            if (!m_patterns.contains(p.text())) {
                m_patterns << p.text();
                m_patternList->addItem(p.text());
            }
        }
        applyExplicitTables(selection.tables);
    }
    refreshPatternMatches();
    updateTotals();
    updateState();
    Q_EMIT selectionChanged();
}

QList<TableRef> TableSelectorWidget::resolvedTables() const
{
    return selection().resolve(m_model->tables());
}

bool TableSelectorWidget::addPattern(const QString &text)
{
    QString error;
    const TablePattern pattern = TablePattern::parse(text, &error);
    if (!pattern.isValid()) {
        m_patternInfo->setText(error);
        return false;
    }
    if (!m_patterns.contains(pattern.text())) {
        m_patterns << pattern.text();
        m_patternList->addItem(pattern.text());
        refreshPatternMatches();
        updateTotals();
        updateState();
        Q_EMIT selectionChanged();
    }
    return true;
}

void TableSelectorWidget::removePattern(const QString &pattern)
{
    const qsizetype i = m_patterns.indexOf(pattern);
    if (i < 0)
        return;
    m_patterns.removeAt(i);
    delete m_patternList->takeItem(int(i));
    refreshPatternMatches();
    updateTotals();
    updateState();
    Q_EMIT selectionChanged();
}

void TableSelectorWidget::onAddPatternClicked()
{
    QString text = m_patternEdit->text().trimmed();
    if (text.isEmpty())
        text = m_filter->text().trimmed();
    if (text.isEmpty()) {
        m_patternInfo->setText(tr("Type a pattern (or a filter) first, e.g. analytics_db.* or *.event_*."));
        return;
    }
    if (addPattern(text))
        m_patternEdit->clear();
}

void TableSelectorWidget::selectAllVisible()
{
    m_model->setTablesChecked(m_proxy->visibleTables(), Qt::Checked);
}

void TableSelectorWidget::clearSelection()
{
    const bool hadSomething = !m_missing.isEmpty() || m_model->checkedCount() > 0;
    m_missing.clear();
    {
        QSignalBlocker block(this);
        m_model->setAllChecked(Qt::Unchecked);
    }
    updateTotals();
    updateState();
    if (hadSomething)
        Q_EMIT selectionChanged(); // once, however many tables were unchecked
}

void TableSelectorWidget::setInternalTablesShown(TableFilterProxyModel::InternalTables shown)
{
    m_showInternal->setChecked(shown == TableFilterProxyModel::InternalTables::Shown);
}

void TableSelectorWidget::setAccountScope(AccountScope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    {
        QSignalBlocker block(m_allTenants);
        m_allTenants->setChecked(scope == AccountScope::All);
    }
    if (m_settings && m_catalog)
        setSettings(*m_settings); // the cached listing of this scope, or a load
}

void TableSelectorWidget::setAccountNames(const QMap<quint64, QString> &names)
{
    m_model->setAccountNames(names);
}

void TableSelectorWidget::setSystemDatabasesShown(TableFilterProxyModel::SystemDatabases shown)
{
    m_showSystem->setChecked(shown == TableFilterProxyModel::SystemDatabases::Shown);
}

void TableSelectorWidget::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void TableSelectorWidget::onFilterEdited(const QString &text)
{
    m_proxy->setFilterText(text);
    if (text.trimmed().isEmpty())
        m_tree->collapseAll();
    else if (m_proxy->matchingTableCount() <= ExpandLimit)
        m_tree->expandAll();
}

void TableSelectorWidget::refreshPatternMatches()
{
    m_patternMatch.assign(size_t(m_model->tableCount()), 0);
    m_patternMatchCount = 0;
    QList<TablePattern> patterns;
    for (const QString &text : std::as_const(m_patterns))
        patterns << TablePattern::parse(text);
    if (patterns.isEmpty() || m_model->tableCount() == 0)
        return;
    for (int d = 0; d < m_model->databaseCount(); ++d) {
        const QString db = m_model->databaseName(d);
        const bool system = m_model->isSystemDatabase(d);
        const int first = m_model->firstTableOf(d);
        const int last = first + m_model->tableCountOf(d);
        for (const TablePattern &p : std::as_const(patterns)) {
            if (system && !p.namesDatabaseLiterally(db))
                continue;
            const bool whole = p.matchesWholeDatabase(db);
            for (int t = first; t < last; ++t) {
                if (!m_patternMatch[size_t(t)] && (whole || p.matches(db, m_model->table(t).name))) {
                    m_patternMatch[size_t(t)] = 1;
                    ++m_patternMatchCount;
                }
            }
        }
    }
}

void TableSelectorWidget::updateTotals()
{
    if (m_patternMatchCount == 0) {
        m_selectedCount = m_model->checkedCount();
        m_selectedRows = m_model->checkedRows();
        m_selectedSize = m_model->checkedSizeBytes();
    } else {
        m_selectedCount = 0;
        m_selectedRows = 0;
        m_selectedSize = 0;
        for (int t = 0; t < m_model->tableCount(); ++t) {
            if (!m_patternMatch[size_t(t)] && !m_model->isChecked(t))
                continue;
            const TableInfo &info = m_model->table(t);
            ++m_selectedCount;
            m_selectedRows += std::max<qint64>(info.rows, 0);
            m_selectedSize += std::max<qint64>(info.sizeBytes, 0);
        }
    }
    m_totals->setText(totalsText());
    if (m_patterns.isEmpty()) {
        m_patternInfo->clear();
    } else {
        m_patternInfo->setText(
            tr("The patterns match %n table(s) now; they are resolved again each time the selection is used.",
                nullptr, m_patternMatchCount));
    }
}

QString TableSelectorWidget::totalsText() const
{
    QString text = tr("%n table(s) selected", nullptr, m_selectedCount);
    if (m_selectedCount > 0)
        text += u": "_s + tr("%1 rows, %2").arg(formatRows(m_selectedRows), formatSize(m_selectedSize));
    if (!m_missing.isEmpty())
        text += u" "_s + tr("(+%n not in the current list)", nullptr, int(m_missing.size()));
    return text;
}

void TableSelectorWidget::updateState()
{
    const bool loading = isLoading();
    if (loading)
        m_status->setText(
            tr("Reading databases and tables from %1…").arg(m_settings ? m_settings->describe() : QString()));
    else if (m_error.isError())
        m_status->setText(tr("Cannot list the tables: %1").arg(m_error.message()));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());
    m_refresh->setEnabled(m_settings.has_value());
    m_removePattern->setEnabled(m_patternList->currentItem() != nullptr);
    m_clear->setEnabled(true);
}

void TableSelectorWidget::toggleCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex name = current.siblingAtColumn(TableTreeModel::NameColumn);
    const auto state = name.data(Qt::CheckStateRole).value<Qt::CheckState>();
    m_proxy->setData(name, state == Qt::Checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

bool TableSelectorWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_tree && (key->key() == Qt::Key_Space || key->key() == Qt::Key_Select)
            && key->modifiers() == Qt::NoModifier) {
            toggleCurrent(); // whichever column the cursor is in
            return true;
        }
        if (watched == m_patternList && key->key() == Qt::Key_Delete) {
            if (QListWidgetItem *item = m_patternList->currentItem())
                removePattern(item->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace moctl
