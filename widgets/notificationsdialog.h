#pragma once

#include "notify/notification.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace moctl {

class SecretStore;

// A plan's notifications: when (never, on failure, on success, always), a desktop message from the
// tray, and a webhook with its payload preset. The webhook's address may hold a token: it goes to the
// keychain (SecretStore, key webhookSecretKey(plan id)) when the dialog is accepted, never to the plan;
// an address already stored is not shown, only kept or replaced. "Send test" posts a test notice to
// the typed (or stored) address in the background and says what the webhook answered.
class NotificationsDialog final : public QDialog
{
    Q_OBJECT

public:
    NotificationsDialog(const QString &planId, const QString &planName, const QString &profileName,
        const NotificationSettings &settings, SecretStore *secrets, QWidget *parent = nullptr);
    ~NotificationsDialog() override;

    NotificationSettings settings() const;
    // What the last test or save said (tests).
    QString statusText() const;
    QPushButton *testButton() const { return m_test; }
    QLineEdit *urlEdit() const { return m_url; }
    WebhookSender *sender() const { return m_sender; }

public Q_SLOTS:
    void accept() override;
    void sendTest();

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void updateEnabled();
    void setStatus(const QString &text, bool error);
    void postTest(const QString &url);

    QString m_planId;
    QString m_planName;
    QString m_profileName;
    NotificationSettings m_initial;
    QPointer<SecretStore> m_secrets;
    WebhookSender *m_sender = nullptr;
    QComboBox *m_when = nullptr;
    QCheckBox *m_desktop = nullptr;
    QCheckBox *m_webhook = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_preset = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace moctl
