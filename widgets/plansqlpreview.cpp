#include "plansqlpreview.h"

#include "planmodel.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
constexpr int StepIndexRole = Qt::UserRole;
}

PlanSqlPreview::PlanSqlPreview(PlanModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(PlanTexts::tr("SQL that will be sent"), this);
    layout->addWidget(label);
    m_preview = new QPlainTextEdit(this);
    label->setBuddy(m_preview);
    m_preview->setAccessibleName(PlanTexts::tr("SQL that will be sent"));
    // Never cut: it scrolls both ways, and keeps a few lines however small the window.
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_preview->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_preview->setMinimumHeight(
        5 * QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).lineSpacing());
    m_preview->setObjectName(u"sqlPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_preview);
    connect(m_model, &PlanModel::planChanged, this, &PlanSqlPreview::refresh);
    refresh();
}

QString PlanSqlPreview::text() const
{
    return m_preview->toPlainText();
}

void PlanSqlPreview::refresh()
{
    if (!m_model->hasPlan()) {
        m_preview->clear();
        return;
    }
    const QString text
        = previewText(previewLines(m_model->plan(), m_model->resolution(), &m_model->sizeRuleSelections()));
    if (m_preview->toPlainText() != text)
        m_preview->setPlainText(text);
}

PlanIssueList::PlanIssueList(PlanModel *model, QWidget *parent)
    : QListWidget(parent)
    , m_model(model)
{
    setObjectName(u"issues"_s);
    setMaximumHeight(90);
    setAccessibleName(PlanTexts::tr("Problems"));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int step = item->data(StepIndexRole).toInt();
        if (step >= 0)
            m_model->setCurrentStep(step);
    });
    connect(m_model, &PlanModel::planChanged, this, &PlanIssueList::refresh);
    refresh();
}

void PlanIssueList::refresh()
{
    clear();
    if (!m_model->hasPlan())
        return;
    for (const PlanIssue &issue : m_model->issues()) {
        const QString where
            = issue.stepIndex < 0 ? QString() : PlanTexts::tr("Step %1: ").arg(issue.stepIndex + 1);
        auto *item = new QListWidgetItem(
            QIcon(issue.severity == PlanIssue::Severity::Error ? u":/icons/failed.svg"_s
                                                               : u":/icons/warning.svg"_s),
            where + issue.message, this);
        item->setData(StepIndexRole, issue.stepIndex);
    }
    if (m_model->issues().isEmpty())
        new QListWidgetItem(QIcon(u":/icons/ok.svg"_s), PlanTexts::tr("No problems found."), this);
}

} // namespace moctl
