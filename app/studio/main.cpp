// moctl-studio: builds the services, wires them to the main window, starts.
#include "apppaths.h"
#include "mainwindow.h"
#include "planeditor.h"
#include "preferencesdialog.h"
#include "profilespanel.h"
#include "settings/preferences.h"

#include "apppaths.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"

#include "moctl_version.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // --version must work without a display.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("moctl-studio %s\n", MOCTL_VERSION_STRING);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral(MOCTL_ORGANIZATION_NAME));
    QApplication::setApplicationName(QStringLiteral(MOCTL_APPLICATION_NAME));
    QApplication::setApplicationDisplayName(u"MOCTL Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(MOCTL_VERSION_STRING));
    QApplication::setDesktopFileName(u"moctl-studio"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/moctl-studio.svg"_s));

    moctl::Preferences preferences = moctl::Preferences::load();
    moctl::installTranslations(preferences.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Maintenance for MatrixOne clusters"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // Profiles: the shared JSON file (watched, so moctl's changes show up), passwords in the keychain
    // or, when there is none, remembered for this session only. Declared before the window so they
    // outlive the panel that uses them.
    moctl::ProfileStore profileStore(moctl::AppPaths::profilesFile(), moctl::ProfileStore::Watch::Yes);
    moctl::KeychainSecretStore keychain;
    moctl::MemorySecretStore sessionSecrets;
    moctl::MainWindow window;

    auto *profilesPanel = new moctl::ProfilesPanel(&profileStore, &keychain, &sessionSecrets);
    window.setProfilesPanel(profilesPanel);
    QObject::connect(profilesPanel, &moctl::ProfilesPanel::currentProfileDescribed, &window,
                     [&window](const QString &name, const QString &colour) {
                         window.setCurrentProfile(name, colour.isEmpty() ? QColor() : QColor(colour));
                     });
    QObject::connect(profilesPanel, &moctl::ProfilesPanel::messageShown, &window,
                     [&window](const QString &text) { window.showMessage(text); });
    if (!profileStore.load())
        window.showMessage(profileStore.errorString(), 0);
    // Closing to the tray is turned on by the tray wiring (schedules), only when a tray icon exists.

    QObject::connect(&window, &moctl::MainWindow::preferencesRequested, &window, [&window, &preferences] {
        moctl::PreferencesDialog dialog(preferences, &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const moctl::Preferences changed = dialog.preferences();
        if (changed.language != preferences.language)
            moctl::installTranslations(changed.language);
        preferences = changed;
        preferences.save();

    });

    // Plans: the editor page; a plan runs against its profile (else the current one), its runs show
    // in the status bar. (History plugs in its recorder with setRecorder().)
    auto *plans = new moctl::PlanEditor(moctl::AppPaths::plansDirectory());
    plans->setConnectionProvider([profilesPanel](const QString &profileId, QObject *context,
                                                 moctl::PlanEditor::ConnectionDone done) {
        QUuid id = QUuid::fromString(profileId);
        if (id.isNull())
            id = profilesPanel->currentProfile();
        if (id.isNull())
            return done(std::nullopt);
        profilesPanel->resolveSettings(id, context, std::move(done));
    });
    window.setPage(moctl::MainWindow::Page::Plans, plans);
    plans->guardClose(&window); // unsaved plan: asks before the window closes
    QObject::connect(plans, &moctl::PlanEditor::runProgressChanged, &window, &moctl::MainWindow::setRunProgress);

    window.restoreWindowState();
    window.show();
    const int rc = app.exec();
    window.saveWindowState();
    return rc;
}
