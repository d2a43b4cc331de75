#pragma once

#include "plan/planstore.h"
#include "plan/preflight.h"
#include "runner/runtypes.h"
#include "schedule/schedule.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace moctl {

class Runner;

// The Plans page: the saved plans on the left; the plan being edited (fields, ordered steps,
// per-step options, inline validation) in the middle; a live SQL preview of exactly what the plan
// will send on the right; Preflight and Run now below with the runner's live progress.
// Every edit is an undo command (QUndoStack); leaving a modified plan asks first.
class PlanEditor final : public QWidget
{
    Q_OBJECT

public:
    // Finds the connection for a plan's profile (profile store and keychain, possibly asking for a
    // password) and calls `done` on `context`'s thread, with nullopt when there is none. Set by the
    // application; without it plans cannot run from here.
    using ConnectionDone = std::function<void(const std::optional<ConnectionSettings> &)>;
    using ConnectionProvider = std::function<void(const QString &profileId, QObject *context, ConnectionDone done)>;
    // Asked before a modified plan is left: Save, Discard or Cancel. Defaults to a message box.
    using DiscardQuestion = std::function<QMessageBox::StandardButton(const QString &planName)>;

    explicit PlanEditor(const QString &plansDirectory, QWidget *parent = nullptr);
    ~PlanEditor() override;

    void setConnectionProvider(ConnectionProvider provider) { m_connectionProvider = std::move(provider); }
    void setDiscardQuestion(DiscardQuestion question) { m_discardQuestion = std::move(question); }
    // Where runs are recorded (history); may be null. Must outlive the editor's runs.
    void setRecorder(RunRecorder *recorder) { m_recorder = recorder; }
    // The profiles a plan can be given (id, name): the Profile field lists them by name. A plan whose
    // profile is not among them shows it as missing, and keeps it until another is chosen.
    struct ProfileChoice {
        QString id;
        QString name;
    };
    void setProfileChoices(const QList<ProfileChoice> &profiles);
    // The profile a plan without one of its own runs on (the current profile; empty = none): its runs
    // are recorded under it.
    void setCurrentProfile(const QString &profileId) { m_currentProfileId = profileId; }
    // The tables the catalog knows: used to validate names and resolve patterns in the preview.
    void setKnownTables(const QList<TableRef> &tables);

    PlanStore &store() { return m_store; }
    MaintenancePlan plan() const { return m_plan; }
    bool hasPlan() const { return m_hasPlan; }
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undo; }
    QString sqlPreview() const;
    QList<PlanIssue> issues() const { return m_issues; }
    int currentStep() const { return m_currentStep; }
    void setCurrentStep(int index);
    Runner *runner() const { return m_runner; }

    // Editing: each call is one undo command.
    void editPlan(const MaintenancePlan &changed, const QString &text, int mergeKey = -1);
    void addStep(PlanStep::Kind kind);
    void removeStep(int index);
    void moveStep(int from, int to);
    void setStepEnabled(int index, bool enabled);
    enum class TargetKind { Table, Pattern };
    // `text` is db.table (backticks as in parseTableTarget) or a pattern; bad input is logged, not added.
    void addTarget(int step, const QString &text, TargetKind kind);
    // Opens the table selector (catalog of the plan's profile) for the current flush step's targets.
    void chooseTargets();
    // The plan's schedule (one undoable edit; saved with the plan). editSchedule() opens the schedule
    // editor in a dialog for the plan being edited.
    void setSchedule(const Schedule &schedule);
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

private:
    // `name`, or `name 2`, `name 3`… when a saved plan already has that name.
    QString freeName(const QString &name) const;
    friend class PlanEditCommand;
    void buildUi();
    void applyState(const MaintenancePlan &plan, int currentStep);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void loadPlan(const MaintenancePlan &plan, bool isNew);
    void reloadList();
    void refreshPlanFields();
    void refreshSteps();
    void refreshStepForm();
    void refreshPreviewAndIssues();
    void onStepRowsMoved();
    void editStep(const std::function<void(PlanStep &)> &change, const QString &text, int field);
    void startRun(const ConnectionSettings &settings, const PatternResolution &resolution);
    void appendLog(const QString &line);
    void startPreflight(const ConnectionSettings &settings);

    PlanStore m_store;
    MaintenancePlan m_plan;
    bool m_hasPlan = false;
    bool m_isNew = false;
    int m_currentStep = -1;
    bool m_refreshing = false;
    QList<PlanIssue> m_issues;
    std::optional<QList<TableRef>> m_knownTables;
    PatternResolution m_resolution;
    bool m_resolutionKnown = false;

    ConnectionProvider m_connectionProvider;
    DiscardQuestion m_discardQuestion;
    RunRecorder *m_recorder = nullptr;
    Runner *m_runner = nullptr;
    QFutureWatcher<PreflightReport> m_preflightWatcher;
    QWidget *m_guardedWindow = nullptr;
    bool m_runAfterPreflight = false;
    bool m_waitingForConnection = false;
    ConnectionSettings m_pendingSettings;

    QUndoStack *m_undo = nullptr;
    QListWidget *m_planList = nullptr;
    QToolButton *m_newButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QWidget *m_editorPane = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_profile = nullptr;
    QList<ProfileChoice> m_profileChoices;
    QString m_currentProfileId;
    void refreshProfileChoice();
    // The listed profile with this id, or null.
    const ProfileChoice *profileChoice(const QString &id) const;
    QComboBox *m_policy = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_scheduleSentence = nullptr;
    QPushButton *m_scheduleButton = nullptr;
    QListWidget *m_stepList = nullptr;
    QToolButton *m_addStepButton = nullptr;
    QPushButton *m_removeStepButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QGroupBox *m_stepForm = nullptr;
    QCheckBox *m_stepEnabled = nullptr;
    QLineEdit *m_stepLabel = nullptr;
    QStackedWidget *m_stepPages = nullptr;
    QListWidget *m_targets = nullptr;
    QLineEdit *m_targetInput = nullptr;
    QPushButton *m_removeTargetButton = nullptr;
    QSpinBox *m_parallelism = nullptr;
    QSpinBox *m_flushTimeout = nullptr;
    QSpinBox *m_flushRetries = nullptr;
    QLineEdit *m_duration = nullptr;
    QSpinBox *m_checkpointTimeout = nullptr;
    QSpinBox *m_checkpointRetries = nullptr;
    QSpinBox *m_waitSeconds = nullptr;
    QListWidget *m_issueList = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_preflightButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_runLog = nullptr;
};

} // namespace moctl
