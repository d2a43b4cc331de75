#pragma once

#include "runner/runtypes.h"

#include <chrono>
#include <functional>
#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace moctl {

// When a plan tells of its runs.
enum class NotifyWhen { Never, OnFailure, OnSuccess, Always };
// What a webhook receives: the run summary as JSON, Slack's {"text": ...}, or a Teams MessageCard.
enum class WebhookPreset { Json, Slack, Teams };

QString notifyWhenName(NotifyWhen when); // "never", "failure", "success", "always"
std::optional<NotifyWhen> notifyWhenFromName(const QString &name);
QString notifyWhenTitle(NotifyWhen when); // translated
QString webhookPresetName(WebhookPreset preset); // "json", "slack", "teams"
std::optional<WebhookPreset> webhookPresetFromName(const QString &name);
QString webhookPresetTitle(WebhookPreset preset); // translated

// A plan's notifications, as its file keeps them. The webhook's URL is NOT here: it may hold a token,
// so it lives in the keychain under webhookSecretKey(plan id); the file only says that there is one.
struct NotificationSettings
{
    NotifyWhen when = NotifyWhen::Never;
    bool webhook = false; // a URL is stored in the keychain
    WebhookPreset preset = WebhookPreset::Json;
    bool desktop = false; // the GUI's tray shows a message

    bool isEnabled() const { return when != NotifyWhen::Never && (webhook || desktop); }
    QJsonObject toJson() const;
    static NotificationSettings fromJson(const QJsonObject &o);

    friend bool operator==(const NotificationSettings &, const NotificationSettings &) = default;
};

// The keychain key of a plan's webhook URL.
QString webhookSecretKey(const QString &planId);
// Whether a run of this status is told under `when` (failure = failed, partial, cancelled, interrupted).
bool shouldNotify(NotifyWhen when, RunStatus status);

// What a notification says about one finished run.
struct RunNotice
{
    QString planId;
    QString planName;
    QString profileName;
    RunTrigger trigger = RunTrigger::Manual;
    RunStatus status = RunStatus::Ok;
    int exitCode = 0;
    QDateTime started; // UTC
    QDateTime finished; // UTC
    int operations = 0;
    int ok = 0;
    int failed = 0;
    int timedOut = 0;
    int cancelled = 0;
    int skipped = 0;
    QString firstError; // empty when none
    qint64 runId = 0;
    bool test = false; // "Send test": not a real run

    static RunNotice from(const RunRequest &request, const RunSummary &summary, int exitCode);
    // A made-up successful run of the plan for "Send test".
    static RunNotice testNotice(const QString &planId, const QString &planName, const QString &profileName);
    qint64 durationMs() const;
    // One line for people: "Nightly on prod: failed (2 ok, 1 failed) in 3.2 s — first error".
    QString headline() const;
    // The raw JSON summary ("format": "moctl-run-notice").
    QJsonObject toJson() const;
};

// The request body for a preset (UTF-8 JSON).
QByteArray webhookPayload(const RunNotice &notice, WebhookPreset preset);

// Posts a payload to a webhook: up to `attempts` tries, with a per-attempt time limit and a backoff
// between them (doubling), all within `totalLimit` (a run's exit is never held up longer). Retries
// on a connection error, a time-out, HTTP 408, 429 and 5xx; not on other 4xx. Never logs the URL
// (it may hold a token): messages name only its scheme and host.
class WebhookSender final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int attempts = 3;
        std::chrono::milliseconds attemptTimeout { std::chrono::seconds(4) };
        std::chrono::milliseconds backoff { std::chrono::milliseconds(500) };
        std::chrono::milliseconds totalLimit { std::chrono::seconds(10) };
    };
    struct Result
    {
        bool ok = false;
        int attempts = 0;
        int httpStatus = 0; // the last answer's status, 0 when none
        QString message; // translated; empty when ok
        qint64 elapsedMs = 0;
    };
    using Callback = std::function<void(const Result &)>;

    explicit WebhookSender(QObject *parent = nullptr);
    ~WebhookSender() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    // Asynchronous: `done` runs on this object's thread, once.
    void post(const QUrl &url, const QByteArray &payload, Callback done);
    // Runs a local event loop until done (moctl; never on the GUI thread).
    Result postBlocking(const QUrl &url, const QByteArray &payload);

    // The URL as it may be shown: scheme and host only ("https://hooks.slack.com/…").
    static QString redacted(const QUrl &url);
    // Checks a URL typed by someone: http or https with a host. A translated reason when not.
    static bool isValidUrl(const QUrl &url, QString *error = nullptr);

private:
    struct Job;
    void attempt(const std::shared_ptr<Job> &job);
    void finishAttempt(const std::shared_ptr<Job> &job, QNetworkReply *reply, bool timedOut);

    QNetworkAccessManager *m_network = nullptr;
    Limits m_limits;
};

} // namespace moctl
