// The main window shell: pages, forwarding of the standard actions, window state, preferences.
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "settings/preferences.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

// A page offering Run, Cancel and Save (no New), to check the window's actions reach it.
class FakePage : public QWidget
{
    Q_OBJECT
public:
    int runs = 0;
    int cancels = 0;
    int saves = 0;
    void run() { ++runs; }
    void cancel() { ++cancels; }
    void save() { ++saves; }
    PageActions actions()
    {
        PageActions actions;
        actions.save = [this] { save(); };
        actions.run = [this] { run(); };
        actions.cancel = [this] { cancel(); };
        return actions;
    }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"moctl-test"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    }

    void pagesAndActions()
    {
        MainWindow window;
        auto *page = new FakePage;
        window.setPage(MainWindow::Page::Plans, page, page->actions());
        window.showPage(MainWindow::Page::Plans);
        QCOMPARE(window.page(MainWindow::Page::Plans), page);
        auto *run = window.findChild<QAction *>(u"actionRun"_s);
        auto *cancel = window.findChild<QAction *>(u"actionCancel"_s);
        auto *save = window.findChild<QAction *>(u"actionSave"_s);
        auto *newAction = window.findChild<QAction *>(u"actionNew"_s);
        QVERIFY(run && cancel && save && newAction);
        QCOMPARE(run->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(cancel->shortcut(), QKeySequence(Qt::Key_Escape));
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
        QVERIFY(run->isEnabled());
        QVERIFY(!newAction->isEnabled()); // FakePage offers no New
        run->trigger();
        cancel->trigger();
        save->trigger();
        QCOMPARE(page->runs, 1);
        QCOMPARE(page->cancels, 1);
        QCOMPARE(page->saves, 1);
        // Another page without those actions: they are disabled and do nothing to the plan page.
        window.showPage(MainWindow::Page::History);
        QVERIFY(!run->isEnabled());
        run->trigger();
        QCOMPARE(page->runs, 1);
    }

    void profileColourInStatusAndTitle()
    {
        MainWindow window;
        window.setCurrentProfile(u"prod-eu"_s, QColor(u"#d64545"_s));
        QVERIFY(window.windowTitle().contains(u"prod-eu"_s));
        auto *label = window.findChild<QLabel *>(u"profileLabel"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), u"prod-eu"_s);
        window.setCurrentProfile({}, {});
        QVERIFY(!window.windowTitle().contains(u"prod-eu"_s));
    }

    void windowStateIsRestored()
    {
        {
            MainWindow window;
            window.resize(900, 650);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(MainWindow::Page::Schedules);
            window.saveWindowState();
        }
        MainWindow again;
        again.restoreWindowState();
        QCOMPARE(again.currentPage(), MainWindow::Page::Schedules);
        QCOMPARE(again.size(), QSize(900, 650));
    }

    void preferencesRoundTrip()
    {
        Preferences p;
        p.language = u"zh_CN"_s;
        p.keepRunningInTray = false;
        p.defaults.parallelism = 8;
        p.defaults.timeout = std::chrono::seconds(45);
        p.defaults.retries = 5;
        p.historyKeepDays = 30;
        p.historyKeepRuns = 5000;
        p.save();
        QCOMPARE(Preferences::load(), p);

        PreferencesDialog dialog(p);
        QCOMPARE(dialog.preferences(), p);
        dialog.findChild<QSpinBox *>(u"parallelism"_s)->setValue(3);
        auto *language = dialog.findChild<QComboBox *>(u"language"_s);
        auto *note = dialog.findChild<QLabel *>(u"languageNote"_s);
        QVERIFY(note);
        QVERIFY(!note->isVisibleTo(&dialog)); // the language is unchanged: nothing to restart for
        const QString before = p.language;
        language->setCurrentIndex(language->findData(u"en"_s));
        QCOMPARE(note->isVisibleTo(&dialog), before != u"en"_s);
        language->setCurrentIndex(language->findData(u"zh_CN"_s));
        QCOMPARE(note->isVisibleTo(&dialog), before != u"zh_CN"_s);
        language->setCurrentIndex(language->findData(u"en"_s));
        const Preferences edited = dialog.preferences();
        QCOMPARE(edited.defaults.parallelism, 3);
        QCOMPARE(edited.language, u"en"_s);
        QCOMPARE(edited.historyKeepDays, 30);
    }

    // Preferences → History: local file or a shared database URL; a URL with a password is refused and the
    // dialog stays open; "Test connection" only with the application's tester, its answer shown.
    void historyLocationInPreferences()
    {
        Preferences p;
        p.historyLocation = u"mysql://moctl@db.example.com:3307/ops"_s;
        PreferencesDialog dialog(p);
        auto *kind = dialog.findChild<QComboBox *>(u"historyKind"_s);
        auto *url = dialog.findChild<QLineEdit *>(u"historyUrl"_s);
        auto *password = dialog.findChild<QLineEdit *>(u"historyPassword"_s);
        auto *test = dialog.findChild<QPushButton *>(u"testHistory"_s);
        auto *status = dialog.findChild<QLabel *>(u"historyStatus"_s);
        QVERIFY(kind && url && password && test && status);
        QCOMPARE(kind->currentIndex(), 1);
        QCOMPARE(url->text(), u"mysql://moctl@db.example.com:3307/ops"_s);
        QCOMPARE(dialog.preferences().historyLocation, p.historyLocation);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!test->isVisibleTo(&dialog)); // no tester given

        HistoryLocation asked;
        QString askedPassword;
        dialog.setHistoryTester([&](const HistoryLocation &location, const QString &secret,
                                    std::function<void(bool, const QString &)> done) {
            asked = location;
            askedPassword = secret;
            done(false, u"Access denied for user 'moctl'"_s);
        });
        QVERIFY(test->isVisibleTo(&dialog));
        password->setText(u"typed-secret"_s);
        test->click();
        QCOMPARE(asked.host, u"db.example.com"_s);
        QCOMPARE(askedPassword, u"typed-secret"_s);
        QVERIFY(status->text().contains(u"Access denied"_s));
        QCOMPARE(dialog.historyPassword(), u"typed-secret"_s);
        QVERIFY(!dialog.preferences().historyLocation.contains(u"typed-secret"_s));

        url->setText(u"mysql://moctl:pw@db.example.com/ops"_s);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused: said why, still open
        QVERIFY(status->text().contains(u"password"_s));

        kind->setCurrentIndex(0);
        QVERIFY(!url->isEnabled());
        QVERIFY(dialog.preferences().historyLocation.isEmpty());
        QVERIFY(dialog.historyPassword().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void everyControlHasAnAccessibleNameOrText()
    {
        MainWindow window;
        PreferencesDialog dialog(Preferences {}, &window);
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (qobject_cast<QSpinBox *>(w) || qobject_cast<QComboBox *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
