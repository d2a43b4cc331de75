// TableTreeModel and TableFilterProxyModel: QAbstractItemModelTester over both, check-state
// propagation (a database checks all its tables; one table makes it partial), totals, filter
// semantics (substring / wildcard, database OR table, parents kept), system databases, sorting.
#include "tablefilterproxymodel.h"
#include "tabletreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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
        table(u"production_db"_s, u"users"_s, 303, 100, 4096),
        table(u"production_db"_s, u"orders"_s, 302, 2000, 65536),
        table(u"production_db"_s, u"my.table"_s, 301, 5, 1024),
        table(u"analytics_db"_s, u"events"_s, 101, 50, 2048),
        table(u"analytics_db"_s, u"metrics"_s, 102, -1, -1),
        table(u"my.db"_s, u"t"_s, 201, 1, 10),
        table(u"sales_eu"_s, u"orders"_s, 401, 7, 70),
        table(u"shop"_s, u"sales_2024"_s, 501, 3, 30),
        table(u"shop"_s, u"event_clicks"_s, 502, 9, 90),
        table(u"客户库"_s, u"订单"_s, 601, 1, 1),
        table(u"db`q"_s, u"o'brien"_s, 701, 2, 2),
        table(u"emoji"_s, u"🎉party"_s, 801, 3, 3),
        table(u"mo_catalog"_s, u"mo_tables"_s, 1, 10, 10),
        table(u"mysql"_s, u"user"_s, 2, 10, 10),
    };
}

QStringList visibleNames(const QAbstractItemModel &proxy)
{
    QStringList names;
    for (int d = 0; d < proxy.rowCount(); ++d) {
        const QModelIndex db = proxy.index(d, 0);
        for (int t = 0; t < proxy.rowCount(db); ++t)
            names << db.data().toString() + u'/' + proxy.index(t, 0, db).data().toString();
    }
    names.sort();
    return names;
}
} // namespace

class TestTableTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester()
    {
        TableTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTables(sample(), { u"empty_db"_s, u"analytics_db"_s });
        model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole);
        model.setTables(sample().mid(0, 5));
        model.clear();
        model.setTables(sample());
    }

    void proxyTester()
    {
        TableTreeModel model;
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTables(sample(), { u"empty_db"_s });
        for (const QString &text : { u"sales"_s, u"sales_*"_s, u"*.event_*"_s, u""_s, u"zzz"_s, u"my."_s })
            proxy.setFilterText(text);
        proxy.setSystemDatabases(TableFilterProxyModel::SystemDatabases::Shown);
        proxy.sort(TableTreeModel::RowsColumn, Qt::DescendingOrder);
        model.setData(model.databaseIndex(0), Qt::Checked, Qt::CheckStateRole);
        model.setTables(sample().mid(3));
    }

    void structure()
    {
        TableTreeModel model;
        model.setTables(sample(), { u"empty_db"_s });
        QCOMPARE(model.tableCount(), sample().size());
        QCOMPARE(model.databaseCount(), 11); // 10 with tables + empty_db
        QCOMPARE(model.columnCount(), int(TableTreeModel::Count));
        // Databases sorted, tables sorted within.
        QCOMPARE(model.databaseName(0), u"analytics_db"_s);
        const int prod = model.findDatabase(u"production_db"_s);
        QVERIFY(prod >= 0);
        const QModelIndex prodIndex = model.databaseIndex(prod);
        QCOMPARE(model.rowCount(prodIndex), 3);
        QCOMPARE(model.index(0, 0, prodIndex).data().toString(), u"my.table"_s);
        QCOMPARE(model.index(2, 0, prodIndex).data().toString(), u"users"_s);
        QCOMPARE(model.rowCount(model.databaseIndex(model.findDatabase(u"empty_db"_s))), 0);
        // Database totals: known figures summed.
        QCOMPARE(
            prodIndex.siblingAtColumn(TableTreeModel::RowsColumn).data(TableTreeModel::SortRole).toLongLong(),
            2105);
        const QModelIndex analytics = model.databaseIndex(model.findDatabase(u"analytics_db"_s));
        QCOMPARE(
            analytics.siblingAtColumn(TableTreeModel::SizeColumn).data(TableTreeModel::SortRole).toLongLong(),
            2048);
        // Unknown figures show nothing, raw -1.
        const QModelIndex metrics
            = model.tableIndex(model.findTable(u"analytics_db"_s, u"metrics"_s), TableTreeModel::RowsColumn);
        QCOMPARE(metrics.data().toString(), QString());
        QCOMPARE(metrics.data(TableTreeModel::SortRole).toLongLong(), -1);
        // Human-readable size, raw bytes in the sort role.
        const QModelIndex orders
            = model.tableIndex(model.findTable(u"production_db"_s, u"orders"_s), TableTreeModel::SizeColumn);
        QCOMPARE(orders.data(TableTreeModel::SortRole).toLongLong(), 65536);
        QVERIFY2(orders.data().toString().contains(u"64"_s), qPrintable(orders.data().toString()));
        // Odd names come back exactly.
        for (const auto &[db, name] :
            { std::pair { u"客户库"_s, u"订单"_s }, std::pair { u"db`q"_s, u"o'brien"_s },
                std::pair { u"emoji"_s, u"🎉party"_s }, std::pair { u"my.db"_s, u"t"_s } }) {
            const int t = model.findTable(db, name);
            QVERIFY2(t >= 0, qPrintable(db + u'.' + name));
            QCOMPARE(model.tableIndex(t).data().toString(), name);
            QCOMPARE(model.tableIndex(t).data(TableTreeModel::DatabaseRole).toString(), db);
            QCOMPARE(model.tableIndex(t).parent().data().toString(), db);
        }
        QVERIFY(model.tableIndex(model.findTable(u"production_db"_s, u"my.table"_s))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"301"_s));
        QCOMPARE(model.findTableById(701), model.findTable(u"db`q"_s, u"o'brien"_s));
        QCOMPARE(model.findTable(u"production_db"_s, u"nope"_s), -1);
        QVERIFY(
            model.databaseIndex(model.findDatabase(u"mysql"_s)).data(TableTreeModel::IsSystemRole).toBool());
    }

    void checkPropagation()
    {
        TableTreeModel model;
        model.setTables(sample());
        QSignalSpy changed(&model, &TableTreeModel::checkedTablesChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex prod = model.databaseIndex(model.findDatabase(u"production_db"_s));

        // Checking a database checks all its tables.
        QVERIFY(model.setData(prod, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(prod.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(model.index(r, 0, prod).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.checkedCount(), 3);
        QCOMPARE(model.checkedRows(), 2105);
        QCOMPARE(model.checkedSizeBytes(), 4096 + 65536 + 1024);
        // The view learns about the children and the parent.
        bool sawParent = false;
        bool sawChildren = false;
        for (const QList<QVariant> &args : std::as_const(dataChanged)) {
            const auto from = args.at(0).toModelIndex();
            const auto to = args.at(1).toModelIndex();
            sawParent |= from == prod && to == prod;
            sawChildren |= from.parent() == prod && from.row() == 0 && to.row() == 2;
        }
        QVERIFY(sawParent);
        QVERIFY(sawChildren);

        // Unchecking one table makes the database partial.
        QVERIFY(model.setData(model.index(1, 0, prod), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(prod.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        QCOMPARE(model.checkedCount(), 2);

        // One table of an unchecked database: partial too.
        const QModelIndex shop = model.databaseIndex(model.findDatabase(u"shop"_s));
        QVERIFY(model.setData(model.index(0, 0, shop), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(shop.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        QVERIFY(model.setData(model.index(1, 0, shop), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(shop.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        // Unchecking the database clears all of its tables.
        QVERIFY(model.setData(prod, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(prod.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model.checkedCount(), 2);
        // Partial is never a request.
        QVERIFY(!model.setData(prod, Qt::PartiallyChecked, Qt::CheckStateRole));
        // Only the name column is checkable.
        QVERIFY(!(model.flags(prod.siblingAtColumn(1)) & Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(prod) & Qt::ItemIsUserCheckable);

        // Checking what is already checked changes nothing and says nothing.
        changed.clear();
        model.setTablesChecked({ model.findTable(u"shop"_s, u"sales_2024"_s) }, Qt::Checked);
        QCOMPARE(changed.size(), 0);
    }

    void checksSurviveRefresh()
    {
        TableTreeModel model;
        model.setTables(sample());
        model.setTablesChecked({ model.findTable(u"shop"_s, u"sales_2024"_s),
                                   model.findTable(u"production_db"_s, u"my.table"_s) },
            Qt::Checked);
        QList<TableInfo> fresh = sample();
        fresh.removeIf([](const TableInfo &t) { return t.name == u"my.table"_s; });
        fresh << table(u"shop"_s, u"new_table"_s, 999, 1, 1);
        model.setTables(fresh);
        QCOMPARE(model.checkedCount(), 1);
        QVERIFY(model.isChecked(model.findTable(u"shop"_s, u"sales_2024"_s)));
        QVERIFY(!model.isChecked(model.findTable(u"shop"_s, u"new_table"_s)));
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty shows user databases")
            << QString()
            << QStringList { u"analytics_db/events"_s, u"analytics_db/metrics"_s, u"db`q/o'brien"_s,
                   u"emoji/🎉party"_s, u"my.db/t"_s, u"production_db/my.table"_s, u"production_db/orders"_s,
                   u"production_db/users"_s, u"sales_eu/orders"_s, u"shop/event_clicks"_s,
                   u"shop/sales_2024"_s, u"客户库/订单"_s };
        QTest::newRow("substring of a table")
            << u"order"_s << QStringList { u"production_db/orders"_s, u"sales_eu/orders"_s };
        QTest::newRow("substring of a database shows all its tables")
            << u"analytics"_s << QStringList { u"analytics_db/events"_s, u"analytics_db/metrics"_s };
        QTest::newRow("case-insensitive")
            << u"SALES"_s << QStringList { u"sales_eu/orders"_s, u"shop/sales_2024"_s };
        QTest::newRow("wildcard db or table")
            << u"sales_*"_s << QStringList { u"sales_eu/orders"_s, u"shop/sales_2024"_s };
        QTest::newRow("wildcard qualified")
            << u"*.event*"_s << QStringList { u"analytics_db/events"_s, u"shop/event_clicks"_s };
        QTest::newRow("wildcard db.*")
            << u"shop.*"_s << QStringList { u"shop/event_clicks"_s, u"shop/sales_2024"_s };
        QTest::newRow("question mark") << u"*.t?"_s << QStringList();
        QTest::newRow("dot in a name") << u"my.t"_s << QStringList { u"production_db/my.table"_s };
        QTest::newRow("db.table substring") << u"shop.sales"_s << QStringList { u"shop/sales_2024"_s };
        QTest::newRow("non-ascii") << u"订"_s << QStringList { u"客户库/订单"_s };
        QTest::newRow("quote") << u"o'b"_s << QStringList { u"db`q/o'brien"_s };
        QTest::newRow("backtick") << u"db`"_s << QStringList { u"db`q/o'brien"_s };
        QTest::newRow("emoji") << u"🎉"_s << QStringList { u"emoji/🎉party"_s };
        QTest::newRow("system hidden even when matching") << u"mo_tables"_s << QStringList();
        QTest::newRow("no match") << u"zzz"_s << QStringList();
        QTest::newRow("surrounding spaces ignored")
            << u"  users "_s << QStringList { u"production_db/users"_s };
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        TableTreeModel model;
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setTables(sample(), { u"empty_db"_s });
        proxy.setFilterText(text);
        QCOMPARE(visibleNames(proxy), expected);
        // The parents of matches are there, and nothing else at the top level.
        QStringList dbs;
        for (const QString &n : expected)
            dbs << n.section(u'/', 0, 0);
        dbs.removeDuplicates();
        if (text.isEmpty())
            dbs << u"empty_db"_s;
        QCOMPARE(proxy.rowCount(), dbs.size());
        // visibleTables() agrees with the view.
        QCOMPARE(proxy.visibleTables().size(), expected.size());
    }

    void systemToggle()
    {
        TableTreeModel model;
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setTables(sample());
        QCOMPARE(proxy.rowCount(), 8);
        proxy.setSystemDatabases(TableFilterProxyModel::SystemDatabases::Shown);
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setFilterText(u"mo_tables"_s);
        QCOMPARE(visibleNames(proxy), QStringList { u"mo_catalog/mo_tables"_s });
    }

    void sortsByRawValues()
    {
        TableTreeModel model;
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setTables(sample());
        proxy.setFilterText(u"production_db"_s);
        proxy.sort(TableTreeModel::SizeColumn, Qt::DescendingOrder);
        const QModelIndex prod = proxy.index(0, 0);
        QCOMPARE(prod.data().toString(), u"production_db"_s);
        // 65536 > 4096 > 1024 bytes, whatever their text says.
        QCOMPARE(proxy.index(0, 0, prod).data().toString(), u"orders"_s);
        QCOMPARE(proxy.index(1, 0, prod).data().toString(), u"users"_s);
        QCOMPARE(proxy.index(2, 0, prod).data().toString(), u"my.table"_s);
        proxy.sort(TableTreeModel::RowsColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data().toString(), u"my.table"_s);
    }

    void checkingThroughTheProxy()
    {
        TableTreeModel model;
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setTables(sample());
        proxy.setFilterText(u"orders"_s);
        const QModelIndex db = proxy.index(0, 0);
        QVERIFY(proxy.setData(proxy.index(0, 0, db), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 1);
        QCOMPARE(proxy.data(db, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
    }
};

QTEST_MAIN(TestTableTreeModel)
#include "tst_tabletreemodel.moc"
