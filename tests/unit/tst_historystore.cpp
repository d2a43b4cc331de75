// The history store on real SQLite files: schema, migrations from schema 1, a too-new or damaged
// file, recording, interrupted runs, filters and paging, CSV, retention, concurrent writers.
#include "history/historystore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Raw access for setting up old or odd files, as another program would.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(u"raw-%1"_s.arg(++s_n))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql) && q.next())
            return q.value(0);
        return {};
    }

private:
    static inline int s_n = 0;
    QString m_name;
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
    if (status == OutcomeStatus::Ok)
        o.rawReply = u"{\n  \"method\": \"Flush\"\n}\n"_s;
    return o;
}

RunSummary summaryOf(qint64 id, RunStatus status, int ok, int failed)
{
    RunSummary s;
    s.runId = id;
    s.status = status;
    s.started = QDateTime::currentDateTimeUtc();
    s.finished = QDateTime::currentDateTimeUtc();
    s.ok = ok;
    s.failed = failed;
    return s;
}

// Records a whole run: `ok` successes then `failed` failures.
qint64 recordRun(HistoryStore &store, const RunRequest &r, int ok, int failed, const QDateTime &started = {})
{
    const qint64 id = store.beginRun(r, started.isValid() ? started : QDateTime::currentDateTimeUtc());
    for (int i = 0; i < ok; ++i)
        store.recordOutcome(id, outcome(i, OutcomeStatus::Ok));
    for (int i = 0; i < failed; ++i)
        store.recordOutcome(id,
            outcome(ok + i, OutcomeStatus::Failed,
                MoError(MoError::Kind::NotFound, 1146, u"no such table db.x"_s)));
    store.endRun(id,
        summaryOf(id, failed == 0 ? RunStatus::Ok : (ok == 0 ? RunStatus::Failed : RunStatus::Partial), ok,
            failed));
    return id;
}

// A pid that certainly belonged to a process that has ended.
qint64 deadPid()
{
    QProcess p;
    p.start(u"true"_s, {});
    p.waitForStarted();
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

// The schema as version 1 shipped it (frozen copy).
const QStringList schema1 = {
    u"CREATE TABLE schema_version (version INTEGER NOT NULL, applied INTEGER NOT NULL)"_s,
    u"CREATE TABLE runs ( id INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT NOT NULL DEFAULT '', "
    u"profile_name "
    "TEXT NOT NULL DEFAULT '', plan_id TEXT NOT NULL DEFAULT '', plan_name TEXT NOT NULL DEFAULT '', trigger "
    "TEXT "
    "NOT NULL, started INTEGER NOT NULL, finished INTEGER, status TEXT NOT NULL, operations INTEGER NOT NULL "
    "DEFAULT "
    "0, ok INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0, timed_out INTEGER NOT NULL DEFAULT "
    "0, "
    "cancelled INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0, host TEXT NOT NULL DEFAULT "
    "'', pid "
    "INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '')"_s,
    u"CREATE TABLE outcomes ( id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE "
    "CASCADE, step INTEGER NOT NULL, op_index INTEGER NOT NULL, operation TEXT NOT NULL, target TEXT NOT "
    "NULL "
    "DEFAULT '', sql TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, started INTEGER NOT "
    "NULL, "
    "duration_ms INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, error_kind TEXT NOT NULL DEFAULT '', code "
    "INTEGER NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '', raw_reply TEXT NOT NULL DEFAULT '', "
    "UNIQUE "
    "(run_id, op_index))"_s,
    u"CREATE INDEX runs_started ON runs (started)"_s,
    u"INSERT INTO schema_version VALUES (1, 1700000000000)"_s,
};

// What version 2 added to it (frozen copy), with the schema_version rows a version-2 file has.
const QStringList schema2 = schema1
    + QStringList {
          u"ALTER TABLE runs ADD COLUMN server TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE runs ADD COLUMN writer TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE outcomes ADD COLUMN server_message TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE outcomes ADD COLUMN detail TEXT NOT NULL DEFAULT ''"_s,
          u"CREATE TABLE events ( id INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind TEXT NOT NULL, plan_id "
          u"TEXT NOT NULL "
          "DEFAULT '', plan_name TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', host TEXT NOT "
          "NULL DEFAULT '', "
          "pid INTEGER NOT NULL DEFAULT 0)"_s,
          u"CREATE INDEX events_at ON events (at)"_s,
          u"CREATE INDEX events_plan ON events (plan_id, at)"_s,
          u"CREATE INDEX runs_profile ON runs (profile_id, started)"_s,
          u"CREATE INDEX runs_plan ON runs (plan_id, started)"_s,
          u"CREATE INDEX runs_status ON runs (status, started)"_s,
          u"INSERT INTO schema_version VALUES (2, 1710000000000)"_s,
      };

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void freshFileHasTheSchemaAndWal()
    {
        HistoryStore store;
        QVERIFY2(store.open(file("fresh.sqlite")), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
        QCOMPARE(store.openError(), HistoryStore::OpenError::None);
        QVERIFY(store.notice().isEmpty());
        RawDb raw(file("fresh.sqlite"));
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        for (const char *index : { "runs_started", "runs_profile", "runs_plan", "runs_status", "events_at" })
            QVERIFY2(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND name='%1'"_s.arg(
                                    QLatin1StringView(index)))
                         .toInt()
                    == 1,
                index);
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    void recordsARunAsItHappens()
    {
        HistoryStore store;
        QVERIFY(store.open(file("record.sqlite")));
        QSignalSpy begun(&store, &HistoryStore::runBegun);
        QSignalSpy recorded(&store, &HistoryStore::outcomeRecorded);
        RunRequest r = request(u"prod"_s, u"nightly"_s, 3);
        r.trigger = RunTrigger::Scheduled;
        const qint64 id = store.beginRun(r, QDateTime::currentDateTimeUtc());
        QVERIFY(id > 0);
        QCOMPARE(begun.size(), 1);
        // Written before the first statement: visible as running to any reader.
        std::optional<RunRecord> run = store.run(id);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Running);
        QCOMPARE(run->operations, 3);
        QCOMPARE(run->trigger, RunTrigger::Scheduled);
        QCOMPARE(run->planName, u"nightly"_s);
        QCOMPARE(run->server, r.settings.describe());
        QVERIFY(!run->server.contains(u"secret"_s));
        QCOMPARE(run->pid, QCoreApplication::applicationPid());

        store.recordOutcome(id, outcome(0, OutcomeStatus::Ok));
        QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
        // Each outcome is on disk as soon as it is recorded, counts included.
        QCOMPARE(store.outcomes(id).size(), 1);
        QCOMPARE(store.run(id)->ok, 1);
        const MoError denied(MoError::Kind::Privilege, 20101,
            u"internal error: do not have privilege to execute the statement"_s);
        Outcome failed = outcome(1, OutcomeStatus::Failed, denied);
        failed.attempts = 1;
        store.recordOutcome(id, failed);
        Outcome timedOut
            = outcome(2, OutcomeStatus::Timeout, MoError(MoError::Kind::ClientTimeout, 0, {}, u"5 s"_s));
        timedOut.attempts = 3;
        store.recordOutcome(id, timedOut);
        QCOMPARE(recorded.size(), 3);
        RunSummary s = summaryOf(id, RunStatus::Partial, 1, 1);
        s.timedOut = 1;
        s.firstError = denied;
        store.endRun(id, s);

        run = store.run(id);
        QCOMPARE(run->status, RunStatus::Partial);
        QVERIFY(run->finished.isValid());
        QCOMPARE(run->failed, 1);
        QCOMPARE(run->timedOut, 1);
        QVERIFY(run->error.contains(u"do not have privilege"_s));
        const QList<Outcome> outcomes = store.outcomes(id);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(0).status, OutcomeStatus::Ok);
        QVERIFY(outcomes.at(0).rawReply.contains(u"Flush"_s));
        QCOMPARE(outcomes.at(1).error, denied);
        QCOMPARE(outcomes.at(1).code(), 20101);
        QCOMPARE(outcomes.at(1).error.kind(), MoError::Kind::Privilege);
        QCOMPARE(outcomes.at(2).status, OutcomeStatus::Timeout);
        QCOMPARE(outcomes.at(2).attempts, 3);
        QCOMPARE(outcomes.at(2).error.kind(), MoError::Kind::ClientTimeout);
        QCOMPARE(outcomes.at(2).sql, u"SELECT mo_ctl('dn', 'flush', 'db.t2')"_s);

        // The password is nowhere in the file.
        store.close();
        for (const char *suffix : { "", "-wal" }) {
            QFile f(file("record.sqlite") + QString::fromLatin1(suffix));
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("secret-password"));
        }
    }

    void migratesFromSchema1()
    {
        const QString path = file("v1.sqlite");
        {
            RawDb raw(path);
            for (const QString &sql : schema1)
                QVERIFY(raw.exec(sql));
            QVERIFY(
                raw.exec(u"INSERT INTO runs (profile_id, profile_name, trigger, started, finished, status, "
                         "operations, ok, failed) VALUES ('p', 'prod', 'cli', 1700000000000, 1700000001000, "
                         "'partial', 2, 1, 1)"_s));
            QVERIFY(
                raw.exec(u"INSERT INTO outcomes (run_id, step, op_index, operation, target, started, status, "
                         "error_kind, code, message) VALUES (1, 0, 1, 'flush', 'db.gone', 1700000000500, "
                         "'failed', 'not_found', 1146, 'Not found: no such table db.gone')"_s));
        }
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
        const QList<RunRecord> runs = store.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().profileName, u"prod"_s);
        QCOMPARE(runs.first().status, RunStatus::Partial);
        QCOMPARE(runs.first().durationMs(), 1000);
        const QList<Outcome> outcomes = store.outcomes(runs.first().id);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().code(), 1146);
        QCOMPARE(outcomes.first().error.kind(), MoError::Kind::NotFound);
        QVERIFY(outcomes.first().error.message().contains(u"db.gone"_s));
        // New columns and tables work on the migrated file.
        store.recordEvent(u"schedule-fired"_s, u"plan-1"_s, u"Nightly"_s, u"on time"_s);
        QTRY_COMPARE(store.events().size(), 1);
        QVERIFY(recordRun(store, request(u"prod"_s), 1, 0) > 1);
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    // Schema 4 keeps the rows and size of each flushed table: a version-3 file is upgraded in place,
    // its outcomes keep everything and have no figures; new outcomes record theirs, and the plan's
    // latest figures and a table's growth are read back.
    void migratesFromSchema3()
    {
        const QString path = file("v3.sqlite");
        {
            RawDb raw(path);
            for (const QString &sql : schema2)
                QVERIFY2(raw.exec(sql), qPrintable(sql));
            QVERIFY(raw.exec(u"ALTER TABLE runs ADD COLUMN server_version TEXT NOT NULL DEFAULT ''"_s));
            QVERIFY(raw.exec(u"INSERT INTO schema_version (version, applied) VALUES (3, 0)"_s));
            QVERIFY(raw.exec(
                u"INSERT INTO runs (profile_id, profile_name, plan_id, plan_name, trigger, started, finished,"
                " status, operations, ok) VALUES ('p', 'prod', 'big-id', 'big', 'cli', 1700000000000,"
                " 1700000001000, 'ok', 1, 1)"_s));
            QVERIFY(
                raw.exec(u"INSERT INTO outcomes (run_id, step, op_index, operation, target, started, status)"
                         " VALUES (1, 0, 0, 'flush', 'db.t0', 1700000000500, 'ok')"_s));
        }
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(HistoryStore::SchemaVersion >= 4);
        QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
        const QList<Outcome> old = store.outcomes(1);
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().tableRows, -1);
        QCOMPARE(old.first().tableBytes, -1);
        QVERIFY(store.lastTableFigures(u"big-id"_s).isEmpty());
        // Two new runs of the plan with figures: the latest ones are the baseline.
        for (const qint64 rows : { 100, 250 }) {
            const qint64 id = store.beginRun(request(u"prod"_s, u"big"_s), QDateTime::currentDateTimeUtc());
            Outcome o = outcome(0, OutcomeStatus::Ok);
            o.tableRows = rows;
            o.tableBytes = rows * 1000;
            store.recordOutcome(id, o);
            store.endRun(id, summaryOf(id, RunStatus::Ok, 1, 0));
            QCOMPARE(store.outcomes(id).first().tableRows, rows);
            QCOMPARE(store.outcomes(id).first().tableBytes, rows * 1000);
        }
        const QHash<QString, TableFigures> last = store.lastTableFigures(u"big-id"_s);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.value(u"db.t0"_s), (TableFigures { 250, 250000 }));
        QVERIFY(store.lastTableFigures(u"other-id"_s).isEmpty());
        const QList<TableGrowthPoint> growth = store.tableGrowth(u"db.t0"_s);
        QCOMPARE(growth.size(), 2); // the migrated outcome has no figures
        QCOMPARE(growth.at(0).rows, 100);
        QCOMPARE(growth.at(1).rows, 250);
        QCOMPARE(growth.at(1).bytes, 250000);
        QCOMPARE(growth.at(1).planName, u"big"_s);
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    // Schema 5 links the runs of one fleet run (one plan on several profiles): a version-4 file is
    // upgraded in place, its runs belong to no fleet; new runs keep their fleet id, which filters
    // runs() and countRuns() and is found by its first characters.
    void migratesFromSchema4()
    {
        const QString path = file("v4.sqlite");
        {
            RawDb raw(path);
            for (const QString &sql : schema2)
                QVERIFY2(raw.exec(sql), qPrintable(sql));
            for (const QString &sql :
                { u"ALTER TABLE runs ADD COLUMN server_version TEXT NOT NULL DEFAULT ''"_s,
                    u"INSERT INTO schema_version (version, applied) VALUES (3, 0)"_s,
                    u"ALTER TABLE outcomes ADD COLUMN table_rows INTEGER"_s,
                    u"ALTER TABLE outcomes ADD COLUMN table_bytes INTEGER"_s,
                    u"CREATE INDEX outcomes_target ON outcomes (target, run_id)"_s,
                    u"INSERT INTO schema_version (version, applied) VALUES (4, 0)"_s,
                    u"INSERT INTO runs (profile_id, profile_name, plan_id, plan_name, trigger, started, "
                    u"finished,"
                    " status, operations, ok) VALUES ('p', 'prod', 'plan-id', 'nightly', 'cli', "
                    "1700000000000,"
                    " 1700000001000, 'ok', 1, 1)"_s })
                QVERIFY2(raw.exec(sql), qPrintable(sql));
        }
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
        QVERIFY(HistoryStore::SchemaVersion >= 5);
        const std::optional<RunRecord> old = store.run(1);
        QVERIFY(old);
        QCOMPARE(old->planName, u"nightly"_s);
        QVERIFY(old->fleetId.isEmpty());
        const QString fleet = u"0f1e2d3c-0000-4000-8000-00000000abcd"_s;
        QList<qint64> members;
        for (const QString &profile : { u"eu"_s, u"us"_s, u"ap"_s }) {
            RunRequest r = request(profile, u"nightly"_s);
            r.fleetId = fleet;
            members << recordRun(store, r, 2, 0);
        }
        RunRequest other = request(u"eu"_s, u"nightly"_s);
        other.fleetId = u"0f1e2d3c-1111-4000-8000-00000000abcd"_s; // the same first 8 characters
        recordRun(store, other, 1, 0);
        recordRun(store, request(u"eu"_s), 1, 0); // not part of a fleet
        RunFilter filter;
        filter.fleetId = fleet;
        const QList<RunRecord> runs = store.runs(filter);
        QCOMPARE(runs.size(), 3);
        for (const RunRecord &r : runs) {
            QCOMPARE(r.fleetId, fleet);
            QVERIFY(members.contains(r.id));
        }
        QCOMPARE(store.countRuns(filter), 3);
        filter.statuses = { RunStatus::Failed };
        QCOMPARE(store.countRuns(filter), 0);
        QCOMPARE(store.countRuns(), 6);
        QCOMPARE(store.fleetIds(u"0f1e2d3c"_s).size(), 2);
        QCOMPARE(store.fleetIds(u"0f1e2d3c-0"_s), QStringList { fleet });
        QVERIFY(store.fleetIds(u"ffff"_s).isEmpty());
        // Runs outside a fleet keep NULL, not an empty string; the index is there.
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM runs WHERE fleet_id IS NULL"_s).toInt(), 2);
        QCOMPARE(
            raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'runs_fleet'"_s)
                .toInt(),
            1);
        // The runs CSV has the fleet column.
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        filter.statuses.clear();
        QVERIFY(store.exportRunsCsv(filter, &csv));
        const QList<QByteArray> lines = csv.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().trimmed().endsWith(",fleet"));
        QVERIFY(lines.at(1).trimmed().endsWith(fleet.toUtf8()));
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    // Schema 3 keeps each run's server version (what version() said); a version-2 file is upgraded in
    // place, its runs keep everything and show no version.
    void migratesFromSchema2()
    {
        const QString path = file("v2.sqlite");
        {
            RawDb raw(path);
            for (const QString &sql : schema2)
                QVERIFY2(raw.exec(sql), qPrintable(sql));
            QVERIFY(
                raw.exec(u"INSERT INTO runs (profile_id, profile_name, trigger, started, finished, status, "
                         "operations, ok, server) VALUES ('p', 'prod', 'cli', 1700000000000, 1700000001000, "
                         "'ok', 1, 1, 'root@db1:6001')"_s));
        }
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
        const QList<RunRecord> old = store.runs();
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().server, u"root@db1:6001"_s);
        QCOMPARE(old.first().serverVersion, QString());
        // A new run records the version it saw.
        const qint64 id = store.beginRun(request(u"prod"_s), QDateTime::currentDateTimeUtc());
        RunSummary s = summaryOf(id, RunStatus::Ok, 0, 0);
        s.serverVersion = u"8.0.30-MatrixOne-v2.1.0"_s;
        store.endRun(id, s);
        const std::optional<RunRecord> run = store.run(id);
        QVERIFY(run);
        QCOMPARE(run->serverVersion, u"8.0.30-MatrixOne-v2.1.0"_s);
        QCOMPARE(store.integrityCheck(), u"ok"_s);
        store.close();
        // Opening again does not migrate twice.
        HistoryStore again;
        QVERIFY2(again.open(path), qPrintable(again.errorString()));
        QCOMPARE(again.run(id)->serverVersion, u"8.0.30-MatrixOne-v2.1.0"_s);
    }

    void tooNewFileIsLeftAlone()
    {
        const QString path = file("new.sqlite");
        {
            RawDb raw(path);
            for (const QString &sql : schema1)
                QVERIFY(raw.exec(sql));
            QVERIFY(raw.exec(u"INSERT INTO schema_version VALUES (99, 1)"_s));
        }
        const QByteArray before = fileHash(path);
        HistoryStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.openError(), HistoryStore::OpenError::TooNew);
        QVERIFY(store.errorString().contains(u"newer version"_s));
        QVERIFY(!store.isOpen());
        // Kept in memory under a provisional id (issue 18), never written into the newer file.
        QVERIFY(store.beginRun(request(u"x"_s), QDateTime::currentDateTimeUtc()) < 0);
        QCOMPARE(store.unwrittenCount(), 1);
        QVERIFY(!store.writeUnwritten());
        QVERIFY(store.isFailing());
        QCOMPARE(fileHash(path), before);
    }

    void damagedFileIsReportedOrMovedAside()
    {
        const QString path = file("damaged.sqlite");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const QByteArray before = fileHash(path);
        {
            HistoryStore store;
            QVERIFY(!store.open(path, HistoryStore::CorruptFile::Report));
            QCOMPARE(store.openError(), HistoryStore::OpenError::Corrupt);
            QVERIFY(!store.errorString().isEmpty());
            QCOMPARE(fileHash(path), before);
        }
        HistoryStore store;
        QVERIFY2(store.open(path, HistoryStore::CorruptFile::MoveAside), qPrintable(store.errorString()));
        QVERIFY(!store.movedAsidePath().isEmpty());
        QVERIFY(store.notice().contains(QDir::toNativeSeparators(store.movedAsidePath())));
        QCOMPARE(fileHash(store.movedAsidePath()), before); // kept, byte for byte
        QCOMPARE(store.runs().size(), 0);
        QVERIFY(recordRun(store, request(u"p"_s), 1, 0) > 0);
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    void foreignDatabaseIsNotTakenOver()
    {
        const QString path = file("foreign.sqlite");
        {
            RawDb raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE recipes (name TEXT)"_s));
        }
        HistoryStore store;
        QVERIFY(!store.open(path, HistoryStore::CorruptFile::Report));
        QCOMPARE(store.openError(), HistoryStore::OpenError::Corrupt);
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'runs'"_s).toInt(), 0);
    }

    void abandonedRunsAreMarkedInterrupted()
    {
        const QString path = file("interrupted.sqlite");
        qint64 mine = 0;
        {
            HistoryStore store;
            QVERIFY(store.open(path));
            mine = store.beginRun(request(u"p"_s), QDateTime::currentDateTimeUtc());
            store.recordOutcome(mine, outcome(0, OutcomeStatus::Ok));
        }
        const qint64 dead = deadPid();
        {
            RawDb raw(path);
            const QString host = QSysInfo::machineHostName();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // 2: a dead process on this machine; 3: a live process (our parent); 4: another machine, recent;
            // 5: another machine, days old; 6: our pid but another process (pid reuse).
            QVERIFY(
                raw.exec(u"INSERT INTO runs (id, trigger, started, status, host, pid, writer) VALUES "
                         "(2, 'cli', %1, 'running', '%2', %3, ''), (3, 'cli', %1, 'running', '%2', %4, ''),"
                         "(4, 'cli', %1, 'running', 'elsewhere', 1, ''),"
                         "(5, 'cli', %5, 'running', 'elsewhere', 1, ''),"
                         "(6, 'cli', %1, 'running', '%2', %6, 'x/other-process')"_s.arg(now)
                             .arg(host)
                             .arg(dead)
                             .arg(qint64(getppid()))
                             .arg(now - 5LL * 86400000)
                             .arg(QCoreApplication::applicationPid())));
        }
        HistoryStore store;
        QVERIFY(store.open(path));
        // Run `mine` was begun by this process with this process's token by an earlier store: still ours.
        QCOMPARE(store.run(mine)->status, RunStatus::Running);
        QCOMPARE(store.run(2)->status, RunStatus::Interrupted);
        QCOMPARE(store.run(3)->status, RunStatus::Running);
        QCOMPARE(store.run(4)->status, RunStatus::Running);
        QCOMPARE(store.run(5)->status, RunStatus::Interrupted);
        QCOMPARE(store.run(6)->status, RunStatus::Interrupted);
        QCOMPARE(store.interruptedOnOpen(), 3);
        QVERIFY(store.run(2)->finished.isValid());
        QVERIFY(!store.run(2)->error.isEmpty());
    }

    void filtersAndPaging()
    {
        HistoryStore store;
        QVERIFY(store.open(file("filters.sqlite")));
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
        QList<RunRecord> all = store.runs(f);
        QCOMPARE(all.size(), 30);
        QCOMPARE(all.first().id, ids.last()); // newest first
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).started >= all.at(i).started);

        f.profileId = u"prod-id"_s;
        QCOMPARE(store.runs(f).size(), 15);
        f = {};
        f.planId = u"nightly-id"_s;
        QCOMPARE(store.countRuns(f), 10);
        f = {};
        f.statuses = { RunStatus::Failed };
        QCOMPARE(store.countRuns(f), 6);
        f.statuses = { RunStatus::Failed, RunStatus::Ok };
        QCOMPARE(store.countRuns(f), 30);
        f = {};
        f.from = base.addSecs(10 * 3600);
        f.to = base.addSecs(20 * 3600);
        QCOMPARE(store.countRuns(f), 10);
        f = {};
        f.text = u"stag"_s;
        QCOMPARE(store.countRuns(f), 15);
        f.text = u"no such table"_s; // in outcome messages
        QCOMPARE(store.countRuns(f), 6);
        f.text = u"50%_"_s; // LIKE wildcards are literal
        QCOMPARE(store.countRuns(f), 0);
        f = {};
        f.trigger = RunTrigger::Scheduled;
        QCOMPARE(store.countRuns(f), 0);

        // Offset paging and keyset paging agree.
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
    }

    void lastRunPerPlan()
    {
        HistoryStore store;
        QVERIFY(store.open(file("lastrun.sqlite")));
        QVERIFY(store.lastRunPerPlan().isEmpty());
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-3);
        recordRun(store, request(u"prod"_s, u"nightly"_s), 1, 0, base);
        const qint64 nightlyLast
            = recordRun(store, request(u"prod"_s, u"nightly"_s), 0, 1, base.addSecs(7200));
        recordRun(store, request(u"prod"_s, u"nightly"_s), 1, 0,
            base.addSecs(3600)); // recorded later, started earlier
        const qint64 weeklyLast
            = recordRun(store, request(u"staging"_s, u"weekly"_s), 1, 1, base.addSecs(60));
        recordRun(store, request(u"prod"_s), 1, 0, base.addSecs(9000)); // not a plan: left out
        const QHash<QString, RunRecord> last = store.lastRunPerPlan();
        QCOMPARE(last.size(), 2);
        QCOMPARE(last.value(u"nightly-id"_s).id, nightlyLast);
        QCOMPARE(last.value(u"nightly-id"_s).status, RunStatus::Failed);
        QCOMPARE(last.value(u"nightly-id"_s).started, base.addSecs(7200));
        QCOMPARE(last.value(u"weekly-id"_s).id, weeklyLast);
        QCOMPARE(last.value(u"weekly-id"_s).status, RunStatus::Partial);
    }

    void choicesListEveryProfileAndPlanOnce()
    {
        HistoryStore store;
        QVERIFY(store.open(file("choices.sqlite")));
        QCOMPARE(store.choices().profiles.size(), 0);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-3);
        recordRun(store, request(u"zeta"_s, u"nightly"_s), 1, 0, base);
        for (int i = 1; i <= 50; ++i)
            recordRun(store, request(u"prod"_s, i % 2 ? u"weekly"_s : QString()), 1, 0, base.addSecs(60 * i));
        // A renamed profile: its newest name is the one offered.
        RunRequest renamed = request(u"zeta"_s);
        renamed.profileName = u"alpha (was zeta)"_s;
        recordRun(store, renamed, 1, 0, base.addSecs(3600));
        const HistoryChoices c = store.choices();
        // Sorted by name; each id once; ad-hoc runs are not a plan.
        QCOMPARE(c.profiles,
            (QList<HistoryChoice> { { u"zeta-id"_s, u"alpha (was zeta)"_s }, { u"prod-id"_s, u"prod"_s } }));
        QCOMPARE(c.plans,
            (QList<HistoryChoice> { { u"nightly-id"_s, u"nightly"_s }, { u"weekly-id"_s, u"weekly"_s } }));
    }

    void planDurations()
    {
        HistoryStore store;
        QVERIFY(store.open(file("durations.sqlite")));
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-5);
        QList<qint64> nightly;
        qint64 slowAdHoc = 0;
        for (int i = 0; i < 40; ++i) {
            const bool planned = i % 2 == 0;
            const RunRequest r = request(u"prod"_s, planned ? u"nightly"_s : QString());
            const QDateTime started = base.addSecs(i * 600);
            const qint64 id = store.beginRun(r, started);
            RunSummary s = summaryOf(id, i == 7 ? RunStatus::Failed : RunStatus::Ok, 1, 0);
            s.started = started;
            // 1 s, except nightly run 10 (5 s) and ad-hoc run 21 (3 s).
            s.finished = started.addMSecs(i == 10 || i == 21 ? (i == 10 ? 5000 : 3000) : 1000);
            store.endRun(id, s);
            if (planned)
                nightly << id;
            if (i == 21)
                slowAdHoc = id;
        }
        store.beginRun(request(u"prod"_s, u"nightly"_s), base.addDays(1)); // running: not charted

        DurationSeries all = store.planDurations(u"nightly-id"_s);
        QCOMPARE(all.planName, u"nightly"_s);
        QCOMPARE(all.totalRuns, 20);
        QCOMPARE(all.points.size(), 20);
        QVERIFY(!all.isSampled());
        QCOMPARE(all.points.first().runId, nightly.first()); // oldest first
        QCOMPARE(all.points.last().runId, nightly.last());
        QCOMPARE(all.medianMs, 1000.0);
        QCOMPARE(all.slow, QSet<qint64> { nightly.at(5) });
        QCOMPARE(all.points.at(5).durationMs, 5000);

        // Limited to the newest; the total still counts them all.
        DurationSeries newest = store.planDurations(u"nightly-id"_s, {}, 8);
        QCOMPARE(newest.points.size(), 8);
        QCOMPARE(newest.totalRuns, 20);
        QVERIFY(newest.isSampled());
        QCOMPARE(newest.points.first().runId, nightly.at(12));
        QVERIFY(newest.slow.isEmpty());

        // Ad-hoc runs, and the filter's date range and status.
        DurationSeries adHoc = store.planDurations(QString());
        QCOMPARE(adHoc.totalRuns, 20);
        QCOMPARE(adHoc.slow, QSet<qint64> { slowAdHoc });
        RunFilter range;
        range.from = base.addSecs(20 * 600);
        range.to = base.addSecs(30 * 600);
        QCOMPARE(store.planDurations(u"nightly-id"_s, range).totalRuns, 5);
        RunFilter failed;
        failed.statuses = { RunStatus::Failed };
        const DurationSeries failures = store.planDurations(QString(), failed);
        QCOMPARE(failures.points.size(), 1);
        QCOMPARE(failures.points.first().status, RunStatus::Failed);
        QCOMPARE(store.planDurations(u"no-such-plan"_s).points.size(), 0);
    }

    void csvQuotingAndFormulas()
    {
        QCOMPARE(HistoryStore::csvField(u"plain"_s), u"plain"_s);
        QCOMPARE(HistoryStore::csvField(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(HistoryStore::csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(HistoryStore::csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(HistoryStore::csvField(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
        QCOMPARE(HistoryStore::csvField(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);

        HistoryStore store;
        QVERIFY(store.open(file("csv.sqlite")));
        const qint64 id = recordRun(store, request(u"prod, \"main\""_s, u"=cmd"_s), 1, 1);
        QBuffer runsCsv;
        runsCsv.open(QIODevice::WriteOnly);
        QVERIFY(store.exportRunsCsv({}, &runsCsv));
        const QStringList lines = QString::fromUtf8(runsCsv.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(u"id,started,finished,duration_ms,status,trigger,profile,plan"_s));
        QVERIFY(lines.at(1).startsWith(QString::number(id) + u','));
        QVERIFY(lines.at(1).contains(u",partial,manual,\"prod, \"\"main\"\"\",'=cmd,2,1,1,"_s));

        QBuffer outcomesCsv;
        outcomesCsv.open(QIODevice::WriteOnly);
        QVERIFY(store.exportOutcomesCsv(id, &outcomesCsv));
        const QString text = QString::fromUtf8(outcomesCsv.data());
        QVERIFY(text.startsWith(u"run_id,step,op_index,operation,target,status,attempts"_s));
        QVERIFY(text.contains(u",not_found,1146,"_s));
        // The raw reply keeps its newlines inside one quoted field.
        QVERIFY(text.contains(u"\"{\n  \"\"method\"\": \"\"Flush\"\"\n}\n\""_s));
    }

    void retention()
    {
        HistoryStore store;
        QVERIFY(store.open(file("retention.sqlite")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 20; ++i)
            recordRun(
                store, request(u"p"_s), 1, 0, now.addDays(-i * 2).addSecs(3600)); // ~0, 2, ..., 38 days old
        const qint64 running = store.beginRun(request(u"p"_s), now.addDays(-100)); // still running: kept
        store.recordEvent(u"old"_s, {}, {}, u"x"_s);
        QTRY_COMPARE(store.events().size(), 1);

        QSignalSpy purged(&store, &HistoryStore::purged);
        QFuture<int> future = store.purge(Retention { 30, 0 });
        future.waitForFinished();
        QCOMPARE(future.result(), 4); // 32, 34, 36, 38 days old
        QTRY_COMPARE(purged.size(), 1);
        QCOMPARE(store.countRuns(), 17);
        QVERIFY(store.run(running));

        QCOMPARE(store.purgeNow(Retention { 0, 10 }), 6);
        QCOMPARE(store.countRuns(), 11); // 10 newest + the running one
        // Outcomes went with their runs.
        RawDb raw(file("retention.sqlite"));
        QCOMPARE(
            raw.scalar(u"SELECT COUNT(*) FROM outcomes WHERE run_id NOT IN (SELECT id FROM runs)"_s).toInt(),
            0);
        QVERIFY(store.vacuum());
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    // Two stores (two connections, two writer threads) in one process, each fed by several runner
    // threads: nothing lost, counts add up.
    void concurrentWriters()
    {
        const QString path = file("concurrent.sqlite");
        HistoryStore a;
        HistoryStore b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        QSignalSpy failures(&a, &HistoryStore::writeFailed);
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
        QCOMPARE(failures.size(), 0);
        QCOMPARE(a.countRuns(), 60);
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM outcomes"_s).toInt(), 180);
        QCOMPARE(raw.scalar(u"SELECT SUM(ok) FROM runs"_s).toInt(), 120);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM runs WHERE status <> 'partial'"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
