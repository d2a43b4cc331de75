#include "planstepslist.h"

#include "planmodel.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

constexpr int StepIndexRole = Qt::UserRole;

QIcon stepIcon(StepKind kind)
{
    if (!kind)
        return QIcon(u":/icons/schedule.svg"_s);
    switch (*kind) {
    case OperationKind::Flush:
        return QIcon(u":/icons/flush.svg"_s);
    case OperationKind::Checkpoint:
        return QIcon(u":/icons/checkpoint.svg"_s);
    case OperationKind::GlobalCheckpoint:
        return QIcon(u":/icons/global-checkpoint.svg"_s);
    }
    return {};
}

QString stepSummary(const PlanStep &s)
{
    if (s.isWait())
        return PlanTexts::tr("%n second(s)", nullptr, s.waitSeconds);
    switch (*s.kind) {
    case OperationKind::Flush: {
        QStringList parts;
        for (const TableRef &t : s.targets.tables)
            parts << t.display();
        parts << s.targets.patterns;
        return parts.isEmpty() ? PlanTexts::tr("no tables yet") : parts.join(u", "_s);
    }
    case OperationKind::Checkpoint:
    case OperationKind::GlobalCheckpoint:
        return s.duration.isEmpty() ? PlanTexts::tr("server default timeout") : s.duration;
    }
    return {};
}

} // namespace

PlanStepsList::PlanStepsList(PlanModel *model, QWidget *parent)
    : QGroupBox(PlanTexts::tr("Steps"), parent)
    , m_model(model)
{
    auto *stepsLayout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"stepList"_s);
    m_list->setAccessibleName(PlanTexts::tr("Steps of the plan"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(PlanTexts::tr("Drag to reorder, or Ctrl+Up / Ctrl+Down"));
    m_list->setMinimumHeight(100);
    stepsLayout->addWidget(m_list);
    // Two rows (editing the steps; undo and redo) so the editor pane stays narrow on a small screen.
    auto *stepButtons = new QGridLayout;
    m_addButton = new QToolButton(this);
    m_addButton->setText(PlanTexts::tr("Add step"));
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_addButton);
    for (const StepKind &k : stepKinds())
        addMenu->addAction(stepIcon(k), stepKindTitle(k), this, [this, k] { m_model->addStep(k); });
    m_addButton->setMenu(addMenu);
    m_removeButton = new QPushButton(PlanTexts::tr("Remove"), this);
    m_upButton = new QPushButton(PlanTexts::tr("Up"), this);
    m_upButton->setToolTip(PlanTexts::tr("Move the step up (Ctrl+Up)"));
    m_downButton = new QPushButton(PlanTexts::tr("Down"), this);
    m_downButton->setToolTip(PlanTexts::tr("Move the step down (Ctrl+Down)"));
    // Buttons with fixed labels (the command's text goes to the tooltip); the page's actions give the
    // shortcuts.
    QUndoStack *undo = m_model->undoStack();
    auto *undoButton = new QPushButton(PlanTexts::tr("Undo"), this);
    auto *redoButton = new QPushButton(PlanTexts::tr("Redo"), this);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(undoButton, &QPushButton::clicked, undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, undoButton, [undoButton](const QString &text) {
        undoButton->setToolTip(PlanTexts::tr("Undo %1 (Ctrl+Z)").arg(text));
    });
    connect(undo, &QUndoStack::redoTextChanged, redoButton,
        [redoButton](const QString &text) { redoButton->setToolTip(PlanTexts::tr("Redo %1").arg(text)); });
    stepButtons->addWidget(m_addButton, 0, 0);
    stepButtons->addWidget(m_removeButton, 0, 1);
    stepButtons->addWidget(m_upButton, 0, 2);
    stepButtons->addWidget(m_downButton, 0, 3);
    stepButtons->addWidget(undoButton, 1, 2);
    stepButtons->addWidget(redoButton, 1, 3);
    stepsLayout->addLayout(stepButtons);

    const auto current = [this] { return m_model->currentStep(); };
    connect(m_removeButton, &QPushButton::clicked, this, [this, current] { m_model->removeStep(current()); });
    connect(m_upButton, &QPushButton::clicked, this,
        [this, current] { m_model->moveStep(current(), current() - 1); });
    connect(m_downButton, &QPushButton::clicked, this,
        [this, current] { m_model->moveStep(current(), current() + 1); });
    auto *upShortcut
        = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(upShortcut, &QShortcut::activated, this,
        [this, current] { m_model->moveStep(current(), current() - 1); });
    auto *downShortcut
        = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(downShortcut, &QShortcut::activated, this,
        [this, current] { m_model->moveStep(current(), current() + 1); });
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, [this, current] { m_model->removeStep(current()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_refreshing)
            m_model->setCurrentStep(row);
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing)
            return;
        const int index = item->data(StepIndexRole).toInt();
        const QList<PlanStep> &steps = m_model->plan().steps;
        if (index >= 0 && index < steps.size()
            && steps.at(index).enabled != (item->checkState() == Qt::Checked))
            m_model->setStepEnabled(index, item->checkState() == Qt::Checked);
    });
    // A drop reorders the list's rows; turn the new order into an edit once the drop is over.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &PlanStepsList::onRowsMoved,
        Qt::QueuedConnection);

    connect(m_model, &PlanModel::planChanged, this, &PlanStepsList::refresh);
    connect(m_model, &PlanModel::currentStepChanged, this, [this](int index) {
        if (m_list->currentRow() != index) {
            m_refreshing = true;
            m_list->setCurrentRow(index);
            m_refreshing = false;
        }
        updateButtons();
    });
    refresh();
}

void PlanStepsList::refresh()
{
    const QList<PlanStep> &steps = m_model->plan().steps;
    const int currentStep = m_model->currentStep();
    m_refreshing = true;
    m_list->clear();
    for (int i = 0; i < steps.size(); ++i) {
        const PlanStep &s = steps.at(i);
        auto *item = new QListWidgetItem(
            stepIcon(s.kind), u"%1. %2 — %3"_s.arg(i + 1).arg(s.title(), stepSummary(s)));
        item->setData(StepIndexRole, i);
        item->setFlags(
            Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(s.enabled ? Qt::Checked : Qt::Unchecked);
        if (!s.enabled)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_list->addItem(item);
    }
    m_list->setCurrentRow(currentStep);
    m_refreshing = false;
    updateButtons();
}

void PlanStepsList::updateButtons()
{
    const int currentStep = m_model->currentStep();
    m_removeButton->setEnabled(currentStep >= 0);
    m_upButton->setEnabled(currentStep > 0);
    m_downButton->setEnabled(currentStep >= 0 && currentStep + 1 < m_model->plan().steps.size());
}

void PlanStepsList::onRowsMoved()
{
    if (m_refreshing || !m_model->hasPlan())
        return;
    QList<int> order;
    int selected = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        const int index = m_list->item(row)->data(StepIndexRole).toInt();
        if (index < 0 || index >= m_model->plan().steps.size())
            return refresh();
        order << index;
        if (index == m_model->currentStep())
            selected = row;
    }
    if (order.size() != m_model->plan().steps.size())
        return refresh();
    m_model->reorderSteps(order, selected);
}

} // namespace moctl
