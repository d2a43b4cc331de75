// moctl tables through the real binary against the stand-in: text, JSON lines and CSV, database
// arguments (names with dots, wildcards), system databases, errors and exit codes.
#include "clirunner.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliTables : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    QProcessEnvironment env(const QString &password = u"111"_s) const
    {
        return moctlEnvironment(m_data.path(), password);
    }
    QStringList connection() const { return standinConnection(); }
    CliResult tables(const QStringList &args, const QString &password = u"111"_s) const
    {
        return runMoctl(connection() + QStringList { u"tables"_s } + args, env(password));
    }
    static QList<QJsonObject> jsonLines(const QString &out)
    {
        QList<QJsonObject> lines;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            lines << QJsonDocument::fromJson(line.toUtf8()).object();
        return lines;
    }
    static const QJsonObject *find(const QList<QJsonObject> &rows, const QString &db, const QString &table)
    {
        for (const QJsonObject &o : rows) {
            if (o.value(u"database"_s).toString() == db && o.value(u"table"_s).toString() == table)
                return &o;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init() { REQUIRE_SERVER(); }

    void textListsUserTables()
    {
        const CliResult r = tables({});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 5);
        QVERIFY2(lines.first().startsWith(u"DATABASE"_s), qPrintable(lines.first()));
        for (const QString &column : { u"TABLE"_s, u"ID"_s, u"ROWS"_s, u"SIZE"_s })
            QVERIFY(lines.first().contains(column));
        QVERIFY(r.out.contains(u"my.table"_s));
        QVERIFY(r.out.contains(u"客户"_s));
        QVERIFY(r.out.contains(u"o'brien"_s));
        QVERIFY(r.out.contains(u"back`tick"_s));
        QVERIFY(!r.out.contains(u"mo_task"_s)); // system databases only with --system
        QVERIFY(!r.out.contains(u"system_metrics"_s));
        // users: 300 rows
        bool usersLine = false;
        for (const QString &line : lines) {
            if (line.startsWith(u"production_db "_s) && line.contains(u" users "_s)) {
                usersLine = true;
                QVERIFY2(line.contains(u" 300 "_s), qPrintable(line));
            }
        }
        QVERIFY(usersLine);
    }

    void jsonWithIdsRowsAndSizes()
    {
        const CliResult r = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"tables"_s, u"production_db"_s, u"my.db"_s },
            env());
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> rows = jsonLines(r.out);
        const QJsonObject *dotted = find(rows, u"production_db"_s, u"my.table"_s);
        QVERIFY(dotted);
        const quint64 id = TestServer::instance()
                               .scalar(u"SELECT rel_id FROM mo_catalog.mo_tables WHERE reldatabase = "
                                       "'production_db' AND relname = 'my.table'"_s)
                               .toULongLong();
        QVERIFY(id != 0);
        QCOMPARE(quint64(dotted->value(u"id"_s).toDouble()), id);
        QCOMPARE(dotted->value(u"rows"_s).toInteger(), 5);
        QVERIFY(dotted->value(u"size"_s).toInteger() > 0);
        QCOMPARE(dotted->value(u"system"_s).toBool(), false);
        QVERIFY(find(rows, u"my.db"_s, u"t"_s));
        QVERIFY(find(rows, u"production_db"_s, u"客户"_s));
        for (const QJsonObject &o : rows) {
            const QString db = o.value(u"database"_s).toString();
            QVERIFY2(db == u"production_db"_s || db == u"my.db"_s, qPrintable(db));
        }
    }

    void csvQuotesAndRawNumbers()
    {
        TestServer::instance().exec(u"CREATE DATABASE IF NOT EXISTS `cli,tables`"_s);
        TestServer::instance().exec(
            u"CREATE TABLE IF NOT EXISTS `cli,tables`.`say \"hi\"` (id INT PRIMARY KEY)"_s);
        const CliResult r = runMoctl(connection()
                + QStringList { u"--format"_s, u"csv"_s, u"tables"_s, u"cli,tables"_s, u"production_db"_s },
            env());
        TestServer::instance().exec(u"DROP DATABASE IF EXISTS `cli,tables`"_s);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"database,table,id,rows,size"_s);
        QVERIFY2(r.out.contains(u"\"cli,tables\",\"say \"\"hi\"\"\","_s), qPrintable(r.out));
        bool users = false;
        for (const QString &line : lines) {
            if (line.startsWith(u"production_db,users,"_s)) {
                users = true;
                const QStringList f = line.split(u',');
                QCOMPARE(f.size(), 5);
                QCOMPARE(f.at(3), u"300"_s);
                QVERIFY(f.at(4).toLongLong() > 0); // bytes, not "96.0 KiB"
            }
        }
        QVERIFY(users);
    }

    void systemDatabases()
    {
        const CliResult all = runMoctl(
            connection() + QStringList { u"--format"_s, u"json"_s, u"tables"_s, u"--system"_s }, env());
        QCOMPARE(all.exitCode, 0);
        const QList<QJsonObject> rows = jsonLines(all.out);
        const QJsonObject *task = find(rows, u"mo_task"_s, u"sys_async_task"_s);
        QVERIFY(task);
        QVERIFY(task->value(u"system"_s).toBool());
        // Named exactly, a system database is listed without --system.
        const CliResult named = tables({ u"mo_task"_s });
        QCOMPARE(named.exitCode, 0);
        QVERIFY(named.out.contains(u"sys_async_task"_s));
        // A wildcard does not reach into system databases.
        const CliResult wildcard = tables({ u"mo_*"_s });
        QCOMPARE(wildcard.exitCode, 0);
        QVERIFY(!wildcard.out.contains(u"sys_async_task"_s));
    }

    void wildcardDatabaseArgument()
    {
        const CliResult r = runMoctl(
            connection() + QStringList { u"--format"_s, u"json"_s, u"tables"_s, u"my.*"_s, u"*_db"_s },
            env());
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> rows = jsonLines(r.out);
        QVERIFY(find(rows, u"my.db"_s, u"t"_s));
        QVERIFY(find(rows, u"analytics_db"_s, u"events"_s));
        QVERIFY(find(rows, u"production_db"_s, u"users"_s));
    }

    void errors()
    {
        const CliResult missing = tables({ u"no_such_db"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"no_such_db"_s));
        QVERIFY(missing.out.isEmpty());

        const CliResult wrong = tables({}, u"wrong"_s);
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY(wrong.err.contains(u"cannot list the tables"_s));

        const CliResult unknown = tables({ u"--bogus"_s });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"--bogus"_s));

        // Nothing is sent on a dry run.
        const CliResult dry
            = runMoctl(QStringList { u"--port"_s, u"1"_s, u"--dry-run"_s, u"tables"_s }, env());
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains(u"mo_catalog.mo_tables"_s));

        const CliResult help = runMoctl({ u"--help"_s }, env());
        QVERIFY(help.out.contains(u"tables"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliTables)
#include "tst_cli_tables.moc"
