#pragma once

#include "fleetmatrixmodel.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace moctl {

class HistoryStore;

// The cluster × step matrix of one fleet run: a row per cluster, the Result column, a column per
// step, each cell coloured by its outcome (its messages in the tooltip and, for the selected cell,
// below the table). Fills live while a fleet runs (its FleetMatrixModel is fed by the run), or shows a
// past fleet run read from History on a worker thread (loadFromHistory).
class FleetMatrixDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FleetMatrixDialog(QWidget *parent = nullptr);
    ~FleetMatrixDialog() override;

    FleetMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The plan's name in the title.
    void setPlanName(const QString &planName);
    // While the fleet runs: Cancel is offered.
    void setRunning(bool running);
    bool isLoading() const { return m_watcher.isRunning(); }
    // A button beside Close for the page that opened it (History: "List its runs").
    QPushButton *addHistoryButton(const QString &text);

    // Reads the fleet run's runs and outcomes from History on a worker thread, then shows them
    // (loaded() once they are in).
    void loadFromHistory(HistoryStore *store, const QString &fleetId);
    // The same read, synchronous (the worker's body; also for tests).
    static FleetMatrixModel::Snapshot readFleet(HistoryStore *store, const QString &fleetId);

Q_SIGNALS:
    void cancelRequested();
    void loaded();

private:
    void updateSummary();
    void showDetails();

    FleetMatrixModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_cancel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_planName;
    QFutureWatcher<FleetMatrixModel::Snapshot> m_watcher;
};

} // namespace moctl
