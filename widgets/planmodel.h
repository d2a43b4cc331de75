#pragma once

#include "plan/maintenanceplan.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QObject>

class QUndoStack;

namespace moctl {

// The Plans page's strings keep one translation context (moctl::PlanEditor) across its pieces
// (the page, the steps list, the step editor, the SQL preview, the preflight panel).
struct PlanTexts
{
    Q_DECLARE_TR_FUNCTIONS(moctl::PlanEditor)
};

// The plan being edited on the Plans page, shared by its pieces: the plan, the selected step, the
// undo stack (every edit is one command), what validation says and what the patterns resolve to.
// Its state is explicit (state(), stateChanged()); the widgets only show it and call the edits.
class PlanModel final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NoPlan, // nothing open
        Clean, // as saved
        Edited, // changed (or new) and not saved; no errors
        Invalid, // validation finds errors: cannot be saved or run
        Running, // a run (its preflight included) is going; edits stay possible, the run uses a copy
    };
    Q_ENUM(State)
    enum class TargetKind { Table, Pattern };
    // The fields whose consecutive edits merge into one undo command (typing a word is one edit).
    enum Field {
        FieldName = 1,
        FieldDescription,
        FieldProfile,
        FieldNotes,
        FieldLabel,
        FieldDuration,
        FieldParallelism,
        FieldTimeout,
        FieldRetries,
        FieldWait,
        FieldAccount,
        FieldCompanions,
        FieldSizeRule,
        FieldMinIncrementals
    };

    explicit PlanModel(QObject *parent = nullptr);
    ~PlanModel() override;

    State state() const { return m_state; }
    bool hasPlan() const { return m_hasPlan; }
    bool isNew() const { return m_isNew; }
    // New, or changed since it was opened or saved.
    bool isModified() const;
    const MaintenancePlan &plan() const { return m_plan; }
    QUndoStack *undoStack() const { return m_undo; }
    int currentStep() const { return m_currentStep; }
    void setCurrentStep(int index);
    const QList<PlanIssue> &issues() const { return m_issues; }

    // The catalog's tables (validation and patterns), and what the patterns resolved to.
    void setKnownTables(const QList<TableRef> &tables);
    const std::optional<QList<TableRef>> &knownTables() const { return m_knownTables; }
    const PatternResolution &resolution() const { return m_resolution; }
    bool isResolutionKnown() const { return m_resolutionKnown; }
    // A preflight's findings: the server's tables (when it connected) and the resolution.
    void takePreflight(const PatternResolution &resolution,
        const std::optional<QList<TableRef>> &serverTables, const QList<TableInfo> &serverCatalog = {});
    // The catalog the last preflight read (parent links, for flushing companions); empty before one.
    const QList<TableInfo> &serverCatalog() const { return m_serverCatalog; }
    // What each size rule selects now, from the preflight's catalog (when it was read with figures)
    // and the plan's last figures in History (setFiguresBaseline); empty when not known.
    const SizeRuleSelections &sizeRuleSelections() const { return m_sizeRules; }
    bool isSizeRuleKnown() const;
    // Kept for the next resolution (a preflight's takePreflight() follows).
    void setFiguresBaselineQuietly(const FiguresBaseline &baseline) { m_baseline = baseline; }

    // Opening, closing, saving: not undoable (the undo stack starts over).
    void load(const MaintenancePlan &plan, bool isNew);
    void close();
    // The plan as written by the store: now Clean.
    void markSaved(const MaintenancePlan &saved);
    // Replaces the plan without an undo command (a schedule saved elsewhere into a modified plan).
    void replaceQuietly(const MaintenancePlan &plan);
    void setRunning(bool running);
    // Validates again (e.g. before a run); true when there are errors.
    bool revalidate();

    // Edits: each is one undo command. `mergeKey` >= 0 merges consecutive edits with the same key.
    void editPlan(const MaintenancePlan &changed, const QString &text, int mergeKey = -1);
    // Changes the plan itself; consecutive edits of one field (-1: none) merge.
    void editPlanField(const std::function<void(MaintenancePlan &)> &change, const QString &text, int field);
    // Changes the current step; consecutive edits of one field of that step (-1: none) merge.
    void editStep(const std::function<void(PlanStep &)> &change, const QString &text, int field);
    void addStep(StepKind kind);
    void removeStep(int index);
    void moveStep(int from, int to);
    void setStepEnabled(int index, bool enabled);
    void setStepTargets(int step, const PlanTargets &targets);
    // `text` is db.table (backticks as in parseTableTarget) or a pattern; false with *error when unusable.
    bool addTarget(int step, const QString &text, TargetKind kind, QString *error = nullptr);
    // The steps in a new order (old indexes, one each); `selected` is the new selected row.
    void reorderSteps(const QList<int> &order, int selected);
    void setSchedule(const Schedule &schedule);

Q_SIGNALS:
    // The plan, the selected step, the issues or the resolution changed: views refresh.
    void planChanged();
    void currentStepChanged(int index);
    void stateChanged(moctl::PlanModel::State state);
    // Saved, or back to the saved plan by undo: isModified() changed.
    void modifiedChanged();

private:
    void resolve(const MaintenancePlan &plan);
    friend class PlanEditCommand;
    void apply(const MaintenancePlan &plan, int currentStep);
    void push(const MaintenancePlan &after, int stepAfter, const QString &text, int mergeKey = -1,
        std::optional<int> stepBefore = std::nullopt);
    void updateState();

    MaintenancePlan m_plan;
    bool m_hasPlan = false;
    bool m_isNew = false;
    bool m_running = false;
    int m_currentStep = -1;
    State m_state = State::NoPlan;
    QList<PlanIssue> m_issues;
    std::optional<QList<TableRef>> m_knownTables;
    QList<TableInfo> m_serverCatalog; // from the last preflight: parent links for companions
    PatternResolution m_resolution;
    SizeRuleSelections m_sizeRules;
    FiguresBaseline m_baseline;
    bool m_resolutionKnown = false;
    QUndoStack *m_undo = nullptr;
};

} // namespace moctl
