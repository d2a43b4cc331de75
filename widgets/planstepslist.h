#pragma once

#include <QGroupBox>

class QListWidget;
class QPushButton;
class QToolButton;

namespace moctl {

class PlanModel;

// The Plans page's ordered steps: a checkable list (drag, Ctrl+Up / Ctrl+Down, Delete), Add / Remove /
// Up / Down, Undo / Redo. It shows the plan model and edits it; the selected row is the model's
// current step.
class PlanStepsList final : public QGroupBox
{
    Q_OBJECT

public:
    explicit PlanStepsList(PlanModel *model, QWidget *parent = nullptr);

private:
    void refresh();
    void updateButtons();
    void onRowsMoved();

    PlanModel *m_model;
    bool m_refreshing = false;
    QListWidget *m_list = nullptr;
    QToolButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
};

} // namespace moctl
