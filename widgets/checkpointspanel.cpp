#include "checkpointspanel.h"

#include "connection/connectionfactory.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QtConcurrent>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

enum Column { TypeColumn, EndedColumn, HlcColumn, LsnColumn, TruncateColumn, StateColumn, ColumnCount };

} // namespace

CheckpointsPanel::CheckpointsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_refresh = new QPushButton(QIcon(u":/icons/refresh.svg"_s), tr("&Refresh checkpoints"), this);
    m_refresh->setObjectName(u"refreshCheckpoints"_s);
    m_refresh->setToolTip(tr("Read MatrixOne's checkpoint list (mo_ctl 'inspect') for the current profile"));
    m_summary = new QLabel(
        tr("Not read yet: Refresh reads the checkpoint list of the current profile's cluster."), this);
    m_summary->setObjectName(u"checkpointSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entries = new QTreeWidget(this);
    m_entries->setObjectName(u"checkpointEntries"_s);
    m_entries->setRootIsDecorated(false);
    m_entries->setColumnCount(ColumnCount);
    m_entries->setHeaderLabels({ tr("Checkpoint"), tr("Ended (UTC)"), tr("End (HLC)"), tr("Checkpoint LSN"),
        tr("Truncate LSN"), tr("State") });
    m_entries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entries->setAccessibleName(tr("Checkpoints: the last global and the incrementals since it"));
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(u"checkpointRaw"_s);
    m_raw->setReadOnly(true);
    m_raw->setVisible(false);
    m_raw->setAccessibleName(tr("The server's reply as received"));

    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_entries, 1);
    layout->addWidget(m_raw, 1);

    connect(m_refresh, &QPushButton::clicked, this, &CheckpointsPanel::refresh);
    connect(&m_watcher, &QFutureWatcher<CheckpointList>::finished, this, [this] {
        m_refresh->setEnabled(true);
        display(m_watcher.result());
    });
}

CheckpointsPanel::~CheckpointsPanel()
{
    m_watcher.waitForFinished(); // the worker owns its own connection; let it end
}

void CheckpointsPanel::refresh()
{
    if (isRefreshing())
        return;
    if (!m_supplier) {
        m_summary->setText(tr("No connection: choose a profile first."));
        return;
    }
    m_waitingForConnection = true;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Connecting…"));
    QPointer<CheckpointsPanel> self(this);
    m_supplier(this, [self](std::optional<ConnectionSettings> settings, const QString &error) {
        if (!self)
            return;
        self->m_waitingForConnection = false;
        if (!settings) {
            self->m_refresh->setEnabled(true);
            self->m_summary->setText(error.isEmpty() ? tr("No connection: choose a profile first.") : error);
            return;
        }
        self->start(*settings);
    });
}

void CheckpointsPanel::start(const ConnectionSettings &settings)
{
    m_summary->setText(tr("Reading the checkpoint list of %1…").arg(settings.describe()));
    m_watcher.setFuture(QtConcurrent::run([settings] {
        CheckpointList list = readCheckpoints(settings);
        ConnectionFactory::releaseThreadConnections();
        return list;
    }));
}

void CheckpointsPanel::display(const CheckpointList &list)
{
    m_list = list;
    m_entries->clear();
    m_raw->clear();
    if (list.error.isError()) {
        m_summary->setText(tr("The checkpoint list could not be read: %1").arg(list.error.message()));
        m_raw->setVisible(false);
        Q_EMIT refreshed(list);
        return;
    }
    if (!list.isKnown()) {
        // Never guessed at: the reply as MatrixOne gave it.
        m_summary->setText(
            tr("%1 answered \"%2\" in a format this version does not know; the reply is shown as received.")
                .arg(list.serverVersion, list.command));
        m_raw->setPlainText(list.raw);
        m_raw->setVisible(true);
        m_entries->setVisible(false);
        Q_EMIT refreshed(list);
        return;
    }
    m_raw->setVisible(false);
    m_entries->setVisible(true);
    const CheckpointEntry *global = list.lastGlobal();
    const QList<CheckpointEntry> incrementals = list.incrementalsSinceGlobal();
    const auto addRow = [this](const CheckpointEntry &e, bool bold) {
        auto *item = new QTreeWidgetItem(m_entries);
        const QDateTime ended = e.endTime();
        item->setText(TypeColumn, e.typeTitle());
        item->setText(EndedColumn, ended.isValid() ? ended.toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString());
        item->setText(HlcColumn, e.end);
        item->setText(LsnColumn, QString::number(e.ckpLsn));
        item->setText(TruncateColumn, QString::number(e.truncateLsn));
        item->setText(StateColumn, e.stateTitle());
        item->setToolTip(TypeColumn, e.detail.isEmpty() ? e.location : e.detail);
        for (int c : { LsnColumn, TruncateColumn })
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont f = item->font(TypeColumn);
            f.setBold(true);
            for (int c = 0; c < ColumnCount; ++c)
                item->setFont(c, f);
        }
    };
    if (global)
        addRow(*global, true);
    for (const CheckpointEntry &e : incrementals)
        addRow(e, false);
    const QString when = global && global->endTime().isValid()
        ? global->endTime().toLocalTime().toString(QLocale().dateTimeFormat(QLocale::ShortFormat))
        : QString();
    QString text = global ? tr("Last global checkpoint: LSN %1%2.")
                                .arg(global->ckpLsn)
                                .arg(when.isEmpty() ? QString() : tr(", ended %1").arg(when))
                          : tr("No global checkpoint in the list.");
    text += u' ' + tr("%n incremental checkpoint(s) since it.", nullptr, int(incrementals.size()));
    text += u' ' + tr("(%1, %2)").arg(list.serverVersion, list.command);
    m_summary->setText(text);
    Q_EMIT refreshed(list);
}

} // namespace moctl
