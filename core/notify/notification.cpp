#include "notification.h"

#include <memory>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace moctl {

QString notifyWhenName(NotifyWhen when)
{
    switch (when) {
    case NotifyWhen::Never:
        return u"never"_s;
    case NotifyWhen::OnFailure:
        return u"failure"_s;
    case NotifyWhen::OnSuccess:
        return u"success"_s;
    case NotifyWhen::Always:
        return u"always"_s;
    }
    return u"never"_s;
}

std::optional<NotifyWhen> notifyWhenFromName(const QString &name)
{
    for (NotifyWhen w :
        { NotifyWhen::Never, NotifyWhen::OnFailure, NotifyWhen::OnSuccess, NotifyWhen::Always }) {
        if (notifyWhenName(w) == name)
            return w;
    }
    return std::nullopt;
}

QString notifyWhenTitle(NotifyWhen when)
{
    switch (when) {
    case NotifyWhen::Never:
        return QCoreApplication::translate("moctl::Notification", "Never");
    case NotifyWhen::OnFailure:
        return QCoreApplication::translate("moctl::Notification", "When a run fails");
    case NotifyWhen::OnSuccess:
        return QCoreApplication::translate("moctl::Notification", "When a run succeeds");
    case NotifyWhen::Always:
        return QCoreApplication::translate("moctl::Notification", "After every run");
    }
    return {};
}

QString webhookPresetName(WebhookPreset preset)
{
    switch (preset) {
    case WebhookPreset::Json:
        return u"json"_s;
    case WebhookPreset::Slack:
        return u"slack"_s;
    case WebhookPreset::Teams:
        return u"teams"_s;
    }
    return u"json"_s;
}

std::optional<WebhookPreset> webhookPresetFromName(const QString &name)
{
    for (WebhookPreset p : { WebhookPreset::Json, WebhookPreset::Slack, WebhookPreset::Teams }) {
        if (webhookPresetName(p) == name)
            return p;
    }
    return std::nullopt;
}

QString webhookPresetTitle(WebhookPreset preset)
{
    switch (preset) {
    case WebhookPreset::Json:
        return QCoreApplication::translate("moctl::Notification", "JSON run summary");
    case WebhookPreset::Slack:
        return QCoreApplication::translate("moctl::Notification", "Slack (text)");
    case WebhookPreset::Teams:
        return QCoreApplication::translate("moctl::Notification", "Microsoft Teams (MessageCard)");
    }
    return {};
}

QJsonObject NotificationSettings::toJson() const
{
    return QJsonObject { { u"when"_s, notifyWhenName(when) }, { u"webhook"_s, webhook },
        { u"preset"_s, webhookPresetName(preset) }, { u"desktop"_s, desktop } };
}

NotificationSettings NotificationSettings::fromJson(const QJsonObject &o)
{
    NotificationSettings s;
    s.when = notifyWhenFromName(o.value(u"when"_s).toString()).value_or(NotifyWhen::Never);
    s.webhook = o.value(u"webhook"_s).toBool();
    s.preset = webhookPresetFromName(o.value(u"preset"_s).toString()).value_or(WebhookPreset::Json);
    s.desktop = o.value(u"desktop"_s).toBool();
    return s;
}

QString webhookSecretKey(const QString &planId)
{
    return u"webhook:"_s + planId;
}

bool shouldNotify(NotifyWhen when, RunStatus status)
{
    if (status == RunStatus::Running)
        return false;
    const bool success = status == RunStatus::Ok;
    switch (when) {
    case NotifyWhen::Never:
        return false;
    case NotifyWhen::OnFailure:
        return !success;
    case NotifyWhen::OnSuccess:
        return success;
    case NotifyWhen::Always:
        return true;
    }
    return false;
}

// --- RunNotice

RunNotice RunNotice::from(const RunRequest &request, const RunSummary &summary, int exitCode)
{
    RunNotice n;
    n.planId = request.planId;
    n.planName = request.planName;
    n.profileName = request.profileName;
    n.trigger = request.trigger;
    n.status = summary.status;
    n.exitCode = exitCode;
    n.started = summary.started.toUTC();
    n.finished = summary.finished.toUTC();
    n.operations = request.operationCount();
    n.ok = summary.ok;
    n.failed = summary.failed;
    n.timedOut = summary.timedOut;
    n.cancelled = summary.cancelled;
    n.skipped = summary.skipped;
    n.firstError = summary.firstError.isError() ? summary.firstError.message() : QString();
    n.runId = summary.runId;
    return n;
}

RunNotice RunNotice::testNotice(const QString &planId, const QString &planName, const QString &profileName)
{
    RunNotice n;
    n.planId = planId;
    n.planName = planName;
    n.profileName = profileName;
    n.trigger = RunTrigger::Manual;
    n.status = RunStatus::Ok;
    n.finished = QDateTime::currentDateTimeUtc();
    n.started = n.finished.addSecs(-1);
    n.test = true;
    return n;
}

qint64 RunNotice::durationMs() const
{
    return started.isValid() && finished.isValid() ? started.msecsTo(finished) : 0;
}

QString RunNotice::headline() const
{
    const QString plan
        = planName.isEmpty() ? QCoreApplication::translate("moctl::Notification", "Ad-hoc run") : planName;
    QString line = test ? QCoreApplication::translate(
                       "moctl::Notification", "Test notification from MOCTL Studio for %1 on %2")
                              .arg(plan, profileName)
                        : QCoreApplication::translate("moctl::Notification",
                            "%1 on %2: %3 (%4 ok, %5 failed, %6 timed out, %7 skipped) in %8 s")
                              .arg(plan, profileName, runStatusTitle(status))
                              .arg(ok)
                              .arg(failed)
                              .arg(timedOut)
                              .arg(skipped)
                              .arg(double(durationMs()) / 1000.0, 0, 'f', 1);
    if (!firstError.isEmpty())
        line += u" — "_s + firstError;
    return line;
}

QJsonObject RunNotice::toJson() const
{
    QJsonObject counts { { u"ok"_s, ok }, { u"failed"_s, failed }, { u"timeout"_s, timedOut },
        { u"cancelled"_s, cancelled }, { u"skipped"_s, skipped } };
    QJsonObject o { { u"format"_s, u"moctl-run-notice"_s }, { u"version"_s, 1 }, { u"test"_s, test },
        { u"planId"_s, planId }, { u"plan"_s, planName }, { u"profile"_s, profileName },
        { u"trigger"_s, triggerName(trigger) }, { u"status"_s, runStatusName(status) },
        { u"exitCode"_s, exitCode }, { u"started"_s, started.toUTC().toString(Qt::ISODateWithMs) },
        { u"finished"_s, finished.toUTC().toString(Qt::ISODateWithMs) }, { u"durationMs"_s, durationMs() },
        { u"durationSeconds"_s, double(durationMs()) / 1000.0 }, { u"operations"_s, operations },
        { u"outcomes"_s, counts }, { u"firstError"_s, firstError } };
    if (runId > 0)
        o.insert(u"runId"_s, runId);
    return o;
}

QByteArray webhookPayload(const RunNotice &notice, WebhookPreset preset)
{
    switch (preset) {
    case WebhookPreset::Json:
        return QJsonDocument(notice.toJson()).toJson(QJsonDocument::Compact);
    case WebhookPreset::Slack:
        return QJsonDocument(QJsonObject { { u"text"_s, notice.headline() } }).toJson(QJsonDocument::Compact);
    case WebhookPreset::Teams: {
        const auto fact = [](const QString &name, const QString &value) {
            return QJsonObject { { u"name"_s, name }, { u"value"_s, value } };
        };
        QJsonArray facts {
            fact(QCoreApplication::translate("moctl::Notification", "Plan"), notice.planName),
            fact(QCoreApplication::translate("moctl::Notification", "Profile"), notice.profileName),
            fact(QCoreApplication::translate("moctl::Notification", "Status"), runStatusName(notice.status)),
            fact(QCoreApplication::translate("moctl::Notification", "Trigger"), triggerName(notice.trigger)),
            fact(QCoreApplication::translate("moctl::Notification", "Exit code"),
                QString::number(notice.exitCode)),
            fact(QCoreApplication::translate("moctl::Notification", "Started"),
                notice.started.toString(Qt::ISODate)),
            fact(QCoreApplication::translate("moctl::Notification", "Duration"),
                QString::number(double(notice.durationMs()) / 1000.0, 'f', 1) + u" s"_s),
            fact(QCoreApplication::translate("moctl::Notification", "Outcomes"),
                QCoreApplication::translate(
                    "moctl::Notification", "%1 ok, %2 failed, %3 timed out, %4 cancelled, %5 skipped")
                    .arg(notice.ok)
                    .arg(notice.failed)
                    .arg(notice.timedOut)
                    .arg(notice.cancelled)
                    .arg(notice.skipped)),
        };
        if (!notice.firstError.isEmpty())
            facts.append(
                fact(QCoreApplication::translate("moctl::Notification", "First error"), notice.firstError));
        const QJsonObject card {
            { u"@type"_s, u"MessageCard"_s },
            { u"@context"_s, u"https://schema.org/extensions"_s },
            { u"summary"_s, notice.headline() },
            { u"themeColor"_s, notice.status == RunStatus::Ok ? u"2EB886"_s : u"D93F0B"_s },
            { u"title"_s, notice.headline() },
            { u"sections"_s, QJsonArray { QJsonObject { { u"facts"_s, facts } } } },
        };
        return QJsonDocument(card).toJson(QJsonDocument::Compact);
    }
    }
    return {};
}

// --- WebhookSender

struct WebhookSender::Job
{
    QUrl url;
    QByteArray payload;
    Callback done;
    QElapsedTimer elapsed;
    Result result;
    std::chrono::milliseconds nextBackoff { 0 };
    QPointer<QNetworkReply> reply;
    bool finished = false;
};

WebhookSender::WebhookSender(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

WebhookSender::~WebhookSender() = default;

QString WebhookSender::redacted(const QUrl &url)
{
    return url.scheme() + u"://"_s + url.host() + u"/…"_s;
}

bool WebhookSender::isValidUrl(const QUrl &url, QString *error)
{
    const bool ok
        = url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty();
    if (!ok && error)
        *error = QCoreApplication::translate(
            "moctl::Notification", "A webhook address is an http:// or https:// URL with a host.");
    return ok;
}

void WebhookSender::post(const QUrl &url, const QByteArray &payload, Callback done)
{
    auto job = std::make_shared<Job>();
    job->url = url;
    job->payload = payload;
    job->done = std::move(done);
    job->nextBackoff = m_limits.backoff;
    job->elapsed.start();
    QString why;
    if (!isValidUrl(url, &why)) {
        job->result.message = why;
        QTimer::singleShot(0, this, [job] { job->done(job->result); });
        return;
    }
    attempt(job);
}

void WebhookSender::attempt(const std::shared_ptr<Job> &job)
{
    ++job->result.attempts;
    QNetworkRequest request(job->url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"moctl-studio"_s);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    const qint64 left = m_limits.totalLimit.count() - job->elapsed.elapsed();
    const qint64 timeout = std::max<qint64>(1, std::min<qint64>(m_limits.attemptTimeout.count(), left));
    QNetworkReply *reply = m_network->post(request, job->payload);
    job->reply = reply;
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, job, reply] { finishAttempt(job, reply, true); });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { finishAttempt(job, reply, false); });
    timer->start(int(timeout));
}

void WebhookSender::finishAttempt(const std::shared_ptr<Job> &job, QNetworkReply *reply, bool timedOut)
{
    if (job->finished || job->reply != reply)
        return;
    job->reply = nullptr;
    if (timedOut) {
        reply->disconnect(this);
        reply->abort();
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    reply->deleteLater();
    job->result.httpStatus = status;
    if (!timedOut && error == QNetworkReply::NoError && status >= 200 && status < 300) {
        job->finished = true;
        job->result.ok = true;
        job->result.message.clear();
        job->result.elapsedMs = job->elapsed.elapsed();
        job->done(job->result);
        return;
    }
    const QString where = redacted(job->url);
    if (timedOut)
        job->result.message
            = QCoreApplication::translate("moctl::Notification", "The webhook at %1 did not answer in time.")
                  .arg(where);
    else if (status != 0)
        job->result.message
            = QCoreApplication::translate("moctl::Notification", "The webhook at %1 answered HTTP %2.")
                  .arg(where)
                  .arg(status);
    else
        job->result.message = QCoreApplication::translate(
            "moctl::Notification", "Cannot reach the webhook at %1 (network error %2).")
                                  .arg(where)
                                  .arg(int(error));
    const bool retryable = timedOut || status == 0 || status == 408 || status == 429 || status >= 500;
    const qint64 left = m_limits.totalLimit.count() - job->elapsed.elapsed();
    if (!retryable || job->result.attempts >= m_limits.attempts || left <= job->nextBackoff.count() + 100) {
        job->finished = true;
        job->result.elapsedMs = job->elapsed.elapsed();
        job->done(job->result);
        return;
    }
    const auto wait = job->nextBackoff;
    job->nextBackoff *= 2;
    QTimer::singleShot(wait, this, [this, job] { attempt(job); });
}

WebhookSender::Result WebhookSender::postBlocking(const QUrl &url, const QByteArray &payload)
{
    QEventLoop loop;
    Result result;
    bool done = false;
    post(url, payload, [&](const Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace moctl
