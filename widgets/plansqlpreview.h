#pragma once

#include <QListWidget>
#include <QWidget>

class QPlainTextEdit;

namespace moctl {

class PlanModel;

// What the plan model's plan will send, live: the statements exactly as they go to the server, with
// comments for step headers, waits, disabled steps and what each pattern resolved to.
class PlanSqlPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSqlPreview(PlanModel *model, QWidget *parent = nullptr);
    QString text() const;

private:
    void refresh();

    PlanModel *m_model;
    QPlainTextEdit *m_preview = nullptr;
};

// What validation finds in the plan model's plan, inline; activating a step's problem selects the step.
class PlanIssueList final : public QListWidget
{
    Q_OBJECT

public:
    explicit PlanIssueList(PlanModel *model, QWidget *parent = nullptr);

private:
    void refresh();

    PlanModel *m_model;
};

} // namespace moctl
