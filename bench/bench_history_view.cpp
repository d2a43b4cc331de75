// History page figures with a big history: 1,000,000 runs (inserted directly with SQL in one
// transaction, into a file whose schema HistoryStore created), then the time to open the store, the
// runs model and its first page, and the whole History page, and the process's resident memory.
//   bench_history_view [RUNS]     (default 1000000)
#include "history/historystore.h"
#include "historyrunsmodel.h"
#include "historyview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {
double rssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

bool fill(const QString &path, int runs)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-fill"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA synchronous=OFF"_s);
        db.transaction();
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO runs (profile_id, profile_name, plan_id, plan_name, trigger, started, finished,"
                  " status, operations, ok, failed, server, host, pid, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  " ?, ?, ?, ?)"_s);
        const qint64 base = QDateTime::currentMSecsSinceEpoch() - qint64(runs) * 60'000;
        const QStringList plans = {u"nightly"_s, u"hourly"_s, u"weekly"_s, QString()};
        for (int i = 0; i < runs; ++i) {
            const QString plan = plans.at(i % plans.size());
            const bool failed = i % 53 == 0;
            const qint64 started = base + qint64(i) * 60'000;
            q.addBindValue(i % 3 ? u"stage-id"_s : u"prod-id"_s);
            q.addBindValue(i % 3 ? u"stage"_s : u"prod"_s);
            q.addBindValue(plan.isEmpty() ? QString() : plan + u"-id"_s);
            q.addBindValue(plan);
            q.addBindValue(plan.isEmpty() ? u"manual"_s : u"scheduled"_s);
            q.addBindValue(started);
            q.addBindValue(started + 800 + (i % 17) * 37);
            q.addBindValue(failed ? u"partial"_s : u"ok"_s);
            q.addBindValue(10);
            q.addBindValue(failed ? 9 : 10);
            q.addBindValue(failed ? 1 : 0);
            q.addBindValue(u"mo.example:6001"_s);
            q.addBindValue(u"bench"_s);
            q.addBindValue(1);
            q.addBindValue(failed ? u"no such table"_s : QString());
            if (!q.exec()) {
                std::fprintf(stderr, "insert: %s\n", qPrintable(q.lastError().text()));
                return false;
            }
        }
        ok = db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-fill"_s);
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 1'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    {
        HistoryStore schema; // creates the schema
        if (!schema.open(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(schema.errorString()));
            return 1;
        }
    }
    QElapsedTimer clock;
    clock.start();
    if (!fill(path, runs)) {
        std::fprintf(stderr, "could not fill the history\n");
        return 1;
    }
    std::printf("filled %d runs in %.1f s (%lld MiB)\n", runs, double(clock.elapsed()) / 1000.0,
                QFile(path).size() / (1024 * 1024));
    const double rssBefore = rssMb();

    clock.restart();
    HistoryStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const qint64 storeMs = clock.elapsed();
    HistoryRunsModel model(&store);
    model.setFilter({});
    const double openMs = double(clock.nsecsElapsed()) / 1e6;
    std::printf("store open %lld ms, first page of %d rows\n", storeMs, model.rowCount());

    clock.restart();
    for (int i = 0; i < 10 && model.canFetchMore({}); ++i)
        model.fetchMore({});
    std::printf("10 more pages: %.1f ms (%d rows)\n", double(clock.nsecsElapsed()) / 1e6, model.rowCount());

    clock.restart();
    {
        HistoryView view(&store);
        view.resize(1200, 800);
        view.show();
        QApplication::processEvents();
        std::printf("History page built and shown: %.1f ms\n", double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        RunFilter failed;
        failed.statuses = {RunStatus::Partial};
        view.model()->setFilter(failed);
        std::printf("filter by status (first page): %.1f ms\n", double(clock.nsecsElapsed()) / 1e6);
    }
    clock.restart();
    std::printf("count all runs: %d in %.1f ms\n", store.countRuns({}), double(clock.nsecsElapsed()) / 1e6);

    const double rss = rssMb();
    std::printf("RSS before opening %.1f MB, after %.1f MB\n", rssBefore, rss);
    std::printf("RESULT history_open_ms %.1f ms 300\n", openMs);
    std::printf("RESULT history_rss_mb %.1f MB -\n", rss);
    return 0;
}
