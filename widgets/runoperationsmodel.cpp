#include "runoperationsmodel.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace moctl {

RunOperationsModel::RunOperationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunOperationsModel::reset(const QList<Operation> &operations)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(operations.size());
    for (const Operation &op : operations)
        m_rows.append(Row { op, State::Queued, 0, {} });
    endResetModel();
}

void RunOperationsModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunOperationsModel::markQueued(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index].state = State::Queued;
    changed(index);
}

void RunOperationsModel::markStarted(int index, int attempt)
{
    if (index < 0 || index >= m_rows.size() || m_rows.at(index).state == State::Finished)
        return;
    m_rows[index].state = State::Running;
    m_rows[index].attempt = attempt;
    changed(index);
}

void RunOperationsModel::markFinished(const Outcome &outcome)
{
    const int index = outcome.operationIndex;
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index].state = State::Finished;
    m_rows[index].attempt = outcome.attempts;
    m_rows[index].outcome = outcome;
    changed(index);
}

RunOperationsModel::State RunOperationsModel::state(int row) const
{
    return m_rows.at(row).state;
}

const Outcome &RunOperationsModel::outcome(int row) const
{
    return m_rows.at(row).outcome;
}

int RunOperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunOperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunOperationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool done = row.state == State::Finished;
    switch (role) {
    case StateRole:
        return int(row.state);
    case OutcomeStatusRole:
        return done ? QVariant(int(row.outcome.status)) : QVariant();
    case ErrorCodeRole:
        return done ? QVariant(row.outcome.code()) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == StateColumn) {
            if (done && !row.outcome.sql.isEmpty())
                return tr("%1\nSQL: %2")
                    .arg(data(index.siblingAtColumn(MessageColumn)).toString(), row.outcome.sql);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != StateColumn)
            return {};
        if (!done)
            return row.state == State::Running ? QIcon(u":/icons/running.svg"_s) : QVariant();
        switch (row.outcome.status) {
        case OutcomeStatus::Ok:
            return QIcon(u":/icons/ok.svg"_s);
        case OutcomeStatus::Cancelled:
        case OutcomeStatus::Skipped:
            return QIcon(u":/icons/cancelled.svg"_s);
        default:
            return QIcon(u":/icons/failed.svg"_s);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn || index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case OperationColumn:
            return operationTitle(row.operation.kind);
        case TargetColumn:
            return row.operation.targetText();
        case StateColumn:
            switch (row.state) {
            case State::Queued:
                return tr("Queued");
            case State::Running:
                return row.attempt > 1 ? tr("Running (attempt %1)").arg(row.attempt) : tr("Running");
            case State::Finished:
                // Queued operations a cancel stopped never reached the server: say so.
                if (row.outcome.status == OutcomeStatus::Cancelled && row.outcome.attempts == 0)
                    return tr("Not started (cancelled)");
                return outcomeStatusTitle(row.outcome.status);
            }
            return {};
        case AttemptsColumn:
            return row.attempt > 0 ? QVariant(row.attempt) : QVariant();
        case DurationColumn:
            return done ? QVariant(tr("%1 s").arg(double(row.outcome.durationMs) / 1000.0, 0, 'f', 1))
                        : QVariant();
        case MessageColumn:
            if (!done)
                return {};
            return row.outcome.error.isError() ? row.outcome.error.message() : row.outcome.error.detail();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant RunOperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case OperationColumn:
        return tr("Operation");
    case TargetColumn:
        return tr("Target");
    case StateColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace moctl
