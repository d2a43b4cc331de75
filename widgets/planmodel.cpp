#include "planmodel.h"

#include "moctl/identifier.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace moctl {

// One edit of the plan: the plan (and selected step) before and after. Typing in one field of one
// step merges into one command.
class PlanEditCommand final : public QUndoCommand
{
public:
    PlanEditCommand(PlanModel *model, MaintenancePlan before, int stepBefore, MaintenancePlan after,
        int stepAfter, const QString &text, int mergeKey)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_stepBefore(stepBefore)
        , m_stepAfter(stepAfter)
        , m_mergeKey(mergeKey)
    {
    }
    void redo() override { m_model->apply(m_after, m_stepAfter); }
    void undo() override { m_model->apply(m_before, m_stepBefore); }
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const PlanEditCommand *>(other);
        m_after = o->m_after;
        m_stepAfter = o->m_stepAfter;
        return true;
    }

private:
    PlanModel *m_model;
    MaintenancePlan m_before;
    MaintenancePlan m_after;
    int m_stepBefore;
    int m_stepAfter;
    int m_mergeKey;
};

PlanModel::PlanModel(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] {
        updateState();
        Q_EMIT modifiedChanged();
    });
}

PlanModel::~PlanModel()
{
    // The undo stack emits cleanChanged() while it is cleared on destruction; nobody listens by then.
    m_undo->disconnect(this);
    delete m_undo;
    m_undo = nullptr;
}

bool PlanModel::isModified() const
{
    return m_hasPlan && (m_isNew || !m_undo->isClean());
}

void PlanModel::setCurrentStep(int index)
{
    if (index < -1 || index >= m_plan.steps.size() || index == m_currentStep)
        return;
    m_currentStep = index;
    Q_EMIT currentStepChanged(index);
}

void PlanModel::setKnownTables(const QList<TableRef> &tables)
{
    m_knownTables = tables;
    resolve(m_plan);
    m_resolutionKnown = true;
    revalidate();
    Q_EMIT planChanged();
}

void PlanModel::takePreflight(const PatternResolution &resolution,
    const std::optional<QList<TableRef>> &serverTables, const QList<TableInfo> &serverCatalog)
{
    m_resolution = resolution;
    m_resolutionKnown = serverTables && !serverTables->isEmpty();
    if (m_resolutionKnown) {
        m_knownTables = serverTables;
        m_serverCatalog = serverCatalog;
        resolve(m_plan);
    }
    revalidate();
    Q_EMIT planChanged();
}

void PlanModel::load(const MaintenancePlan &plan, bool isNew)
{
    m_undo->clear();
    m_hasPlan = true;
    m_isNew = isNew;
    m_resolutionKnown = false;
    m_resolution.clear();
    if (m_knownTables) {
        resolve(plan);
        m_resolutionKnown = true;
    }
    m_plan = MaintenancePlan();
    apply(plan, plan.steps.isEmpty() ? -1 : 0);
    Q_EMIT modifiedChanged();
}

void PlanModel::close()
{
    m_undo->clear();
    m_hasPlan = false;
    m_isNew = false;
    apply(MaintenancePlan(), -1);
    Q_EMIT modifiedChanged();
}

void PlanModel::markSaved(const MaintenancePlan &saved)
{
    m_plan = saved;
    m_isNew = false;
    m_undo->setClean();
    updateState();
    Q_EMIT modifiedChanged();
}

void PlanModel::replaceQuietly(const MaintenancePlan &plan)
{
    m_plan = plan;
    Q_EMIT planChanged();
}

void PlanModel::setRunning(bool running)
{
    m_running = running;
    updateState();
}

bool PlanModel::isSizeRuleKnown() const
{
    return std::any_of(m_serverCatalog.cbegin(), m_serverCatalog.cend(),
        [](const TableInfo &t) { return t.rows >= 0 || t.sizeBytes >= 0; });
}

void PlanModel::resolve(const MaintenancePlan &plan)
{
    if (!m_knownTables)
        return;
    m_resolution = resolvePlanPatterns(plan, *m_knownTables);
    m_sizeRules.clear();
    // A size rule needs figures: only a preflight's catalog of a plan with a rule has them.
    if (isSizeRuleKnown())
        m_sizeRules = resolveSizeRules(plan, m_serverCatalog, m_baseline, &m_resolution);
}

bool PlanModel::revalidate()
{
    if (m_hasPlan)
        m_issues = validate(m_plan, m_knownTables ? &*m_knownTables : nullptr);
    else
        m_issues.clear();
    updateState();
    return hasErrors(m_issues);
}

void PlanModel::apply(const MaintenancePlan &plan, int currentStep)
{
    m_plan = plan;
    m_currentStep = qBound(-1, currentStep, int(m_plan.steps.size()) - 1);
    if (m_knownTables) // patterns, a step's account or its size rule may have changed
        resolve(m_plan);
    revalidate();
    Q_EMIT planChanged();
    Q_EMIT currentStepChanged(m_currentStep);
}

void PlanModel::updateState()
{
    State state = State::Clean;
    if (!m_hasPlan)
        state = State::NoPlan;
    else if (m_running)
        state = State::Running;
    else if (hasErrors(m_issues))
        state = State::Invalid;
    else if (isModified())
        state = State::Edited;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PlanModel::push(const MaintenancePlan &after, int stepAfter, const QString &text, int mergeKey,
    std::optional<int> stepBefore)
{
    m_undo->push(new PlanEditCommand(
        this, m_plan, stepBefore.value_or(m_currentStep), after, stepAfter, text, mergeKey));
}

void PlanModel::editPlan(const MaintenancePlan &changed, const QString &text, int mergeKey)
{
    if (!m_hasPlan)
        return;
    int step = m_currentStep;
    if (step >= changed.steps.size())
        step = int(changed.steps.size()) - 1;
    push(changed, step, text, mergeKey);
}

void PlanModel::editPlanField(
    const std::function<void(MaintenancePlan &)> &change, const QString &text, int field)
{
    if (!m_hasPlan)
        return;
    MaintenancePlan p = m_plan;
    change(p);
    if (!(p == m_plan))
        editPlan(p, text, field < 0 ? -1 : field * 1000);
}

void PlanModel::editStep(const std::function<void(PlanStep &)> &change, const QString &text, int field)
{
    if (!m_hasPlan || m_currentStep < 0 || m_currentStep >= m_plan.steps.size())
        return;
    MaintenancePlan p = m_plan;
    change(p.steps[m_currentStep]);
    if (p == m_plan)
        return;
    editPlan(p, text, field < 0 ? -1 : field * 1000 + m_currentStep + 1);
}

void PlanModel::addStep(StepKind kind)
{
    if (!m_hasPlan)
        return;
    MaintenancePlan p = m_plan;
    const int at = m_currentStep < 0 ? int(p.steps.size()) : m_currentStep + 1;
    p.steps.insert(at, PlanStep::ofKind(kind));
    push(p, at, PlanTexts::tr("Add %1").arg(stepKindTitle(kind)));
}

void PlanModel::removeStep(int index)
{
    if (!m_hasPlan || index < 0 || index >= m_plan.steps.size())
        return;
    MaintenancePlan p = m_plan;
    const QString title = p.steps.at(index).title();
    p.steps.removeAt(index);
    const int next = qMin(index, int(p.steps.size()) - 1);
    push(p, next, PlanTexts::tr("Remove %1").arg(title), -1, index);
}

void PlanModel::moveStep(int from, int to)
{
    if (!m_hasPlan || from < 0 || to < 0 || from >= m_plan.steps.size() || to >= m_plan.steps.size()
        || from == to)
        return;
    MaintenancePlan p = m_plan;
    p.steps.move(from, to);
    push(p, to, PlanTexts::tr("Move %1").arg(p.steps.at(to).title()), -1, from);
}

void PlanModel::setStepEnabled(int index, bool enabled)
{
    if (!m_hasPlan || index < 0 || index >= m_plan.steps.size() || m_plan.steps.at(index).enabled == enabled)
        return;
    MaintenancePlan p = m_plan;
    p.steps[index].enabled = enabled;
    push(p, index,
        enabled ? PlanTexts::tr("Enable %1").arg(p.steps.at(index).title())
                : PlanTexts::tr("Disable %1").arg(p.steps.at(index).title()));
}

void PlanModel::setStepTargets(int step, const PlanTargets &targets)
{
    if (!m_hasPlan || step < 0 || step >= m_plan.steps.size())
        return;
    MaintenancePlan p = m_plan;
    p.steps[step].targets = targets;
    push(p, step, PlanTexts::tr("Choose tables"));
}

bool PlanModel::addTarget(int step, const QString &text, TargetKind kind, QString *error)
{
    if (!m_hasPlan || step < 0 || step >= m_plan.steps.size() || !m_plan.steps.at(step).isFlush())
        return false;
    MaintenancePlan p = m_plan;
    PlanTargets &targets = p.steps[step].targets;
    if (kind == TargetKind::Pattern) {
        QString why;
        if (!isValidPattern(text, &why)) {
            if (error)
                *error = why;
            return false;
        }
        targets.patterns << text.trimmed();
    } else {
        const ParsedTarget parsed = parseTableTarget(text.trimmed());
        if (parsed.error.isError()) {
            if (error)
                *error = parsed.error.message();
            return false;
        }
        targets.tables << parsed.table;
    }
    push(p, step, PlanTexts::tr("Add %1").arg(text.trimmed()));
    return true;
}

void PlanModel::reorderSteps(const QList<int> &order, int selected)
{
    if (!m_hasPlan || order.size() != m_plan.steps.size())
        return;
    MaintenancePlan p = m_plan;
    p.steps.clear();
    for (const int index : order) {
        if (index < 0 || index >= m_plan.steps.size())
            return;
        p.steps << m_plan.steps.at(index);
    }
    if (p == m_plan)
        return;
    push(p, selected, PlanTexts::tr("Reorder steps"));
}

void PlanModel::setSchedule(const Schedule &schedule)
{
    if (!m_hasPlan)
        return;
    MaintenancePlan p = m_plan;
    p.setSchedule(schedule);
    if (!(p == m_plan))
        editPlan(p, PlanTexts::tr("Change schedule"));
}

} // namespace moctl
