#pragma once

#include "history/historytypes.h"
#include "runner/runtypes.h"

#include <optional>
#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>

namespace moctl {

// One fleet run (one plan run over several clusters, sharing a fleet id) as a matrix: a row per
// cluster (the member's profile), a Result column first (the member's run: status and counts), then a
// column per step of the plan. A cell sums up that step's outcomes on that cluster: its state, the
// counts, and in its tooltip the message of each operation that did not end ok.
// Columns are steps, not operations: patterns and size rules select different tables on each
// cluster, so operations do not line up across rows, while every cluster runs the same steps.
// Filled live (start, memberStarted, addOutcome, memberFinished) or from History (load).
class FleetMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetMatrixModel)

public:
    // What a cell shows. NotRun: the member ended without doing this step (stopped by the failure
    // policy, cancelled, could not connect); NoOperations: the step had nothing to do on this cluster.
    enum class CellState {
        Waiting,
        Running,
        Ok,
        Partial,
        Failed,
        TimedOut,
        Cancelled,
        Skipped,
        NotRun,
        NoOperations
    };
    enum Role {
        CellStateRole = Qt::UserRole + 1, // CellState as int (step cells); RunStatus as int (Result cells,
                                          // -1 before the member ended)
        RunIdRole, // qint64: the member's run in History, 0 before it started
        ProfileIdRole, // QString
        OutcomeCountRole, // int: the outcomes the cell sums up
    };
    static constexpr int ResultColumn = 0;

    // A cluster of the fleet (its profile) before the run starts.
    struct MemberInfo
    {
        QString profileId;
        QString profileName;
        QString server; // host:port
        // Operations each step will send on this cluster (same order as the columns); empty = unknown.
        QList<int> expected;
    };
    // A column: the step's position in the run (RunRequest::steps, Outcome::stepIndex) and its title.
    struct StepColumn
    {
        int stepIndex = 0;
        QString title; // "1. Flush"
        QString label; // the plan's own name of the step, when known
    };
    // A past fleet run as History keeps it: its runs (one per cluster) and their outcomes.
    struct Snapshot
    {
        QString fleetId;
        QList<RunRecord> runs;
        QHash<qint64, QList<Outcome>> outcomes; // by run id
        QString error; // translated; the history could not be read
    };

    explicit FleetMatrixModel(QObject *parent = nullptr);
    ~FleetMatrixModel() override;

    // The step columns of a run request (its operation steps; pauses have no outcomes).
    static QList<StepColumn> columnsFor(const RunRequest &request);
    // Operations per column of a member's request.
    static QList<int> expectedFor(const RunRequest &request, const QList<StepColumn> &columns);
    static QString stepTitle(int stepIndex, OperationKind kind);

    // Starts over for a live fleet run.
    void start(const QString &fleetId, const QList<StepColumn> &columns, const QList<MemberInfo> &members);
    void memberStarted(int member, qint64 runId);
    void addOutcome(int member, const Outcome &outcome);
    void memberFinished(int member, const RunSummary &summary);
    // Starts over with a past fleet run (members in profile-name order, columns from the outcomes).
    void load(const Snapshot &snapshot);

    QString fleetId() const { return m_fleetId; }
    int memberCount() const { return int(m_members.size()); }
    int stepCount() const { return int(m_columns.size()); }
    // The column of a run step, or -1.
    int columnOfStep(int stepIndex) const;
    // "3 clusters: 2 ok, 1 failed" (translated); while running "3 clusters: 1 running, 2 waiting".
    QString summaryText() const;
    // The member's run status, nullopt before it ended.
    std::optional<RunStatus> memberStatus(int member) const;
    CellState cellState(int member, int column) const; // column: a model column > ResultColumn

    static QString cellStateTitle(CellState state);
    static QColor cellStateColour(CellState state);
    static QIcon cellStateIcon(CellState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Member
    {
        MemberInfo info;
        qint64 runId = 0;
        bool started = false;
        std::optional<RunStatus> status; // set when it ended
        int ok = 0;
        int failed = 0;
        int timedOut = 0;
        int cancelled = 0;
        int skipped = 0;
        QString error; // the run's first error
        QList<QList<Outcome>> outcomes; // per column
    };
    QVariant stepData(const Member &m, int column, int role) const;
    QVariant resultData(const Member &m, int role) const;
    QString cellText(const Member &m, int column) const;
    QString cellToolTip(const Member &m, int column) const;
    void changedRow(int member, int column = -1);

    QString m_fleetId;
    QList<StepColumn> m_columns;
    QList<Member> m_members;
};

} // namespace moctl
