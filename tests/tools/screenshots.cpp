// moctl_screenshots: renders every page of MOCTL Studio to PNG files, to look at the product as a new
// user would (scripts/screenshots starts the demo stand-in and runs this). Not part of the product:
// it builds the real Application (app/studio/application.h) in a temporary data directory, with a
// demo profile on the server of $MOCTL_STANDIN_DIR, drives each page (a finished run on Operations, a
// plan open on Plans, a schedule, a run open in History) and grabs the window (QWidget::grab, so it
// works offscreen and under Xvfb alike).
//
//   moctl_screenshots [--out DIR] [--language en|zh_CN]... [--size 1024x700]...
//
// Files: DIR/<language>-<width>x<height>-<n>-<page>.png (one per page and size; "@2x" before ".png"
// when QT_SCALE_FACTOR=2).
#include "application.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "connection/session.h"
#include "historyview.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "plan/maintenanceplan.h"
#include "planeditor.h"
#include "preferencesdialog.h"
#include "profileeditordialog.h"
#include "profilespanel.h"
#include "schedule/schedule.h"
#include "schedulespage.h"
#include "testserver.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

void settle(int ms = 150)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

template <typename Predicate> bool waitFor(Predicate done, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

class Shooter
{
public:
    Shooter(QString directory, QString language, QSize size)
        : m_dir(std::move(directory))
        , m_language(std::move(language))
        , m_size(size)
    {
    }

    void save(QWidget *widget, const QString &page)
    {
        settle();
        // Says when a page needs more room than the window gives it (it scrolls then).
        if (auto *frame = widget->findChild<QTabWidget *>(u"pages"_s)) {
            if (auto *area = qobject_cast<QScrollArea *>(frame->currentWidget()); area && area->widget()) {
                const QSize need = area->widget()->minimumSizeHint();
                const QSize room = area->viewport()->size();
                if (need.width() > room.width() || need.height() > room.height())
                    std::fprintf(stderr, "screenshots: %s needs %dx%d, has %dx%d\n", qPrintable(page),
                        need.width(), need.height(), room.width(), room.height());
            }
        }
        const QString suffix = qApp->devicePixelRatio() > 1.5 ? u"@2x"_s : QString();
        const QString name = u"%1-%2x%3-%4-%5%6.png"_s.arg(m_language)
                                 .arg(m_size.width())
                                 .arg(m_size.height())
                                 .arg(++m_count)
                                 .arg(page, suffix);
        const QString path = QDir(m_dir).filePath(name);
        if (!widget->grab().save(path))
            std::fprintf(stderr, "screenshots: could not write %s\n", qPrintable(path));
        else
            std::printf("%s\n", qPrintable(path));
    }

private:
    QString m_dir;
    QString m_language;
    QSize m_size;
    int m_count = 0;
};

// One language: a fresh data directory and settings, the application, and every page at each size.
int shootLanguage(const QString &outDir, const QString &language, const QList<QSize> &sizes)
{
    QTemporaryDir data;
    QTemporaryDir settings;
    qputenv("MOCTL_DATA_DIR", data.path().toUtf8());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    Preferences preferences;
    preferences.language = language;
    preferences.keepRunningInTray = false;
    preferences.save();

    Application::Options options;
    options.trayIcon = false;
    options.startScheduler = false;
    options.keychainService = u"moctl-studio-screenshots"_s;
    options.moctlProgram = QStringLiteral(MOCTL_BIN_DIR) + u"/moctl"_s;
    Application app(options);

    // The demo profile, its password kept for this session (never the keychain, never a file).
    const ConnectionSettings server = TestServer::instance().settings();
    ConnectionProfile profile;
    profile.name = u"Local demo"_s;
    profile.group = u"Demo"_s;
    profile.colour = u"#2e9e5b"_s;
    profile.host = server.host.isEmpty() ? u"127.0.0.1"_s : server.host;
    profile.port = server.port;
    profile.setUserName(u"root"_s);
    profile.tlsMode = server.tlsMode;
    QString error;
    if (!app.profileStore()->save(profile, &error)) {
        std::fprintf(stderr, "screenshots: %s\n", qPrintable(error));
        return 1;
    }
    app.sessionSecrets()->writeBlocking(profile.idString(), server.password);

    MainWindow *window = app.window();
    app.show();
    window->resize(sizes.constFirst());
    if (!QTest::qWaitForWindowExposed(window))
        std::fprintf(stderr, "screenshots: the window was not exposed\n");
    app.connectProfile(profile.id);
    if (!waitFor([&] { return app.session()->state() == Session::State::Connected; }))
        std::fprintf(stderr, "screenshots: not connected: %s\n", qPrintable(app.session()->errorString()));

    // A finished run on Operations.
    OperationsPanel *operations = app.operationsPanel();
    qint64 runId = 0;
    bool finished = false;
    QObject::connect(operations, &OperationsPanel::runStarted, operations, [&](qint64 id) { runId = id; });
    QObject::connect(operations, &OperationsPanel::runFinished, operations, [&] { finished = true; });
    operations->setKind(OperationKind::Flush);
    operations->setTables(
        { TableRef::byName(u"production_db"_s, u"users"_s), TableRef::byName(u"production_db"_s, u"orders"_s),
            TableRef::byName(u"production_db"_s, u"products"_s),
            TableRef::byName(u"analytics_db"_s, u"metrics"_s),
            TableRef::byName(u"analytics_db"_s, u"missing_table"_s) });
    window->showPage(MainWindow::Page::Operations);
    settle();
    operations->run();
    if (!waitFor([&] { return finished; }))
        std::fprintf(stderr, "screenshots: the run did not finish\n");

    // A plan open on Plans, saved with a schedule (so the Schedules page lists it).
    PlanEditor *plans = app.planEditor();
    plans->setDiscardQuestion([](const QString &) { return QMessageBox::Discard; });
    plans->newFromTemplate(PlanTemplate::DatabaseMaintenance);
    plans->addTarget(0, u"production_db.users"_s, PlanEditor::TargetKind::Table);
    plans->addTarget(0, u"production_db.orders"_s, PlanEditor::TargetKind::Table);
    plans->addTarget(0, u"analytics_db.*"_s, PlanEditor::TargetKind::Pattern);
    MaintenancePlan plan = plans->plan();
    plan.profileId = profile.idString();
    plans->editPlan(plan, u"profile"_s);
    plans->setSchedule(Schedule::daily({ QTime(2, 30) }));
    plans->save();
    plans->setCurrentStep(0);
    const QString planId = plans->plan().idString();
    app.reloadPlans();
    bool preflightDone = false;
    QObject::connect(plans, &PlanEditor::preflightFinished, plans, [&] { preflightDone = true; });
    plans->preflight();
    waitFor([&] { return preflightDone; });

    for (const QSize &size : sizes) {
        Shooter shoot(outDir, language, size);
        window->resize(size);
        settle(300);
        // Profiles: the dock with the profile selected, and its editor.
        window->showPage(MainWindow::Page::Operations);
        app.profilesPanel()->selectProfile(profile.id);
        app.profilesPanel()->view()->setFocus();
        shoot.save(window, u"profiles"_s);
        app.profilesPanel()->setEditorHook([&](ProfileEditorDialog *dialog) {
            dialog->show();
            shoot.save(dialog, u"profile-editor"_s);
            dialog->reject();
        });
        app.profilesPanel()->editProfile();
        app.profilesPanel()->setEditorHook({});

        window->showPage(MainWindow::Page::Operations);
        shoot.save(window, u"operations"_s);

        window->showPage(MainWindow::Page::Plans);
        shoot.save(window, u"plans"_s);

        window->showPage(MainWindow::Page::Schedules);
        app.schedulesPage()->refresh();
        app.schedulesPage()->selectPlan(planId);
        shoot.save(window, u"schedules"_s);

        window->showPage(MainWindow::Page::History);
        app.historyView()->refresh();
        settle(300);
        app.historyView()->selectRun(runId);
        settle(500);
        shoot.save(window, u"history"_s);

        PreferencesDialog dialog(app.preferences(), window);
        dialog.show();
        shoot.save(&dialog, u"preferences"_s);
        dialog.reject();
    }
    return 0;
}

QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(u'x');
    return parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    Application::setIdentity();
    QCoreApplication::setApplicationName(u"moctl-screenshots"_s); // its own settings, never the user's
    QSettings::setDefaultFormat(QSettings::IniFormat);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Renders every page of MOCTL Studio to PNG files (needs $MOCTL_STANDIN_DIR)."_s);
    parser.addHelpOption();
    parser.addOption(
        { u"out"_s, u"The folder for the PNG files (default ./screenshots)."_s, u"dir"_s, u"screenshots"_s });
    parser.addOption({ u"language"_s, u"en or zh_CN (repeatable; default both)."_s, u"language"_s });
    parser.addOption(
        { u"size"_s, u"WIDTHxHEIGHT (repeatable; default 1024x700 and 1920x1080)."_s, u"size"_s });
    parser.process(qapp);

    if (!TestServer::instance().isAvailable()) {
        std::fprintf(
            stderr, "screenshots: no server: %s\n", qPrintable(TestServer::instance().whyUnavailable()));
        return 2;
    }
    const QString out = parser.value(u"out"_s);
    QDir().mkpath(out);
    QStringList languages = parser.values(u"language"_s);
    if (languages.isEmpty())
        languages = { u"en"_s, u"zh_CN"_s };
    QList<QSize> sizes;
    for (const QString &text : parser.values(u"size"_s)) {
        if (const QSize size = parseSize(text); size.isValid())
            sizes << size;
    }
    if (sizes.isEmpty())
        sizes = { QSize(1024, 700), QSize(1920, 1080) };
    int status = 0;
    for (const QString &language : std::as_const(languages))
        status = std::max(status, shootLanguage(out, language, sizes));
    return status;
}
