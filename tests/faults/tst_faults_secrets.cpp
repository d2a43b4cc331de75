// Why this long: each case drives a whole session (the CLI, or the GUI application in a child process)
// and then searches every file, process command line, environment and the server's log for the
// password; the shared harness is most of the file.
// Secrets: after a full session with a profile password, the password appears nowhere: not in the
// data directory, the settings, the history database, the logs or any command line.
//  - passwordIsNowhere: a moctl session (profile saved with its password, flushes, a wrong password,
//    a hanging operation visible in the process list, history).
//  - guiSessionPasswordIsNowhere: a moctl-studio session. The test re-launches itself as the GUI
//    (MOCTL_SECRETS_GUI_CHILD=1, offscreen, its own data directory, HOME and XDG directories) built by
//    the application object moctl-studio starts (app/studio/application.h), and drives the real widgets: a
//    profile created in the profile editor (connection tested, password saved in the keychain through
//    QtKeychain), Connect, a flush on the Operations page, a wrong password (tested, then run), the right one
//    again and a checkpoint, Preferences saved, a plan saved and run, the window closed. The password reaches
//    the child on stdin only.
#include "application.h"
#include "apppaths.h"
#include "clirunner.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "guichild.h"
#include "history/historystore.h"
#include "historyview.h"
#include "mainwindow.h"
#include "moctl_version.h"
#include "operationspanel.h"
#include "plan/maintenanceplan.h"
#include "planeditor.h"
#include "preferencesdialog.h"
#include "profileeditordialog.h"
#include "profilespanel.h"
#include "profiletreemodel.h"
#include "settings/preferences.h"
#include "testserver.h"

#include <csignal>
#include <cstdio>
#include <functional>
#include <optional>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSocketNotifier>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

constexpr auto childSwitch = "MOCTL_SECRETS_GUI_CHILD";
const QString guiProfileName = u"GUI secrets test"_s;
const QString guiPlanName = u"GUI secrets plan"_s;
const QString guiUser = u"sys:guisecret"_s;
const QStringList guiFlushedTables { u"production_db.users"_s, u"production_db.orders"_s };
const QString guiPlanTable = u"production_db.products"_s;

// --- The child: moctl-studio (its application object), driven like a user.

// stdin, one line at a time, read while the event loop keeps running.
class LineInput
{
public:
    LineInput()
        : m_notifier(STDIN_FILENO, QSocketNotifier::Read)
    {
        QObject::connect(&m_notifier, &QSocketNotifier::activated, &m_notifier, [this] {
            char buffer[256];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0) {
                m_notifier.setEnabled(false); // the parent closed its end
                m_closed = true;
                return;
            }
            m_buffer.append(buffer, qsizetype(n));
        });
    }
    std::optional<QByteArray> next(int timeoutMs)
    {
        (void)QTest::qWaitFor([this] { return m_closed || m_buffer.contains('\n'); }, timeoutMs);
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0)
            return std::nullopt;
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        return line;
    }

private:
    QSocketNotifier m_notifier;
    QByteArray m_buffer;
    bool m_closed = false;
};

// Acts on the next modal dialog of type D once it is shown: the dialog runs its own exec() loop, as
// it does for a user, and `act` types into it and presses its buttons.
template <class D> class WhenShown
{
public:
    explicit WhenShown(std::function<void(D *)> act)
        : m_act(std::move(act))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            m_timer.stop();
            m_acted = true;
            m_act(dialog);
        });
        m_timer.start();
    }
    bool acted() const { return m_acted; }

private:
    std::function<void(D *)> m_act;
    QTimer m_timer;
    bool m_acted = false;
};

// Replaces a field's text the way a user does: select all, type.
void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

// Clicks the tool button of a toolbar's action.
bool clickAction(QWidget *root, const QString &toolbar, const QString &action)
{
    auto *bar = root->findChild<QToolBar *>(toolbar);
    auto *a = root->findChild<QAction *>(action);
    QWidget *button = bar && a ? bar->widgetForAction(a) : nullptr;
    if (!button || !a->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

struct Harness
{
    MainWindow *window = nullptr;
    ProfilesPanel *profiles = nullptr;
    OperationsPanel *operations = nullptr;
    PlanEditor *plans = nullptr;
    ProfileStore *profileStore = nullptr;
    KeychainSecretStore *keychain = nullptr;
    QString password;
    QString wrongPassword;
    QUuid profileId;
    std::optional<RunSummary> operationsRun;
    std::optional<RunSummary> planRun;
};

QByteArray runReply(const RunSummary &summary)
{
    return QByteArray::number(summary.runId) + ' ' + runStatusName(summary.status).toUtf8();
}

// Waits until the keychain gives `secret` for the profile (the panel writes it asynchronously).
bool keychainHolds(Harness &s, const QString &secret)
{
    return QTest::qWaitFor(
        [&] {
            const SecretStore::Result r
                = s.keychain->readBlocking(s.profileId.toString(QUuid::WithoutBraces));
            return r.ok() && r.secret == secret;
        },
        10000);
}

// Clicks the profile's row in the Profiles panel.
bool clickProfileRow(Harness &s)
{
    QTreeView *view = s.profiles->view();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    const QModelIndex index
        = proxy ? proxy->mapFromSource(s.profiles->model()->indexOf(s.profileId)) : QModelIndex();
    if (!index.isValid())
        return false;
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return s.profiles->selectedProfile() == s.profileId;
}

// The profile editor: fills what `fill` says, optionally tests the connection, saves.
QString runProfileEditor(Harness &s, const QString &action,
    const std::function<QString(ProfileEditorDialog *)> &fill, std::optional<ConnectionTestResult> *tested)
{
    QString error;
    WhenShown<ProfileEditorDialog> editor([&](ProfileEditorDialog *dialog) {
        error = fill(dialog);
        auto *testButton = dialog->findChild<QPushButton *>(u"testConnection"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (error.isEmpty() && (!testButton || !buttons))
            error = u"the editor has no Test Connection or Save button"_s;
        if (error.isEmpty() && tested) {
            QObject::connect(dialog, &ProfileEditorDialog::testFinished, dialog,
                [tested](const ConnectionTestResult &result) { *tested = result; });
            QTest::mouseClick(testButton, Qt::LeftButton);
            if (!QTest::qWaitFor([tested] { return tested->has_value(); }, 20000))
                error = u"the connection test did not finish"_s;
        }
        if (!error.isEmpty()) {
            dialog->done(QDialog::Rejected); // not reject(): no "discard changes?" question
            return;
        }
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        if (dialog->isVisible()) {
            error = u"the editor refused to save: "_s + dialog->problems().join(u' ');
            dialog->done(QDialog::Rejected); // not reject(): no "discard changes?" question
        }
    });
    if (!clickAction(s.profiles, u"profilesToolBar"_s, action))
        return u"cannot click "_s + action;
    if (!editor.acted())
        return u"no profile editor was shown"_s;
    return error;
}

QString typePassword(ProfileEditorDialog *dialog, const QString &password)
{
    auto *field = dialog->findChild<QLineEdit *>(u"password"_s);
    auto *storage = dialog->findChild<QComboBox *>(u"passwordStorage"_s);
    if (!field || !storage)
        return u"no password field"_s;
    if (field->echoMode() != QLineEdit::Password)
        return u"the password field shows the password"_s;
    // "Save in the system keychain": the choice the panel offers when there is a keychain.
    if (!storage->isEnabled()
        || storage->currentData().toInt() != int(ProfileEditorDialog::PasswordStorage::Keychain))
        return u"the editor does not offer to save the password in the keychain"_s;
    typeInto(field, password);
    return {};
}

QString createProfile(Harness &s, QByteArray *reply)
{
    std::optional<ConnectionTestResult> tested;
    const QString error = runProfileEditor(
        s, u"actionNewProfile"_s,
        [&s](ProfileEditorDialog *dialog) -> QString {
            auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
            auto *host = dialog->findChild<QLineEdit *>(u"host"_s);
            auto *port = dialog->findChild<QSpinBox *>(u"port"_s);
            auto *user = dialog->findChild<QLineEdit *>(u"user"_s);
            if (!name || !host || !port || !user)
                return u"editor fields missing"_s;
            typeInto(name, guiProfileName);
            typeInto(host, qEnvironmentVariable("MOCTL_SECRETS_HOST"));
            typeInto(port, qEnvironmentVariable("MOCTL_SECRETS_PORT"));
            typeInto(user, guiUser);
            return typePassword(dialog, s.password);
        },
        &tested);
    if (!error.isEmpty())
        return error;
    if (!tested || !tested->ok())
        return u"the connection test failed: "_s + (tested ? tested->failureMessage() : QString());
    const auto saved = s.profileStore->find(guiProfileName);
    if (!saved)
        return u"the profile was not saved"_s;
    s.profileId = saved->id;
    if (!keychainHolds(s, s.password))
        return u"the password did not reach the keychain"_s;
    *reply = saved->idString().toUtf8();
    return {};
}

QString connectProfile(Harness &s)
{
    if (!clickProfileRow(s))
        return u"cannot select the profile"_s;
    if (!clickAction(s.profiles, u"profilesToolBar"_s, u"actionConnectProfile"_s))
        return u"cannot click Connect"_s;
    if (s.profiles->currentProfile() != s.profileId)
        return u"the profile is not the current one"_s;
    auto *label = s.window->findChild<QLabel *>(u"profileLabel"_s);
    if (!label || !label->text().contains(guiProfileName))
        return u"the status bar does not name the profile"_s;
    return {};
}

// The Operations page: the kind, the tables typed one per line, Run; waits for the outcome.
QString runOperations(Harness &s, OperationKind kind, QByteArray *reply)
{
    s.window->showPage(MainWindow::Page::Operations);
    auto *radio = s.operations->findChild<QRadioButton *>(
        kind == OperationKind::Flush ? u"flushKind"_s : u"checkpointKind"_s);
    auto *tables = s.operations->findChild<QPlainTextEdit *>(u"tables"_s);
    auto *run = s.operations->findChild<QPushButton *>(u"runButton"_s);
    if (!radio || !tables || !run)
        return u"Operations page widgets missing"_s;
    radio->setFocus(); // the keyboard: a click at the button's centre may miss its short label
    QTest::keyClick(radio, Qt::Key_Space);
    if (s.operations->kind() != kind)
        return u"cannot choose the operation"_s;
    if (kind == OperationKind::Flush) {
        typeInto(tables, {});
        for (const QString &table : guiFlushedTables) {
            QTest::keyClicks(tables, table);
            QTest::keyClick(tables, Qt::Key_Return);
        }
    }
    s.operationsRun.reset();
    QTest::mouseClick(run, Qt::LeftButton);
    if (!QTest::qWaitFor([&s] { return s.operationsRun.has_value(); }, 30000))
        return u"the run did not finish"_s;
    *reply = runReply(*s.operationsRun);
    return {};
}

// Edit, type a password (testing it when asked), save; the keychain then holds it.
QString changePassword(Harness &s, const QString &password, std::optional<ConnectionTestResult> *tested)
{
    if (!clickProfileRow(s))
        return u"cannot select the profile"_s;
    const QString error = runProfileEditor(
        s, u"actionEditProfile"_s,
        [&password](ProfileEditorDialog *dialog) { return typePassword(dialog, password); }, tested);
    if (!error.isEmpty())
        return error;
    if (!keychainHolds(s, password))
        return u"the new password did not reach the keychain"_s;
    return {};
}

QString wrongPassword(Harness &s, QByteArray *reply)
{
    std::optional<ConnectionTestResult> tested;
    QString error = changePassword(s, s.wrongPassword, &tested);
    if (!error.isEmpty())
        return error;
    if (!tested || tested->failure != ConnectionTestResult::Failure::Authentication)
        return u"the connection test with the wrong password did not fail on authentication"_s;
    // Once the server refused it (the session's round-trip may still be going), the session forgets it:
    // the run then asks for the password again, and the user types the wrong one again.
    WhenShown<QDialog> prompt([&s](QDialog *dialog) {
        auto *field = dialog->findChild<QLineEdit *>();
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (dialog->objectName() != u"passwordPrompt"_s || !field || !buttons) {
            dialog->done(QDialog::Rejected);
            return;
        }
        typeInto(field, s.wrongPassword);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    return runOperations(s, OperationKind::Flush, reply);
}

QString rightPassword(Harness &s, QByteArray *reply)
{
    const QString error = changePassword(s, s.password, nullptr);
    if (!error.isEmpty())
        return error;
    return runOperations(s, OperationKind::Checkpoint, reply);
}

QString savePreferences(Harness &s)
{
    QString error;
    WhenShown<PreferencesDialog> prefs([&error](PreferencesDialog *dialog) {
        auto *parallelism = dialog->findChild<QSpinBox *>(u"parallelism"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!parallelism || !buttons) {
            error = u"Preferences widgets missing"_s;
            dialog->done(QDialog::Rejected); // not reject(): no "discard changes?" question
            return;
        }
        typeInto(parallelism, u"3"_s);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    s.window->preferencesAction()->trigger(); // File > Preferences
    if (!prefs.acted())
        return u"no Preferences dialog was shown"_s;
    if (!error.isEmpty())
        return error;
    if (Preferences::load().defaults.parallelism != 3)
        return u"the preferences were not saved"_s;
    return {};
}

// The Plans page: New, a name, the profile, a flush step with a typed table, Save, Run.
QString savePlanAndRun(Harness &s, QByteArray *reply)
{
    s.window->showPage(MainWindow::Page::Plans);
    if (!clickAction(s.window, u"mainToolBar"_s, u"actionNew"_s) || !s.plans->hasPlan())
        return u"New did not start a plan"_s;
    auto *name = s.plans->findChild<QLineEdit *>(u"planName"_s);
    auto *profile = s.plans->findChild<QComboBox *>(u"planProfile"_s);
    auto *target = s.plans->findChild<QLineEdit *>(u"targetInput"_s);
    QToolButton *addStep = nullptr;
    for (QToolButton *button : s.plans->findChildren<QToolButton *>()) {
        if (button->text() == PlanEditor::tr("Add step"))
            addStep = button;
    }
    if (!name || !profile || !target || !addStep || !addStep->menu())
        return u"Plans page widgets missing"_s;
    typeInto(name, guiPlanName);
    profile->setFocus();
    for (int i = 0; i < profile->count() && profile->currentText() != guiProfileName; ++i)
        QTest::keyClick(profile, Qt::Key_Down);
    if (s.plans->plan().profileId != s.profileId.toString(QUuid::WithoutBraces))
        return u"cannot choose the plan's profile"_s;
    QAction *flushStep = nullptr;
    for (QAction *a : addStep->menu()->actions()) {
        if (a->text() == stepKindTitle(OperationKind::Flush))
            flushStep = a;
    }
    if (!flushStep)
        return u"no flush step to add"_s;
    flushStep->trigger(); // Add step > Flush tables
    typeInto(target, guiPlanTable);
    QTest::keyClick(target, Qt::Key_Return);
    if (s.plans->plan().steps.size() != 1 || s.plans->plan().steps.constFirst().targets.tables.size() != 1)
        return u"the step or its table was not added"_s;
    if (!clickAction(s.window, u"mainToolBar"_s, u"actionSave"_s) || s.plans->isModified())
        return u"the plan was not saved"_s;
    s.planRun.reset();
    if (!clickAction(s.window, u"mainToolBar"_s, u"actionRun"_s))
        return u"cannot click Run"_s;
    if (!QTest::qWaitFor([&s] { return s.planRun.has_value(); }, 30000))
        return u"the plan's run did not finish"_s;
    *reply = s.plans->plan().idString().toUtf8() + ' ' + runReply(*s.planRun);
    return {};
}

// What the parent asks for, one command per line (after the password and the wrong password):
// profile, connect, flush, wrong, right, prefs, plan, close. Answers "done <command> [details]" or
// "fail <command>: <why>".
void script(Harness &s, LineInput &input)
{
    const auto password = input.next(10000);
    const auto wrong = password ? input.next(10000) : std::nullopt;
    if (!wrong) {
        say("fail start: no password on stdin");
        qApp->exit(7);
        return;
    }
    s.password = QString::fromUtf8(*password);
    s.wrongPassword = QString::fromUtf8(*wrong);
    say("ready");
    while (true) {
        const auto line = input.next(60000);
        if (!line) {
            say("fail stdin: closed or silent");
            qApp->exit(8);
            return;
        }
        const QByteArray command = *line;
        QByteArray reply;
        QString error;
        if (command == "profile")
            error = createProfile(s, &reply);
        else if (command == "connect")
            error = connectProfile(s);
        else if (command == "flush")
            error = runOperations(s, OperationKind::Flush, &reply);
        else if (command == "wrong")
            error = wrongPassword(s, &reply);
        else if (command == "right")
            error = rightPassword(s, &reply);
        else if (command == "prefs")
            error = savePreferences(s);
        else if (command == "plan")
            error = savePlanAndRun(s, &reply);
        else if (command == "close") {
            s.window->close(); // as the user closes it: the window state is saved, the application quits
            return;
        } else
            error = u"unknown command"_s;
        if (error.isEmpty())
            say("done " + command + (reply.isEmpty() ? QByteArray() : ' ' + reply));
        else
            say("fail " + command + ": " + error.toUtf8());
    }
}

int guiChildMain(int argc, char *argv[])
{
    if (!tieToParent("MOCTL_SECRETS_GUI_PARENT")) // dies with the test; started by it or not at all
        return 5;
    // moctl-studio itself: the application object app/studio/main.cpp starts.
    QApplication app(argc, argv);
    Application::setIdentity();
    QTimer::singleShot(std::chrono::seconds(90), &app, [] { std::_Exit(6); }); // a last resort

    Application::Options options;
    // The real keychain class; a service of the test's own so no real moctl-studio entry is touched.
    options.keychainService = qEnvironmentVariable("MOCTL_SECRETS_KEYCHAIN_SERVICE");
    options.moctlProgram = QStringLiteral(MOCTL_BIN_DIR) + u"/moctl"_s;
    Application studio(options);
    if (!studio.historyOpen()) {
        std::fprintf(stderr, "child: %s\n", qPrintable(studio.history()->errorString()));
        return 2;
    }
    studio.show();
    if (!QTest::qWaitForWindowExposed(studio.window()))
        return 3;

    // The harness: what the runs did, and the script reading the parent's commands.
    Harness harness;
    harness.window = studio.window();
    harness.profiles = studio.profilesPanel();
    harness.operations = studio.operationsPanel();
    harness.plans = studio.planEditor();
    harness.profileStore = studio.profileStore();
    harness.keychain = studio.keychain();
    QObject::connect(harness.operations, &OperationsPanel::runStarted, &app,
        [](qint64 runId) { say("started " + QByteArray::number(runId)); });
    QObject::connect(harness.operations, &OperationsPanel::runFinished, &app,
        [&harness](const RunSummary &summary) { harness.operationsRun = summary; });
    QObject::connect(harness.plans, &PlanEditor::runFinished, &app,
        [&harness](const RunSummary &summary) { harness.planRun = summary; });
    LineInput input;
    QTimer::singleShot(0, harness.window, [&harness, &input] { script(harness, input); });
    const int rc = app.exec();
    studio.window()->saveWindowState(); // as the application object does when it goes
    say("closed");
    return rc;
}

// --- The parent's side.

// Removes the profile's keychain entry when the test function leaves.
struct KeychainGuard
{
    KeychainSecretStore &keychain;
    QString key;
    ~KeychainGuard()
    {
        if (!key.isEmpty())
            keychain.removeBlocking(key);
    }
};

QString randomPassword(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < length; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return password;
}

} // namespace

class TestFaultsSecrets : public QObject
{
    Q_OBJECT

    // The needle as UTF-8, UTF-16LE and UTF-16BE bytes.
    static QList<QByteArray> encodings(const QByteArray &needle)
    {
        const QString text = QString::fromUtf8(needle);
        QByteArray le, be;
        for (const QChar c : text) {
            le += char(c.unicode() & 0xff);
            le += char(c.unicode() >> 8);
            be += char(c.unicode() >> 8);
            be += char(c.unicode() & 0xff);
        }
        return { needle, le, be };
    }

    static QStringList filesContaining(
        const QString &root, const QByteArray &needle, QStringList *searched = nullptr)
    {
        QStringList hits;
        const QList<QByteArray> forms = encodings(needle);
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            if (searched)
                *searched << QDir(root).relativeFilePath(file.fileName());
            const QByteArray data = file.readAll();
            for (const QByteArray &form : forms) {
                if (data.contains(form)) {
                    hits << file.fileName();
                    break;
                }
            }
        }
        return hits;
    }

    static QStringList commandLinesContaining(const QByteArray &needle)
    {
        QStringList hits;
        const QStringList pids = QDir(u"/proc"_s).entryList({ u"[0-9]*"_s }, QDir::Dirs);
        for (const QString &pid : pids) {
            QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
                hits << pid;
        }
        return hits;
    }

    // Every command line, and every environment this user may read (the child's included).
    static QStringList processesExposing(const QByteArray &needle, qint64 child, bool *childChecked)
    {
        QStringList hits;
        int childRead = 0; // the child's command line and environment were both read
        const QStringList pids = QDir(u"/proc"_s).entryList({ u"[0-9]*"_s }, QDir::Dirs);
        for (const QString &pid : pids) {
            for (const QString &what : { u"cmdline"_s, u"environ"_s }) {
                QFile file(u"/proc/%1/%2"_s.arg(pid, what));
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray data = file.readAll();
                if (pid.toLongLong() == child && !data.isEmpty())
                    ++childRead;
                if (data.contains(needle))
                    hits << pid + u'/' + what;
            }
        }
        *childChecked = childRead == 2;
        return hits;
    }

    QByteArray m_output; // the child's stdout not yet consumed
    QByteArray m_stdout; // all of it
    QByteArray m_stderr;

    void readChild(QProcess &child)
    {
        const QByteArray out = child.readAllStandardOutput();
        m_output += out;
        m_stdout += out;
        m_stderr += child.readAllStandardError();
    }

    // The next line starting with `prefix`, or the child's "fail ..." line; empty on timeout or exit.
    QByteArray waitForLine(QProcess &child, const QByteArray &prefix, int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (true) {
            qsizetype newline;
            while ((newline = m_output.indexOf('\n')) >= 0) {
                const QByteArray line = m_output.left(newline);
                m_output.remove(0, newline + 1);
                if (line.startsWith(prefix) || line.startsWith("fail"))
                    return line;
            }
            if (deadline.hasExpired() || child.state() == QProcess::NotRunning)
                return {};
            child.waitForReadyRead(100);
            readChild(child);
        }
    }

    // Sends a command; returns the words after "done <command>", or nullopt (with the reason in *why).
    std::optional<QList<QByteArray>> command(QProcess &child, const QByteArray &name, QByteArray *why)
    {
        child.write(name + '\n');
        return answer(child, name, why);
    }
    std::optional<QList<QByteArray>> answer(QProcess &child, const QByteArray &name, QByteArray *why)
    {
        const QByteArray line = waitForLine(child, "done " + name);
        if (!line.startsWith("done " + name)) {
            *why = (line.isEmpty() ? "no answer to " + name : line) + "\nchild stderr:\n" + m_stderr;
            return std::nullopt;
        }
        QList<QByteArray> words = line.split(' ');
        words.remove(0, 2);
        return words;
    }

private Q_SLOTS:
    void cleanup()
    {
        if (TestServer::instance().isStandin())
            TestServer::instance().reset(); // hang off, even after a failed check
    }

    void passwordIsNowhere()
    {
        REQUIRE_STANDIN();
        TestServer &server = TestServer::instance();
        // A user whose password is a unique, greppable string.
        const QByteArray password = "Zq7-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        // Created from the mysql_native_password hash, so the plain password never reaches the server's
        // logs through this test's own setup statements.
        const QByteArray hash = "*"
            + QCryptographicHash::hash(
                QCryptographicHash::hash(password, QCryptographicHash::Sha1), QCryptographicHash::Sha1)
                  .toHex()
                  .toUpper();
        QVERIFY(
            server.exec(u"CREATE USER IF NOT EXISTS 'sys:secretive'@'%' IDENTIFIED BY PASSWORD '%1'"_s.arg(
                QString::fromLatin1(hash))));
        QVERIFY(server.exec(
            u"ALTER USER 'sys:secretive'@'%' IDENTIFIED BY PASSWORD '%1'"_s.arg(QString::fromLatin1(hash))));
        QVERIFY(server.exec(u"GRANT ALL ON *.* TO 'sys:secretive'@'%'"_s));

        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOCTL_DATA_DIR"_s, home.path() + u"/data"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
        env.remove(u"MOCTL_PASSWORD"_s);
        const auto s = server.settings();

        // Save a profile with its password (keychain when there is one).
        CliResult add = runMoctl(
            { u"--host"_s, s.host, u"--port"_s, QString::number(s.port), u"--user"_s, u"sys:secretive"_s,
                u"profiles"_s, u"add"_s, u"secret-test"_s, u"--password-stdin"_s },
            env, password + '\n');
        const bool keychain = !add.err.contains(u"keychain"_s, Qt::CaseInsensitive);
        QCOMPARE(add.exitCode, keychain ? 0 : 6); // 6: saved without its password, and said so
        QProcessEnvironment runEnv = env;
        if (!keychain)
            runEnv.insert(
                u"MOCTL_PASSWORD"_s, QString::fromLatin1(password)); // the environment, never a file

        CliResult flush = runMoctl({ u"--profile"_s, u"secret-test"_s, u"flush"_s, u"production_db.users"_s,
                                       u"production_db.orders"_s },
            runEnv);
        QVERIFY2(flush.exitCode == 0, qPrintable(flush.out + flush.err));
        CliResult wrong
            = runMoctl({ u"--profile"_s, u"secret-test"_s, u"--password-stdin"_s, u"checkpoint"_s }, env,
                password + "-wrong\n");
        QCOMPARE(wrong.exitCode, 3);

        // A hanging operation: while it runs, no command line holds the password.
        QVERIFY(server.setSwitch(u"hang"_s, 1));
        QProcess hanging;
        hanging.setProcessEnvironment(runEnv);
        hanging.start(
            moctlPath(), { u"--profile"_s, u"secret-test"_s, u"--timeout"_s, u"3"_s, u"checkpoint"_s });
        QVERIFY(hanging.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(server.stat(u"in_flight"_s), 1, 10000);
        QCOMPARE(commandLinesContaining(password), QStringList());
        QVERIFY(hanging.waitForFinished(30000));
        server.setSwitch(u"hang"_s, 0);

        CliResult history = runMoctl({ u"history"_s, u"--format"_s, u"json"_s }, env);
        QCOMPARE(history.exitCode, 0);
        QVERIFY(history.out.contains(u"production_db.users"_s) || history.out.contains(u"secret-test"_s));

        for (const CliResult &r : { add, flush, wrong, history }) {
            QVERIFY(!r.out.toUtf8().contains(password));
            QVERIFY(!r.err.toUtf8().contains(password));
        }
        QVERIFY(QFile::exists(home.path() + u"/data/history.sqlite"_s));
        QVERIFY(QFile::exists(home.path() + u"/data/profiles.json"_s));
        QCOMPARE(filesContaining(home.path(), password), QStringList());
        // The server's own logs: the general log records statements, never our password.
        QCOMPARE(filesContaining(server.directory(), password).filter(u"general"_s), QStringList());
        qInfo("secrets: keychain %s; data dir, settings, history, logs and command lines clean",
            keychain ? "used" : "unavailable (password from the environment)");
    }

    void guiSessionPasswordIsNowhere()
    {
        REQUIRE_STANDIN();
        QElapsedTimer clock;
        clock.start();
        // The real keychain, under a service of this test's own.
        const QString service = u"moctl-studio-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        KeychainSecretStore keychain(service);
        const SecretStore::Result probe = keychain.writeBlocking(u"probe"_s, u"x"_s);
        if (probe.status == SecretStore::Status::Unavailable)
            QSKIP(qPrintable(
                u"no Secret Service reachable (%1): the GUI saves passwords only in a keychain. Run the "
                "tests inside dbus-run-session with gnome-keyring-daemon --unlock --components=secrets "
                "(see scripts/test)."_s.arg(probe.message)));
        // A Secret Service that answers but cannot store (no unlocked collection, a prompt with no
        // display) is no keychain either; tst_keychain is the test that fails on it.
        if (!probe.ok())
            QSKIP(qPrintable(
                u"the Secret Service cannot store a password (%1). Run the tests with an unlocked "
                "keyring: gnome-keyring-daemon --unlock --components=secrets (see scripts/test)."_s.arg(
                    probe.message)));
        QVERIFY(keychain.removeBlocking(u"probe"_s).ok());

        TestServer &server = TestServer::instance();
        QVERIFY(server.reset());
        // 24 random characters; the wrong password contains it, so a leak of either is found.
        const QByteArray password = randomPassword(24).toLatin1();
        const QByteArray wrong = password + "-wrong";
        const QByteArray hash = "*"
            + QCryptographicHash::hash(
                QCryptographicHash::hash(password, QCryptographicHash::Sha1), QCryptographicHash::Sha1)
                  .toHex()
                  .toUpper();
        const QString account = u"'%1'@'%'"_s.arg(guiUser);
        QVERIFY(server.exec(u"CREATE USER IF NOT EXISTS %1 IDENTIFIED BY PASSWORD '%2'"_s.arg(
            account, QString::fromLatin1(hash))));
        QVERIFY(server.exec(
            u"ALTER USER %1 IDENTIFIED BY PASSWORD '%2'"_s.arg(account, QString::fromLatin1(hash))));
        QVERIFY(server.exec(u"GRANT ALL ON *.* TO %1"_s.arg(account)));

        // Everything the GUI may write lands under root.
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString data = root.filePath(u"data"_s);
        const QString home = root.filePath(u"home"_s);
        const QString config = home + u"/.config"_s;
        const QString tmp = root.filePath(u"tmp"_s);
        for (const QString &dir :
            { data, config, home + u"/.local/share"_s, home + u"/.local/state"_s, home + u"/.cache"_s, tmp })
            QVERIFY(QDir().mkpath(dir));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(childSwitch), u"1"_s);
        env.insert(u"MOCTL_SECRETS_GUI_PARENT"_s, QString::number(QCoreApplication::applicationPid()));
        env.insert(u"MOCTL_SECRETS_KEYCHAIN_SERVICE"_s, service);
        env.insert(u"MOCTL_SECRETS_HOST"_s, server.settings().host);
        env.insert(u"MOCTL_SECRETS_PORT"_s, QString::number(server.settings().port));
        env.insert(u"MOCTL_DATA_DIR"_s, data);
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, config);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        env.insert(u"XDG_STATE_HOME"_s, home + u"/.local/state"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
        env.insert(u"TMPDIR"_s, tmp);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"MOCTL_PASSWORD"_s);

        QProcess child;
        ChildGuard childGuard { child };
        KeychainGuard keychainGuard { keychain, {} };
        child.setProcessEnvironment(env);
        m_output.clear();
        m_stdout.clear();
        m_stderr.clear();
        child.start(QCoreApplication::applicationFilePath(), { u"-platform"_s, u"offscreen"_s });
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        const qint64 pid = child.processId();
        bool childChecked = false;
        const auto exposed = [&] { return processesExposing(password, pid, &childChecked); };
        QCOMPARE(exposed(), QStringList());
        QVERIFY(childChecked); // the child's command line and environment were read: no password
        child.write(password + '\n' + wrong + '\n'); // the passwords go through stdin, nowhere else
        QByteArray why;
        QCOMPARE(waitForLine(child, "ready"), QByteArray("ready"));

        // A new profile in the editor: connection tested, password saved in the keychain.
        const auto profile = command(child, "profile", &why);
        QVERIFY2(profile && profile->size() == 1, why.constData());
        const QString profileId = QString::fromLatin1(profile->at(0));
        keychainGuard.key = profileId;
        QVERIFY2(command(child, "connect", &why), why.constData());

        // A flush of two tables, held on the server (hang) while the process list is read, then let go.
        QVERIFY(server.setSwitch(u"hang"_s, 1));
        child.write("flush\n");
        QVERIFY(waitForLine(child, "started").startsWith("started"));
        QTRY_VERIFY_WITH_TIMEOUT(server.stat(u"in_flight"_s) >= 1, 10000);
        QCOMPARE(exposed(), QStringList());
        QVERIFY(childChecked);
        QVERIFY(server.setSwitch(u"hang"_s, 0)); // the held statements go on normally
        const auto flush = answer(child, "flush", &why);
        QVERIFY2(flush && flush->size() == 2, why.constData());
        QCOMPARE(flush->at(1), runStatusName(RunStatus::Ok).toUtf8());

        // A wrong password (tested in the editor, then run), then the right one again and a checkpoint.
        const auto wrongRun = command(child, "wrong", &why);
        QVERIFY2(wrongRun && wrongRun->size() == 2, why.constData());
        QCOMPARE(wrongRun->at(1), runStatusName(RunStatus::Failed).toUtf8());
        const auto rightRun = command(child, "right", &why);
        QVERIFY2(rightRun && rightRun->size() == 2, why.constData());
        QCOMPARE(rightRun->at(1), runStatusName(RunStatus::Ok).toUtf8());
        QVERIFY2(command(child, "prefs", &why), why.constData());
        const auto plan = command(child, "plan", &why);
        QVERIFY2(plan && plan->size() == 3, why.constData());
        QCOMPARE(plan->at(2), runStatusName(RunStatus::Ok).toUtf8());
        QCOMPARE(exposed(), QStringList());
        QVERIFY(childChecked);

        // The window closed like a user closes it.
        child.write("close\n");
        QCOMPARE(waitForLine(child, "closed"), QByteArray("closed"));
        QVERIFY(child.waitForFinished(15000));
        readChild(child);
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, m_stderr.constData());
        const qint64 sessionMs = clock.elapsed();

        // The session really happened: the password is in the keychain, the profile in profiles.json...
        const SecretStore::Result stored = keychain.readBlocking(profileId);
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(stored.secret.toLatin1(), password);
        ProfileStore profiles(data + u"/profiles.json"_s);
        QVERIFY2(profiles.load(), qPrintable(profiles.errorString()));
        const auto saved = profiles.profile(QUuid::fromString(profileId));
        QVERIFY(saved);
        QCOMPARE(saved->name, guiProfileName);
        QCOMPARE(saved->composedUser(), guiUser);
        QCOMPARE(saved->port, server.settings().port);
        // ...the runs in the history with their outcomes...
        HistoryStore history;
        QVERIFY2(history.open(data + u"/history.sqlite"_s), qPrintable(history.errorString()));
        QCOMPARE(history.integrityCheck(), u"ok"_s);
        const QList<RunRecord> runs = history.runs();
        QCOMPARE(runs.size(), 4);
        const auto runFor = [&runs](const QByteArray &id) {
            for (const RunRecord &r : runs) {
                if (r.id == id.toLongLong())
                    return r;
            }
            return RunRecord {};
        };
        const RunRecord flushed = runFor(flush->at(0));
        QCOMPARE(flushed.status, RunStatus::Ok);
        QCOMPARE(flushed.profileId, profileId);
        QCOMPARE(flushed.profileName, guiProfileName);
        QCOMPARE(flushed.ok, 2);
        const QList<Outcome> flushOutcomes = history.outcomes(flushed.id);
        QCOMPARE(flushOutcomes.size(), 2);
        for (const Outcome &o : flushOutcomes)
            QCOMPARE(o.status, OutcomeStatus::Ok);
        const RunRecord denied = runFor(wrongRun->at(0));
        QCOMPARE(denied.status, RunStatus::Failed);
        QCOMPARE(denied.profileId, profileId);
        QCOMPARE(denied.ok, 0);
        const QList<Outcome> deniedOutcomes = history.outcomes(denied.id);
        QVERIFY(!deniedOutcomes.isEmpty());
        for (const Outcome &o : deniedOutcomes) {
            QVERIFY(o.status != OutcomeStatus::Ok);
            if (o.status == OutcomeStatus::Failed)
                QCOMPARE(o.error.kind(), MoError::Kind::Authentication);
        }
        QVERIFY(std::any_of(deniedOutcomes.cbegin(), deniedOutcomes.cend(), [](const Outcome &o) {
            return o.error.kind() == MoError::Kind::Authentication && o.code() == 1045;
        }));
        const RunRecord checkpoint = runFor(rightRun->at(0));
        QCOMPARE(checkpoint.status, RunStatus::Ok);
        QCOMPARE(checkpoint.ok, 1);
        const RunRecord planRun = runFor(plan->at(1));
        QCOMPARE(planRun.status, RunStatus::Ok);
        QCOMPARE(planRun.planId, QString::fromLatin1(plan->at(0)));
        QCOMPARE(planRun.planName, guiPlanName);
        QCOMPARE(planRun.profileId, profileId);
        QCOMPARE(planRun.profileName, guiProfileName); // was user@host:port for plan runs from the GUI
        QCOMPARE(planRun.ok, 1);
        history.close();
        // ...the plan saved with its profile...
        const QStringList planFiles = QDir(data + u"/plans"_s).entryList({ u"*.moplan.json"_s }, QDir::Files);
        QCOMPARE(planFiles.size(), 1);
        QFile planFile(data + u"/plans/"_s + planFiles.first());
        QVERIFY(planFile.open(QIODevice::ReadOnly));
        const QByteArray planJson = planFile.readAll();
        QVERIFY(planJson.contains(guiPlanName.toUtf8()));
        QVERIFY(planJson.contains(profileId.toLatin1()));
        // ...the preferences and the window state in the settings.
        // QSettings' own place: $XDG_CONFIG_HOME/<organisation>/<application>.conf
        const QString settingsRelative = u"home/.config/%1/%2.conf"_s.arg(
            QStringLiteral(MOCTL_ORGANIZATION_NAME), QStringLiteral(MOCTL_APPLICATION_NAME));
        const QString settingsFile = root.filePath(settingsRelative);
        QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
        QSettings settings(settingsFile, QSettings::IniFormat);
        QCOMPARE(settings.value(u"run/parallelism"_s).toInt(), 3);
        QVERIFY(!settings.value(u"window/geometry"_s).toByteArray().isEmpty());
        QVERIFY(!settings.value(u"window/state"_s).toByteArray().isEmpty());

        // And the password is nowhere: no file under the data directory, HOME, the XDG directories or
        // TMPDIR (as UTF-8 or UTF-16), not in what the GUI printed, not in the server's general log.
        QStringList searched;
        QCOMPARE(filesContaining(root.path(), password, &searched), QStringList());
        for (const QString &expected : { u"data/profiles.json"_s, u"data/history.sqlite"_s, settingsRelative,
                 u"data/plans/"_s + planFiles.first() })
            QVERIFY2(searched.contains(expected), qPrintable(expected));
        for (const QByteArray &form : encodings(password)) {
            QVERIFY(!m_stdout.contains(form));
            QVERIFY(!m_stderr.contains(form));
        }
        bool generalLogRead = false;
        if (QFile log(server.generalLog()); !server.generalLog().isEmpty() && log.open(QIODevice::ReadOnly)) {
            const QByteArray logged = log.readAll();
            QVERIFY(logged.contains("guisecret")); // the session's connections are in it
            QVERIFY(!logged.contains(password));
            generalLogRead = true;
        }
        qInfo("GUI session %lld ms; %lld files searched (%s); server general log %s", sessionMs,
            qint64(searched.size()), qPrintable(searched.join(u", "_s)),
            generalLogRead ? "clean" : "not found");
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIntValue(childSwitch) == 1)
        return guiChildMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestFaultsSecrets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faults_secrets.moc"
