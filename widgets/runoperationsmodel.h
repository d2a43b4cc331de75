#pragma once

#include "runner/runtypes.h"

#include <QAbstractTableModel>

namespace moctl {

// The operations of the run in progress (or the last run), one row each, with their live state:
// queued, running (attempt N), then the outcome.
class RunOperationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunOperationsModel)

public:
    enum Column {
        OperationColumn,
        TargetColumn,
        StateColumn,
        AttemptsColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };
    enum class State { Queued, Running, Finished };
    enum Role {
        StateRole = Qt::UserRole + 1, // State as int
        OutcomeStatusRole, // OutcomeStatus as int; only when finished
        ErrorCodeRole, // MatrixOne's code; only when finished
    };

    explicit RunOperationsModel(QObject *parent = nullptr);

    // Starts over with these operations, all queued.
    void reset(const QList<Operation> &operations);
    void markQueued(int index);
    void markStarted(int index, int attempt);
    void markFinished(const Outcome &outcome);

    State state(int row) const;
    // Meaningful only when state(row) == Finished.
    const Outcome &outcome(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Operation operation;
        State state = State::Queued;
        int attempt = 0;
        Outcome outcome;
    };
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace moctl
