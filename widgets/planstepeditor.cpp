#include "planstepeditor.h"

#include "moctl/duration.h"
#include "planmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

constexpr int TargetIsPatternRole = Qt::UserRole + 2;
constexpr int TargetIndexRole = Qt::UserRole + 3;
enum Page { FlushPage, CheckpointPage, WaitPage };

QSpinBox *spin(QWidget *parent, int min, int max, const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setSuffix(suffix);
    return s;
}

} // namespace

PlanStepEditor::PlanStepEditor(PlanModel *model, QWidget *parent)
    : QGroupBox(PlanTexts::tr("Step options"), parent)
    , m_model(model)
{
    using F = PlanModel::Field;
    auto *stepFormLayout = new QVBoxLayout(this);
    auto *common = new QFormLayout;
    m_enabled = new QCheckBox(PlanTexts::tr("&Enabled (a disabled step is kept but not run)"), this);
    m_label = new QLineEdit(this);
    common->addRow(m_enabled);
    common->addRow(PlanTexts::tr("&Label:"), m_label);
    stepFormLayout->addLayout(common);
    m_pages = new QStackedWidget(this);
    stepFormLayout->addWidget(m_pages);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_refreshing && m_model->currentStep() >= 0)
            m_model->setStepEnabled(m_model->currentStep(), on);
    });
    const auto edit = [this](const std::function<void(PlanStep &)> &change, const QString &text, int field) {
        if (!m_refreshing)
            m_model->editStep(change, text, field);
    };
    connect(m_label, &QLineEdit::textEdited, this, [edit](const QString &t) {
        edit([&t](PlanStep &s) { s.label = t; }, PlanTexts::tr("Edit step label"), F::FieldLabel);
    });

    // Flush page: the targets, typed or chosen in the table selector.
    auto *flushPage = new QWidget(m_pages);
    auto *flushLayout = new QVBoxLayout(flushPage);
    flushLayout->setContentsMargins(0, 0, 0, 0);
    m_targets = new QListWidget(flushPage);
    m_targets->setObjectName(u"targets"_s);
    m_targets->setAccessibleName(PlanTexts::tr("Tables and patterns of the step"));
    m_targets->setMinimumHeight(60);
    auto *targetsLabel = new QLabel(
        PlanTexts::tr("Tables and patterns (database.table; * and ? match any characters):"), flushPage);
    targetsLabel->setWordWrap(true); // the pane stays narrow on a small screen
    flushLayout->addWidget(targetsLabel);
    flushLayout->addWidget(m_targets);
    auto *targetRow = new QHBoxLayout;
    m_targetInput = new QLineEdit(flushPage);
    m_targetInput->setObjectName(u"targetInput"_s);
    m_targetInput->setPlaceholderText(PlanTexts::tr("production_db.orders or analytics_db.*"));
    m_targetInput->setAccessibleName(PlanTexts::tr("Table or pattern to add"));
    auto *addTargetButton = new QPushButton(PlanTexts::tr("Add"), flushPage);
    m_removeTargetButton = new QPushButton(PlanTexts::tr("Remove"), flushPage);
    targetRow->addWidget(m_targetInput, 1);
    targetRow->addWidget(addTargetButton);
    targetRow->addWidget(m_removeTargetButton);
    auto *chooseTargetsButton
        = new QPushButton(QIcon(u":/icons/flush.svg"_s), PlanTexts::tr("C&hoose…"), flushPage);
    chooseTargetsButton->setObjectName(u"chooseTargets"_s);
    chooseTargetsButton->setAccessibleName(PlanTexts::tr("Choose tables and patterns from the catalog"));
    chooseTargetsButton->setToolTip(
        PlanTexts::tr("Browse the databases and tables of the plan's profile, with rows and sizes"));
    targetRow->addWidget(chooseTargetsButton);
    connect(chooseTargetsButton, &QPushButton::clicked, this, &PlanStepEditor::chooseTargetsRequested);
    flushLayout->addLayout(targetRow);
    connect(addTargetButton, &QPushButton::clicked, this, &PlanStepEditor::addTyped);
    connect(m_targetInput, &QLineEdit::returnPressed, this, &PlanStepEditor::addTyped);
    connect(m_removeTargetButton, &QPushButton::clicked, this, [this, edit] {
        QListWidgetItem *item = m_targets->currentItem();
        if (!item)
            return;
        const bool pattern = item->data(TargetIsPatternRole).toBool();
        const int i = item->data(TargetIndexRole).toInt();
        edit(
            [pattern, i](PlanStep &s) {
                if (pattern)
                    s.targets.patterns.removeAt(i);
                else
                    s.targets.tables.removeAt(i);
            },
            PlanTexts::tr("Remove target"), -1);
    });
    auto *flushForm = new QFormLayout;
    m_parallelism = spin(flushPage, 0, 64, PlanTexts::tr(" at once"));
    m_flushTimeout = spin(flushPage, 0, 86400, PlanTexts::tr(" s"));
    m_flushRetries = spin(flushPage, 0, 20, {});
    flushForm->addRow(PlanTexts::tr("&Parallelism:"), m_parallelism);
    flushForm->addRow(PlanTexts::tr("&Timeout per table:"), m_flushTimeout);
    flushForm->addRow(PlanTexts::tr("&Retries:"), m_flushRetries);
    m_account = new QLineEdit(flushPage);
    m_account->setObjectName(u"account"_s);
    m_account->setAccessibleName(PlanTexts::tr("Account"));
    m_account->setPlaceholderText(PlanTexts::tr("empty = the profile's own account"));
    m_account->setToolTip(
        PlanTexts::tr("The tenant whose tables this step flushes (its account id); a sys profile can flush "
                      "every tenant's tables, sent as db.table.<account>"));
    m_account->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,10}"_s), m_account));
    flushForm->addRow(PlanTexts::tr("Acco&unt:"), m_account);
    m_withCompanions = new QCheckBox(PlanTexts::tr("With its &index and partition tables"), flushPage);
    m_withCompanions->setAccessibleName(PlanTexts::tr("With its index and partition tables"));
    m_withCompanions->setToolTip(
        PlanTexts::tr("MatrixOne flushes exactly one table: also flush each table's index and partition "
                      "tables"));
    flushForm->addRow(QString(), m_withCompanions);
    flushLayout->addLayout(flushForm);

    // Select by measure: rows, size, the largest, growth since the plan's last run.
    m_sizeRuleBox = new QGroupBox(PlanTexts::tr("Select by si&ze (read just before the run)"), flushPage);
    m_sizeRuleBox->setObjectName(u"sizeRule"_s);
    m_sizeRuleBox->setCheckable(true);
    m_sizeRuleBox->setChecked(false);
    m_sizeRuleBox->setToolTip(
        PlanTexts::tr("Flush the tables of the patterns above (or, without patterns, every user table of the "
                      "account) that meet every criterion given, from mo_table_rows() and mo_table_size(); "
                      "the tables listed above are flushed as well."));
    auto *ruleForm = new QFormLayout(m_sizeRuleBox);
    const QRegularExpression digits(u"[0-9]{0,15}"_s);
    m_minRows = new QLineEdit(m_sizeRuleBox);
    m_minRows->setObjectName(u"minRows"_s);
    m_minRows->setPlaceholderText(PlanTexts::tr("any"));
    m_minRows->setValidator(new QRegularExpressionValidator(digits, m_minRows));
    m_minRows->setAccessibleName(PlanTexts::tr("At least this many rows"));
    m_minSize = new QLineEdit(m_sizeRuleBox);
    m_minSize->setObjectName(u"minSize"_s);
    m_minSize->setPlaceholderText(PlanTexts::tr("any, or 512K, 10M, 2G"));
    m_minSize->setAccessibleName(PlanTexts::tr("At least this size"));
    m_largest = spin(m_sizeRuleBox, 0, 100000, {});
    m_largest->setObjectName(u"largest"_s);
    m_largest->setSpecialValueText(PlanTexts::tr("all that match"));
    m_largest->setAccessibleName(PlanTexts::tr("Only the largest tables (by size)"));
    auto *growthRow = new QHBoxLayout;
    m_grownBy = new QLineEdit(m_sizeRuleBox);
    m_grownBy->setObjectName(u"grownBy"_s);
    m_grownBy->setPlaceholderText(PlanTexts::tr("any"));
    m_grownBy->setAccessibleName(PlanTexts::tr("Grown by at least, since the plan's last run"));
    m_grownUnit = new QComboBox(m_sizeRuleBox);
    m_grownUnit->setObjectName(u"grownUnit"_s);
    m_grownUnit->setAccessibleName(PlanTexts::tr("Unit of the growth"));
    m_grownUnit->addItem(PlanTexts::tr("rows"), int(SizeGrowth::Unit::Rows));
    m_grownUnit->addItem(PlanTexts::tr("bytes (K, M, G)"), int(SizeGrowth::Unit::Bytes));
    m_grownUnit->addItem(PlanTexts::tr("% of rows"), int(SizeGrowth::Unit::Percent));
    growthRow->addWidget(m_grownBy, 1);
    growthRow->addWidget(m_grownUnit);
    ruleForm->addRow(PlanTexts::tr("Rows at &least:"), m_minRows);
    ruleForm->addRow(PlanTexts::tr("Si&ze at least:"), m_minSize);
    ruleForm->addRow(PlanTexts::tr("Only the lar&gest:"), m_largest);
    ruleForm->addRow(PlanTexts::tr("Gro&wn since last run by:"), growthRow);
    m_sizeRuleStatus = new QLabel(m_sizeRuleBox);
    m_sizeRuleStatus->setObjectName(u"sizeRuleStatus"_s);
    m_sizeRuleStatus->setWordWrap(true);
    ruleForm->addRow(m_sizeRuleStatus);
    flushLayout->addWidget(m_sizeRuleBox);
    m_pages->addWidget(flushPage);

    auto *checkpointPage = new QWidget(m_pages);
    auto *checkpointForm = new QFormLayout(checkpointPage);
    checkpointForm->setContentsMargins(0, 0, 0, 0);
    m_duration = new QLineEdit(checkpointPage);
    m_duration->setObjectName(u"duration"_s);
    m_duration->setPlaceholderText(PlanTexts::tr("empty = server default, or 30s, 2m, 1h30m"));
    m_checkpointTimeout = spin(checkpointPage, 0, 86400, PlanTexts::tr(" s"));
    m_checkpointRetries = spin(checkpointPage, 0, 20, {});
    checkpointForm->addRow(PlanTexts::tr("Server &duration:"), m_duration);
    checkpointForm->addRow(PlanTexts::tr("&Timeout:"), m_checkpointTimeout);
    m_durationWarning = new QLabel(checkpointPage);
    m_durationWarning->setObjectName(u"durationWarning"_s);
    m_durationWarning->setWordWrap(true);
    m_durationWarning->setVisible(false);
    checkpointForm->addRow(m_durationWarning);
    checkpointForm->addRow(PlanTexts::tr("&Retries:"), m_checkpointRetries);
    m_minIncrementals = spin(checkpointPage, 0, 100000, {});
    m_minIncrementals->setObjectName(u"minIncrementals"_s);
    m_minIncrementals->setSpecialValueText(PlanTexts::tr("always"));
    m_minIncrementals->setToolTip(
        PlanTexts::tr("Send the global checkpoint only when MatrixOne's checkpoint list shows at least this "
                      "many incremental checkpoints since the last global one; otherwise the step is "
                      "skipped and History says why."));
    checkpointForm->addRow(PlanTexts::tr("Only after &incrementals:"), m_minIncrementals);
    m_pages->addWidget(checkpointPage);

    auto *waitPage = new QWidget(m_pages);
    auto *waitForm = new QFormLayout(waitPage);
    waitForm->setContentsMargins(0, 0, 0, 0);
    m_waitSeconds = spin(waitPage, 0, 86400, PlanTexts::tr(" s"));
    waitForm->addRow(PlanTexts::tr("&Wait:"), m_waitSeconds);
    m_pages->addWidget(waitPage);

    connect(m_duration, &QLineEdit::textEdited, this, [edit](const QString &t) {
        edit([&t](PlanStep &s) { s.duration = t.trimmed(); }, PlanTexts::tr("Edit duration"),
            F::FieldDuration);
    });
    connect(m_account, &QLineEdit::textEdited, this, [edit](const QString &t) {
        bool ok = false;
        const quint64 account = t.trimmed().toULongLong(&ok);
        const std::optional<quint64> value = ok ? std::optional<quint64>(account) : std::nullopt;
        edit([value](PlanStep &s) { s.account = value; }, PlanTexts::tr("Change account"), F::FieldAccount);
    });
    connect(m_withCompanions, &QCheckBox::toggled, this, [edit](bool on) {
        edit([on](PlanStep &s) { s.withCompanions = on; }, PlanTexts::tr("Change index and partition tables"),
            F::FieldCompanions);
    });
    connect(m_parallelism, &QSpinBox::valueChanged, this, [edit](int v) {
        edit([v](PlanStep &s) { s.parallelism = v; }, PlanTexts::tr("Change parallelism"),
            F::FieldParallelism);
    });
    for (QSpinBox *box : { m_flushTimeout, m_checkpointTimeout }) {
        connect(box, &QSpinBox::valueChanged, this, [edit](int v) {
            edit(
                [v](PlanStep &s) { s.timeoutSeconds = v; }, PlanTexts::tr("Change timeout"), F::FieldTimeout);
        });
    }
    for (QSpinBox *box : { m_flushRetries, m_checkpointRetries }) {
        connect(box, &QSpinBox::valueChanged, this, [edit](int v) {
            edit([v](PlanStep &s) { s.retries = v; }, PlanTexts::tr("Change retries"), F::FieldRetries);
        });
    }
    const auto editRule = [this, edit] {
        QString error;
        const std::optional<SizeRule> rule = sizeRuleFromFields(&error);
        if (!error.isEmpty()) {
            m_sizeRuleStatus->setText(error);
            return;
        }
        edit([rule](PlanStep &s) { s.sizeRule = rule; }, PlanTexts::tr("Change size rule"), F::FieldSizeRule);
    };
    connect(m_sizeRuleBox, &QGroupBox::toggled, this, editRule);
    for (QLineEdit *line : { m_minRows, m_minSize, m_grownBy })
        connect(line, &QLineEdit::textEdited, this, editRule);
    connect(m_largest, &QSpinBox::valueChanged, this, editRule);
    connect(m_grownUnit, &QComboBox::activated, this, editRule);
    connect(m_minIncrementals, &QSpinBox::valueChanged, this, [edit](int v) {
        edit([v](PlanStep &s) { s.minIncrementals = v; }, PlanTexts::tr("Change incrementals to wait for"),
            F::FieldMinIncrementals);
    });
    connect(m_waitSeconds, &QSpinBox::valueChanged, this, [edit](int v) {
        edit([v](PlanStep &s) { s.waitSeconds = v; }, PlanTexts::tr("Change wait"), F::FieldWait);
    });

    connect(m_model, &PlanModel::planChanged, this, &PlanStepEditor::refresh);
    connect(m_model, &PlanModel::currentStepChanged, this, &PlanStepEditor::refresh);
    refresh();
}

void PlanStepEditor::addTyped()
{
    const QString text = m_targetInput->text().trimmed();
    if (text.isEmpty() || m_model->currentStep() < 0)
        return;
    const bool pattern = text.contains(u'*') || text.contains(u'?');
    QString error;
    if (m_model->addTarget(m_model->currentStep(), text,
            pattern ? PlanModel::TargetKind::Pattern : PlanModel::TargetKind::Table, &error))
        m_targetInput->clear();
    else if (!error.isEmpty())
        Q_EMIT problemFound(error);
}

void PlanStepEditor::refresh()
{
    const QList<PlanStep> &steps = m_model->plan().steps;
    const int current = m_model->currentStep();
    const bool has = current >= 0 && current < steps.size();
    setEnabled(has);
    if (!has)
        return;
    m_refreshing = true;
    const PlanStep &s = steps.at(current);
    setTitle(PlanTexts::tr("Step %1: %2").arg(current + 1).arg(stepKindTitle(s.kind)));
    m_enabled->setChecked(s.enabled);
    if (m_label->text() != s.label)
        m_label->setText(s.label);
    m_label->setPlaceholderText(stepKindTitle(s.kind));
    if (s.isWait()) {
        m_pages->setCurrentIndex(WaitPage);
        m_waitSeconds->setValue(s.waitSeconds);
    } else if (s.isCheckpoint()) {
        m_pages->setCurrentIndex(CheckpointPage);
        if (m_duration->text() != s.duration)
            m_duration->setText(s.duration);
        m_checkpointTimeout->setValue(s.timeoutSeconds);
        m_checkpointRetries->setValue(s.retries);
        m_minIncrementals->setValue(s.minIncrementals);
        m_minIncrementals->setEnabled(s.kind == OperationKind::GlobalCheckpoint);
        refreshDurationWarning();
    } else {
        m_pages->setCurrentIndex(FlushPage);
        const int row = m_targets->currentRow();
        m_targets->clear();
        for (int i = 0; i < s.targets.tables.size(); ++i) {
            auto *item = new QListWidgetItem(
                QIcon(u":/icons/flush.svg"_s), s.targets.tables.at(i).display(), m_targets);
            item->setData(TargetIsPatternRole, false);
            item->setData(TargetIndexRole, i);
        }
        const PatternResolution &resolution = m_model->resolution();
        for (int i = 0; i < s.targets.patterns.size(); ++i) {
            const QString &p = s.targets.patterns.at(i);
            QString text = PlanTexts::tr("pattern %1").arg(p);
            if (const QString key = patternKey(p, s.account);
                m_model->isResolutionKnown() && resolution.contains(key))
                text += u"  → "_s + PlanTexts::tr("%n table(s)", nullptr, int(resolution.value(key).size()));
            auto *item = new QListWidgetItem(text, m_targets);
            item->setData(TargetIsPatternRole, true);
            item->setData(TargetIndexRole, i);
        }
        m_targets->setCurrentRow(qMin(row, m_targets->count() - 1));
        m_parallelism->setValue(s.parallelism);
        if (const QString account = s.account ? QString::number(*s.account) : QString();
            m_account->text() != account)
            m_account->setText(account);
        m_withCompanions->setChecked(s.withCompanions);
        m_flushTimeout->setValue(s.timeoutSeconds);
        m_flushRetries->setValue(s.retries);
        showSizeRule(s);
    }
    m_refreshing = false;
}

std::optional<SizeRule> PlanStepEditor::sizeRuleFromFields(QString *error) const
{
    if (!m_sizeRuleBox->isChecked())
        return std::nullopt;
    SizeRule rule;
    if (!m_minRows->text().trimmed().isEmpty())
        rule.minRows = m_minRows->text().trimmed().toLongLong();
    if (const QString size = m_minSize->text().trimmed(); !size.isEmpty()) {
        rule.minBytes = parseByteSize(size, error);
        if (!rule.minBytes)
            return std::nullopt;
    }
    if (m_largest->value() > 0)
        rule.largest = m_largest->value();
    if (const QString growth = m_grownBy->text().trimmed(); !growth.isEmpty()) {
        SizeGrowth g;
        g.unit = SizeGrowth::Unit(m_grownUnit->currentData().toInt());
        std::optional<qint64> amount;
        if (g.unit == SizeGrowth::Unit::Bytes) {
            amount = parseByteSize(growth, error);
        } else {
            bool ok = false;
            const qint64 n = growth.toLongLong(&ok);
            if (ok && n >= 0)
                amount = n;
            else if (error)
                *error = PlanTexts::tr("The growth must be a whole number.");
        }
        if (!amount)
            return std::nullopt;
        g.amount = *amount;
        rule.grownBy = g;
    }
    return rule;
}

void PlanStepEditor::showSizeRule(const PlanStep &s)
{
    m_sizeRuleBox->setChecked(s.sizeRule.has_value());
    const SizeRule rule = s.sizeRule.value_or(SizeRule {});
    // Fields being typed in keep their text; the others show the rule.
    const auto setText = [](QLineEdit *line, const QString &text) {
        if (!line->hasFocus() && line->text() != text)
            line->setText(text);
    };
    setText(m_minRows, rule.minRows ? QString::number(*rule.minRows) : QString());
    setText(m_minSize, rule.minBytes ? byteSizeText(*rule.minBytes) : QString());
    m_largest->setValue(rule.largest.value_or(0));
    if (rule.grownBy) {
        m_grownUnit->setCurrentIndex(m_grownUnit->findData(int(rule.grownBy->unit)));
        setText(m_grownBy,
            rule.grownBy->unit == SizeGrowth::Unit::Bytes ? byteSizeText(rule.grownBy->amount)
                                                          : QString::number(rule.grownBy->amount));
    } else {
        setText(m_grownBy, QString());
    }
    if (!s.sizeRule) {
        m_sizeRuleStatus->clear();
        return;
    }
    const QString key = sizeRuleKey(s);
    if (m_model->sizeRuleSelections().contains(key)) {
        const SizeRuleResult &r = m_model->sizeRuleSelections().value(key);
        qint64 bytes = 0;
        for (const SizeRuleCandidate &c : r.candidates) {
            if (c.selected)
                bytes += qMax<qint64>(0, c.now.bytes);
        }
        m_sizeRuleStatus->setText(
            PlanTexts::tr("Now: selects %n of %1 table(s), %2 in all (see the SQL preview).", nullptr,
                int(r.selected.size()))
                .arg(r.candidates.size())
                .arg(formatSize(bytes)));
    } else {
        m_sizeRuleStatus->setText(
            PlanTexts::tr("%1. Evaluated when the plan runs; Preflight shows what it selects now.")
                .arg(s.sizeRule->describe()));
    }
}

void PlanStepEditor::refreshDurationWarning()
{
    QString warning;
    const QList<PlanStep> &steps = m_model->plan().steps;
    const int current = m_model->currentStep();
    if (current >= 0 && current < steps.size() && steps.at(current).isCheckpoint())
        warning = durationLimitWarning(
            steps.at(current).duration, std::chrono::seconds(steps.at(current).timeoutSeconds));
    m_durationWarning->setText(warning);
    m_durationWarning->setVisible(!warning.isEmpty());
}

} // namespace moctl
