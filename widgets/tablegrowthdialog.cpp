#include "tablegrowthdialog.h"

#include "history/historystore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QtConcurrent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

enum Column {
    RunColumn,
    WhenColumn,
    RowsColumn,
    RowsChangeColumn,
    SizeColumn,
    SizeChangeColumn,
    PlanColumn,
    ColumnCount
};

QString signedNumber(qint64 n)
{
    return (n > 0 ? u"+"_s : QString()) + QLocale().toString(n);
}

} // namespace

TableGrowthDialog::TableGrowthDialog(
    HistoryStore *store, const QString &target, const QString &planId, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Table growth: %1").arg(target));
    setObjectName(u"tableGrowthDialog"_s);
    m_summary = new QLabel(tr("Reading History…"), this);
    m_summary->setObjectName(u"growthSummary"_s);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"growthTable"_s);
    m_table->setHorizontalHeaderLabels({ tr("Run"), tr("Flushed at"), tr("Rows"), tr("Rows change"),
        tr("Size"), tr("Size change"), tr("Plan") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Rows and size of the table at each run that flushed it"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);
    connect(&m_watcher, &QFutureWatcher<QList<TableGrowthPoint>>::finished, this,
        [this] { display(m_watcher.result()); });
    m_watcher.setFuture(QtConcurrent::run([store, target, planId] {
        return store ? store->tableGrowth(target, planId) : QList<TableGrowthPoint>();
    }));
}

TableGrowthDialog::~TableGrowthDialog()
{
    m_watcher.waitForFinished();
}

void TableGrowthDialog::display(const QList<TableGrowthPoint> &points)
{
    m_table->setRowCount(int(points.size()));
    const QLocale locale;
    for (int i = 0; i < points.size(); ++i) {
        const TableGrowthPoint &p = points.at(i);
        const TableGrowthPoint *before = i > 0 ? &points.at(i - 1) : nullptr;
        const auto cell = [this, i](int column, const QString &text, bool number) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, column, item);
        };
        cell(RunColumn, QString::number(p.runId), true);
        cell(WhenColumn, locale.toString(p.at.toLocalTime(), QLocale::ShortFormat), false);
        cell(RowsColumn, formatRows(p.rows), true);
        cell(RowsChangeColumn,
            before && p.rows >= 0 && before->rows >= 0 ? signedNumber(p.rows - before->rows) : QString(),
            true);
        cell(SizeColumn, formatSize(p.bytes), true);
        cell(SizeChangeColumn,
            before && p.bytes >= 0 && before->bytes >= 0
                ? (p.bytes >= before->bytes ? u"+"_s : u"-"_s) + formatSize(qAbs(p.bytes - before->bytes))
                : QString(),
            true);
        cell(PlanColumn, p.planName, false);
    }
    m_table->resizeColumnsToContents();
    if (points.isEmpty()) {
        m_summary->setText(
            tr("History has no rows or size for this table: they are recorded when a plan with a size rule "
               "flushes it."));
    } else {
        const TableGrowthPoint &first = points.first();
        const TableGrowthPoint &last = points.last();
        m_summary->setText(tr("%n run(s) recorded its figures. From %1 rows and %2 to %3 rows and %4.",
            nullptr, int(points.size()))
                               .arg(formatRows(first.rows), formatSize(first.bytes), formatRows(last.rows),
                                   formatSize(last.bytes)));
    }
    Q_EMIT loaded(int(points.size()));
}

} // namespace moctl
