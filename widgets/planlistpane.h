#pragma once

#include "plan/maintenanceplan.h"
#include "plan/planstore.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace moctl {

class PlanModel;

// The Plans page's saved plans: the list (broken files listed as such), New (empty or from a
// template), Duplicate, Delete, Import, Export. It asks; the page does (and asks about unsaved edits).
class PlanListPane final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanListPane(PlanModel *model, QWidget *parent = nullptr);

    // Lists the store's plans (loaded), the model's plan selected.
    void setPlans(const PlanStore &store);
    void clearSelection();

Q_SIGNALS:
    void openRequested(const QUuid &id);
    void newRequested(moctl::PlanTemplate which); // Count: an empty plan
    void duplicateRequested();
    void deleteRequested();
    void importRequested();
    void exportRequested();

private:
    // The buttons and the open plan's mark (italic while modified) follow the model.
    void refresh();

    PlanModel *m_model;
    QListWidget *m_list = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace moctl
