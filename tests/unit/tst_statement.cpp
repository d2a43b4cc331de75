// Statement building, literal escaping, target parsing and duration validation.
#include "moctl/identifier.h"
#include "moctl/statement.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literal_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"users"_s << u"'users'"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("quote") << u"o'brien"_s << u"'o''brien'"_s;
        QTest::newRow("two quotes") << u"a''b"_s << u"'a''''b'"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"'a\\\\b'"_s;
        QTest::newRow("backslash quote") << u"\\'"_s << u"'\\\\'''"_s;
        QTest::newRow("injection") << u"x'); DROP TABLE t; --"_s << u"'x''); DROP TABLE t; --'"_s;
        QTest::newRow("non-ascii") << u"客户"_s << u"'客户'"_s;
        QTest::newRow("backtick") << u"a`b"_s << u"'a`b'"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
    }
    void literal()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(sqlStringLiteral(value), expected);
    }

    void build_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QString>("sql");
        QTest::newRow("flush") << Operation::flush(TableRef::byName(u"production_db"_s, u"users"_s))
                               << u"SELECT mo_ctl('dn', 'flush', 'production_db.users')"_s;
        QTest::newRow("flush account") << Operation::flush(TableRef::byName(u"db"_s, u"t"_s, 42))
                                       << u"SELECT mo_ctl('dn', 'flush', 'db.t.42')"_s;
        QTest::newRow("flush id") << Operation::flush(TableRef::byId(272515))
                                  << u"SELECT mo_ctl('dn', 'flush', '272515')"_s;
        QTest::newRow("flush id wins over dotted name") << Operation::flush(
            TableRef { u"my.db"_s, u"t"_s, {}, 7 }) << u"SELECT mo_ctl('dn', 'flush', '7')"_s;
        QTest::newRow("flush quote") << Operation::flush(TableRef::byName(u"sales"_s, u"o'brien"_s))
                                     << u"SELECT mo_ctl('dn', 'flush', 'sales.o''brien')"_s;
        QTest::newRow("checkpoint") << Operation::checkpoint() << u"SELECT mo_ctl('dn', 'checkpoint', '')"_s;
        QTest::newRow("checkpoint 30s")
            << Operation::checkpoint(u"30s"_s) << u"SELECT mo_ctl('dn', 'checkpoint', '30s')"_s;
        QTest::newRow("global") << Operation::globalCheckpoint()
                                << u"SELECT mo_ctl('dn', 'globalcheckpoint', '')"_s;
        QTest::newRow("global 2m") << Operation::globalCheckpoint(u"2m"_s)
                                   << u"SELECT mo_ctl('dn', 'globalcheckpoint', '2m')"_s;
    }
    void build()
    {
        QFETCH(Operation, operation);
        QFETCH(QString, sql);
        const Statement s = buildStatement(operation);
        QVERIFY2(s.ok(), qPrintable(s.error.message()));
        QCOMPARE(s.sql, sql);
    }

    void refused_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::newRow("dot in table") << Operation::flush(TableRef::byName(u"db"_s, u"my.table"_s));
        QTest::newRow("dot in db") << Operation::flush(TableRef::byName(u"my.db"_s, u"t"_s));
        QTest::newRow("empty table") << Operation::flush(TableRef::byName(u"db"_s, QString()));
        QTest::newRow("empty db") << Operation::flush(TableRef::byName(QString(), u"t"_s));
        QTest::newRow("nul") << Operation::flush(TableRef::byName(u"db"_s, u"a"_s + QChar(0) + u"b"_s));
        QTest::newRow("too long") << Operation::flush(TableRef::byName(u"db"_s, QString(10000, u'x')));
        QTest::newRow("bad duration") << Operation::checkpoint(u"abc"_s);
        QTest::newRow("bad global duration") << Operation::globalCheckpoint(u"30"_s);
        QTest::newRow("flush;timeout form") << Operation::globalCheckpoint(u"flush;30s"_s);
    }
    void refused()
    {
        QFETCH(Operation, operation);
        const Statement s = buildStatement(operation);
        QVERIFY(!s.ok());
        QVERIFY(s.sql.isEmpty());
        QCOMPARE(s.error.kind(), MoError::Kind::InvalidInput);
        QVERIFY(!s.error.message().isEmpty());
    }

    void duration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const char *ok :
            { "30s", "2m", "1h30m", "500ms", "1.5h", "0", "10us", "1h2m3s4ms", ".5s", "+5s" })
            QTest::newRow(ok) << QString::fromUtf8(ok) << true;
        for (const char *bad : { "", "abc", "30", "s", "1d", "1 s", "1s ", "-", "1.s.", "30S", "1h-2m" })
            QTest::newRow(bad) << QString::fromUtf8(bad) << false;
    }
    void duration()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidDuration(text), valid);
    }

    void target_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("table");
        QTest::newRow("plain") << u"production_db.users"_s << u"production_db"_s << u"users"_s;
        QTest::newRow("quoted db with dot") << u"`my.db`.`t`"_s << u"my.db"_s << u"t"_s;
        QTest::newRow("quoted table") << u"db.`my.table`"_s << u"db"_s << u"my.table"_s;
        QTest::newRow("doubled backtick") << u"`a``b`.c"_s << u"a`b"_s << u"c"_s;
        QTest::newRow("quote in name") << u"sales.o'brien"_s << u"sales"_s << u"o'brien"_s;
        QTest::newRow("space quoted") << u"`my db`.`my table`"_s << u"my db"_s << u"my table"_s;
        QTest::newRow("non-ascii") << u"客户库.订单"_s << u"客户库"_s << u"订单"_s;
    }
    void target()
    {
        QFETCH(QString, text);
        QFETCH(QString, database);
        QFETCH(QString, table);
        const ParsedTarget parsed = parseTableTarget(text);
        QVERIFY2(!parsed.error.isError(), qPrintable(parsed.error.message()));
        QCOMPARE(parsed.table.database, database);
        QCOMPARE(parsed.table.table, table);
        // display() must read back to the same table.
        const ParsedTarget again = parseTableTarget(parsed.table.display());
        QCOMPARE(again.table, parsed.table);
    }

    void badTarget_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad :
            { "users", "a.b.c", ".t", "db.", "`db.t", "db.`t", "`a`b.c", "a b.c", "", "`a`x.t", "db..t" })
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }
    void badTarget()
    {
        QFETCH(QString, text);
        const ParsedTarget parsed = parseTableTarget(text);
        QVERIFY(parsed.error.isError());
        QCOMPARE(parsed.error.kind(), MoError::Kind::InvalidInput);
    }

    void tableIdLookupIsEscaped()
    {
        const QString sql = tableIdQuery(u"my.db"_s, u"o'x"_s);
        QCOMPARE(sql,
            u"SELECT rel_id FROM mo_catalog.mo_tables WHERE reldatabase = 'my.db' AND relname = 'o''x' AND account_id = 0"_s);
    }

    void tableIdLookupIsPerAccount()
    {
        // Every tenant may own a table of the same name: the lookup names the account.
        QCOMPARE(tableIdQuery(u"db"_s, u"a.b"_s, 7),
            u"SELECT rel_id FROM mo_catalog.mo_tables WHERE reldatabase = 'db' AND relname = 'a.b' AND account_id = 7"_s);
        QCOMPARE(tableIdCheckQuery(42), u"SELECT account_id FROM mo_catalog.mo_tables WHERE rel_id = 42"_s);
    }
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
