#include "historyrunsmodel.h"

#include "history/historystore.h"

#include <QLocale>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace moctl {

HistoryRunsModel::HistoryRunsModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_watcher, &QFutureWatcher<QList<RunRecord>>::finished, this, &HistoryRunsModel::readDone);
}

HistoryRunsModel::~HistoryRunsModel()
{
    // The read uses the store, which may go right after this model.
    m_watcher.waitForFinished();
}

void HistoryRunsModel::setFilter(const RunFilter &filter)
{
    m_filter = filter;
    m_filter.limit = 0;
    m_filter.offset = 0;
    m_filter.afterRunId = 0;
    reload();
}

RunFilter HistoryRunsModel::pageFilter(Want want) const
{
    RunFilter f = m_filter;
    f.limit = m_pageSize;
    f.offset = 0;
    // The next page starts after the last run loaded; the first page and the newest runs from the top.
    f.afterRunId = want == Want::Next && !m_rows.isEmpty() ? m_rows.constLast().id : 0;
    return f;
}

void HistoryRunsModel::reload()
{
    ++m_generation; // whatever is being read for the old filter is no longer wanted
    request(Want::First);
}

bool HistoryRunsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting && m_fetching == Fetching::Active && !m_inFlight
        && !m_queued;
}

void HistoryRunsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(Want::Next);
}

void HistoryRunsModel::takeNewRuns()
{
    request(m_rows.isEmpty() ? Want::First : Want::Newer);
}

void HistoryRunsModel::request(Want want)
{
    const Read read { want, m_generation };
    if (m_loading == Loading::Synchronous) {
        deliver(want, m_store ? m_store->runs(pageFilter(want)) : QList<RunRecord> {});
        return;
    }
    if (!m_inFlight) {
        start(read);
        return;
    }
    if (!m_queued || int(want) < int(m_queued->want))
        m_queued = read;
}

void HistoryRunsModel::start(Read read)
{
    const RunFilter f = pageFilter(read.want);
    const bool began = !m_inFlight;
    m_inFlight = read;
    HistoryStore *store = m_store;
    m_watcher.setFuture(
        QtConcurrent::run([store, f] { return store ? store->runs(f) : QList<RunRecord> {}; }));
    if (began)
        Q_EMIT loadingChanged(true);
}

void HistoryRunsModel::readDone()
{
    const Read done = *m_inFlight;
    QList<RunRecord> rows = m_watcher.result();
    if (done.generation == m_generation)
        deliver(done.want, std::move(rows));
    if (m_queued) {
        Read next = *m_queued;
        m_queued.reset();
        next.generation = m_generation;
        if (next.want == Want::Newer && m_rows.isEmpty())
            next.want = Want::First;
        start(next);
        return;
    }
    m_inFlight.reset();
    Q_EMIT loadingChanged(false);
}

void HistoryRunsModel::deliver(Want want, QList<RunRecord> rows)
{
    switch (want) {
    case Want::First:
        beginResetModel();
        m_rows = std::move(rows);
        m_atEnd = m_rows.size() < m_pageSize;
        // No fetching from inside the reset's notification (a listener asking for more would insert
        // rows while the reset is still being delivered).
        m_resetting = true;
        endResetModel();
        m_resetting = false;
        Q_EMIT firstPageLoaded();
        return;
    case Want::Next:
        m_atEnd = rows.size() < m_pageSize;
        if (rows.isEmpty())
            return;
        m_resetting = true; // no nested fetch while listeners hear of these rows
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
        m_resetting = false;
        return;
    case Want::Newer:
        break;
    }
    if (m_rows.isEmpty()) {
        deliver(Want::First, std::move(rows));
        return;
    }
    const qint64 firstId = m_rows.constFirst().id;
    QList<RunRecord> fresh;
    bool reachedFirst = false;
    for (const RunRecord &r : std::as_const(rows)) {
        if (r.id == firstId) {
            reachedFirst = true;
            break;
        }
        if (rowOf(r.id) < 0)
            fresh << r;
    }
    if (!reachedFirst && rows.size() >= m_pageSize) {
        deliver(Want::First, std::move(rows)); // more new runs than a page: start over with them
        return;
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size() - 1));
    m_rows = fresh + m_rows;
    endInsertRows();
}

bool HistoryRunsModel::updateRun(qint64 runId)
{
    const int row = rowOf(runId);
    if (row < 0 || !m_store)
        return false;
    const auto record = m_store->run(runId);
    if (!record)
        return false;
    m_rows[row] = *record;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int HistoryRunsModel::rowOf(qint64 runId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == runId)
            return i;
    }
    return -1;
}

QIcon HistoryRunsModel::statusIcon(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return QIcon(u":/icons/running.svg"_s);
    case RunStatus::Ok:
        return QIcon(u":/icons/ok.svg"_s);
    case RunStatus::Failed:
        return QIcon(u":/icons/failed.svg"_s);
    case RunStatus::Partial:
        return QIcon(u":/icons/warning.svg"_s);
    case RunStatus::Cancelled:
        return QIcon(u":/icons/cancelled.svg"_s);
    case RunStatus::Interrupted:
        return QIcon(u":/icons/interrupted.svg"_s);
    }
    return {};
}

QColor HistoryRunsModel::statusColour(RunStatus status)
{
    // Mid-tone colours that read on light and dark palettes alike.
    switch (status) {
    case RunStatus::Running:
        return QColor(0x2f, 0x80, 0xed);
    case RunStatus::Ok:
        return QColor(0x2e, 0x9e, 0x4f);
    case RunStatus::Failed:
        return QColor(0xd6, 0x3a, 0x3a);
    case RunStatus::Partial:
        return QColor(0xe0, 0x8a, 0x1e);
    case RunStatus::Cancelled:
        return QColor(0x8a, 0x8a, 0x8a);
    case RunStatus::Interrupted:
        return QColor(0x9b, 0x59, 0xb6);
    }
    return {};
}

QString HistoryRunsModel::durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString HistoryRunsModel::planText(const RunRecord &run)
{
    if (!run.planId.isEmpty() || !run.planName.isEmpty())
        return run.planName.isEmpty() ? run.planId : run.planName;
    if (!run.adHocKind)
        return tr("(ad hoc)");
    if (*run.adHocKind == OperationKind::Flush)
        return run.operations == 1 ? tr("Flush (1 table)")
                                   : tr("Flush (%1 tables)").arg(QLocale().toString(run.operations));
    return operationTitle(*run.adHocKind);
}

int HistoryRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &r = m_rows.at(index.row());
    switch (role) {
    case RunIdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case DurationMsRole:
        return r.durationMs();
    case StartedRole:
        return r.started;
    case PlanIdRole:
        return r.planId;
    case FleetIdRole:
        return r.fleetId;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case WhenColumn:
            return QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat);
        case ProfileColumn:
            return r.profileName.isEmpty() ? r.profileId : r.profileName;
        case PlanColumn:
            // A fleet run's member: marked, so the runs of one fleet run are told apart at a glance.
            return r.fleetId.isEmpty() ? planText(r)
                                       : tr("%1 (fleet %2)").arg(planText(r), r.fleetId.left(8));
        case TriggerColumn:
            return triggerTitle(r.trigger);
        case StatusColumn:
            return runStatusTitle(r.status);
        case DurationColumn:
            return r.status == RunStatus::Running ? tr("running") : durationText(r.durationMs());
        case OperationsColumn:
            return tr("%1/%2").arg(QLocale().toString(r.ok), QLocale().toString(r.operations));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == WhenColumn)
            return QLocale().toString(r.started.toLocalTime(), QLocale::LongFormat);
        if (column == StatusColumn && !r.error.isEmpty())
            return r.error;
        if (column == PlanColumn && !r.fleetId.isEmpty())
            return tr("One cluster of the fleet run %1 (Fleet matrix shows all of them)").arg(r.fleetId);
        if (column == OperationsColumn)
            return tr("%1 succeeded, %2 failed, %3 timed out, %4 cancelled, %5 skipped of %6")
                .arg(r.ok)
                .arg(r.failed)
                .arg(r.timedOut)
                .arg(r.cancelled)
                .arg(r.skipped)
                .arg(r.operations);
        return {};
    }
    if (role == Qt::DecorationRole && column == StatusColumn)
        return statusIcon(r.status);
    if (role == Qt::ForegroundRole && column == StatusColumn)
        return statusColour(r.status);
    if (role == Qt::TextAlignmentRole && (column == DurationColumn || column == OperationsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HistoryRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ProfileColumn:
        return tr("Profile");
    case PlanColumn:
        return tr("Plan");
    case TriggerColumn:
        return tr("Trigger");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case OperationsColumn:
        return tr("Operations");
    default:
        return {};
    }
}

} // namespace moctl
