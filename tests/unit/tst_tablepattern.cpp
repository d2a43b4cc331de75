// TablePattern: parsing, wildcard semantics (database OR table for one part, db.table for two),
// backtick quoting, resolution to concrete tables (ids where names contain dots), TableSelection JSON.
#include "catalog/tablepattern.h"
#include "catalog/tableselection.h"
#include "moctl/statement.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {
TableInfo table(const QString &db, const QString &name, quint64 id, qint64 rows = 10, qint64 size = 1000)
{
    return TableInfo { db, name, id, u"r"_s, rows, size };
}

QList<TableInfo> sampleCatalog()
{
    return {
        table(u"analytics_db"_s, u"events"_s, 101),
        table(u"analytics_db"_s, u"metrics"_s, 102),
        table(u"my.db"_s, u"t"_s, 201),
        table(u"mo_catalog"_s, u"mo_tables"_s, 1),
        table(u"production_db"_s, u"my.table"_s, 301),
        table(u"production_db"_s, u"orders"_s, 302),
        table(u"production_db"_s, u"users"_s, 303),
        table(u"sales_eu"_s, u"event_log"_s, 401),
        table(u"sales_eu"_s, u"orders"_s, 402),
        table(u"shop"_s, u"event_clicks"_s, 501),
        table(u"shop"_s, u"sales_2024"_s, 502),
        table(u"客户库"_s, u"订单"_s, 601),
        table(u"emoji"_s, u"🎉party"_s, 701),
    };
}

QString refsText(const QList<TableRef> &refs)
{
    QStringList parts;
    for (const TableRef &r : refs)
        parts << r.display();
    return parts.join(u", "_s);
}
} // namespace

class TestTablePattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<bool>("expected");

        QTest::newRow("db.* hit") << u"analytics_db.*"_s << u"analytics_db"_s << u"events"_s << false << true;
        QTest::newRow("db.* other db")
            << u"analytics_db.*"_s << u"analytics"_s << u"events"_s << false << false;
        QTest::newRow("*.event_* hit") << u"*.event_*"_s << u"shop"_s << u"event_clicks"_s << false << true;
        QTest::newRow("*.event_* exact prefix")
            << u"*.event_*"_s << u"shop"_s << u"event_"_s << false << true;
        QTest::newRow("*.event_* miss") << u"*.event_*"_s << u"event_db"_s << u"clicks"_s << false << false;
        QTest::newRow("one part matches db") << u"sales_*"_s << u"sales_eu"_s << u"orders"_s << false << true;
        QTest::newRow("one part matches table")
            << u"sales_*"_s << u"shop"_s << u"sales_2024"_s << false << true;
        QTest::newRow("one part miss") << u"sales_*"_s << u"shop"_s << u"presales"_s << false << false;
        QTest::newRow("one part literal db") << u"shop"_s << u"shop"_s << u"anything"_s << false << true;
        QTest::newRow("one part literal table")
            << u"users"_s << u"production_db"_s << u"users"_s << false << true;
        QTest::newRow("literal needs whole name")
            << u"users"_s << u"production_db"_s << u"users2"_s << false << false;
        QTest::newRow("? one char") << u"*.t?"_s << u"d"_s << u"t1"_s << false << true;
        QTest::newRow("? not zero chars") << u"*.t?"_s << u"d"_s << u"t"_s << false << false;
        QTest::newRow("? not two chars") << u"*.t?"_s << u"d"_s << u"t12"_s << false << false;
        QTest::newRow("? one emoji") << u"emoji.?party"_s << u"emoji"_s << u"🎉party"_s << false << true;
        QTest::newRow("star middle") << u"*.a*z"_s << u"d"_s << u"abcz"_s << false << true;
        QTest::newRow("star backtrack") << u"*.a*bc"_s << u"d"_s << u"abcbc"_s << false << true;
        QTest::newRow("star backtrack miss") << u"*.a*bc"_s << u"d"_s << u"abcb"_s << false << false;
        QTest::newRow("many stars") << u"*.**x**"_s << u"d"_s << u"x"_s << false << true;
        QTest::newRow("case sensitive") << u"Sales_*"_s << u"sales_eu"_s << u"x"_s << false << false;
        QTest::newRow("case insensitive") << u"Sales_*"_s << u"sales_eu"_s << u"x"_s << true << true;
        QTest::newRow("quoted dotted db") << u"`my.db`.*"_s << u"my.db"_s << u"t"_s << false << true;
        QTest::newRow("quoted dotted table")
            << u"production_db.`my.table`"_s << u"production_db"_s << u"my.table"_s << false << true;
        QTest::newRow("quoted star is literal") << u"d.`a*`"_s << u"d"_s << u"abc"_s << false << false;
        QTest::newRow("quoted star literal hit") << u"d.`a*`"_s << u"d"_s << u"a*"_s << false << true;
        QTest::newRow("quoted run then wildcard") << u"`my.`*"_s << u"my.db"_s << u"x"_s << false << true;
        QTest::newRow("quoted run then wildcard miss")
            << u"`my.`*.t"_s << u"mydb"_s << u"t"_s << false << false;
        QTest::newRow("runs alternate") << u"*.a`.`b*"_s << u"d"_s << u"a.bc"_s << false << true;
        QTest::newRow("doubled backtick") << u"d.`a``b`"_s << u"d"_s << u"a`b"_s << false << true;
        QTest::newRow("quote in name") << u"*.o'brien"_s << u"d"_s << u"o'brien"_s << false << true;
        QTest::newRow("non-ascii") << u"客户库.*"_s << u"客户库"_s << u"订单"_s << false << true;
        QTest::newRow("non-ascii wildcard") << u"*.订*"_s << u"客户库"_s << u"订单"_s << false << true;
        QTest::newRow("star alone matches all") << u"*"_s << u"x"_s << u"y"_s << false << true;
        QTest::newRow("*.* matches all") << u"*.*"_s << u"x"_s << u"y"_s << false << true;
    }
    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, database);
        QFETCH(QString, table);
        QFETCH(bool, caseInsensitive);
        QFETCH(bool, expected);
        QString error;
        const TablePattern p = TablePattern::parse(pattern, &error);
        QVERIFY2(p.isValid(), qPrintable(error));
        QCOMPARE(
            p.matches(database, table, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive), expected);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("three parts") << u"a.b.c"_s;
        QTest::newRow("empty db") << u".t"_s;
        QTest::newRow("empty table") << u"d."_s;
        QTest::newRow("unclosed backtick") << u"`abc"_s;
        QTest::newRow("space") << u"a b.c"_s;
        QTest::newRow("nul") << u"a\u0000b"_s;
    }
    void invalid()
    {
        QFETCH(QString, pattern);
        QString error;
        const TablePattern p = TablePattern::parse(pattern, &error);
        QVERIFY(!p.isValid());
        QVERIFY(!error.isEmpty());
    }

    void wildcardDetection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("plain") << u"sales"_s << false;
        QTest::newRow("star") << u"sales_*"_s << true;
        QTest::newRow("question") << u"t?"_s << true;
        QTest::newRow("quoted star") << u"`a*`"_s << false;
        QTest::newRow("quoted then star") << u"`a.b`.*"_s << true;
    }
    void wildcardDetection()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(TablePattern::hasUnquotedWildcard(text), expected);
    }

    void resolve_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("db.*") << QStringList { u"analytics_db.*"_s }
                              << u"analytics_db.events, analytics_db.metrics"_s;
        QTest::newRow("*.event_*") << QStringList { u"*.event_*"_s }
                                   << u"sales_eu.event_log, shop.event_clicks"_s;
        QTest::newRow("one part db or table")
            << QStringList { u"sales_*"_s } << u"sales_eu.event_log, sales_eu.orders, shop.sales_2024"_s;
        QTest::newRow("overlapping, once each, catalog order") << QStringList { u"shop.*"_s,
            u"*.event_*"_s } << u"sales_eu.event_log, shop.event_clicks, shop.sales_2024"_s;
        QTest::newRow("dotted table by id")
            << QStringList { u"production_db.`my.table`"_s } << u"production_db.`my.table` #301"_s;
        QTest::newRow("dotted db by id") << QStringList { u"`my.db`.*"_s } << u"`my.db`.t #201"_s;
        QTest::newRow("wildcard skips system") << QStringList { u"mo_*.*"_s } << QString();
        QTest::newRow("literal system db") << QStringList { u"mo_catalog.*"_s } << u"mo_catalog.mo_tables"_s;
        QTest::newRow("non-ascii") << QStringList { u"客户库"_s } << u"`客户库`.`订单`"_s;
        QTest::newRow("no match") << QStringList { u"nothing_*"_s } << QString();
        QTest::newRow("none") << QStringList {} << QString();
    }
    void resolve()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, expected);
        QList<TablePattern> compiled;
        for (const QString &p : patterns)
            compiled << TablePattern::parse(p);
        QCOMPARE(refsText(TablePattern::resolve(compiled, sampleCatalog())), expected);
    }

    void resolveAllSkipsSystemAndCounts()
    {
        const QList<TableRef> refs = TablePattern::resolve({ TablePattern::parse(u"*"_s) }, sampleCatalog());
        QCOMPARE(refs.size(), sampleCatalog().size() - 1); // all but mo_catalog.mo_tables
        for (const TableRef &r : refs)
            QVERIFY(r.database != u"mo_catalog"_s);
    }

    void resolvedDottedNamesBuildIdFlush()
    {
        const QList<TableRef> refs
            = TablePattern::resolve({ TablePattern::parse(u"production_db.*"_s) }, sampleCatalog());
        QCOMPARE(refs.size(), 3);
        QCOMPARE(buildStatement(Operation::flush(refs.at(0))).sql, u"SELECT mo_ctl('dn', 'flush', '301')"_s);
        QCOMPARE(buildStatement(Operation::flush(refs.at(1))).sql,
            u"SELECT mo_ctl('dn', 'flush', 'production_db.orders')"_s);
        const QList<TableRef> always = TablePattern::resolve(
            { TablePattern::parse(u"production_db.*"_s) }, sampleCatalog(), IdPolicy::Always);
        QCOMPARE(always.at(1).tableId, std::optional<quint64>(302));
    }

    void resolveDeduplicatesRepeatedCatalogRows()
    {
        QList<TableInfo> tables = sampleCatalog();
        tables << table(u"shop"_s, u"event_clicks"_s, 501);
        QCOMPARE(TablePattern::resolve({ TablePattern::parse(u"shop.*"_s) }, tables).size(), 2);
    }

    void selectionResolve()
    {
        TableSelection s;
        s.tables << TableRef::byName(u"shop"_s, u"sales_2024"_s)
                 << TableRef::byName(u"production_db"_s, u"my.table"_s) // id comes from the catalog
                 << TableRef::byName(u"gone_db"_s, u"gone"_s) // kept: the flush reports it
                 << TableRef::byName(u"shop"_s, u"sales_2024"_s); // once
        QVERIFY(s.addPattern(u"shop.*"_s));
        QVERIFY(s.addPattern(u"shop.*"_s)); // no duplicate
        QCOMPARE(s.patterns.size(), 1);
        QCOMPARE(refsText(s.resolve(sampleCatalog())),
            u"shop.sales_2024, production_db.`my.table` #301, gone_db.gone, shop.event_clicks"_s);
    }

    void selectionJsonRoundTrip()
    {
        TableSelection s;
        TableRef dotted = TableRef::byName(u"production_db"_s, u"my.table"_s);
        dotted.tableId = 272510;
        TableRef big = TableRef::byId(quint64(1) << 60);
        TableRef tenant = TableRef::byName(u"db"_s, u"o'brien"_s, 7);
        s.tables << TableRef::byName(u"客户库"_s, u"订单"_s) << dotted << big << tenant;
        s.patterns << u"analytics_db.*"_s << u"*.event_*"_s << u"`my.db`.*"_s;
        const QByteArray json = QJsonDocument(s.toJson()).toJson();
        QString error;
        const auto back = TableSelection::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, s);
        QVERIFY(json.contains("\"1152921504606846976\"")); // above 2^53: a string
        QVERIFY(json.contains("272510"));
    }

    void selectionJsonRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("tables not a list") << QByteArray(R"({"tables": {}})");
        QTest::newRow("table not an object") << QByteArray(R"({"tables": [3]})");
        QTest::newRow("only database") << QByteArray(R"({"tables": [{"database": "d"}]})");
        QTest::newRow("empty name") << QByteArray(R"({"tables": [{"database": "d", "table": ""}]})");
        QTest::newRow("nothing") << QByteArray(R"({"tables": [{}]})");
        QTest::newRow("negative id") << QByteArray(R"({"tables": [{"id": -4}]})");
        QTest::newRow("fraction id") << QByteArray(R"({"tables": [{"id": 1.5}]})");
        QTest::newRow("text id") << QByteArray(R"({"tables": [{"id": "abc"}]})");
        QTest::newRow("bad pattern") << QByteArray(R"({"patterns": ["a.b.c"]})");
        QTest::newRow("pattern not text") << QByteArray(R"({"patterns": [1]})");
        QTest::newRow("patterns not a list") << QByteArray(R"({"patterns": "a.*"})");
    }
    void selectionJsonRefusesBadInput()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!TableSelection::fromJson(QJsonDocument::fromJson(json).object(), &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void emptySelectionJson()
    {
        const auto s = TableSelection::fromJson(QJsonObject());
        QVERIFY(s.has_value());
        QVERIFY(s->isEmpty());
    }

    void systemDatabases()
    {
        for (const char *name : { "information_schema", "mo_catalog", "mo_debug", "mo_task", "mysql",
                 "system", "system_metrics", "performance_schema", "sys" })
            QVERIFY2(isSystemDatabase(QString::fromLatin1(name)), name);
        QVERIFY(!isSystemDatabase(u"production_db"_s));
        QVERIFY(!isSystemDatabase(u"system2"_s));
    }

    void formatting()
    {
        QCOMPARE(formatSize(-1), QString());
        QCOMPARE(formatRows(-1), QString());
        QVERIFY(!formatSize(0).isEmpty());
        QVERIFY(formatSize(5 * 1024 * 1024).contains(u'5'));
    }

    void internalTablesOnlyWhenNamed()
    {
        // MatrixOne's SHOW TABLES filter (pkg/sql/plan/build_show.go): index, partition, temporary,
        // auto-increment and lock tables, and relkinds other than r/e/cluster.
        QList<TableInfo> tables { TableInfo { u"shop"_s, u"orders"_s, 1, u"r"_s, 1, 1 },
            TableInfo { u"shop"_s, u"__mo_index_secondary_abc"_s, 2, u"r"_s, 1, 1 },
            TableInfo { u"shop"_s, u"%!%p0%!%orders"_s, 3, u"partition"_s, 1, 1 },
            TableInfo { u"shop"_s, u"__mo_tmp_0123"_s, 4, u"r"_s, 1, 1 },
            TableInfo { u"shop"_s, u"mo_increment_columns"_s, 5, u"r"_s, 1, 1 },
            TableInfo { u"shop"_s, u"__mo_account_lock"_s, 6, u"r"_s, 1, 1 },
            TableInfo { u"shop"_s, u"idx"_s, 7, u"i"_s, 1, 1 } };
        for (qsizetype i = 1; i < tables.size(); ++i)
            QVERIFY2(tables.at(i).isInternal(), qPrintable(tables.at(i).name));
        QVERIFY(!tables.at(0).isInternal());
        QCOMPARE(partitionParentName(u"%!%p0%!%orders"), u"orders"_s);
        QCOMPARE(
            refsText(TablePattern::resolve({ TablePattern::parse(u"shop.*"_s) }, tables)), u"shop.orders"_s);
        QCOMPARE(
            refsText(TablePattern::resolve({ TablePattern::parse(u"*.*"_s) }, tables)), u"shop.orders"_s);
        QCOMPARE(refsText(TablePattern::resolve({ TablePattern::parse(u"shop.__mo_index_*"_s) }, tables)),
            QString());
        QCOMPARE(refsText(TablePattern::resolve(
                     { TablePattern::parse(u"shop.__mo_index_secondary_abc"_s) }, tables)),
            u"shop.__mo_index_secondary_abc"_s);
    }

    void namesMatchLowerCased()
    {
        // MatrixOne lower-cases identifiers (lower_case_table_names = 1): Shop.Orders finds shop.orders.
        const QList<TableInfo> tables { TableInfo { u"shop"_s, u"orders"_s, 1, u"r"_s, 1, 1 } };
        QCOMPARE(refsText(TablePattern::resolve({ TablePattern::parse(u"Shop.Orders"_s) }, tables)),
            u"shop.orders"_s);
        QCOMPARE(
            refsText(TablePattern::resolve({ TablePattern::parse(u"SHOP.O*"_s) }, tables)), u"shop.orders"_s);
        QCOMPARE(findTableIndex(tables, u"Shop"_s, u"Orders"_s), 0);
        QCOMPARE(findTableIndex(tables, u"shop"_s, u"Orders"_s, 1), -1); // another account's
        // A stored mixed-case name is found as written, not by folding the catalog's side.
        const QList<TableInfo> mixed { TableInfo { u"shop"_s, u"Orders"_s, 1, u"r"_s, 1, 1 } };
        QCOMPARE(findTableIndex(mixed, u"shop"_s, u"Orders"_s), 0);
        QCOMPARE(findTableIndex(mixed, u"shop"_s, u"orders"_s), -1);
    }

    void tenantTablesCarryTheirAccount()
    {
        TableInfo t { u"shop"_s, u"orders"_s, 9, u"r"_s, 1, 1 };
        t.accountId = 3;
        QCOMPARE(tableRefFor(t).accountId, std::optional<quint64>(3));
        TableSelection selection;
        selection.tables << TableRef::byName(u"shop"_s, u"orders"_s, 3);
        TableInfo sys { u"shop"_s, u"orders"_s, 8, u"r"_s, 1, 1 };
        const QList<TableRef> refs = selection.resolve({ sys, t }, IdPolicy::Always);
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs.at(0).tableId, std::optional<quint64>(9)); // the tenant's, not sys's
    }

    void companionsFollowTheirTable()
    {
        TableInfo orders { u"shop"_s, u"orders"_s, 1, u"r"_s, 1, 1 };
        TableInfo index { u"shop"_s, u"__mo_index_secondary_abc"_s, 2, u"r"_s, 1, 1 };
        index.parentId = 1;
        TableInfo part { u"shop"_s, u"%!%p0%!%orders"_s, 3, u"partition"_s, 1, 1 };
        part.parentId = 1;
        TableInfo other { u"shop"_s, u"users"_s, 4, u"r"_s, 1, 1 };
        const QList<TableRef> refs = withCompanions(
            { TableRef::byName(u"shop"_s, u"orders"_s), TableRef::byName(u"shop"_s, u"users"_s) },
            { index, orders, part, other });
        QCOMPARE(refsText(refs),
            u"shop.orders, shop.__mo_index_secondary_abc, shop.`%!%p0%!%orders`, shop.users"_s);
    }
};

QTEST_GUILESS_MAIN(TestTablePattern)
#include "tst_tablepattern.moc"
