// The monitoring pieces of the GUI against the stand-in: the Checkpoints tab of the Operations page
// (refreshed off the GUI thread, both MatrixOne formats), the plan editor's size rule (step editor and
// SQL preview after a preflight: what it selects now, with rows and sizes), and a table's growth from
// History. With MOCTL_SCREENSHOT_DIR set, the views are saved there as PNG files.
#include "checkpointspanel.h"
#include "connection/connectionfactory.h"
#include "history/historystore.h"
#include "operationspanel.h"
#include "plan/preflight.h"
#include "planmodel.h"
#include "plansqlpreview.h"
#include "planstepeditor.h"
#include "tablegrowthdialog.h"
#include "testserver.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MOCTL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let the layouts settle (word-wrapped labels)
    QVERIFY(widget->grab().save(dir + u'/' + name));
}

CheckpointsPanel::ConnectionSupplier standinSupplier()
{
    return [](QObject *, std::function<void(std::optional<ConnectionSettings>, QString)> done) {
        done(TestServer::instance().settings(), QString());
    };
}

} // namespace

class TestMonitoringUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        if (TestServer::instance().isAvailable() && TestServer::instance().isStandin())
            TestServer::instance().exec(u"SELECT mo_standin_set_str('version', '')"_s);
    }

    void checkpointsPanel_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("v2.2.0") << u"2.2.0"_s;
        QTest::newRow("v3.0.0") << u"3.0.0"_s;
    }
    void checkpointsPanel()
    {
        REQUIRE_STANDIN();
        QFETCH(QString, version);
        TestServer &server = TestServer::instance();
        QVERIFY(server.exec(u"SELECT mo_standin_set_str('version', '%1')"_s.arg(version)));
        QVERIFY(server.exec(u"SELECT mo_ctl('dn', 'globalcheckpoint', '')"_s));
        QVERIFY(server.exec(u"SELECT mo_ctl('dn', 'checkpoint', '')"_s));
        QVERIFY(server.exec(u"SELECT mo_ctl('dn', 'checkpoint', '')"_s));

        CheckpointsPanel panel;
        panel.resize(900, 320);
        panel.setConnectionSupplier(standinSupplier());
        panel.show();
        QSignalSpy refreshed(&panel, &CheckpointsPanel::refreshed);
        auto *button = panel.findChild<QPushButton *>(u"refreshCheckpoints"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(panel.isRefreshing()); // the read runs off the GUI thread
        QVERIFY(refreshed.wait(15000));
        QVERIFY(!panel.isRefreshing());
        QVERIFY2(panel.list().isKnown(), qPrintable(panel.list().raw + panel.list().error.message()));
        auto *tree = panel.findChild<QTreeWidget *>(u"checkpointEntries"_s);
        QCOMPARE(tree->topLevelItemCount(), 3); // the global, then the two incrementals
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Global"_s);
        QVERIFY(tree->topLevelItem(0)->font(0).bold());
        QCOMPARE(tree->topLevelItem(2)->text(0), u"Incremental"_s);
        QVERIFY(tree->topLevelItem(2)->text(3).toULongLong() > tree->topLevelItem(0)->text(3).toULongLong());
        QVERIFY(!tree->topLevelItem(1)->text(1).isEmpty()); // the HLC end as a time
        const QString summary = panel.findChild<QLabel *>(u"checkpointSummary"_s)->text();
        QVERIFY2(summary.contains(u"2 incremental checkpoint(s) since it"_s), qPrintable(summary));
        QVERIFY(summary.contains(version));
        saveShot(&panel, u"m21a-checkpoints-v%1.png"_s.arg(version));
        ConnectionFactory::releaseThreadConnections();
    }

    // The Operations page carries the panel as a tab, fed by the page's own connection.
    void operationsPageHasCheckpointsTab()
    {
        REQUIRE_STANDIN();
        OperationsPanel page;
        page.setConnectionSupplier([] {
            OperationsPanel::Connection c;
            c.settings = TestServer::instance().settings();
            return c;
        });
        QVERIFY(page.checkpointsPanel());
        auto *tabs = page.findChild<QTabWidget *>(u"operationsTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        tabs->setCurrentIndex(1);
        page.resize(1000, 700);
        page.show();
        QSignalSpy refreshed(page.checkpointsPanel(), &CheckpointsPanel::refreshed);
        page.checkpointsPanel()->refresh();
        QVERIFY(refreshed.wait(15000));
        QVERIFY(page.checkpointsPanel()->list().isKnown());
        QVERIFY(page.checkpointsPanel()->list().lastGlobal());
        saveShot(&page, u"m21a-checkpoints-operations-page.png"_s);
    }

    void sizeRulePreview()
    {
        REQUIRE_STANDIN();
        MaintenancePlan plan = MaintenancePlan::create(u"Large tables"_s);
        PlanStep flush = PlanStep::flush();
        flush.targets.patterns << u"production_db.*"_s << u"analytics_db.*"_s;
        flush.sizeRule = SizeRule { 200, {}, 3, {} };
        plan.steps << flush << PlanStep::checkpoint() << PlanStep::globalCheckpoint();
        PlanModel model;
        model.load(plan, true);
        PlanStepEditor editor(&model);
        PlanSqlPreview preview(&model);
        QVERIFY(preview.text().contains(
            u"evaluated from mo_table_rows() and mo_table_size() when the plan runs"_s));
        auto *status = editor.findChild<QLabel *>(u"sizeRuleStatus"_s);
        QVERIFY(status->text().contains(u"Preflight shows"_s));
        QVERIFY(editor.findChild<QGroupBox *>(u"sizeRule"_s)->isChecked());
        QCOMPARE(editor.findChild<QSpinBox *>(u"largest"_s)->value(), 3);
        QCOMPARE(editor.findChild<QLineEdit *>(u"minRows"_s)->text(), u"200"_s);

        // A preflight (as the editor runs it, here on this thread) reads the figures.
        const PreflightReport report
            = runPreflight(plan, TestServer::instance().settings(), PreflightDepth::Quick);
        ConnectionFactory::releaseThreadConnections();
        QVERIFY(report.connected());
        model.takePreflight(report.resolution, report.serverTables, report.serverCatalog);
        const QString text = preview.text();
        // seed: orders 800, events 600, metrics 500, users 300, audit_log 250 (>= 200 rows): the 3 largest
        QVERIFY2(text.contains(u"size rule selects 3 of"_s), qPrintable(text));
        QVERIFY2(text.contains(u"+ production_db.orders  800 rows"_s), qPrintable(text));
        QVERIFY2(text.contains(u"- production_db.products  120 rows"_s), qPrintable(text));
        QCOMPARE(text.count(u"SELECT mo_ctl('dn', 'flush'"_s), 3);
        QVERIFY2(status->text().startsWith(u"Now: selects 3 of"_s), qPrintable(status->text()));

        // Editing the rule in the step editor changes the selection at once.
        auto *largest = editor.findChild<QSpinBox *>(u"largest"_s);
        largest->setValue(1);
        QCOMPARE(model.plan().steps.first().sizeRule->largest, std::optional(1));
        QCOMPARE(preview.text().count(u"SELECT mo_ctl('dn', 'flush'"_s), 1);
        auto *minRows = editor.findChild<QLineEdit *>(u"minRows"_s);
        minRows->setFocus();
        minRows->selectAll();
        QTest::keyClicks(minRows, u"5000"_s);
        QCOMPARE(model.plan().steps.first().sizeRule->minRows, std::optional<qint64>(5000));
        QVERIFY(preview.text().contains(u"size rule selects 0 of"_s));
        largest->setValue(3);
        minRows->selectAll();
        QTest::keyClicks(minRows, u"200"_s);

        QWidget shot;
        auto *layout = new QHBoxLayout(&shot);
        editor.setParent(&shot);
        preview.setParent(&shot);
        layout->addWidget(&editor, 2);
        layout->addWidget(&preview, 3);
        shot.resize(1300, 640);
        shot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shot));
        saveShot(&shot, u"m21a-sizerule-preview.png"_s);
        editor.setParent(nullptr);
        preview.setParent(nullptr);
    }

    void tableGrowthDialog()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(u"history.sqlite"_s)));
        const qint64 rows[] = { 1000, 1150, 1600 };
        for (int i = 0; i < 3; ++i) {
            RunRequest r;
            r.planId = u"plan-1"_s;
            r.planName = u"Large tables"_s;
            r.steps = RunRequest::stepsFor({ Operation::flush(TableRef::byName(u"app"_s, u"events"_s)) }, {});
            const qint64 id = store.beginRun(r, QDateTime::currentDateTimeUtc().addDays(i - 3));
            Outcome o;
            o.operation = Operation::flush(TableRef::byName(u"app"_s, u"events"_s));
            o.target = o.operation.targetText();
            o.started = QDateTime::currentDateTimeUtc().addDays(i - 3);
            o.attempts = 1;
            o.tableRows = rows[i];
            o.tableBytes = rows[i] * 1024;
            store.recordOutcome(id, o);
            RunSummary s;
            s.runId = id;
            s.ok = 1;
            s.started = o.started;
            s.finished = o.started.addSecs(1);
            store.endRun(id, s);
        }
        TableGrowthDialog dialog(&store, u"app.events"_s, QString());
        QSignalSpy loaded(&dialog, &TableGrowthDialog::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toInt(), 3);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 2)->text(), QLocale().toString(1000));
        QCOMPARE(table->item(1, 3)->text(), u"+150"_s);
        QCOMPARE(table->item(2, 3)->text(), u"+450"_s);
        QVERIFY(table->item(2, 5)->text().startsWith(u"+"_s));
        QCOMPARE(table->item(2, 6)->text(), u"Large tables"_s);
        dialog.show();
        saveShot(&dialog, u"m21a-table-growth.png"_s);
    }
};

QTEST_MAIN(TestMonitoringUi)
#include "tst_monitoring_ui.moc"
