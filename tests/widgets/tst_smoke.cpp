// Smoke test: every page and dialog of the app opens offscreen inside the main window, in the light
// and the dark palette, and every input control can be reached by keyboard and has an accessible name
// or a visible label.
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
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {
// Inputs without an accessible name must at least have a buddy label (QFormLayout rows).
QStringList unnamedInputs(QWidget *root)
{
    QStringList names;
    QSet<QWidget *> buddies;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            buddies.insert(label->buddy());
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                           || qobject_cast<QAbstractSpinBox *>(w);
        if (!input || !w->isVisibleTo(root) || qobject_cast<QLineEdit *>(w->parentWidget()))
            continue;
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QComboBox *>(w->parentWidget())
                                             || qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
            continue; // the editor inside a combo box or spin box
        if (w->accessibleName().isEmpty() && !buddies.contains(w))
            names << u"%1 (%2)"_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
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
        const QList<QDialog *> dialogs{new PreferencesDialog(Preferences{}, &window),
                                       new ProfileEditorDialog(ConnectionProfile{}, &secrets, &window),
                                       new TableSelectorDialog(&window)};
        for (QDialog *dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(!dialog->windowTitle().isEmpty());
            dialog->reject();
            delete dialog;
        }
        ScheduleEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QApplication::setPalette(QPalette());
    }
};

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
