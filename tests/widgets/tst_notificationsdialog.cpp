// The plan editor's Notifications dialog: "Send test" posts to a real HTTP server on 127.0.0.1 in the
// background; accepting stores the typed address in the secret store (never in the settings it
// returns), keeps a stored one when nothing is typed, and removes it when the webhook is turned off.
#include "connection/secretstore.h"
#include "httpsink.h"
#include "notificationsdialog.h"
#include "notify/notification.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestNotificationsDialog final : public QObject
{
    Q_OBJECT

    const QString m_planId = u"5d6c1a9e-1111-4222-8333-444455556666"_s;

private Q_SLOTS:
    void sendTestAndStore()
    {
        HttpSink sink;
        QVERIFY(sink.listen());
        MemorySecretStore secrets;
        NotificationsDialog dialog(m_planId, u"Nightly"_s, u"prod"_s, {}, &secrets);
        auto *when = dialog.findChild<QComboBox *>(u"notifyWhen"_s);
        auto *webhook = dialog.findChild<QCheckBox *>(u"notifyWebhook"_s);
        auto *preset = dialog.findChild<QComboBox *>(u"webhookPreset"_s);
        QVERIFY(when && webhook && preset);
        QVERIFY(!dialog.testButton()->isEnabled()); // no webhook yet
        when->setCurrentIndex(when->findData(int(NotifyWhen::OnFailure)));
        webhook->setChecked(true);
        preset->setCurrentIndex(preset->findData(int(WebhookPreset::Teams)));
        QCOMPARE(dialog.urlEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(dialog.urlEdit(), sink.url(u"/hook/tok3n"_s));
        QVERIFY(dialog.testButton()->isEnabled());
        QSignalSpy tested(&dialog, &NotificationsDialog::testFinished);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().first().toBool(), true);
        QCOMPARE(sink.requests().size(), 1);
        const QJsonObject card = QJsonDocument::fromJson(sink.requests().first().body).object();
        QCOMPARE(card.value(u"@type"_s).toString(), u"MessageCard"_s);
        QVERIFY(dialog.statusText().contains(u"200"_s));

        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(secrets.contains(webhookSecretKey(m_planId)));
        QCOMPARE(secrets.readBlocking(webhookSecretKey(m_planId)).secret, sink.url(u"/hook/tok3n"_s));
        const NotificationSettings s = dialog.settings();
        QCOMPARE(s.when, NotifyWhen::OnFailure);
        QVERIFY(s.webhook);
        QCOMPARE(s.preset, WebhookPreset::Teams);
        QVERIFY(!s.desktop);
    }

    void failedTestIsShown()
    {
        HttpSink sink;
        QVERIFY(sink.listen());
        sink.setStatuses({ 404 });
        MemorySecretStore secrets;
        NotificationsDialog dialog(m_planId, u"Nightly"_s, u"prod"_s,
            { NotifyWhen::Always, false, WebhookPreset::Json, false }, &secrets);
        dialog.findChild<QCheckBox *>(u"notifyWebhook"_s)->setChecked(true);
        dialog.urlEdit()->setText(sink.url(u"/hook/tok3n"_s));
        QSignalSpy tested(&dialog, &NotificationsDialog::testFinished);
        dialog.sendTest();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY(dialog.statusText().contains(u"404"_s));
        QVERIFY(!dialog.statusText().contains(u"tok3n"_s));
    }

    void storedAddressIsKeptOrRemoved()
    {
        HttpSink sink;
        QVERIFY(sink.listen());
        MemorySecretStore secrets;
        QVERIFY(secrets.writeBlocking(webhookSecretKey(m_planId), sink.url(u"/stored"_s)).ok());
        const NotificationSettings stored { NotifyWhen::Always, true, WebhookPreset::Slack, true };
        {
            // Nothing typed: the test uses the stored address; OK keeps it.
            NotificationsDialog dialog(m_planId, u"Nightly"_s, u"prod"_s, stored, &secrets);
            QVERIFY(dialog.urlEdit()->text().isEmpty()); // never shown
            QVERIFY(dialog.testButton()->isEnabled());
            QSignalSpy tested(&dialog, &NotificationsDialog::testFinished);
            dialog.sendTest();
            QVERIFY(tested.wait(10000));
            QCOMPARE(sink.requests().size(), 1);
            QCOMPARE(sink.requests().first().path, "/stored");
            QVERIFY(QJsonDocument::fromJson(sink.requests().first().body).object().contains(u"text"_s));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.settings(), stored);
            QVERIFY(secrets.contains(webhookSecretKey(m_planId)));
        }
        {
            NotificationsDialog dialog(m_planId, u"Nightly"_s, u"prod"_s, stored, &secrets);
            dialog.findChild<QCheckBox *>(u"notifyWebhook"_s)->setChecked(false);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.settings().webhook);
            QTRY_VERIFY(!secrets.contains(webhookSecretKey(m_planId)));
        }
        {
            // A webhook turned on without an address is refused.
            NotificationsDialog dialog(m_planId, u"Nightly"_s, u"prod"_s, {}, &secrets);
            dialog.findChild<QCheckBox *>(u"notifyWebhook"_s)->setChecked(true);
            dialog.accept();
            QVERIFY(dialog.result() != int(QDialog::Accepted));
            QVERIFY(!dialog.statusText().isEmpty());
        }
    }
};

QTEST_MAIN(TestNotificationsDialog)
#include "tst_notificationsdialog.moc"
