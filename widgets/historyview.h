#pragma once

#include "history/historytypes.h"
#include "historychart.h"
#include "moctl/operation.h"

#include <optional>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSet>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace moctl {

class FleetMatrixDialog;
class HistoryRunsModel;
class HistoryStore;
class TableGrowthDialog;
class ProfileStore;

// The History page: the runs (filtered, lazily loaded), the selected run's outcomes, CSV export,
// re-run, purge by retention, and a chart of durations. Follows the store live.
class HistoryView final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryView() override;
    // How many of a plan's newest runs the chart shows.
    static constexpr int ChartRuns = 2000;

    // Where re-run looks up the run's own profile. Without one, re-run does not check it exists.
    void setProfileStore(const ProfileStore *profiles) { m_profiles = profiles; }
    HistoryRunsModel *model() const { return m_model; }
    // Why the last re-run was refused (shown on the page), empty when none.
    QString rerunProblem() const;
    QTableView *runsView() const { return m_runs; }
    QTableWidget *outcomesView() const { return m_outcomes; }
    HistoryChart *chart() const { return m_chart; }
    // The filter the controls describe.
    RunFilter currentFilter() const;
    // The run selected in the table, 0 when none.
    qint64 selectedRunId() const;
    void selectRun(qint64 runId);

    // Writes the runs of the current filter / the selected run's outcomes as CSV (atomically).
    bool exportRunsCsv(const QString &path);
    bool exportOutcomesCsv(const QString &path);
    // The operations a run did, in order, rebuilt from its outcomes.
    static QList<Operation> operationsOf(const QList<Outcome> &outcomes);
    // Opens the growth of the selected outcome's table (a flush), or returns null.
    TableGrowthDialog *showTableGrowth();
    // Opens the cluster × step matrix of the selected run's fleet run (read from History on a worker
    // thread), or returns null when the run is not part of one.
    FleetMatrixDialog *showFleetMatrix();
    // Lists only the runs of one fleet run (the search box says "fleet:<id>"); empty = all again.
    void setFleetFilter(const QString &fleetId);

public Q_SLOTS:
    // Reads the history again with the current filter (F5).
    void refresh();
    // Applies the filter controls now (the text search otherwise waits a moment for typing to stop).
    void applyFilter();
    void exportRuns();
    void exportOutcomes();
    void rerun();
    void purge();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

Q_SIGNALS:
    // The run's operations and the run's own profile (which exists in the profile store when one is set).
    void rerunRequested(const QList<moctl::Operation> &operations, const QString &profileId);
    void messageShown(const QString &text);

private:
    void showDetails();
    void updateChoices();
    // Every profile and plan with runs, read on a worker thread (not only those of the loaded rows).
    void loadChoices();
    void updateEmptyNote();
    void addChoices(const HistoryChoices &choices);
    void updateActions();
    // Reads the chart's plan's durations on a worker thread (later, when the page is hidden).
    void updateChart();
    void chartRead();
    // The plan the chart shows: the plan filter's, else the selected run's, else the newest run's.
    std::optional<QString> chartPlan() const;
    void runEnded(qint64 runId);
    // Loads pages while the last loaded row is inside the visible table (what the view itself asks for).
    void fetchWhatIsVisible();

    HistoryStore *m_store = nullptr;
    const ProfileStore *m_profiles = nullptr;
    QLabel *m_rerunProblem = nullptr;
    HistoryRunsModel *m_model = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_loadingNote = nullptr;
    QLabel *m_emptyNote = nullptr;
    QTimer *m_loadingDelay = nullptr;
    QTimer *m_textTimer = nullptr;
    QTimer *m_liveTimer = nullptr;
    QTableView *m_runs = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_outcomes = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QPushButton *m_exportRuns = nullptr;
    QPushButton *m_exportOutcomes = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_purge = nullptr;
    QPushButton *m_growth = nullptr; // the selected outcome's table over its runs
    QPushButton *m_refresh = nullptr;
    QPushButton *m_fleetMatrix = nullptr; // the selected run's fleet run as a matrix
    HistoryChart *m_chart = nullptr;
    QList<Outcome> m_shownOutcomes;
    qint64 m_shownRun = 0;
    qint64 m_reselect = 0; // the run to select again when a refresh's rows arrive
    bool m_applying = false;
    QFutureWatcher<DurationSeries> m_chartWatcher;
    QFutureWatcher<HistoryChoices> m_choicesWatcher;
    bool m_choicesDirty = true; // read when next shown
    bool m_chartPending = false; // asked again while reading
    bool m_chartDirty = false; // asked while hidden
};

} // namespace moctl
