#pragma once

#include "connection/connectionsettings.h"
#include "moctl/operation.h"
#include "runner/runtypes.h"

#include <functional>
#include <QWidget>

class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace moctl {

class CheckpointsPanel;
class Runner;
class RunOperationsModel;

// The Operations page: flush tables, force an incremental or a global checkpoint on the current
// profile now. Runs in the background (Runner); shows each operation's live state, the progress and
// the outcome; Cancel stops the run (running statements are killed on the server).
class OperationsPanel final : public QWidget
{
    Q_OBJECT

public:
    // The connection of the current profile, built just before a run (password included, never kept).
    struct Connection
    {
        ConnectionSettings settings;
        QString profileId;
        QString profileName;
        QString error; // why there is no connection (no profile chosen, no password...); empty = usable
    };
    using ConnectionSupplier = std::function<Connection()>;
    // Asynchronous form (a keychain read, a password prompt): calls `done` later, on the GUI thread;
    // `context` is the panel (a guard for the callback).
    using AsyncConnectionSupplier
        = std::function<void(QObject *context, std::function<void(Connection)> done)>;

    explicit OperationsPanel(QWidget *parent = nullptr);
    ~OperationsPanel() override;

    void setConnectionSupplier(ConnectionSupplier supplier);
    void setConnectionSupplier(AsyncConnectionSupplier supplier);
    // Where runs are recorded (the history); may be null. Must outlive the panel's runs.
    void setRecorder(RunRecorder *recorder);
    void setDefaults(const ExecutionOptions &options);
    // The Checkpoints tab (MatrixOne's checkpoint list of the current profile's cluster).
    CheckpointsPanel *checkpointsPanel() const { return m_checkpoints; }
    // Asked with the complete request just before a run starts (nothing sent yet); false = not run.
    // The application asks on profiles that confirm runs.
    using RunConfirmer = std::function<bool(const RunRequest &request)>;
    void setRunConfirmer(RunConfirmer confirmer) { m_confirmer = std::move(confirmer); }

    // The tables to flush (the editable list; the table selector will feed this).
    void setTables(const QList<TableRef> &tables);
    // Opens the table selector on the current profile's catalog and puts the chosen tables in the list.
    void chooseTables();
    // The tables listed now; lines that cannot be read are reported in *error.
    QList<TableRef> tables(QString *error = nullptr) const;
    void setKind(OperationKind kind);
    OperationKind kind() const;
    void setDuration(const QString &duration);
    ExecutionOptions options() const;

    bool isRunning() const;
    // The page's own line (objectName "status"): why a run did not start, the run going on, or how the
    // last run ended. The status bar does not repeat it.
    QString statusText() const;
    // Clears the line when it only said why a run could not start (the session changed since).
    void clearRefusal();
    // The failed (and timed-out) operations of the last finished run: what Retry failed runs again.
    QList<Operation> failedOperations() const;
    // The selected rows of the grid (all rows when none is selected) as tab-separated text, one row a
    // line (Ctrl+C), and as CSV with a header line ("Copy as CSV").
    QString selectedRowsAsTsv() const;
    QString selectedRowsAsCsv() const;
    void copySelection();
    void copySelectionAsCsv();
    RunOperationsModel *model() const { return m_model; }
    Runner *runner() const { return m_runner; }

public Q_SLOTS:
    // Starts the chosen operation; false (with the reason shown) when it cannot start. With an
    // asynchronous supplier, true means the connection is being resolved and the run will follow.
    bool run();
    // Runs the failed operations of the last run again, with the last run's options. False when there
    // are none (or it cannot start).
    bool retryFailed();
    void cancel();

Q_SIGNALS:
    void runStarted(qint64 runId);
    void runFinished(const moctl::RunSummary &summary);
    // For the status bar: one line about the run.
    void statusChanged(const QString &text);
    // For the main window's progress indicator.
    void progressChanged(bool running, int percent, const QString &text);

private:
    void updateEnabled();
    void showStatus(const QString &text);
    void refreshDurationWarning();
    void onFinished(const RunSummary &summary);
    bool start(
        const Connection &connection, const QList<Operation> &operations, const ExecutionOptions &options);
    bool runOperations(const QList<Operation> &operations, const ExecutionOptions &options);
    enum class StatusKind { None, Refusal, Run };
    void showRefusal(const QString &text);
    QList<int> rowsToCopy() const;

    AsyncConnectionSupplier m_supplier;
    bool m_resolving = false;
    RunRecorder *m_recorder = nullptr;
    Runner *m_runner = nullptr;
    RunOperationsModel *m_model = nullptr;
    QButtonGroup *m_kindGroup = nullptr;
    QRadioButton *m_flush = nullptr;
    QRadioButton *m_checkpoint = nullptr;
    QRadioButton *m_globalCheckpoint = nullptr;
    QPlainTextEdit *m_tables = nullptr;
    QLineEdit *m_duration = nullptr;
    QLabel *m_durationWarning = nullptr; // a bad duration, or one longer than the time limit
    QSpinBox *m_parallelism = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    CheckpointsPanel *m_checkpoints = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_chooseTables = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retryFailed = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QString m_profileName;
    StatusKind m_statusKind = StatusKind::None;
    RunConfirmer m_confirmer;
    ExecutionOptions m_lastOptions; // of the last run started: Retry failed uses them
};

} // namespace moctl
