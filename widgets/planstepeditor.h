#pragma once

#include "plan/maintenanceplan.h"

#include <optional>
#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace moctl {

class PlanModel;

// The options of the plan model's current step: enabled, label, then by kind the flush targets
// (typed, or chosen in the table selector), parallelism, timeout and retries; a checkpoint's
// duration; a wait's seconds. Every change is an edit of the model.
class PlanStepEditor final : public QGroupBox
{
    Q_OBJECT

public:
    explicit PlanStepEditor(PlanModel *model, QWidget *parent = nullptr);

Q_SIGNALS:
    // "Choose…": the page opens the table selector on the plan's profile.
    void chooseTargetsRequested();
    // A typed target cannot be used (translated reason).
    void problemFound(const QString &message);

private:
    void refresh();
    void addTyped();
    void refreshDurationWarning();
    // The rule the size fields describe (none when the box is off); a field that cannot be read: *error.
    std::optional<SizeRule> sizeRuleFromFields(QString *error) const;
    void showSizeRule(const PlanStep &step);

    PlanModel *m_model;
    bool m_refreshing = false;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_label = nullptr;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_targets = nullptr;
    QLineEdit *m_targetInput = nullptr;
    QPushButton *m_removeTargetButton = nullptr;
    QSpinBox *m_parallelism = nullptr;
    QSpinBox *m_flushTimeout = nullptr;
    QSpinBox *m_flushRetries = nullptr;
    QLineEdit *m_account = nullptr; // flush step: the tenant's account id, empty = own
    QCheckBox *m_withCompanions = nullptr; // flush step: with its index and partition tables
    QGroupBox *m_sizeRuleBox = nullptr; // flush step: select by size (checkable)
    QLineEdit *m_minRows = nullptr;
    QLineEdit *m_minSize = nullptr;
    QSpinBox *m_largest = nullptr;
    QLineEdit *m_grownBy = nullptr;
    QComboBox *m_grownUnit = nullptr;
    QLabel *m_sizeRuleStatus = nullptr; // what the rule selects now, when known
    QSpinBox *m_minIncrementals = nullptr; // global checkpoint: only after this many incrementals
    QLineEdit *m_duration = nullptr;
    QLabel *m_durationWarning = nullptr; // the duration is longer than the step's time limit
    QSpinBox *m_checkpointTimeout = nullptr;
    QSpinBox *m_checkpointRetries = nullptr;
    QSpinBox *m_waitSeconds = nullptr;
};

} // namespace moctl
