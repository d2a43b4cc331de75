#include "planeditor.h"

#include "fleetmatrixdialog.h"
#include "planfieldsform.h"
#include "planlistpane.h"
#include "planpreflightpanel.h"
#include "plansqlpreview.h"
#include "planstepeditor.h"
#include "planstepslist.h"
#include "tableselectordialog.h"
#include "tableselectorwidget.h"

#include <algorithm>
#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace moctl {

PlanEditor::PlanEditor(const QString &plansDirectory, QWidget *parent)
    : QWidget(parent)
    , m_store(plansDirectory)
    , m_model(new PlanModel(this))
{
    m_discardQuestion = [this](const QString &name) {
        return QMessageBox::question(this, tr("Unsaved plan"),
            tr("The plan \"%1\" has unsaved changes. Save them?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    buildUi();
    connect(m_model, &PlanModel::planChanged, this, &PlanEditor::followModel);
    connect(m_model, &PlanModel::modifiedChanged, this, &PlanEditor::followModel);
    connect(m_preflight, &PlanPreflightPanel::saveRequested, this, &PlanEditor::save);
    connect(m_preflight, &PlanPreflightPanel::runProgressChanged, this, &PlanEditor::runProgressChanged);
    connect(m_preflight, &PlanPreflightPanel::runFinished, this, &PlanEditor::runFinished);
    connect(m_preflight, &PlanPreflightPanel::preflightFinished, this, &PlanEditor::preflightFinished);
    connect(m_preflight, &PlanPreflightPanel::fleetRunStarted, this, &PlanEditor::showFleetMatrix);
    connect(m_preflight, &PlanPreflightPanel::fleetRunFinished, this, &PlanEditor::fleetRunFinished);
    connect(m_stepEditor, &PlanStepEditor::chooseTargetsRequested, this, &PlanEditor::chooseTargets);
    connect(m_stepEditor, &PlanStepEditor::problemFound, m_preflight, &PlanPreflightPanel::appendLog);
    // The history names the run's profile as the Operations page and moctl do: by its name.
    m_preflight->setRequestNamer([this](RunRequest &request, const ConnectionSettings &settings) {
        request.profileName = settings.describe();
        if (request.profileId.isEmpty())
            request.profileId = m_currentProfileId; // what the connection provider ran it on
        if (const ProfileChoice *choice = m_fields->profileChoice(request.profileId))
            request.profileName = choice->name;
    });
    // The schedule dialog's Save saves a saved plan's schedule at once: the application's saver (the
    // Schedules page and the scheduler take it), else this page's store.
    m_fields->setScheduleSaver([this](const Schedule &schedule, QString *error) {
        const QUuid id = m_model->plan().id;
        if (m_scheduleSaver)
            return m_scheduleSaver(id, schedule, error);
        m_store.load();
        if (!m_store.setSchedule(id, schedule, error))
            return false;
        scheduleSavedElsewhere(id, schedule);
        Q_EMIT planSaved(id);
        return true;
    });
    reloadList();
    followModel();
}

PlanEditor::~PlanEditor()
{
    // The views go before the model they show (its undo stack still reports while it is cleared).
    m_model->disconnect(this);
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
}

void PlanEditor::buildUi()
{
    // Three panes in a splitter the window remembers: the plans, the plan being edited (scrolls when
    // the window is short), and the SQL preview over the run log (a splitter of their own).
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"planSplitter"_s);
    splitter->setChildrenCollapsible(false);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 6, 0); // the preview off the window's edge
    outer->addWidget(splitter);
    m_list = new PlanListPane(m_model, splitter);
    connect(m_list, &PlanListPane::openRequested, this, &PlanEditor::openPlan);
    connect(m_list, &PlanListPane::newRequested, this, &PlanEditor::newFromTemplate);
    connect(m_list, &PlanListPane::duplicateRequested, this, &PlanEditor::duplicatePlan);
    connect(m_list, &PlanListPane::deleteRequested, this, &PlanEditor::deletePlan);
    connect(m_list, &PlanListPane::importRequested, this, &PlanEditor::importPlan);
    connect(m_list, &PlanListPane::exportRequested, this, &PlanEditor::exportPlan);

    // The plan being edited: its fields, its steps, the selected step's options, the problems.
    auto *editorScroll = new QScrollArea(splitter);
    editorScroll->setObjectName(u"planEditorScroll"_s);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    editorScroll->setFocusPolicy(Qt::NoFocus);
    m_editorPane = new QWidget(editorScroll);
    editorScroll->setWidget(m_editorPane);
    auto *editLayout = new QVBoxLayout(m_editorPane);
    editLayout->setContentsMargins(0, 0, 2, 0);
    m_fields = new PlanFieldsForm(m_model, m_editorPane);
    editLayout->addWidget(m_fields);
    m_steps = new PlanStepsList(m_model, m_editorPane);
    editLayout->addWidget(m_steps, 1);
    m_stepEditor = new PlanStepEditor(m_model, m_editorPane);
    editLayout->addWidget(m_stepEditor);
    m_issueList = new PlanIssueList(m_model, m_editorPane);
    editLayout->addWidget(m_issueList);
    QAction *undoAction = m_model->undoStack()->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redoAction = m_model->undoStack()->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    addAction(redoAction);
    // As wide as the form needs (it never scrolls sideways); it scrolls down when the window is short.
    editorScroll->setMinimumWidth(
        m_editorPane->minimumSizeHint().width() + editorScroll->verticalScrollBar()->sizeHint().width());

    // Preview and run
    auto *rightPane = new QSplitter(Qt::Vertical, splitter);
    rightPane->setObjectName(u"planPreviewSplitter"_s);
    rightPane->setChildrenCollapsible(false);
    m_preview = new PlanSqlPreview(m_model, rightPane);
    m_preflight = new PlanPreflightPanel(m_model, rightPane);
    rightPane->setStretchFactor(0, 3);
    rightPane->setStretchFactor(1, 2);

    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 4);
    // Until the window restores what the user left: the list narrow, the editor and the preview alike.
    splitter->setSizes({ 180, 420, 420 });
}

void PlanEditor::setSecretStore(SecretStore *secrets)
{
    m_fields->setSecretStore(secrets);
}

const MaintenancePlan &PlanEditor::currentPlan() const
{
    return m_model->plan();
}

void PlanEditor::setConnectionSupplier(ConnectionSupplier provider)
{
    m_connectionSupplier = provider;
    m_preflight->setConnectionSupplier(std::move(provider));
}

void PlanEditor::setRunConfirmer(RunConfirmer confirmer)
{
    m_preflight->setRunConfirmer(std::move(confirmer));
}

void PlanEditor::setRecorder(RunRecorder *recorder)
{
    m_preflight->setRecorder(recorder);
}

void PlanEditor::setFiguresSource(std::function<FiguresBaseline(const QString &)> source)
{
    m_preflight->setFiguresSource(std::move(source));
}

Runner *PlanEditor::runner() const
{
    return m_preflight->runner();
}

const RunRequest &PlanEditor::lastRunRequest() const
{
    return m_preflight->lastRequest();
}

QString PlanEditor::sqlPreview() const
{
    return m_preview->text();
}

void PlanEditor::addTarget(int step, const QString &text, TargetKind kind)
{
    QString error;
    if (!m_model->addTarget(step, text, kind, &error) && !error.isEmpty())
        m_preflight->appendLog(error);
}

void PlanEditor::run()
{
    m_preflight->run();
}

void PlanEditor::cancel()
{
    m_preflight->cancel();
}

void PlanEditor::preflight()
{
    m_preflight->preflight();
}
void PlanEditor::editSchedule()
{
    m_fields->editSchedule();
}

void PlanEditor::scheduleSavedElsewhere(const QUuid &planId, const Schedule &schedule)
{
    if (!m_model->hasPlan() || m_model->isNew() || planId != m_model->plan().id)
        return;
    if (!isModified()) {
        m_store.load();
        if (const auto entry = m_store.entry(planId); entry && entry->plan) {
            const int step = m_model->currentStep();
            m_model->load(*entry->plan, false);
            setCurrentStep(step);
        }
        return;
    }
    MaintenancePlan p = m_model->plan();
    p.setSchedule(schedule);
    m_model->replaceQuietly(p);
}
QString PlanEditor::scheduleSentence() const
{
    return m_fields->scheduleSentence();
}

void PlanEditor::chooseTargets()
{
    const int step = m_model->currentStep();
    if (!m_model->hasPlan() || step < 0 || step >= m_model->plan().steps.size()
        || !m_model->plan().steps.at(step).isFlush())
        return;
    const QPointer<PlanEditor> self(this);
    const auto open = [self, step](const std::optional<ConnectionSettings> &settings) {
        if (!self || !self->m_model->hasPlan() || step >= self->m_model->plan().steps.size())
            return;
        TableSelectorDialog dialog(self);
        dialog.setSelection(self->m_model->plan().steps.at(step).targets);
        if (settings)
            dialog.selector()->setSettings(*settings);
        if (dialog.exec() != QDialog::Accepted || !self)
            return;
        self->m_model->setStepTargets(step, dialog.selection());
    };
    if (!m_connectionSupplier) {
        open(std::nullopt);
        return;
    }
    m_connectionSupplier(m_model->plan().profileId, this, open);
}
void PlanEditor::setProfileChoices(const QList<ProfileChoice> &profiles)
{
    m_fields->setProfileChoices(profiles);
}

void PlanEditor::setProfiles(const QList<ConnectionProfile> &profiles)
{
    QList<ProfileChoice> choices;
    for (const ConnectionProfile &p : profiles)
        choices << ProfileChoice { p.idString(), p.name };
    m_fields->setProfiles(profiles);
    m_fields->setProfileChoices(choices);
    m_preflight->setProfiles(profiles);
}

void PlanEditor::setFleetConfirmer(FleetConfirmer confirmer)
{
    m_preflight->setFleetConfirmer(std::move(confirmer));
}

PlanFleetRun *PlanEditor::fleetRun() const
{
    return m_preflight->fleet();
}

void PlanEditor::showFleetMatrix(const QString &fleetId)
{
    PlanFleetRun *fleet = m_preflight->fleet();
    if (!m_fleetMatrix) {
        m_fleetMatrix = new FleetMatrixDialog(this);
        FleetRunner *runner = fleet->runner();
        FleetMatrixModel *matrix = m_fleetMatrix->model();
        connect(runner, &FleetRunner::memberStarted, matrix, &FleetMatrixModel::memberStarted);
        connect(runner, &FleetRunner::operationFinished, matrix, &FleetMatrixModel::addOutcome);
        connect(runner, &FleetRunner::memberFinished, matrix, &FleetMatrixModel::memberFinished);
        connect(runner, &FleetRunner::finished, m_fleetMatrix, [this] { m_fleetMatrix->setRunning(false); });
        connect(m_fleetMatrix, &FleetMatrixDialog::cancelRequested, this, &PlanEditor::cancel);
    }
    const QList<FleetMember> &members = fleet->members();
    // The columns: the steps of a member that runs (every member runs the same plan).
    QList<FleetMatrixModel::StepColumn> columns;
    for (const FleetMember &member : members) {
        columns = FleetMatrixModel::columnsFor(member.request);
        if (!member.setupError.isError())
            break;
    }
    QList<FleetMatrixModel::MemberInfo> infos;
    for (const FleetMember &member : members)
        infos << FleetMatrixModel::MemberInfo { member.profile.idString(), member.profile.name,
            u"%1:%2"_s.arg(member.profile.host).arg(member.profile.port),
            member.setupError.isError() ? QList<int>() // nothing is sent: its cells say "not run"
                                        : FleetMatrixModel::expectedFor(member.request, columns) };
    m_fleetMatrix->model()->start(fleetId, columns, infos);
    m_fleetMatrix->setPlanName(m_model->plan().name);
    m_fleetMatrix->setRunning(true);
    m_fleetMatrix->show();
    m_fleetMatrix->raise();
}

void PlanEditor::followModel()
{
    m_editorPane->setEnabled(m_model->hasPlan());
    m_preflight->updateButtons();
}

void PlanEditor::reloadList()
{
    m_store.load();
    m_list->setPlans(m_store);
}

bool PlanEditor::confirmLeave()
{
    if (!isModified())
        return true;
    switch (m_discardQuestion(m_model->plan().name)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
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

bool PlanEditor::openPlan(const QUuid &id)
{
    if (m_model->hasPlan() && id == m_model->plan().id)
        return true;
    if (!confirmLeave()) {
        reloadList();
        return false;
    }
    const auto entry = m_store.entry(id);
    if (!entry || !entry->plan)
        return false;
    m_model->load(*entry->plan, false);
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
    MaintenancePlan plan
        = which == PlanTemplate::Count ? MaintenancePlan::create(tr("New plan")) : makeTemplate(which);
    plan.name = freeName(plan.name); // plan names are unique (the store refuses a duplicate)
    m_model->load(plan, true);
    m_list->clearSelection();
    return true;
}

void PlanEditor::newItem()
{
    newFromTemplate(PlanTemplate::Count);
}

bool PlanEditor::save()
{
    if (!m_model->hasPlan())
        return false;
    const std::optional<QList<TableRef>> &known = m_model->knownTables();
    if (hasErrors(validate(m_model->plan(), known ? &*known : nullptr))) {
        m_preflight->appendLog(tr("The plan was not saved: fix the problems listed first."));
        return false;
    }
    QString error;
    MaintenancePlan p = m_model->plan();
    if (!m_store.save(p, &error)) {
        m_preflight->appendLog(error);
        QMessageBox::warning(this, tr("Cannot save the plan"), error);
        return false;
    }
    m_model->markSaved(p);
    reloadList();
    followModel();
    Q_EMIT planSaved(m_model->plan().id);
    return true;
}

void PlanEditor::refresh()
{
    reloadList();
}

void PlanEditor::duplicatePlan()
{
    if (!m_model->hasPlan() || !confirmLeave())
        return;
    MaintenancePlan copy = m_model->plan();
    copy.id = QUuid::createUuid();
    copy.name = freeName(tr("%1 (copy)").arg(m_model->plan().name));
    copy.created = QDateTime();
    m_model->load(copy, true);
}

void PlanEditor::deletePlan()
{
    if (!m_model->hasPlan() || m_model->isNew())
        return;
    if (QMessageBox::question(
            this, tr("Delete plan"), tr("Delete the plan \"%1\"?").arg(m_model->plan().name))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_store.remove(m_model->plan().id, &error)) {
        QMessageBox::warning(this, tr("Cannot delete the plan"), error);
        return;
    }
    m_model->close();
    reloadList();
}

void PlanEditor::importPlan()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import plan"), {}, tr("Plans (*.moplan.json *.json);;All files (*)"));
    if (path.isEmpty() || !confirmLeave())
        return;
    QString error;
    const auto plan = m_store.importFile(path, &error);
    if (!plan) {
        QMessageBox::warning(
            this, tr("Cannot import the plan"), tr("%1 cannot be imported: %2").arg(path, error));
        return;
    }
    m_model->load(*plan, false);
    reloadList();
}

void PlanEditor::exportPlan()
{
    if (!m_model->hasPlan())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export plan"), PlanStore::fileNameFor(m_model->plan()), tr("Plans (*.moplan.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!PlanStore::exportFile(m_model->plan(), path, &error))
        QMessageBox::warning(this, tr("Cannot export the plan"), error);
}

} // namespace moctl
