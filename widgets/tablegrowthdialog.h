#pragma once

#include "history/historytypes.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QTableWidget;

namespace moctl {

class HistoryStore;

// A table's growth over its runs: the rows and size History recorded each time a run flushed it
// (read on a worker thread). Opened from the History page for the selected outcome's table.
class TableGrowthDialog final : public QDialog
{
    Q_OBJECT

public:
    TableGrowthDialog(
        HistoryStore *store, const QString &target, const QString &planId, QWidget *parent = nullptr);
    ~TableGrowthDialog() override;

    QTableWidget *table() const { return m_table; }
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void loaded(int points);

private:
    void display(const QList<TableGrowthPoint> &points);

    QFutureWatcher<QList<TableGrowthPoint>> m_watcher;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace moctl
