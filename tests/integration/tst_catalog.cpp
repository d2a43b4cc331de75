// Catalog against the stand-in: mo_catalog.mo_tables with ids, rows and sizes, odd names, system
// databases, the information_schema fallback, background loads and the cache, and patterns resolved
// against the live listing flushing names with dots by id.
#include "catalog/catalog.h"
#include "catalog/tableselection.h"
#include "moctl/executor.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {
const TableInfo *find(const CatalogListing &listing, const QString &db, const QString &name)
{
    for (const TableInfo &t : listing.tables) {
        if (t.database == db && t.name == name)
            return &t;
    }
    return nullptr;
}

const QString OddDb = u"cat'alog.`db` ü"_s;
// MariaDB identifiers cannot hold 4-byte characters (emoji), so the stand-in has none in names.
const QString EmojiTable = u"表格_ü"_s;
const QString LimitedUser = u"catalog_limited"_s;
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::instance().isAvailable())
            return;
        TestServer &s = TestServer::instance();
        QString error;
        QVERIFY2(s.exec(u"CREATE DATABASE IF NOT EXISTS `cat'alog.``db`` ü`"_s, &error), qPrintable(error));
        QVERIFY2(
            s.exec(u"CREATE TABLE IF NOT EXISTS `cat'alog.``db`` ü`.`表格_ü` (id INT PRIMARY KEY)"_s, &error),
            qPrintable(error));
        QVERIFY2(s.exec(u"REPLACE INTO `cat'alog.``db`` ü`.`表格_ü` VALUES (1), (2), (3)"_s, &error),
            qPrintable(error));
        QVERIFY2(s.exec(u"CREATE DATABASE IF NOT EXISTS catalog_empty_db"_s, &error), qPrintable(error));
        s.exec(u"DROP USER IF EXISTS 'catalog_limited'@'%'"_s);
        QVERIFY2(s.exec(u"CREATE USER 'catalog_limited'@'%' IDENTIFIED BY 'limited'"_s, &error),
            qPrintable(error));
        QVERIFY2(
            s.exec(u"GRANT SELECT ON production_db.* TO 'catalog_limited'@'%'"_s, &error), qPrintable(error));
    }
    void cleanupTestCase()
    {
        if (!TestServer::instance().isAvailable())
            return;
        TestServer &s = TestServer::instance();
        s.exec(u"DROP DATABASE IF EXISTS `cat'alog.``db`` ü`"_s);
        s.exec(u"DROP DATABASE IF EXISTS catalog_empty_db"_s);
        s.exec(u"DROP DATABASE IF EXISTS catalog_new_db"_s);
        s.exec(u"DROP USER IF EXISTS 'catalog_limited'@'%'"_s);
    }
    void init()
    {
        REQUIRE_SERVER();
        if (TestServer::instance().isStandin())
            TestServer::instance().reset();
    }

    void listsFromMoCatalog()
    {
        const CatalogListing listing = Catalog::fetch(TestServer::instance().settings());
        QVERIFY2(listing.ok(), qPrintable(listing.error.message()));
        QCOMPARE(listing.source, CatalogListing::Source::MoCatalog);
        QVERIFY(listing.fetchedAt.isValid());

        const TableInfo *users = find(listing, u"production_db"_s, u"users"_s);
        QVERIFY(users);
        QVERIFY(users->id != 0);
        QCOMPARE(users->kind, u"r"_s);
        QCOMPARE(users->rows, 300); // the stand-in's mo_table_rows is an exact COUNT(*)
        QVERIFY(users->sizeBytes > 0);
        // The id is MatrixOne's rel_id.
        QCOMPARE(TestServer::instance()
                     .scalar(u"SELECT rel_id FROM mo_catalog.mo_tables WHERE reldatabase = 'production_db' "
                             "AND relname = 'users'"_s)
                     .toULongLong(),
            users->id);

        // Odd names arrive intact.
        for (const auto &[db, name] : { std::pair { u"production_db"_s, u"my.table"_s },
                 std::pair { u"my.db"_s, u"t"_s }, std::pair { u"production_db"_s, u"o'brien"_s },
                 std::pair { u"production_db"_s, u"back`tick"_s },
                 std::pair { u"production_db"_s, u"客户"_s }, std::pair { OddDb, EmojiTable } }) {
            const TableInfo *t = find(listing, db, name);
            QVERIFY2(t, qPrintable(db + u" / "_s + name));
            QVERIFY(t->id != 0);
        }
        QCOMPARE(find(listing, OddDb, EmojiTable)->rows, 3);
        QCOMPARE(find(listing, u"production_db"_s, u"客户"_s)->rows, 4);

        // Sorted by database then name; empty databases listed too; views are not tables.
        for (qsizetype i = 1; i < listing.tables.size(); ++i) {
            const TableInfo &a = listing.tables.at(i - 1);
            const TableInfo &b = listing.tables.at(i);
            QVERIFY(a.database < b.database || (a.database == b.database && a.name < b.name));
        }
        QVERIFY(listing.databases.contains(u"catalog_empty_db"_s));
        QVERIFY(listing.databases.contains(OddDb));
        QVERIFY(!find(listing, u"mo_catalog"_s, u"mo_tables"_s)); // a view on the stand-in

        // System databases are there and flagged; userTables() leaves them out.
        const TableInfo *task = find(listing, u"mo_task"_s, u"sys_async_task"_s);
        QVERIFY(task);
        QVERIFY(task->isSystem());
        for (const TableInfo &t : listing.userTables())
            QVERIFY2(!t.isSystem(), qPrintable(t.database));
        QVERIFY(listing.userTables().size() < listing.tables.size());
    }

    void fallsBackToInformationSchema()
    {
        ConnectionSettings s = TestServer::instance().settings();
        if (!TestServer::instance().isStandin())
            QSKIP("creates a user on the stand-in");
        s.user = LimitedUser;
        s.password = u"limited"_s;
        const CatalogListing listing = Catalog::fetch(s);
        QVERIFY2(listing.ok(), qPrintable(listing.error.message()));
        // This user cannot see mo_catalog: the listing comes from information_schema, without ids.
        QCOMPARE(listing.source, CatalogListing::Source::InformationSchema);
        const TableInfo *dotted = find(listing, u"production_db"_s, u"my.table"_s);
        QVERIFY(dotted);
        QCOMPARE(dotted->id, 0);
        QVERIFY(!find(listing, u"analytics_db"_s, u"events"_s));
    }

    void wrongPasswordIsAnErrorAndNotCached()
    {
        ConnectionSettings s = TestServer::instance().settings();
        s.password = u"wrong"_s;
        Catalog catalog;
        QSignalSpy loaded(&catalog, &Catalog::loaded);
        QFuture<CatalogListing> future = catalog.load(s);
        QVERIFY(loaded.wait(20000));
        const CatalogListing listing = future.result();
        QVERIFY(!listing.ok());
        QVERIFY(listing.error.kind() == MoError::Kind::Authentication
            || listing.error.kind() == MoError::Kind::Connection);
        QVERIFY(listing.tables.isEmpty());
        QVERIFY(!catalog.cached(s).has_value());
    }

    void backgroundLoadCachesAndRefreshes()
    {
        const ConnectionSettings s = TestServer::instance().settings();
        TestServer::instance().exec(u"DROP DATABASE IF EXISTS catalog_new_db"_s);
        Catalog catalog;
        QSignalSpy loaded(&catalog, &Catalog::loaded);
        QFuture<CatalogListing> first = catalog.load(s);
        QFuture<CatalogListing> joined = catalog.load(s); // same settings while running: one load
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toULongLong(), Catalog::cacheKey(s));
        QVERIFY(first.result().ok());
        QCOMPARE(joined.result().tables.size(), first.result().tables.size());
        QVERIFY(catalog.cached(s).has_value());

        // From the cache: finished at once, nothing new sent.
        QString error;
        QVERIFY2(TestServer::instance().exec(u"CREATE DATABASE catalog_new_db"_s, &error), qPrintable(error));
        QVERIFY(TestServer::instance().exec(u"CREATE TABLE catalog_new_db.fresh (id INT PRIMARY KEY)"_s));
        QFuture<CatalogListing> cachedFuture = catalog.load(s);
        QVERIFY(cachedFuture.isFinished());
        QVERIFY(!find(cachedFuture.result(), u"catalog_new_db"_s, u"fresh"_s));

        // Refresh reads again.
        QFuture<CatalogListing> refreshed = catalog.load(s, Catalog::CachePolicy::Refresh);
        QVERIFY(loaded.wait(20000));
        QVERIFY(find(refreshed.result(), u"catalog_new_db"_s, u"fresh"_s));
        QVERIFY(find(*catalog.cached(s), u"catalog_new_db"_s, u"fresh"_s));
        catalog.invalidate(s);
        QVERIFY(!catalog.cached(s).has_value());
        TestServer::instance().exec(u"DROP DATABASE IF EXISTS catalog_new_db"_s);
    }

    void patternsResolveAndDottedNamesFlushById()
    {
        const ConnectionSettings s = TestServer::instance().settings();
        const CatalogListing listing = Catalog::fetch(s);
        QVERIFY(listing.ok());
        TableSelection selection;
        QVERIFY(selection.addPattern(u"production_db.*"_s));
        QVERIFY(selection.addPattern(u"`my.db`.*"_s));
        QVERIFY(selection.addPattern(u"*.表*"_s));
        const QList<TableRef> refs = selection.resolve(listing.tables);
        auto refFor = [&](const QString &db, const QString &table) -> const TableRef * {
            for (const TableRef &r : refs) {
                if (r.database == db && r.table == table)
                    return &r;
            }
            return nullptr;
        };
        QVERIFY(refFor(u"production_db"_s, u"users"_s));
        QVERIFY(!refFor(u"production_db"_s, u"users"_s)->tableId); // plain names flush by name
        const TableRef *dotted = refFor(u"production_db"_s, u"my.table"_s);
        QVERIFY(dotted);
        QCOMPARE(
            dotted->tableId, std::optional<quint64>(find(listing, u"production_db"_s, u"my.table"_s)->id));
        QVERIFY(refFor(u"my.db"_s, u"t"_s) && refFor(u"my.db"_s, u"t"_s)->tableId);
        QVERIFY(refFor(OddDb, EmojiTable)); // the non-ASCII table, by a wildcard across databases
        QVERIFY(!refFor(u"mo_task"_s, u"sys_async_task"_s));

        // And the stand-in's mo_ctl accepts every one of them.
        for (const TableRef &ref : refs) {
            const Attempt attempt
                = OperationExecutor::execute(s, Operation::flush(ref), std::chrono::seconds(20));
            QVERIFY2(attempt.ok(), qPrintable(ref.display() + u": "_s + attempt.error.message()));
            if (ref.tableId)
                QVERIFY2(attempt.sql.contains(QString::number(*ref.tableId)), qPrintable(attempt.sql));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
