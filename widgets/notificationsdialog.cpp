#include "notificationsdialog.h"

#include "connection/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

NotificationsDialog::NotificationsDialog(const QString &planId, const QString &planName,
    const QString &profileName, const NotificationSettings &settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_planId(planId)
    , m_planName(planName)
    , m_profileName(profileName)
    , m_initial(settings)
    , m_secrets(secrets)
    , m_sender(new WebhookSender(this))
{
    setWindowTitle(tr("Notifications of %1").arg(planName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_when = new QComboBox(this);
    m_when->setObjectName(u"notifyWhen"_s);
    for (NotifyWhen w :
        { NotifyWhen::Never, NotifyWhen::OnFailure, NotifyWhen::OnSuccess, NotifyWhen::Always })
        m_when->addItem(notifyWhenTitle(w), int(w));
    m_when->setCurrentIndex(m_when->findData(int(settings.when)));
    form->addRow(tr("&Notify:"), m_when);
    m_desktop = new QCheckBox(tr("Show a &desktop notification (runs this window starts or watches)"), this);
    m_desktop->setObjectName(u"notifyDesktop"_s);
    m_desktop->setChecked(settings.desktop);
    form->addRow(QString(), m_desktop);
    m_webhook = new QCheckBox(tr("Post to a &webhook (scheduled runs, and moctl run-plan --notify)"), this);
    m_webhook->setObjectName(u"notifyWebhook"_s);
    m_webhook->setChecked(settings.webhook);
    form->addRow(QString(), m_webhook);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"webhookUrl"_s);
    m_url->setEchoMode(QLineEdit::Password); // it may hold a token
    m_url->setPlaceholderText(settings.webhook ? tr("Stored in the keychain; type an address to replace it")
                                               : tr("https://hooks.example.com/…"));
    m_url->setToolTip(tr("Kept in the keychain, never in the plan file"));
    form->addRow(tr("&Address:"), m_url);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"webhookPreset"_s);
    for (WebhookPreset p : { WebhookPreset::Json, WebhookPreset::Slack, WebhookPreset::Teams })
        m_preset->addItem(webhookPresetTitle(p), int(p));
    m_preset->setCurrentIndex(m_preset->findData(int(settings.preset)));
    form->addRow(tr("&Payload:"), m_preset);
    layout->addLayout(form);
    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("Send &test"), this);
    m_test->setObjectName(u"sendTestButton"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"notifyStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test);
    testRow->addWidget(m_status, 1);
    layout->addLayout(testRow);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NotificationsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NotificationsDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &NotificationsDialog::sendTest);
    connect(m_webhook, &QCheckBox::toggled, this, &NotificationsDialog::updateEnabled);
    connect(m_url, &QLineEdit::textChanged, this, &NotificationsDialog::updateEnabled);
    updateEnabled();
}

NotificationsDialog::~NotificationsDialog() = default;

NotificationSettings NotificationsDialog::settings() const
{
    NotificationSettings s;
    s.when = NotifyWhen(m_when->currentData().toInt());
    s.desktop = m_desktop->isChecked();
    s.webhook = m_webhook->isChecked();
    s.preset = WebhookPreset(m_preset->currentData().toInt());
    return s;
}

QString NotificationsDialog::statusText() const
{
    return m_status->text();
}

void NotificationsDialog::updateEnabled()
{
    const bool webhook = m_webhook->isChecked();
    m_url->setEnabled(webhook && !m_busy);
    m_preset->setEnabled(webhook);
    m_test->setEnabled(
        webhook && !m_busy && (!m_url->text().trimmed().isEmpty() || (m_initial.webhook && m_secrets)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy);
}

void NotificationsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error); // tests and style sheets tell a failure from a success
}

void NotificationsDialog::sendTest()
{
    const QString typed = m_url->text().trimmed();
    if (!typed.isEmpty()) {
        postTest(typed);
        return;
    }
    if (!m_initial.webhook || !m_secrets)
        return;
    m_busy = true;
    updateEnabled();
    setStatus(tr("Reading the address from the keychain…"), false);
    m_secrets->read(webhookSecretKey(m_planId), this, [this](const SecretStore::Result &r) {
        m_busy = false;
        updateEnabled();
        if (!r.ok()) {
            setStatus(r.status == SecretStore::Status::NotFound ? tr("No address is stored in the keychain.")
                                                                : r.message,
                true);
            Q_EMIT testFinished(false);
            return;
        }
        postTest(r.secret);
    });
}

void NotificationsDialog::postTest(const QString &url)
{
    QString why;
    if (!WebhookSender::isValidUrl(QUrl(url), &why)) {
        setStatus(why, true);
        Q_EMIT testFinished(false);
        return;
    }
    m_busy = true;
    updateEnabled();
    setStatus(tr("Sending a test notification…"), false);
    const RunNotice notice = RunNotice::testNotice(m_planId, m_planName, m_profileName);
    m_sender->post(QUrl(url), webhookPayload(notice, WebhookPreset(m_preset->currentData().toInt())),
        [this](const WebhookSender::Result &r) {
            m_busy = false;
            updateEnabled();
            if (r.ok)
                setStatus(tr("Sent: the webhook answered HTTP %1.").arg(r.httpStatus), false);
            else
                setStatus(r.message, true);
            Q_EMIT testFinished(r.ok);
        });
}

void NotificationsDialog::accept()
{
    const QString typed = m_url->text().trimmed();
    const QString key = webhookSecretKey(m_planId);
    if (m_webhook->isChecked() && !typed.isEmpty()) {
        QString why;
        if (!WebhookSender::isValidUrl(QUrl(typed), &why)) {
            setStatus(why, true);
            return;
        }
        if (!m_secrets) {
            setStatus(tr("No keychain: the address cannot be kept."), true);
            return;
        }
        m_busy = true;
        updateEnabled();
        m_secrets->write(key, typed, this, [this](const SecretStore::Result &r) {
            m_busy = false;
            updateEnabled();
            if (!r.ok()) {
                setStatus(tr("The address was not stored: %1").arg(r.message), true);
                return;
            }
            m_url->clear();
            QDialog::accept();
        });
        return;
    }
    if (m_webhook->isChecked() && !m_initial.webhook) {
        setStatus(tr("Type the webhook's address."), true);
        return;
    }
    if (!m_webhook->isChecked() && m_initial.webhook && m_secrets)
        m_secrets->remove(key, this, [](const SecretStore::Result &) {});
    QDialog::accept();
}

} // namespace moctl
