#include "fleetmatrixdialog.h"

#include "history/historystore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtConcurrent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

FleetMatrixDialog::FleetMatrixDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new FleetMatrixModel(this))
{
    setObjectName(u"fleetMatrixDialog"_s);
    setWindowTitle(tr("Fleet run"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"fleetSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableView(this);
    m_table->setObjectName(u"fleetMatrix"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Fleet matrix: a row per cluster, a column per step"));
    m_table->setAccessibleDescription(
        tr("Each cell is the outcome of a step on a cluster; the Result column is the cluster's run"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"fleetCellDetails"_s);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("The selected cell's outcomes"));
    m_details->setPlaceholderText(tr("Select a cell to read its outcomes."));
    m_details->setMaximumHeight(7 * m_details->fontMetrics().lineSpacing());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons = buttons;
    m_cancel = buttons->addButton(tr("Cancel the fleet run"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(u"fleetCancel"_s);
    m_cancel->setIcon(QIcon(u":/icons/cancel.svg"_s));
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &FleetMatrixDialog::cancelRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetMatrixDialog::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FleetMatrixDialog::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetMatrixDialog::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &FleetMatrixDialog::showDetails);
    connect(&m_watcher, &QFutureWatcher<FleetMatrixModel::Snapshot>::finished, this, [this] {
        const FleetMatrixModel::Snapshot snapshot = m_watcher.result();
        m_model->load(snapshot);
        if (!snapshot.error.isEmpty())
            m_summary->setText(snapshot.error);
        else if (snapshot.runs.isEmpty())
            m_summary->setText(tr("History has no run of the fleet run %1.").arg(snapshot.fleetId));
        Q_EMIT loaded();
    });
    updateSummary();
    resize(900, 480); // fits a 1024×700 screen with the window's frame
}

FleetMatrixDialog::~FleetMatrixDialog()
{
    m_watcher.waitForFinished();
}

void FleetMatrixDialog::setPlanName(const QString &planName)
{
    m_planName = planName;
    setWindowTitle(planName.isEmpty() ? tr("Fleet run") : tr("Fleet run of %1").arg(planName));
    updateSummary();
}

QPushButton *FleetMatrixDialog::addHistoryButton(const QString &text)
{
    return m_buttons->addButton(text, QDialogButtonBox::ActionRole);
}

void FleetMatrixDialog::setRunning(bool running)
{
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
}

void FleetMatrixDialog::updateSummary()
{
    if (m_watcher.isRunning()) {
        m_summary->setText(tr("Reading the fleet run from History…"));
        return;
    }
    QString text = m_model->summaryText();
    if (!m_model->fleetId().isEmpty())
        text += u"\n"_s + tr("Fleet id: %1").arg(m_model->fleetId());
    m_summary->setText(text);
}

void FleetMatrixDialog::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QString text = m_model->data(current, Qt::ToolTipRole).toString();
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
}

FleetMatrixModel::Snapshot FleetMatrixDialog::readFleet(HistoryStore *store, const QString &fleetId)
{
    FleetMatrixModel::Snapshot snapshot;
    snapshot.fleetId = fleetId;
    if (!store) {
        snapshot.error = tr("History is not available.");
        return snapshot;
    }
    RunFilter filter;
    filter.fleetId = fleetId;
    filter.limit = 0;
    snapshot.runs = store->runs(filter);
    for (const RunRecord &run : std::as_const(snapshot.runs))
        snapshot.outcomes.insert(run.id, store->outcomes(run.id));
    return snapshot;
}

void FleetMatrixDialog::loadFromHistory(HistoryStore *store, const QString &fleetId)
{
    m_watcher.waitForFinished();
    m_watcher.setFuture(QtConcurrent::run([store, fleetId] { return readFleet(store, fleetId); }));
    updateSummary();
}

} // namespace moctl
