// The History page offscreen over a real history file: the lazily loaded runs model (model tester,
// paging through 1,000 runs), filters, CSV export, the details pane, re-run, live updates, slow runs.
#include "connection/profilestore.h"
#include "history/historystore.h"
#include "historyrunsmodel.h"
#include "historyview.h"

#include <algorithm>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {
// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseCsv(QString::fromUtf8(f.readAll()));
}
} // namespace

namespace {
// The test's own account of slow runs, over all runs: more than `factor` times the median duration of
// the runs of the same plan (ad-hoc runs count as one plan); running runs are ignored. The chart gets
// its flags from HistoryStore::planDurations, which this checks.
QSet<qint64> slowRuns(const QList<RunRecord> &runs, double factor = 2.0)
{
    QHash<QString, QList<qint64>> durations;
    for (const RunRecord &r : runs) {
        if (r.status != RunStatus::Running && r.durationMs() >= 0)
            durations[r.planId].append(r.durationMs());
    }
    QHash<QString, double> medians;
    for (auto it = durations.begin(); it != durations.end(); ++it) {
        QList<qint64> &d = it.value();
        std::sort(d.begin(), d.end());
        const qsizetype n = d.size();
        medians.insert(
            it.key(), n % 2 ? double(d.at(n / 2)) : (double(d.at(n / 2 - 1)) + double(d.at(n / 2))) / 2.0);
    }
    QSet<qint64> slow;
    for (const RunRecord &r : runs) {
        if (r.status == RunStatus::Running || r.durationMs() < 0)
            continue;
        const double median = medians.value(r.planId);
        if (median > 0 && double(r.durationMs()) > factor * median)
            slow.insert(r.id);
    }
    return slow;
}
} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

    static constexpr int Runs = 1000;
    QTemporaryDir m_dir;
    HistoryStore m_store;
    QDateTime m_base = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    QList<Operation> m_ops = { Operation::flush(TableRef::byName(u"production_db"_s, u"users"_s)),
        Operation::flush(TableRef::byName(u"my.db"_s, u"t"_s)),
        Operation::flush(TableRef::byName(u"sales"_s, u"o'brien"_s, 7)), Operation::checkpoint(u"30s"_s) };
    qint64 m_detailedRun = 0; // a run with outcomes
    qint64 m_lastId = 0;

    // Run i: profile prod (even) or stage (odd); plan "nightly" every 4th run; every 10th failed;
    // every 100th has outcomes for m_ops; one minute apart; 1 s long, except every 250th (9 s).
    qint64 addRun(int i)
    {
        RunRequest request;
        request.profileId = i % 2 ? u"stage-id"_s : u"prod-id"_s;
        request.profileName = i % 2 ? u"stage"_s : u"prod"_s;
        if (i % 4 == 0) {
            request.planId = u"nightly-id"_s;
            request.planName = u"nightly"_s;
        }
        request.trigger = i % 4 == 0 ? RunTrigger::Scheduled : RunTrigger::Manual;
        const bool detailed = i % 100 == 0;
        request.steps = RunRequest::stepsFor(detailed ? m_ops : m_ops.mid(0, 1), {});
        const QDateTime started = m_base.addSecs(qint64(i) * 60);
        const qint64 id = m_store.beginRun(request, started);
        RunSummary summary;
        summary.runId = id;
        if (detailed) {
            for (int k = 0; k < m_ops.size(); ++k) {
                Outcome o;
                o.runId = id;
                o.operationIndex = k;
                o.operation = m_ops.at(k);
                o.target = m_ops.at(k).targetText();
                o.sql = u"SELECT mo_ctl('dn', 'flush', 'op %1')"_s.arg(k);
                o.attempts = k + 1;
                o.started = started;
                o.durationMs = 100 + k;
                o.status = k == 1 ? OutcomeStatus::Failed : OutcomeStatus::Ok;
                if (k == 1)
                    o.error = MoError(MoError::Kind::NotFound, 1146, u"no such table, \"t\""_s);
                else
                    o.rawReply = u"{\"method\": \"Flush\", \"result\": [{\"returnStr\": \"OK\"}]}"_s;
                m_store.recordOutcome(id, o);
                (k == 1 ? summary.failed : summary.ok) += 1;
            }
        } else {
            summary.ok = 1;
        }
        summary.status = i % 10 == 0 ? RunStatus::Failed : RunStatus::Ok;
        summary.started = started;
        summary.finished = started.addMSecs(i % 250 == 0 && i > 0 ? 9000 : 1000);
        m_store.endRun(id, summary);
        return id;
    }

    // As a shown table scrolled to the end would (a hidden page's model is paused).
    // In either loading mode: a background read is waited for before asking for the next page.
    static void fetchAll(HistoryRunsModel &model)
    {
        model.setFetching(HistoryRunsModel::Fetching::Active);
        for (;;) {
            QTRY_VERIFY(!model.isLoading());
            if (!model.canFetchMore({}))
                return;
            model.fetchMore({});
        }
    }

    // The history page reads in the background: wait until its rows are in.
    static void settle(HistoryView &view) { QTRY_VERIFY(!view.model()->isLoading()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(u"history.sqlite"_s)));
        for (int i = 0; i < Runs; ++i) {
            const qint64 id = addRun(i);
            if (i == 500)
                m_detailedRun = id;
            m_lastId = id;
        }
        QCOMPARE(m_store.countRuns({}), Runs);
    }

    void modelPassesTesterAndPagesThroughAllRuns()
    {
        HistoryRunsModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), HistoryRunsModel::DefaultPageSize);
        QCOMPARE(model.columnCount(), int(HistoryRunsModel::ColumnCount));
        QVERIFY(model.canFetchMore({}));
        int pages = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
        }
        QCOMPARE(model.rowCount(), Runs);
        QCOMPARE(pages, Runs / HistoryRunsModel::DefaultPageSize + 1); // the last fetch finds nothing more
        // Newest first, every run once.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.index(row, 0).data(HistoryRunsModel::RunIdRole).toLongLong());
            if (row > 0)
                QVERIFY(model.run(row - 1).started > model.run(row).started);
        }
        QCOMPARE(ids.size(), Runs);
        QCOMPARE(model.index(0, 0).data(HistoryRunsModel::RunIdRole).toLongLong(), m_lastId);

        // What the columns show.
        const int failedRow = model.rowOf(m_detailedRun);
        QVERIFY(failedRow >= 0);
        QCOMPARE(model.index(failedRow, HistoryRunsModel::StatusColumn).data().toString(),
            runStatusTitle(RunStatus::Failed));
        QCOMPARE(
            model.index(failedRow, HistoryRunsModel::StatusColumn).data(HistoryRunsModel::StatusRole).toInt(),
            int(RunStatus::Failed));
        QVERIFY(!model.index(failedRow, HistoryRunsModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(
            model.index(failedRow, HistoryRunsModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
            HistoryRunsModel::statusColour(RunStatus::Failed));
        QCOMPARE(model.index(failedRow, HistoryRunsModel::OperationsColumn).data().toString(), u"3/4"_s);
        QCOMPARE(model.index(failedRow, HistoryRunsModel::PlanColumn).data().toString(), u"nightly"_s);
        QCOMPARE(model.index(failedRow, HistoryRunsModel::DurationColumn)
                     .data(HistoryRunsModel::DurationMsRole)
                     .toLongLong(),
            9000); // run 500 is one of the slow ones

        // A new filter starts over with its first page.
        RunFilter f;
        f.statuses = { RunStatus::Failed };
        model.setFilter(f);
        QCOMPARE(model.rowCount(), Runs / 10);
        QVERIFY(!model.canFetchMore({}));
    }

    void backgroundLoadingDropsStaleAnswers()
    {
        HistoryRunsModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLoading(HistoryRunsModel::Loading::Background);
        QSignalSpy loading(&model, &HistoryRunsModel::loadingChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        RunFilter failed;
        failed.statuses = { RunStatus::Failed };
        model.setFilter({}); // superseded before it is answered
        model.setFilter(failed);
        QCOMPARE(model.rowCount(), 0); // nothing yet: the read is on a worker thread
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QTRY_VERIFY(!model.isLoading());
        // One busy spell for both reads, and only the newer filter's rows ever shown.
        QCOMPARE(loading.size(), 2);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QCOMPARE(resets.size(), 1);
        fetchAll(model);
        QCOMPARE(model.rowCount(), Runs / 10);
        for (const RunRecord &r : model.loadedRuns())
            QCOMPARE(r.status, RunStatus::Failed);

        // Pages in the background: every run once, newest first.
        model.setFilter({});
        fetchAll(model);
        QCOMPARE(model.rowCount(), Runs);
        QSet<qint64> ids;
        for (const RunRecord &r : model.loadedRuns())
            ids.insert(r.id);
        QCOMPARE(ids.size(), Runs);
        QCOMPARE(model.run(0).id, m_lastId);
    }

    void filtersChangeTheRows_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << QString() << QString() << -1 << QString() << Runs;
        QTest::newRow("profile") << u"prod-id"_s << QString() << -1 << QString() << Runs / 2;
        QTest::newRow("plan") << QString() << u"nightly-id"_s << -1 << QString() << Runs / 4;
        QTest::newRow("failed") << QString() << QString() << int(RunStatus::Failed) << QString() << Runs / 10;
        QTest::newRow("stage failed")
            << u"stage-id"_s << QString() << int(RunStatus::Failed) << QString() << 0;
        QTest::newRow("text: stage") << QString() << QString() << -1 << u"stag"_s << Runs / 2;
        QTest::newRow("text: table of detailed runs")
            << QString() << QString() << -1 << u"o'brien"_s << Runs / 100;
        QTest::newRow("nothing") << QString() << QString() << -1 << u"no-such-thing"_s << 0;
    }
    void filtersChangeTheRows()
    {
        QFETCH(QString, profile);
        QFETCH(QString, plan);
        QFETCH(int, status);
        QFETCH(QString, text);
        QFETCH(int, expected);
        HistoryView view(&m_store);
        settle(view);
        const auto choose = [](QComboBox *box, const QVariant &data) {
            const int index = box->findData(data);
            QVERIFY2(index >= 0, qPrintable(data.toString()));
            box->setCurrentIndex(index);
        };
        const QList<QComboBox *> boxes = view.findChildren<QComboBox *>();
        QComboBox *profileBox = nullptr, *planBox = nullptr, *statusBox = nullptr;
        for (QComboBox *b : boxes) {
            if (b->accessibleName() == u"Profile filter"_s)
                profileBox = b;
            else if (b->accessibleName() == u"Plan filter"_s)
                planBox = b;
            else if (b->accessibleName() == u"Status filter"_s)
                statusBox = b;
        }
        QVERIFY(profileBox && planBox && statusBox);
        if (!profile.isEmpty())
            choose(profileBox, profile);
        if (!plan.isEmpty())
            choose(planBox, plan);
        if (status >= 0)
            choose(statusBox, status);
        if (!text.isEmpty()) {
            auto *search = view.findChild<QLineEdit *>();
            QVERIFY(search);
            QCOMPARE(search->accessibleName(), u"Search runs"_s);
            search->setText(text);
            // Debounced: the filter follows once typing stops.
            QTRY_COMPARE(view.currentFilter().text, text);
            QTRY_VERIFY(view.model()->filter().text == text);
        }
        fetchAll(*view.model());
        QCOMPARE(view.model()->rowCount(), expected);
        QCOMPARE(m_store.countRuns(view.currentFilter()), expected);
    }

    void dateRangeFilters()
    {
        HistoryRunsModel model(&m_store);
        RunFilter f;
        f.from = m_base.addSecs(100 * 60);
        f.to = m_base.addSecs(200 * 60);
        model.setFilter(f);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.run(0).started, m_base.addSecs(199 * 60));
    }

    void exportsCsv()
    {
        HistoryView view(&m_store);
        settle(view);
        auto *statusBox = view.findChildren<QComboBox *>().at(2);
        QCOMPARE(statusBox->accessibleName(), u"Status filter"_s);
        statusBox->setCurrentIndex(statusBox->findData(int(RunStatus::Failed)));
        settle(view);
        const QString runsPath = m_dir.filePath(u"runs.csv"_s);
        QVERIFY(view.exportRunsCsv(runsPath));
        const QList<QStringList> runs = readCsv(runsPath);
        QCOMPARE(runs.size(), 1 + Runs / 10);
        QCOMPARE(runs.at(0).at(0), u"id"_s);
        const int statusColumn = int(runs.at(0).indexOf(u"status"_s));
        const int profileColumn = int(runs.at(0).indexOf(u"profile"_s));
        QVERIFY(statusColumn > 0 && profileColumn > 0);
        for (int i = 1; i < runs.size(); ++i) {
            QCOMPARE(runs.at(i).size(), runs.at(0).size());
            QCOMPARE(runs.at(i).at(statusColumn), u"failed"_s);
            QCOMPARE(runs.at(i).at(profileColumn), u"prod"_s); // every 10th run is even
        }
        QCOMPARE(runs.at(1).at(0).toLongLong(), view.model()->run(0).id);

        view.selectRun(m_detailedRun);
        QCOMPARE(view.selectedRunId(), m_detailedRun);
        const QString outcomesPath = m_dir.filePath(u"outcomes.csv"_s);
        QVERIFY(view.exportOutcomesCsv(outcomesPath));
        const QList<QStringList> outcomes = readCsv(outcomesPath);
        QCOMPARE(outcomes.size(), 1 + m_ops.size());
        const int target = int(outcomes.at(0).indexOf(u"target"_s));
        const int message = int(outcomes.at(0).indexOf(u"message"_s));
        QCOMPARE(outcomes.at(2).at(target), m_ops.at(1).targetText());
        QVERIFY(outcomes.at(2).at(message).contains(u"no such table, \"t\""_s));
        QCOMPARE(outcomes.at(1).at(0).toLongLong(), m_detailedRun);

        // A file that cannot be written is reported, not half-written.
        QSignalSpy messages(&view, &HistoryView::messageShown);
        QVERIFY(!view.exportRunsCsv(m_dir.filePath(u"no-such-dir/runs.csv"_s)));
        QCOMPARE(messages.size(), 1);
    }

    void detailsPaneShowsOutcomes()
    {
        HistoryView view(&m_store);
        settle(view);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.outcomesView()->rowCount(), 0);
        fetchAll(*view.model());
        view.selectRun(m_detailedRun);
        QTableWidget *outcomes = view.outcomesView();
        QCOMPARE(outcomes->rowCount(), m_ops.size());
        QCOMPARE(outcomes->item(0, 1)->text(), m_ops.at(0).targetText());
        QCOMPARE(outcomes->item(1, 3)->text(), u"2"_s); // attempts
        QCOMPARE(outcomes->item(1, 5)->text(), u"1146"_s); // MatrixOne's code
        QVERIFY(outcomes->item(1, 6)->text().contains(u"no such table"_s));
        QCOMPARE(outcomes->item(2, 7)->text(), u"SELECT mo_ctl('dn', 'flush', 'op 2')"_s);
        auto *reply = view.findChildren<QPlainTextEdit *>().constFirst();
        outcomes->setCurrentCell(0, 0);
        QVERIFY(reply->toPlainText().contains(u"returnStr"_s));
        // Another run: its outcomes replace these.
        view.selectRun(m_lastId);
        QCOMPARE(outcomes->rowCount(), 0); // run 999 has no outcomes recorded
    }

    void rerunCarriesTheOperations()
    {
        HistoryView view(&m_store);
        settle(view);
        fetchAll(*view.model());
        QSignalSpy spy(&view, &HistoryView::rerunRequested);
        view.selectRun(m_detailedRun);
        view.rerun();
        QCOMPARE(spy.size(), 1);
        const auto operations = spy.at(0).at(0).value<QList<Operation>>();
        QCOMPARE(operations, m_ops);
        QCOMPARE(spy.at(0).at(1).toString(), u"prod-id"_s);
    }

    void followsTheStoreLive()
    {
        HistoryView view(&m_store);
        settle(view);
        const int before = view.model()->rowCount();
        RunRequest request;
        request.profileId = u"live-id"_s;
        request.profileName = u"live"_s;
        request.steps = RunRequest::stepsFor(m_ops.mid(0, 1), {});
        const QDateTime started = m_base.addDays(30);
        const qint64 id = m_store.beginRun(request, started);
        QTRY_COMPARE(view.model()->index(0, 0).data(HistoryRunsModel::RunIdRole).toLongLong(), id);
        QVERIFY(view.model()->rowCount() >= qMin(before + 1, Runs + 1));
        QCOMPARE(view.model()->run(0).status, RunStatus::Running);
        RunSummary summary;
        summary.runId = id;
        summary.status = RunStatus::Cancelled;
        summary.started = started;
        summary.finished = started.addSecs(2);
        summary.cancelled = 1;
        m_store.endRun(id, summary);
        QTRY_COMPARE(view.model()->run(0).status, RunStatus::Cancelled);
        QCOMPARE(view.model()->run(1).id == id, false); // listed once
    }

    void flagsSlowRuns()
    {
        HistoryView view(&m_store);
        settle(view);
        // The chart reads only while the page is on screen.
        QTest::qWait(100);
        QCOMPARE(view.chart()->pointCount(), 0);
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The newest run is ad hoc: the chart shows every finished ad-hoc run, far beyond the first
        // page of the table (runs 999..800).
        QCOMPARE(view.model()->rowCount(), HistoryRunsModel::DefaultPageSize);
        QTRY_VERIFY(view.chart()->pointCount() > 0);
        QCOMPARE(view.chart()->planName(), tr("(ad hoc)"));
        QCOMPARE(view.chart()->totalRuns(), 751); // 750 of initTestCase + followsTheStoreLive's
        QCOMPARE(view.chart()->pointCount(), 751);
        // Runs 250, 500 and 750 took 9 s, the others of their plans 1 s; 250 and 750 are ad hoc.
        HistoryRunsModel all(&m_store);
        all.setFilter({});
        fetchAll(all);
        const QSet<qint64> slow = slowRuns(all.loadedRuns());
        QCOMPARE(slow.size(), 3);
        QSet<qint64> adHocSlow = slow;
        adHocSlow.remove(m_detailedRun);
        QCOMPARE(view.chart()->flagged(), adHocSlow);
        for (qint64 id : adHocSlow)
            QCOMPARE(view.model()->rowOf(id), -1); // not loaded in the table, flagged all the same

        // The plan filter picks the chart's plan.
        auto *planBox = view.findChildren<QComboBox *>().at(1);
        QCOMPARE(planBox->accessibleName(), u"Plan filter"_s);
        planBox->setCurrentIndex(planBox->findData(u"nightly-id"_s));
        QTRY_COMPARE(view.chart()->planName(), u"nightly"_s);
        QCOMPARE(view.chart()->pointCount(), Runs / 4);
        QCOMPARE(view.chart()->flagged(), QSet<qint64> { m_detailedRun });
        QVERIFY(!view.chart()->accessibleName().isEmpty());
        QVERIFY(view.chart()->accessibleDescription().contains(u"nightly"_s));
        view.chart()->resize(400, 150);
        QImage image(view.chart()->size(), QImage::Format_ARGB32);
        view.chart()->render(&image); // paints without crashing
    }

    void filterChoicesCoverRunsNotLoaded()
    {
        // A history whose only run of "archive"/"yearly" is its oldest: far beyond the first page.
        HistoryStore store;
        QVERIFY(store.open(m_dir.filePath(u"choices.sqlite"_s)));
        const auto record = [&store](const QString &profile, const QString &plan, const QDateTime &started) {
            RunRequest request;
            request.profileId = profile + u"-id"_s;
            request.profileName = profile;
            request.planId = plan + u"-id"_s;
            request.planName = plan;
            const qint64 id = store.beginRun(request, started);
            RunSummary summary;
            summary.runId = id;
            summary.status = RunStatus::Ok;
            summary.started = started;
            summary.finished = started.addSecs(1);
            store.endRun(id, summary);
        };
        record(u"archive"_s, u"yearly"_s, m_base.addDays(-400));
        for (int i = 0; i < HistoryRunsModel::DefaultPageSize + 50; ++i)
            record(u"prod"_s, u"nightly"_s, m_base.addSecs(60 * i));
        HistoryView view(&store);
        auto *profileBox = view.findChildren<QComboBox *>().at(0);
        auto *planBox = view.findChildren<QComboBox *>().at(1);
        QCOMPARE(planBox->accessibleName(), u"Plan filter"_s);
        settle(view);
        QCOMPARE(view.model()->rowCount(), HistoryRunsModel::DefaultPageSize); // "yearly" not loaded
        QCOMPARE(planBox->findData(u"yearly-id"_s), -1); // hidden: nothing read yet
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(planBox->findData(u"yearly-id"_s) >= 0);
        QCOMPARE(planBox->itemText(planBox->findData(u"yearly-id"_s)), u"yearly"_s);
        QVERIFY(profileBox->findData(u"archive-id"_s) >= 0);
        QCOMPARE(planBox->count(), 3); // "All plans", nightly, yearly: each once
        QCOMPARE(view.model()->filter().planId, QString()); // offering a choice does not pick it
        planBox->setCurrentIndex(planBox->findData(u"yearly-id"_s));
        settle(view);
        QTRY_COMPARE(view.model()->rowCount(), 1);
    }

    // The run detail says which server version the run saw (history schema 3).
    void runDetailShowsTheServerVersion()
    {
        HistoryStore store;
        QVERIFY(store.open(m_dir.filePath(u"versions.sqlite"_s)));
        const auto record = [&store, this](const QString &version, int minutes) {
            RunRequest request;
            request.profileId = u"prod-id"_s;
            request.profileName = u"prod"_s;
            const QDateTime started = m_base.addSecs(60 * minutes);
            const qint64 id = store.beginRun(request, started);
            RunSummary summary;
            summary.runId = id;
            summary.status = RunStatus::Ok;
            summary.started = started;
            summary.finished = started.addSecs(1);
            summary.serverVersion = version;
            store.endRun(id, summary);
            return id;
        };
        const qint64 release = record(u"8.0.30-MatrixOne-v2.1.0"_s, 1);
        const qint64 branch = record(u"8.0.30-MatrixOne-v"_s, 2);
        const qint64 none = record(QString(), 3);
        HistoryView view(&store);
        settle(view);
        fetchAll(*view.model());
        auto *summary = view.findChild<QLabel *>(u"runSummary"_s);
        QVERIFY(summary);
        view.selectRun(release);
        QVERIFY2(
            summary->text().contains(u"Server version: MatrixOne v2.1.0"_s), qPrintable(summary->text()));
        view.selectRun(branch);
        QVERIFY2(summary->text().contains(u"version unknown"_s), qPrintable(summary->text()));
        view.selectRun(none);
        QVERIFY(!summary->text().contains(u"Server version"_s));
    }

    void emptyTableSaysWhy()
    {
        HistoryStore empty;
        QVERIFY(empty.open(m_dir.filePath(u"empty.sqlite"_s)));
        HistoryView fresh(&empty);
        auto *note = fresh.findChild<QLabel *>(u"emptyNote"_s);
        QVERIFY(note);
        settle(fresh);
        QVERIFY(note->isVisibleTo(&fresh));
        QVERIFY(note->text().contains(u"No runs yet"_s));

        // Runs, but none matching: says so; matching again: the note goes.
        HistoryView view(&m_store);
        settle(view);
        auto *viewNote = view.findChild<QLabel *>(u"emptyNote"_s);
        QVERIFY(!viewNote->isVisibleTo(&view));
        auto *search = view.findChild<QLineEdit *>();
        search->setText(u"no-such-run-anywhere"_s);
        QTRY_VERIFY(view.model()->filter().text == u"no-such-run-anywhere"_s);
        settle(view);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(viewNote->isVisibleTo(&view));
        QCOMPARE(viewNote->text(), u"No run matches the filters."_s);
        search->clear();
        QTRY_VERIFY(view.model()->filter().text.isEmpty());
        settle(view);
        QVERIFY(view.model()->rowCount() > 0);
        QVERIFY(!viewNote->isVisibleTo(&view));
    }

    void hiddenPageFetchesNothingMore()
    {
        // Small pages, so a shown table would need several to fill its viewport.
        QTabWidget tabs;
        auto *other = new QLabel(u"another page"_s);
        auto *view = new HistoryView(&m_store);
        view->model()->setPageSize(5);
        view->model()->reload();
        settle(*view);
        QCOMPARE(view->model()->rowCount(), 5);
        tabs.addTab(other, u"Other"_s);
        tabs.addTab(view, u"History"_s);
        tabs.resize(1000, 800);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QTest::qWait(300);
        QVERIFY(!view->isVisible());
        QCOMPARE(view->model()->rowCount(), 5); // one page while hidden

        // On screen: the table loads what fills it, and no more than that needs.
        tabs.setCurrentWidget(view);
        QTRY_VERIFY(view->model()->rowCount() > 5);
        QTest::qWait(100);
        const int shown = view->model()->rowCount();
        const int fit = view->runsView()->viewport()->height() / qMax(1, view->runsView()->rowHeight(0));
        QVERIFY2(shown <= fit + 2 * 5, qPrintable(u"%1 rows for %2 visible"_s.arg(shown).arg(fit)));
        QVERIFY(shown < Runs);

        // Hidden again: scrolling the table to the end asks for nothing.
        tabs.setCurrentWidget(other);
        view->runsView()->scrollToBottom();
        QTest::qWait(200);
        QCOMPARE(view->model()->rowCount(), shown);
        // ... nor does a run that shows up live while hidden (an insert used to make the hidden
        // table check for more rows).
        RunRequest request;
        request.profileId = u"hidden-id"_s;
        request.steps = RunRequest::stepsFor(m_ops.mid(0, 1), {});
        const qint64 id = m_store.beginRun(request, m_base.addDays(60));
        QTRY_COMPARE(view->model()->index(0, 0).data(HistoryRunsModel::RunIdRole).toLongLong(), id);
        QTest::qWait(200);
        QCOMPARE(view->model()->rowCount(), shown + 1);
        QVERIFY(!view->model()->canFetchMore({})); // paused
        RunSummary summary;
        summary.runId = id;
        summary.status = RunStatus::Ok;
        summary.started = m_base.addDays(60);
        summary.finished = summary.started.addSecs(1);
        m_store.endRun(id, summary);
    }

    void rerunUsesTheRunsOwnProfile()
    {
        ProfileStore profiles(m_dir.filePath(u"profiles.json"_s));
        ConnectionProfile staging;
        staging.name = u"staging-cluster"_s;
        QString error;
        QVERIFY2(profiles.save(staging, &error), qPrintable(error));
        // A run made with that profile (not the current one: the view knows no current profile).
        RunRequest request;
        request.profileId = staging.idString();
        request.profileName = staging.name;
        request.steps = RunRequest::stepsFor(m_ops.mid(0, 2), {});
        const QDateTime started = m_base.addDays(90);
        const qint64 id = m_store.beginRun(request, started);
        for (int k = 0; k < 2; ++k) {
            Outcome o;
            o.runId = id;
            o.operationIndex = k;
            o.operation = m_ops.at(k);
            o.target = m_ops.at(k).targetText();
            o.started = started;
            o.status = OutcomeStatus::Ok;
            m_store.recordOutcome(id, o);
        }
        RunSummary summary;
        summary.runId = id;
        summary.status = RunStatus::Ok;
        summary.started = started;
        summary.finished = started.addSecs(1);
        summary.ok = 2;
        m_store.endRun(id, summary);

        HistoryView view(&m_store);
        settle(view);
        view.setProfileStore(&profiles);
        QSignalSpy reruns(&view, &HistoryView::rerunRequested);
        QSignalSpy messages(&view, &HistoryView::messageShown);
        view.selectRun(id);
        view.rerun();
        QCOMPARE(reruns.size(), 1);
        QCOMPARE(reruns.at(0).at(1).toString(), staging.idString());
        QCOMPARE(reruns.at(0).at(0).value<QList<Operation>>(), m_ops.mid(0, 2));
        QVERIFY(view.rerunProblem().isEmpty());

        // A run whose profile is not in the store ("prod-id" of the fixture): said so, nothing run.
        fetchAll(*view.model());
        view.selectRun(m_detailedRun);
        view.rerun();
        QCOMPARE(reruns.size(), 1);
        QCOMPARE(messages.size(), 1);
        const QString problem = messages.at(0).at(0).toString();
        QVERIFY2(problem.contains(u"no longer exists"_s) && problem.contains(u"\u201cprod\u201d"_s),
            qPrintable(problem));
        QCOMPARE(view.rerunProblem(), problem);

        // The profile deleted since: the same.
        QVERIFY(profiles.remove(staging.id));
        view.selectRun(id);
        QVERIFY(view.rerunProblem().isEmpty()); // another selection clears the last refusal
        view.rerun();
        QCOMPARE(reruns.size(), 1);
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages.at(1).at(0).toString().contains(u"staging-cluster"_s));
    }

    void everyControlHasAnAccessibleName()
    {
        HistoryView view(&m_store);
        settle(view);
        int checked = 0;
        for (QWidget *w : view.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QPushButton *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QDateEdit *>(w) || qobject_cast<QTableView *>(w)
                || qobject_cast<QPlainTextEdit *>(w) || w == view.chart()
                || (qobject_cast<QLineEdit *>(w) && w->parentWidget() == &view);
            if (!control)
                continue;
            ++checked;
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        QVERIFY(checked >= 14);
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
