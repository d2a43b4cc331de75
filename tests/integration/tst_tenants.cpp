// MatrixOne fidelity on the stand-in (issue 17): tenants owning the same db.table (listing per
// account, --all-accounts, flushes that name the right tenant, dotted names resolved in the right
// account), table ids checked before a flush by id, MatrixOne's internal tables (index, partition)
// left out of patterns on every path, flush patterns resolved from the catalog, --with-companions and
// MatrixOne's identifier case rule.
#include "catalog/catalog.h"
#include "clirunner.h"
#include "connection/connectionfactory.h"
#include "moctl/executor.h"
#include "moctl/statement.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "plan/preflight.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {
const QString IndexTable = u"__mo_index_secondary_0190d2a1-7c41-7000-8000-000000000001"_s;
}

class TestTenants : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    QProcessEnvironment env(const QString &password = u"111"_s) const
    {
        return moctlEnvironment(m_data.path(), password);
    }
    QStringList connection(const QString &user = {}) const { return standinConnection(user); }
    static QList<QJsonObject> jsonLines(const QString &out)
    {
        QList<QJsonObject> lines;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            lines << QJsonDocument::fromJson(line.toUtf8()).object();
        return lines;
    }
    // The statements a --format json flush sent, in outcome order.
    static QStringList sentSql(const CliResult &r)
    {
        QStringList sql;
        for (const QJsonObject &o : jsonLines(r.out))
            sql << o.value(u"sql"_s).toString();
        return sql;
    }
    static quint64 relId(const QString &physicalDb, const QString &table)
    {
        return TestServer::instance()
            .scalar(u"SELECT mo_standin_relid('%1', '%2')"_s.arg(physicalDb, table))
            .toULongLong();
    }
    static QStringList statements(const QString &out)
    {
        QStringList s;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u"--"_s))
                s << line;
        }
        return s;
    }

private Q_SLOTS:
    void init()
    {
        REQUIRE_STANDIN();
        TestServer::instance().reset();
    }
    void cleanup() { TestServer::instance().reset(); }

    // --- 1. Tenants ---------------------------------------------------------------------------

    void catalogSeesOwnAccountByDefault()
    {
        const CatalogListing own = Catalog::fetch(TestServer::instance().settings());
        QVERIFY2(own.ok(), qPrintable(own.error.message()));
        QCOMPARE(own.ownAccount, quint64(0));
        int users = 0;
        for (const TableInfo &t : own.tables) {
            QCOMPARE(t.accountId, quint64(0));
            users += t.database == u"production_db"_s && t.name == u"users"_s;
            QVERIFY2(t.name != u"invoices"_s, "a tenant's table in sys's own listing");
        }
        QCOMPARE(users, 1);

        const CatalogListing all
            = Catalog::fetch(TestServer::instance().settings(), CatalogOptions { AccountScope::All, true });
        QVERIFY(all.ok());
        QCOMPARE(all.accountName(1), u"acc1"_s);
        QCOMPARE(all.accountName(2), u"acc2"_s);
        const TableInfo *sys = all.find(u"production_db"_s, u"users"_s, 0);
        const TableInfo *one = all.find(u"production_db"_s, u"users"_s, 1);
        const TableInfo *two = all.find(u"production_db"_s, u"users"_s, 2);
        QVERIFY(sys && one && two);
        QCOMPARE(one->id, relId(u"acc1$production_db"_s, u"users"_s));
        QCOMPARE(two->id, relId(u"acc2$production_db"_s, u"users"_s));
        QVERIFY(sys->id != one->id && one->id != two->id);
        // Rows and sizes of another tenant's table are unknown, never an error; sys's are known.
        QCOMPARE(one->rows, -1);
        QCOMPARE(two->sizeBytes, -1);
        QCOMPARE(sys->rows, 300);
        QVERIFY(!all.find(u"production_db"_s, u"invoices"_s, 2));
    }

    void tenantUserSeesOnlyItsTables()
    {
        // acc1:alice (SELECT only): her own production_db, not sys's tables nor acc2's.
        const CliResult r
            = runMoctl(connection(u"acc1:alice"_s) + QStringList { u"--format"_s, u"csv"_s, u"tables"_s },
                env(u"alice"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 3); // header, invoices, users
        QVERIFY(r.out.contains(u"production_db,invoices,"_s));
        QVERIFY(r.out.contains(u"production_db,users,%1,"_s.arg(relId(u"acc1$production_db"_s, u"users"_s))));
        QVERIFY(!r.out.contains(u"orders"_s));
    }

    void tablesAllAccounts()
    {
        const CliResult plain
            = runMoctl(connection() + QStringList { u"tables"_s, u"production_db"_s }, env());
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.out.contains(u"ACCOUNT"_s));
        QVERIFY(!plain.out.contains(u"invoices"_s));

        const CliResult text
            = runMoctl(connection() + QStringList { u"tables"_s, u"--all-accounts"_s }, env());
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.startsWith(u"ACCOUNT"_s));
        const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
        const auto usersOf = [&lines](const QString &account) {
            return std::count_if(lines.cbegin(), lines.cend(), [&account](const QString &l) {
                return l.startsWith(account + u' ') && l.contains(u"production_db"_s)
                    && l.contains(u" users "_s);
            });
        };
        QCOMPARE(usersOf(u"sys"_s), 1);
        QCOMPARE(usersOf(u"acc1"_s), 1);
        QCOMPARE(usersOf(u"acc2"_s), 1);

        const CliResult csv = runMoctl(
            connection() + QStringList { u"--format"_s, u"csv"_s, u"tables"_s, u"--all-accounts"_s }, env());
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(u"account,database,table,id,rows,size\r\n"_s));
        QVERIFY(csv.out.contains(
            u"\r\nacc2,production_db,users,%1,,\r\n"_s.arg(relId(u"acc2$production_db"_s, u"users"_s))));

        const CliResult json = runMoctl(
            connection() + QStringList { u"--format"_s, u"json"_s, u"tables"_s, u"--all-accounts"_s }, env());
        QCOMPARE(json.exitCode, 0);
        bool sawAcc1 = false;
        for (const QJsonObject &o : jsonLines(json.out)) {
            QVERIFY(o.contains(u"account_id"_s));
            if (o.value(u"account"_s).toString() == u"acc1"_s
                && o.value(u"table"_s).toString() == u"users"_s) {
                sawAcc1 = true;
                QCOMPARE(o.value(u"account_id"_s).toInteger(), 1);
                QVERIFY(o.value(u"rows"_s).isNull()); // unknown, not an error
            }
        }
        QVERIFY(sawAcc1);
    }

    void flushEachTenantsTable()
    {
        const CliResult sys = runMoctl(
            connection() + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"production_db.users"_s },
            env());
        QCOMPARE(sys.exitCode, 0);
        QCOMPARE(sentSql(sys), QStringList { u"SELECT mo_ctl('dn', 'flush', 'production_db.users')"_s });
        for (const QString &account : { u"1"_s, u"2"_s }) {
            const CliResult r = runMoctl(connection()
                    + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"--account"_s, account,
                        u"production_db.users"_s },
                env());
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            QCOMPARE(sentSql(r),
                QStringList { u"SELECT mo_ctl('dn', 'flush', 'production_db.users.%1')"_s.arg(account) });
        }
        // The stand-in looks in the tenant's own database: acc2 has no invoices, acc1 has.
        QCOMPARE(runMoctl(connection()
                         + QStringList { u"flush"_s, u"--account"_s, u"1"_s, u"production_db.invoices"_s },
                     env())
                     .exitCode,
            0);
        QCOMPARE(runMoctl(connection()
                         + QStringList { u"flush"_s, u"--account"_s, u"2"_s, u"production_db.invoices"_s },
                     env())
                     .exitCode,
            1);
        // A tenant's table by its own id; --account checks the id belongs to that account.
        const QString acc1Users = QString::number(relId(u"acc1$production_db"_s, u"users"_s));
        const CliResult byId = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"--id"_s, acc1Users, u"--account"_s,
                    u"1"_s },
            env());
        QCOMPARE(byId.exitCode, 0);
        QCOMPARE(sentSql(byId), QStringList { u"SELECT mo_ctl('dn', 'flush', '%1')"_s.arg(acc1Users) });
        const int before = TestServer::instance().stat(u"flush"_s);
        const CliResult wrong = runMoctl(
            connection() + QStringList { u"flush"_s, u"--id"_s, acc1Users, u"--account"_s, u"2"_s }, env());
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(
            wrong.out.contains(u"no table with id %1 in account 2"_s.arg(acc1Users)), qPrintable(wrong.out));
        QCOMPARE(TestServer::instance().stat(u"flush"_s), before);
        // Patterns for a tenant resolve among its tables.
        const CliResult pattern = runMoctl(connection()
                + QStringList { u"flush"_s, u"--dry-run"_s, u"--account"_s, u"1"_s, u"production_db.*"_s },
            env());
        QCOMPARE(pattern.exitCode, 0);
        QCOMPARE(statements(pattern.out),
            (QStringList { u"SELECT mo_ctl('dn', 'flush', 'production_db.invoices.1');"_s,
                u"SELECT mo_ctl('dn', 'flush', 'production_db.users.1');"_s }));
    }

    void dottedNameResolvesInTheRightAccount()
    {
        // Names with a dot are flushed by id: the id is looked up in the named account only.
        QVERIFY(TestServer::instance().exec(
            u"CREATE TABLE IF NOT EXISTS `acc2$production_db`.`v1.2` (id INT)"_s));
        QVERIFY(TestServer::instance().exec(u"CREATE TABLE IF NOT EXISTS production_db.`v1.2` (id INT)"_s));
        const ConnectionSettings s = TestServer::instance().settings();
        TableRef two = TableRef::byName(u"production_db"_s, u"v1.2"_s, 2);
        QVERIFY(
            !OperationExecutor::resolveTableId(s, two, std::chrono::seconds(10), CancelToken()).isError());
        QCOMPARE(two.tableId.value_or(0), relId(u"acc2$production_db"_s, u"v1.2"_s));
        TableRef sys = TableRef::byName(u"production_db"_s, u"v1.2"_s);
        QVERIFY(
            !OperationExecutor::resolveTableId(s, sys, std::chrono::seconds(10), CancelToken()).isError());
        QCOMPARE(sys.tableId.value_or(0), relId(u"production_db"_s, u"v1.2"_s));
        TableRef one = TableRef::byName(u"production_db"_s, u"v1.2"_s, 1);
        QVERIFY(OperationExecutor::resolveTableId(s, one, std::chrono::seconds(10), CancelToken()).isError());
        ConnectionFactory::releaseThreadConnections();

        const CliResult r = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"--account"_s, u"2"_s,
                    u"production_db.`v1.2`"_s },
            env());
        TestServer::instance().exec(u"DROP TABLE `acc2$production_db`.`v1.2`"_s);
        TestServer::instance().exec(u"DROP TABLE production_db.`v1.2`"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(sentSql(r),
            QStringList {
                u"SELECT mo_ctl('dn', 'flush', '%1')"_s.arg(relId(u"acc2$production_db"_s, u"v1.2"_s)) });
    }

    void planStepNamesAnAccount()
    {
        MaintenancePlan plan = MaintenancePlan::create(u"Tenant two"_s);
        PlanStep flush = PlanStep::flush();
        flush.targets.patterns << u"production_db.u*"_s;
        flush.targets.tables << TableRef::byName(u"production_db"_s, u"users"_s);
        flush.account = 2;
        plan.steps << flush;
        // The JSON keeps the account; a bad one is refused.
        const QString path = m_data.path() + u"/tenant.json"_s;
        QString why;
        QVERIFY2(PlanStore::writeFile(plan, path, &why), qPrintable(why));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        file.close();
        QVERIFY2(json.contains("\"account\": 2"), json.constData());
        const auto reread = PlanStore::readFile(path, &why);
        QVERIFY2(reread && reread->steps.at(0).account == quint64(2), qPrintable(why));
        QByteArray bad = json;
        bad.replace("\"account\": 2", "\"account\": -1");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bad);
        file.close();
        QVERIFY(!PlanStore::readFile(path, &why));
        QVERIFY2(why.contains(u"account"_s), qPrintable(why));

        MoError error;
        QList<TableInfo> catalog;
        const QList<TableRef> tables = listServerTables(TestServer::instance().settings(), &error, &catalog);
        QVERIFY(!error.isError());
        const PatternResolution resolution = resolvePlanPatterns(plan, tables);
        QStringList sql;
        for (const Operation &op : stepOperations(plan.steps.at(0), resolution, &catalog))
            sql << buildStatement(op).sql;
        QCOMPARE(sql, QStringList { u"SELECT mo_ctl('dn', 'flush', 'production_db.users.2')"_s });
    }

    // --- 3. Unknown table ids -------------------------------------------------------------------

    void unknownIdRefusedBeforeSending()
    {
        // The stand-in answers OK for an unknown id, as MatrixOne does...
        const QString reply
            = TestServer::instance().scalar(u"SELECT mo_ctl('dn', 'flush', '12345')"_s).toString();
        QVERIFY2(reply.contains(u"\"returnStr\": \"OK\""_s), qPrintable(reply));
        TestServer::instance().reset();
        // ...so moctl checks the id itself and sends nothing.
        const CliResult r = runMoctl(connection() + QStringList { u"flush"_s, u"--id"_s, u"12345"_s }, env());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"no table with id 12345"_s), qPrintable(r.out + r.err));
        QVERIFY(!r.out.startsWith(u"ok"_s));
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 0);
        // A real id still goes through.
        const CliResult ok = runMoctl(connection()
                + QStringList { u"flush"_s, u"--id"_s,
                    QString::number(relId(u"production_db"_s, u"users"_s)) },
            env());
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(TestServer::instance().stat(u"calls"_s), 1);
    }

    // --- 6. Internal tables ---------------------------------------------------------------------

    void patternsSkipInternalTables()
    {
        // CLI
        const CliResult all = runMoctl(
            connection() + QStringList { u"flush"_s, u"--dry-run"_s, u"production_db.*"_s, u"sales_*"_s },
            env());
        QVERIFY2(all.exitCode == 0, qPrintable(all.out + all.err));
        QVERIFY(all.out.contains(u"'sales_db.orders_by_month'"_s));
        QVERIFY(!all.out.contains(u"__mo_index_"_s));
        QVERIFY(!all.out.contains(u"%!%"_s));
        // ...but can be named.
        const CliResult named = runMoctl(connection()
                + QStringList { u"flush"_s, u"production_db."_s + IndexTable,
                    u"sales_db.%!%p2024%!%orders_by_month"_s },
            env());
        QVERIFY2(named.exitCode == 0, qPrintable(named.out + named.err));
        // moctl tables hides them unless --internal.
        const CliResult tables = runMoctl(connection() + QStringList { u"tables"_s, u"sales_db"_s }, env());
        QVERIFY(!tables.out.contains(u"%!%"_s));
        const CliResult internal
            = runMoctl(connection() + QStringList { u"tables"_s, u"--internal"_s, u"sales_db"_s }, env());
        QVERIFY(internal.out.contains(u"%!%p2025%!%orders_by_month"_s));

        // Plan resolution
        MoError error;
        const QList<TableRef> known = listServerTables(TestServer::instance().settings(), &error);
        QVERIFY(!error.isError());
        QVERIFY(std::any_of(
            known.cbegin(), known.cend(), [](const TableRef &t) { return t.table == IndexTable; }));
        MaintenancePlan plan = MaintenancePlan::create(u"All"_s);
        PlanStep step = PlanStep::flush();
        step.targets.patterns << u"production_db.*"_s << u"*.*"_s;
        step.targets.tables << TableRef::byName(u"production_db"_s, IndexTable);
        plan.steps << step;
        const PatternResolution resolution = resolvePlanPatterns(plan, known);
        for (const QString &p : { u"production_db.*"_s, u"*.*"_s }) {
            QVERIFY(!resolution.value(p).isEmpty());
            for (const TableRef &t : resolution.value(p)) {
                QVERIFY2(!t.table.startsWith(u"__mo_index_"_s) && !t.table.contains(u"%!%"_s),
                    qPrintable(t.display()));
                QVERIFY(!t.accountId); // sys's own tables only
            }
        }
        // Preflight: the same, and the internal table named explicitly is not missing.
        const PreflightReport report
            = runPreflight(plan, TestServer::instance().settings(), PreflightDepth::Quick);
        QVERIFY(report.connected());
        QVERIFY(report.missingTables.isEmpty());
        for (const TableRef &t : report.resolution.value(u"*.*"_s))
            QVERIFY2(!t.table.startsWith(u"__mo_index_"_s) && !t.table.contains(u"%!%"_s),
                qPrintable(t.display()));
        QCOMPARE(report.resolution.value(u"production_db.*"_s).size(),
            resolution.value(u"production_db.*"_s).size());
    }

    // --- 8. Patterns and companions -------------------------------------------------------------

    void flushPatternResolvesFromTheCatalog()
    {
        const CliResult r = runMoctl(
            connection() + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"production_db.*"_s }, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QStringList sql = sentSql(r);
        QCOMPARE(sql.size(), 11);
        QVERIFY(sql.contains(u"SELECT mo_ctl('dn', 'flush', 'production_db.users')"_s));
        QVERIFY(!sql.join(u'\n').contains(u"production_db.*"_s));
        QCOMPARE(TestServer::instance().stat(u"flush"_s), 11);
        // --dry-run prints the resolved list; a pattern that matches nothing fails.
        const CliResult dry = runMoctl(
            connection() + QStringList { u"flush"_s, u"--dry-run"_s, u"production_db.*"_s }, env());
        QVERIFY(dry.out.startsWith(u"-- production_db.* resolves to 11 tables: production_db.audit_log,"_s));
        const CliResult none = runMoctl(connection() + QStringList { u"flush"_s, u"nowhere_*.*"_s }, env());
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(u"matches no table"_s));
    }

    void withCompanions()
    {
        const CliResult r = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"--with-companions"_s,
                    u"production_db.users"_s, u"sales_db.orders_by_month"_s },
            env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QStringList sent = sentSql(r); // outcomes print as they finish (in parallel)
        sent.sort();
        QStringList expected { u"SELECT mo_ctl('dn', 'flush', 'production_db.users')"_s,
            u"SELECT mo_ctl('dn', 'flush', 'production_db.%1')"_s.arg(IndexTable),
            u"SELECT mo_ctl('dn', 'flush', 'sales_db.%!%p2024%!%orders_by_month')"_s,
            u"SELECT mo_ctl('dn', 'flush', 'sales_db.%!%p2025%!%orders_by_month')"_s,
            u"SELECT mo_ctl('dn', 'flush', 'sales_db.orders_by_month')"_s };
        expected.sort();
        QCOMPARE(sent, expected);
        // In order: each table, then its companions.
        const CliResult dry = runMoctl(connection()
                + QStringList { u"flush"_s, u"--dry-run"_s, u"--with-companions"_s, u"production_db.users"_s,
                    u"sales_db.orders_by_month"_s },
            env());
        QCOMPARE(statements(dry.out),
            (QStringList { u"SELECT mo_ctl('dn', 'flush', 'production_db.users');"_s,
                u"SELECT mo_ctl('dn', 'flush', 'production_db.%1');"_s.arg(IndexTable),
                u"SELECT mo_ctl('dn', 'flush', 'sales_db.orders_by_month');"_s,
                u"SELECT mo_ctl('dn', 'flush', 'sales_db.%!%p2024%!%orders_by_month');"_s,
                u"SELECT mo_ctl('dn', 'flush', 'sales_db.%!%p2025%!%orders_by_month');"_s }));
        // Without the option: the table alone.
        const CliResult alone = runMoctl(connection()
                + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"sales_db.orders_by_month"_s },
            env());
        QCOMPARE(sentSql(alone).size(), 1);

        // A plan step with companions (the backup-preparation template turns them on).
        MaintenancePlan plan
            = makeTemplate(PlanTemplate::BackupPreparation, TemplateInputs { {}, { u"sales_db"_s } });
        QVERIFY(plan.steps.at(0).withCompanions);
        plan.name = u"Backup sales"_s;
        const QString path = m_data.path() + u"/backup-sales.json"_s;
        QString why;
        QVERIFY2(PlanStore::writeFile(plan, path, &why), qPrintable(why));
        TestServer::instance().reset();
        const CliResult run = runMoctl(connection() + QStringList { u"run-plan"_s, path }, env());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(TestServer::instance().stat(u"flush"_s), 3); // the table and its two partitions
        QVERIFY(run.out.contains(u"%!%p2025%!%orders_by_month"_s));
    }

    // --- 7. Identifier case ---------------------------------------------------------------------

    void mixedCaseNamesResolveAsMatrixOneDoes()
    {
        const CliResult r = runMoctl(
            connection() + QStringList { u"--format"_s, u"json"_s, u"flush"_s, u"Production_DB.Users"_s },
            env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(sentSql(r), QStringList { u"SELECT mo_ctl('dn', 'flush', 'production_db.users')"_s });
        const CliResult pattern = runMoctl(
            connection() + QStringList { u"flush"_s, u"--dry-run"_s, u"Production_DB.U*"_s }, env());
        QCOMPARE(statements(pattern.out),
            QStringList { u"SELECT mo_ctl('dn', 'flush', 'production_db.users');"_s });

        MaintenancePlan plan = MaintenancePlan::create(u"Case"_s);
        PlanStep step = PlanStep::flush();
        step.targets.tables << TableRef::byName(u"Production_DB"_s, u"Users"_s);
        plan.steps << step;
        const PreflightReport report
            = runPreflight(plan, TestServer::instance().settings(), PreflightDepth::Quick);
        QVERIFY(report.connected());
        QVERIFY2(report.missingTables.isEmpty(), "preflight called Production_DB.Users missing");
        // A dotted name in another case: the id lookup follows the same rule.
        TableRef dotted = TableRef::byName(u"Production_DB"_s, u"My.Table"_s);
        QVERIFY(!OperationExecutor::resolveTableId(
            TestServer::instance().settings(), dotted, std::chrono::seconds(10), CancelToken())
                     .isError());
        QCOMPARE(dotted.tableId.value_or(0), relId(u"production_db"_s, u"my.table"_s));
        ConnectionFactory::releaseThreadConnections();
    }
};

QTEST_GUILESS_MAIN(TestTenants)
#include "tst_tenants.moc"
