#pragma once

#include "connection/connectionsettings.h"
#include "moctl/checkpoints.h"

#include <functional>
#include <optional>
#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace moctl {

// MatrixOne's checkpoint list for the current profile: the last global checkpoint and the
// incrementals since it, with their LSNs and times; refreshed on demand, read on a worker thread.
// An unknown reply is shown as received. Sits on the Operations page (a tab next to the run's
// operations): the checkpoints are what that page forces.
class CheckpointsPanel final : public QWidget
{
    Q_OBJECT

public:
    // Gives the connection (on the GUI thread, possibly later); none = why not, in `error`.
    using ConnectionSupplier = std::function<void(
        QObject *context, std::function<void(std::optional<ConnectionSettings>, QString error)> done)>;

    explicit CheckpointsPanel(QWidget *parent = nullptr);
    ~CheckpointsPanel() override;

    void setConnectionSupplier(ConnectionSupplier supplier) { m_supplier = std::move(supplier); }
    // Reads the list again (nothing happens while a read is going).
    void refresh();
    bool isRefreshing() const { return m_watcher.isRunning() || m_waitingForConnection; }
    const CheckpointList &list() const { return m_list; }

Q_SIGNALS:
    void refreshed(const moctl::CheckpointList &list);

private:
    void start(const ConnectionSettings &settings);
    void display(const CheckpointList &list);

    ConnectionSupplier m_supplier;
    QFutureWatcher<CheckpointList> m_watcher;
    CheckpointList m_list;
    bool m_waitingForConnection = false;
    QPushButton *m_refresh = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_entries = nullptr;
    QPlainTextEdit *m_raw = nullptr;
};

} // namespace moctl
