#include "planlistpane.h"

#include "planmodel.h"

#include <QAction>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
constexpr int PlanIdRole = Qt::UserRole + 1;
}

PlanListPane::PlanListPane(PlanModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *listLayout = new QVBoxLayout(this);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"planList"_s);
    m_list->setAccessibleName(PlanTexts::tr("Saved plans"));
    listLayout->addWidget(new QLabel(PlanTexts::tr("Plans"), this));
    listLayout->addWidget(m_list);
    // Two buttons a row: the pane stays narrow, the plan editor and the preview get the width.
    auto *listButtons = new QGridLayout;
    auto *newButton = new QToolButton(this);
    newButton->setText(PlanTexts::tr("New"));
    newButton->setIcon(QIcon(u":/icons/new.svg"_s));
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newButton->setPopupMode(QToolButton::InstantPopup);
    auto *newMenu = new QMenu(newButton);
    newMenu->addAction(
        PlanTexts::tr("Empty plan"), this, [this] { Q_EMIT newRequested(PlanTemplate::Count); });
    newMenu->addSeparator();
    for (int t = 0; t < int(PlanTemplate::Count); ++t) {
        const auto which = PlanTemplate(t);
        QAction *a
            = newMenu->addAction(templateTitle(which), this, [this, which] { Q_EMIT newRequested(which); });
        a->setToolTip(templateDescription(which));
    }
    newButton->setMenu(newMenu);
    m_duplicateButton = new QPushButton(PlanTexts::tr("Duplicate"), this);
    m_deleteButton = new QPushButton(QIcon(u":/icons/delete.svg"_s), PlanTexts::tr("Delete"), this);
    auto *importButton = new QPushButton(QIcon(u":/icons/import.svg"_s), PlanTexts::tr("Import…"), this);
    auto *exportButton = new QPushButton(QIcon(u":/icons/export.svg"_s), PlanTexts::tr("Export…"), this);
    newButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    listButtons->addWidget(newButton, 0, 0);
    listButtons->addWidget(m_duplicateButton, 0, 1);
    listButtons->addWidget(m_deleteButton, 1, 0);
    listButtons->addWidget(importButton, 1, 1);
    listButtons->addWidget(exportButton, 2, 0);
    listLayout->addLayout(listButtons);
    connect(m_duplicateButton, &QPushButton::clicked, this, &PlanListPane::duplicateRequested);
    connect(m_deleteButton, &QPushButton::clicked, this, &PlanListPane::deleteRequested);
    connect(importButton, &QPushButton::clicked, this, &PlanListPane::importRequested);
    connect(exportButton, &QPushButton::clicked, this, &PlanListPane::exportRequested);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QUuid id = item->data(PlanIdRole).toUuid();
        if (!id.isNull())
            Q_EMIT openRequested(id);
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QUuid id = item->data(PlanIdRole).toUuid();
        if (!id.isNull() && (!m_model->hasPlan() || id != m_model->plan().id))
            Q_EMIT openRequested(id);
    });
    connect(m_model, &PlanModel::planChanged, this, &PlanListPane::refresh);
    connect(m_model, &PlanModel::modifiedChanged, this, &PlanListPane::refresh);
    refresh();
}

void PlanListPane::setPlans(const PlanStore &store)
{
    m_list->clear();
    for (const MaintenancePlan &p : store.plans()) {
        auto *item = new QListWidgetItem(QIcon(u":/icons/plan.svg"_s), p.name, m_list);
        item->setData(PlanIdRole, p.id);
        item->setToolTip(p.description);
        if (m_model->hasPlan() && p.id == m_model->plan().id)
            m_list->setCurrentItem(item);
    }
    for (const PlanStore::Entry &e : store.broken()) {
        if (e.plan && e.problem == PlanStore::Problem::UnknownProfile)
            continue; // listed above; validation explains it
        auto *item = new QListWidgetItem(QIcon(u":/icons/warning.svg"_s),
            PlanTexts::tr("%1 (cannot be used)").arg(QFileInfo(e.path).fileName()), m_list);
        item->setToolTip(e.error);
        item->setFlags(Qt::ItemIsEnabled);
    }
    refresh();
}

void PlanListPane::refresh()
{
    m_duplicateButton->setEnabled(m_model->hasPlan() && !m_model->isNew());
    m_deleteButton->setEnabled(m_model->hasPlan() && !m_model->isNew());
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (m_model->hasPlan() && item->data(PlanIdRole).toUuid() == m_model->plan().id) {
            QFont f = item->font();
            f.setItalic(m_model->isModified());
            item->setFont(f);
        }
    }
}

void PlanListPane::clearSelection()
{
    m_list->clearSelection();
}

} // namespace moctl
