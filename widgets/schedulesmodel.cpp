#include "schedulesmodel.h"

#include "localetext.h"

#include <QIcon>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
QString dateTimeText(const QDateTime &t)
{
    return LocaleText::weekdayDateTime(t.toLocalTime());
}

QIcon statusIcon(RunStatus status)
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
} // namespace

SchedulesModel::SchedulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SchedulesModel::setRows(const QList<ScheduleRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    for (ScheduleRow &row : m_rows)
        fillProfileName(row);
    endResetModel();
}

void SchedulesModel::fillProfileName(ScheduleRow &row) const
{
    if (row.profileId.isEmpty())
        return;
    const QUuid id = QUuid::fromString(row.profileId);
    const QString key = id.isNull() ? row.profileId : id.toString(QUuid::WithoutBraces);
    row.profileName = m_profileNames.value(key);
}

void SchedulesModel::setProfileNames(const QHash<QString, QString> &namesById)
{
    m_profileNames = namesById;
    for (ScheduleRow &row : m_rows)
        fillProfileName(row);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ProfileColumn), index(rowCount() - 1, ProfileColumn));
}

void SchedulesModel::setLastRuns(const QHash<QString, RunRecord> &runs)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        ScheduleRow &row = m_rows[i];
        const auto it = runs.constFind(row.planId);
        if (it == runs.cend() || !it->started.isValid())
            continue;
        if (row.lastRun.isValid() && it->started < row.lastRun)
            continue;
        if (row.lastRun == it->started && row.lastStatus == it->status)
            continue;
        row.lastRun = it->started;
        row.lastStatus = it->status;
        Q_EMIT dataChanged(index(i, LastRunColumn), index(i, LastStatusColumn));
    }
}

const ScheduleRow *SchedulesModel::rowFor(const QString &planId) const
{
    const int i = rowOf(planId);
    return i < 0 ? nullptr : &m_rows.at(i);
}

int SchedulesModel::rowOf(const QString &planId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).planId == planId)
            return i;
    }
    return -1;
}

void SchedulesModel::setLastRun(const QString &planId, const QDateTime &started, RunStatus status)
{
    const int i = rowOf(planId);
    if (i < 0)
        return;
    m_rows[i].lastRun = started;
    m_rows[i].lastStatus = status;
    Q_EMIT dataChanged(index(i, NextRunColumn), index(i, LastStatusColumn));
}

void SchedulesModel::setSchedule(const QString &planId, const Schedule &schedule)
{
    const int i = rowOf(planId);
    if (i < 0)
        return;
    m_rows[i].schedule = schedule;
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

void SchedulesModel::setNextRunFunction(NextRunFunction function)
{
    m_nextRun = std::move(function);
    refreshNextRuns();
}

void SchedulesModel::refreshNextRuns()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NextRunColumn), index(rowCount() - 1, NextRunColumn));
}

QDateTime SchedulesModel::nextRun(const ScheduleRow &row) const
{
    if (!row.schedule.enabled)
        return {};
    if (m_nextRun)
        return m_nextRun(row);
    return nextRuns(row.schedule, QDateTime::currentDateTimeUtc(), 1).value(0);
}

int SchedulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SchedulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchedulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduleRow &row = m_rows.at(index.row());
    if (role == PlanIdRole)
        return row.planId;
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (column) {
        case PlanColumn:
            return row.planName;
        case ProfileColumn:
            if (row.profileId.isEmpty())
                return tr("(current profile)");
            return row.profileName.isEmpty() ? tr("(missing profile)") : row.profileName;
        case ScheduleColumn: {
            const QStringList errors = scheduleErrors(row.schedule);
            return errors.isEmpty() ? describe(row.schedule) : errors.first();
        }
        case NextRunColumn: {
            const QDateTime next = nextRun(row);
            if (role == SortRole)
                return next;
            if (!row.schedule.enabled)
                return tr("Paused");
            return next.isValid() ? dateTimeText(next) : tr("None left");
        }
        case LastRunColumn:
            if (role == SortRole)
                return row.lastRun;
            return row.lastRun.isValid() ? dateTimeText(row.lastRun) : tr("Never");
        case LastStatusColumn:
            return row.lastStatus ? runStatusTitle(*row.lastStatus) : QString();
        case EnabledColumn:
            if (role == SortRole)
                return row.schedule.enabled;
            return role == Qt::ToolTipRole
                ? (row.schedule.enabled ? tr("Runs on its schedule") : tr("Paused"))
                : QVariant();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::CheckStateRole && column == EnabledColumn)
        return row.schedule.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DecorationRole && column == LastStatusColumn && row.lastStatus)
        return statusIcon(*row.lastStatus);
    if (role == Qt::DecorationRole && column == PlanColumn)
        return QIcon(u":/icons/plan.svg"_s);
    if (role == Qt::AccessibleTextRole && column == EnabledColumn)
        return row.schedule.enabled ? tr("Enabled") : tr("Paused");
    return {};
}

QVariant SchedulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PlanColumn:
        return tr("Plan");
    case ProfileColumn:
        return tr("Profile");
    case ScheduleColumn:
        return tr("Schedule");
    case NextRunColumn:
        return tr("Next run");
    case LastRunColumn:
        return tr("Last run");
    case LastStatusColumn:
        return tr("Status");
    case EnabledColumn:
        return tr("Enabled");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags SchedulesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool SchedulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    const bool enabled = Qt::CheckState(value.toInt()) == Qt::Checked;
    ScheduleRow &row = m_rows[index.row()];
    if (row.schedule.enabled == enabled)
        return true;
    row.schedule.enabled = enabled;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT enabledToggled(row.planId, enabled);
    return true;
}

} // namespace moctl
