#pragma once

#include "schedule/schedulehost.h"
#include "schedulesmodel.h"

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
    explicit SchedulesPage(Scheduler *scheduler, QWidget *parent = nullptr);

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

Q_SIGNALS:
    void scheduleEdited(const QString &planId, const moctl::Schedule &schedule);
    void enabledToggled(const QString &planId, bool enabled);

private:
    void updateStatus();

    Scheduler *m_scheduler;
    SchedulesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_edit;
    QAction *m_pause;
    QLabel *m_status;
    QListWidget *m_decisions;
};

} // namespace moctl
