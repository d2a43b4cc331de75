#include "historyview.h"

#include "connection/profilestore.h"
#include "fleetmatrixdialog.h"
#include "history/historystore.h"
#include "historyrunsmodel.h"
#include "moctl/identifier.h"
#include "moctl/serverversion.h"
#include "settings/preferences.h"
#include "tablegrowthdialog.h"

#include <algorithm>
#include <functional>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QtConcurrent>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
enum OutcomeColumn {
    OpColumn,
    TargetColumn,
    StatusColumn,
    AttemptsColumn,
    DurationColumn,
    CodeColumn,
    MessageColumn,
    StatementColumn,
    OutcomeColumnCount
};

QPushButton *button(const QString &icon, const QString &text, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(QIcon(icon), text, parent);
    b->setAccessibleName(accessible);
    return b;
}
} // namespace

HistoryView::HistoryView(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryRunsModel(store, this))
{
    setAccessibleName(tr("History"));
    // Pages are read on a worker thread: a search through a million runs never stalls the window.
    m_model->setLoading(HistoryRunsModel::Loading::Background);

    // Filter bar.
    m_profile = new QComboBox(this);
    m_profile->setAccessibleName(tr("Profile filter"));
    m_profile->addItem(tr("All profiles"), QString());
    m_plan = new QComboBox(this);
    m_plan->setAccessibleName(tr("Plan filter"));
    m_plan->addItem(tr("All plans"), QString());
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), -1);
    for (RunStatus s : { RunStatus::Ok, RunStatus::Failed, RunStatus::Partial, RunStatus::Cancelled,
             RunStatus::Interrupted, RunStatus::Running })
        m_status->addItem(HistoryRunsModel::statusIcon(s), runStatusTitle(s), int(s));
    const auto dateEdit = [this](const QString &accessible) {
        auto *e = new QDateEdit(this);
        e->setAccessibleName(accessible);
        e->setCalendarPopup(true);
        e->setMinimumDate(QDate(2000, 1, 1));
        e->setSpecialValueText(tr("Any day")); // the minimum means "no limit"
        e->setDate(e->minimumDate());
        return e;
    };
    m_from = dateEdit(tr("From date"));
    m_to = dateEdit(tr("To date"));
    m_text = new QLineEdit(this);
    m_text->setAccessibleName(tr("Search runs"));
    m_text->setPlaceholderText(tr("Search profiles, plans, tables, messages… (fleet:ID)"));
    m_text->setClearButtonEnabled(true);
    m_loadingDelay = new QTimer(this);
    m_loadingDelay->setSingleShot(true);
    m_loadingDelay->setInterval(150);
    connect(m_loadingDelay, &QTimer::timeout, this, [this] { m_loadingNote->setVisible(true); });
    m_textTimer = new QTimer(this);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(300);

    // Two rows (what to list; when and what text), so the page fits a 1024-pixel screen beside the
    // Profiles dock; the combo boxes shrink to a few characters rather than widen the window.
    auto *filters = new QGridLayout;
    const auto labelled = [this, filters](const QString &text, QWidget *w, int row, int column) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        filters->addWidget(l, row, column);
        filters->addWidget(w, row, column + 1);
    };
    for (QComboBox *combo : { m_profile, m_plan, m_status }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    labelled(tr("&Profile:"), m_profile, 0, 0);
    labelled(tr("P&lan:"), m_plan, 0, 2);
    labelled(tr("S&tatus:"), m_status, 0, 4);
    labelled(tr("&From:"), m_from, 1, 0);
    labelled(tr("T&o:"), m_to, 1, 2);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_text, 1);
    filters->addLayout(searchRow, 1, 4, 1, 2);
    for (int column : { 1, 3, 5 })
        filters->setColumnStretch(column, 1);
    m_loadingNote = new QLabel(tr("Searching…"), this);
    m_loadingNote->setObjectName(u"loadingNote"_s);
    m_loadingNote->setAccessibleName(tr("Search in progress"));
    m_loadingNote->setVisible(false);
    searchRow->addWidget(m_loadingNote);

    // Runs.
    m_runs = new QTableView(this);
    m_runs->setAccessibleName(tr("Runs"));
    m_runs->setModel(m_model);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->setAlternatingRowColors(true);
    m_runs->verticalHeader()->hide();
    m_runs->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_runs->setWordWrap(false);
    // Said inside the empty table: why it is empty.
    m_emptyNote = new QLabel(m_runs->viewport());
    m_emptyNote->setObjectName(u"emptyNote"_s);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setEnabled(false); // the palette's disabled text: a hint, not data
    m_emptyNote->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *overlay = new QVBoxLayout(m_runs->viewport());
    overlay->addWidget(m_emptyNote);
    // Wide enough for a whole date and time in the user's format (the default cut it to "2026/11/27 03…").
    const QString widestWhen
        = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    m_runs->horizontalHeader()->resizeSection(
        HistoryRunsModel::WhenColumn, m_runs->fontMetrics().horizontalAdvance(widestWhen) + 24);

    // Actions.
    m_refresh = button(u":/icons/refresh.svg"_s, tr("&Refresh"), tr("Refresh history"), this);
    m_exportRuns = button(u":/icons/export.svg"_s, tr("Export &runs…"), tr("Export runs as CSV"), this);
    m_exportOutcomes
        = button(u":/icons/export.svg"_s, tr("Export &outcomes…"), tr("Export outcomes as CSV"), this);
    m_rerun = button(u":/icons/run.svg"_s, tr("Re-r&un"), tr("Run this run's operations again"), this);
    m_purge = button(u":/icons/delete.svg"_s, tr("P&urge…"), tr("Purge history by retention"), this);
    m_growth = button(u":/icons/history.svg"_s, tr("Table &growth…"),
        tr("Rows and size of the selected outcome's table over its runs"), this);
    m_growth->setObjectName(u"tableGrowth"_s);
    m_growth->setEnabled(false);
    m_fleetMatrix = button(u":/icons/plan.svg"_s, tr("Fleet &matrix…"),
        tr("The selected run's fleet run: every cluster by every step, with each outcome"), this);
    m_fleetMatrix->setObjectName(u"showFleetMatrix"_s);
    m_fleetMatrix->setEnabled(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_refresh);
    actions->addWidget(m_exportRuns);
    actions->addWidget(m_exportOutcomes);
    actions->addWidget(m_rerun);
    actions->addWidget(m_growth);
    actions->addWidget(m_fleetMatrix);
    m_rerunProblem = new QLabel(this);
    m_rerunProblem->setAccessibleName(tr("Why the run cannot be run again"));
    m_rerunProblem->setWordWrap(true);
    QPalette problemPalette = m_rerunProblem->palette();
    problemPalette.setColor(QPalette::WindowText, HistoryRunsModel::statusColour(RunStatus::Failed));
    m_rerunProblem->setPalette(problemPalette);
    m_rerunProblem->hide();
    actions->addWidget(m_rerunProblem, 1);
    actions->addStretch(1);
    actions->addWidget(m_purge);

    // Details.
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"runSummary"_s);
    m_summary->setAccessibleName(tr("Run summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_outcomes = new QTableWidget(0, OutcomeColumnCount, this);
    m_outcomes->setAccessibleName(tr("Outcomes of the selected run"));
    m_outcomes->setHorizontalHeaderLabels({ tr("Operation"), tr("Target"), tr("Status"), tr("Attempts"),
        tr("Duration"), tr("Code"), tr("Message"), tr("Statement") });
    m_outcomes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outcomes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outcomes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_outcomes->verticalHeader()->hide();
    m_outcomes->horizontalHeader()->setStretchLastSection(true);
    m_reply = new QPlainTextEdit(this);
    m_reply->setAccessibleName(tr("Raw reply of the selected outcome"));
    m_reply->setReadOnly(true);
    m_reply->setPlaceholderText(tr("Select an outcome to see the server's raw reply."));
    m_reply->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_chart = new HistoryChart(this);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_summary);
    // The outcomes and the selected one's raw reply side by side: the height goes to the rows.
    auto *detailSplit = new QSplitter(Qt::Horizontal, details);
    detailSplit->setObjectName(u"historyDetailSplitter"_s);
    detailSplit->addWidget(m_outcomes);
    detailSplit->addWidget(m_reply);
    detailSplit->setStretchFactor(0, 3);
    detailSplit->setStretchFactor(1, 1);
    detailSplit->setSizes({ 600, 250 });
    detailsLayout->addWidget(detailSplit, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"historySplitter"_s);
    split->addWidget(m_runs);
    split->addWidget(details);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({ 300, 300, 200 }); // until the window restores what the user left

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    // Wiring.
    const auto apply = [this] { applyFilter(); };
    connect(m_profile, &QComboBox::currentIndexChanged, this, apply);
    connect(m_plan, &QComboBox::currentIndexChanged, this, apply);
    connect(m_status, &QComboBox::currentIndexChanged, this, apply);
    connect(m_from, &QDateEdit::dateChanged, this, apply);
    connect(m_to, &QDateEdit::dateChanged, this, apply);
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, apply);
    connect(m_textTimer, &QTimer::timeout, this, apply);
    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_rerunProblem->clear();
        m_rerunProblem->hide();
        showDetails();
        updateActions();
        const auto plan = chartPlan();
        if (plan && (!m_chart->pointCount() || *plan != m_chart->series().planId))
            updateChart();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateChart();
        updateChoices();
        showDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateChoices(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateEmptyNote);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateEmptyNote);
    connect(m_model, &HistoryRunsModel::loadingChanged, this, &HistoryView::updateEmptyNote);
    connect(m_model, &HistoryRunsModel::loadingChanged, this, [this](bool loading) {
        // Shown only when a read takes long enough to notice: no flicker on every page.
        if (!loading) {
            m_loadingDelay->stop();
            m_loadingNote->setVisible(false);
        } else {
            m_loadingDelay->start();
        }
    });
    connect(m_model, &HistoryRunsModel::firstPageLoaded, this, [this] {
        if (const qint64 id = std::exchange(m_reselect, 0))
            selectRun(id);
    });
    connect(&m_chartWatcher, &QFutureWatcher<DurationSeries>::finished, this, &HistoryView::chartRead);
    connect(&m_choicesWatcher, &QFutureWatcher<HistoryChoices>::finished, this,
        [this] { addChoices(m_choicesWatcher.result()); });
    connect(m_outcomes, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_reply->setPlainText(
            row >= 0 && row < m_shownOutcomes.size() ? m_shownOutcomes.at(row).rawReply : QString());
        m_growth->setEnabled(row >= 0 && row < m_shownOutcomes.size()
            && m_shownOutcomes.at(row).operation.kind == OperationKind::Flush);
    });
    connect(m_growth, &QPushButton::clicked, this, &HistoryView::showTableGrowth);
    connect(m_fleetMatrix, &QPushButton::clicked, this, &HistoryView::showFleetMatrix);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryView::refresh);
    connect(m_exportRuns, &QPushButton::clicked, this, &HistoryView::exportRuns);
    connect(m_exportOutcomes, &QPushButton::clicked, this, &HistoryView::exportOutcomes);
    connect(m_rerun, &QPushButton::clicked, this, &HistoryView::rerun);
    connect(m_purge, &QPushButton::clicked, this, &HistoryView::purge);

    // Live: runs begun or ended elsewhere (this window, moctl, the scheduler) show up. The store's
    // signals come from its writers' threads; the context object makes them queued.
    m_liveTimer = new QTimer(this);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(150);
    connect(m_liveTimer, &QTimer::timeout, m_model, &HistoryRunsModel::takeNewRuns);
    if (m_store) {
        connect(m_store, &HistoryStore::runBegun, this, [this] { m_liveTimer->start(); });
        connect(m_store, &HistoryStore::runEnded, this, [this](qint64 runId) { runEnded(runId); });
        connect(m_store, &HistoryStore::outcomeRecorded, this, [this](qint64 runId) {
            if (runId == m_shownRun)
                showDetails();
        });
        connect(m_store, &HistoryStore::purged, this, [this](int runs) {
            Q_EMIT messageShown(tr("%n run(s) purged from the history.", nullptr, runs));
            refresh();
        });
    }

    // Not on screen yet: the first page only, nothing more until the page is shown.
    m_model->setFetching(HistoryRunsModel::Fetching::Paused);
    m_model->setFilter(currentFilter());
    updateEmptyNote();
}

HistoryView::~HistoryView()
{
    // The read uses the store, which may go right after this page.
    m_chartWatcher.waitForFinished();
    m_choicesWatcher.waitForFinished();
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartDirty)
        updateChart();
    if (m_choicesDirty)
        loadChoices();
    m_model->setFetching(HistoryRunsModel::Fetching::Active);
    // The table may have asked for more while paused (and will not ask again until it changes).
    QTimer::singleShot(0, this, &HistoryView::fetchWhatIsVisible);
}

void HistoryView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setFetching(HistoryRunsModel::Fetching::Paused);
}

void HistoryView::fetchWhatIsVisible()
{
    while (isVisible() && m_model->canFetchMore({})) {
        const int last = m_model->rowCount() - 1;
        if (last >= 0 && !m_runs->viewport()->rect().intersects(m_runs->visualRect(m_model->index(last, 0))))
            return;
        const int before = m_model->rowCount();
        m_model->fetchMore({});
        if (m_model->rowCount() == before)
            return;
    }
}

RunFilter HistoryView::currentFilter() const
{
    RunFilter f;
    f.profileId = m_profile->currentData().toString();
    f.planId = m_plan->currentData().toString();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.statuses = { RunStatus(status) };
    if (m_from->date() > m_from->minimumDate())
        f.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_to->date() > m_to->minimumDate())
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC(); // the whole "to" day
    f.text = m_text->text().trimmed();
    // "fleet:<id>": the runs of one fleet run (Fleet matrix… offers it).
    if (f.text.startsWith(u"fleet:"_s, Qt::CaseInsensitive)) {
        f.fleetId = f.text.mid(6).trimmed();
        f.text.clear();
    }
    f.limit = 0;
    return f;
}

void HistoryView::applyFilter()
{
    if (m_applying)
        return;
    m_textTimer->stop();
    m_model->setFilter(currentFilter());
}

void HistoryView::refresh()
{
    m_reselect = selectedRunId(); // once the rows are back
    m_model->setFilter(currentFilter());
    loadChoices();
}

qint64 HistoryView::selectedRunId() const
{
    const QModelIndex current = m_runs->selectionModel()->currentIndex();
    return current.isValid() ? current.data(HistoryRunsModel::RunIdRole).toLongLong() : 0;
}

void HistoryView::selectRun(qint64 runId)
{
    const int row = m_model->rowOf(runId);
    if (row < 0)
        return;
    m_runs->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HistoryView::runEnded(qint64 runId)
{
    updateChart();
    if (!m_model->updateRun(runId))
        m_liveTimer->start();
    if (runId == m_shownRun)
        showDetails();
    updateActions();
}

void HistoryView::showDetails()
{
    const qint64 id = selectedRunId();
    m_shownRun = id;
    m_shownOutcomes.clear();
    const int keepRow = m_outcomes->currentRow();
    m_outcomes->setRowCount(0);
    m_reply->clear();
    if (!id || !m_store) {
        m_summary->setText(tr("Select a run to see its outcomes."));
        return;
    }
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const RunRecord &r = m_model->run(row);
        QString text = tr("Run %1 on %2 (%3), %4: %5 of %6 operations succeeded.")
                           .arg(r.id)
                           .arg(r.profileName.isEmpty() ? r.profileId : r.profileName,
                               r.server.isEmpty() ? tr("unknown server") : r.server, runStatusTitle(r.status))
                           .arg(r.ok)
                           .arg(r.operations);
        if (!r.serverVersion.isEmpty())
            text += u' ' + tr("Server version: %1.").arg(ServerVersion::parse(r.serverVersion).display());
        if (!r.error.isEmpty())
            text += u' ' + tr("First error: %1").arg(r.error);
        m_summary->setText(text);
    }
    m_shownOutcomes = m_store->outcomes(id);
    m_outcomes->setRowCount(int(m_shownOutcomes.size()));
    for (int i = 0; i < m_shownOutcomes.size(); ++i) {
        const Outcome &o = m_shownOutcomes.at(i);
        const auto set = [this, i](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_outcomes->setItem(i, column, item);
        };
        set(OpColumn, operationTitle(o.operation.kind));
        set(TargetColumn, o.target);
        set(StatusColumn, outcomeStatusTitle(o.status));
        set(AttemptsColumn, QString::number(o.attempts));
        set(DurationColumn, HistoryRunsModel::durationText(o.durationMs));
        set(CodeColumn, o.code() ? QString::number(o.code()) : QString());
        set(MessageColumn, o.error.isError() ? o.message() : o.error.detail());
        set(StatementColumn, o.sql);
        const RunStatus look = o.status == OutcomeStatus::Ok ? RunStatus::Ok
            : o.status == OutcomeStatus::Skipped || o.status == OutcomeStatus::Cancelled
            ? RunStatus::Cancelled
            : RunStatus::Failed;
        m_outcomes->item(i, StatusColumn)->setIcon(HistoryRunsModel::statusIcon(look));
        m_outcomes->item(i, StatusColumn)->setForeground(HistoryRunsModel::statusColour(look));
    }
    if (!m_shownOutcomes.isEmpty())
        m_outcomes->setCurrentCell(qBound(0, keepRow, int(m_shownOutcomes.size()) - 1), 0);
}

void HistoryView::updateEmptyNote()
{
    const RunFilter f = m_model->filter();
    const bool filtered = !f.profileId.isEmpty() || !f.planId.isEmpty() || !f.statuses.isEmpty() || f.trigger
        || f.from.isValid() || f.to.isValid() || !f.text.isEmpty();
    m_emptyNote->setText(filtered
            ? tr("No run matches the filters.")
            : tr("No runs yet. Runs from the Operations page, the plans, the schedules and "
                 "moctl appear here as they happen."));
    m_emptyNote->setVisible(m_model->rowCount() == 0 && !m_model->isLoading());
}

void HistoryView::loadChoices()
{
    if (!isVisible()) {
        m_choicesDirty = true;
        return;
    }
    if (!m_store || m_choicesWatcher.isRunning())
        return;
    m_choicesDirty = false;
    HistoryStore *store = m_store;
    m_choicesWatcher.setFuture(QtConcurrent::run([store] { return store->choices(); }));
}

namespace {
// A profile or plan to filter by, unless it is listed already (by id) or is none.
void addChoice(QComboBox *box, const QString &id, const QString &name)
{
    if (id.isEmpty() || box->findData(id) >= 0)
        return;
    box->addItem(name.isEmpty() ? id : name, id);
}
} // namespace

void HistoryView::addChoices(const HistoryChoices &choices)
{
    m_applying = true; // the current choice stays
    for (const HistoryChoice &c : choices.profiles)
        addChoice(m_profile, c.id, c.name);
    for (const HistoryChoice &c : choices.plans)
        addChoice(m_plan, c.id, c.name);
    m_applying = false;
}

void HistoryView::updateChoices()
{
    // Profiles and plans seen in the runs loaded so far; the current choice stays.
    m_applying = true;
    for (const RunRecord &r : m_model->loadedRuns()) {
        addChoice(m_profile, r.profileId, r.profileName);
        addChoice(m_plan, r.planId, r.planName);
    }
    m_applying = false;
}

void HistoryView::updateActions()
{
    const bool selected = selectedRunId() != 0;
    m_exportOutcomes->setEnabled(selected);
    m_rerun->setEnabled(selected && !m_shownOutcomes.isEmpty());
    const QModelIndex current = m_runs->selectionModel()->currentIndex();
    m_fleetMatrix->setEnabled(
        selected && current.isValid() && !current.data(HistoryRunsModel::FleetIdRole).toString().isEmpty());
    m_exportRuns->setEnabled(m_store && m_store->isOpen());
    m_purge->setEnabled(m_store && m_store->isOpen());
}

std::optional<QString> HistoryView::chartPlan() const
{
    const QString filtered = m_plan->currentData().toString();
    if (!filtered.isEmpty())
        return filtered;
    const QModelIndex current = m_runs->selectionModel()->currentIndex();
    if (current.isValid())
        return current.data(HistoryRunsModel::PlanIdRole).toString();
    if (m_model->rowCount() > 0)
        return m_model->run(0).planId;
    return std::nullopt;
}

void HistoryView::updateChart()
{
    if (!isVisible()) {
        m_chartDirty = true; // read when shown
        return;
    }
    m_chartDirty = false;
    if (m_chartWatcher.isRunning()) {
        m_chartPending = true;
        return;
    }
    const auto plan = chartPlan();
    if (!m_store || !plan) {
        m_chart->clear();
        return;
    }
    const RunFilter filter = currentFilter();
    HistoryStore *store = m_store;
    const QString planId = *plan;
    m_chartWatcher.setFuture(QtConcurrent::run(
        [store, planId, filter] { return store->planDurations(planId, filter, ChartRuns); }));
}

void HistoryView::chartRead()
{
    if (m_chartPending) {
        m_chartPending = false;
        updateChart(); // what was asked meanwhile wins
        return;
    }
    m_chart->setSeries(m_chartWatcher.result());
}

namespace {
bool writeCsv(const QString &path, const std::function<bool(QIODevice *)> &write, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!write(&file)) {
        file.cancelWriting();
        *error = file.errorString();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

bool HistoryView::exportRunsCsv(const QString &path)
{
    if (!m_store)
        return false;
    QString error;
    const RunFilter f = currentFilter();
    if (!writeCsv(
            path, [this, &f](QIODevice *d) { return m_store->exportRunsCsv(f, d); }, &error)) {
        Q_EMIT messageShown(tr("The runs could not be exported to %1: %2").arg(path, error));
        return false;
    }
    Q_EMIT messageShown(tr("Runs exported to %1.").arg(path));
    return true;
}

bool HistoryView::exportOutcomesCsv(const QString &path)
{
    const qint64 id = selectedRunId();
    if (!m_store || !id)
        return false;
    QString error;
    if (!writeCsv(
            path, [this, id](QIODevice *d) { return m_store->exportOutcomesCsv(id, d); }, &error)) {
        Q_EMIT messageShown(tr("The outcomes could not be exported to %1: %2").arg(path, error));
        return false;
    }
    Q_EMIT messageShown(tr("Outcomes of run %1 exported to %2.").arg(id).arg(path));
    return true;
}

void HistoryView::exportRuns()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export runs"), u"moctl-runs.csv"_s, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty() && !exportRunsCsv(path))
        QMessageBox::warning(this, tr("Export runs"), tr("The runs could not be exported to %1.").arg(path));
}

void HistoryView::exportOutcomes()
{
    const qint64 id = selectedRunId();
    if (!id)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export outcomes"), u"moctl-run-%1.csv"_s.arg(id), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty() && !exportOutcomesCsv(path))
        QMessageBox::warning(
            this, tr("Export outcomes"), tr("The outcomes could not be exported to %1.").arg(path));
}

TableGrowthDialog *HistoryView::showTableGrowth()
{
    const int row = m_outcomes->currentRow();
    if (row < 0 || row >= m_shownOutcomes.size()
        || m_shownOutcomes.at(row).operation.kind != OperationKind::Flush)
        return nullptr;
    // Every run that recorded the table's figures (any plan): its growth over time.
    auto *dialog = new TableGrowthDialog(m_store, m_shownOutcomes.at(row).target, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QList<Operation> HistoryView::operationsOf(const QList<Outcome> &outcomes)
{
    static const QRegularExpression account(u"^(.*) \\(account (\\d+)\\)$"_s);
    static const QRegularExpression tableId(u"^(.*) #(\\d+)$"_s);
    static const QRegularExpression duration(u"^cluster \\((.*)\\)$"_s);
    QList<Operation> operations;
    for (const Outcome &o : outcomes) {
        Operation op;
        op.kind = o.operation.kind;
        if (op.kind == OperationKind::Flush) {
            if (o.operation.table.hasName() || o.operation.table.tableId) {
                op.table = o.operation.table;
            } else {
                // The history keeps the target as TableRef::display() wrote it.
                QString text = o.target.trimmed();
                std::optional<quint64> id;
                std::optional<quint64> accountId;
                if (text.startsWith(u'#')) {
                    op.table = TableRef::byId(text.mid(1).toULongLong());
                    operations << op;
                    continue;
                }
                if (const auto m = tableId.match(text); m.hasMatch()) {
                    id = m.captured(2).toULongLong();
                    text = m.captured(1);
                }
                if (const auto m = account.match(text); m.hasMatch()) {
                    accountId = m.captured(2).toULongLong();
                    text = m.captured(1);
                }
                const ParsedTarget parsed = parseTableTarget(text);
                if (parsed.error.isError())
                    continue; // not something that can be sent again
                op.table = parsed.table;
                op.table.accountId = accountId;
                op.table.tableId = id;
            }
        } else {
            op.duration = o.operation.duration;
            if (op.duration.isEmpty()) {
                if (const auto m = duration.match(o.target.trimmed()); m.hasMatch())
                    op.duration = m.captured(1);
            }
        }
        operations << op;
    }
    return operations;
}

QString HistoryView::rerunProblem() const
{
    return m_rerunProblem->text();
}

void HistoryView::rerun()
{
    const qint64 id = selectedRunId();
    if (!id || !m_store)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const RunRecord &run = m_model->run(row);
    const QString profileName = run.profileName.isEmpty() ? run.profileId : run.profileName;
    QString problem;
    if (m_profiles) {
        // The run's own profile, never the current one: the operations were meant for that cluster.
        if (run.profileId.isEmpty())
            problem = tr("Run %1 was not made with a saved profile, so it cannot be run again from here; "
                         "nothing was run.")
                          .arg(id);
        else if (!m_profiles->profile(QUuid::fromString(run.profileId)))
            problem = tr("Run %1 used the profile \u201c%2\u201d, which no longer exists; nothing was run.")
                          .arg(id)
                          .arg(profileName);
    }
    QList<Operation> operations;
    if (problem.isEmpty()) {
        operations = operationsOf(m_store->outcomes(id));
        if (operations.isEmpty())
            problem = tr("Run %1 has no operations to run again.").arg(id);
    }
    m_rerunProblem->setText(problem);
    m_rerunProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        Q_EMIT messageShown(problem);
        return;
    }
    Q_EMIT rerunRequested(operations, run.profileId);
}

void HistoryView::purge()
{
    if (!m_store || !m_store->isOpen())
        return;
    const Preferences preferences = Preferences::load();
    const Retention retention { preferences.historyKeepDays, preferences.historyKeepRuns };
    QStringList rules;
    if (retention.keepDays > 0)
        rules << tr("runs older than %n day(s)", nullptr, retention.keepDays);
    if (retention.keepRuns > 0)
        rules << tr("all but the newest %n run(s)", nullptr, retention.keepRuns);
    if (rules.isEmpty()) {
        QMessageBox::information(this, tr("Purge history"),
            tr("The retention in Preferences keeps the whole history; nothing to purge."));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Purge history"),
        tr("Delete %1 from the history, with their outcomes? Running runs are kept. This cannot be undone.")
            .arg(QLocale().createSeparatedList(rules)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_store->purge(retention); // refresh() follows the store's purged() signal
    Q_EMIT messageShown(tr("Purging the history…"));
}

FleetMatrixDialog *HistoryView::showFleetMatrix()
{
    const QModelIndex current = m_runs->selectionModel()->currentIndex();
    const QString fleetId
        = current.isValid() ? current.data(HistoryRunsModel::FleetIdRole).toString() : QString();
    if (fleetId.isEmpty() || !m_store)
        return nullptr;
    auto *dialog = new FleetMatrixDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPlanName(m_model->run(current.row()).planName);
    // "Only these runs": History lists the fleet run's runs.
    QPushButton *listRuns = dialog->addHistoryButton(tr("List its &runs"));
    connect(listRuns, &QPushButton::clicked, this, [this, fleetId] { setFleetFilter(fleetId); });
    dialog->loadFromHistory(m_store, fleetId);
    dialog->show();
    return dialog;
}

void HistoryView::setFleetFilter(const QString &fleetId)
{
    m_text->setText(fleetId.isEmpty() ? QString() : u"fleet:"_s + fleetId);
    applyFilter();
}

} // namespace moctl
