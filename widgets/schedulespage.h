#pragma once

#include "schedule/schedulehost.h"
#include "schedulesmodel.h"

#include <functional>
#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace moctl {

class Scheduler;

// The Schedules page: every plan with its schedule, next run, last run and its status, an enabled
// toggle; Edit schedule (ScheduleEditor in a dialog), Pause all schedules, and the scheduler's recent
// decisions. Saving is the owner's: it listens to scheduleEdited() and enabledToggled().
class SchedulesPage final : public QWidget
{
    Q_OBJECT

public:
    // Reads the latest run of every plan (HistoryStore::lastRunPerPlan()); called on a worker thread.
    using LastRunsLoader = std::function<QHash<QString, RunRecord>()>;
    // Saves an edited schedule from the dialog's Save, before the dialog closes (the owner's
    // saveSchedule). Without one, the page emits scheduleEdited() after the dialog closed.
    using ScheduleSaver
        = std::function<bool(const QString &planId, const Schedule &schedule, QString *error)>;
    void setScheduleSaver(ScheduleSaver saver) { m_scheduleSaver = std::move(saver); }

    explicit SchedulesPage(Scheduler *scheduler, QWidget *parent = nullptr);
    ~SchedulesPage() override; // waits for a history read still going

    // Where last runs come from; reloadLastRuns() uses it in the background.
    void setLastRunsLoader(LastRunsLoader loader);

    SchedulesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *pauseAction() const { return m_pause; }
    QListWidget *decisionsList() const { return m_decisions; }
    QString selectedPlanId() const;
    void selectPlan(const QString &planId);

public Q_SLOTS:
    void refresh();
    // Opens the schedule editor for the selected plan.
    void editSelected();
    void addDecision(const moctl::ScheduleDecision &decision);
    // Reads the last runs from history in the background (at start, after a run, on refresh); the
    // model takes them when the read ends. A reload asked while one is going runs after it.
    void reloadLastRuns();

Q_SIGNALS:
    void scheduleEdited(const QString &planId, const moctl::Schedule &schedule);
    void enabledToggled(const QString &planId, bool enabled);
    void lastRunsLoaded();

private:
    void updateStatus();

    Scheduler *m_scheduler;
    ScheduleSaver m_scheduleSaver;
    SchedulesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_edit;
    QAction *m_pause;
    QLabel *m_status;
    QListWidget *m_decisions;
    LastRunsLoader m_lastRunsLoader;
    QFutureWatcher<QHash<QString, RunRecord>> m_lastRunsWatcher;
    bool m_reloadAgain = false;
};

} // namespace moctl
