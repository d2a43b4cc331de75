#include "fleetmatrixmodel.h"

#include "historyrunsmodel.h"

#include <algorithm>
#include <QFont>
#include <QMap>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
constexpr int TooltipMessages = 8; // outcome messages named in a cell's tooltip; the rest are counted

struct Counts
{
    int ok = 0;
    int failed = 0;
    int timedOut = 0;
    int cancelled = 0;
    int skipped = 0;
    int notAttempted = 0;
    int total() const { return ok + failed + timedOut + cancelled + skipped + notAttempted; }
    int bad() const { return failed + timedOut + cancelled + notAttempted; }
};

Counts countsOf(const QList<Outcome> &outcomes)
{
    Counts c;
    for (const Outcome &o : outcomes) {
        switch (o.status) {
        case OutcomeStatus::Ok:
            ++c.ok;
            break;
        case OutcomeStatus::Failed:
            ++c.failed;
            break;
        case OutcomeStatus::Timeout:
            ++c.timedOut;
            break;
        case OutcomeStatus::Cancelled:
            ++c.cancelled;
            break;
        case OutcomeStatus::Skipped:
            ++c.skipped;
            break;
        case OutcomeStatus::NotAttempted:
            ++c.notAttempted;
            break;
        }
    }
    return c;
}

FleetMatrixModel::CellState stateOf(const Counts &c)
{
    using S = FleetMatrixModel::CellState;
    if (c.failed + c.timedOut > 0)
        return c.ok > 0 ? S::Partial : (c.failed > 0 ? S::Failed : S::TimedOut);
    if (c.cancelled > 0)
        return c.ok > 0 ? S::Partial : S::Cancelled;
    if (c.notAttempted > 0)
        return c.ok > 0 ? S::Partial : S::NotRun;
    if (c.ok > 0)
        return S::Ok;
    return c.skipped > 0 ? S::Skipped : S::NoOperations;
}
} // namespace

FleetMatrixModel::FleetMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FleetMatrixModel::~FleetMatrixModel() = default;

QString FleetMatrixModel::stepTitle(int stepIndex, OperationKind kind)
{
    return tr("%1. %2").arg(stepIndex + 1).arg(operationTitle(kind));
}

QList<FleetMatrixModel::StepColumn> FleetMatrixModel::columnsFor(const RunRequest &request)
{
    QList<StepColumn> columns;
    for (int i = 0; i < request.steps.size(); ++i) {
        const RunStep &step = request.steps.at(i);
        if (step.kind != RunStep::Kind::Operations)
            continue;
        // The kind of the step: its first operation's (a flush step with no table is still a flush).
        OperationKind kind = OperationKind::Flush;
        if (!step.operations.isEmpty())
            kind = step.operations.first().kind;
        else if (step.isCheckpoint())
            kind = step.minIncrementals > 0 ? OperationKind::GlobalCheckpoint : OperationKind::Checkpoint;
        columns << StepColumn { i, stepTitle(i, kind), step.label };
    }
    return columns;
}

QList<int> FleetMatrixModel::expectedFor(const RunRequest &request, const QList<StepColumn> &columns)
{
    QList<int> expected;
    for (const StepColumn &column : columns)
        expected << (column.stepIndex < request.steps.size()
                ? int(request.steps.at(column.stepIndex).operations.size())
                : -1);
    return expected;
}

void FleetMatrixModel::start(
    const QString &fleetId, const QList<StepColumn> &columns, const QList<MemberInfo> &members)
{
    beginResetModel();
    m_fleetId = fleetId;
    m_columns = columns;
    m_members.clear();
    for (const MemberInfo &info : members) {
        Member m;
        m.info = info;
        m.outcomes.resize(columns.size());
        m_members << m;
    }
    endResetModel();
}

int FleetMatrixModel::columnOfStep(int stepIndex) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).stepIndex == stepIndex)
            return c;
    }
    return -1;
}

void FleetMatrixModel::changedRow(int member, int column)
{
    if (column < 0)
        Q_EMIT dataChanged(index(member, 0), index(member, columnCount() - 1));
    else
        Q_EMIT dataChanged(index(member, column), index(member, column));
    Q_EMIT headerDataChanged(Qt::Vertical, member, member);
}

void FleetMatrixModel::memberStarted(int member, qint64 runId)
{
    if (member < 0 || member >= m_members.size())
        return;
    m_members[member].started = true;
    m_members[member].runId = runId;
    changedRow(member);
}

void FleetMatrixModel::addOutcome(int member, const Outcome &outcome)
{
    if (member < 0 || member >= m_members.size())
        return;
    const int column = columnOfStep(outcome.stepIndex);
    if (column < 0)
        return;
    Member &m = m_members[member];
    m.started = true;
    if (m.runId == 0)
        m.runId = outcome.runId;
    m.outcomes[column] << outcome;
    // The running step moves on: the whole row may change state (Running, Waiting, done).
    changedRow(member);
}

void FleetMatrixModel::memberFinished(int member, const RunSummary &summary)
{
    if (member < 0 || member >= m_members.size())
        return;
    Member &m = m_members[member];
    m.started = true;
    if (summary.runId != 0)
        m.runId = summary.runId;
    m.status = summary.status;
    m.ok = summary.ok;
    m.failed = summary.failed;
    m.timedOut = summary.timedOut;
    m.cancelled = summary.cancelled;
    m.skipped = summary.skipped;
    m.error = summary.firstError.isError() ? summary.firstError.message() : QString();
    changedRow(member);
}

void FleetMatrixModel::load(const Snapshot &snapshot)
{
    // The columns: every step some run has outcomes of, titled by the kind of its operations.
    QMap<int, OperationKind> steps;
    for (const QList<Outcome> &outcomes : snapshot.outcomes) {
        for (const Outcome &o : outcomes) {
            if (!steps.contains(o.stepIndex))
                steps.insert(o.stepIndex, o.operation.kind);
        }
    }
    QList<StepColumn> columns;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it)
        columns << StepColumn { it.key(), stepTitle(it.key(), it.value()), {} };
    QList<RunRecord> runs = snapshot.runs;
    std::stable_sort(runs.begin(), runs.end(), [](const RunRecord &a, const RunRecord &b) {
        return QString::localeAwareCompare(a.profileName, b.profileName) < 0;
    });
    QList<MemberInfo> members;
    for (const RunRecord &r : std::as_const(runs))
        members << MemberInfo { r.profileId, r.profileName, r.server, {} };
    start(snapshot.fleetId, columns, members);
    for (int i = 0; i < runs.size(); ++i) {
        const RunRecord &r = runs.at(i);
        Member &m = m_members[i];
        m.started = true;
        m.runId = r.id;
        for (const Outcome &o : snapshot.outcomes.value(r.id)) {
            const int column = columnOfStep(o.stepIndex);
            if (column >= 0)
                m.outcomes[column] << o;
        }
        if (r.status != RunStatus::Running)
            m.status = r.status;
        m.ok = r.ok;
        m.failed = r.failed;
        m.timedOut = r.timedOut;
        m.cancelled = r.cancelled;
        m.skipped = r.skipped;
        m.error = r.error;
    }
    if (!runs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

std::optional<RunStatus> FleetMatrixModel::memberStatus(int member) const
{
    if (member < 0 || member >= m_members.size())
        return std::nullopt;
    return m_members.at(member).status;
}

QString FleetMatrixModel::summaryText() const
{
    QMap<int, int> byStatus; // RunStatus -> members
    int running = 0;
    int waiting = 0;
    for (const Member &m : m_members) {
        if (m.status)
            ++byStatus[int(*m.status)];
        else if (m.started)
            ++running;
        else
            ++waiting;
    }
    QStringList parts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        parts << tr("%1 %2").arg(it.value()).arg(runStatusTitle(RunStatus(it.key())).toLower());
    if (running > 0)
        parts << tr("%n running", nullptr, running);
    if (waiting > 0)
        parts << tr("%n waiting", nullptr, waiting);
    return tr("%n cluster(s): %1", nullptr, int(m_members.size())).arg(parts.join(u", "_s));
}

FleetMatrixModel::CellState FleetMatrixModel::cellState(int member, int column) const
{
    const int c = column - 1;
    if (member < 0 || member >= m_members.size() || c < 0 || c >= m_columns.size())
        return CellState::Waiting;
    const Member &m = m_members.at(member);
    const auto expectedAt = [&m](int i) { return i < m.info.expected.size() ? m.info.expected.at(i) : -1; };
    const auto laterHasOutcomes = [&m](int i) {
        for (int j = i + 1; j < m.outcomes.size(); ++j) {
            if (!m.outcomes.at(j).isEmpty())
                return true;
        }
        return false;
    };
    // Done with a step: all its operations reported, or a later step has begun.
    const auto complete = [&](int i) {
        const int expected = expectedAt(i);
        return m.status.has_value() || (expected >= 0 && m.outcomes.at(i).size() >= expected)
            || laterHasOutcomes(i);
    };
    if (!m.status) {
        if (!m.started)
            return CellState::Waiting;
        int current = 0;
        while (current < m_columns.size() && complete(current))
            ++current;
        if (c == current)
            return expectedAt(c) == 0 ? CellState::NoOperations : CellState::Running;
        if (c > current)
            return expectedAt(c) == 0 ? CellState::NoOperations : CellState::Waiting;
    }
    const QList<Outcome> &outcomes = m.outcomes.at(c);
    if (outcomes.isEmpty())
        return expectedAt(c) == 0 ? CellState::NoOperations : CellState::NotRun;
    return stateOf(countsOf(outcomes));
}

QString FleetMatrixModel::cellStateTitle(CellState state)
{
    switch (state) {
    case CellState::Waiting:
        return tr("Waiting");
    case CellState::Running:
        return tr("Running");
    case CellState::Ok:
        return tr("Ok");
    case CellState::Partial:
        return tr("Partly failed");
    case CellState::Failed:
        return tr("Failed");
    case CellState::TimedOut:
        return tr("Timed out");
    case CellState::Cancelled:
        return tr("Cancelled");
    case CellState::Skipped:
        return tr("Skipped");
    case CellState::NotRun:
        return tr("Not run");
    case CellState::NoOperations:
        return tr("Nothing to do");
    }
    return {};
}

QColor FleetMatrixModel::cellStateColour(CellState state)
{
    switch (state) {
    case CellState::Running:
        return HistoryRunsModel::statusColour(RunStatus::Running);
    case CellState::Ok:
        return HistoryRunsModel::statusColour(RunStatus::Ok);
    case CellState::Partial:
        return HistoryRunsModel::statusColour(RunStatus::Partial);
    case CellState::Failed:
    case CellState::TimedOut:
        return HistoryRunsModel::statusColour(RunStatus::Failed);
    case CellState::Cancelled:
    case CellState::NotRun:
        return HistoryRunsModel::statusColour(RunStatus::Cancelled);
    case CellState::Waiting:
    case CellState::Skipped:
    case CellState::NoOperations:
        return {};
    }
    return {};
}

QIcon FleetMatrixModel::cellStateIcon(CellState state)
{
    switch (state) {
    case CellState::Running:
        return QIcon(u":/icons/running.svg"_s);
    case CellState::Ok:
        return QIcon(u":/icons/ok.svg"_s);
    case CellState::Partial:
        return QIcon(u":/icons/warning.svg"_s);
    case CellState::Failed:
    case CellState::TimedOut:
        return QIcon(u":/icons/failed.svg"_s);
    case CellState::Cancelled:
    case CellState::NotRun:
        return QIcon(u":/icons/cancelled.svg"_s);
    case CellState::Waiting:
    case CellState::Skipped:
    case CellState::NoOperations:
        return {};
    }
    return {};
}

int FleetMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int FleetMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QString FleetMatrixModel::cellText(const Member &m, int column) const
{
    const int c = column - 1;
    const CellState state = cellState(int(&m - m_members.constData()), column);
    const Counts counts = countsOf(m.outcomes.at(c));
    const int expected = c < m.info.expected.size() ? m.info.expected.at(c) : -1;
    switch (state) {
    case CellState::Ok:
        return tr("%n ok", nullptr, counts.ok);
    case CellState::Running:
        return expected > 0 ? tr("Running %1/%2").arg(counts.total()).arg(expected)
                            : tr("Running %1").arg(counts.total());
    case CellState::Partial:
    case CellState::Failed:
    case CellState::TimedOut:
    case CellState::Cancelled:
        return tr("%1 %2/%3").arg(cellStateTitle(state)).arg(counts.bad()).arg(counts.total());
    default:
        return cellStateTitle(state);
    }
}

QString FleetMatrixModel::cellToolTip(const Member &m, int column) const
{
    const int c = column - 1;
    const StepColumn &step = m_columns.at(c);
    const CellState state = cellState(int(&m - m_members.constData()), column);
    QString tip = tr("%1 — %2").arg(m.info.profileName, step.title);
    if (!step.label.isEmpty())
        tip += tr(" (%1)").arg(step.label);
    tip += u"\n"_s + cellStateTitle(state);
    const QList<Outcome> &outcomes = m.outcomes.at(c);
    if (!outcomes.isEmpty()) {
        const Counts n = countsOf(outcomes);
        tip += u"\n"_s
            + tr("%1 ok, %2 failed, %3 timed out, %4 cancelled, %5 skipped, %6 not attempted")
                  .arg(n.ok)
                  .arg(n.failed)
                  .arg(n.timedOut)
                  .arg(n.cancelled)
                  .arg(n.skipped)
                  .arg(n.notAttempted);
    }
    int shown = 0;
    int more = 0;
    for (const Outcome &o : outcomes) {
        if (o.status == OutcomeStatus::Ok)
            continue;
        if (shown == TooltipMessages) {
            ++more;
            continue;
        }
        ++shown;
        const QString message = o.error.isError() ? o.error.message() : o.error.detail();
        tip += u"\n• "_s + tr("%1: %2").arg(o.target, outcomeStatusTitle(o.status));
        if (!message.isEmpty())
            tip += u" — "_s + message;
    }
    if (more > 0)
        tip += u"\n"_s + tr("… and %n more", nullptr, more);
    if (state == CellState::NotRun && outcomes.isEmpty() && !m.error.isEmpty())
        tip += u"\n"_s + tr("The run on this cluster: %1").arg(m.error);
    return tip;
}

QVariant FleetMatrixModel::stepData(const Member &m, int column, int role) const
{
    const int member = int(&m - m_members.constData());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(m, column);
    case Qt::ToolTipRole:
        return cellToolTip(m, column);
    case Qt::DecorationRole:
        return cellStateIcon(cellState(member, column));
    case Qt::BackgroundRole: {
        QColor colour = cellStateColour(cellState(member, column));
        if (!colour.isValid())
            return {};
        colour.setAlpha(56); // a tint: the text stays readable on light and dark palettes
        return colour;
    }
    case CellStateRole:
        return int(cellState(member, column));
    case OutcomeCountRole:
        return int(m.outcomes.at(column - 1).size());
    default:
        return {};
    }
}

QVariant FleetMatrixModel::resultData(const Member &m, int role) const
{
    int expected = 0;
    int done = 0;
    bool known = !m.info.expected.isEmpty();
    for (int i = 0; i < m.outcomes.size(); ++i) {
        done += int(m.outcomes.at(i).size());
        if (known)
            expected += i < m.info.expected.size() ? qMax(0, m.info.expected.at(i)) : 0;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (m.status && done == 0 && !m.error.isEmpty()) // could not connect or was refused: nothing sent
            return tr("%1: nothing sent").arg(runStatusTitle(*m.status));
        if (m.status)
            return tr("%1: %2 ok, %3 failed")
                .arg(runStatusTitle(*m.status))
                .arg(m.ok)
                .arg(m.failed + m.timedOut + m.cancelled);
        if (!m.started)
            return cellStateTitle(CellState::Waiting);
        return known ? tr("Running %1/%2").arg(done).arg(expected) : tr("Running %1").arg(done);
    case Qt::ToolTipRole: {
        QString tip = tr("%1 (%2)").arg(m.info.profileName, m.info.server);
        if (m.runId != 0)
            tip += u"\n"_s + tr("Run %1 in History").arg(m.runId);
        if (m.status)
            tip += u"\n"_s
                + tr("%1: %2 ok, %3 failed, %4 timed out, %5 cancelled, %6 skipped")
                      .arg(runStatusTitle(*m.status))
                      .arg(m.ok)
                      .arg(m.failed)
                      .arg(m.timedOut)
                      .arg(m.cancelled)
                      .arg(m.skipped);
        if (!m.error.isEmpty())
            tip += u"\n"_s + tr("First error: %1").arg(m.error);
        return tip;
    }
    case Qt::DecorationRole:
        if (m.status)
            return HistoryRunsModel::statusIcon(*m.status);
        return m.started ? cellStateIcon(CellState::Running) : QIcon();
    case Qt::BackgroundRole: {
        if (!m.status && !m.started)
            return {};
        QColor colour = HistoryRunsModel::statusColour(m.status.value_or(RunStatus::Running));
        colour.setAlpha(56);
        return colour;
    }
    case Qt::FontRole:
        if (m.status) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case CellStateRole:
        return m.status ? int(*m.status) : -1;
    case OutcomeCountRole:
        return done;
    default:
        return {};
    }
}

QVariant FleetMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(index.row());
    switch (role) {
    case RunIdRole:
        return m.runId;
    case ProfileIdRole:
        return m.info.profileId;
    default:
        break;
    }
    return index.column() == ResultColumn ? resultData(m, role) : stepData(m, index.column(), role);
}

QVariant FleetMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (section == ResultColumn) {
            if (role == Qt::DisplayRole)
                return tr("Result");
            if (role == Qt::ToolTipRole)
                return tr("The run on each cluster: its status and how many operations ended ok");
            return {};
        }
        const StepColumn &step = m_columns.at(section - 1);
        if (role == Qt::DisplayRole)
            return step.title;
        if (role == Qt::ToolTipRole)
            return step.label.isEmpty() ? step.title : tr("%1 (%2)").arg(step.title, step.label);
        return {};
    }
    if (section < 0 || section >= m_members.size())
        return {};
    const Member &m = m_members.at(section);
    if (role == Qt::DisplayRole)
        return m.info.profileName;
    if (role == Qt::ToolTipRole)
        return m.info.server.isEmpty() ? m.info.profileName
                                       : tr("%1 (%2)").arg(m.info.profileName, m.info.server);
    return {};
}

} // namespace moctl
