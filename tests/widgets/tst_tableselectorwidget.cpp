// TableSelectorWidget: filter box, system toggle, select all visible, totals, patterns, keyboard,
// selection round trip (tables missing from the listing kept), loading from the stand-in.
#include "tableselectordialog.h"
#include "tableselectorwidget.h"
#include "tabletreemodel.h"
#include "testserver.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {
TableInfo table(const QString &db, const QString &name, quint64 id, qint64 rows, qint64 size)
{
    return TableInfo { db, name, id, u"r"_s, rows, size };
}

QList<TableInfo> sample()
{
    return {
        table(u"production_db"_s, u"users"_s, 303, 100, 1000),
        table(u"production_db"_s, u"orders"_s, 302, 200, 2000),
        table(u"production_db"_s, u"my.table"_s, 301, 5, 50),
        table(u"analytics_db"_s, u"events"_s, 101, 50, 500),
        table(u"analytics_db"_s, u"event_archive"_s, 102, 1, 10),
        table(u"shop"_s, u"sales_2024"_s, 501, 3, 30),
        table(u"客户库"_s, u"订单"_s, 601, 7, 70),
        table(u"mo_catalog"_s, u"mo_tables"_s, 1, 10, 10),
    };
}

template <typename T> T *child(QWidget &w, const QString &accessibleName)
{
    for (T *c : w.findChildren<T *>()) {
        if (c->accessibleName() == accessibleName)
            return c;
    }
    return nullptr;
}
} // namespace

class TestTableSelectorWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accessibleControls()
    {
        TableSelectorWidget w;
        for (const QString &name : { u"Filter tables"_s, u"Tables"_s, u"Patterns"_s, u"New pattern"_s })
            QVERIFY2(child<QWidget>(w, name), qPrintable(name));
        QVERIFY(child<QCheckBox>(w, u"Show system databases"_s));
        QVERIFY(child<QPushButton>(w, u"Select all visible tables"_s));
        QVERIFY(child<QPushButton>(w, u"Refresh the list of tables"_s));
        QVERIFY(!child<QPushButton>(w, u"Refresh the list of tables"_s)->isEnabled()); // no server given
    }

    void filterSelectAllVisibleAndTotals()
    {
        TableSelectorWidget w;
        w.setTables(sample());
        QSignalSpy changed(&w, &TableSelectorWidget::selectionChanged);
        QCOMPARE(w.proxyModel()->rowCount(), 4); // mo_catalog hidden
        auto *filter = child<QLineEdit>(w, u"Filter tables"_s);
        QTest::keyClicks(filter, u"event"_s);
        QCOMPARE(w.proxyModel()->rowCount(), 1);
        // Few matches: expanded so they can be seen.
        QVERIFY(w.treeView()->isExpanded(w.proxyModel()->index(0, 0)));
        QTest::mouseClick(child<QPushButton>(w, u"Select all visible tables"_s), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(w.selectedTableCount(), 2);
        QCOMPARE(w.selectedRows(), 51);
        QCOMPARE(w.selectedSizeBytes(), 510);
        QVERIFY2(w.totalsText().contains(u"2 table"_s), qPrintable(w.totalsText()));
        QVERIFY(w.totalsText().contains(u"51"_s));

        // Wildcards: database or table.
        filter->setText(u"sales_*"_s);
        QCOMPARE(w.proxyModel()->visibleTables().size(), 1);
        filter->clear();
        QCOMPARE(w.proxyModel()->rowCount(), 4);

        // Show system databases.
        child<QCheckBox>(w, u"Show system databases"_s)->setChecked(true);
        QCOMPARE(w.proxyModel()->rowCount(), 5);

        const TableSelection s = w.selection();
        QCOMPARE(s.tables.size(), 2);
        QCOMPARE(s.tables.at(0).database, u"analytics_db"_s);
        QVERIFY(s.patterns.isEmpty());

        changed.clear();
        QTest::mouseClick(child<QPushButton>(w, u"Clear the selection"_s), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(w.selectedTableCount(), 0);
        QVERIFY(w.selection().isEmpty());
        QTest::mouseClick(child<QPushButton>(w, u"Clear the selection"_s), Qt::LeftButton);
        QCOMPARE(changed.size(), 1); // nothing left to clear: no signal
    }

    void spaceTogglesTheCurrentRow()
    {
        TableSelectorWidget w;
        w.setTables(sample());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTreeView *tree = w.treeView();
        tree->setFocus();
        // First database (analytics_db), in the Rows column: space still checks the row.
        const QModelIndex db = w.proxyModel()->index(0, TableTreeModel::RowsColumn);
        tree->setCurrentIndex(db);
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(db.siblingAtColumn(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(w.selectedTableCount(), 2);
        // Into the children with the keyboard, uncheck one: the database becomes partial.
        QTest::keyClick(tree, Qt::Key_Right); // expand
        QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(tree->currentIndex().parent().isValid());
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(
            db.siblingAtColumn(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        QCOMPARE(w.selectedTableCount(), 1);
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(db.siblingAtColumn(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    }

    void patterns()
    {
        TableSelectorWidget w;
        w.setTables(sample());
        QSignalSpy changed(&w, &TableSelectorWidget::selectionChanged);
        auto *edit = child<QLineEdit>(w, u"New pattern"_s);
        auto *list = child<QListWidget>(w, u"Patterns"_s);
        QTest::keyClicks(edit, u"analytics_db.*"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(w.selectedTableCount(), 2);
        // Empty pattern box: the filter text becomes the pattern.
        child<QLineEdit>(w, u"Filter tables"_s)->setText(u"*.sales_*"_s);
        QTest::mouseClick(child<QPushButton>(w, u"Add pattern"_s), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(w.selectedTableCount(), 3);
        // A bad pattern is refused and explained; nothing is lost.
        QVERIFY(!w.addPattern(u"a.b.c"_s));
        QCOMPARE(list->count(), 2);
        // Checked tables and pattern matches are counted once.
        w.model()->setTablesChecked({ w.model()->findTable(u"analytics_db"_s, u"events"_s) }, Qt::Checked);
        QCOMPARE(w.selectedTableCount(), 3);
        QCOMPARE(w.selection().patterns, (QStringList { u"analytics_db.*"_s, u"*.sales_*"_s }));
        // Resolution: explicit first, then pattern matches, once each.
        const QList<TableRef> refs = w.resolvedTables();
        QCOMPARE(refs.size(), 3);
        QCOMPARE(refs.at(0).table, u"events"_s);
        // Delete removes the current pattern.
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(w.selection().patterns, QStringList { u"*.sales_*"_s });
    }

    void selectionRoundTrip()
    {
        TableSelectorWidget w;
        w.setTables(sample());
        TableSelection s;
        TableRef dotted = TableRef::byName(u"production_db"_s, u"my.table"_s);
        dotted.tableId = 301;
        s.tables << TableRef::byName(u"客户库"_s, u"订单"_s) << dotted << TableRef::byName(u"gone"_s, u"t"_s);
        s.patterns << u"*.event_*"_s;
        QSignalSpy changed(&w, &TableSelectorWidget::selectionChanged);
        w.setSelection(s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(w.model()->checkedCount(), 2);
        const TableSelection back = w.selection();
        // Model order for the checked ones, then the one that is not listed: nothing lost.
        QCOMPARE(back.tables.size(), 3);
        QVERIFY(back.tables.contains(dotted)); // the id of a dotted name is kept
        QVERIFY(back.tables.contains(TableRef::byName(u"gone"_s, u"t"_s)));
        QCOMPARE(back.patterns, s.patterns);
        QVERIFY(w.totalsText().contains(u"not in the current list"_s));

        // A new listing keeps the selection, and the missing table is found once it exists.
        QList<TableInfo> fresh = sample();
        fresh << table(u"gone"_s, u"t"_s, 900, 1, 1);
        w.setTables(fresh);
        QCOMPARE(w.model()->checkedCount(), 3);
        QVERIFY(!w.totalsText().contains(u"not in the current list"_s));

        // Through the dialog as well.
        TableSelectorDialog dialog;
        dialog.selector()->setTables(sample());
        dialog.setSelection(s);
        QCOMPARE(dialog.selection().patterns, s.patterns);
        QCOMPARE(dialog.selection().tables.size(), 3);
    }

    void loadsFromTheStandin()
    {
        REQUIRE_SERVER();
        TableSelectorWidget w;
        Catalog catalog;
        w.setCatalog(&catalog);
        QSignalSpy finished(&w, &TableSelectorWidget::loadFinished);
        TableSelection s;
        s.tables << TableRef::byName(u"production_db"_s, u"my.table"_s);
        w.setSelection(s); // before the tables are there: applied when they arrive
        w.setSettings(TestServer::instance().settings());
        QVERIFY(w.isLoading());
        QVERIFY(finished.wait(20000));
        QVERIFY2(!w.loadError().isError(), qPrintable(w.loadError().message()));
        QVERIFY(w.model()->findTable(u"production_db"_s, u"客户"_s) >= 0);
        QVERIFY(w.model()->findTable(u"production_db"_s, u"back`tick"_s) >= 0);
        QCOMPARE(w.model()->checkedCount(), 1);
        const TableSelection back = w.selection();
        QCOMPARE(back.tables.size(), 1);
        QVERIFY(back.tables.at(0).tableId.has_value()); // the dotted name now carries its id
        QVERIFY(child<QPushButton>(w, u"Refresh the list of tables"_s)->isEnabled());

        // A second widget on the same catalog gets the cached listing at once.
        TableSelectorWidget other;
        other.setCatalog(&catalog);
        other.setSettings(TestServer::instance().settings());
        QVERIFY(!other.isLoading());
        QCOMPARE(other.model()->tableCount(), w.model()->tableCount());

        // Refresh goes to the server again.
        QTest::mouseClick(child<QPushButton>(w, u"Refresh the list of tables"_s), Qt::LeftButton);
        QVERIFY(w.isLoading() || finished.size() == 2);
        QVERIFY(finished.size() == 2 || finished.wait(20000));
        QCOMPARE(w.model()->checkedCount(), 1);
    }

    void loadErrorIsShown()
    {
        REQUIRE_SERVER();
        TableSelectorWidget w;
        ConnectionSettings s = TestServer::instance().settings();
        s.password = u"wrong"_s;
        QSignalSpy finished(&w, &TableSelectorWidget::loadFinished);
        w.setSettings(s);
        QVERIFY(finished.wait(20000));
        QVERIFY(w.loadError().isError());
        QLabel *status = child<QLabel>(w, u"Catalog status"_s);
        QVERIFY(status->text().contains(u"Cannot list the tables"_s));
    }
};

QTEST_MAIN(TestTableSelectorWidget)
#include "tst_tableselectorwidget.moc"
