// History store figures: recording cost per outcome (each one committed, synchronous=FULL, WAL),
// bulk size, and the history view's queries on a big file. Not a test: prints numbers.
// RESULT line: history_record_ms_per_outcome.
//   bench_history [RUNS] [OUTCOMES_PER_RUN]     (default 1000 x 10)
#include "history/historystore.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace moctl;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int perRun = args.size() > 2 ? args.at(2).toInt() : 10;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    HistoryStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    QTextStream out(stdout);

    RunRequest request;
    request.profileId = u"p"_s;
    request.profileName = u"prod"_s;
    QList<Operation> ops;
    for (int i = 0; i < perRun; ++i)
        ops << Operation::flush(TableRef::byName(u"db"_s, u"table_%1"_s.arg(i)));
    request.steps = RunRequest::stepsFor(ops, {});

    QElapsedTimer clock;
    clock.start();
    qint64 recordNs = 0;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-365);
    for (int r = 0; r < runs; ++r) {
        request.planId = r % 7 == 0 ? u"nightly"_s : QString();
        const qint64 id = store.beginRun(request, base.addSecs(qint64(r) * 365 * 86400 / qMax(1, runs)));
        RunSummary summary;
        summary.runId = id;
        for (int i = 0; i < perRun; ++i) {
            Outcome o;
            o.operationIndex = i;
            o.operation = ops.at(i);
            o.target = ops.at(i).targetText();
            o.sql = u"SELECT mo_ctl('dn', 'flush', 'db.table_%1')"_s.arg(i);
            o.attempts = 1;
            o.started = QDateTime::currentDateTimeUtc();
            o.durationMs = 40;
            const bool fail = (r * perRun + i) % 97 == 0;
            o.status = fail ? OutcomeStatus::Failed : OutcomeStatus::Ok;
            if (fail)
                o.error = MoError(MoError::Kind::NotFound, 1146, u"no such table db.table_%1"_s.arg(i));
            else
                o.rawReply
                    = u"{\n  \"method\": \"Flush\",\n  \"result\": [\n    {\n      \"returnStr\": \"OK\"\n    }\n  ]\n}\n"_s;
            QElapsedTimer one;
            one.start();
            store.recordOutcome(id, o);
            recordNs += one.nsecsElapsed();
            (fail ? summary.failed : summary.ok) += 1;
        }
        summary.status = summary.failed ? RunStatus::Partial : RunStatus::Ok;
        summary.finished = QDateTime::currentDateTimeUtc();
        store.endRun(id, summary);
    }
    const double totalS = double(clock.elapsed()) / 1000.0;
    out << "runs " << runs << ", outcomes " << runs * perRun << "\n";
    out << "record: total " << totalS << " s, per outcome (committed) "
        << double(recordNs) / 1e6 / double(qMax(1, runs * perRun)) << " ms\n";
    out << "file size " << QFileInfo(path).size() / 1024 << " KiB (+ wal "
        << QFileInfo(path + u"-wal"_s).size() / 1024 << " KiB)\n";

    const auto time = [&](const char *what, const std::function<qsizetype()> &f) {
        QElapsedTimer t;
        t.start();
        const qsizetype n = f();
        out << "query " << what << ": " << double(t.nsecsElapsed()) / 1e6 << " ms (" << n << ")\n";
        out.flush();
    };
    RunFilter first;
    first.limit = 200;
    time("first page", [&] { return store.runs(first).size(); });
    RunFilter deep = first;
    deep.offset = runs - 200;
    time("last page by offset", [&] { return store.runs(deep).size(); });
    RunFilter keyset = first;
    keyset.afterRunId = qMax(1, 200);
    time("page after a run (keyset)", [&] { return store.runs(keyset).size(); });
    RunFilter plan = first;
    plan.planId = u"nightly"_s;
    time("plan filter", [&] { return store.runs(plan).size(); });
    RunFilter status = first;
    status.statuses = { RunStatus::Partial };
    time("status filter", [&] { return store.runs(status).size(); });
    RunFilter text = first;
    text.text = u"table_3"_s;
    time("text search (outcome targets)", [&] { return store.runs(text).size(); });
    time("count all", [&] { return qsizetype(store.countRuns()); });
    time("outcomes of one run", [&] { return store.outcomes(runs / 2).size(); });
    QElapsedTimer p;
    p.start();
    const int purged = store.purgeNow(Retention { 180, 0 });
    out << "purge older than 180 days: " << purged << " runs in " << p.elapsed() << " ms\n";
    // Each outcome is committed on its own (a crash loses none): the cost the runner pays per call.
    out << "RESULT history_record_ms_per_outcome " << double(recordNs) / 1e6 / double(qMax(1, runs * perRun))
        << " ms -\n";
    return 0;
}
