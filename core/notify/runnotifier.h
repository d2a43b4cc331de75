#pragma once

#include "notification.h"
#include "runner/fleetrun.h"

#include <QObject>
#include <QPointer>

namespace moctl {

class HistoryStore;
class SecretStore;

// Tells of a run started in the GUI (Run now) as moctl run-plan --notify does for the command line:
// when the plan's settings say so, its webhook address is read from the keychain (asynchronously)
// and the notice posted by a WebhookSender (asynchronously, with its retries and time limits), so the
// GUI thread never waits on either. How it went is a signal (a failure is shown, never silent) and,
// with a history, a "notified" / "notify-failed" event as moctl records.
class RunNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit RunNotifier(SecretStore *secrets, QObject *parent = nullptr);
    ~RunNotifier() override;

    void setHistory(HistoryStore *history) { m_history = history; }
    void setLimits(const WebhookSender::Limits &limits);

    // Posts the notice to the plan's webhook when `settings` ask for it for this run's status. False
    // when nothing is to be posted (no webhook, not for this status); then no signal follows.
    bool notify(const QString &planId, const QString &planName, const NotificationSettings &settings,
        const RunNotice &notice);
    // One notice for a whole fleet run: its clusters' counts summed, its status, the first error named
    // with its cluster, "N clusters" as the profile.
    static RunNotice fleetNotice(
        const QList<RunRequest> &requests, const FleetSummary &summary, int exitCode);
    // Posts under way.
    int pending() const { return m_pending; }

Q_SIGNALS:
    void notified(const QString &planName, int attempts);
    // `message` is translated and never holds the address (it may hold a token).
    void notifyFailed(const QString &planName, const QString &message);

private:
    void failed(const QString &planId, const QString &planName, const QString &problem);

    QPointer<SecretStore> m_secrets;
    HistoryStore *m_history = nullptr;
    WebhookSender *m_sender = nullptr;
    int m_pending = 0;
};

} // namespace moctl
