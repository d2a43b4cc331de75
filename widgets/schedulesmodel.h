#pragma once

#include "history/historytypes.h"
#include "runner/runtypes.h"
#include "schedule/schedule.h"

#include <functional>
#include <optional>
#include <QAbstractTableModel>
#include <QDateTime>

namespace moctl {

// One plan in the Schedules overview.
struct ScheduleRow
{
    QString planId;
    QString planName;
    QString profileName; // filled from setProfileNames() (by profileId); empty when unknown
    Schedule schedule;
    QDateTime lastRun; // started, from history; invalid when never run
    std::optional<RunStatus> lastStatus; // from history
    QString profileId; // the plan's profile; empty when it has none (it runs on the current profile)
};

// The Schedules overview: plan, profile, schedule sentence, next run, last run, its status, enabled
// (checkable: toggling asks the owner to save through enabledToggled()).
class SchedulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulesModel)

public:
    enum Column {
        PlanColumn,
        ProfileColumn,
        ScheduleColumn,
        NextRunColumn,
        LastRunColumn,
        LastStatusColumn,
        EnabledColumn,
        ColumnCount
    };
    enum Role { PlanIdRole = Qt::UserRole, SortRole };
    using NextRunFunction = std::function<QDateTime(const ScheduleRow &row)>;

    explicit SchedulesModel(QObject *parent = nullptr);

    void setRows(const QList<ScheduleRow> &rows);
    QList<ScheduleRow> rows() const { return m_rows; }
    const ScheduleRow *rowFor(const QString &planId) const;
    int rowOf(const QString &planId) const;
    // Updates one plan's last run (a run just ended).
    void setLastRun(const QString &planId, const QDateTime &started, RunStatus status);
    // The latest runs read from history (plan id -> run): a row takes the run when it is not older than
    // the one it shows. Rows kept across setRows() keep what they had.
    void setLastRuns(const QHash<QString, RunRecord> &runs);
    // Profile names by profile id (the profile store): the Profile column shows the plan's profile by
    // name, "(current profile)" when the plan has none, "(missing profile)" when it names one that is gone.
    void setProfileNames(const QHash<QString, QString> &namesById);
    void setSchedule(const QString &planId, const Schedule &schedule);
    // Where next runs come from (the scheduler, which knows what already ran); default nextRuns() from now.
    void setNextRunFunction(NextRunFunction function);
    // Next runs moved on (time passed, a run fired).
    void refreshNextRuns();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void enabledToggled(const QString &planId, bool enabled);

private:
    QDateTime nextRun(const ScheduleRow &row) const;
    void fillProfileName(ScheduleRow &row) const;

    QList<ScheduleRow> m_rows;
    QHash<QString, QString> m_profileNames;
    NextRunFunction m_nextRun;
};

} // namespace moctl
