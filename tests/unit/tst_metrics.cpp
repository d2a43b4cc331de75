// Metrics: what HistoryStore::planMetrics() reads from a real history, the exposition text (checked
// with `promtool check metrics` from Debian's prometheus package), label escaping, the textfile
// written by rename, and MetricsServer's HTTP answers (GET /metrics, 404, 405, an oversized request).
#include "history/historystore.h"
#include "metrics/metrics.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

RunRequest request(const QString &plan, const QString &profile, const QList<Operation> &ops)
{
    RunRequest r;
    r.settings.host = u"db.example"_s;
    r.settings.port = 6001;
    r.settings.user = u"root"_s;
    r.profileId = profile + u"-id"_s;
    r.profileName = profile;
    r.planId = plan + u"-id"_s;
    r.planName = plan;
    r.trigger = RunTrigger::Scheduled;
    r.steps = RunRequest::stepsFor(ops, ExecutionOptions {});
    return r;
}

// Records one finished run: `statuses[i]` for operation i; returns its id.
qint64 record(HistoryStore &store, const RunRequest &r, const QList<OutcomeStatus> &statuses,
    const QDateTime &started, qint64 durationMs)
{
    const qint64 id = store.beginRun(r, started);
    const QList<Operation> ops = r.steps.isEmpty() ? QList<Operation>() : [&] {
        QList<Operation> all;
        for (const RunStep &s : r.steps)
            all << s.operations;
        return all;
    }();
    RunSummary summary;
    summary.runId = id;
    summary.started = started;
    summary.finished = started.addMSecs(durationMs);
    for (int i = 0; i < statuses.size(); ++i) {
        Outcome o;
        o.operationIndex = i;
        o.operation = ops.value(i);
        o.target = o.operation.targetText();
        o.attempts = 1;
        o.started = started;
        o.status = statuses.at(i);
        if (o.status == OutcomeStatus::Failed)
            o.error = MoError::invalidInput(u"no such table"_s);
        store.recordOutcome(id, o);
        (o.status == OutcomeStatus::Ok ? summary.ok : summary.failed)++;
    }
    summary.status = summary.failed == 0 ? RunStatus::Ok : RunStatus::Partial;
    store.endRun(id, summary);
    return id;
}

// `promtool check metrics` on `text`: its exit code and what it said (-1 when promtool is missing).
std::pair<int, QString> promtool(const QByteArray &text)
{
    const QString exe = QStandardPaths::findExecutable(u"promtool"_s);
    if (exe.isEmpty())
        return { -1, u"promtool not found (Debian package prometheus)"_s };
    QProcess p;
    p.start(exe, { u"check"_s, u"metrics"_s });
    p.write(text);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) };
}

QByteArray httpGet(quint16 port, const QByteArray &raw, int *status)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(raw);
    QByteArray reply;
    QElapsedTimer t;
    t.start();
    while (socket.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
        QCoreApplication::processEvents();
        socket.waitForReadyRead(50);
        reply += socket.readAll();
    }
    reply += socket.readAll();
    const QList<QByteArray> first = reply.left(reply.indexOf("\r\n")).split(' ');
    *status = first.value(1).toInt();
    return reply;
}

// A server answers only while the event loop runs: serve from a helper thread's point of view by
// spinning the loop until the socket is done (httpGet does that).

} // namespace

class TestMetrics final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void labelEscaping()
    {
        QCOMPARE(escapeLabelValue(u"a\\b\"c\nd"_s), u"a\\\\b\\\"c\\nd"_s);
        QCOMPARE(escapeLabelValue(u"生产"_s), u"生产"_s);
    }

    void historyFiguresAndText()
    {
        HistoryStore store;
        QVERIFY(store.open(m_dir.filePath(u"history.sqlite"_s)));
        const QList<Operation> ops { Operation::flush(TableRef::byName(u"db"_s, u"a"_s)),
            Operation::flush(TableRef::byName(u"db"_s, u"b"_s)), Operation::checkpoint() };
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const RunRequest nightly = request(u"Nightly \"main\""_s, u"prod"_s, ops);
        record(store, nightly, { OutcomeStatus::Ok, OutcomeStatus::Ok, OutcomeStatus::Ok }, t0, 1500);
        record(store, nightly, { OutcomeStatus::Ok, OutcomeStatus::Failed, OutcomeStatus::Ok },
            t0.addSecs(600), 2250);
        record(store, request(u"Nightly \"main\""_s, u"staging"_s, ops),
            { OutcomeStatus::Ok, OutcomeStatus::Ok, OutcomeStatus::Ok }, t0.addSecs(60), 500);
        // Ad-hoc runs (no plan) are not a plan's figures.
        RunRequest adhoc = request(QString(), u"prod"_s, ops);
        adhoc.planId.clear();
        record(store, adhoc, { OutcomeStatus::Ok }, t0, 10);
        // A run still going is not the last finished run.
        store.beginRun(nightly, t0.addSecs(1200));

        const QList<PlanMetrics> figures = store.planMetrics();
        QCOMPARE(figures.size(), 2);
        const PlanMetrics prod = figures.at(0).profileName == u"prod"_s ? figures.at(0) : figures.at(1);
        QCOMPARE(prod.planName, u"Nightly \"main\""_s);
        QCOMPARE(prod.runs, 2);
        QCOMPARE(prod.lastRunStarted.toMSecsSinceEpoch(), t0.addSecs(600).toMSecsSinceEpoch());
        QCOMPARE(
            prod.lastRunFinished.toMSecsSinceEpoch(), t0.addSecs(600).addMSecs(2250).toMSecsSinceEpoch());
        QCOMPARE(prod.lastStatus, RunStatus::Partial);
        QCOMPARE(prod.lastSuccessFinished.toMSecsSinceEpoch(), t0.addMSecs(1500).toMSecsSinceEpoch());
        QCOMPARE(prod.outcomes.value(u"flush\tok"_s), 3);
        QCOMPARE(prod.outcomes.value(u"flush\tfailed"_s), 1);
        QCOMPARE(prod.outcomes.value(u"checkpoint\tok"_s), 2);

        const QDateTime next = QDateTime::currentDateTimeUtc().addSecs(300);
        const QByteArray text = metricsText(
            figures, { { u"Nightly \"main\""_s, u"prod"_s, next }, { u"Paused"_s, u"prod"_s, {} } });
        const auto sample = [&](const QString &name, const QString &labels) -> QString {
            const QRegularExpression re(u"^"_s + QRegularExpression::escape(name + labels) + u" (\\S+)$"_s,
                QRegularExpression::MultilineOption);
            return re.match(QString::fromUtf8(text)).captured(1);
        };
        const QString prodLabels = u"{plan=\"Nightly \\\"main\\\"\",profile=\"prod\"}"_s;
        QCOMPARE(sample(u"moctl_plan_last_run_timestamp_seconds"_s, prodLabels).toDouble(),
            double(t0.addSecs(600).toMSecsSinceEpoch()) / 1000.0);
        QCOMPARE(sample(u"moctl_plan_last_run_duration_seconds"_s, prodLabels), u"2.250"_s);
        QCOMPARE(sample(u"moctl_plan_last_run_success"_s, prodLabels), u"0"_s);
        QCOMPARE(sample(u"moctl_plan_last_success_timestamp_seconds"_s, prodLabels).toDouble(),
            double(t0.addMSecs(1500).toMSecsSinceEpoch()) / 1000.0);
        QCOMPARE(sample(u"moctl_plan_next_run_timestamp_seconds"_s, prodLabels).toDouble(),
            double(next.toMSecsSinceEpoch()) / 1000.0);
        QVERIFY(!text.contains("plan=\"Paused\"")); // no next run: no sample
        QCOMPARE(
            sample(u"moctl_outcomes_total"_s,
                u"{plan=\"Nightly \\\"main\\\"\",profile=\"prod\",operation=\"flush\",status=\"failed\"}"_s),
            u"1"_s);
        QCOMPARE(
            sample(u"moctl_outcomes_total"_s,
                u"{plan=\"Nightly \\\"main\\\"\",profile=\"staging\",operation=\"checkpoint\",status=\"ok\"}"_s),
            u"1"_s);
        for (const char *family :
            { "moctl_plan_last_run_timestamp_seconds", "moctl_plan_last_success_timestamp_seconds",
                "moctl_plan_next_run_timestamp_seconds", "moctl_plan_last_run_duration_seconds" }) {
            QVERIFY(text.contains("# HELP " + QByteArray(family) + ' '));
            QVERIFY(text.contains("# TYPE " + QByteArray(family) + " gauge\n"));
        }
        QVERIFY(text.contains("# TYPE moctl_outcomes_total counter\n"));

        const auto [rc, said] = promtool(text);
        if (rc == -1)
            SKIP_OR_FAIL_ON_CI(said);
        QVERIFY2(rc == 0 && said.trimmed().isEmpty(), qPrintable(said + u"\n"_s + QString::fromUtf8(text)));
        // promtool does fail on a broken exposition (so the check above means something).
        QVERIFY(promtool("# TYPE x counter\nx{a=\"b} 1\n").first != 0);
    }

    void emptyHistoryIsValid()
    {
        const QByteArray text = metricsText({}, {});
        QVERIFY(text.contains("# TYPE moctl_outcomes_total counter"));
        const auto [rc, said] = promtool(text);
        if (rc == -1)
            SKIP_OR_FAIL_ON_CI(said);
        QVERIFY2(rc == 0, qPrintable(said));
    }

    void textfileIsReplacedWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"moctl.prom"_s);
        QVERIFY(writeMetricsTextfile(path, "a 1\n"));
        QVERIFY(writeMetricsTextfile(path, "b 2\n"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), "b 2\n");
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files), QStringList { u"moctl.prom"_s }); // no temporary left
        QString error;
        QVERIFY(!writeMetricsTextfile(dir.filePath(u"no/such/dir/moctl.prom"_s), "x", &error));
        QVERIFY(error.contains(u"moctl.prom"_s));
    }

    void addressParsing()
    {
        QHostAddress a;
        quint16 port = 1;
        QString error;
        QVERIFY(MetricsServer::parseAddress(u"127.0.0.1:9464"_s, &a, &port, &error));
        QCOMPARE(a, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(port, 9464);
        QVERIFY(MetricsServer::parseAddress(u":0"_s, &a, &port, &error));
        QCOMPARE(a, QHostAddress(QHostAddress::LocalHost)); // loopback by default
        QCOMPARE(port, 0);
        QVERIFY(MetricsServer::parseAddress(u"[::1]:9464"_s, &a, &port, &error));
        QCOMPARE(a, QHostAddress(QHostAddress::LocalHostIPv6));
        QVERIFY(!MetricsServer::parseAddress(u"9464"_s, &a, &port, &error));
        QVERIFY(!MetricsServer::parseAddress(u"host.example:9464"_s, &a, &port, &error));
        QVERIFY(!MetricsServer::parseAddress(u"127.0.0.1:70000"_s, &a, &port, &error));
    }

    void serverAnswers()
    {
        const QByteArray body = metricsText({}, {});
        MetricsServer server([&body] { return body; });
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(server.port() != 0);
        int status = 0;
        QByteArray reply = httpGet(server.port(), "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n", &status);
        QCOMPARE(status, 200);
        QVERIFY(reply.contains("Content-Type: text/plain; version=0.0.4; charset=utf-8\r\n"));
        QVERIFY(reply.endsWith(body));
        QCOMPARE(server.requestsServed(), 1);
        reply = httpGet(server.port(), "GET /metrics?x=1 HTTP/1.0\r\n\r\n", &status);
        QCOMPARE(status, 200);
        httpGet(server.port(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n", &status);
        QCOMPARE(status, 404);
        httpGet(server.port(), "GET /metrics/../etc HTTP/1.1\r\n\r\n", &status);
        QCOMPARE(status, 404);
        reply = httpGet(server.port(), "POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n", &status);
        QCOMPARE(status, 405);
        QVERIFY(reply.contains("Allow: GET\r\n"));
        httpGet(server.port(), "nonsense\r\n\r\n", &status);
        QCOMPARE(status, 400);
        // A request head over 8 KiB is refused, not buffered without end.
        httpGet(
            server.port(), "GET /metrics HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n", &status);
        QCOMPARE(status, 431);
        QCOMPARE(server.requestsServed(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
