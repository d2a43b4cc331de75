#include "schedulespage.h"

#include "localetext.h"
#include "schedule/scheduler.h"
#include "scheduleeditor.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
constexpr int MaxDecisionsShown = 200;
}

SchedulesPage::SchedulesPage(Scheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_scheduler(scheduler)
    , m_model(new SchedulesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_edit(new QAction(QIcon(u":/icons/schedule.svg"_s), tr("&Edit Schedule…"), this))
    , m_pause(new QAction(tr("&Pause All Schedules"), this))
    , m_status(new QLabel(this))
    , m_decisions(new QListWidget(this))
{
    setObjectName(u"SchedulesPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_edit->setObjectName(u"editSchedule"_s);
    m_pause->setObjectName(u"pauseAll"_s);
    m_pause->setCheckable(true);
    m_pause->setToolTip(
        tr("Nothing runs on a schedule until you resume; runs that pass meanwhile are not caught up."));
    toolbar->addAction(m_edit);
    toolbar->addAction(m_pause);
    toolbar->addSeparator();
    toolbar->addWidget(m_status);
    // The page's buttons take the Tab focus like any other (a toolbar's do not by default).
    for (QAction *action : { m_edit, m_pause }) {
        if (QWidget *button = toolbar->widgetForAction(action))
            button->setFocusPolicy(Qt::TabFocus);
    }
    layout->addWidget(toolbar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SchedulesModel::SortRole);
    m_view->setObjectName(u"schedulesView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SchedulesModel::PlanColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Each column as wide as its content (a plan's name, a date on one line); the schedule takes the rest.
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SchedulesModel::ScheduleColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Schedules"));

    // What a newcomer sees before any plan has a schedule: where schedules come from.
    auto *emptyHint = new QLabel(
        tr("No plan has a schedule yet. On the Plans page, open a plan and choose <b>Schedule…</b> to run it "
           "every night, every few hours or on chosen days; its runs and the scheduler's decisions show "
           "here."),
        this);
    emptyHint->setObjectName(u"emptyHint"_s);
    emptyHint->setWordWrap(true);
    emptyHint->setTextFormat(Qt::RichText);
    layout->addWidget(emptyHint);
    const auto updateHint = [this, emptyHint] { emptyHint->setVisible(m_model->rowCount() == 0); };
    connect(m_model, &QAbstractItemModel::modelReset, emptyHint, updateHint);
    connect(m_model, &QAbstractItemModel::rowsInserted, emptyHint, updateHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, emptyHint, updateHint);
    updateHint();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"schedulesSplitter"_s);
    splitter->addWidget(m_view);
    auto *decisionsBox = new QWidget(splitter);
    auto *decisionsLayout = new QVBoxLayout(decisionsBox);
    decisionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *decisionsLabel = new QLabel(tr("Recent scheduler &decisions:"), decisionsBox);
    decisionsLabel->setBuddy(m_decisions);
    m_decisions->setObjectName(u"decisions"_s);
    m_decisions->setAccessibleName(tr("Recent scheduler decisions"));
    decisionsLayout->addWidget(decisionsLabel);
    decisionsLayout->addWidget(m_decisions);
    splitter->addWidget(decisionsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);

    connect(m_edit, &QAction::triggered, this, &SchedulesPage::editSelected);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { // double-click or Enter
        if (index.column() != SchedulesModel::EnabledColumn)
            editSelected();
    });
    connect(m_model, &SchedulesModel::enabledToggled, this, &SchedulesPage::enabledToggled);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_edit->setEnabled(!selectedPlanId().isEmpty()); });
    m_edit->setEnabled(false);

    if (m_scheduler) {
        m_model->setNextRunFunction([this](const ScheduleRow &row) {
            const QDateTime next = m_scheduler->nextRun(row.planId);
            // Plans the scheduler does not know (yet): from the schedule itself.
            return next.isValid() || !m_scheduler->plans().isEmpty()
                ? next
                : nextRuns(row.schedule, m_scheduler->now(), 1).value(0);
        });
        m_pause->setChecked(m_scheduler->isPaused());
        connect(m_pause, &QAction::toggled, m_scheduler, &Scheduler::setPaused);
        connect(m_scheduler, &Scheduler::pausedChanged, m_pause, &QAction::setChecked);
        connect(m_scheduler, &Scheduler::pausedChanged, this, &SchedulesPage::updateStatus);
        connect(m_scheduler, &Scheduler::scheduleChanged, this, &SchedulesPage::refresh);
        connect(m_scheduler, &Scheduler::decided, this, &SchedulesPage::addDecision);
    } else {
        m_pause->setEnabled(false);
    }
    connect(&m_lastRunsWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_lastRunsWatcher.isCanceled())
            m_model->setLastRuns(m_lastRunsWatcher.result());
        Q_EMIT lastRunsLoaded();
        if (std::exchange(m_reloadAgain, false))
            reloadLastRuns();
    });
    // Next runs move on with time; runs of other processes (moctl serve) show up.
    auto *timer = new QTimer(this);
    timer->setInterval(std::chrono::seconds(30));
    connect(timer, &QTimer::timeout, this, &SchedulesPage::refresh);
    timer->start();
    updateStatus();
}

SchedulesPage::~SchedulesPage()
{
    m_lastRunsWatcher.waitForFinished();
}

void SchedulesPage::setLastRunsLoader(LastRunsLoader loader)
{
    m_lastRunsLoader = std::move(loader);
    reloadLastRuns();
}

void SchedulesPage::reloadLastRuns()
{
    if (!m_lastRunsLoader)
        return;
    if (m_lastRunsWatcher.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_lastRunsWatcher.setFuture(QtConcurrent::run(m_lastRunsLoader));
}

QString SchedulesPage::selectedPlanId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SchedulesModel::PlanIdRole).toString();
}

void SchedulesPage::selectPlan(const QString &planId)
{
    const int row = m_model->rowOf(planId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
}

void SchedulesPage::refresh()
{
    m_model->refreshNextRuns();
    reloadLastRuns();
    updateStatus();
}

void SchedulesPage::updateStatus()
{
    if (!m_scheduler) {
        m_status->setText(tr("The scheduler is not running."));
        return;
    }
    QString text = m_scheduler->isPaused() ? tr("All schedules are paused.") : tr("Schedules are running.");
    if (const QString error = m_scheduler->stateError(); !error.isEmpty())
        text += u' ' + error;
    m_status->setText(text);
}

void SchedulesPage::editSelected()
{
    const QString planId = selectedPlanId();
    const ScheduleRow *row = m_model->rowFor(planId);
    if (!row)
        return;
    ScheduleEditor::Saver saver;
    if (m_scheduleSaver)
        saver = [this, planId](const Schedule &edited, QString *error) {
            return m_scheduleSaver(planId, edited, error);
        };
    const std::optional<Schedule> schedule
        = ScheduleEditor::editInDialog(this, row->planName, row->schedule, saver);
    if (!schedule)
        return;
    if (m_scheduleSaver)
        return; // saved (and the rows reloaded) before the dialog closed
    m_model->setSchedule(planId, *schedule);
    Q_EMIT scheduleEdited(planId, *schedule);
}

void SchedulesPage::addDecision(const ScheduleDecision &decision)
{
    const QString when = LocaleText::dateTimeSeconds(decision.decided.toLocalTime());
    auto *item = new QListWidgetItem(u"%1  %2 — %3: %4"_s.arg(
        when, decision.planName, decisionKindTitle(decision.kind), decision.message));
    switch (decision.kind) {
    case ScheduleDecision::Kind::Fired:
    case ScheduleDecision::Kind::CaughtUp:
        item->setIcon(QIcon(u":/icons/run.svg"_s));
        break;
    case ScheduleDecision::Kind::StartFailed:
        item->setIcon(QIcon(u":/icons/failed.svg"_s));
        break;
    default:
        item->setIcon(QIcon(u":/icons/warning.svg"_s));
        break;
    }
    m_decisions->insertItem(0, item);
    while (m_decisions->count() > MaxDecisionsShown)
        delete m_decisions->takeItem(m_decisions->count() - 1);
}

} // namespace moctl
