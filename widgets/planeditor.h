#pragma once

#include "plan/planstore.h"
#include "planfieldsform.h"
#include "planmodel.h"
#include "runner/fleetrun.h"
#include "runner/runtypes.h"
#include "schedule/schedule.h"

#include <functional>
#include <optional>
#include <QMessageBox>
#include <QWidget>

class QUndoStack;

namespace moctl {

class FleetMatrixDialog;
class PlanFleetRun;
class PlanIssueList;
class PlanListPane;
class PlanPreflightPanel;
class PlanSqlPreview;
class PlanStepEditor;
class PlanStepsList;
class Runner;
class SecretStore;

// The Plans page: the saved plans on the left; the plan being edited (its fields, then the pieces
// over one PlanModel: the steps list, the step editor, the inline problems) in the middle; the SQL
// preview and the preflight panel (Save, Preflight, Run now, progress, log) on the right.
// Every edit is an undo command of the model; leaving a modified plan asks first. The page owns the
// plan store, the plans list, the plan's own fields and the dialogs (schedule, tables, files).
class PlanEditor final : public QWidget
{
    Q_OBJECT

public:
    // Finds the connection for a plan's profile (profile store and keychain, possibly asking for a
    // password) and calls `done` on `context`'s thread, with nullopt when there is none. Set by the
    // application; without it plans cannot run from here.
    using ConnectionDone = std::function<void(const std::optional<ConnectionSettings> &)>;
    using ConnectionSupplier
        = std::function<void(const QString &profileId, QObject *context, ConnectionDone done)>;
    // Asked before a modified plan is left: Save, Discard or Cancel. Defaults to a message box.
    using DiscardQuestion = std::function<QMessageBox::StandardButton(const QString &planName)>;

    explicit PlanEditor(const QString &plansDirectory, QWidget *parent = nullptr);
    ~PlanEditor() override;

    void setConnectionSupplier(ConnectionSupplier provider);
    // Where plans' webhook addresses are kept (the application's keychain).
    void setSecretStore(SecretStore *secrets);
    // The plan being edited (also while it runs).
    const MaintenancePlan &currentPlan() const;
    void setDiscardQuestion(DiscardQuestion question) { m_discardQuestion = std::move(question); }
    // Asked with the complete request just before Run now sends anything; false = not run.
    using RunConfirmer = std::function<bool(const RunRequest &request)>;
    void setRunConfirmer(RunConfirmer confirmer);
    // Saves a schedule of a saved plan at once (the schedule dialog's Save); false with a translated
    // *error. Set by the application (its saveSchedule); the default writes it with the page's store.
    using ScheduleSaver = std::function<bool(const QUuid &planId, const Schedule &schedule, QString *error)>;
    void setScheduleSaver(ScheduleSaver saver) { m_scheduleSaver = std::move(saver); }
    // Where runs are recorded (history); may be null. Must outlive the editor's runs.
    void setRecorder(RunRecorder *recorder);
    // The plan's last table figures from History (size rules' "grown by"); called on a worker thread.
    void setFiguresSource(std::function<FiguresBaseline(const QString &planId)> source);
    // The profiles a plan can be given (id, name): the Profile field lists them by name. A plan whose
    // profile is not among them shows it as missing, and keeps it until another is chosen.
    using ProfileChoice = PlanProfileChoice;
    void setProfileChoices(const QList<ProfileChoice> &profiles);
    // The profiles themselves (also sets the choices): a fleet plan's target (group, tag, all) offers
    // their groups and tags, shows which profiles it resolves to, and runs on them.
    void setProfiles(const QList<ConnectionProfile> &profiles);
    // Asked with every member of a fleet run before anything is sent (the application lists the
    // production clusters); false = not run.
    using FleetConfirmer = std::function<bool(const QList<FleetMember> &members)>;
    void setFleetConfirmer(FleetConfirmer confirmer);
    PlanFleetRun *fleetRun() const;
    // The cluster × step matrix of the last fleet run started here (null before the first).
    FleetMatrixDialog *fleetMatrix() const { return m_fleetMatrix; }
    // The profile a plan without one of its own runs on (the current profile; empty = none): its runs
    // are recorded under it.
    void setCurrentProfile(const QString &profileId) { m_currentProfileId = profileId; }
    // The tables the catalog knows: used to validate names and resolve patterns in the preview.
    void setKnownTables(const QList<TableRef> &tables) { m_model->setKnownTables(tables); }

    PlanStore &store() { return m_store; }
    PlanModel *model() const { return m_model; }
    MaintenancePlan plan() const { return m_model->plan(); }
    bool hasPlan() const { return m_model->hasPlan(); }
    bool isModified() const { return m_model->isModified(); }
    QUndoStack *undoStack() const { return m_model->undoStack(); }
    QString sqlPreview() const;
    QList<PlanIssue> issues() const { return m_model->issues(); }
    int currentStep() const { return m_model->currentStep(); }
    void setCurrentStep(int index) { m_model->setCurrentStep(index); }
    Runner *runner() const;
    // What the last Run now sent (runFinished() tells of its end).
    const RunRequest &lastRunRequest() const;

    // Editing: each call is one undo command.
    void editPlan(const MaintenancePlan &changed, const QString &text, int mergeKey = -1)
    {
        m_model->editPlan(changed, text, mergeKey);
    }
    void addStep(StepKind kind) { m_model->addStep(kind); }
    void removeStep(int index) { m_model->removeStep(index); }
    void moveStep(int from, int to) { m_model->moveStep(from, to); }
    void setStepEnabled(int index, bool enabled) { m_model->setStepEnabled(index, enabled); }
    using TargetKind = PlanModel::TargetKind;
    // `text` is db.table (backticks as in parseTableTarget) or a pattern; bad input is logged, not added.
    void addTarget(int step, const QString &text, TargetKind kind);
    // Opens the table selector (catalog of the plan's profile) for the current flush step's targets.
    void chooseTargets();
    // The plan's schedule (one undoable edit; saved with the plan). editSchedule() opens the schedule
    // editor in a dialog for the plan being edited.
    void setSchedule(const Schedule &schedule) { m_model->setSchedule(schedule); }
    void editSchedule();
    // The schedule as a sentence with its next run, as shown ("Not scheduled" when it has none).
    QString scheduleSentence() const;
    // The plan's schedule was saved elsewhere (the Schedules page wrote the plan file): the open plan
    // takes it, so saving it here later does not put the old schedule back. Unmodified: reloaded from
    // the file; modified: the schedule is taken into the edited plan.
    void scheduleSavedElsewhere(const QUuid &planId, const Schedule &schedule);

    // Asks what to do with unsaved changes (Save / Discard / Cancel); true when it is fine to leave.
    bool confirmLeave();
    // Asks before `window` closes while the plan has unsaved changes (the close is refused on Cancel).
    void guardClose(QWidget *window);

    // Opens a saved plan (asks first when the current one is modified). False when not opened.
    bool openPlan(const QUuid &id);
    // Starts a new, unsaved plan from a template (or empty with Count).
    bool newFromTemplate(PlanTemplate which);

public Q_SLOTS:
    void newItem();
    bool save();
    void refresh();
    void run();
    void cancel();
    void preflight();
    void duplicatePlan();
    void deletePlan();
    void importPlan();
    void exportPlan();

Q_SIGNALS:
    void planSaved(const QUuid &id);
    void runProgressChanged(bool running, int percent, const QString &text);
    void runFinished(const moctl::RunSummary &summary);
    void preflightFinished();
    void fleetRunFinished(const moctl::FleetSummary &summary);

private:
    // `name`, or `name 2`, `name 3`… when a saved plan already has that name.
    QString freeName(const QString &name) const;
    void buildUi();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void reloadList();
    // The editing pane is enabled while a plan is open; the panel's buttons follow the model.
    void followModel();
    // A fleet run started: the matrix dialog fills from the fleet runner.
    void showFleetMatrix(const QString &fleetId);

    PlanStore m_store;
    PlanModel *m_model;
    ConnectionSupplier m_connectionSupplier;
    DiscardQuestion m_discardQuestion;
    ScheduleSaver m_scheduleSaver;
    QString m_currentProfileId;
    QWidget *m_guardedWindow = nullptr;

    PlanListPane *m_list = nullptr;
    QWidget *m_editorPane = nullptr;
    PlanFieldsForm *m_fields = nullptr;
    PlanStepsList *m_steps = nullptr;
    PlanStepEditor *m_stepEditor = nullptr;
    PlanIssueList *m_issueList = nullptr;
    PlanSqlPreview *m_preview = nullptr;
    PlanPreflightPanel *m_preflight = nullptr;
    FleetMatrixDialog *m_fleetMatrix = nullptr;
};

} // namespace moctl
