// Issue 18 without a server: exit codes by a fixed precedence whatever the order of the outcomes,
// unique plan names (save, import, an ambiguous run-plan NAME), --timeout values refused before
// anything is sent, and history write failures that are reported, kept in memory and written once
// the history works again.
#include "cli/cli.h"
#include "clirunner.h"
#include "history/historystore.h"
#include "plan/planstore.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

MoError err(MoError::Kind kind)
{
    return MoError(kind, kind == MoError::Kind::NotOk ? 20101 : 0, u"x"_s);
}

// What the runner does with outcomes as they come in (executeRun's accounting).
RunSummary summarise(const QList<MoError> &errors, RunStatus status)
{
    RunSummary s;
    s.status = status;
    for (const MoError &e : errors) {
        if (!s.firstError.isError())
            s.firstError = e;
        keepWorstError(&s.worstError, e);
    }
    return s;
}

Outcome outcome(int index, OutcomeStatus status)
{
    Outcome o;
    o.operationIndex = index;
    o.operation = Operation::flush(TableRef::byName(u"db"_s, u"t%1"_s.arg(index)));
    o.target = o.operation.targetText();
    o.sql = u"SELECT mo_ctl('dn', 'flush', 'db.t%1')"_s.arg(index);
    o.attempts = 1;
    o.started = QDateTime::currentDateTimeUtc();
    o.status = status;
    return o;
}

RunRequest request()
{
    RunRequest r;
    r.profileName = u"local"_s;
    r.trigger = RunTrigger::Cli;
    r.steps = RunRequest::stepsFor({ Operation::flush(TableRef::byName(u"db"_s, u"t0"_s)),
                                       Operation::flush(TableRef::byName(u"db"_s, u"t1"_s)) },
        ExecutionOptions {});
    return r;
}

MaintenancePlan namedPlan(const QString &name)
{
    MaintenancePlan p = MaintenancePlan::create(name);
    p.steps << PlanStep::checkpoint();
    return p;
}

} // namespace

class TestTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString freshDir()
    {
        const QString path = m_dir.filePath(u"d%1"_s.arg(++m_serial));
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    // Point 11: the same outcomes in any order give the same exit code, by the documented precedence
    // 2 usage > 3 connection > 4 timeout/cancel > 1 failed > 0.
    void exitCodeIgnoresOrder_data()
    {
        QTest::addColumn<QList<int>>("kinds");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        using K = MoError::Kind;
        QTest::newRow("failed + timeout")
            << QList<int> { int(K::NotOk), int(K::ClientTimeout) } << int(RunStatus::Partial) << 4;
        QTest::newRow("failed + connection")
            << QList<int> { int(K::NotOk), int(K::Connection) } << int(RunStatus::Partial) << 3;
        QTest::newRow("timeout + connection + failed + privilege")
            << QList<int> { int(K::ClientTimeout), int(K::Connection), int(K::NotOk), int(K::Privilege) }
            << int(RunStatus::Failed) << 3;
        QTest::newRow("invalid + connection + cancelled")
            << QList<int> { int(K::InvalidInput), int(K::Connection), int(K::Cancelled) }
            << int(RunStatus::Cancelled) << 2;
        QTest::newRow("cancelled + failed")
            << QList<int> { int(K::Cancelled), int(K::ServerError) } << int(RunStatus::Cancelled) << 4;
        QTest::newRow("authentication + timeout")
            << QList<int> { int(K::Authentication), int(K::ClientTimeout) } << int(RunStatus::Failed) << 3;
        QTest::newRow("failed only") << QList<int> { int(K::NotOk), int(K::NotFound) }
                                     << int(RunStatus::Partial) << 1;
    }
    void exitCodeIgnoresOrder()
    {
        QFETCH(QList<int>, kinds);
        QFETCH(int, status);
        QFETCH(int, expected);
        std::sort(kinds.begin(), kinds.end());
        int permutations = 0;
        do {
            QList<MoError> errors;
            for (int k : std::as_const(kinds))
                errors << err(MoError::Kind(k));
            QCOMPARE(cli::exitCodeFor(summarise(errors, RunStatus(status))), expected);
            ++permutations;
        } while (std::next_permutation(kinds.begin(), kinds.end()));
        QVERIFY(permutations >= 2);
    }

    void exitCodeOfCleanRuns()
    {
        QCOMPARE(cli::exitCodeFor(summarise({}, RunStatus::Ok)), 0);
        QCOMPARE(cli::exitCodeFor(summarise({}, RunStatus::Cancelled)), 4);
    }

    // Point 11: duplicate names (case-insensitive) are refused at save; import never makes one.
    void duplicatePlanNamesRefused()
    {
        PlanStore store(freshDir());
        MaintenancePlan a = namedPlan(u"Nightly"_s);
        QString error;
        QVERIFY2(store.save(a, &error), qPrintable(error));
        MaintenancePlan b = namedPlan(u"NIGHTLY "_s);
        QVERIFY(!store.save(b, &error));
        QVERIFY2(error.contains(u"Nightly"_s), qPrintable(error));
        QCOMPARE(store.plans().size(), 1);
        // Saving the same plan again (same id) is fine.
        QVERIFY2(store.save(a, &error), qPrintable(error));

        // Import twice: "(imported)", then "(imported 2)"; never a duplicate.
        const QString exported = m_dir.filePath(u"export-%1.moplan.json"_s.arg(m_serial));
        QVERIFY(PlanStore::exportFile(a, exported, &error));
        const auto first = store.importFile(exported, &error);
        QVERIFY2(first, qPrintable(error));
        const auto second = store.importFile(exported, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(first->name != second->name);
        QStringList names;
        for (const MaintenancePlan &p : store.plans())
            names << p.name.toLower().trimmed();
        QCOMPARE(names.size(), 3);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 3);
    }

    // Point 11: two files with one name (copied in by hand): run-plan NAME exits 2 and lists both.
    void ambiguousPlanNameIsExit2()
    {
        const QString data = freshDir();
        const QString plans = data + u"/plans"_s;
        QDir().mkpath(plans);
        MaintenancePlan a = namedPlan(u"Twin"_s);
        MaintenancePlan b = namedPlan(u"twin"_s);
        QString error;
        QVERIFY(PlanStore::writeFile(a, plans + u"/twin-a.moplan.json"_s, &error));
        QVERIFY(PlanStore::writeFile(b, plans + u"/twin-b.moplan.json"_s, &error));
        PlanStore store(plans);
        store.load();
        QCOMPARE(store.matchingName(u"TWIN"_s).size(), 2);
        QVERIFY(!store.find(u"Twin"_s)); // exact-case match no longer wins silently

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_DATA_DIR"_s, data);
        env.insert(u"MOCTL_PASSWORD"_s, u"111"_s);
        const CliResult r
            = runMoctl({ u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"1"_s, u"run-plan"_s, u"Twin"_s }, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(a.idString()) && r.err.contains(b.idString()), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"twin-a.moplan.json"_s) && r.err.contains(u"twin-b.moplan.json"_s),
            qPrintable(r.err));
        // By id it runs (here: cannot connect, exit 3 — it got past the name).
        const CliResult byId = runMoctl(
            { u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"1"_s, u"run-plan"_s, a.idString(), u"--dry-run"_s },
            env);
        QCOMPARE(byId.exitCode, 0);
    }

    // Point 14: --timeout values that are not a sane number of seconds are refused (exit 2) before
    // anything is sent (a port nothing listens on would give exit 3 otherwise).
    void badTimeoutsRefused_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *v :
            { "nan", "NaN", "inf", "-inf", "0", "-1", "1e-9", "0.5", "86401", "1e400", "abc", "" })
            QTest::newRow(v[0] ? v : "empty") << QString::fromLatin1(v);
    }
    void badTimeoutsRefused()
    {
        QFETCH(QString, value);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_DATA_DIR"_s, freshDir());
        env.insert(u"MOCTL_PASSWORD"_s, u"111"_s);
        for (const QString &command : { u"flush"_s, u"checkpoint"_s }) {
            QStringList args { u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"1"_s, command, u"--timeout"_s,
                value };
            if (command == u"flush"_s)
                args << u"db.t"_s;
            const CliResult r = runMoctl(args, env);
            QVERIFY2(r.exitCode == 2,
                qPrintable(
                    u"%1 --timeout '%2': exit %3 %4"_s.arg(command, value).arg(r.exitCode).arg(r.err)));
            QVERIFY2(r.err.contains(u"--timeout"_s), qPrintable(r.err));
        }
    }
    void goodTimeoutsAccepted()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_DATA_DIR"_s, freshDir());
        for (const char *v : { "1", "2.5", "86400" }) {
            const CliResult r = runMoctl(
                { u"--dry-run"_s, u"flush"_s, u"--timeout"_s, QString::fromLatin1(v), u"db.t"_s }, env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }

    // Point 8: the path of the history taken by a directory: writes fail, are reported (signal +
    // state), kept in memory in order, and written once the directory is gone.
    void historyWriteFailureIsKeptAndRecovered()
    {
        const QString dir = freshDir();
        const QString path = dir + u"/history.sqlite"_s;
        QVERIFY(QDir().mkpath(path)); // a directory where the file should be
        HistoryStore store;
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        QSignalSpy recovered(&store, &HistoryStore::writesRecovered);
        QVERIFY(!store.open(path, HistoryStore::CorruptFile::Report));
        QVERIFY(store.isFailing());
        const qint64 id = store.beginRun(request(), QDateTime::currentDateTimeUtc());
        QVERIFY2(id < 0, qPrintable(QString::number(id))); // provisional
        store.recordOutcome(id, outcome(0, OutcomeStatus::Ok));
        store.recordOutcome(id, outcome(1, OutcomeStatus::NotAttempted));
        RunSummary summary;
        summary.status = RunStatus::Partial;
        summary.ok = 1;
        summary.notAttempted = 1;
        summary.finished = QDateTime::currentDateTimeUtc();
        store.endRun(id, summary);
        QVERIFY(failed.size() >= 1);
        QVERIFY(!store.errorString().isEmpty());
        QCOMPARE(store.unwrittenCount(), 4);
        QVERIFY(!store.writeUnwritten()); // still a directory
        QCOMPARE(store.unwrittenCount(), 4);

        // The history comes back: everything is written, in order, under a real id.
        QVERIFY(QDir(path).removeRecursively());
        QVERIFY(store.writeUnwritten());
        QCOMPARE(store.unwrittenCount(), 0);
        QCOMPARE(recovered.size(), 1);
        QVERIFY(!store.isFailing());
        const QList<RunRecord> runs = store.runs();
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first().id > 0);
        QCOMPARE(runs.first().status, RunStatus::Partial);
        QCOMPARE(runs.first().ok, 1);
        QCOMPARE(runs.first().failed, 1); // not attempted counts with the failed
        const QList<Outcome> outcomes = store.outcomes(runs.first().id);
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(1).status, OutcomeStatus::NotAttempted);

        // A later run goes straight in.
        const qint64 next = store.beginRun(request(), QDateTime::currentDateTimeUtc());
        QVERIFY(next > runs.first().id);
    }

    // Point 8: the next write retries by itself (no explicit writeUnwritten()).
    void historyRetriedOnNextWrite()
    {
        const QString dir = freshDir();
        const QString path = dir + u"/history.sqlite"_s;
        QVERIFY(QDir().mkpath(path));
        HistoryStore store;
        QVERIFY(!store.open(path));
        const qint64 first = store.beginRun(request(), QDateTime::currentDateTimeUtc());
        QVERIFY(first < 0);
        QVERIFY(QDir(path).removeRecursively());
        store.recordOutcome(first, outcome(0, OutcomeStatus::Ok));
        QCOMPARE(store.unwrittenCount(), 0);
        QCOMPARE(store.runs().size(), 1);
        QCOMPARE(store.outcomes(store.runs().first().id).size(), 1);
    }

    // Point 8: a damaged file (bytes overwritten) that is not moved aside: reported, kept in memory.
    void corruptHistoryIsReported()
    {
        const QString dir = freshDir();
        const QString path = dir + u"/history.sqlite"_s;
        {
            HistoryStore store;
            QVERIFY(store.open(path));
            store.endRun(store.beginRun(request(), QDateTime::currentDateTimeUtc()), RunSummary {});
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray garbage(4096, '\xa5');
        QVERIFY(file.write(garbage) == garbage.size()); // the header and the first page
        file.close();
        for (const QString &suffix : { u"-wal"_s, u"-shm"_s })
            QFile::remove(path + suffix);
        const QByteArray damaged = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        HistoryStore store;
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        QVERIFY(!store.open(path, HistoryStore::CorruptFile::Report));
        QVERIFY(store.isFailing());
        const qint64 id = store.beginRun(request(), QDateTime::currentDateTimeUtc());
        QVERIFY(id < 0);
        store.endRun(id, RunSummary {});
        QVERIFY(failed.size() >= 1);
        QCOMPARE(store.unwrittenCount(), 2);
        // The damaged file is left as it was (never overwritten).
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), damaged);
    }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
