#include "runnotifier.h"

#include "connection/secretstore.h"
#include "history/historystore.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace moctl {

RunNotifier::RunNotifier(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_sender(new WebhookSender(this))
{
}

RunNotifier::~RunNotifier() = default;

void RunNotifier::setLimits(const WebhookSender::Limits &limits)
{
    m_sender->setLimits(limits);
}

bool RunNotifier::notify(const QString &planId, const QString &planName, const NotificationSettings &settings,
    const RunNotice &notice)
{
    if (!settings.webhook || !shouldNotify(settings.when, notice.status))
        return false;
    ++m_pending;
    if (!m_secrets) {
        failed(planId, planName,
            QCoreApplication::translate("moctl::RunNotifier", "no keychain holds the webhook's address"));
        return true;
    }
    const WebhookPreset preset = settings.preset;
    m_secrets->read(webhookSecretKey(planId), this,
        [this, planId, planName, preset, notice](const SecretStore::Result &secret) {
            if (!secret.ok()) {
                failed(planId, planName,
                    secret.status == SecretStore::Status::NotFound
                        ? QCoreApplication::translate("moctl::RunNotifier",
                            "the plan has a webhook but no address is stored in the keychain")
                        : secret.message);
                return;
            }
            m_sender->post(QUrl(secret.secret), webhookPayload(notice, preset),
                [this, planId, planName](const WebhookSender::Result &result) {
                    if (!result.ok) {
                        failed(planId, planName,
                            QCoreApplication::translate(
                                "moctl::RunNotifier", "%1 (%n attempt(s))", nullptr, result.attempts)
                                .arg(result.message));
                        return;
                    }
                    --m_pending;
                    if (m_history)
                        m_history->recordEvent(u"notified"_s, planId, planName,
                            QCoreApplication::translate("moctl::RunNotifier",
                                "Webhook notified (%n attempt(s)).", nullptr, result.attempts));
                    Q_EMIT notified(planName, result.attempts);
                });
        });
    return true;
}

RunNotice RunNotifier::fleetNotice(
    const QList<RunRequest> &requests, const FleetSummary &summary, int exitCode)
{
    RunNotice n;
    if (!requests.isEmpty()) {
        n.planId = requests.first().planId;
        n.planName = requests.first().planName;
        n.trigger = requests.first().trigger;
    }
    n.profileName = QCoreApplication::translate(
        "moctl::RunNotifier", "%n cluster(s)", nullptr, int(summary.members.size()));
    n.status = summary.status();
    n.exitCode = exitCode;
    n.started = summary.started;
    n.finished = summary.finished;
    for (int i = 0; i < summary.members.size(); ++i) {
        const RunSummary &m = summary.members.at(i);
        n.operations += i < requests.size() ? requests.at(i).operationCount() : 0;
        n.ok += m.ok;
        n.failed += m.failed;
        n.timedOut += m.timedOut;
        n.cancelled += m.cancelled;
        n.skipped += m.skipped;
        if (n.firstError.isEmpty() && m.firstError.isError())
            n.firstError = QCoreApplication::translate("moctl::RunNotifier", "%1: %2")
                               .arg(i < requests.size() ? requests.at(i).profileName : QString(),
                                   m.firstError.message());
    }
    return n;
}

void RunNotifier::failed(const QString &planId, const QString &planName, const QString &problem)
{
    --m_pending;
    const QString message
        = QCoreApplication::translate("moctl::RunNotifier", "The notification was not sent: %1").arg(problem);
    if (m_history)
        m_history->recordEvent(u"notify-failed"_s, planId, planName, message);
    Q_EMIT notifyFailed(planName, message);
}

} // namespace moctl
