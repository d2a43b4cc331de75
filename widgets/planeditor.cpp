#include "planeditor.h"

#include "scheduleeditor.h"
#include "tableselectordialog.h"
#include "tableselectorwidget.h"

#include "moctl/identifier.h"
#include "connection/connectionfactory.h"
#include "runner/runner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QSignalBlocker>
#include <QUuid>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

enum Field { FieldName = 1, FieldDescription, FieldProfile, FieldNotes, FieldLabel, FieldDuration, FieldParallelism,
             FieldTimeout, FieldRetries, FieldWait };

constexpr int StepIndexRole = Qt::UserRole;
constexpr int PlanIdRole = Qt::UserRole + 1;
constexpr int TargetIsPatternRole = Qt::UserRole + 2;
constexpr int TargetIndexRole = Qt::UserRole + 3;

QIcon stepIcon(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::Flush: return QIcon(u":/icons/flush.svg"_s);
    case PlanStep::Kind::Checkpoint: return QIcon(u":/icons/checkpoint.svg"_s);
    case PlanStep::Kind::GlobalCheckpoint: return QIcon(u":/icons/global-checkpoint.svg"_s);
    case PlanStep::Kind::Wait: return QIcon(u":/icons/schedule.svg"_s);
    }
    return {};
}

QString stepSummary(const PlanStep &s)
{
    switch (s.kind) {
    case PlanStep::Kind::Flush: {
        QStringList parts;
        for (const TableRef &t : s.targets.tables)
            parts << t.display();
        parts << s.targets.patterns;
        return parts.isEmpty() ? PlanEditor::tr("no tables yet") : parts.join(u", "_s);
    }
    case PlanStep::Kind::Checkpoint:
    case PlanStep::Kind::GlobalCheckpoint:
        return s.duration.isEmpty() ? PlanEditor::tr("server default timeout") : s.duration;
    case PlanStep::Kind::Wait: return PlanEditor::tr("%n second(s)", nullptr, s.waitSeconds);
    }
    return {};
}

} // namespace

// One edit of the plan: the plan (and selected step) before and after. Typing in one field of one
// step merges into one command.
class PlanEditCommand final : public QUndoCommand
{
public:
    PlanEditCommand(PlanEditor *editor, MaintenancePlan before, int stepBefore, MaintenancePlan after, int stepAfter,
                    const QString &text, int mergeKey)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_stepBefore(stepBefore)
        , m_stepAfter(stepAfter)
        , m_mergeKey(mergeKey)
    {
    }
    void redo() override { m_editor->applyState(m_after, m_stepAfter); }
    void undo() override { m_editor->applyState(m_before, m_stepBefore); }
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const PlanEditCommand *>(other);
        m_after = o->m_after;
        m_stepAfter = o->m_stepAfter;
        return true;
    }

private:
    PlanEditor *m_editor;
    MaintenancePlan m_before;
    MaintenancePlan m_after;
    int m_stepBefore;
    int m_stepAfter;
    int m_mergeKey;
};

PlanEditor::PlanEditor(const QString &plansDirectory, QWidget *parent)
    : QWidget(parent)
    , m_store(plansDirectory)
    , m_runner(new Runner(this))
    , m_undo(new QUndoStack(this))
{
    m_discardQuestion = [this](const QString &name) {
        return QMessageBox::question(this, tr("Unsaved plan"),
                                     tr("The plan \"%1\" has unsaved changes. Save them?").arg(name),
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    buildUi();
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { refreshPlanFields(); });
    connect(&m_preflightWatcher, &QFutureWatcher<PreflightReport>::finished, this, [this] {
        const PreflightReport report = m_preflightWatcher.result();
        m_resolution = report.resolution;
        m_resolutionKnown = report.connected() && !report.serverTables.isEmpty();
        if (report.connected() && !report.serverTables.isEmpty())
            m_knownTables = report.serverTables;
        for (const PreflightReport::Item &item : report.items) {
            const QString where = item.stepIndex < 0 ? QString() : tr("Step %1: ").arg(item.stepIndex + 1);
            const QString level = item.severity == PreflightReport::Severity::Error     ? tr("error")
                                  : item.severity == PreflightReport::Severity::Warning ? tr("warning")
                                                                                        : tr("info");
            appendLog(u"[%1] %2%3"_s.arg(level, where, item.message));
        }
        refreshPreviewAndIssues();
        m_preflightButton->setEnabled(true);
        const bool runNext = m_runAfterPreflight;
        m_runAfterPreflight = false;
        Q_EMIT preflightFinished();
        if (runNext) {
            if (report.hasErrors()) {
                appendLog(tr("The plan was not run: the preflight found errors."));
                m_runButton->setEnabled(true);
                Q_EMIT runProgressChanged(false, 0, {});
                return;
            }
            startRun(m_pendingSettings, report.resolution);
        }
    });
    connect(m_runner, &Runner::operationFinished, this, [this](const Outcome &o) {
        QString line = u"%1  %2  %3  %4 ms"_s.arg(outcomeStatusTitle(o.status), operationTitle(o.operation.kind),
                                                  o.target)
                           .arg(o.durationMs);
        if (o.error.isError() || !o.error.detail().isEmpty())
            line += u"  "_s + (o.error.isError() ? o.error.message() : o.error.detail());
        appendLog(line);
    });
    connect(m_runner, &Runner::progressChanged, this, [this](int percent) {
        m_progress->setValue(percent);
        Q_EMIT runProgressChanged(true, percent, tr("Running plan %1").arg(m_plan.name));
    });
    connect(m_runner, &Runner::finished, this, [this](const RunSummary &summary) {
        appendLog(tr("Run finished: %1 — %2 ok, %3 failed, %4 timed out, %5 cancelled, %6 skipped.")
                      .arg(runStatusTitle(summary.status))
                      .arg(summary.ok)
                      .arg(summary.failed)
                      .arg(summary.timedOut)
                      .arg(summary.cancelled)
                      .arg(summary.skipped));
        m_runButton->setEnabled(m_hasPlan);
        m_cancelButton->setEnabled(false);
        m_progress->setValue(100);
        Q_EMIT runProgressChanged(false, 100, runStatusTitle(summary.status));
        Q_EMIT runFinished(summary);
    });
    reloadList();
    applyState(m_plan, -1);
}

PlanEditor::~PlanEditor()
{
    // The undo stack emits cleanChanged() while it is cleared on destruction; the widgets are gone by then.
    m_undo->disconnect(this);
    delete m_undo;
    m_undo = nullptr;
    m_preflightWatcher.cancel();
    m_preflightWatcher.waitForFinished();
}

void PlanEditor::buildUi()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    // Plans
    auto *listPane = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    m_planList = new QListWidget(listPane);
    m_planList->setObjectName(u"planList"_s);
    m_planList->setAccessibleName(tr("Saved plans"));
    listLayout->addWidget(new QLabel(tr("Plans"), listPane));
    listLayout->addWidget(m_planList);
    auto *listButtons = new QHBoxLayout;
    m_newButton = new QToolButton(listPane);
    m_newButton->setText(tr("New"));
    m_newButton->setIcon(QIcon(u":/icons/new.svg"_s));
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newButton->setPopupMode(QToolButton::InstantPopup);
    auto *newMenu = new QMenu(m_newButton);
    newMenu->addAction(tr("Empty plan"), this, [this] { newFromTemplate(PlanTemplate::Count); });
    newMenu->addSeparator();
    for (int t = 0; t < int(PlanTemplate::Count); ++t) {
        const auto which = PlanTemplate(t);
        QAction *a = newMenu->addAction(templateTitle(which), this, [this, which] { newFromTemplate(which); });
        a->setToolTip(templateDescription(which));
    }
    m_newButton->setMenu(newMenu);
    m_duplicateButton = new QPushButton(tr("Duplicate"), listPane);
    m_deleteButton = new QPushButton(QIcon(u":/icons/delete.svg"_s), tr("Delete"), listPane);
    auto *importButton = new QPushButton(QIcon(u":/icons/import.svg"_s), tr("Import…"), listPane);
    auto *exportButton = new QPushButton(QIcon(u":/icons/export.svg"_s), tr("Export…"), listPane);
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_deleteButton);
    listLayout->addLayout(listButtons);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(importButton);
    fileButtons->addWidget(exportButton);
    listLayout->addLayout(fileButtons);
    connect(m_duplicateButton, &QPushButton::clicked, this, &PlanEditor::duplicatePlan);
    connect(m_deleteButton, &QPushButton::clicked, this, &PlanEditor::deletePlan);
    connect(importButton, &QPushButton::clicked, this, &PlanEditor::importPlan);
    connect(exportButton, &QPushButton::clicked, this, &PlanEditor::exportPlan);
    connect(m_planList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QUuid id = item->data(PlanIdRole).toUuid();
        if (!id.isNull())
            openPlan(id);
    });
    connect(m_planList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QUuid id = item->data(PlanIdRole).toUuid();
        if (!id.isNull() && (!m_hasPlan || id != m_plan.id))
            openPlan(id);
    });

    // The plan being edited
    m_editorPane = new QWidget(splitter);
    auto *editLayout = new QVBoxLayout(m_editorPane);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(m_editorPane);
    m_name->setObjectName(u"planName"_s);
    m_description = new QLineEdit(m_editorPane);
    m_profile = new QComboBox(m_editorPane);
    m_profile->setObjectName(u"planProfile"_s);
    m_profile->setAccessibleName(tr("Profile the plan runs on"));
    m_profile->setToolTip(tr("The profile the plan runs on, also on a schedule. None: the profile that is "
                             "current when you run it here."));
    m_policy = new QComboBox(m_editorPane);
    for (auto p : {FailurePolicy::Stop, FailurePolicy::Continue, FailurePolicy::SkipCheckpoints})
        m_policy->addItem(failurePolicyTitle(p), int(p));
    m_notes = new QPlainTextEdit(m_editorPane);
    m_notes->setMaximumHeight(48);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("On &failure:"), m_policy);
    form->addRow(tr("N&otes:"), m_notes);
    // The schedule: its sentence, and the schedule editor in a dialog.
    auto *scheduleRow = new QHBoxLayout;
    m_scheduleSentence = new QLabel(m_editorPane);
    m_scheduleSentence->setObjectName(u"scheduleSentence"_s);
    m_scheduleSentence->setWordWrap(true);
    m_scheduleSentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scheduleButton = new QPushButton(QIcon(u":/icons/schedule.svg"_s), tr("S&chedule…"), m_editorPane);
    m_scheduleButton->setObjectName(u"editScheduleButton"_s);
    m_scheduleButton->setToolTip(tr("When the plan runs by itself; saved with the plan"));
    scheduleRow->addWidget(m_scheduleSentence, 1);
    scheduleRow->addWidget(m_scheduleButton);
    auto *scheduleLabel = new QLabel(tr("Schedule:"), m_editorPane);
    scheduleLabel->setBuddy(m_scheduleButton);
    form->addRow(scheduleLabel, scheduleRow);
    connect(m_scheduleButton, &QPushButton::clicked, this, &PlanEditor::editSchedule);
    editLayout->addLayout(form);
    const auto planEdit = [this](const std::function<void(MaintenancePlan &)> &change, const QString &text, int field) {
        if (m_refreshing || !m_hasPlan)
            return;
        MaintenancePlan p = m_plan;
        change(p);
        if (!(p == m_plan))
            editPlan(p, text, field * 1000);
    };
    connect(m_name, &QLineEdit::textEdited, this,
            [planEdit](const QString &t) { planEdit([&t](MaintenancePlan &p) { p.name = t; }, tr("Rename plan"), FieldName); });
    connect(m_description, &QLineEdit::textEdited, this, [planEdit](const QString &t) {
        planEdit([&t](MaintenancePlan &p) { p.description = t; }, tr("Edit description"), FieldDescription);
    });
    connect(m_profile, &QComboBox::activated, this, [this, planEdit](int index) {
        const QString id = m_profile->itemData(index).toString();
        planEdit([&id](MaintenancePlan &p) { p.profileId = id; }, tr("Change profile"), FieldProfile);
    });
    connect(m_policy, &QComboBox::activated, this, [this, planEdit](int index) {
        const auto policy = FailurePolicy(m_policy->itemData(index).toInt());
        planEdit([policy](MaintenancePlan &p) { p.policy = policy; }, tr("Change failure policy"), -1);
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this, planEdit] {
        const QString t = m_notes->toPlainText();
        planEdit([&t](MaintenancePlan &p) { p.notes = t; }, tr("Edit notes"), FieldNotes);
    });

    // Steps
    auto *stepsBox = new QGroupBox(tr("Steps"), m_editorPane);
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    m_stepList = new QListWidget(stepsBox);
    m_stepList->setObjectName(u"stepList"_s);
    m_stepList->setDragDropMode(QAbstractItemView::InternalMove);
    m_stepList->setDefaultDropAction(Qt::MoveAction);
    m_stepList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepList->setToolTip(tr("Drag to reorder, or Ctrl+Up / Ctrl+Down"));
    m_stepList->setMinimumHeight(130);
    stepsLayout->addWidget(m_stepList);
    auto *stepButtons = new QHBoxLayout;
    m_addStepButton = new QToolButton(stepsBox);
    m_addStepButton->setText(tr("Add step"));
    m_addStepButton->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_addStepButton);
    for (auto k : {PlanStep::Kind::Flush, PlanStep::Kind::Checkpoint, PlanStep::Kind::GlobalCheckpoint,
                   PlanStep::Kind::Wait})
        addMenu->addAction(stepIcon(k), stepKindTitle(k), this, [this, k] { addStep(k); });
    m_addStepButton->setMenu(addMenu);
    m_removeStepButton = new QPushButton(tr("Remove"), stepsBox);
    m_upButton = new QPushButton(tr("Up"), stepsBox);
    m_upButton->setToolTip(tr("Move the step up (Ctrl+Up)"));
    m_downButton = new QPushButton(tr("Down"), stepsBox);
    m_downButton->setToolTip(tr("Move the step down (Ctrl+Down)"));
    // Buttons with fixed labels (the command's text goes to the tooltip); the actions give the shortcuts.
    auto *undoButton = new QPushButton(tr("Undo"), stepsBox);
    auto *redoButton = new QPushButton(tr("Redo"), stepsBox);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undoButton,
            [undoButton](const QString &text) { undoButton->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text)); });
    connect(m_undo, &QUndoStack::redoTextChanged, redoButton,
            [redoButton](const QString &text) { redoButton->setToolTip(tr("Redo %1").arg(text)); });
    QAction *undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    addAction(redoAction);
    stepButtons->addWidget(m_addStepButton);
    stepButtons->addWidget(m_removeStepButton);
    stepButtons->addWidget(m_upButton);
    stepButtons->addWidget(m_downButton);
    stepButtons->addStretch();
    stepButtons->addWidget(undoButton);
    stepButtons->addWidget(redoButton);
    stepsLayout->addLayout(stepButtons);
    editLayout->addWidget(stepsBox, 1);
    connect(m_removeStepButton, &QPushButton::clicked, this, [this] { removeStep(m_currentStep); });
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveStep(m_currentStep, m_currentStep - 1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveStep(m_currentStep, m_currentStep + 1); });
    auto *upShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_stepList, nullptr, nullptr,
                                     Qt::WidgetShortcut);
    connect(upShortcut, &QShortcut::activated, this, [this] { moveStep(m_currentStep, m_currentStep - 1); });
    auto *downShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_stepList, nullptr, nullptr,
                                       Qt::WidgetShortcut);
    connect(downShortcut, &QShortcut::activated, this, [this] { moveStep(m_currentStep, m_currentStep + 1); });
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_stepList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, [this] { removeStep(m_currentStep); });
    connect(m_stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_refreshing)
            return;
        m_currentStep = row;
        refreshStepForm();
    });
    connect(m_stepList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing)
            return;
        const int index = item->data(StepIndexRole).toInt();
        if (index >= 0 && index < m_plan.steps.size()
            && m_plan.steps.at(index).enabled != (item->checkState() == Qt::Checked))
            setStepEnabled(index, item->checkState() == Qt::Checked);
    });
    // A drop reorders the list's rows; turn the new order into an edit once the drop is over.
    connect(m_stepList->model(), &QAbstractItemModel::rowsMoved, this, &PlanEditor::onStepRowsMoved,
            Qt::QueuedConnection);

    // The selected step's options
    m_stepForm = new QGroupBox(tr("Step options"), m_editorPane);
    auto *stepFormLayout = new QVBoxLayout(m_stepForm);
    auto *common = new QFormLayout;
    m_stepEnabled = new QCheckBox(tr("&Enabled (a disabled step is kept but not run)"), m_stepForm);
    m_stepLabel = new QLineEdit(m_stepForm);
    common->addRow(m_stepEnabled);
    common->addRow(tr("&Label:"), m_stepLabel);
    stepFormLayout->addLayout(common);
    m_stepPages = new QStackedWidget(m_stepForm);
    stepFormLayout->addWidget(m_stepPages);
    connect(m_stepEnabled, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_refreshing && m_currentStep >= 0)
            setStepEnabled(m_currentStep, on);
    });
    connect(m_stepLabel, &QLineEdit::textEdited, this, [this](const QString &t) {
        editStep([&t](PlanStep &s) { s.label = t; }, tr("Edit step label"), FieldLabel);
    });
    const auto spin = [](QWidget *parent, int min, int max, const QString &suffix) {
        auto *s = new QSpinBox(parent);
        s->setRange(min, max);
        s->setSuffix(suffix);
        return s;
    };

    // Flush page: the targets (the catalog's table selector goes here once it lands).
    auto *flushPage = new QWidget(m_stepPages);
    auto *flushLayout = new QVBoxLayout(flushPage);
    flushLayout->setContentsMargins(0, 0, 0, 0);
    m_targets = new QListWidget(flushPage);
    m_targets->setObjectName(u"targets"_s);
    m_targets->setMinimumHeight(60);
    flushLayout->addWidget(new QLabel(tr("Tables and patterns (database.table; * and ? match any characters):"),
                                      flushPage));
    flushLayout->addWidget(m_targets);
    auto *targetRow = new QHBoxLayout;
    m_targetInput = new QLineEdit(flushPage);
    m_targetInput->setObjectName(u"targetInput"_s);
    m_targetInput->setPlaceholderText(tr("production_db.orders or analytics_db.*"));
    m_targetInput->setAccessibleName(tr("Table or pattern to add"));
    auto *addTargetButton = new QPushButton(tr("Add"), flushPage);
    m_removeTargetButton = new QPushButton(tr("Remove"), flushPage);
    targetRow->addWidget(m_targetInput, 1);
    targetRow->addWidget(addTargetButton);
    targetRow->addWidget(m_removeTargetButton);
    auto *chooseTargetsButton = new QPushButton(QIcon(u":/icons/flush.svg"_s), tr("C&hoose…"), flushPage);
    chooseTargetsButton->setObjectName(u"chooseTargets"_s);
    chooseTargetsButton->setAccessibleName(tr("Choose tables and patterns from the catalog"));
    chooseTargetsButton->setToolTip(tr("Browse the databases and tables of the plan's profile, with rows and sizes"));
    targetRow->addWidget(chooseTargetsButton);
    connect(chooseTargetsButton, &QPushButton::clicked, this, &PlanEditor::chooseTargets);
    flushLayout->addLayout(targetRow);
    const auto addTyped = [this] {
        const QString text = m_targetInput->text().trimmed();
        if (text.isEmpty() || m_currentStep < 0)
            return;
        const bool pattern = text.contains(u'*') || text.contains(u'?');
        addTarget(m_currentStep, text, pattern ? TargetKind::Pattern : TargetKind::Table);
    };
    connect(addTargetButton, &QPushButton::clicked, this, addTyped);
    connect(m_targetInput, &QLineEdit::returnPressed, this, addTyped);
    connect(m_removeTargetButton, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_targets->currentItem();
        if (!item)
            return;
        const bool pattern = item->data(TargetIsPatternRole).toBool();
        const int i = item->data(TargetIndexRole).toInt();
        editStep(
            [pattern, i](PlanStep &s) {
                if (pattern)
                    s.targets.patterns.removeAt(i);
                else
                    s.targets.tables.removeAt(i);
            },
            tr("Remove target"), -1);
    });
    auto *flushForm = new QFormLayout;
    m_parallelism = spin(flushPage, 0, 64, tr(" at once"));
    m_flushTimeout = spin(flushPage, 0, 86400, tr(" s"));
    m_flushRetries = spin(flushPage, 0, 20, {});
    flushForm->addRow(tr("&Parallelism:"), m_parallelism);
    flushForm->addRow(tr("&Timeout per table:"), m_flushTimeout);
    flushForm->addRow(tr("&Retries:"), m_flushRetries);
    flushLayout->addLayout(flushForm);
    m_stepPages->addWidget(flushPage);

    auto *checkpointPage = new QWidget(m_stepPages);
    auto *checkpointForm = new QFormLayout(checkpointPage);
    checkpointForm->setContentsMargins(0, 0, 0, 0);
    m_duration = new QLineEdit(checkpointPage);
    m_duration->setObjectName(u"duration"_s);
    m_duration->setPlaceholderText(tr("empty = server default, or 30s, 2m, 1h30m"));
    m_checkpointTimeout = spin(checkpointPage, 0, 86400, tr(" s"));
    m_checkpointRetries = spin(checkpointPage, 0, 20, {});
    checkpointForm->addRow(tr("Server &duration:"), m_duration);
    checkpointForm->addRow(tr("&Timeout:"), m_checkpointTimeout);
    checkpointForm->addRow(tr("&Retries:"), m_checkpointRetries);
    m_stepPages->addWidget(checkpointPage);

    auto *waitPage = new QWidget(m_stepPages);
    auto *waitForm = new QFormLayout(waitPage);
    waitForm->setContentsMargins(0, 0, 0, 0);
    m_waitSeconds = spin(waitPage, 0, 86400, tr(" s"));
    waitForm->addRow(tr("&Wait:"), m_waitSeconds);
    m_stepPages->addWidget(waitPage);

    connect(m_duration, &QLineEdit::textEdited, this, [this](const QString &t) {
        editStep([&t](PlanStep &s) { s.duration = t.trimmed(); }, tr("Edit duration"), FieldDuration);
    });
    connect(m_parallelism, &QSpinBox::valueChanged, this, [this](int v) {
        editStep([v](PlanStep &s) { s.parallelism = v; }, tr("Change parallelism"), FieldParallelism);
    });
    for (QSpinBox *box : {m_flushTimeout, m_checkpointTimeout}) {
        connect(box, &QSpinBox::valueChanged, this, [this](int v) {
            editStep([v](PlanStep &s) { s.timeoutSeconds = v; }, tr("Change timeout"), FieldTimeout);
        });
    }
    for (QSpinBox *box : {m_flushRetries, m_checkpointRetries}) {
        connect(box, &QSpinBox::valueChanged, this, [this](int v) {
            editStep([v](PlanStep &s) { s.retries = v; }, tr("Change retries"), FieldRetries);
        });
    }
    connect(m_waitSeconds, &QSpinBox::valueChanged, this, [this](int v) {
        editStep([v](PlanStep &s) { s.waitSeconds = v; }, tr("Change wait"), FieldWait);
    });
    editLayout->addWidget(m_stepForm);

    m_issueList = new QListWidget(m_editorPane);
    m_issueList->setObjectName(u"issues"_s);
    m_issueList->setMaximumHeight(90);
    m_issueList->setAccessibleName(tr("Problems"));
    editLayout->addWidget(m_issueList);
    connect(m_issueList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int step = item->data(StepIndexRole).toInt();
        if (step >= 0)
            setCurrentStep(step);
    });

    // Preview and run
    auto *rightPane = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(rightPane);
    rightLayout->addWidget(new QLabel(tr("SQL that will be sent"), rightPane));
    m_preview = new QPlainTextEdit(rightPane);
    m_preview->setObjectName(u"sqlPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    rightLayout->addWidget(m_preview, 2);
    auto *runButtons = new QHBoxLayout;
    m_saveButton = new QPushButton(QIcon(u":/icons/save.svg"_s), tr("&Save"), rightPane);
    m_preflightButton = new QPushButton(tr("Pre&flight"), rightPane);
    m_preflightButton->setToolTip(tr("Connect and check the profile, the tables and what the patterns match, "
                                     "without sending mo_ctl"));
    m_runButton = new QPushButton(QIcon(u":/icons/run.svg"_s), tr("&Run now"), rightPane);
    m_cancelButton = new QPushButton(QIcon(u":/icons/cancel.svg"_s), tr("Cancel"), rightPane);
    m_cancelButton->setEnabled(false);
    runButtons->addWidget(m_saveButton);
    runButtons->addStretch();
    runButtons->addWidget(m_preflightButton);
    runButtons->addWidget(m_runButton);
    runButtons->addWidget(m_cancelButton);
    rightLayout->addLayout(runButtons);
    m_progress = new QProgressBar(rightPane);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    rightLayout->addWidget(m_progress);
    m_runLog = new QPlainTextEdit(rightPane);
    m_runLog->setObjectName(u"runLog"_s);
    m_runLog->setReadOnly(true);
    m_runLog->setMaximumBlockCount(5000);
    rightLayout->addWidget(m_runLog, 1);
    connect(m_saveButton, &QPushButton::clicked, this, &PlanEditor::save);
    connect(m_preflightButton, &QPushButton::clicked, this, &PlanEditor::preflight);
    connect(m_runButton, &QPushButton::clicked, this, &PlanEditor::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &PlanEditor::cancel);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
}

bool PlanEditor::isModified() const
{
    return m_hasPlan && (m_isNew || !m_undo->isClean());
}

QString PlanEditor::sqlPreview() const
{
    return m_preview->toPlainText();
}

void PlanEditor::setKnownTables(const QList<TableRef> &tables)
{
    m_knownTables = tables;
    m_resolution = resolvePatterns(m_plan.patterns(), tables);
    m_resolutionKnown = true;
    refreshPreviewAndIssues();
}

void PlanEditor::setCurrentStep(int index)
{
    if (index < -1 || index >= m_plan.steps.size())
        return;
    m_currentStep = index;
    m_refreshing = true;
    m_stepList->setCurrentRow(index);
    m_refreshing = false;
    refreshStepForm();
}

void PlanEditor::editPlan(const MaintenancePlan &changed, const QString &text, int mergeKey)
{
    if (!m_hasPlan)
        return;
    int step = m_currentStep;
    if (step >= changed.steps.size())
        step = int(changed.steps.size()) - 1;
    m_undo->push(new PlanEditCommand(this, m_plan, m_currentStep, changed, step, text, mergeKey));
}

void PlanEditor::setSchedule(const Schedule &schedule)
{
    if (!m_hasPlan)
        return;
    MaintenancePlan p = m_plan;
    p.schedule = scheduleToJson(schedule);
    if (!(p == m_plan))
        editPlan(p, tr("Change schedule"));
}

void PlanEditor::editSchedule()
{
    if (!m_hasPlan)
        return;
    Schedule current;
    if (!m_plan.schedule.isEmpty()) {
        if (const std::optional<Schedule> s = scheduleFromJson(m_plan.schedule))
            current = *s;
    } else {
        current.enabled = false; // a plan without a schedule: the user turns it on
    }
    const QString name = m_plan.name;
    if (const std::optional<Schedule> edited = ScheduleEditor::editInDialog(this, name, current))
        setSchedule(*edited);
}

void PlanEditor::scheduleSavedElsewhere(const QUuid &planId, const Schedule &schedule)
{
    if (!m_hasPlan || m_isNew || planId != m_plan.id)
        return;
    if (!isModified()) {
        m_store.load();
        if (const auto entry = m_store.entry(planId); entry && entry->plan) {
            const int step = m_currentStep;
            loadPlan(*entry->plan, false);
            setCurrentStep(step);
        }
        return;
    }
    m_plan.schedule = scheduleToJson(schedule);
    refreshPlanFields();
}

QString PlanEditor::scheduleSentence() const
{
    return m_scheduleSentence->text();
}

void PlanEditor::editStep(const std::function<void(PlanStep &)> &change, const QString &text, int field)
{
    if (m_refreshing || !m_hasPlan || m_currentStep < 0 || m_currentStep >= m_plan.steps.size())
        return;
    MaintenancePlan p = m_plan;
    change(p.steps[m_currentStep]);
    if (p == m_plan)
        return;
    editPlan(p, text, field < 0 ? -1 : field * 1000 + m_currentStep + 1);
}

void PlanEditor::addStep(PlanStep::Kind kind)
{
    if (!m_hasPlan)
        return;
    MaintenancePlan p = m_plan;
    PlanStep step;
    switch (kind) {
    case PlanStep::Kind::Flush: step = PlanStep::flush(); break;
    case PlanStep::Kind::Checkpoint: step = PlanStep::checkpoint(); break;
    case PlanStep::Kind::GlobalCheckpoint: step = PlanStep::globalCheckpoint(); break;
    case PlanStep::Kind::Wait: step = PlanStep::wait(10); break;
    }
    const int at = m_currentStep < 0 ? int(p.steps.size()) : m_currentStep + 1;
    p.steps.insert(at, step);
    m_undo->push(new PlanEditCommand(this, m_plan, m_currentStep, p, at, tr("Add %1").arg(stepKindTitle(kind)), -1));
}

void PlanEditor::removeStep(int index)
{
    if (!m_hasPlan || index < 0 || index >= m_plan.steps.size())
        return;
    MaintenancePlan p = m_plan;
    const QString title = p.steps.at(index).title();
    p.steps.removeAt(index);
    const int next = qMin(index, int(p.steps.size()) - 1);
    m_undo->push(new PlanEditCommand(this, m_plan, index, p, next, tr("Remove %1").arg(title), -1));
}

void PlanEditor::moveStep(int from, int to)
{
    if (!m_hasPlan || from < 0 || to < 0 || from >= m_plan.steps.size() || to >= m_plan.steps.size() || from == to)
        return;
    MaintenancePlan p = m_plan;
    p.steps.move(from, to);
    m_undo->push(new PlanEditCommand(this, m_plan, from, p, to, tr("Move %1").arg(p.steps.at(to).title()), -1));
}

void PlanEditor::setStepEnabled(int index, bool enabled)
{
    if (!m_hasPlan || index < 0 || index >= m_plan.steps.size() || m_plan.steps.at(index).enabled == enabled)
        return;
    MaintenancePlan p = m_plan;
    p.steps[index].enabled = enabled;
    m_undo->push(new PlanEditCommand(this, m_plan, m_currentStep, p, index,
                                     enabled ? tr("Enable %1").arg(p.steps.at(index).title())
                                             : tr("Disable %1").arg(p.steps.at(index).title()),
                                     -1));
}

void PlanEditor::chooseTargets()
{
    if (!m_hasPlan || m_currentStep < 0 || m_currentStep >= m_plan.steps.size()
        || m_plan.steps.at(m_currentStep).kind != PlanStep::Kind::Flush)
        return;
    const int step = m_currentStep;
    const QPointer<PlanEditor> self(this);
    const auto open = [self, step](const std::optional<ConnectionSettings> &settings) {
        if (!self || !self->m_hasPlan || step >= self->m_plan.steps.size())
            return;
        TableSelectorDialog dialog(self);
        dialog.setSelection(self->m_plan.steps.at(step).targets);
        if (settings)
            dialog.selector()->setSettings(*settings);
        if (dialog.exec() != QDialog::Accepted || !self)
            return;
        MaintenancePlan p = self->m_plan;
        p.steps[step].targets = dialog.selection();
        self->m_undo->push(new PlanEditCommand(self, self->m_plan, self->m_currentStep, p, step,
                                               tr("Choose tables"), -1));
    };
    if (!m_connectionProvider) {
        open(std::nullopt);
        return;
    }
    m_connectionProvider(m_plan.profileId, this, open);
}

void PlanEditor::addTarget(int step, const QString &text, TargetKind kind)
{
    if (!m_hasPlan || step < 0 || step >= m_plan.steps.size() || m_plan.steps.at(step).kind != PlanStep::Kind::Flush)
        return;
    MaintenancePlan p = m_plan;
    PlanTargets &targets = p.steps[step].targets;
    if (kind == TargetKind::Pattern) {
        QString why;
        if (!isValidPattern(text, &why)) {
            appendLog(why);
            return;
        }
        targets.patterns << text.trimmed();
    } else {
        const ParsedTarget parsed = parseTableTarget(text.trimmed());
        if (parsed.error.isError()) {
            appendLog(parsed.error.message());
            return;
        }
        targets.tables << parsed.table;
    }
    m_targetInput->clear();
    m_undo->push(new PlanEditCommand(this, m_plan, m_currentStep, p, step, tr("Add %1").arg(text.trimmed()), -1));
}

void PlanEditor::onStepRowsMoved()
{
    if (m_refreshing || !m_hasPlan)
        return;
    QList<PlanStep> reordered;
    int selected = -1;
    for (int row = 0; row < m_stepList->count(); ++row) {
        const int index = m_stepList->item(row)->data(StepIndexRole).toInt();
        if (index < 0 || index >= m_plan.steps.size())
            return refreshSteps();
        reordered << m_plan.steps.at(index);
        if (index == m_currentStep)
            selected = row;
    }
    if (reordered.size() != m_plan.steps.size())
        return refreshSteps();
    MaintenancePlan p = m_plan;
    p.steps = reordered;
    if (p == m_plan)
        return;
    m_undo->push(new PlanEditCommand(this, m_plan, m_currentStep, p, selected, tr("Reorder steps"), -1));
}

void PlanEditor::applyState(const MaintenancePlan &plan, int currentStep)
{
    const QStringList oldPatterns = m_plan.patterns();
    m_plan = plan;
    m_currentStep = qBound(-1, currentStep, int(m_plan.steps.size()) - 1);
    if (m_knownTables && oldPatterns != m_plan.patterns())
        m_resolution = resolvePatterns(m_plan.patterns(), *m_knownTables);
    refreshPlanFields();
    refreshSteps();
    refreshStepForm();
    refreshPreviewAndIssues();
}

void PlanEditor::setProfileChoices(const QList<ProfileChoice> &profiles)
{
    m_profileChoices = profiles;
    std::sort(m_profileChoices.begin(), m_profileChoices.end(), [](const ProfileChoice &a, const ProfileChoice &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const bool refreshing = std::exchange(m_refreshing, true);
    refreshProfileChoice();
    m_refreshing = refreshing;
}

const PlanEditor::ProfileChoice *PlanEditor::profileChoice(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    // Plan files may spell the id with or without braces.
    const QUuid uuid = QUuid::fromString(id);
    for (const ProfileChoice &choice : m_profileChoices) {
        if (uuid.isNull() ? choice.id == id : QUuid::fromString(choice.id) == uuid)
            return &choice;
    }
    return nullptr;
}

void PlanEditor::refreshProfileChoice()
{
    // Rebuilt each time: the profiles, and the plan's own profile when it is not one of them.
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("(none: the current profile)"), QString());
    const QString wanted = m_plan.profileId;
    const ProfileChoice *chosen = profileChoice(wanted);
    int current = wanted.isEmpty() ? 0 : -1;
    for (const ProfileChoice &choice : std::as_const(m_profileChoices)) {
        m_profile->addItem(choice.name, choice.id);
        if (&choice == chosen)
            current = m_profile->count() - 1;
    }
    if (current < 0) {
        m_profile->addItem(QIcon(u":/icons/warning.svg"_s), tr("(missing profile %1)").arg(wanted), wanted);
        current = m_profile->count() - 1;
    }
    m_profile->setCurrentIndex(current);
}

void PlanEditor::refreshPlanFields()
{
    m_refreshing = true;
    m_editorPane->setEnabled(m_hasPlan);
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    setText(m_name, m_plan.name);
    setText(m_description, m_plan.description);
    refreshProfileChoice();
    if (m_notes->toPlainText() != m_plan.notes)
        m_notes->setPlainText(m_plan.notes);
    m_policy->setCurrentIndex(m_policy->findData(int(m_plan.policy)));
    if (!m_hasPlan || m_plan.schedule.isEmpty()) {
        m_scheduleSentence->setText(tr("Not scheduled"));
    } else {
        QString error;
        const std::optional<Schedule> schedule = scheduleFromJson(m_plan.schedule, &error);
        m_scheduleSentence->setText(schedule ? ScheduleEditor::sentenceFor(*schedule, QDateTime::currentDateTimeUtc())
                                             : tr("The schedule cannot be used: %1").arg(error));
    }
    m_saveButton->setEnabled(isModified());
    m_runButton->setEnabled(m_hasPlan && !m_runner->isRunning());
    m_preflightButton->setEnabled(m_hasPlan && !m_preflightWatcher.isRunning());
    m_duplicateButton->setEnabled(m_hasPlan && !m_isNew);
    m_deleteButton->setEnabled(m_hasPlan && !m_isNew);
    for (int row = 0; row < m_planList->count(); ++row) {
        QListWidgetItem *item = m_planList->item(row);
        if (m_hasPlan && item->data(PlanIdRole).toUuid() == m_plan.id) {
            QFont f = item->font();
            f.setItalic(isModified());
            item->setFont(f);
        }
    }
    m_refreshing = false;
}

void PlanEditor::refreshSteps()
{
    m_refreshing = true;
    m_stepList->clear();
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        const PlanStep &s = m_plan.steps.at(i);
        auto *item = new QListWidgetItem(stepIcon(s.kind), u"%1. %2 — %3"_s.arg(i + 1).arg(s.title(), stepSummary(s)));
        item->setData(StepIndexRole, i);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(s.enabled ? Qt::Checked : Qt::Unchecked);
        if (!s.enabled)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_stepList->addItem(item);
    }
    m_stepList->setCurrentRow(m_currentStep);
    m_refreshing = false;
    m_removeStepButton->setEnabled(m_currentStep >= 0);
    m_upButton->setEnabled(m_currentStep > 0);
    m_downButton->setEnabled(m_currentStep >= 0 && m_currentStep + 1 < m_plan.steps.size());
}

void PlanEditor::refreshStepForm()
{
    m_removeStepButton->setEnabled(m_currentStep >= 0);
    m_upButton->setEnabled(m_currentStep > 0);
    m_downButton->setEnabled(m_currentStep >= 0 && m_currentStep + 1 < m_plan.steps.size());
    const bool has = m_currentStep >= 0 && m_currentStep < m_plan.steps.size();
    m_stepForm->setEnabled(has);
    if (!has)
        return;
    m_refreshing = true;
    const PlanStep &s = m_plan.steps.at(m_currentStep);
    m_stepForm->setTitle(tr("Step %1: %2").arg(m_currentStep + 1).arg(stepKindTitle(s.kind)));
    m_stepEnabled->setChecked(s.enabled);
    if (m_stepLabel->text() != s.label)
        m_stepLabel->setText(s.label);
    m_stepLabel->setPlaceholderText(stepKindTitle(s.kind));
    switch (s.kind) {
    case PlanStep::Kind::Flush: {
        m_stepPages->setCurrentIndex(0);
        const int row = m_targets->currentRow();
        m_targets->clear();
        for (int i = 0; i < s.targets.tables.size(); ++i) {
            auto *item = new QListWidgetItem(QIcon(u":/icons/flush.svg"_s), s.targets.tables.at(i).display(), m_targets);
            item->setData(TargetIsPatternRole, false);
            item->setData(TargetIndexRole, i);
        }
        for (int i = 0; i < s.targets.patterns.size(); ++i) {
            const QString &p = s.targets.patterns.at(i);
            QString text = tr("pattern %1").arg(p);
            if (m_resolutionKnown && m_resolution.contains(p))
                text += u"  → "_s + tr("%n table(s)", nullptr, int(m_resolution.value(p).size()));
            auto *item = new QListWidgetItem(text, m_targets);
            item->setData(TargetIsPatternRole, true);
            item->setData(TargetIndexRole, i);
        }
        m_targets->setCurrentRow(qMin(row, m_targets->count() - 1));
        m_parallelism->setValue(s.parallelism);
        m_flushTimeout->setValue(s.timeoutSeconds);
        m_flushRetries->setValue(s.retries);
        break;
    }
    case PlanStep::Kind::Checkpoint:
    case PlanStep::Kind::GlobalCheckpoint:
        m_stepPages->setCurrentIndex(1);
        if (m_duration->text() != s.duration)
            m_duration->setText(s.duration);
        m_checkpointTimeout->setValue(s.timeoutSeconds);
        m_checkpointRetries->setValue(s.retries);
        break;
    case PlanStep::Kind::Wait:
        m_stepPages->setCurrentIndex(2);
        m_waitSeconds->setValue(s.waitSeconds);
        break;
    }
    m_refreshing = false;
}

void PlanEditor::refreshPreviewAndIssues()
{
    if (!m_hasPlan) {
        m_preview->clear();
        m_issueList->clear();
        m_issues.clear();
        return;
    }
    const QString text = previewText(previewLines(m_plan, m_resolution));
    if (m_preview->toPlainText() != text)
        m_preview->setPlainText(text);
    m_issues = validate(m_plan, m_knownTables ? &*m_knownTables : nullptr);
    m_issueList->clear();
    for (const PlanIssue &issue : std::as_const(m_issues)) {
        const QString where = issue.stepIndex < 0 ? QString() : tr("Step %1: ").arg(issue.stepIndex + 1);
        auto *item = new QListWidgetItem(
            QIcon(issue.severity == PlanIssue::Severity::Error ? u":/icons/failed.svg"_s : u":/icons/warning.svg"_s),
            where + issue.message, m_issueList);
        item->setData(StepIndexRole, issue.stepIndex);
    }
    if (m_issues.isEmpty())
        new QListWidgetItem(QIcon(u":/icons/ok.svg"_s), tr("No problems found."), m_issueList);
}

void PlanEditor::reloadList()
{
    m_store.load();
    m_planList->clear();
    for (const MaintenancePlan &p : m_store.plans()) {
        auto *item = new QListWidgetItem(QIcon(u":/icons/plan.svg"_s), p.name, m_planList);
        item->setData(PlanIdRole, p.id);
        item->setToolTip(p.description);
        if (m_hasPlan && p.id == m_plan.id)
            m_planList->setCurrentItem(item);
    }
    for (const PlanStore::Entry &e : m_store.broken()) {
        if (e.plan && e.problem == PlanStore::Problem::UnknownProfile)
            continue; // listed above; validation explains it
        auto *item = new QListWidgetItem(QIcon(u":/icons/warning.svg"_s),
                                         tr("%1 (cannot be used)").arg(QFileInfo(e.path).fileName()), m_planList);
        item->setToolTip(e.error);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

bool PlanEditor::confirmLeave()
{
    if (!isModified())
        return true;
    switch (m_discardQuestion(m_plan.name)) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void PlanEditor::guardClose(QWidget *window)
{
    if (m_guardedWindow)
        m_guardedWindow->removeEventFilter(this);
    m_guardedWindow = window;
    if (window)
        window->installEventFilter(this);
}

bool PlanEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_guardedWindow && event->type() == QEvent::Close && !confirmLeave()) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PlanEditor::loadPlan(const MaintenancePlan &plan, bool isNew)
{
    m_undo->clear();
    m_hasPlan = true;
    m_isNew = isNew;
    m_resolutionKnown = false;
    m_resolution.clear();
    if (m_knownTables) {
        m_resolution = resolvePatterns(plan.patterns(), *m_knownTables);
        m_resolutionKnown = true;
    }
    m_plan = MaintenancePlan();
    applyState(plan, plan.steps.isEmpty() ? -1 : 0);
}

bool PlanEditor::openPlan(const QUuid &id)
{
    if (m_hasPlan && id == m_plan.id)
        return true;
    if (!confirmLeave()) {
        reloadList();
        return false;
    }
    const auto entry = m_store.entry(id);
    if (!entry || !entry->plan)
        return false;
    loadPlan(*entry->plan, false);
    reloadList();
    return true;
}

QString PlanEditor::freeName(const QString &name) const
{
    QString candidate = name;
    for (int n = 2; !m_store.matchingName(candidate).isEmpty(); ++n)
        candidate = tr("%1 %2").arg(name).arg(n);
    return candidate;
}

bool PlanEditor::newFromTemplate(PlanTemplate which)
{
    if (!confirmLeave())
        return false;
    MaintenancePlan plan = which == PlanTemplate::Count ? MaintenancePlan::create(tr("New plan")) : makeTemplate(which);
    plan.name = freeName(plan.name); // plan names are unique (the store refuses a duplicate)
    loadPlan(plan, true);
    m_planList->clearSelection();
    return true;
}

void PlanEditor::newItem()
{
    newFromTemplate(PlanTemplate::Count);
}

bool PlanEditor::save()
{
    if (!m_hasPlan)
        return false;
    const QList<PlanIssue> issues = validate(m_plan, m_knownTables ? &*m_knownTables : nullptr);
    if (hasErrors(issues)) {
        appendLog(tr("The plan was not saved: fix the problems listed first."));
        return false;
    }
    QString error;
    MaintenancePlan p = m_plan;
    if (!m_store.save(p, &error)) {
        appendLog(error);
        QMessageBox::warning(this, tr("Cannot save the plan"), error);
        return false;
    }
    m_plan = p;
    m_isNew = false;
    m_undo->setClean();
    reloadList();
    refreshPlanFields();
    Q_EMIT planSaved(m_plan.id);
    return true;
}

void PlanEditor::refresh()
{
    reloadList();
}

void PlanEditor::duplicatePlan()
{
    if (!m_hasPlan || !confirmLeave())
        return;
    MaintenancePlan copy = m_plan;
    copy.id = QUuid::createUuid();
    copy.name = freeName(tr("%1 (copy)").arg(m_plan.name));
    copy.created = QDateTime();
    loadPlan(copy, true);
}

void PlanEditor::deletePlan()
{
    if (!m_hasPlan || m_isNew)
        return;
    if (QMessageBox::question(this, tr("Delete plan"), tr("Delete the plan \"%1\"?").arg(m_plan.name))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_store.remove(m_plan.id, &error)) {
        QMessageBox::warning(this, tr("Cannot delete the plan"), error);
        return;
    }
    m_undo->clear();
    m_hasPlan = false;
    m_plan = MaintenancePlan();
    reloadList();
    applyState(m_plan, -1);
}

void PlanEditor::importPlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import plan"), {},
                                                      tr("Plans (*.moplan.json *.json);;All files (*)"));
    if (path.isEmpty() || !confirmLeave())
        return;
    QString error;
    const auto plan = m_store.importFile(path, &error);
    if (!plan) {
        QMessageBox::warning(this, tr("Cannot import the plan"), tr("%1 cannot be imported: %2").arg(path, error));
        return;
    }
    loadPlan(*plan, false);
    reloadList();
}

void PlanEditor::exportPlan()
{
    if (!m_hasPlan)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export plan"), PlanStore::fileNameFor(m_plan),
                                                      tr("Plans (*.moplan.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!PlanStore::exportFile(m_plan, path, &error))
        QMessageBox::warning(this, tr("Cannot export the plan"), error);
}

void PlanEditor::preflight()
{
    if (!m_hasPlan || m_preflightWatcher.isRunning() || m_waitingForConnection)
        return;
    const auto giveUp = [this] {
        appendLog(tr("No connection for this plan: choose a profile (or select one in the profiles panel)."));
        if (m_runAfterPreflight) {
            m_runAfterPreflight = false;
            m_runButton->setEnabled(true);
            Q_EMIT runProgressChanged(false, 0, {});
        }
        Q_EMIT preflightFinished();
    };
    if (!m_connectionProvider)
        return giveUp();
    m_waitingForConnection = true;
    m_preflightButton->setEnabled(false);
    m_connectionProvider(m_plan.profileId, this, [this, giveUp](const std::optional<ConnectionSettings> &settings) {
        m_waitingForConnection = false;
        m_preflightButton->setEnabled(true);
        if (!settings)
            return giveUp();
        startPreflight(*settings);
    });
}

void PlanEditor::startPreflight(const ConnectionSettings &settings)
{
    m_pendingSettings = settings;
    m_preflightButton->setEnabled(false);
    appendLog(tr("Preflight of %1…").arg(m_plan.name));
    const MaintenancePlan plan = m_plan;
    const PreflightDepth depth = m_runAfterPreflight ? PreflightDepth::Quick : PreflightDepth::WithEstimates;
    m_preflightWatcher.setFuture(QtConcurrent::run([plan, s = settings, depth] {
        PreflightReport r = runPreflight(plan, s, depth);
        ConnectionFactory::releaseThreadConnections();
        return r;
    }));
}

void PlanEditor::run()
{
    if (!m_hasPlan || m_runner->isRunning() || m_preflightWatcher.isRunning() || m_waitingForConnection)
        return;
    m_issues = validate(m_plan, m_knownTables ? &*m_knownTables : nullptr);
    if (hasErrors(m_issues)) {
        refreshPreviewAndIssues();
        appendLog(tr("The plan was not run: fix the problems listed first."));
        return;
    }
    m_runLog->clear();
    m_runButton->setEnabled(false);
    m_runAfterPreflight = true;
    Q_EMIT runProgressChanged(true, 0, tr("Checking plan %1").arg(m_plan.name));
    preflight(); // connection, then patterns and tables are checked; the run starts after that
}

void PlanEditor::startRun(const ConnectionSettings &settings, const PatternResolution &resolution)
{
    RunRequest request = toRunRequest(m_plan, settings, resolution, RunTrigger::Manual);
    // The history names the run's profile as the Operations page and moctl do: by its name.
    request.profileName = settings.describe();
    if (request.profileId.isEmpty())
        request.profileId = m_currentProfileId; // what the connection provider ran it on
    if (const ProfileChoice *choice = profileChoice(request.profileId))
        request.profileName = choice->name;
    m_progress->setValue(0);
    if (!m_runner->start(request, m_recorder)) {
        appendLog(tr("A run is already going."));
        m_runButton->setEnabled(true);
        return;
    }
    m_cancelButton->setEnabled(true);
    appendLog(tr("Running %1 (%n statement(s))…", nullptr, request.operationCount()).arg(m_plan.name));
}

void PlanEditor::cancel()
{
    if (m_runner->isRunning())
        m_runner->cancel();
    m_runAfterPreflight = false;
}

void PlanEditor::appendLog(const QString &line)
{
    m_runLog->appendPlainText(line);
}

} // namespace moctl
