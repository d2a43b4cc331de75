// The table selector with tenants and MatrixOne's internal tables (issue 17): grouped by tenant when
// the listing spans accounts, internal tables hidden until "Show internal tables", a companion shown
// with its table, a tenant's table selected as db.tbl.<account>; models checked by
// QAbstractItemModelTester; the stand-in's tenants loaded through "All tenants".
#include "tableselectorwidget.h"
#include "tabletreemodel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {
TableInfo table(const QString &db, const QString &name, quint64 id, quint64 account = 0, quint64 parent = 0,
    const QString &kind = u"r"_s)
{
    TableInfo t { db, name, id, kind, 10, 100 };
    t.accountId = account;
    t.parentId = parent;
    return t;
}

QList<TableInfo> tenants()
{
    return {
        table(u"production_db"_s, u"users"_s, 1),
        table(u"production_db"_s, u"__mo_index_secondary_x"_s, 2, 0, 1),
        table(u"production_db"_s, u"orders"_s, 3),
        table(u"sales_db"_s, u"orders_by_month"_s, 5),
        table(u"sales_db"_s, u"%!%p0%!%orders_by_month"_s, 6, 0, 5, u"partition"_s),
        table(u"production_db"_s, u"users"_s, 11, 1),
        table(u"production_db"_s, u"invoices"_s, 12, 1),
        table(u"production_db"_s, u"users"_s, 21, 2),
    };
}

const QMap<quint64, QString> Names { { 0, u"sys"_s }, { 1, u"acc1"_s }, { 2, u"acc2"_s } };

QModelIndex childNamed(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data().toString() == text)
            return i;
    }
    return {};
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

class TestTenantSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelGroupsByTenant()
    {
        TableTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTables(tenants());
        model.setAccountNames(Names);
        QVERIFY(model.isGroupedByTenant());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex acc1 = childNamed(&model, {}, u"acc1 (account 1)"_s);
        QVERIFY(acc1.isValid());
        QVERIFY(acc1.data(TableTreeModel::IsTenantRole).toBool());
        QVERIFY(!(model.flags(acc1) & Qt::ItemIsUserCheckable));
        const QModelIndex db = childNamed(&model, acc1, u"production_db"_s);
        QVERIFY(db.isValid());
        QCOMPARE(model.parent(db), acc1);
        QCOMPARE(model.rowCount(db), 2); // invoices, users
        const QModelIndex users = childNamed(&model, db, u"users"_s);
        QCOMPARE(users.data(TableTreeModel::TableIdRole).toULongLong(), 11ULL);
        QCOMPARE(model.parent(users), db);
        // Checking a tenant's database checks its tables only.
        QVERIFY(model.setData(db, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 2);
        for (const TableInfo &t : model.checkedTableInfos())
            QCOMPARE(t.accountId, quint64(1));
        QCOMPARE(model.findTable(u"production_db"_s, u"users"_s, 2),
            model.tableNumber(childNamed(&model,
                childNamed(&model, childNamed(&model, {}, u"acc2 (account 2)"_s), u"production_db"_s),
                u"users"_s)));
        // One account: no tenant level (as before).
        model.setTables(tenants().mid(0, 5));
        QVERIFY(!model.isGroupedByTenant());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"production_db"_s);
    }

    void internalTablesToggleAndCompanions()
    {
        TableSelectorWidget w;
        QAbstractItemModelTester proxyTester(
            w.proxyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        w.setAccountNames(Names);
        w.setTables(tenants());
        const QAbstractItemModel *proxy = w.proxyModel();
        QCOMPARE(proxy->rowCount(), 3);
        const QModelIndex sys = childNamed(proxy, {}, u"sys (account 0)"_s);
        QVERIFY(sys.isValid());
        QModelIndex production = childNamed(proxy, sys, u"production_db"_s);
        QCOMPARE(proxy->rowCount(production), 2); // orders, users: the index table is hidden
        QModelIndex sales = childNamed(proxy, sys, u"sales_db"_s);
        QCOMPARE(proxy->rowCount(sales), 1);

        auto *toggle = child<QCheckBox>(w, u"Show internal tables"_s);
        QVERIFY(toggle);
        toggle->setChecked(true);
        production = childNamed(proxy, sys, u"production_db"_s);
        QCOMPARE(proxy->rowCount(production), 3);
        // The companion names its table and sorts right under it.
        const QModelIndex index = childNamed(proxy, production, u"\u21b3 users: __mo_index_secondary_x"_s);
        QVERIFY(index.isValid());
        QCOMPARE(proxy->index(index.row() - 1, 0, production).data().toString(), u"users"_s);
        sales = childNamed(proxy, sys, u"sales_db"_s);
        const QModelIndex partition
            = childNamed(proxy, sales, u"\u21b3 orders_by_month: %!%p0%!%orders_by_month"_s);
        QVERIFY(partition.isValid());
        QCOMPARE(proxy->index(partition.row() - 1, 0, sales).data().toString(), u"orders_by_month"_s);
        QCOMPARE(partition.data(TableTreeModel::ParentTableRole).toString(), u"orders_by_month"_s);
        QVERIFY(partition.data(TableTreeModel::IsInternalRole).toBool());
        toggle->setChecked(false);
        QCOMPARE(proxy->rowCount(childNamed(proxy, sys, u"production_db"_s)), 2);

        // A tenant's table is selected as that tenant's: db.tbl.<account> when flushed.
        QSignalSpy changed(&w, &TableSelectorWidget::selectionChanged);
        const QModelIndex acc2 = childNamed(proxy, {}, u"acc2 (account 2)"_s);
        const QModelIndex users2 = childNamed(proxy, childNamed(proxy, acc2, u"production_db"_s), u"users"_s);
        QVERIFY(w.proxyModel()->setData(users2, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        const TableSelection selection = w.selection();
        QCOMPARE(selection.tables.size(), 1);
        QCOMPARE(selection.tables.at(0).accountId, std::optional<quint64>(2));
        // It survives a round trip through setSelection.
        w.clearSelection();
        w.setSelection(selection);
        QCOMPARE(w.selection().tables, selection.tables);
        QCOMPARE(w.model()->checkedTableInfos().at(0).id, 21ULL);
    }

    void allTenantsFromTheStandin()
    {
        REQUIRE_STANDIN();
        TableSelectorWidget w;
        QAbstractItemModelTester tester(w.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy finished(&w, &TableSelectorWidget::loadFinished);
        w.setSettings(TestServer::instance().settings());
        QVERIFY(finished.wait(20000) || finished.size() > 0);
        QVERIFY2(!w.loadError().isError(), qPrintable(w.loadError().message()));
        QVERIFY(!w.model()->isGroupedByTenant()); // sys's own tables by default

        auto *allTenants = child<QCheckBox>(w, u"Show the tables of all tenants"_s);
        QVERIFY(allTenants);
        allTenants->setChecked(true);
        QVERIFY(finished.wait(20000));
        QVERIFY(w.model()->isGroupedByTenant());
        const QAbstractItemModel *proxy = w.proxyModel();
        QCOMPARE(proxy->rowCount(), 3);
        const QModelIndex acc1 = childNamed(proxy, {}, u"acc1 (account 1)"_s);
        QVERIFY(acc1.isValid());
        QVERIFY(w.treeView()->isExpanded(acc1));
        QCOMPARE(proxy->rowCount(childNamed(proxy, acc1, u"production_db"_s)), 2);
        QVERIFY(childNamed(proxy, {}, u"acc2 (account 2)"_s).isValid());
    }
};

QTEST_MAIN(TestTenantSelector)
#include "tst_tenantselector.moc"
