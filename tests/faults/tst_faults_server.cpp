// Fault suite, server side: unreachable servers, a server killed in the middle of a 50-table flush,
// a stopped (SIGSTOP) server, and 200 hostile names — with the general log proving that nothing but
// the intended statements ever ran.
#include "clirunner.h"
#include "connection/connectionfactory.h"
#include "moctl/executor.h"
#include "moctl/identifier.h"
#include "moctl/statement.h"
#include "runner/runner.h"
#include "testserver.h"

#include <csignal>
#include <mutex>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;
using namespace std::chrono_literals;

namespace {

int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Collects outcomes from a run (called from worker threads).
struct Collector
{
    std::mutex mutex;
    QList<Outcome> outcomes;
    RunCallbacks callbacks()
    {
        RunCallbacks c;
        c.operationFinished = [this](const Outcome &o) {
            std::lock_guard lock(mutex);
            outcomes << o;
        };
        return c;
    }
};

} // namespace

class TestFaultsServer : public QObject
{
    Q_OBJECT

    ConnectionSettings settings() const { return TestServer::instance().settings(); }

private Q_SLOTS:
    void init()
    {
        REQUIRE_SERVER();
        TestServer::instance().reset();
    }
    void cleanup()
    {
        if (TestServer::instance().isStandin())
            ::kill(pid_t(TestServer::instance().pid()), SIGCONT);
        TestServer::instance().reset();
        ConnectionFactory::releaseThreadConnections();
    }

    void unreachable_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("tls"); // ConnectionSettings::TlsMode
        QTest::addColumn<MoError::Kind>("kind");
        const auto s = TestServer::instance().settings();
        QTest::newRow("refused") << u"127.0.0.1"_s << closedPort() << s.password << 1
                                 << MoError::Kind::Connection;
        QTest::newRow("unknown host")
            << u"no-such-host.invalid"_s << 6001 << s.password << 1 << MoError::Kind::Connection;
        QTest::newRow("wrong password")
            << s.host << s.port << u"not-the-password"_s << 1 << MoError::Kind::Authentication;
        QTest::newRow("TLS required, not offered")
            << s.host << s.port << s.password << 2 << MoError::Kind::Connection;
    }
    void unreachable()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, password);
        QFETCH(int, tls);
        QFETCH(MoError::Kind, kind);
        ConnectionSettings s = settings();
        s.host = host;
        s.port = port;
        s.password = password;
        s.tlsMode = ConnectionSettings::TlsMode(tls);
        s.connectTimeoutSec = 3;
        QElapsedTimer clock;
        clock.start();
        const Attempt a = OperationExecutor::execute(s, Operation::checkpoint(), 10s);
        QCOMPARE(a.error.kind(), kind);
        QVERIFY2(clock.elapsed() < 3000 + 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!a.error.message().isEmpty());
        QVERIFY(!a.error.message().contains(password) || password.isEmpty());
        QVERIFY(!a.sent);

        // moctl: exit code 3, the same clear message.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_PASSWORD"_s, password);
        env.insert(u"MOCTL_DATA_DIR"_s, QDir::tempPath() + u"/moctl-faults-data"_s);
        if (tls == 2)
            QSKIP("moctl has no --tls flag; TLS comes from a profile (covered by the profile tests)");
        const CliResult r = runMoctl({ u"--host"_s, host, u"--port"_s, QString::number(port), u"--user"_s,
                                         s.user, u"--retries"_s, u"0"_s, u"checkpoint"_s },
            env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.out.contains(password) && !r.err.contains(password));
    }

    // SIGSTOP: the server accepts nothing and answers nothing. The client timeout still fires, the
    // statement is given up, no thread stays stuck, and after SIGCONT everything works again.
    void stoppedServer()
    {
        REQUIRE_STANDIN();
        const ConnectionSettings s = settings();
        // Open the worker connection first, so the statement is what hangs.
        QFuture<Attempt> future = QtConcurrent::run([s] {
            OperationExecutor::execute(s, Operation::checkpoint(), 10s);
            QThread::msleep(300); // the main thread stops the server now
            Attempt a = OperationExecutor::execute(
                s, Operation::flush(TableRef::byName(u"production_db"_s, u"users"_s)), 2s);
            ConnectionFactory::releaseThreadConnections();
            return a;
        });
        QTest::qWait(150);
        QCOMPARE(::kill(pid_t(TestServer::instance().pid()), SIGSTOP), 0);
        QElapsedTimer clock;
        clock.start();
        while (!future.isFinished() && clock.elapsed() < 30000)
            QTest::qWait(50); // the event loop (a GUI) keeps running meanwhile
        ::kill(pid_t(TestServer::instance().pid()), SIGCONT);
        QVERIFY2(future.isFinished(), "the worker thread is stuck");
        QCOMPARE(future.result().error.kind(), MoError::Kind::ClientTimeout);
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        // The server is usable again, from a fresh connection.
        const Attempt again = OperationExecutor::execute(s, Operation::checkpoint(), 10s);
        QVERIFY2(again.ok(), qPrintable(again.error.message()));
    }

    // kill -9 the server during a 50-table flush step: every operation gets an outcome, completed ones
    // are kept, the failure policy applies, and after a restart the next operation reconnects.
    void serverKilledMidPlan()
    {
        REQUIRE_STANDIN();
        TestServer &server = TestServer::instance();
        QVERIFY(server.exec(u"CREATE DATABASE IF NOT EXISTS fault_db"_s));
        for (int i = 0; i < 50; ++i)
            QVERIFY(server.exec(u"CREATE TABLE IF NOT EXISTS fault_db.t%1 (id INT) ENGINE=Aria"_s.arg(i)));
        QVERIFY(server.setSwitch(u"latency_ms"_s, 100));

        RunRequest request;
        request.settings = settings();
        request.settings.connectTimeoutSec = 3;
        request.policy = FailurePolicy::Stop;
        ExecutionOptions options;
        options.parallelism = 4;
        options.retries = 1;
        options.backoffBase = 50ms;
        options.timeout = 10s;
        QList<Operation> ops;
        for (int i = 0; i < 50; ++i)
            ops << Operation::flush(TableRef::byName(u"fault_db"_s, u"t%1"_s.arg(i)));
        request.steps = RunRequest::stepsFor(ops, options);
        RunStep checkpoint;
        checkpoint.operations << Operation::checkpoint();
        checkpoint.options = options;
        request.steps << checkpoint;

        Collector collector;
        QFuture<RunSummary> future = QtConcurrent::run([&] {
            RunSummary summary = executeRun(request, nullptr, CancelToken(), collector.callbacks());
            return summary;
        });
        QTRY_VERIFY_WITH_TIMEOUT(server.stat(u"ok"_s) >= 8, 20000);
        QCOMPARE(::kill(pid_t(server.pid()), SIGKILL), 0);
        future.waitForFinished();
        const RunSummary summary = future.result();
        QCOMPARE(collector.outcomes.size(), 51); // 50 flushes + the checkpoint
        QVERIFY2(summary.ok >= 8, qPrintable(QString::number(summary.ok)));
        QVERIFY(summary.failed > 0);
        QCOMPARE(summary.status, RunStatus::Partial);
        int skipped = 0;
        for (const Outcome &o : std::as_const(collector.outcomes)) {
            if (o.status == OutcomeStatus::Failed)
                QCOMPARE(o.error.kind(), MoError::Kind::Connection);
            if (o.operation.kind == OperationKind::Checkpoint) {
                QCOMPARE(o.status, OutcomeStatus::Skipped); // on-failure policy: stop
                ++skipped;
            }
        }
        QCOMPARE(skipped, 1);

        QString error;
        QVERIFY2(server.restart(&error), qPrintable(error));
        // (a restart starts from the seeded data again)
        const Attempt again = OperationExecutor::execute(
            settings(), Operation::flush(TableRef::byName(u"production_db"_s, u"users"_s)), 10s);
        QVERIFY2(again.ok(), qPrintable(again.error.message()));
    }

    // 200 hostile names: each is flushed correctly (by name, or by id when it has a dot) or refused
    // before anything is sent; the general log shows only the intended statements.
    void hostileNames()
    {
        REQUIRE_STANDIN();
        TestServer &server = TestServer::instance();
        QVERIFY(server.exec(u"CREATE USER IF NOT EXISTS 'sys:hostile'@'%' IDENTIFIED BY 'h0stile'"_s));
        QVERIFY(server.exec(u"GRANT ALL ON *.* TO 'sys:hostile'@'%'"_s));

        const QStringList pieces { u"'"_s, u"''"_s, u"`"_s, u"``"_s, u"."_s, u".."_s, u"';--"_s, u"\\"_s,
            u"\\'"_s, u"\""_s, u"%"_s, u"_"_s, u"*"_s, u"?"_s, u"/"_s, u"$"_s, u"#"_s, u";"_s, u"\u202e"_s,
            u"\u05e9\u05dc\u05d5\u05dd"_s, u"\u0645\u0631\u062d\u0628\u0627"_s, u"\u2615"_s, u"\u00e9"_s,
            u"\u5ba2\u6237"_s, u"\u3042"_s, u"-- x"_s, u"/*c*/"_s, u"); DROP TABLE x; --"_s, u"\t"_s,
            u"a b"_s, u"\u00a0"_s, u"0x41"_s, u"1e3"_s, u"NULL"_s, u"select"_s, u"%s%n"_s, u"{}"_s, u"[]"_s,
            u"<b>"_s, u"&amp;"_s };
        QStringList candidates;
        for (const QString &p : pieces) {
            candidates << u"t"_s + p << p + u"t"_s << u"x"_s + p + u"y"_s << p + p + u"z"_s
                       << u"q"_s + p + u"."_s + p;
        }
        // Databases with hostile names too.
        const QStringList databases { u"hostile_db"_s, u"h'o`s.t\\ile"_s, u"\u5ba2\u6237 db"_s, u"db;--"_s };
        for (const QString &db : databases)
            QVERIFY(server.exec(u"CREATE DATABASE IF NOT EXISTS "_s + quoteIdentifier(db)));

        QList<TableRef> created;
        QSet<QString> seen;
        for (int i = 0; i < candidates.size() && created.size() < 200; ++i) {
            const QString db = databases.at(i % databases.size());
            const QString table = candidates.at(i);
            if (seen.contains(db + u'\n' + table.toLower()))
                continue;
            if (server.exec(u"CREATE TABLE "_s + quoteIdentifier(db) + u'.' + quoteIdentifier(table)
                    + u" (id INT) ENGINE=Aria"_s)) {
                created << TableRef::byName(db, table);
                seen.insert(db + u'\n' + table.toLower());
            }
        }
        QVERIFY2(created.size() >= 150, qPrintable(QString::number(created.size())));

        // Names no server accepts are refused before anything is sent.
        QList<TableRef> refused { TableRef::byName(u"hostile_db"_s, u"nul"_s + QChar(0) + u"byte"_s),
            TableRef::byName(u"hostile_db"_s, QString(10000, u'x')), TableRef::byName(QString(), u"t"_s),
            TableRef::byName(u"hostile_db"_s, QString()) };

        ConnectionSettings s = settings();
        s.user = u"sys:hostile"_s;
        s.password = u"h0stile"_s;
        QFile log(server.generalLog());
        const qint64 logStart = log.exists() ? log.size() : 0;

        QSet<QString> expectedStatements;
        int byId = 0;
        for (const TableRef &table : std::as_const(created)) {
            const Attempt a = OperationExecutor::execute(s, Operation::flush(table), 20s);
            QVERIFY2(a.ok(), qPrintable(table.display() + u": "_s + a.error.message()));
            if (needsTableId(table))
                ++byId;
            expectedStatements << a.sql;
        }
        QVERIFY(byId > 0);
        for (const TableRef &table : std::as_const(refused)) {
            const Attempt a = OperationExecutor::execute(s, Operation::flush(table), 20s);
            QCOMPARE(a.error.kind(), MoError::Kind::InvalidInput);
            QVERIFY(!a.sent);
            QVERIFY(a.sql.isEmpty());
        }
        ConnectionFactory::releaseThreadConnections();
        QTest::qWait(500);

        // The general log: every statement of sys:hostile's connections is one we meant to send.
        QVERIFY(log.open(QIODevice::ReadOnly));
        log.seek(logStart);
        const QString text = QString::fromUtf8(log.readAll());
        static const QRegularExpression entry(
            u"^(?:\\d{6}\\s+[\\d:]+\\s+|\\s+)(\\d+) (\\w[\\w ]*?)\\t(.*)$"_s,
            QRegularExpression::MultilineOption);
        // Statements may span lines (names with newlines): split the log into entries first.
        QHash<QString, QString> userOf;
        QList<QPair<QString, QString>> queries; // connection id, statement
        QRegularExpressionMatchIterator it = entry.globalMatch(text);
        QList<QRegularExpressionMatch> matches;
        while (it.hasNext())
            matches << it.next();
        for (int i = 0; i < matches.size(); ++i) {
            const auto &m = matches.at(i);
            const qsizetype end = i + 1 < matches.size() ? matches.at(i + 1).capturedStart() : text.size();
            QString argument = text.mid(m.capturedStart(3), end - m.capturedStart(3));
            if (argument.endsWith(u'\n'))
                argument.chop(1);
            const QString id = m.captured(1);
            const QString command = m.captured(2).trimmed();
            if (command == u"Connect"_s)
                userOf.insert(id, argument.section(u'@', 0, 0));
            else if (command == u"Query"_s)
                queries << qMakePair(id, argument);
        }
        int mine = 0;
        int moCtl = 0;
        static const QRegularExpression allowed(
            u"^(SELECT CONNECTION_ID\\(\\), VERSION\\(\\)|SET NAMES \\w+|SHOW SESSION STATUS LIKE "
            u"'Ssl_cipher'|"
            u"SELECT rel_id FROM mo_catalog\\.mo_tables WHERE reldatabase = '.*' AND relname = '.*' AND "
            u"account_id = \\d+|"
            u"SELECT account_id FROM mo_catalog\\.mo_tables WHERE rel_id = \\d+|KILL QUERY \\d+)$"_s,
            QRegularExpression::DotMatchesEverythingOption);
        for (const auto &[id, statement] : std::as_const(queries)) {
            if (userOf.value(id) != u"sys:hostile"_s)
                continue;
            ++mine;
            if (statement.startsWith(u"SELECT mo_ctl("_s)) {
                ++moCtl;
                QVERIFY2(expectedStatements.contains(statement), qPrintable(u"unexpected: "_s + statement));
            } else {
                QVERIFY2(
                    allowed.match(statement).hasMatch(), qPrintable(u"unexpected statement: "_s + statement));
            }
        }
        QVERIFY(mine > 0);
        QCOMPARE(moCtl, int(created.size()));
        qInfo("hostile names: %lld created and flushed (%d by id), %lld refused before sending, %d logged "
              "statements checked",
            qint64(created.size()), byId, qint64(refused.size()), mine);
    }
};

QTEST_GUILESS_MAIN(TestFaultsServer)
#include "tst_faults_server.moc"
