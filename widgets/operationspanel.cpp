#include "operationspanel.h"

#include "checkpointspanel.h"
#include "moctl/duration.h"
#include "moctl/identifier.h"
#include "moctl/statement.h"
#include "progressvalue.h"
#include "runner/runner.h"
#include "runoperationsmodel.h"
#include "security/textsafety.h"
#include "tableselectordialog.h"
#include "tableselectorwidget.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

OperationsPanel::OperationsPanel(QWidget *parent)
    : QWidget(parent)
    , m_runner(new Runner(this))
    , m_model(new RunOperationsModel(this))
{
    setObjectName(u"operationsPanel"_s);

    auto *kindBox = new QGroupBox(tr("Operation"), this);
    m_flush = new QRadioButton(tr("&Flush tables"), kindBox);
    m_flush->setObjectName(u"flushKind"_s);
    m_checkpoint = new QRadioButton(tr("&Incremental checkpoint"), kindBox);
    m_checkpoint->setObjectName(u"checkpointKind"_s);
    m_globalCheckpoint = new QRadioButton(tr("&Global checkpoint"), kindBox);
    m_globalCheckpoint->setObjectName(u"globalCheckpointKind"_s);
    m_kindGroup = new QButtonGroup(this);
    m_kindGroup->addButton(m_flush, int(OperationKind::Flush));
    m_kindGroup->addButton(m_checkpoint, int(OperationKind::Checkpoint));
    m_kindGroup->addButton(m_globalCheckpoint, int(OperationKind::GlobalCheckpoint));
    m_flush->setChecked(true);

    m_tables = new QPlainTextEdit(kindBox);
    m_tables->setObjectName(u"tables"_s);
    m_tables->setPlaceholderText(
        tr("One table per line: database.table (use `backticks` for names with dots)"));
    m_tables->setAccessibleName(tr("Tables to flush"));
    m_tables->setTabChangesFocus(true);
    // A few lines (it scrolls beyond): the height goes to the outcomes of the run.
    m_tables->setMinimumHeight(4 * m_tables->fontMetrics().lineSpacing() + 12);
    m_tables->setMaximumHeight(8 * m_tables->fontMetrics().lineSpacing() + 12);
    m_duration = new QLineEdit(kindBox);
    m_duration->setObjectName(u"duration"_s);
    m_duration->setPlaceholderText(tr("server default"));
    m_duration->setToolTip(tr("How long MatrixOne may take, e.g. 30s or 2m. Empty: the server's default."));
    m_duration->setAccessibleName(tr("Checkpoint duration"));

    auto *kindLayout = new QVBoxLayout(kindBox);
    kindLayout->addWidget(m_flush);
    kindLayout->addWidget(m_tables, 1);
    m_chooseTables = new QPushButton(QIcon(u":/icons/flush.svg"_s), tr("C&hoose tables…"), kindBox);
    m_chooseTables->setObjectName(u"chooseTables"_s);
    m_chooseTables->setAccessibleName(tr("Choose tables from the catalog"));
    m_chooseTables->setToolTip(
        tr("Browse the databases and tables of the current profile, with rows and sizes"));
    connect(m_chooseTables, &QPushButton::clicked, this, &OperationsPanel::chooseTables);
    kindLayout->addWidget(m_chooseTables, 0, Qt::AlignLeft);
    kindLayout->addWidget(m_checkpoint);
    kindLayout->addWidget(m_globalCheckpoint);
    auto *durationRow = new QFormLayout;
    durationRow->addRow(tr("Checkpoint &duration:"), m_duration);
    m_durationWarning = new QLabel(kindBox);
    m_durationWarning->setObjectName(u"durationWarning"_s);
    m_durationWarning->setWordWrap(true);
    m_durationWarning->setVisible(false);
    durationRow->addRow(m_durationWarning);
    kindLayout->addLayout(durationRow);

    auto *optionsBox = new QGroupBox(tr("Execution"), this);
    m_parallelism = new QSpinBox(optionsBox);
    m_parallelism->setObjectName(u"parallelism"_s);
    m_parallelism->setRange(1, 64);
    m_parallelism->setToolTip(tr("How many tables are flushed at once."));
    m_timeout = new QDoubleSpinBox(optionsBox);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setRange(1, 86400);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("Each attempt is cancelled on the server after this long."));
    m_retries = new QSpinBox(optionsBox);
    m_retries->setObjectName(u"retries"_s);
    m_retries->setRange(0, 20);
    m_retries->setToolTip(tr("Extra attempts after a lost connection or a server timeout."));
    auto *optionsLayout = new QFormLayout(optionsBox);
    optionsLayout->addRow(tr("&Parallel flushes:"), m_parallelism);
    optionsLayout->addRow(tr("&Time limit per attempt:"), m_timeout);
    optionsLayout->addRow(tr("&Retries:"), m_retries);

    m_run = new QPushButton(QIcon(u":/icons/run.svg"_s), tr("&Run"), this);
    m_run->setObjectName(u"runButton"_s);
    m_run->setDefault(true);
    m_cancel = new QPushButton(QIcon(u":/icons/cancel.svg"_s), tr("&Cancel"), this);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_retryFailed = new QPushButton(tr("Retry &Failed"), this);
    m_retryFailed->setObjectName(u"retryFailedButton"_s);
    m_retryFailed->setToolTip(tr("Run the failed operations of the last run again, with the same options"));
    optionsLayout->addRow(m_run);
    optionsLayout->addRow(m_cancel);
    optionsLayout->addRow(m_retryFailed);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 100);
    setProgressValue(m_progress, 0);
    m_progress->setAccessibleName(tr("Run progress"));

    connect(m_duration, &QLineEdit::textChanged, this, &OperationsPanel::refreshDurationWarning);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, &OperationsPanel::refreshDurationWarning);
    connect(m_kindGroup, &QButtonGroup::idToggled, this, &OperationsPanel::refreshDurationWarning);

    m_view = new QTableView(this);
    m_view->setObjectName(u"outcomes"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Operations of the run"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Columns fit their content when a run starts and ends (not on every update: a long run stays smooth).
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setObjectName(u"copyOutcomes"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &OperationsPanel::copySelection);
    m_view->addAction(copy);
    auto *copyCsv = new QAction(tr("Copy as C&SV"), m_view);
    copyCsv->setObjectName(u"copyOutcomesCsv"_s);
    connect(copyCsv, &QAction::triggered, this, &OperationsPanel::copySelectionAsCsv);
    m_view->addAction(copyCsv);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this, copy, copyCsv](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(copy);
        menu.addAction(copyCsv);
        menu.addSeparator();
        QAction *retry = menu.addAction(m_retryFailed->text(), this, &OperationsPanel::retryFailed);
        retry->setEnabled(m_retryFailed->isEnabled());
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(kindBox, 2);
    top->addWidget(optionsBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    // The run's operations, and MatrixOne's checkpoint list (what the checkpoints above produce).
    m_checkpoints = new CheckpointsPanel(this);
    m_checkpoints->setConnectionSupplier([this](QObject *context, auto done) {
        if (!m_supplier)
            return done(std::nullopt, QString());
        m_supplier(context, [done](const Connection &c) {
            if (!c.error.isEmpty())
                return done(std::nullopt, c.error);
            done(c.settings, QString());
        });
    });
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"operationsTabs"_s);
    tabs->addTab(m_view, tr("Operations of the run"));
    tabs->addTab(m_checkpoints, QIcon(u":/icons/checkpoint.svg"_s), tr("Checkpoints"));
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);

    setDefaults(ExecutionOptions {});
    // Tab goes as the page reads: what to run, then how, then Run, then the outcomes.
    QWidget *order[] = { m_flush, m_tables, m_chooseTables, m_checkpoint, m_globalCheckpoint, m_duration,
        m_parallelism, m_timeout, m_retries, m_run, m_cancel, m_view };
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_kindGroup, &QButtonGroup::idToggled, this, [this] { updateEnabled(); });
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancel, &QPushButton::clicked, this, &OperationsPanel::cancel);
    connect(m_retryFailed, &QPushButton::clicked, this, &OperationsPanel::retryFailed);
    connect(m_runner, &Runner::runStarted, this, &OperationsPanel::runStarted);
    connect(m_runner, &Runner::operationQueued, m_model, &RunOperationsModel::markQueued);
    connect(m_runner, &Runner::operationStarted, m_model, &RunOperationsModel::markStarted);
    connect(m_runner, &Runner::operationFinished, m_model, &RunOperationsModel::markFinished);
    connect(m_runner, &Runner::progressChanged, this, [this](int percent) {
        setProgressValue(m_progress, percent);
        if (m_runner->isRunning())
            Q_EMIT progressChanged(true, percent, tr("Running on %1").arg(m_profileName));
    });
    connect(m_runner, &Runner::finished, this, &OperationsPanel::onFinished);
    updateEnabled();
}

OperationsPanel::~OperationsPanel()
{
    // The runner cancels and waits in its destructor; do it first, while the model still exists.
    delete m_runner;
    m_runner = nullptr;
}

void OperationsPanel::setConnectionSupplier(ConnectionSupplier supplier)
{
    if (!supplier) {
        m_supplier = nullptr;
        return;
    }
    m_supplier = [supplier = std::move(supplier)](
                     QObject *, std::function<void(Connection)> done) { done(supplier()); };
}

void OperationsPanel::setConnectionSupplier(AsyncConnectionSupplier supplier)
{
    m_supplier = std::move(supplier);
}

void OperationsPanel::setRecorder(RunRecorder *recorder)
{
    m_recorder = recorder;
}

void OperationsPanel::setDefaults(const ExecutionOptions &options)
{
    m_parallelism->setValue(options.parallelism);
    m_timeout->setValue(double(options.timeout.count()) / 1000.0);
    m_retries->setValue(options.retries);
}

void OperationsPanel::chooseTables()
{
    if (!m_supplier) {
        showRefusal(tr("Choose a profile first."));
        return;
    }
    QPointer<OperationsPanel> self(this);
    m_supplier(this, [self](const Connection &connection) {
        if (!self)
            return;
        if (!connection.error.isEmpty()) {
            self->showRefusal(connection.error);
            return;
        }
        TableSelectorDialog dialog(self);
        dialog.setWindowTitle(tr("Tables to flush — %1").arg(connection.profileName));
        dialog.selector()->setSettings(connection.settings);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QString error;
        QList<TableRef> tables = self->tables(&error);
        for (const TableRef &table : dialog.selector()->resolvedTables()) {
            if (!tables.contains(table))
                tables << table;
        }
        self->setTables(tables);
    });
}

void OperationsPanel::setTables(const QList<TableRef> &tables)
{
    QStringList lines;
    for (const TableRef &t : tables)
        lines << t.display();
    m_tables->setPlainText(lines.join(u'\n'));
}

QList<TableRef> OperationsPanel::tables(QString *error) const
{
    QList<TableRef> result;
    const QStringList lines = m_tables->toPlainText().split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const ParsedTarget parsed = parseTableTarget(line);
        if (parsed.error.isError()) {
            if (error && error->isEmpty())
                *error = tr("Line %1: %2").arg(i + 1).arg(parsed.error.message());
            continue;
        }
        result << parsed.table;
    }
    return result;
}

void OperationsPanel::setKind(OperationKind kind)
{
    m_kindGroup->button(int(kind))->setChecked(true);
}

OperationKind OperationsPanel::kind() const
{
    return OperationKind(m_kindGroup->checkedId());
}

void OperationsPanel::setDuration(const QString &duration)
{
    m_duration->setText(duration);
}

ExecutionOptions OperationsPanel::options() const
{
    ExecutionOptions o;
    o.parallelism = m_parallelism->value();
    o.timeout = std::chrono::milliseconds(qint64(m_timeout->value() * 1000.0));
    o.retries = m_retries->value();
    return o;
}

bool OperationsPanel::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void OperationsPanel::refreshDurationWarning()
{
    QString warning;
    if (kind() != OperationKind::Flush) {
        const QString duration = m_duration->text().trimmed();
        if (MoError e = checkDuration(duration); e.isError())
            warning = e.message();
        else
            warning = durationLimitWarning(
                duration, std::chrono::milliseconds(qint64(m_timeout->value() * 1000.0)));
    }
    m_durationWarning->setText(warning);
    m_durationWarning->setVisible(!warning.isEmpty());
}

void OperationsPanel::showStatus(const QString &text)
{
    m_statusKind = text.isEmpty() ? StatusKind::None : StatusKind::Run;
    m_status->setText(text);
    Q_EMIT statusChanged(text);
}

void OperationsPanel::showRefusal(const QString &text)
{
    showStatus(text);
    m_statusKind = StatusKind::Refusal;
}

QString OperationsPanel::statusText() const
{
    return m_status->text();
}

void OperationsPanel::clearRefusal()
{
    if (m_statusKind == StatusKind::Refusal)
        showStatus({});
}

QList<Operation> OperationsPanel::failedOperations() const
{
    QList<Operation> failed;
    if (isRunning())
        return failed;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->state(row) != RunOperationsModel::State::Finished)
            continue;
        const OutcomeStatus status = m_model->outcome(row).status;
        if (status == OutcomeStatus::Failed || status == OutcomeStatus::Timeout)
            failed << m_model->outcome(row).operation;
    }
    return failed;
}

QList<int> OperationsPanel::rowsToCopy() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString OperationsPanel::selectedRowsAsTsv() const
{
    QString text;
    for (const int row : rowsToCopy()) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << tsvField(m_model->index(row, column).data().toString());
        text += cells.join(u'\t') + u'\n';
    }
    return text;
}

QString OperationsPanel::selectedRowsAsCsv() const
{
    QByteArray csv;
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column)
        header << csvField(m_model->headerData(column, Qt::Horizontal).toString());
    csv += csvLine(header);
    for (const int row : rowsToCopy()) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << csvField(m_model->index(row, column).data().toString());
        csv += csvLine(cells);
    }
    return QString::fromUtf8(csv);
}

void OperationsPanel::copySelection()
{
    if (m_model->rowCount() > 0)
        QApplication::clipboard()->setText(selectedRowsAsTsv());
}

void OperationsPanel::copySelectionAsCsv()
{
    if (m_model->rowCount() > 0)
        QApplication::clipboard()->setText(selectedRowsAsCsv());
}

void OperationsPanel::updateEnabled()
{
    const bool running = isRunning();
    const bool flush = kind() == OperationKind::Flush;
    m_tables->setEnabled(!running && flush);
    m_chooseTables->setEnabled(!running && flush);
    m_duration->setEnabled(!running && !flush);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_flush, m_checkpoint, m_globalCheckpoint, m_parallelism, m_timeout, m_retries })
        w->setEnabled(!running);
    m_parallelism->setEnabled(!running && flush);
    m_run->setEnabled(!running && !m_resolving);
    m_cancel->setEnabled(running && !m_runner->isCancelling());
    m_retryFailed->setEnabled(!running && !m_resolving && !failedOperations().isEmpty());
}

bool OperationsPanel::run()
{
    if (isRunning() || m_resolving)
        return false;
    QList<Operation> operations;
    if (kind() == OperationKind::Flush) {
        QString error;
        const QList<TableRef> list = tables(&error);
        if (!error.isEmpty()) {
            showRefusal(error);
            return false;
        }
        if (list.isEmpty()) {
            showRefusal(tr("List at least one table to flush (database.table, one per line)."));
            return false;
        }
        for (const TableRef &t : list)
            operations << Operation::flush(t);
    } else {
        const QString duration = m_duration->text().trimmed();
        if (MoError e = checkDuration(duration); e.isError()) {
            showRefusal(e.message());
            return false;
        }
        operations << (kind() == OperationKind::Checkpoint ? Operation::checkpoint(duration)
                                                           : Operation::globalCheckpoint(duration));
    }
    return runOperations(operations, options());
}

bool OperationsPanel::retryFailed()
{
    if (isRunning() || m_resolving)
        return false;
    const QList<Operation> failed = failedOperations();
    if (failed.isEmpty())
        return false;
    return runOperations(failed, m_lastOptions);
}

bool OperationsPanel::runOperations(const QList<Operation> &operations, const ExecutionOptions &options)
{
    if (!m_supplier) {
        showRefusal(tr("Choose a profile first."));
        return false;
    }
    m_resolving = true;
    updateEnabled();
    QPointer<OperationsPanel> self(this);
    // Set when the supplier answers at once; otherwise the run starts when it answers.
    auto started = std::make_shared<std::optional<bool>>();
    m_supplier(this, [self, operations, options, started](const Connection &connection) {
        if (!self)
            return;
        self->m_resolving = false;
        *started = self->start(connection, operations, options);
        self->updateEnabled();
    });
    return started->value_or(true);
}

bool OperationsPanel::start(
    const Connection &connection, const QList<Operation> &operations, const ExecutionOptions &options)
{
    if (!connection.error.isEmpty()) {
        showRefusal(connection.error);
        return false;
    }
    RunRequest request;
    request.settings = connection.settings;
    request.profileId = connection.profileId;
    request.profileName
        = connection.profileName.isEmpty() ? connection.settings.describe() : connection.profileName;
    request.trigger = RunTrigger::Manual;
    request.policy = FailurePolicy::Continue;
    request.steps = RunRequest::stepsFor(operations, options);
    if (m_confirmer && !m_confirmer(request)) {
        showRefusal(tr("Not run on %1: nothing was sent.").arg(request.profileName));
        return false;
    }
    m_profileName = request.profileName;
    m_lastOptions = options;

    m_model->reset(operations);
    setProgressValue(m_progress, 0);
    if (!m_runner->start(request, m_recorder))
        return false;
    updateEnabled();
    const QString text = operations.size() == 1
        ? tr("Running %1 on %2…").arg(operationTitle(operations.first().kind), m_profileName)
        : tr("Flushing %1 tables on %2…").arg(operations.size()).arg(m_profileName);
    showStatus(text);
    Q_EMIT progressChanged(true, 0, text);
    return true;
}

void OperationsPanel::cancel()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    showStatus(tr("Cancelling: running statements are being stopped on the server…"));
    updateEnabled();
}

void OperationsPanel::onFinished(const RunSummary &summary)
{
    updateEnabled();
    m_view->resizeColumnsToContents();
    setProgressValue(m_progress, 100);
    QString text;
    const int total = summary.ok + summary.failed + summary.timedOut + summary.cancelled + summary.skipped;
    switch (summary.status) {
    case RunStatus::Ok:
        text = tr("Done on %1: %2 of %3 succeeded.").arg(m_profileName).arg(summary.ok).arg(total);
        break;
    case RunStatus::Cancelled:
        text = tr("Cancelled on %1: %2 succeeded, %3 cancelled.")
                   .arg(m_profileName)
                   .arg(summary.ok)
                   .arg(summary.cancelled);
        break;
    default:
        text = tr("%1 on %2: %3 succeeded, %4 failed, %5 timed out.")
                   .arg(runStatusTitle(summary.status), m_profileName)
                   .arg(summary.ok)
                   .arg(summary.failed)
                   .arg(summary.timedOut);
        if (summary.firstError.isError())
            text += u' ' + summary.firstError.message();
        break;
    }
    showStatus(text);
    Q_EMIT progressChanged(false, 100, text);
    Q_EMIT runFinished(summary);
}

} // namespace moctl
