// moctl against the stand-in: run-plan --metrics-textfile and serve --metrics-address (checked with
// promtool and against the history), and run-plan --notify posting to a real HTTP server on 127.0.0.1
// (the address stored in the keychain by `plans notify --webhook-url-stdin`: needs a Secret Service,
// as under scripts/test). The address's token must not reach the plan file, an argument, the output
// or the history. A scheduled run (moctl schedule run) posts as its schedule's "notify" says.
#include "clirunner.h"
#include "connection/secretstore.h"
#include "history/historystore.h"
#include "httpsink.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "schedule/schedulestate.h"
#include "testserver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

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

// The value of one sample (name + labels exactly as written), empty when absent.
QString sample(const QByteArray &text, const QString &nameAndLabels)
{
    const QRegularExpression re(u"^"_s + QRegularExpression::escape(nameAndLabels) + u" (\\S+)$"_s,
        QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(text)).captured(1);
}

} // namespace

class TestCliNotifyMetrics final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = moctlEnvironment(m_data.path());
        e.remove(u"MOCTL_RUN_TRIGGER"_s);
        return e;
    }
    QStringList connection() const { return standinConnection(); }
    MaintenancePlan savePlan(const QString &name, bool failing, NotificationSettings notifications = {},
        std::optional<Schedule> schedule = std::nullopt)
    {
        MaintenancePlan plan = MaintenancePlan::create(name);
        PlanTargets targets;
        targets.tables << TableRef::byName(u"production_db"_s, u"users"_s)
                       << TableRef::byName(u"production_db"_s, u"orders"_s);
        if (failing)
            targets.tables << TableRef::byName(u"production_db"_s, u"ghost"_s); // does not exist
        plan.steps << PlanStep::flush(targets) << PlanStep::checkpoint();
        plan.policy = FailurePolicy::Continue;
        plan.notifications = notifications;
        plan.setSchedule(schedule);
        savePlanFile(m_data.path(), plan);
        return plan;
    }
    // Every file under the data directory, concatenated (the token must be in none of them).
    QByteArray everyDataFile() const
    {
        QByteArray all;
        QDirIterator it(m_data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void init()
    {
        REQUIRE_SERVER();
        TestServer::instance().reset();
    }

    void textfileMatchesHistory()
    {
        savePlan(u"Textfile plan"_s, true);
        const QString file = m_data.filePath(u"textfile/moctl.prom"_s);
        QDir().mkpath(m_data.filePath(u"textfile"_s));
        const CliResult r = runMoctl(
            connection() + QStringList { u"run-plan"_s, u"Textfile plan"_s, u"--metrics-textfile"_s, file },
            env());
        QCOMPARE(r.exitCode, 1); // the missing table failed; the metrics file does not change that
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(r.err));
        const QByteArray text = f.readAll();
        QCOMPARE(
            QDir(m_data.filePath(u"textfile"_s)).entryList(QDir::Files), QStringList { u"moctl.prom"_s });
        const auto [rc, said] = promtool(text);
        if (rc == -1)
            SKIP_OR_FAIL_ON_CI(said);
        QVERIFY2(rc == 0 && said.trimmed().isEmpty(), qPrintable(said + QString::fromUtf8(text)));

        const QString profile = TestServer::instance().settings().describe();
        const QString labels = u"{plan=\"Textfile plan\",profile=\"%1\"}"_s.arg(escapeForTest(profile));
        const double lastRun = sample(text, u"moctl_plan_last_run_timestamp_seconds"_s + labels).toDouble();
        const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        QVERIFY2(lastRun > now - 30 && lastRun <= now, qPrintable(QString::fromUtf8(text)));
        QCOMPARE(sample(text, u"moctl_plan_last_run_success"_s + labels), u"0"_s);
        QVERIFY(sample(text, u"moctl_plan_last_success_timestamp_seconds"_s + labels)
                    .isEmpty()); // never succeeded

        // The counters are the history's outcomes.
        HistoryStore history;
        QVERIFY(history.open(m_data.filePath(u"history.sqlite"_s)));
        RunFilter filter;
        const QList<RunRecord> runs = history.runs(filter);
        QVERIFY(!runs.isEmpty());
        QHash<QString, int> expected;
        for (const RunRecord &run : runs) {
            if (run.planName != u"Textfile plan"_s)
                continue;
            for (const Outcome &o : history.outcomes(run.id))
                ++expected[operationName(o.operation.kind) + u'/' + outcomeStatusName(o.status)];
        }
        QCOMPARE(expected.value(u"flush/ok"_s), 2);
        QCOMPARE(expected.value(u"flush/failed"_s), 1);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString op = it.key().section(u'/', 0, 0);
            const QString st = it.key().section(u'/', 1, 1);
            const QString value = sample(text,
                u"moctl_outcomes_total{plan=\"Textfile plan\",profile=\"%1\",operation=\"%2\",status=\"%3\"}"_s
                    .arg(escapeForTest(profile), op, st));
            QCOMPARE(value.toInt(), it.value());
        }
    }

    void servedEndpoint()
    {
        Schedule daily;
        daily.enabled = true;
        savePlan(u"Served plan"_s, false, {}, daily);
        const CliResult first
            = runMoctl(connection() + QStringList { u"run-plan"_s, u"Served plan"_s }, env());
        QCOMPARE(first.exitCode, 0);

        QProcess serve;
        QVERIFY(startMoctl(serve,
            connection() + QStringList { u"serve"_s, u"--metrics-address"_s, u"127.0.0.1:0"_s }, env()));
        QString out;
        QRegularExpressionMatch m;
        QElapsedTimer t;
        t.start();
        while (!(m = QRegularExpression(u"http://127\\.0\\.0\\.1:(\\d+)/metrics"_s).match(out)).hasMatch()
            && t.elapsed() < 20000) {
            serve.waitForReadyRead(200);
            out += QString::fromUtf8(serve.readAllStandardOutput());
        }
        QVERIFY2(m.hasMatch(), qPrintable(out + QString::fromUtf8(serve.readAllStandardError())));
        const quint16 port = quint16(m.captured(1).toUInt());
        const auto get = [port](const QByteArray &request) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            socket.waitForConnected(5000);
            socket.write(request);
            QByteArray reply;
            while (socket.waitForReadyRead(3000))
                reply += socket.readAll();
            return reply;
        };
        const QByteArray reply = get("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(reply.startsWith("HTTP/1.1 200 "), reply.constData());
        const QByteArray body = reply.mid(reply.indexOf("\r\n\r\n") + 4);
        QVERIFY(get("GET /other HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404 "));
#ifdef Q_OS_UNIX
        ::kill(pid_t(serve.processId()), SIGTERM);
#endif
        if (!serve.waitForFinished(40000))
            serve.kill();

        const auto [rc, said] = promtool(body);
        if (rc == -1)
            SKIP_OR_FAIL_ON_CI(said);
        QVERIFY2(rc == 0 && said.trimmed().isEmpty(), qPrintable(said + QString::fromUtf8(body)));
        const QString labels = u"{plan=\"Served plan\",profile=\"%1\"}"_s.arg(
            escapeForTest(TestServer::instance().settings().describe()));
        const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        const double lastSuccess
            = sample(body, u"moctl_plan_last_success_timestamp_seconds"_s + labels).toDouble();
        QVERIFY2(lastSuccess > now - 60 && lastSuccess <= now, qPrintable(QString::fromUtf8(body)));
        QCOMPARE(sample(body, u"moctl_plan_last_run_success"_s + labels), u"1"_s);
        QCOMPARE(
            sample(body,
                u"moctl_outcomes_total"_s + labels.chopped(1) + u",operation=\"flush\",status=\"ok\"}"_s),
            u"2"_s);
        // The plan has no profile of its own: its next run is listed under an empty profile.
        const double next
            = sample(body, u"moctl_plan_next_run_timestamp_seconds{plan=\"Served plan\",profile=\"\"}"_s)
                  .toDouble();
        QVERIFY2(next > now && next < now + 2 * 86400, qPrintable(QString::fromUtf8(body)));
    }

    void notifyPostsOnFailureOnly()
    {
        HttpSink sink;
        QVERIFY(sink.listen());
        const QString token = u"T0KEN-s3cr3t-%1"_s.arg(QCoreApplication::applicationPid());
        const QString url = sink.url(u"/services/"_s + token);
        const MaintenancePlan failing = savePlan(
            u"Told on failure"_s, true, { NotifyWhen::OnFailure, false, WebhookPreset::Json, false });
        // The address from standard input into the keychain.
        const CliResult set
            = runMoctl({ u"plans"_s, u"notify"_s, u"Told on failure"_s, u"--when"_s, u"failure"_s,
                           u"--preset"_s, u"slack"_s, u"--webhook-url-stdin"_s },
                env(), url.toUtf8() + '\n');
        if (set.exitCode == 6) {
            SKIP_OR_FAIL_ON_CI(u"no keychain (run under scripts/test): "_s + set.err);
        }
        QCOMPARE(set.exitCode, 0);
        QVERIFY(!set.out.contains(token));
        KeychainSecretStore keychain;
        QCOMPARE(keychain.readBlocking(webhookSecretKey(failing.idString())).secret, url);

        // Without --notify a manual run tells nobody.
        CliResult r
            = runMoctlServing(connection() + QStringList { u"run-plan"_s, u"Told on failure"_s }, env());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(sink.requests().size(), 0);
        // With --notify: one Slack post; the exit code is the run's.
        r = runMoctlServing(
            connection() + QStringList { u"run-plan"_s, u"Told on failure"_s, u"--notify"_s }, env());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(sink.requests().size(), 1);
        const QJsonObject slack = QJsonDocument::fromJson(sink.requests().at(0).body).object();
        QVERIFY2(slack.value(u"text"_s).toString().startsWith(u"Told on failure on "_s),
            sink.requests().at(0).body.constData());
        QVERIFY(slack.value(u"text"_s).toString().contains(u"1 failed"_s));
        QCOMPARE(sink.requests().at(0).path, (u"/services/"_s + token).toUtf8());
        // A scheduled run (as a scheduler starts it) notifies without --notify.
        QProcessEnvironment scheduled = env();
        scheduled.insert(u"MOCTL_RUN_TRIGGER"_s, u"scheduled"_s);
        r = runMoctlServing(connection() + QStringList { u"run-plan"_s, u"Told on failure"_s }, scheduled);
        QCOMPARE(sink.requests().size(), 2);
        QCOMPARE(
            QJsonDocument::fromJson(sink.requests().at(1).body).object().value(u"text"_s).isString(), true);

        // On failure only: a successful run of a plan told on failure posts nothing; told on success, it
        // does.
        const MaintenancePlan fine = savePlan(u"Fine plan"_s, false);
        QCOMPARE(runMoctl({ u"plans"_s, u"notify"_s, u"Fine plan"_s, u"--when"_s, u"failure"_s,
                              u"--webhook-url-stdin"_s },
                     env(), url.toUtf8())
                     .exitCode,
            0);
        r = runMoctlServing(
            connection() + QStringList { u"run-plan"_s, u"Fine plan"_s, u"--notify"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sink.requests().size(), 2);
        QCOMPARE(
            runMoctl({ u"plans"_s, u"notify"_s, u"Fine plan"_s, u"--when"_s, u"success"_s }, env()).exitCode,
            0);
        r = runMoctlServing(
            connection() + QStringList { u"run-plan"_s, u"Fine plan"_s, u"--notify"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sink.requests().size(), 3);
        const QJsonObject summary = QJsonDocument::fromJson(sink.requests().at(2).body).object();
        QCOMPARE(
            summary.value(u"format"_s).toString(), u"moctl-run-notice"_s); // the JSON preset (the default)
        QCOMPARE(summary.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(summary.value(u"trigger"_s).toString(), u"cli"_s);
        QCOMPARE(summary.value(u"outcomes"_s).toObject().value(u"ok"_s).toInt(), 3);

        // --test posts a test notice.
        const CliResult test
            = runMoctlServing({ u"plans"_s, u"notify"_s, u"Fine plan"_s, u"--test"_s }, env());
        QCOMPARE(test.exitCode, 0);
        QCOMPARE(sink.requests().size(), 4);
        QCOMPARE(
            QJsonDocument::fromJson(sink.requests().at(3).body).object().value(u"test"_s).toBool(), true);

        // The token is in no file of the data directory (plans, history, state) and in no output.
        const QByteArray files = everyDataFile();
        QVERIFY(!files.contains(token.toUtf8()));
        QVERIFY(files.contains("\"notifications\""));
        HistoryStore history;
        QVERIFY(history.open(m_data.filePath(u"history.sqlite"_s)));
        bool notified = false;
        for (const HistoryEvent &e : history.events()) {
            QVERIFY(!e.message.contains(token));
            notified = notified || e.kind == u"notified"_s;
        }
        QVERIFY(notified);

        // A webhook that fails: reported on stderr and in history, the exit code unchanged.
        sink.setStatuses({ 500, 500, 500 });
        r = runMoctlServing(
            connection() + QStringList { u"run-plan"_s, u"Told on failure"_s, u"--notify"_s }, env());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"notification was not sent"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"500"_s));
        QVERIFY(!r.err.contains(token));
        bool failedEvent = false;
        for (const HistoryEvent &e : history.events(failing.idString()))
            failedEvent = failedEvent || e.kind == u"notify-failed"_s;
        QVERIFY(failedEvent);

        keychain.removeBlocking(webhookSecretKey(failing.idString()));
        keychain.removeBlocking(webhookSecretKey(fine.idString()));
    }

    void scheduledRunsFollowTheirScheduleNotify()
    {
        // `moctl schedule run` starts the due runs as `moctl run-plan` children, as moctl serve does; each
        // posts as its schedule's "notify" says, while a run by hand (--notify) follows the plan's.
        HttpSink sink;
        QVERIFY(sink.listen());
        QTemporaryDir data;
        QProcessEnvironment e = env();
        e.insert(u"MOCTL_DATA_DIR"_s, data.path());
        const auto save = [&data](const QString &name, bool failing, NotifyWhen plan, NotifyWhen scheduled) {
            MaintenancePlan p = MaintenancePlan::create(name);
            PlanTargets targets;
            targets.tables << TableRef::byName(u"production_db"_s, u"users"_s);
            if (failing)
                targets.tables << TableRef::byName(u"production_db"_s, u"ghost"_s); // does not exist
            p.steps << PlanStep::flush(targets);
            p.policy = FailurePolicy::Continue;
            p.notifications = { plan, true, WebhookPreset::Json, false };
            Schedule everyMinute = Schedule::everyMinutes(1);
            everyMinute.notify = scheduled;
            p.setSchedule(everyMinute);
            savePlanFile(data.path(), p);
            return p;
        };
        // Fine: told always by hand, only of failures when scheduled. Failing: told of successes by hand,
        // of failures when scheduled. Muted: told always by hand, never when scheduled.
        const MaintenancePlan fine
            = save(u"Fine nightly"_s, false, NotifyWhen::Always, NotifyWhen::OnFailure);
        const MaintenancePlan failing
            = save(u"Failing nightly"_s, true, NotifyWhen::OnSuccess, NotifyWhen::OnFailure);
        const MaintenancePlan muted = save(u"Muted nightly"_s, true, NotifyWhen::Always, NotifyWhen::Never);
        const auto hookPath = [](const MaintenancePlan &p) { return u"/hook/"_s + p.idString(); };
        KeychainSecretStore keychain;
        for (const MaintenancePlan &p : { fine, failing, muted }) {
            const CliResult set = runMoctl({ u"plans"_s, u"notify"_s, p.name, u"--webhook-url-stdin"_s }, e,
                sink.url(hookPath(p)).toUtf8());
            if (set.exitCode == 6)
                SKIP_OR_FAIL_ON_CI(u"no keychain (run under scripts/test): "_s + set.err);
            QCOMPARE(set.exitCode, 0);
        }
        // The CLI shows and sets the schedule's choice; a bad one changes nothing.
        CliResult r = runMoctl({ u"plans"_s, u"notify"_s, u"Fine nightly"_s }, e);
        QVERIFY2(
            r.out.contains(u"notify always; webhook: yes (json); desktop: no; scheduled runs: failure"_s),
            qPrintable(r.out));
        r = runMoctl(
            { u"plans"_s, u"notify"_s, u"Fine nightly"_s, u"--scheduled-when"_s, u"sometimes"_s }, e);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--scheduled-when"_s), qPrintable(r.err));
        r = runMoctl({ u"plans"_s, u"notify"_s, u"Muted nightly"_s, u"--scheduled-when"_s, u"inherit"_s }, e);
        QVERIFY2(r.out.contains(u"scheduled runs: inherit"_s), qPrintable(r.out));
        r = runMoctl({ u"plans"_s, u"notify"_s, u"Muted nightly"_s, u"--scheduled-when"_s, u"never"_s }, e);
        QVERIFY2(r.out.contains(u"scheduled runs: never"_s), qPrintable(r.out));
        r = runMoctl({ u"plans"_s, u"show"_s, u"Failing nightly"_s }, e);
        QVERIFY2(r.out.contains(u"Schedule: Every minute\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Notifications: notify success; webhook: yes (json); desktop: no; "
                                u"scheduled runs: failure\n"_s),
            qPrintable(r.out));
        PlanStore store(data.filePath(u"plans"_s));
        store.load();
        QCOMPARE(store.find(fine.idString())->plan->schedule->notify, std::optional(NotifyWhen::OnFailure));
        QCOMPARE(store.find(muted.idString())->plan->schedule->notify, std::optional(NotifyWhen::Never));

        // All three are due: their last counted slot is a minute and a half ago.
        {
            ScheduleStateStore state(data.filePath(u"schedule-state.json"_s), data.filePath(u"locks"_s));
            ScheduleStateStore::Transaction t(state);
            QVERIFY(t.isLocked());
            for (const MaintenancePlan &p : { fine, failing, muted })
                t.entries[p.idString()] = { QDateTime::currentDateTimeUtc().addSecs(-90), {},
                    scheduleFingerprint(*p.schedule), {} };
            QVERIFY(t.commit());
        }
        r = runMoctlServing(connection() + QStringList { u"schedule"_s, u"run"_s }, e);
        QVERIFY2(r.finished, qPrintable(r.err));
        for (const MaintenancePlan &p : { fine, failing, muted })
            QVERIFY2(r.out.contains(p.name + u": Started"_s), qPrintable(r.out + r.err));
        // Only the failing plan told of its (failed) scheduled run.
        QCOMPARE(sink.requests().size(), 1);
        QCOMPARE(sink.requests().at(0).path, hookPath(failing).toUtf8());
        const QJsonObject notice = QJsonDocument::fromJson(sink.requests().at(0).body).object();
        QCOMPARE(notice.value(u"trigger"_s).toString(), u"scheduled"_s);
        QCOMPARE(notice.value(u"status"_s).toString(), u"partial"_s); // one table ok, the missing one failed

        // By hand with --notify, the plan's own "when": the fine and the muted plans tell, the failing one
        // (told of successes) does not.
        for (const MaintenancePlan &p : { fine, failing, muted }) {
            r = runMoctlServing(connection() + QStringList { u"run-plan"_s, p.name, u"--notify"_s }, e);
            QCOMPARE(r.exitCode, p.idString() == fine.idString() ? 0 : 1);
        }
        QCOMPARE(sink.requests().size(), 3);
        QCOMPARE(sink.requests().at(1).path, hookPath(fine).toUtf8());
        QCOMPARE(sink.requests().at(2).path, hookPath(muted).toUtf8());
        QCOMPARE(QJsonDocument::fromJson(sink.requests().at(2).body).object().value(u"trigger"_s).toString(),
            u"cli"_s);
        for (const MaintenancePlan &p : { fine, failing, muted })
            keychain.removeBlocking(webhookSecretKey(p.idString()));
    }

    void hangingWebhookDoesNotHoldTheRun()
    {
        HttpSink sink;
        QVERIFY(sink.listen());
        sink.setHang(true);
        const MaintenancePlan plan = savePlan(u"Hanging hook"_s, false);
        const CliResult set = runMoctl({ u"plans"_s, u"notify"_s, u"Hanging hook"_s, u"--when"_s, u"always"_s,
                                           u"--webhook-url-stdin"_s },
            env(), sink.url(u"/hang"_s).toUtf8());
        if (set.exitCode == 6)
            SKIP_OR_FAIL_ON_CI(u"no keychain (run under scripts/test)"_s);
        QElapsedTimer t;
        t.start();
        const CliResult r = runMoctlServing(
            connection() + QStringList { u"run-plan"_s, u"Hanging hook"_s, u"--notify"_s }, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(t.elapsed() < 20000,
            qPrintable(QString::number(t.elapsed()))); // the webhook's share is at most 10 s
        QVERIFY(r.err.contains(u"did not answer in time"_s));
        QVERIFY(sink.requests().size() >= 2);
        KeychainSecretStore().removeBlocking(webhookSecretKey(plan.idString()));
    }

private:
    static QString escapeForTest(const QString &v)
    {
        QString out = v;
        out.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s);
        return out;
    }
};

QTEST_GUILESS_MAIN(TestCliNotifyMetrics)
#include "tst_cli_notify_metrics.moc"
