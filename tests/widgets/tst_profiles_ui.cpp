// The profile editor dialog (fill, validate inline, save, re-open, test connection against the
// stand-in) and the Profiles panel (model tester, groups, filter, new/duplicate/delete with
// confirmation, drag to regroup, connect).
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "profileeditordialog.h"
#include "profilespanel.h"
#include "profiletreemodel.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

void setText(QWidget *dialog, const QString &name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

ConnectionProfile profile(const QString &name, const QString &group, const QString &host = u"h"_s)
{
    ConnectionProfile p;
    p.name = name;
    p.group = group;
    p.host = host;
    return p;
}

// Clicks `button` on the next modal message box.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
    });
}

// A keychain that refuses every write with the raw D-Bus text QtKeychain gives without a Secret Service.
class RefusingKeychain final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, QObject *context, Callback done) override
    {
        deliver(context, std::move(done), { Status::NotFound, {}, {} });
    }
    void write(const QString &, const QString &, QObject *context, Callback done) override
    {
        deliver(context, std::move(done),
            { Status::Failed, {},
                u"org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any .service files"_s });
    }
    void remove(const QString &, QObject *context, Callback done) override
    {
        deliver(context, std::move(done), { Status::Ok, {}, {} });
    }
    Persistence persistence() const override { return Persistence::Permanent; }
};

} // namespace

class TestProfilesUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void editorFillSaveReopen()
    {
        ProfileStore store(m_dir.filePath(u"editor.json"_s));
        QVERIFY(store.load());
        ConnectionProfile fresh;
        fresh.name.clear();
        ProfileEditorDialog dialog(fresh, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *save = child<QDialogButtonBox>(&dialog, QString())->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // no name yet
        QVERIFY(child<QLabel>(&dialog, u"problems"_s)->text().contains(u"name"_s));

        setText(&dialog, u"name"_s, u"prod-eu"_s);
        child<QComboBox>(&dialog, u"group"_s)->setEditText(u"Production"_s);
        child<QComboBox>(&dialog, u"colour"_s)->setCurrentIndex(1); // red
        setText(&dialog, u"host"_s, u"mo.example.com"_s);
        child<QSpinBox>(&dialog, u"port"_s)->setValue(6002);
        setText(&dialog, u"user"_s, u"a:b:c:d"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(&dialog, u"problems"_s)->isVisible());
        setText(&dialog, u"user"_s, u"acc1#alice#reader"_s);
        QCOMPARE(
            child<QLabel>(&dialog, u"userParts"_s)->text(), u"Account: acc1 · User: alice · Role: reader"_s);
        setText(&dialog, u"password"_s, u"s3cret"_s);
        setText(&dialog, u"database"_s, u"production_db"_s);
        auto *tls = child<QComboBox>(&dialog, u"tlsMode"_s);
        tls->setCurrentIndex(tls->findData(int(ConnectionProfile::TlsMode::VerifyCa)));
        QVERIFY(!save->isEnabled()); // verify-ca needs a CA file
        setText(&dialog, u"caFile"_s, u"/etc/ssl/ca.pem"_s);
        child<QSpinBox>(&dialog, u"connectTimeout"_s)->setValue(7);
        child<QSpinBox>(&dialog, u"readTimeout"_s)->setValue(900);
        child<QPlainTextEdit>(&dialog, u"notes"_s)->setPlainText(u"primary"_s);
        QVERIFY2(save->isEnabled(), qPrintable(dialog.problems().join(u'\n')));
        if (const QString shots = qEnvironmentVariable("MOCTL_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog.grab().save(shots + u"/profile-editor.png"_s); // for the docs; not an assertion
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const ConnectionProfile saved = dialog.profile();
        QCOMPARE(saved.account, u"acc1"_s);
        QCOMPARE(saved.user, u"alice"_s);
        QCOMPARE(saved.role, u"reader"_s);
        QCOMPARE(saved.colour, u"#d32f2f"_s);
        QCOMPARE(dialog.newPassword(), std::optional<QString>(u"s3cret"_s));
        QString error;
        QVERIFY2(store.save(saved, &error), qPrintable(error));

        // Re-open from the store: every field as it was, the password field empty.
        ProfileStore reread(store.path());
        QVERIFY(reread.load());
        ProfileEditorDialog again(*reread.profile(saved.id), nullptr);
        QCOMPARE(child<QLineEdit>(&again, u"name"_s)->text(), u"prod-eu"_s);
        QCOMPARE(child<QComboBox>(&again, u"group"_s)->currentText(), u"Production"_s);
        QCOMPARE(child<QComboBox>(&again, u"colour"_s)->currentData().toString(), u"#d32f2f"_s);
        QCOMPARE(child<QLineEdit>(&again, u"host"_s)->text(), u"mo.example.com"_s);
        QCOMPARE(child<QSpinBox>(&again, u"port"_s)->value(), 6002);
        QCOMPARE(child<QLineEdit>(&again, u"user"_s)->text(), u"acc1:alice:reader"_s);
        QVERIFY(child<QLineEdit>(&again, u"password"_s)->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&again, u"database"_s)->text(), u"production_db"_s);
        QCOMPARE(child<QLineEdit>(&again, u"caFile"_s)->text(), u"/etc/ssl/ca.pem"_s);
        QCOMPARE(child<QSpinBox>(&again, u"connectTimeout"_s)->value(), 7);
        QCOMPARE(child<QSpinBox>(&again, u"readTimeout"_s)->value(), 900);
        QCOMPARE(child<QPlainTextEdit>(&again, u"notes"_s)->toPlainText(), u"primary"_s);
        QCOMPARE(again.profile(), saved);
        QVERIFY(!again.newPassword());
    }

    void editorConfirmBeforeRunning()
    {
        // Follows the production default until set; saved only once set.
        ConnectionProfile fresh;
        fresh.name.clear();
        ProfileEditorDialog dialog(fresh, nullptr);
        auto *confirm = child<QCheckBox>(&dialog, u"confirmRuns"_s);
        auto *colour = child<QComboBox>(&dialog, u"colour"_s);
        QVERIFY(!confirm->isChecked());
        colour->setCurrentIndex(colour->findData(ConnectionProfile::productionColour()));
        QVERIFY(confirm->isChecked()); // production: on by default
        QVERIFY(!dialog.profile().confirmRuns);
        QVERIFY(dialog.profile().confirmsRuns());
        colour->setCurrentIndex(0);
        QVERIFY(!confirm->isChecked());
        confirm->click(); // set by the operator: kept whatever the colour
        QCOMPARE(dialog.profile().confirmRuns, std::optional(true));
        colour->setCurrentIndex(colour->findData(ConnectionProfile::productionColour()));
        confirm->click();
        QCOMPARE(dialog.profile().confirmRuns, std::optional(false));
        // Through the profiles file and back into the editor.
        ConnectionProfile p = dialog.profile();
        p.name = u"prod-no-confirm"_s;
        ProfileStore store(m_dir.filePath(u"confirm.json"_s));
        QVERIFY(store.load());
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        ProfileStore reread(store.path());
        QVERIFY(reread.load());
        QCOMPARE(reread.profile(p.id)->confirmRuns, std::optional(false));
        ProfileEditorDialog again(*reread.profile(p.id), nullptr);
        QVERIFY(!child<QCheckBox>(&again, u"confirmRuns"_s)->isChecked());
        QCOMPARE(again.profile(), *reread.profile(p.id));
    }

    void keychainProblemsInWords()
    {
        using R = SecretStore::Result;
        const QString none = ProfilesPanel::keychainProblem(
            R { SecretStore::Status::Unavailable, {}, u"org.freedesktop.DBus.Error.ServiceUnknown"_s },
            u"prod"_s);
        QVERIFY2(
            none.startsWith(u"No keychain is available on this system"_s) && none.contains(u"\"prod\""_s),
            qPrintable(none));
        QVERIFY(!none.contains(u"DBus"_s)); // the words, not the D-Bus error
        const QString refused
            = ProfilesPanel::keychainProblem(R { SecretStore::Status::Failed, {}, u"locked"_s }, u"prod"_s);
        QCOMPARE(refused,
            ProfilesPanel::tr("The keychain did not give the password of \"%1\" (%2).")
                .arg(u"prod"_s, u"locked"_s));
        QVERIFY(ProfilesPanel::keychainProblem(R { SecretStore::Status::NotFound, {}, {} }, u"prod"_s)
                    .contains(u"No password is saved"_s));
        QVERIFY(ProfilesPanel::keychainProblem(R {}, u"prod"_s).isEmpty());
    }

    void editorAsksBeforeDiscardingChanges()
    {
        ProfileEditorDialog dialog(profile(u"kept"_s, {}), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isModified());
        setText(&dialog, u"host"_s, u"elsewhere"_s);
        QVERIFY(dialog.isModified());
        const auto answer = [](const QString &button) {
            QTimer::singleShot(0, qApp, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (box && box->objectName() == u"discardChanges"_s)
                    box->findChild<QAbstractButton *>(button)->click();
            });
        };
        answer(u"discardChangesNo"_s); // keep editing
        dialog.reject();
        QVERIFY(dialog.isVisible());
        answer(u"discardChangesYes"_s);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        // Unchanged: closes without asking.
        ProfileEditorDialog untouched(profile(u"other"_s, {}), nullptr);
        untouched.show();
        QVERIFY(QTest::qWaitForWindowExposed(&untouched));
        untouched.reject();
        QVERIFY(!untouched.isVisible());
    }

    void preferencesAskBeforeDiscarding()
    {
        PreferencesDialog dialog(Preferences {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.reject(); // unchanged: closes at once
        QVERIFY(!dialog.isVisible());
        dialog.show();
        auto *parallelism = dialog.findChild<QSpinBox *>(u"parallelism"_s);
        QVERIFY(parallelism);
        parallelism->setValue(parallelism->value() + 1);
        bool asked = false;
        QTimer::singleShot(0, qApp, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            asked = box && box->objectName() == u"discardChanges"_s;
            if (asked)
                box->findChild<QAbstractButton *>(u"discardChangesNo"_s)->click();
        });
        dialog.reject();
        QVERIFY(asked);
        QVERIFY(dialog.isVisible()); // kept editing
        dialog.done(QDialog::Rejected);
    }

    void editorRefusesTakenName()
    {
        ProfileEditorDialog dialog(profile(u"a"_s, {}), nullptr);
        dialog.setTakenNames({ u"Staging"_s });
        setText(&dialog, u"name"_s, u"staging"_s);
        QVERIFY(!dialog.problems().isEmpty());
        QVERIFY(child<QLabel>(&dialog, u"problems"_s)->text().contains(u"Staging"_s));
    }

    void editorTestConnection()
    {
        REQUIRE_SERVER();
        const ConnectionSettings s = TestServer::instance().settings();
        ConnectionProfile p = profile(u"standin"_s, {}, s.host);
        p.port = s.port;
        p.setUserName(s.user);
        ProfileEditorDialog dialog(p, nullptr);
        setText(&dialog, u"password"_s, s.password);
        QSignalSpy finished(&dialog, &ProfileEditorDialog::testFinished);
        auto *button = child<QPushButton>(&dialog, u"testConnection"_s);
        button->click();
        QVERIFY(!button->isEnabled()); // running in the background; the dialog stays responsive
        QVERIFY(finished.wait(30000));
        QVERIFY(button->isEnabled());
        const QString text = child<QPlainTextEdit>(&dialog, u"testResult"_s)->toPlainText();
        QVERIFY2(text.contains(u"Connected"_s), qPrintable(text));
        if (TestServer::instance().isStandin())
            QVERIFY(text.contains(u"MatrixOne"_s));

        // Wrong password: a clear message, no crash.
        setText(&dialog, u"password"_s, u"wrong"_s);
        button->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(child<QPlainTextEdit>(&dialog, u"testResult"_s)->toPlainText().contains(u"password"_s));
    }

    void editorTestUsesStoredPassword()
    {
        REQUIRE_SERVER();
        const ConnectionSettings s = TestServer::instance().settings();
        ConnectionProfile p = profile(u"stored"_s, {}, s.host);
        p.port = s.port;
        p.setUserName(s.user);
        MemorySecretStore secrets;
        QVERIFY(secrets.writeBlocking(p.idString(), s.password).ok());
        ProfileEditorDialog dialog(p, &secrets);
        QSignalSpy finished(&dialog, &ProfileEditorDialog::testFinished);
        dialog.testConnection();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().value<ConnectionTestResult>().ok());
    }

    void panelModel()
    {
        ProfileStore store(m_dir.filePath(u"panel.json"_s));
        QVERIFY(store.load());
        MemorySecretStore session;
        ProfilesPanel panel(&store, nullptr, &session);
        QAbstractItemModelTester tester(
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            panel.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProfileTreeModel *model = panel.model();
        QCOMPARE(model->rowCount(), 0);

        QVERIFY(store.save(profile(u"prod-eu"_s, u"Production"_s)));
        QVERIFY(store.save(profile(u"prod-us"_s, u"Production"_s)));
        ConnectionProfile staging = profile(u"staging"_s, u"Staging"_s);
        staging.colour = u"#ffa000"_s;
        QVERIFY(store.save(staging));
        QVERIFY(store.save(profile(u"laptop"_s, {})));
        QCOMPARE(model->rowCount(), 3); // Production, Staging, Ungrouped
        const QModelIndex production = model->groupIndex(u"Production"_s);
        QCOMPARE(model->rowCount(production), 2);
        QCOMPARE(production.data().toString(), u"Production"_s);
        const QModelIndex stagingIndex = model->indexOf(staging.id);
        QCOMPARE(stagingIndex.data().toString(), u"staging"_s);
        QCOMPARE(stagingIndex.data(ProfileTreeModel::ColourRole).toString(), u"#ffa000"_s);
        QVERIFY(!stagingIndex.data(Qt::DecorationRole).isNull());
        QCOMPARE(stagingIndex.parent(), model->groupIndex(u"Staging"_s));

        // Filter box.
        QLineEdit *filter = child<QLineEdit>(&panel, u"profileFilter"_s);
        QTest::keyClicks(filter, u"prod-u"_s);
        QAbstractItemModel *proxy = panel.view()->model();
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 1);
        filter->clear();
        QCOMPARE(proxy->rowCount(), 3);

        // Drag to regroup: dropping staging's mime data onto Production.
        std::unique_ptr<QMimeData> mime(model->mimeData({ stagingIndex }));
        QVERIFY(mime);
        QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, production));
        model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->groupIndex(u"Production"_s));
        QCOMPARE(store.profile(staging.id)->group, u"Production"_s);
        QCOMPARE(model->rowCount(model->groupIndex(u"Production"_s)), 3);
        QVERIFY(!model->groupIndex(u"Staging"_s).isValid());

        // Connect: current profile, shown bold, signalled with name and colour.
        QSignalSpy current(&panel, &ProfilesPanel::currentProfileChanged);
        QSignalSpy described(&panel, &ProfilesPanel::currentProfileDescribed);
        panel.selectProfile(staging.id);
        QCOMPARE(panel.selectedProfile(), staging.id);
        panel.connectProfile();
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.first().first().value<QUuid>(), staging.id);
        QCOMPARE(described.last().at(0).toString(), u"staging"_s);
        QCOMPARE(described.last().at(1).toString(), u"#ffa000"_s);
        QVERIFY(model->indexOf(staging.id).data(Qt::FontRole).value<QFont>().bold());

        // Renaming the current profile (here or by moctl) updates the description.
        ConnectionProfile renamed = *store.profile(staging.id);
        renamed.name = u"staging-2"_s;
        QVERIFY(store.save(renamed));
        QCOMPARE(described.last().at(0).toString(), u"staging-2"_s);

        // Duplicate.
        panel.selectProfile(staging.id);
        panel.duplicateProfile();
        QVERIFY(store.find(u"staging-2 (copy)"_s));
        QCOMPARE(store.profiles().size(), 5);

        // Delete asks first: Cancel keeps it, Yes removes it (and clears the current profile).
        panel.selectProfile(staging.id);
        answerNextMessageBox(QMessageBox::Cancel);
        panel.deleteProfile();
        QVERIFY(store.profile(staging.id));
        panel.selectProfile(staging.id);
        answerNextMessageBox(QMessageBox::Yes);
        panel.deleteProfile();
        QVERIFY(!store.profile(staging.id));
        QCOMPARE(current.last().first().value<QUuid>(), QUuid());
        QCOMPARE(described.last().at(0).toString(), QString());
    }

    void panelNewProfileThroughEditor()
    {
        ProfileStore store(m_dir.filePath(u"panel-new.json"_s));
        QVERIFY(store.load());
        MemorySecretStore session;
        ProfilesPanel panel(&store, nullptr, &session);
        int storageWhenShown = -1;
        panel.setEditorHook([&storageWhenShown](ProfileEditorDialog *dialog) {
            storageWhenShown = int(dialog->passwordStorage());
            setText(dialog, u"name"_s, u"new-one"_s);
            setText(dialog, u"host"_s, u"10.1.2.3"_s);
            setText(dialog, u"user"_s, u"sys:root:moadmin"_s);
            setText(dialog, u"password"_s, u"pw"_s);
            dialog->accept();
        });
        panel.newProfile();
        QCOMPARE(storageWhenShown, int(ProfileEditorDialog::PasswordStorage::Session)); // no keychain given
        const auto p = store.find(u"new-one"_s);
        QVERIFY(p);
        QCOMPARE(p->role, u"moadmin"_s);
        QCOMPARE(panel.selectedProfile(), p->id);
        // No keychain given: the password is kept for this session only.
        QTRY_VERIFY(session.contains(p->idString()));
        QCOMPARE(session.readBlocking(p->idString()).secret, u"pw"_s);
        // Resolving the settings uses it without asking.
        std::optional<ConnectionSettings> resolved;
        bool called = false;
        panel.resolveSettings(p->id, &panel, [&](const std::optional<ConnectionSettings> &s) {
            resolved = s;
            called = true;
        });
        QTRY_VERIFY(called);
        QVERIFY(resolved);
        QCOMPARE(resolved->password, u"pw"_s);
        QCOMPARE(resolved->user, u"sys:root:moadmin"_s);
    }

    // Issue 18 point 3: the keychain refuses; the panel says so in words and offers to keep the
    // password for this session only.
    void keychainRefusalOffersSessionOnly()
    {
        ProfileStore store(m_dir.filePath(u"panel-keychain.json"_s));
        QVERIFY(store.load());
        MemorySecretStore session;
        RefusingKeychain keychain;
        ProfilesPanel panel(&store, &keychain, &session);
        panel.setEditorHook([](ProfileEditorDialog *dialog) {
            setText(dialog, u"name"_s, u"kc"_s);
            setText(dialog, u"host"_s, u"10.1.2.4"_s);
            setText(dialog, u"password"_s, u"pw-kc"_s);
            dialog->accept();
        });
        QString text, details;
        bool offered = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &panel, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"passwordNotSaved"_s)
                return;
            text = box->text();
            details = box->detailedText();
            auto *keep = box->findChild<QPushButton *>(u"keepForSession"_s);
            offered = keep != nullptr;
            if (keep)
                keep->click();
            poll.stop();
        });
        poll.start();
        panel.newProfile();
        const auto p = store.find(u"kc"_s);
        QVERIFY(p);
        QTRY_VERIFY(offered);
        QVERIFY2(text.contains(u"refused to save the password"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"org.freedesktop"_s), qPrintable(text)); // the D-Bus text only as details
        QVERIFY(details.contains(u"org.freedesktop"_s));
        QTRY_VERIFY(session.contains(p->idString()));
        QCOMPARE(session.readBlocking(p->idString()).secret, u"pw-kc"_s);
    }

    // Issue 18 point 2 in the GUI: an import that reuses an id for another host is added as new.
    void importKeepsExistingTarget()
    {
        ProfileStore store(m_dir.filePath(u"panel-import.json"_s));
        QVERIFY(store.load());
        const ConnectionProfile a = profile(u"prod"_s, {}, u"10.0.0.1"_s);
        QVERIFY(store.save(a));
        ProfilesPanel panel(&store, nullptr, nullptr);
        ConnectionProfile moved = a;
        moved.host = u"evil.example.net"_s;
        const QString file = m_dir.filePath(u"import-moved.json"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(ProfileStore::toJson({ moved }));
        }
        bool reported = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &panel, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"importReport"_s)
                return;
            reported = box->informativeText().contains(u"added as a new profile"_s);
            box->accept();
            poll.stop();
        });
        poll.start();
        QVERIFY(panel.importProfilesFrom(file));
        QVERIFY(reported);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(a.id)->host, u"10.0.0.1"_s);
    }

    void panelShowsDamagedFile()
    {
        const QString path = m_dir.filePath(u"damaged.json"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"format\": \"moctl-profiles\", \"version\": 9, \"profiles\": []}");
        }
        ProfileStore store(path);
        QVERIFY(!store.load());
        ProfilesPanel panel(&store, nullptr, nullptr);
        panel.show();
        QVERIFY(child<QLabel>(&panel, u"profilesBanner"_s)->isVisible());
        QVERIFY(child<QLabel>(&panel, u"profilesBanner"_s)->text().contains(u"newer version"_s));
        QVERIFY(!panel.findChild<QAction *>(u"actionNewProfile"_s)->isEnabled());
        answerNextMessageBox(QMessageBox::Yes);
        child<QPushButton>(&panel, u"moveDamagedAside"_s)->click();
        QVERIFY(!store.isReadOnly());
        QVERIFY(!child<QLabel>(&panel, u"profilesBanner"_s)->isVisible());
        QVERIFY(panel.findChild<QAction *>(u"actionNewProfile"_s)->isEnabled());
        QVERIFY(!QDir(m_dir.path()).entryList({ u"damaged.json.bak-*"_s }).isEmpty());
    }

    void windowShowsCurrentProfile()
    {
        ProfileStore store(m_dir.filePath(u"window.json"_s));
        QVERIFY(store.load());
        ConnectionProfile prod = profile(u"prod"_s, {});
        prod.colour = u"#d32f2f"_s;
        QVERIFY(store.save(prod));
        MainWindow window;
        auto *panel = new ProfilesPanel(&store, nullptr, nullptr);
        window.setProfilesPanel(panel);
        connect(panel, &ProfilesPanel::currentProfileDescribed, &window,
            [&window](const QString &name, const QString &colour) {
                window.setCurrentProfile(name, QColor(colour));
            });
        panel->setCurrentProfile(prod.id);
        QVERIFY(window.windowTitle().contains(u"prod"_s));
        QCOMPARE(window.findChild<QLabel *>(u"profileLabel"_s)->text(), u"prod"_s);
    }
};

QTEST_MAIN(TestProfilesUi)
#include "tst_profiles_ui.moc"
