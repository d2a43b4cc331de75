// The mo_ctl client against the stand-in (or a real MatrixOne via MOCTL_TEST_DSN): every row of
// DESIGN.md's error table, replies, flush by id, latency, client timeout and cancellation.
#include "connection/connectionfactory.h"
#include "moctl/executor.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(moctl::MoError::Kind)

class TestExecutor : public QObject
{
    Q_OBJECT

    ConnectionSettings settings() const { return TestServer::instance().settings(); }
    Attempt run(const Operation &op, std::chrono::milliseconds timeout = 30s)
    {
        return OperationExecutor::execute(settings(), op, timeout);
    }
    static Operation flush(const QString &db, const QString &table)
    {
        return Operation::flush(TableRef::byName(db, table));
    }

private Q_SLOTS:
    void init()
    {
        REQUIRE_SERVER();
        QVERIFY(TestServer::instance().reset());
    }
    void cleanup()
    {
        TestServer::instance().reset();
        ConnectionFactory::releaseThreadConnections();
    }

    void flushReplyIsExact()
    {
        const Attempt a = run(flush(u"production_db"_s, u"users"_s));
        QVERIFY2(a.ok(), qPrintable(a.error.message()));
        QCOMPARE(a.sql, u"SELECT mo_ctl('dn', 'flush', 'production_db.users')"_s);
        QCOMPARE(a.rawReply,
            u"{\n  \"method\": \"Flush\",\n  \"result\": [\n    {\n      \"returnStr\": \"OK\"\n    }\n  ]\n}\n"_s);
        QVERIFY(a.sent);
    }

    void checkpoints()
    {
        for (const Operation &op : { Operation::checkpoint(), Operation::checkpoint(u"30s"_s),
                 Operation::globalCheckpoint(), Operation::globalCheckpoint(u"1m30s"_s) }) {
            const Attempt a = run(op);
            QVERIFY2(a.ok(), qPrintable(a.error.message()));
            QVERIFY(a.rawReply.contains(u"\"method\": \"%1\""_s.arg(replyMethod(op.kind))));
        }
    }

    void flushWithAccount()
    {
        const Attempt a = run(Operation::flush(TableRef::byName(u"production_db"_s, u"orders"_s, 0)));
        QVERIFY2(a.ok(), qPrintable(a.error.message()));
        QCOMPARE(a.sql, u"SELECT mo_ctl('dn', 'flush', 'production_db.orders.0')"_s);
    }

    void oddNamesFlush_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("table");
        QTest::newRow("dot in table (by id)") << u"production_db"_s << u"my.table"_s;
        QTest::newRow("dot in database (by id)") << u"my.db"_s << u"t"_s;
        QTest::newRow("quote") << u"production_db"_s << u"o'brien"_s;
    }
    void oddNamesFlush()
    {
        REQUIRE_STANDIN();
        QFETCH(QString, database);
        QFETCH(QString, table);
        const Attempt a = run(flush(database, table));
        QVERIFY2(a.ok(), qPrintable(a.error.message() + u" / "_s + a.sql));
        if (database.contains(u'.') || table.contains(u'.'))
            QVERIFY(a.sql.contains(QRegularExpression(u"'flush', '\\d+'\\)$"_s)));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("sql"); // sent as is, to check the classification of real server errors
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<MoError::Kind>("kind");
        QTest::newRow("missing table") << u"SELECT mo_ctl('dn', 'flush', 'production_db.nope')"_s << 1146
                                       << u"no such table production_db.nope"_s << MoError::Kind::NotFound;
        QTest::newRow("service tn") << u"SELECT mo_ctl('tn', 'flush', 'production_db.users')"_s << 20105
                                    << u"not supported: service type TN not supported"_s
                                    << MoError::Kind::ServerError;
        QTest::newRow("unknown command")
            << u"SELECT mo_ctl('dn', 'foo', '')"_s << 20105 << u"not supported: command FOO not supported"_s
            << MoError::Kind::ServerError;
        QTest::newRow("empty flush id")
            << u"SELECT mo_ctl('dn', 'flush', '')"_s << 20101
            << u"internal error: handleFlush: table id parse fail"_s << MoError::Kind::InvalidInput;
        QTest::newRow("non-numeric flush id")
            << u"SELECT mo_ctl('dn', 'flush', 'abc')"_s << 20101
            << u"internal error: handleFlush: table id parse fail"_s << MoError::Kind::InvalidInput;
        QTest::newRow("four parts") << u"SELECT mo_ctl('dn', 'flush', 'a.b.c.d')"_s << 20101
                                    << u"internal error: handleFlush: expected \"TableId\" or "
                                       u"\"DbName.TableName[.AccountId]\" "_s
                                    << MoError::Kind::InvalidInput;
        QTest::newRow("bad duration") << u"SELECT mo_ctl('dn', 'checkpoint', 'abc')"_s << 1105
                                      << u"time: invalid duration \"abc\""_s << MoError::Kind::InvalidInput;
        QTest::newRow("bad global duration")
            << u"SELECT mo_ctl('dn', 'globalcheckpoint', 'flush;30s')"_s << 1105
            << u"time: invalid duration \"flush;30s\""_s << MoError::Kind::InvalidInput;
    }
    void errors()
    {
        QFETCH(QString, sql);
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(MoError::Kind, kind);
        ScopedConnection connection(settings(), u"test"_s);
        QVERIFY2(connection.ok(), qPrintable(connection.error().message()));
        QSqlQuery query(connection.db());
        QVERIFY(!query.exec(sql));
        const MoError error = MoError::fromSqlError(query.lastError());
        QCOMPARE(error.code(), code);
        QCOMPARE(error.serverMessage(), message);
        QCOMPARE(error.kind(), kind);
    }

    void missingTableThroughExecutor()
    {
        const Attempt a = run(flush(u"production_db"_s, u"no_such_table"_s));
        QCOMPARE(a.error.kind(), MoError::Kind::NotFound);
        QCOMPARE(a.error.code(), 1146);
        const Attempt b = run(flush(u"no_such_db"_s, u"users"_s));
        QCOMPARE(b.error.kind(), MoError::Kind::NotFound);
        QVERIFY(b.error.message().contains(u"Database not found"_s));
        // A dotted name that does not exist is reported before any mo_ctl is sent.
        const Attempt c = run(flush(u"production_db"_s, u"no.such"_s));
        QCOMPARE(c.error.kind(), MoError::Kind::NotFound);
        QVERIFY(!c.sent);
    }

    void privilegeDenied()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"deny"_s, 1));
        const Attempt a = run(Operation::checkpoint());
        QCOMPARE(a.error.kind(), MoError::Kind::Privilege);
        QCOMPARE(a.error.code(), 20101);
        QVERIFY(!a.error.isRetryable());
        QVERIFY(a.error.message().contains(u"moadmin"_s));
    }

    void serverTimeout()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"server_timeout"_s, 1));
        const Attempt a = run(Operation::globalCheckpoint());
        QCOMPARE(a.error.kind(), MoError::Kind::ServerTimeout);
        QVERIFY(a.error.isRetryable());
        const Attempt b = run(Operation::globalCheckpoint());
        QVERIFY2(b.ok(), qPrintable(b.error.message()));
    }

    void notOk()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"notok"_s, 1));
        const Attempt a = run(flush(u"production_db"_s, u"users"_s));
        QCOMPARE(a.error.kind(), MoError::Kind::NotOk);
        QVERIFY(a.rawReply.contains(u"returnStr"_s));
    }

    void latency()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"latency_ms"_s, 300));
        const Attempt a = run(flush(u"production_db"_s, u"users"_s));
        QVERIFY2(a.ok(), qPrintable(a.error.message()));
        QVERIFY2(a.durationMs >= 290, qPrintable(QString::number(a.durationMs)));
    }

    void clientTimeoutKillsTheStatement()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 1));
        QElapsedTimer clock;
        clock.start();
        const Attempt a = run(flush(u"production_db"_s, u"users"_s), 1s);
        QCOMPARE(a.error.kind(), MoError::Kind::ClientTimeout);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        // The server is no longer running it, and the connection still works.
        QTRY_COMPARE(TestServer::instance().stat(u"in_flight"_s), 0);
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 0));
        const Attempt b = run(flush(u"production_db"_s, u"users"_s));
        QVERIFY2(b.ok(), qPrintable(b.error.message()));
    }

    void cancelKillsTheStatement()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().setSwitch(u"hang"_s, 1));
        CancelToken cancel;
        const ConnectionSettings s = settings();
        QFuture<Attempt> future = QtConcurrent::run([s, cancel] {
            Attempt a = OperationExecutor::execute(s, Operation::checkpoint(), 60s, cancel);
            ConnectionFactory::releaseThreadConnections();
            return a;
        });
        QTRY_COMPARE(TestServer::instance().stat(u"in_flight"_s), 1);
        QElapsedTimer clock;
        clock.start();
        cancel.cancel();
        future.waitForFinished();
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(future.result().error.kind(), MoError::Kind::Cancelled);
        QTRY_COMPARE(TestServer::instance().stat(u"in_flight"_s), 0);
    }

    void wrongPassword()
    {
        ConnectionSettings s = settings();
        s.password = u"definitely-wrong"_s;
        const Attempt a = OperationExecutor::execute(s, Operation::checkpoint(), 10s);
        QCOMPARE(a.error.kind(), MoError::Kind::Authentication);
        QVERIFY(!a.error.message().contains(u"definitely-wrong"_s));
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
