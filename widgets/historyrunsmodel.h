#pragma once

#include "history/historytypes.h"

#include <optional>
#include <QAbstractTableModel>
#include <QColor>
#include <QFutureWatcher>
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
    enum Column {
        WhenColumn,
        ProfileColumn,
        PlanColumn,
        TriggerColumn,
        StatusColumn,
        DurationColumn,
        OperationsColumn,
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1, // qint64
        StatusRole, // RunStatus as int
        DurationMsRole, // qint64; -1 while running
        StartedRole, // QDateTime (UTC)
        PlanIdRole, // QString; empty for ad-hoc runs
        FleetIdRole, // QString; empty for a run that is not part of a fleet run
    };
    static constexpr int DefaultPageSize = 200;
    // Whether canFetchMore()/fetchMore() load pages: a view that is not on screen (a hidden tab) must
    // not page through the history on its own, so its page pauses the model while hidden.
    enum class Fetching { Active, Paused };
    // Where pages are read. Synchronous: in the call (setFilter() returns with the first page loaded).
    // Background: on a worker thread, so a filter that makes SQLite scan a million runs (a text search
    // matching few) never stalls the GUI; the rows arrive later, isLoading() says when, and a newer
    // filter makes the answers to older ones be dropped.
    enum class Loading { Synchronous, Background };

    explicit HistoryRunsModel(HistoryStore *store, QObject *parent = nullptr);
    ~HistoryRunsModel() override;

    // Starts over with this filter (its limit, offset and afterRunId are ignored) and loads the first page.
    void setFilter(const RunFilter &filter);
    RunFilter filter() const { return m_filter; }
    // Loads the first page again (keeps the filter).
    void reload();
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }
    void setFetching(Fetching fetching) { m_fetching = fetching; }
    Fetching fetching() const { return m_fetching; }
    void setLoading(Loading loading) { m_loading = loading; }
    Loading loading() const { return m_loading; }
    // True while a page is being read in the background.
    bool isLoading() const { return m_inFlight.has_value(); }

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
    // What the Plan column says: the plan's name, or for an ad-hoc run its kind ("Flush (3 tables)",
    // "Incremental checkpoint"); "(ad hoc)" while its kind is not known yet.
    static QString planText(const RunRecord &run);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A background read began (true) or the last one ended (false).
    void loadingChanged(bool loading);
    // The first page for the current filter is in (after setFilter()/reload(), in either mode).
    void firstPageLoaded();

private:
    // What a read is for: the first page (a new filter), the next page, or the runs newer than row 0.
    enum class Want { First, Next, Newer };
    struct Read
    {
        Want want = Want::First;
        quint64 generation = 0;
    };
    RunFilter pageFilter(Want want) const;
    void request(Want want);
    void start(Read read);
    void readDone();
    void deliver(Want want, QList<RunRecord> rows);

    HistoryStore *m_store = nullptr;
    RunFilter m_filter;
    int m_pageSize = DefaultPageSize;
    QList<RunRecord> m_rows;
    bool m_atEnd = true;
    bool m_resetting = false;
    Fetching m_fetching = Fetching::Active;
    Loading m_loading = Loading::Synchronous;
    quint64 m_generation = 0; // bumped by each new filter: reads for an older one are dropped
    std::optional<Read> m_inFlight;
    std::optional<Read> m_queued; // at most one waits; First outranks Newer outranks Next
    QFutureWatcher<QList<RunRecord>> m_watcher;
};

} // namespace moctl
