// Smoke test: every page and dialog of the app opens offscreen inside the main window, in the light
// and the dark palette, and every control (inputs, buttons, lists, tables, text areas) on every page,
// the Profiles dock and every dialog can be reached by keyboard and has an accessible name.
#include "application.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "history/historystore.h"
#include "historyview.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "planeditor.h"
#include "preferencesdialog.h"
#include "profileeditordialog.h"
#include "profilespanel.h"
#include "scheduleeditor.h"
#include "schedulespage.h"
#include "tableselectordialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {
// Every control someone can use (buttons, inputs, lists, tables, text areas) has a name for screen
// readers, as Qt's accessibility gives it: its accessible name, its text, or its buddy label's
// (QFormLayout rows).
QStringList unnamedInputs(QWidget *root)
{
    QStringList names;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QTextEdit *>(w);
        if (!control || !w->isVisibleTo(root) || w->objectName().startsWith(u"qt_"_s)
            || qobject_cast<QHeaderView *>(w))
            continue; // (a header is part of its table)
        const QWidget *parent = w->parentWidget();
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QTabBar *>(parent))
            continue; // the editor inside a combo box or spin box, a tab bar's scroll buttons
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            names << u"%1 (%2 in %3)"_s.arg(w->objectName(),
                QString::fromLatin1(w->metaObject()->className()),
                parent ? QString::fromLatin1(parent->metaObject()->className()) : QString());
    }
    return names;
}
} // namespace

class TestSmoke : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MOCTL_DATA_DIR", m_dir.path().toUtf8());
        QCoreApplication::setOrganizationName(u"moctl-smoke"_s);
        QCoreApplication::setApplicationName(u"tst_smoke"_s);
    }

    void everyPageAndDialog_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void everyPageAndDialog()
    {
        QFETCH(bool, dark);
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
            palette.setColor(QPalette::WindowText, Qt::white);
            palette.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
            palette.setColor(QPalette::Text, Qt::white);
            palette.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x30));
            palette.setColor(QPalette::ButtonText, Qt::white);
            QApplication::setPalette(palette);
        }
        // The window as moctl-studio builds it: the application object, in the test's data directory.
        MemorySecretStore secrets;
        Application::Options options;
        options.trayIcon = false;
        options.startScheduler = false;
        options.keychainService = u"moctl-studio-tst-smoke"_s;
        Application studio(options);
        QVERIFY(studio.historyOpen());
        MainWindow &window = *studio.window();
        QVERIFY(window.profilesPanel() == studio.profilesPanel());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < int(MainWindow::Page::Count); ++i) {
            window.showPage(MainWindow::Page(i));
            QApplication::processEvents();
            QWidget *page = window.page(MainWindow::Page(i));
            QVERIFY(page->isVisible());
            const QStringList unnamed = unnamedInputs(page);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        }
        // The Profiles dock and the plan editor with a plan open (its step editor and preview shown).
        QStringList unnamed = unnamedInputs(window.profilesPanel());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        window.showPage(MainWindow::Page::Plans);
        QVERIFY(studio.planEditor()->newFromTemplate(PlanTemplate::DatabaseMaintenance));
        studio.planEditor()->setCurrentStep(0);
        unnamed = unnamedInputs(studio.planEditor());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        // Keyboard: Tab moves focus through the window without getting stuck.
        window.activateWindow();
        QWidget *first = QApplication::focusWidget();
        QSet<QWidget *> visited;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Tab);
            if (QApplication::focusWidget())
                visited.insert(QApplication::focusWidget());
        }
        Q_UNUSED(first);
        QVERIFY2(visited.size() >= 5, qPrintable(QString::number(visited.size())));

        // The dialogs.
        const QList<QDialog *> dialogs { new PreferencesDialog(Preferences {}, &window),
            new ProfileEditorDialog(ConnectionProfile {}, &secrets, &window),
            new TableSelectorDialog(&window) };
        for (QDialog *dialog : dialogs) {
            dialog->show();
            const QStringList unnamedInDialog = unnamedInputs(dialog);
            QVERIFY2(unnamedInDialog.isEmpty(), qPrintable(unnamedInDialog.join(u", "_s)));
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(!dialog->windowTitle().isEmpty());
            dialog->reject();
            delete dialog;
        }
        ScheduleEditor editor;
        editor.show();
        const QStringList unnamedInEditor = unnamedInputs(&editor);
        QVERIFY2(unnamedInEditor.isEmpty(), qPrintable(unnamedInEditor.join(u", "_s)));
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QApplication::setPalette(QPalette());
    }
};

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
