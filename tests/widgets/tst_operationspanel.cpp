// The Operations page offscreen against the stand-in: input checks, a flush run with live rows and
// history, a failed run, cancel.
#include "connection/connectionfactory.h"
#include "history/historystore.h"
#include "operationspanel.h"
#include "runner/runner.h"
#include "runoperationsmodel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestOperationsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    HistoryStore m_history;

    static OperationsPanel::Connection standin()
    {
        OperationsPanel::Connection c;
        c.settings = TestServer::instance().settings();
        c.profileId = u"standin-id"_s;
        c.profileName = u"Stand-in"_s;
        return c;
    }
    static QList<TableRef> sixTables()
    {
        return { TableRef::byName(u"production_db"_s, u"users"_s),
            TableRef::byName(u"production_db"_s, u"orders"_s),
            TableRef::byName(u"production_db"_s, u"products"_s),
            TableRef::byName(u"analytics_db"_s, u"metrics"_s),
            TableRef::byName(u"analytics_db"_s, u"events"_s),
            TableRef::byName(u"production_db"_s, u"my.table"_s) };
    }
    static QString status(OperationsPanel &panel) { return panel.findChild<QLabel *>(u"status"_s)->text(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_history.open(m_dir.filePath(u"history.sqlite"_s))); }
    void cleanup()
    {
        if (TestServer::instance().isStandin())
            TestServer::instance().reset();
    }

    // The checkpoint duration is checked as it is typed: a bad one says why, one longer than the time
    // limit warns that the client would give up first.
    void durationWarnsInline()
    {
        OperationsPanel panel;
        auto *warning = panel.findChild<QLabel *>(u"durationWarning"_s);
        QVERIFY(warning);
        auto *timeout = panel.findChild<QDoubleSpinBox *>(u"timeout"_s);
        QVERIFY(timeout);
        timeout->setValue(60);
        panel.setKind(OperationKind::Checkpoint);
        panel.setDuration(u"5m"_s);
        QVERIFY(warning->isVisibleTo(&panel));
        QVERIFY2(warning->text().contains(u"time limit"_s), qPrintable(warning->text()));
        timeout->setValue(600);
        QVERIFY(!warning->isVisibleTo(&panel));
        panel.setDuration(u"-5s"_s);
        QVERIFY(warning->isVisibleTo(&panel));
        QVERIFY(warning->text().contains(u"negative"_s));
        panel.setConnectionSupplier(&standin);
        QVERIFY(!panel.run()); // refused before anything is sent
        QVERIFY(status(panel).contains(u"negative"_s));
        panel.setDuration(u"1h2m3.5s"_s); // longer than 600 s: warned, still allowed
        QVERIFY(warning->isVisibleTo(&panel));
        panel.setKind(OperationKind::Flush);
        QVERIFY(!warning->isVisibleTo(&panel)); // flushes take no duration
    }

    void checksInputBeforeRunning()
    {
        OperationsPanel panel;
        QAbstractItemModelTester tester(
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy statusSpy(&panel, &OperationsPanel::statusChanged);
        QVERIFY(!panel.run()); // no tables
        QVERIFY(status(panel).contains(u"at least one table"_s));
        panel.findChild<QPlainTextEdit *>(u"tables"_s)->setPlainText(u"production_db.users\nnodot\n"_s);
        QVERIFY(!panel.run());
        QVERIFY(status(panel).startsWith(u"Line 2"_s));
        panel.setTables(sixTables());
        QCOMPARE(panel.tables(), sixTables()); // round trip through the editable list, odd name included
        QVERIFY(!panel.run()); // no profile yet
        QVERIFY(status(panel).contains(u"profile"_s));
        panel.setKind(OperationKind::Checkpoint);
        panel.setDuration(u"soon"_s);
        panel.setConnectionSupplier(&standin);
        QVERIFY(!panel.run());
        QVERIFY(status(panel).contains(u"soon"_s));
        panel.setConnectionSupplier([] {
            OperationsPanel::Connection c;
            c.error = u"The keychain is locked."_s;
            return c;
        });
        panel.setDuration(u"30s"_s);
        QVERIFY(!panel.run());
        QCOMPARE(status(panel), u"The keychain is locked."_s);
        QCOMPARE(statusSpy.size(), 5);
        QVERIFY(!panel.isRunning());
        QCOMPARE(panel.model()->rowCount(), 0); // nothing was started
    }

    void flushRunShowsLiveRowsAndRecordsHistory()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"latency_ms"_s, 300));
        OperationsPanel panel;
        QAbstractItemModelTester tester(
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setConnectionSupplier(&standin);
        panel.setRecorder(&m_history);
        panel.setTables(sixTables());
        panel.findChild<QSpinBox *>(u"parallelism"_s)->setValue(3);
        panel.show();
        QSignalSpy finished(&panel, &OperationsPanel::runFinished);
        QSignalSpy progress(&panel, &OperationsPanel::progressChanged);
        QPushButton *runButton = panel.findChild<QPushButton *>(u"runButton"_s);
        QTest::mouseClick(runButton, Qt::LeftButton);
        QVERIFY(panel.isRunning());
        QVERIFY(!runButton->isEnabled());
        QVERIFY(panel.findChild<QPushButton *>(u"cancelButton"_s)->isEnabled());
        QCOMPARE(panel.model()->rowCount(), 6);
        // Live: some row is seen running while the event loop turns (the window is responsive).
        QTRY_VERIFY(panel.model()->data(panel.model()->index(0, RunOperationsModel::StateColumn)).toString()
            == u"Running"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const RunSummary summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.status, RunStatus::Ok);
        QCOMPARE(summary.ok, 6);
        for (int row = 0; row < 6; ++row) {
            QCOMPARE(panel.model()->state(row), RunOperationsModel::State::Finished);
            QCOMPARE(panel.model()
                         ->data(panel.model()->index(row, 0), RunOperationsModel::OutcomeStatusRole)
                         .toInt(),
                int(OutcomeStatus::Ok));
        }
        QVERIFY(status(panel).contains(u"6 of 6"_s));
        QCOMPARE(progress.last().at(0).toBool(), false);
        QCOMPARE(progress.last().at(1).toInt(), 100);
        // The bar shows the end and still paints (its value is set without a synchronous repaint).
        const QProgressBar *bar = panel.findChild<QProgressBar *>(u"progress"_s);
        QCOMPARE(bar->value(), 100);
        QVERIFY(bar->updatesEnabled());
        QVERIFY(runButton->isEnabled());
        QCOMPARE(TestServer::instance().stat(u"max_in_flight"_s), 3);
        const RunRecord run = *m_history.run(summary.runId);
        QCOMPARE(run.profileName, u"Stand-in"_s);
        QCOMPARE(run.trigger, RunTrigger::Manual);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(m_history.outcomes(summary.runId).size(), 6);
    }

    // The profiles panel answers later (keychain read, password prompt): the run follows the answer.
    void asynchronousSupplier()
    {
        REQUIRE_STANDIN();
        OperationsPanel panel;
        panel.setRecorder(&m_history);
        panel.setKind(OperationKind::Checkpoint);
        int asked = 0;
        panel.setConnectionSupplier(OperationsPanel::AsyncConnectionSupplier(
            [&asked](QObject *context, std::function<void(OperationsPanel::Connection)> done) {
                ++asked;
                QTimer::singleShot(100, context, [done] { done(standin()); });
            }));
        QSignalSpy finished(&panel, &OperationsPanel::runFinished);
        QVERIFY(panel.run());
        QVERIFY(!panel.isRunning()); // waiting for the connection
        QVERIFY(!panel.findChild<QPushButton *>(u"runButton"_s)->isEnabled());
        QVERIFY(!panel.run()); // no second run meanwhile
        QCOMPARE(asked, 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().value<RunSummary>().status, RunStatus::Ok);
        QVERIFY(panel.findChild<QPushButton *>(u"runButton"_s)->isEnabled());
    }

    void failedCheckpointShowsTheReason()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"deny"_s, 1));
        OperationsPanel panel;
        panel.setConnectionSupplier(&standin);
        panel.setRecorder(&m_history);
        panel.setKind(OperationKind::GlobalCheckpoint);
        QSignalSpy finished(&panel, &OperationsPanel::runFinished);
        QVERIFY(panel.run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().value<RunSummary>().status, RunStatus::Failed);
        QCOMPARE(panel.model()->data(panel.model()->index(0, 0), RunOperationsModel::ErrorCodeRole).toInt(),
            20101);
        QVERIFY(panel.model()
                    ->data(panel.model()->index(0, RunOperationsModel::MessageColumn))
                    .toString()
                    .contains(u"Permission denied"_s));
        QVERIFY(status(panel).contains(u"Permission denied"_s));
    }

    void cancelStopsTheRun()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 1));
        OperationsPanel panel;
        panel.setConnectionSupplier(&standin);
        panel.setRecorder(&m_history);
        panel.setTables(sixTables());
        panel.findChild<QSpinBox *>(u"parallelism"_s)->setValue(2);
        panel.show();
        QSignalSpy finished(&panel, &OperationsPanel::runFinished);
        QVERIFY(panel.run());
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::instance().stat(u"in_flight"_s), 2, 10000);
        QTest::mouseClick(panel.findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(!panel.findChild<QPushButton *>(u"cancelButton"_s)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const RunSummary summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.status, RunStatus::Cancelled);
        QCOMPARE(summary.cancelled, 6);
        for (int row = 0; row < 6; ++row)
            QCOMPARE(panel.model()->state(row), RunOperationsModel::State::Finished);
        QVERIFY(status(panel).startsWith(u"Cancelled"_s));
        QTRY_COMPARE(TestServer::instance().stat(u"in_flight"_s), 0);
        QCOMPARE(m_history.run(summary.runId)->status, RunStatus::Cancelled);
        QCOMPARE(m_history.outcomes(summary.runId).size(), 6);
    }
};

QTEST_MAIN(TestOperationsPanel)
#include "tst_operationspanel.moc"
