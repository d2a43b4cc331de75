// The desktop experience (issue 20, points 1, 7, 9 and 10), on the application as moctl-studio builds
// it: every page and the main dialogs fit 1024x700 with their key controls on screen, the Plans page's
// splitters are remembered, dates follow the chosen language, ad-hoc runs are named by their kind, the
// duration chart is readable, every control has an accessible name and is reachable by keyboard, the
// menus have mnemonics and the icons are sharp at 200%.
#include "application.h"
#include "apppaths.h"
#include "connection/profilestore.h"
#include "history/historystore.h"
#include "historychart.h"
#include "historyrunsmodel.h"
#include "historyview.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "planeditor.h"
#include "preferencesdialog.h"
#include "profileeditordialog.h"
#include "profilespanel.h"
#include "scheduleeditor.h"
#include "schedulespage.h"
#include "settings/preferences.h"
#include "tableselectordialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

const QSize SmallScreen(1024, 700);

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QTabBar *>(w);
}

// Controls on screen that someone could use: visible in `top`, not Qt's own helper widgets (a combo
// box's line edit, a spin box's editor, a tab bar's scroll buttons, a scroll area's corner).
QList<QWidget *> controlsOf(QWidget *top)
{
    QList<QWidget *> controls;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!isInteractive(w) || !w->isVisibleTo(top) || qobject_cast<QHeaderView *>(w))
            continue; // (a header is reached through its table)
        if (w->objectName().startsWith(u"qt_"_s))
            continue;
        const QWidget *parent = w->parentWidget();
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QTabBar *>(parent))
            continue;
        controls << w;
    }
    return controls;
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QObject *o = w; o; o = o->parent())
        path.prepend(QString::fromLatin1(o->metaObject()->className())
            + (o->objectName().isEmpty() ? QString() : u'#' + o->objectName()));
    return path.join(u" > "_s);
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// Where a widget is, in its window's coordinates.
QRect geometryInWindow(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// The widget is on screen in its window: shown, not cut by the window, and not scrolled away inside
// its page (every scroll area it is in shows all of it).
bool fullyShown(const QWidget *w)
{
    if (!w->isVisible() || w->width() <= 0 || w->height() <= 0)
        return false;
    if (!w->window()->rect().contains(geometryInWindow(w)))
        return false;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<const QScrollArea *>(p)) {
            const QRect inViewport(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
            if (!area->viewport()->rect().contains(inViewport))
                return false;
        }
    }
    return true;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QTemporaryDir m_settings;
    std::unique_ptr<Application> m_app;

    Application &app() { return *m_app; }

    void startApplication()
    {
        Application::Options options;
        options.trayIcon = false;
        options.startScheduler = false;
        options.keychainService = u"moctl-studio-tst-desktop"_s;
        m_app = std::make_unique<Application>(options);
    }

    ConnectionProfile addProfile()
    {
        ConnectionProfile p;
        p.name = u"desktop"_s;
        p.host = u"127.0.0.1"_s;
        p.port = 6001;
        p.setUserName(u"root"_s);
        QString error;
        if (!app().profileStore()->save(p, &error))
            qWarning("%s", qPrintable(error));
        return p;
    }

    // A plan open in the editor, with a flush step selected.
    void openPlan()
    {
        PlanEditor *plans = app().planEditor();
        QVERIFY(plans->newFromTemplate(PlanTemplate::DatabaseMaintenance));
        plans->addTarget(0, u"production_db.users"_s, PlanEditor::TargetKind::Table);
        plans->setCurrentStep(0);
        QVERIFY(!plans->sqlPreview().isEmpty());
    }

    void showAt(QSize size)
    {
        MainWindow *window = app().window();
        app().show();
        window->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE(window->size(), size);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_settings.isValid());
        qputenv("MOCTL_DATA_DIR", m_data.path().toUtf8());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(u"moctl-test"_s);
        QCoreApplication::setApplicationName(u"tst_desktop"_s);
    }

    void init()
    {
        QSettings().clear();
        startApplication();
    }

    void cleanup()
    {
        m_app.reset();
        QLocale::setDefault(QLocale::c());
    }

    // --- 1. Small screens

    void windowFitsSmallScreens()
    {
        openPlan();
        MainWindow *window = app().window();
        const QSize min = window->minimumSizeHint().expandedTo(window->minimumSize());
        QVERIFY2(min.width() <= SmallScreen.width() && min.height() <= SmallScreen.height(),
            qPrintable(u"%1x%2"_s.arg(min.width()).arg(min.height())));
        showAt(SmallScreen);
        // Each page fits the room the window gives it at 1024x700: nothing to scroll to.
        for (int i = 0; i < int(MainWindow::Page::Count); ++i) {
            const auto page = MainWindow::Page(i);
            window->showPage(page);
            QWidget *content = window->page(page);
            QScrollArea *frame = nullptr;
            for (QWidget *p = content->parentWidget(); p && !frame; p = p->parentWidget())
                frame = p->objectName() == u"pageFrame"_s ? qobject_cast<QScrollArea *>(p) : nullptr;
            QVERIFY2(frame, "each page sits in a scroll area");
            QTRY_VERIFY(content->isVisible());
            // Nothing to scroll: the whole page is in view.
            QTRY_VERIFY2(
                !frame->verticalScrollBar()->isVisible() && !frame->horizontalScrollBar()->isVisible(),
                qPrintable(u"page %1 scrolls: needs %2x%3, has %4x%5"_s.arg(i)
                               .arg(content->minimumSizeHint().width())
                               .arg(content->minimumSizeHint().height())
                               .arg(frame->viewport()->width())
                               .arg(frame->viewport()->height())));
            const QSize pageMin = content->minimumSizeHint();
            const QSize room = frame->viewport()->size();
            QVERIFY2(pageMin.width() <= room.width() && pageMin.height() <= room.height(),
                qPrintable(u"page %1 needs %2x%3, has %4x%5"_s.arg(i)
                               .arg(pageMin.width())
                               .arg(pageMin.height())
                               .arg(room.width())
                               .arg(room.height())));
        }
        QWidget *profiles = app().window()->profilesPanel();
        QVERIFY(profiles->minimumSizeHint().height() <= SmallScreen.height() - 120);
    }

    void keyControlsAreOnScreenAt1024x700()
    {
        openPlan();
        showAt(SmallScreen);
        MainWindow *window = app().window();

        window->showPage(MainWindow::Page::Operations);
        auto *run = app().operationsPanel()->findChild<QPushButton *>(u"runButton"_s);
        auto *outcomes = app().operationsPanel()->findChild<QAbstractItemView *>(u"outcomes"_s);
        QTRY_VERIFY2(fullyShown(run), qPrintable(describe(run)));
        QVERIFY(fullyShown(outcomes));
        QVERIFY(outcomes->height() >= 80);

        window->showPage(MainWindow::Page::Plans);
        auto *planRun = app().planEditor()->findChild<QPushButton *>(u"runButton"_s);
        auto *preview = app().planEditor()->findChild<QPlainTextEdit *>(u"sqlPreview"_s);
        QTRY_VERIFY2(fullyShown(planRun), qPrintable(describe(planRun)));
        QVERIFY(fullyShown(preview));
        // The preview shows several lines, and scrolls (never clips) what does not fit.
        QVERIFY2(preview->viewport()->height() >= 4 * preview->fontMetrics().lineSpacing(),
            qPrintable(QString::number(preview->viewport()->height())));
        QCOMPARE(preview->lineWrapMode(), QPlainTextEdit::NoWrap);
        QVERIFY(preview->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff);
        QVERIFY(preview->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff);

        window->showPage(MainWindow::Page::Schedules);
        auto *schedules = app().schedulesPage()->findChild<QAbstractItemView *>(u"schedulesView"_s);
        QTRY_VERIFY(fullyShown(schedules));

        window->showPage(MainWindow::Page::History);
        QTRY_VERIFY(fullyShown(app().historyView()->runsView()));
        QVERIFY(fullyShown(app().historyView()->outcomesView()));
        QVERIFY(fullyShown(app().historyView()->chart()));
        QVERIFY(app().historyView()->chart()->height() >= HistoryChart::MinimumHeight);
    }

    void dialogsFitSmallScreens()
    {
        // The room a 1024x700 screen leaves a dialog (its frame and a panel).
        const QSize room(1000, 640);
        const auto fits = [room](QWidget *w) {
            const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
            return min.width() <= room.width() && min.height() <= room.height();
        };
        PreferencesDialog preferences(Preferences {});
        QVERIFY(fits(&preferences));
        ProfileEditorDialog profile(ConnectionProfile {}, nullptr);
        QVERIFY2(fits(&profile),
            qPrintable(
                u"%1x%2"_s.arg(profile.minimumSizeHint().width()).arg(profile.minimumSizeHint().height())));
        TableSelectorDialog selector;
        QVERIFY(fits(&selector));
        QVERIFY(selector.sizeHint().width() <= room.width() && selector.sizeHint().height() <= room.height());
        ScheduleEditor schedule; // the schedule dialog is this editor and its buttons
        const QSize scheduleMin = schedule.minimumSizeHint();
        QVERIFY2(scheduleMin.width() <= room.width() && scheduleMin.height() <= room.height() - 60,
            qPrintable(u"%1x%2"_s.arg(scheduleMin.width()).arg(scheduleMin.height())));
        // Titles are not cut: each dialog is at least as wide as its title.
        for (QWidget *dialog : std::initializer_list<QWidget *> { &preferences, &profile, &selector }) {
            dialog->adjustSize();
            QVERIFY2(dialog->width() >= dialog->fontMetrics().horizontalAdvance(dialog->windowTitle()) + 80,
                qPrintable(dialog->windowTitle()));
        }
    }

    // --- 7. The Plans page remembers its splitters

    void planSplittersAreRemembered()
    {
        openPlan();
        showAt(QSize(1366, 768));
        auto *outer = app().planEditor()->findChild<QSplitter *>(u"planSplitter"_s);
        auto *preview = app().planEditor()->findChild<QSplitter *>(u"planPreviewSplitter"_s);
        QVERIFY(outer && preview);
        app().window()->showPage(MainWindow::Page::Plans);
        QTRY_VERIFY(outer->isVisible());
        // Not cramped at 1366x768: the editor and the preview each get a real share.
        QVERIFY2(outer->sizes().at(1) >= 300 && outer->sizes().at(2) >= 300,
            qPrintable(
                u"%1 %2 %3"_s.arg(outer->sizes().at(0)).arg(outer->sizes().at(1)).arg(outer->sizes().at(2))));
        const int total = outer->sizes().at(0) + outer->sizes().at(1) + outer->sizes().at(2);
        QList<int> outerSizes { 220, total - 220 - 300, 300 };
        outer->setSizes(outerSizes);
        outerSizes = outer->sizes();
        const int previewTotal = preview->sizes().at(0) + preview->sizes().at(1);
        preview->setSizes({ previewTotal - 150, 150 });
        const QList<int> previewSizes = preview->sizes();
        app().window()->saveWindowState();
        m_app.reset();

        startApplication();
        showAt(QSize(1366, 768));
        app().window()->showPage(MainWindow::Page::Plans);
        auto *outerAgain = app().planEditor()->findChild<QSplitter *>(u"planSplitter"_s);
        auto *previewAgain = app().planEditor()->findChild<QSplitter *>(u"planPreviewSplitter"_s);
        QTRY_VERIFY(outerAgain->isVisible());
        QCOMPARE(outerAgain->sizes(), outerSizes);
        QCOMPARE(previewAgain->sizes(), previewSizes);
    }

    // --- 9. Consistency

    void datesFollowTheLanguage()
    {
        // Choosing Chinese makes QLocale() Chinese (numbers and dates), not only the texts.
        installTranslations(u"zh_CN"_s);
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        const QDateTime started(QDate(2026, 11, 27), QTime(2, 30), Qt::UTC);
        RunRequest request;
        request.profileName = u"zh"_s;
        const qint64 id = app().history()->beginRun(request, started);
        RunSummary summary;
        summary.runId = id;
        summary.started = started;
        summary.finished = started.addSecs(3);
        app().history()->endRun(id, summary);
        HistoryRunsModel model(app().history());
        QAbstractItemModelTester tester(&model);
        model.setFilter(RunFilter {});
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        const QString shown = model.index(row, HistoryRunsModel::WhenColumn).data().toString();
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QCOMPARE(shown, chinese.toString(started.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(shown
            != QLocale(QLocale::English, QLocale::UnitedStates)
                   .toString(started.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(shown.contains(u"2026/11/27"_s));
        // The Schedules page's next runs too.
        ScheduleEditor editor;
        editor.setClock([] { return QDateTime(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC); });
        Schedule daily = Schedule::daily({ QTime(2, 30) });
        daily.timeZone = u"UTC"_s;
        editor.setSchedule(daily);
        QVERIFY2(editor.previewTexts().value(0).contains(u"2026/11/27"_s),
            qPrintable(editor.previewTexts().value(0)));
        QVERIFY2(editor.previewTexts().value(0).startsWith(chinese.dayName(5, QLocale::ShortFormat)),
            qPrintable(editor.previewTexts().value(0)));
        installTranslations(u"en"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void adHocRunsAreNamedByTheirKind()
    {
        const auto record = [this](const QList<Operation> &ops) {
            RunRequest request;
            request.profileName = u"adhoc"_s;
            request.steps = RunRequest::stepsFor(ops, ExecutionOptions {});
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const qint64 id = app().history()->beginRun(request, now);
            for (int i = 0; i < ops.size(); ++i) {
                Outcome o;
                o.runId = id;
                o.operationIndex = i;
                o.operation = ops.at(i);
                o.target = ops.at(i).kind == OperationKind::Flush ? ops.at(i).table.display() : QString();
                o.started = now;
                app().history()->recordOutcome(id, o);
            }
            RunSummary summary;
            summary.runId = id;
            summary.started = now;
            summary.finished = now.addMSecs(10);
            summary.ok = int(ops.size());
            app().history()->endRun(id, summary);
            return id;
        };
        const qint64 flush = record({ Operation::flush(TableRef::byName(u"db"_s, u"a"_s)),
            Operation::flush(TableRef::byName(u"db"_s, u"b"_s)),
            Operation::flush(TableRef::byName(u"db"_s, u"c"_s)) });
        const qint64 checkpoint = record({ Operation::checkpoint() });
        const qint64 global = record({ Operation::globalCheckpoint(u"30s"_s) });
        const qint64 single = record({ Operation::flush(TableRef::byName(u"db"_s, u"d"_s)) });
        HistoryRunsModel model(app().history());
        QAbstractItemModelTester tester(&model);
        model.setFilter(RunFilter {});
        const auto plan = [&model](qint64 id) {
            return model.index(model.rowOf(id), HistoryRunsModel::PlanColumn).data().toString();
        };
        QCOMPARE(plan(flush), u"Flush (3 tables)"_s);
        QCOMPARE(plan(single), u"Flush (1 table)"_s);
        QCOMPARE(plan(checkpoint), operationTitle(OperationKind::Checkpoint));
        QCOMPARE(plan(global), operationTitle(OperationKind::GlobalCheckpoint));
        QVERIFY(!plan(checkpoint).isEmpty());
        // A plan's run keeps the plan's name.
        RunRecord planned;
        planned.planId = u"p"_s;
        planned.planName = u"Nightly"_s;
        QCOMPARE(HistoryRunsModel::planText(planned), u"Nightly"_s);
    }

    void durationChartIsReadable()
    {
        HistoryChart chart;
        QVERIFY(chart.minimumSizeHint().height() >= 160);
        QVERIFY(chart.minimumHeight() >= 160);
        QVERIFY(!HistoryChart::durationAxisTitle().isEmpty());
        QVERIFY(!HistoryChart::dateAxisTitle().isEmpty());
        DurationSeries series;
        series.planId = u"p"_s;
        series.planName = u"Nightly"_s;
        const QDateTime t0(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
        for (int i = 0; i < 10; ++i)
            series.points << DurationPoint { i + 1, t0.addDays(i), 1000 + 100 * i, RunStatus::Ok };
        series.totalRuns = 10;
        chart.setSeries(series);
        chart.resize(480, 160);
        QImage image(chart.size(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        chart.render(&image);
        const QRgb background = chart.palette().color(QPalette::Base).rgb();
        const auto inked = [&image, background](const QRect &band) {
            int count = 0;
            for (int y = band.top(); y <= band.bottom(); ++y) {
                for (int x = band.left(); x <= band.right(); ++x)
                    count += image.pixel(x, y) != background ? 1 : 0;
            }
            return count;
        };
        const int line = chart.fontMetrics().height();
        // The duration title, turned up along the left edge; the date title and ticks along the bottom.
        QVERIFY(inked(QRect(0, 30, line, 100)) > 10);
        QVERIFY(inked(QRect(100, 160 - 2 * line, 280, 2 * line)) > 10);
    }

    // --- 10. Keyboard and accessibility

    // (Accessible names of every control on every page and dialog: tst_smoke.)
    void everyControlIsReachableByTabWithAName()
    {
        openPlan();
        showAt(SmallScreen);
        MainWindow *window = app().window();
        QStringList missing;
        const auto check = [&missing](QWidget *top) {
            for (QWidget *w : controlsOf(top)) {
                if (accessibleName(w).trimmed().isEmpty())
                    missing << describe(w);
                if (!(w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QTabBar *>(w))
                    missing << u"not reachable by Tab: "_s + describe(w);
            }
        };
        for (int i = 0; i < int(MainWindow::Page::Count); ++i) {
            window->showPage(MainWindow::Page(i));
            check(window->page(MainWindow::Page(i)));
        }
        check(window->profilesPanel());
        PreferencesDialog preferences(Preferences {}, window);
        check(&preferences);
        ProfileEditorDialog profile(ConnectionProfile {}, nullptr, window);
        check(&profile);
        TableSelectorDialog selector(window);
        check(&selector);
        ScheduleEditor schedule;
        check(&schedule);
        for (const QString &m : std::as_const(missing))
            qWarning("%s", qPrintable(m));
        QVERIFY(missing.isEmpty());
    }

    void tabFollowsTheOperationsPage()
    {
        const QStringList expected { u"flushKind"_s, u"tables"_s, u"chooseTables"_s, u"checkpointKind"_s,
            u"globalCheckpointKind"_s, u"duration"_s, u"parallelism"_s, u"timeout"_s, u"retries"_s,
            u"runButton"_s, u"cancelButton"_s, u"outcomes"_s };
        OperationsPanel *panel = app().operationsPanel();
        QWidget *first = panel->findChild<QWidget *>(expected.first());
        QVERIFY(first);
        QStringList chain;
        QWidget *w = first;
        do {
            if (expected.contains(w->objectName()) && !chain.contains(w->objectName()))
                chain << w->objectName();
            w = w->nextInFocusChain();
        } while (w && w != first);
        QCOMPARE(chain, expected);
    }

    void menusHaveMnemonicsAndShortcuts()
    {
        MainWindow *window = app().window();
        QStringList missing;
        for (QAction *menuAction : window->menuBar()->actions()) {
            if (!menuAction->text().contains(u'&'))
                missing << menuAction->text();
            for (QAction *a : menuAction->menu()->actions()) {
                if (!a->isSeparator() && !a->text().contains(u'&'))
                    missing << a->text();
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        // The pages and the standard actions have shortcuts.
        for (const char *name : { "actionNew", "actionSave", "actionRefresh", "actionRun", "actionCancel",
                 "actionPreferences", "actionPage1", "actionPage2", "actionPage3", "actionPage4" }) {
            auto *action = window->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action && !action->shortcut().isEmpty(), name);
        }
    }

    void iconsAreSharpAt200Percent()
    {
        QDirIterator it(u":/icons"_s, { u"*.svg"_s });
        int icons = 0;
        int drawnAtTwice = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QIcon icon(path);
            const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
            QCOMPARE(pixmap.size(), QSize(32, 32));
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
            // Drawn from the SVG at 32 px, not the 16 px image blown up.
            const QImage blownUp = icon.pixmap(QSize(16, 16), 1.0)
                                       .toImage()
                                       .scaled(32, 32, Qt::IgnoreAspectRatio, Qt::FastTransformation);
            QImage sharp = pixmap.toImage();
            sharp.setDevicePixelRatio(1.0);
            if (sharp.convertToFormat(QImage::Format_ARGB32)
                != blownUp.convertToFormat(QImage::Format_ARGB32))
                ++drawnAtTwice;
            ++icons;
        }
        QVERIFY(icons >= 10);
        QCOMPARE(drawnAtTwice, icons);
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
