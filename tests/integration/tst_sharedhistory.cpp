// The history in a shared MySQL-protocol database (the stand-in's MariaDB through QMYSQL): the same
// behaviour as the SQLite file where it applies, many writers losing nothing, the shared schema's version
// (created once by concurrent openers, a newer one refused untouched), and what happens when the server
// cannot be reached: runs queued on local disk (never a password), told, and sent when it is back — by the
// same store or by the next one that opens the same location. A small TCP proxy in front of the server is
// the "network" that goes down and comes back.
#include "apppaths.h"
#include "clirunner.h"
#include "history/historylocation.h"
#include "history/historystore.h"
#include "testserver.h"

#include <QBuffer>
#include <QDirIterator>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtConcurrent>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

// Forwards 127.0.0.1:port() to the server while up; refuses connections (and drops open ones) while down.
class Proxy : public QObject
{
public:
    Proxy(const QString &host, int port)
        : m_host(host)
        , m_port(port)
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            this, [this] { setUpNow(true); }, Qt::BlockingQueuedConnection);
    }
    ~Proxy() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                setUpNow(false);
                delete m_server;
                moveToThread(QCoreApplication::instance()->thread());
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    int port() const { return m_listenPort; }
    void setUp(bool up)
    {
        QMetaObject::invokeMethod(
            this, [this, up] { setUpNow(up); }, Qt::BlockingQueuedConnection);
    }

private:
    void setUpNow(bool up)
    {
        if (!m_server) {
            m_server = new QTcpServer;
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
        }
        if (up) {
            m_server->listen(QHostAddress::LocalHost, quint16(m_listenPort));
            m_listenPort = m_server->serverPort();
        } else {
            m_server->close();
            for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
                if (s)
                    s->abort();
            }
            m_sockets.clear();
        }
    }
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            m_sockets << client << upstream;
            QObject::connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
            QObject::connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
            QObject::connect(upstream, &QTcpSocket::connected, client,
                [client, upstream] { upstream->write(client->readAll()); });
            QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->disconnectFromHost();
                client->deleteLater();
            });
            QObject::connect(
                upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            upstream->connectToHost(m_host, quint16(m_port));
        }
    }

    QThread m_thread;
    QString m_host;
    int m_port = 0;
    int m_listenPort = 0;
    QTcpServer *m_server = nullptr;
    QList<QPointer<QTcpSocket>> m_sockets;
};

RunRequest request(const QString &profile, const QString &plan = {}, int operations = 2)
{
    RunRequest r;
    r.settings.host = u"db.example"_s;
    r.settings.port = 6001;
    r.settings.user = u"sys:root"_s;
    r.settings.password = u"secret-password"_s;
    r.profileId = profile + u"-id"_s;
    r.profileName = profile;
    r.planId = plan.isEmpty() ? QString() : plan + u"-id"_s;
    r.planName = plan;
    QList<Operation> ops;
    for (int i = 0; i < operations; ++i)
        ops << Operation::flush(TableRef::byName(u"db"_s, u"t%1"_s.arg(i)));
    r.steps = RunRequest::stepsFor(ops, ExecutionOptions {});
    return r;
}

Outcome outcome(int index, OutcomeStatus status, const MoError &error = {})
{
    Outcome o;
    o.operationIndex = index;
    o.operation = Operation::flush(TableRef::byName(u"db"_s, u"t%1"_s.arg(index)));
    o.target = o.operation.targetText();
    o.sql = u"SELECT mo_ctl('dn', 'flush', 'db.t%1')"_s.arg(index);
    o.attempts = 1;
    o.started = QDateTime::currentDateTimeUtc();
    o.durationMs = 12;
    o.status = status;
    o.error = error;
    o.tableRows = 1000 + index;
    if (status == OutcomeStatus::Ok)
        o.rawReply = u"{\n  \"method\": \"Flush\"\n}\n"_s;
    return o;
}

qint64 recordRun(HistoryStore &store, const RunRequest &r, int ok, int failed, const QDateTime &started = {})
{
    const QDateTime start = started.isValid() ? started : QDateTime::currentDateTimeUtc();
    const qint64 id = store.beginRun(r, start);
    for (int i = 0; i < ok; ++i)
        store.recordOutcome(id, outcome(i, OutcomeStatus::Ok));
    for (int i = 0; i < failed; ++i)
        store.recordOutcome(id,
            outcome(ok + i, OutcomeStatus::Failed,
                MoError(MoError::Kind::NotFound, 1146, u"no such table db.x"_s)));
    RunSummary s;
    s.runId = id;
    s.status = failed == 0 ? RunStatus::Ok : (ok == 0 ? RunStatus::Failed : RunStatus::Partial);
    s.started = start;
    s.finished = start.addMSecs(1000);
    s.ok = ok;
    s.failed = failed;
    store.endRun(id, s);
    return id;
}

QByteArray readAllFiles(const QString &directory)
{
    QByteArray all;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestSharedHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QString m_database;
    HistoryLocation m_location;
    QString m_password;

    // A fresh database for each test.
    void freshDatabase()
    {
        m_database = u"moctl_hist_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QString error;
        QVERIFY2(TestServer::instance().exec(u"CREATE DATABASE "_s + m_database, &error), qPrintable(error));
        m_location = locationAt(TestServer::instance().settings().port);
    }
    HistoryLocation locationAt(int port) const
    {
        const ConnectionSettings s = TestServer::instance().settings();
        HistoryLocation l;
        l.kind = HistoryLocation::Kind::MySql;
        l.host = s.host;
        l.port = port;
        l.user = s.user;
        l.database = m_database;
        l.tlsMode = ConnectionSettings::TlsMode::Preferred;
        return l;
    }
    QVariant scalar(const QString &sql) { return TestServer::instance().scalar(sql.arg(m_database)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        AppPaths::setDataDirectory(m_data.path()); // the local queue lives here
        if (!TestServer::instance().isAvailable())
            return;
        m_password = TestServer::instance().settings().password;
    }

    void init()
    {
        REQUIRE_SERVER();
        freshDatabase();
    }

    void openingCreatesTheVersionedSchema()
    {
        // The stand-in's user is sys:root: percent-encoded in the URL (concatenated: "%3A" is not an arg).
        const std::optional<HistoryLocation> parsed = HistoryLocation::parse(u"mysql://"_s
                + QString::fromLatin1(QUrl::toPercentEncoding(m_location.user)) + u'@' + m_location.host
                + u':' + QString::number(m_location.port) + u'/' + m_database,
            nullptr);
        QVERIFY(parsed);
        QCOMPARE(*parsed, m_location);
        HistoryStore store;
        QVERIFY2(store.open(m_location, m_password), qPrintable(store.errorString()));
        QVERIFY(store.isShared());
        QCOMPARE(store.path(), m_location.display());
        QCOMPARE(scalar(u"SELECT MAX(version) FROM %1.schema_version"_s).toInt(), 1);
        // fleet_id and its index exist from the start.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '%1'"
                        " AND table_name = 'runs' AND column_name = 'fleet_id'"_s)
                     .toInt(),
            1);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = '%1'"
                       " AND table_name = 'runs' AND index_name = 'runs_started'"_s)
                    .toInt()
            > 0);
        QCOMPARE(store.integrityCheck(), u"ok"_s);
        store.close();
        // Opened again: not migrated twice.
        HistoryStore again;
        QVERIFY(again.open(m_location, m_password));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.schema_version"_s).toInt(), 1);
    }

    void concurrentFirstCreation()
    {
        // Several stores create the schema at once: none fails, one version row.
        QList<QFuture<bool>> opens;
        for (int i = 0; i < 4; ++i) {
            opens << QtConcurrent::run([this] {
                HistoryStore store;
                return store.open(m_location, m_password);
            });
        }
        for (QFuture<bool> &f : opens)
            QVERIFY(f.result());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.schema_version"_s).toInt(), 1);
    }

    void newerSchemaIsRefusedUntouched()
    {
        {
            HistoryStore store;
            QVERIFY(store.open(m_location, m_password));
        }
        QVERIFY(
            TestServer::instance().exec(u"INSERT INTO %1.schema_version VALUES (99, 0)"_s.arg(m_database)));
        HistoryStore store;
        QVERIFY(!store.open(m_location, m_password));
        QCOMPARE(store.openError(), HistoryStore::OpenError::TooNew);
        QVERIFY2(store.errorString().contains(u"newer"_s), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(u"99"_s));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.runs"_s).toInt(), 0);
    }

    void recordsARunAsItHappens()
    {
        HistoryStore store;
        QVERIFY2(store.open(m_location, m_password), qPrintable(store.errorString()));
        RunRequest r = request(u"prod"_s, u"nightly"_s, 3);
        r.trigger = RunTrigger::Scheduled;
        const qint64 id = store.beginRun(r, QDateTime::currentDateTimeUtc());
        QVERIFY(id > 0);
        std::optional<RunRecord> run = store.run(id);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Running);
        QCOMPARE(run->trigger, RunTrigger::Scheduled);
        QCOMPARE(run->server, r.settings.describe());
        store.recordOutcome(id, outcome(0, OutcomeStatus::Ok));
        const MoError denied(MoError::Kind::Privilege, 20101, u"internal error: do not have privilege"_s);
        store.recordOutcome(id, outcome(1, OutcomeStatus::Failed, denied));
        store.recordOutcome(
            id, outcome(2, OutcomeStatus::Timeout, MoError(MoError::Kind::ClientTimeout, 0, {}, u"5 s"_s)));
        QCOMPARE(store.run(id)->ok, 1);
        QCOMPARE(store.run(id)->timedOut, 1);
        RunSummary s;
        s.status = RunStatus::Partial;
        s.finished = QDateTime::currentDateTimeUtc();
        s.ok = 1;
        s.failed = 1;
        s.timedOut = 1;
        s.firstError = denied;
        store.endRun(id, s);
        run = store.run(id);
        QCOMPARE(run->status, RunStatus::Partial);
        QVERIFY(run->error.contains(u"do not have privilege"_s));
        const QList<Outcome> outcomes = store.outcomes(id);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(1).error, denied);
        QCOMPARE(outcomes.at(2).status, OutcomeStatus::Timeout);
        QCOMPARE(outcomes.at(0).tableRows, 1000);
        QVERIFY(outcomes.at(0).rawReply.contains(u"Flush"_s));
        QCOMPARE(outcomes.at(2).sql, u"SELECT mo_ctl('dn', 'flush', 'db.t2')"_s);
        QCOMPARE(store.lastTableFigures(u"nightly-id"_s).value(u"db.t0"_s).rows, 1000);
        QCOMPARE(store.tableGrowth(u"db.t0"_s).size(), 1);
        store.recordEvent(u"schedule-fired"_s, u"nightly-id"_s, u"nightly"_s, u"x"_s);
        QTRY_COMPARE(store.events().size(), 1);
        QCOMPARE(store.planMetrics().size(), 1);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM %1.runs WHERE server LIKE '%secret%'"_s).toInt() == 0);
    }

    void filtersPagingAndChoices()
    {
        HistoryStore store;
        QVERIFY(store.open(m_location, m_password));
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i) {
            const QString profile = i % 2 ? u"prod"_s : u"staging"_s;
            const QString plan = i % 3 == 0 ? u"nightly"_s : QString();
            ids << recordRun(store, request(profile, plan), i % 5 == 0 ? 0 : 1, i % 5 == 0 ? 1 : 0,
                base.addSecs(i * 3600));
        }
        QCOMPARE(store.countRuns(), 30);
        RunFilter f;
        f.limit = 0;
        const QList<RunRecord> all = store.runs(f);
        QCOMPARE(all.size(), 30);
        QCOMPARE(all.first().id, ids.last());
        f.profileId = u"prod-id"_s;
        QCOMPARE(store.runs(f).size(), 15);
        f = {};
        f.planId = u"nightly-id"_s;
        QCOMPARE(store.countRuns(f), 10);
        f = {};
        f.statuses = { RunStatus::Failed };
        QCOMPARE(store.countRuns(f), 6);
        f = {};
        f.from = base.addSecs(10 * 3600);
        f.to = base.addSecs(20 * 3600);
        QCOMPARE(store.countRuns(f), 10);
        f = {};
        f.text = u"stag"_s;
        QCOMPARE(store.countRuns(f), 15);
        f.text = u"no such table"_s;
        QCOMPARE(store.countRuns(f), 6);
        f.text = u"50%_\\!"_s; // LIKE wildcards and escapes are literal
        QCOMPARE(store.countRuns(f), 0);
        f = {};
        f.trigger = RunTrigger::Manual;
        QCOMPARE(store.countRuns(f), 30);
        // Offset and keyset paging agree.
        f = {};
        f.limit = 7;
        QList<qint64> byOffset, byKeyset;
        for (f.offset = 0; f.offset < 30; f.offset += 7) {
            for (const RunRecord &r : store.runs(f))
                byOffset << r.id;
        }
        f.offset = 0;
        for (;;) {
            const QList<RunRecord> page = store.runs(f);
            if (page.isEmpty())
                break;
            for (const RunRecord &r : page)
                byKeyset << r.id;
            f.afterRunId = page.last().id;
        }
        QCOMPARE(byOffset.size(), 30);
        QCOMPARE(byKeyset, byOffset);
        // Choices, last run per plan, durations.
        const HistoryChoices c = store.choices();
        QCOMPARE(c.profiles,
            (QList<HistoryChoice> { { u"prod-id"_s, u"prod"_s }, { u"staging-id"_s, u"staging"_s } }));
        QCOMPARE(c.plans, (QList<HistoryChoice> { { u"nightly-id"_s, u"nightly"_s } }));
        QCOMPARE(store.lastRunPerPlan().value(u"nightly-id"_s).id, ids.at(27));
        const DurationSeries d = store.planDurations(u"nightly-id"_s);
        QCOMPARE(d.totalRuns, 10);
        QCOMPARE(d.medianMs, 1000.0);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(store.exportRunsCsv({}, &csv));
        QCOMPARE(csv.data().count('\n'), 31);
    }

    void retention()
    {
        HistoryStore store;
        QVERIFY(store.open(m_location, m_password));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 20; ++i)
            recordRun(store, request(u"p"_s), 1, 0, now.addDays(-i * 2).addSecs(3600));
        const qint64 running = store.beginRun(request(u"p"_s), now.addDays(-100));
        QCOMPARE(store.purgeNow(Retention { 30, 0 }), 4);
        QCOMPARE(store.countRuns(), 17);
        QVERIFY(store.run(running));
        QCOMPARE(store.purgeNow(Retention { 0, 10 }), 6);
        QCOMPARE(store.countRuns(), 11);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.outcomes WHERE run_id NOT IN (SELECT id FROM %1.runs)"_s)
                     .toInt(),
            0);
        QVERIFY(store.vacuum());
    }

    // Two stores (two connections and writer threads, as two processes would have) fed by six threads.
    void manyWritersLoseNothing()
    {
        HistoryStore a;
        HistoryStore b;
        QVERIFY(a.open(m_location, m_password));
        QVERIFY(b.open(m_location, m_password));
        QSignalSpy failures(&a, &HistoryStore::writeFailed);
        QSignalSpy failuresB(&b, &HistoryStore::writeFailed);
        QList<QFuture<void>> futures;
        for (int t = 0; t < 6; ++t) {
            HistoryStore &store = t % 2 ? a : b;
            futures << QtConcurrent::run([&store, t] {
                for (int i = 0; i < 10; ++i)
                    recordRun(store, request(u"w%1"_s.arg(t), {}, 3), 2, 1);
            });
        }
        for (QFuture<void> &f : futures)
            f.waitForFinished();
        QCOMPARE(failures.size() + failuresB.size(), 0);
        QCOMPARE(a.countRuns(), 60);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.outcomes"_s).toInt(), 180);
        QCOMPARE(scalar(u"SELECT SUM(ok) FROM %1.runs"_s).toInt(), 120);
        QCOMPARE(scalar(u"SELECT COUNT(DISTINCT id) FROM %1.runs"_s).toInt(), 60);
    }

    void wrongPasswordIsSaidAndQueued()
    {
        HistoryStore store;
        QVERIFY(!store.open(m_location, u"not-the-password"_s));
        QCOMPARE(store.openError(), HistoryStore::OpenError::CannotOpen);
        QVERIFY2(store.errorString().contains(u"denied"_s, Qt::CaseInsensitive)
                || store.errorString().contains(u"password"_s, Qt::CaseInsensitive),
            qPrintable(store.errorString()));
        QVERIFY(!store.errorString().contains(u"not-the-password"_s));
        const qint64 id = recordRun(store, request(u"prod"_s), 1, 0);
        QVERIFY(id < 0); // provisional
        QVERIFY(store.isQueuedLocally());
        QCOMPARE(store.queuedRuns(), 1);
        QVERIFY(store.queueNotice().contains(u"queued locally"_s));
        const QByteArray files = readAllFiles(store.queueDirectory());
        QVERIFY(files.contains("prod-id"));
        QVERIFY(!files.contains("not-the-password"));
        QVERIFY(!files.contains("secret-password"));
        QVERIFY(!files.contains(m_password.toUtf8() + '"'));
    }

    // The server goes away while a store is open, then comes back: nothing lost, nothing twice.
    void unreachableThenSentBySameStore()
    {
        Proxy proxy(TestServer::instance().settings().host, TestServer::instance().settings().port);
        const HistoryLocation location = locationAt(proxy.port());
        HistoryStore store;
        QVERIFY2(store.open(location, m_password), qPrintable(store.errorString()));
        const qint64 first = recordRun(store, request(u"before"_s), 2, 0);
        QVERIFY(first > 0);
        proxy.setUp(false);
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        QSignalSpy recovered(&store, &HistoryStore::writesRecovered);
        const qint64 during = store.beginRun(request(u"during"_s), QDateTime::currentDateTimeUtc());
        QVERIFY(during < 0);
        store.recordOutcome(during, outcome(0, OutcomeStatus::Ok));
        QVERIFY(failed.size() >= 1);
        QVERIFY(store.isQueuedLocally());
        QVERIFY(QDir(store.queueDirectory()).entryList({ u"*.json"_s }).size() == 1);
        proxy.setUp(true);
        QVERIFY(store.writeUnwritten());
        QVERIFY(recovered.size() >= 1);
        RunSummary s;
        s.status = RunStatus::Ok;
        s.ok = 1;
        store.endRun(during, s);
        QCOMPARE(store.unwrittenCount(), 0);
        QVERIFY(!store.isQueuedLocally());
        QCOMPARE(store.countRuns(), 2);
        RunFilter f;
        f.profileId = u"during-id"_s;
        const QList<RunRecord> runs = store.runs(f);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, RunStatus::Ok);
        QCOMPARE(store.outcomes(runs.first().id).size(), 1);
        QVERIFY(QDir(store.queueDirectory()).entryList({ u"*.json"_s }).isEmpty());
    }

    // A store that never reached the server is gone (a moctl that exited); the next store that opens the
    // same location, with the server back, sends what it left.
    void queueSurvivesTheProcess()
    {
        Proxy proxy(TestServer::instance().settings().host, TestServer::instance().settings().port);
        const HistoryLocation location = locationAt(proxy.port());
        {
            HistoryStore store;
            QVERIFY(store.open(location, m_password)); // creates the schema
        }
        proxy.setUp(false);
        QString queueDir;
        {
            HistoryStore store;
            QVERIFY(!store.open(location, m_password));
            QVERIFY2(store.errorString().contains(u"unreachable"_s), qPrintable(store.errorString()));
            recordRun(store, request(u"queued"_s, u"nightly"_s, 3), 2, 1);
            recordRun(store, request(u"queued"_s, u"nightly"_s, 3), 3, 0);
            QCOMPARE(store.queuedRuns(), 2);
            queueDir = store.queueDirectory();
        }
        QCOMPARE(QDir(queueDir).entryList({ u"*.json"_s }).size(), 1);
        QVERIFY(!readAllFiles(queueDir).contains(m_password.toUtf8() + '"'));
        QVERIFY(!readAllFiles(queueDir).contains("secret-password"));
        proxy.setUp(true);
        HistoryStore next;
        QVERIFY2(next.open(location, m_password), qPrintable(next.errorString()));
        QCOMPARE(next.unwrittenCount(), 0);
        RunFilter f;
        f.profileId = u"queued-id"_s;
        const QList<RunRecord> runs = next.runs(f);
        QCOMPARE(runs.size(), 2);
        int outcomes = 0;
        for (const RunRecord &r : runs) {
            QVERIFY(r.status == RunStatus::Partial || r.status == RunStatus::Ok);
            outcomes += int(next.outcomes(r.id).size());
        }
        QCOMPARE(outcomes, 6);
        QVERIFY(QDir(queueDir).entryList({ u"*.json"_s }).isEmpty());
        // Sent once: a third store finds nothing more to send.
        HistoryStore third;
        QVERIFY(third.open(location, m_password));
        QCOMPARE(third.countRuns(f), 2);
    }

    // moctl --history URL --history-password-file FILE: runs recorded in the shared database; out of reach,
    // exit 0 with a warning and the run queued on disk, sent by the next moctl (here `moctl history`).
    void cliRecordsAndQueues()
    {
        QTemporaryDir work;
        const QString passwordFile = work.filePath(u"history-password"_s);
        {
            QFile f(passwordFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_password.toUtf8() + '\n');
            f.close();
            QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        const ConnectionSettings server = TestServer::instance().settings();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_PASSWORD"_s, server.password);
        env.remove(u"MOCTL_HISTORY"_s);
        const QString dataDir = work.filePath(u"data"_s);
        const auto urlFor = [this](int port) {
            return u"mysql://"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_location.user)) + u'@'
                + m_location.host + u':' + QString::number(port) + u'/' + m_database;
        };
        const QStringList connection { u"--data-dir"_s, dataDir, u"--host"_s, server.host, u"--port"_s,
            QString::number(server.port), u"--user"_s, server.user, u"--history-password-file"_s,
            passwordFile };

        CliResult r = runMoctl(
            connection + QStringList { u"--history"_s, urlFor(server.port), u"checkpoint"_s }, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.runs"_s).toInt(), 1);
        QVERIFY(!QFileInfo::exists(dataDir + u"/history.sqlite"_s)); // not the local file

        // MOCTL_HISTORY names it too; a password in the URL is refused before anything is sent.
        QProcessEnvironment withUrl = env;
        withUrl.insert(u"MOCTL_HISTORY"_s, urlFor(server.port));
        r = runMoctl(connection + QStringList { u"history"_s, u"--format"_s, u"json"_s }, withUrl);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"checkpoint"_s, Qt::CaseInsensitive) || r.out.contains(u"\"id\""_s),
            qPrintable(r.out));
        r = runMoctl(
            connection + QStringList { u"--history"_s, u"mysql://u:pw@127.0.0.1:1/x"_s, u"checkpoint"_s },
            env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"password"_s));

        // Four moctl processes at once: four runs, each with its outcome, none lost.
        QList<QProcess *> processes;
        for (int i = 0; i < 4; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(env);
            p->start(moctlPath(),
                connection + QStringList { u"--history"_s, urlFor(server.port), u"checkpoint"_s });
            processes << p;
        }
        for (QProcess *p : std::as_const(processes)) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
            delete p;
        }
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.runs"_s).toInt(), 5);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.outcomes"_s).toInt(), 5);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.runs WHERE status = 'ok' AND ok = 1"_s).toInt(), 5);

        Proxy proxy(server.host, server.port);
        proxy.setUp(false);
        r = runMoctl(connection + QStringList { u"--history"_s, urlFor(proxy.port()), u"checkpoint"_s }, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err)); // the run was ok; its record is safe locally
        QVERIFY2(r.err.contains(u"queued locally"_s), qPrintable(r.err));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.runs"_s).toInt(), 5);
        const QByteArray queued = readAllFiles(dataDir + u"/history-queue"_s);
        QVERIFY(queued.contains("checkpoint"));
        QVERIFY(!queued.contains(m_password.toUtf8() + '"'));
        QVERIFY(!queued.contains("\"" + server.password.toUtf8() + "\""));

        proxy.setUp(true);
        r = runMoctl(connection + QStringList { u"--history"_s, urlFor(proxy.port()), u"history"_s }, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.runs"_s).toInt(), 6);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1.runs WHERE status = 'running'"_s).toInt(), 0);
        QVERIFY(HistoryLocalQueue::queueFiles(QDir(dataDir + u"/history-queue"_s)
                                                  .entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)
                                                  .value(0)
                                                  .absoluteFilePath())
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSharedHistory)
#include "tst_sharedhistory.moc"
