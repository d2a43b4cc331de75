#pragma once

#include <QGroupBox>

class QCheckBox;
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
    QLineEdit *m_account = nullptr;        // flush step: the tenant's account id, empty = own
    QCheckBox *m_withCompanions = nullptr; // flush step: with its index and partition tables
    QLineEdit *m_duration = nullptr;
    QLabel *m_durationWarning = nullptr;   // the duration is longer than the step's time limit
    QSpinBox *m_checkpointTimeout = nullptr;
    QSpinBox *m_checkpointRetries = nullptr;
    QSpinBox *m_waitSeconds = nullptr;
};

} // namespace moctl
