#pragma once

#include "history/historytypes.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>

namespace moctl {

class HistoryStore;

// The history's runs, newest first, for the History page. Loads lazily: a page of runs at a time
// (keyset paging: each page starts after the last run loaded), so a history of a million runs opens
// as fast as one of ten. The view asks for more through canFetchMore()/fetchMore() as it scrolls.
class HistoryRunsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRunsModel)

public:
    enum Column { WhenColumn, ProfileColumn, PlanColumn, TriggerColumn, StatusColumn, DurationColumn, OperationsColumn, ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole + 1, // qint64
        StatusRole,                   // RunStatus as int
        DurationMsRole,               // qint64; -1 while running
        StartedRole,                  // QDateTime (UTC)
        PlanIdRole,                   // QString; empty for ad-hoc runs
    };
    static constexpr int DefaultPageSize = 200;
    // Whether canFetchMore()/fetchMore() load pages: a view that is not on screen (a hidden tab) must
    // not page through the history on its own, so its page pauses the model while hidden.
    enum class Fetching { Active, Paused };

    explicit HistoryRunsModel(HistoryStore *store, QObject *parent = nullptr);

    // Starts over with this filter (its limit, offset and afterRunId are ignored) and loads the first page.
    void setFilter(const RunFilter &filter);
    RunFilter filter() const { return m_filter; }
    // Loads the first page again (keeps the filter).
    void reload();
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }
    void setFetching(Fetching fetching) { m_fetching = fetching; }
    Fetching fetching() const { return m_fetching; }

    // Live updates: puts runs newer than the first row on top (when they match the filter).
    void takeNewRuns();
    // Reads this run again; true when it is one of the loaded rows.
    bool updateRun(qint64 runId);

    const RunRecord &run(int row) const { return m_rows.at(row); }
    // The row of a loaded run, or -1.
    int rowOf(qint64 runId) const;
    const QList<RunRecord> &loadedRuns() const { return m_rows; }

    static QIcon statusIcon(RunStatus status);
    static QColor statusColour(RunStatus status);
    // "850 ms", "12.4 s", "3 min 05 s", "2 h 01 min" (translated).
    static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<RunRecord> page(qint64 afterRunId) const;

    HistoryStore *m_store = nullptr;
    RunFilter m_filter;
    int m_pageSize = DefaultPageSize;
    QList<RunRecord> m_rows;
    bool m_atEnd = true;
    bool m_resetting = false;
    Fetching m_fetching = Fetching::Active;
};

} // namespace moctl
