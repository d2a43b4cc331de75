// Notifications: when a run is told, each preset's payload, the plan file keeping only that a webhook
// exists, a schedule's own "when" for its runs, and WebhookSender against a real HTTP server on 127.0.0.1
// (retries on 500, no retry on 404, bounded time against a server that accepts and never answers, the URL's
// token never in a message).
#include "httpsink.h"
#include "notify/notification.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;
using namespace std::chrono_literals;

namespace {

RunNotice failedNotice()
{
    RunNotice n;
    n.planId = u"0b7f3c1e-0000-4000-8000-000000000001"_s;
    n.planName = u"Nightly \"main\""_s;
    n.profileName = u"prod"_s;
    n.trigger = RunTrigger::Scheduled;
    n.status = RunStatus::Partial;
    n.exitCode = 1;
    n.started = QDateTime(QDate(2026, 12, 3), QTime(2, 0, 0), Qt::UTC);
    n.finished = n.started.addMSecs(3250);
    n.operations = 4;
    n.ok = 2;
    n.failed = 1;
    n.skipped = 1;
    n.firstError = u"table production_db.ghost does not exist"_s;
    n.runId = 17;
    return n;
}

QJsonObject parse(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning() << "not a JSON object:" << payload;
    return doc.object();
}

WebhookSender::Limits fastLimits()
{
    WebhookSender::Limits l;
    l.attempts = 3;
    l.attemptTimeout = 400ms;
    l.backoff = 50ms;
    l.totalLimit = 2s;
    return l;
}

} // namespace

class TestNotification final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whenMatrix()
    {
        QVERIFY(shouldNotify(NotifyWhen::OnFailure, RunStatus::Failed));
        QVERIFY(shouldNotify(NotifyWhen::OnFailure, RunStatus::Partial));
        QVERIFY(shouldNotify(NotifyWhen::OnFailure, RunStatus::Cancelled));
        QVERIFY(!shouldNotify(NotifyWhen::OnFailure, RunStatus::Ok));
        QVERIFY(shouldNotify(NotifyWhen::OnSuccess, RunStatus::Ok));
        QVERIFY(!shouldNotify(NotifyWhen::OnSuccess, RunStatus::Failed));
        QVERIFY(shouldNotify(NotifyWhen::Always, RunStatus::Ok));
        QVERIFY(shouldNotify(NotifyWhen::Always, RunStatus::Failed));
        QVERIFY(!shouldNotify(NotifyWhen::Never, RunStatus::Failed));
        QVERIFY(!shouldNotify(NotifyWhen::Always, RunStatus::Running));
    }

    void jsonPayload()
    {
        const QJsonObject o = parse(webhookPayload(failedNotice(), WebhookPreset::Json));
        QCOMPARE(o.value(u"format"_s).toString(), u"moctl-run-notice"_s);
        QCOMPARE(o.value(u"plan"_s).toString(), u"Nightly \"main\""_s);
        QCOMPARE(o.value(u"profile"_s).toString(), u"prod"_s);
        QCOMPARE(o.value(u"trigger"_s).toString(), u"scheduled"_s);
        QCOMPARE(o.value(u"status"_s).toString(), u"partial"_s);
        QCOMPARE(o.value(u"exitCode"_s).toInt(), 1);
        QCOMPARE(o.value(u"started"_s).toString(), u"2026-12-03T02:00:00.000Z"_s);
        QCOMPARE(o.value(u"finished"_s).toString(), u"2026-12-03T02:00:03.250Z"_s);
        QCOMPARE(o.value(u"durationMs"_s).toInt(), 3250);
        QCOMPARE(o.value(u"durationSeconds"_s).toDouble(), 3.25);
        const QJsonObject counts = o.value(u"outcomes"_s).toObject();
        QCOMPARE(counts.value(u"ok"_s).toInt(), 2);
        QCOMPARE(counts.value(u"failed"_s).toInt(), 1);
        QCOMPARE(counts.value(u"skipped"_s).toInt(), 1);
        QCOMPARE(counts.value(u"timeout"_s).toInt(), 0);
        QCOMPARE(o.value(u"firstError"_s).toString(), u"table production_db.ghost does not exist"_s);
        QCOMPARE(o.value(u"runId"_s).toInt(), 17);
        QCOMPARE(o.value(u"test"_s).toBool(), false);
    }

    void slackPayload()
    {
        const QJsonObject o = parse(webhookPayload(failedNotice(), WebhookPreset::Slack));
        QCOMPARE(o.keys(), QStringList { u"text"_s });
        const QString text = o.value(u"text"_s).toString();
        QVERIFY2(text.startsWith(u"Nightly \"main\" on prod: "_s), qPrintable(text));
        QVERIFY(text.contains(u"2 ok, 1 failed"_s));
        QVERIFY(text.contains(u"3.2 s"_s) || text.contains(u"3.3 s"_s));
        QVERIFY(text.endsWith(u"table production_db.ghost does not exist"_s));
    }

    void teamsPayload()
    {
        const QJsonObject o = parse(webhookPayload(failedNotice(), WebhookPreset::Teams));
        QCOMPARE(o.value(u"@type"_s).toString(), u"MessageCard"_s);
        QCOMPARE(o.value(u"@context"_s).toString(), u"https://schema.org/extensions"_s);
        QCOMPARE(o.value(u"themeColor"_s).toString(), u"D93F0B"_s); // not ok: red
        QVERIFY(o.value(u"title"_s).toString().contains(u"Nightly"_s));
        const QJsonArray facts
            = o.value(u"sections"_s).toArray().at(0).toObject().value(u"facts"_s).toArray();
        QHash<QString, QString> byName;
        for (const QJsonValue &f : facts)
            byName.insert(
                f.toObject().value(u"name"_s).toString(), f.toObject().value(u"value"_s).toString());
        QCOMPARE(byName.value(u"Plan"_s), u"Nightly \"main\""_s);
        QCOMPARE(byName.value(u"Status"_s), u"partial"_s);
        QCOMPARE(byName.value(u"Exit code"_s), u"1"_s);
        QCOMPARE(byName.value(u"First error"_s), u"table production_db.ghost does not exist"_s);
        RunNotice ok = failedNotice();
        ok.status = RunStatus::Ok;
        ok.firstError.clear();
        QCOMPARE(
            parse(webhookPayload(ok, WebhookPreset::Teams)).value(u"themeColor"_s).toString(), u"2EB886"_s);
    }

    void planFileKeepsNoUrl()
    {
        MaintenancePlan plan = MaintenancePlan::create(u"Told"_s);
        plan.steps << PlanStep::checkpoint();
        QVERIFY(!planToJson(plan).contains("notifications")); // default: not written at all
        plan.notifications = { NotifyWhen::OnFailure, true, WebhookPreset::Slack, true };
        const QByteArray json = planToJson(plan);
        QVERIFY(json.contains("\"notifications\""));
        QVERIFY(!json.contains("http"));
        const auto back = planFromJson(json);
        QVERIFY(back);
        QCOMPARE(back->notifications, plan.notifications);
        QCOMPARE(webhookSecretKey(plan.idString()), u"webhook:"_s + plan.idString());
        // Unknown values fall back to "never" / JSON rather than failing the plan.
        QCOMPARE(NotificationSettings::fromJson(QJsonObject { { u"when"_s, u"sometimes"_s } }).when,
            NotifyWhen::Never);
    }

    void scheduleSaysWhenForScheduledRunsOnly()
    {
        MaintenancePlan plan = MaintenancePlan::create(u"Nightly"_s);
        plan.steps << PlanStep::checkpoint();
        plan.notifications = { NotifyWhen::Always, true, WebhookPreset::Slack, true };
        // No schedule, or a schedule without its own "when": every run as the plan says.
        QCOMPARE(plan.notificationsFor(RunTrigger::Scheduled), plan.notifications);
        plan.setSchedule(Schedule::daily({ QTime(2, 0) }));
        QCOMPARE(plan.notificationsFor(RunTrigger::Scheduled), plan.notifications);
        plan.schedule->notify = NotifyWhen::OnFailure;
        for (RunTrigger manual : { RunTrigger::Manual, RunTrigger::Cli })
            QCOMPARE(plan.notificationsFor(manual), plan.notifications);
        const NotificationSettings scheduled = plan.notificationsFor(RunTrigger::Scheduled);
        QCOMPARE(scheduled.when, NotifyWhen::OnFailure);
        QCOMPARE(scheduled.preset, WebhookPreset::Slack); // the channels stay the plan's
        QVERIFY(scheduled.webhook && scheduled.desktop);
        QVERIFY(!shouldNotify(scheduled.when, RunStatus::Ok));
        QVERIFY(shouldNotify(scheduled.when, RunStatus::Failed));

        // The plan file keeps it in its schedule object.
        const QByteArray json = planToJson(plan);
        QCOMPARE(QJsonDocument::fromJson(json)
                     .object()
                     .value(u"schedule"_s)
                     .toObject()
                     .value(u"notify"_s)
                     .toString(),
            u"failure"_s);
        const auto back = planFromJson(json);
        QVERIFY(back && back->schedule);
        QCOMPARE(back->schedule->notify, std::optional(NotifyWhen::OnFailure));
        QCOMPARE(*back->schedule, *plan.schedule);

        // A bad value makes the schedule unusable, with the reason; the file's schedule is kept as found.
        QJsonObject o = QJsonDocument::fromJson(json).object();
        QJsonObject schedule = o.value(u"schedule"_s).toObject();
        schedule.insert(u"notify"_s, u"hourly"_s);
        o.insert(u"schedule"_s, schedule);
        const auto bad = planFromJson(QJsonDocument(o).toJson());
        QVERIFY(bad);
        QVERIFY(!bad->schedule);
        QVERIFY2(bad->scheduleError.contains(u"hourly"_s), qPrintable(bad->scheduleError));
        QCOMPARE(bad->unreadableSchedule.toObject().value(u"notify"_s).toString(), u"hourly"_s);
        // Without a schedule, a scheduled run (none can start) would follow the plan.
        QCOMPARE(bad->notificationsFor(RunTrigger::Scheduled), plan.notifications);
    }

    void retriesOn500ThenSucceeds()
    {
        HttpSink sink;
        QVERIFY(sink.listen());
        sink.setStatuses({ 500, 503 });
        WebhookSender sender;
        sender.setLimits(fastLimits());
        const QByteArray payload = webhookPayload(failedNotice(), WebhookPreset::Json);
        const WebhookSender::Result r = sender.postBlocking(QUrl(sink.url(u"/hook"_s)), payload);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(sink.requests().size(), 3);
        for (const HttpSink::Request &req : sink.requests()) {
            QCOMPARE(req.method, "POST");
            QCOMPARE(req.path, "/hook");
            QCOMPARE(req.body, payload);
            QVERIFY(req.headers.toLower().contains("content-type: application/json"));
        }
    }

    void givesUpAfterThreeAttempts()
    {
        HttpSink sink;
        QVERIFY(sink.listen());
        sink.setStatuses({ 500, 500, 500, 500 });
        WebhookSender sender;
        sender.setLimits(fastLimits());
        const WebhookSender::Result r = sender.postBlocking(QUrl(sink.url(u"/hook"_s)), "{}");
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(sink.requests().size(), 3);
        QVERIFY(r.message.contains(u"500"_s));
    }

    void clientErrorIsNotRetried()
    {
        HttpSink sink;
        QVERIFY(sink.listen());
        sink.setStatuses({ 404 });
        WebhookSender sender;
        sender.setLimits(fastLimits());
        const WebhookSender::Result r
            = sender.postBlocking(QUrl(sink.url(u"/T000/B000/secret-token-404"_s)), "{}");
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.httpStatus, 404);
        QVERIFY2(!r.message.contains(u"secret-token"_s), qPrintable(r.message)); // the token is never shown
        QVERIFY(r.message.contains(u"127.0.0.1"_s));
    }

    void hangingServerIsBounded()
    {
        HttpSink sink;
        QVERIFY(sink.listen());
        sink.setHang(true);
        WebhookSender sender;
        sender.setLimits(fastLimits());
        QElapsedTimer t;
        t.start();
        const WebhookSender::Result r
            = sender.postBlocking(QUrl(sink.url(u"/hook/secret-token-hang"_s)), "{}");
        QVERIFY(!r.ok);
        QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
        QVERIFY(r.attempts >= 2); // each attempt timed out and was retried within the total limit
        QCOMPARE(sink.requests().size(), r.attempts);
        QVERIFY(!r.message.contains(u"secret-token"_s));
    }

    void defaultLimitsCapTheWait()
    {
        // The defaults a run's exit waits for at most: 10 s in all, whatever the server does.
        HttpSink sink;
        QVERIFY(sink.listen());
        sink.setHang(true);
        WebhookSender sender;
        QCOMPARE(sender.limits().attempts, 3);
        QElapsedTimer t;
        t.start();
        const WebhookSender::Result r = sender.postBlocking(QUrl(sink.url(u"/hook"_s)), "{}");
        QVERIFY(!r.ok);
        QVERIFY2(t.elapsed() <= 10500, qPrintable(QString::number(t.elapsed())));
        QVERIFY(t.elapsed() >= 3900); // it did wait for the server a while
    }

    void refusedConnectionAndBadUrl()
    {
        quint16 closedPort = 0;
        {
            HttpSink gone;
            QVERIFY(gone.listen());
            closedPort = gone.port();
        } // nobody listens there any more
        WebhookSender sender;
        sender.setLimits(fastLimits());
        const WebhookSender::Result refused
            = sender.postBlocking(QUrl(u"http://127.0.0.1:%1/x"_s.arg(closedPort)), "{}");
        QVERIFY(!refused.ok);
        QCOMPARE(refused.attempts, 3); // a connection error is retried
        QCOMPARE(refused.httpStatus, 0);
        QString why;
        QVERIFY(!WebhookSender::isValidUrl(QUrl(u"ftp://example.com/x"_s), &why));
        QVERIFY(!why.isEmpty());
        const WebhookSender::Result bad = sender.postBlocking(QUrl(u"file:///etc/passwd"_s), "{}");
        QVERIFY(!bad.ok);
        QCOMPARE(bad.attempts, 0);
    }
};

QTEST_GUILESS_MAIN(TestNotification)
#include "tst_notification.moc"
