// moctl-studio: builds the services, wires them to the main window, starts.
#include "history/historystore.h"
#include "historyview.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "preferencesdialog.h"
#include "profilespanel.h"
#include "settings/preferences.h"

#include "apppaths.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"

#include "moctl_version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

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
    // The history outlives the window (and so every run the window starts).
    moctl::HistoryStore history;
    const bool historyOpen = history.open();
    // Retention: purge in the background now and once a day.
    QTimer retentionTimer;
    if (historyOpen) {
        const auto purge = [&history, &preferences] {
            history.purge(moctl::Retention{preferences.historyKeepDays, preferences.historyKeepRuns});
        };
        purge();
        QObject::connect(&retentionTimer, &QTimer::timeout, &history, purge);
        retentionTimer.start(std::chrono::hours(24));
    }

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
    auto *operations = new moctl::OperationsPanel;
    operations->setRecorder(historyOpen ? &history : nullptr);
    operations->setDefaults(preferences.defaults);
    // The current profile's connection, password from the session or the keychain (or asked for).
    operations->setConnectionSupplier(
        [profilesPanel, &profileStore](QObject *context, std::function<void(moctl::OperationsPanel::Connection)> done) {
            const QUuid id = profilesPanel->currentProfile();
            const auto profile = profileStore.profile(id);
            if (id.isNull() || !profile) {
                moctl::OperationsPanel::Connection none;
                none.error = QApplication::translate("main", "Connect to a profile first (Profiles, Connect).");
                done(none);
                return;
            }
            const QString name = profile->name;
            const QString idString = profile->idString();
            profilesPanel->resolveSettings(
                id, context, [done, idString, name](const std::optional<moctl::ConnectionSettings> &settings) {
                    moctl::OperationsPanel::Connection c;
                    if (!settings) {
                        c.error = QApplication::translate("main", "No password given; nothing was run.");
                    } else {
                        c.settings = *settings;
                        c.profileId = idString;
                        c.profileName = name;
                    }
                    done(c);
                });
        });
    QObject::connect(operations, &moctl::OperationsPanel::progressChanged, &window, &moctl::MainWindow::setRunProgress);
    QObject::connect(operations, &moctl::OperationsPanel::statusChanged, &window,
                     [&window](const QString &text) { window.showMessage(text); });
    window.setPage(moctl::MainWindow::Page::Operations, operations);
    auto *historyView = new moctl::HistoryView(&history);
    QObject::connect(historyView, &moctl::HistoryView::messageShown, &window,
                     [&window](const QString &text) { window.showMessage(text); });
    // Re-run: the run's operations go back to the Operations page to be reviewed and run (its current profile).
    QObject::connect(historyView, &moctl::HistoryView::rerunRequested, &window,
                     [&window, operations](const QList<moctl::Operation> &ops, const QString &) {
                         QList<moctl::TableRef> tables;
                         for (const moctl::Operation &op : ops) {
                             if (op.kind == moctl::OperationKind::Flush)
                                 tables << op.table;
                         }
                         if (!tables.isEmpty()) {
                             operations->setKind(moctl::OperationsPanel::Kind::Flush);
                             operations->setTables(tables);
                         } else {
                             const moctl::Operation &op = ops.constFirst();
                             operations->setKind(op.kind == moctl::OperationKind::Checkpoint
                                                     ? moctl::OperationsPanel::Kind::Checkpoint
                                                     : moctl::OperationsPanel::Kind::GlobalCheckpoint);
                             operations->setDuration(op.duration);
                         }
                         window.showPage(moctl::MainWindow::Page::Operations);
                         window.showMessage(QApplication::translate("main", "Review the operations and run them."));
                     });
    window.setPage(moctl::MainWindow::Page::History, historyView);
    if (!historyOpen)
        window.showMessage(history.errorString(), 0);
    else if (!history.notice().isEmpty())
        window.showMessage(history.notice(), 0);
    // Closing to the tray is turned on by the tray wiring (schedules), only when a tray icon exists.

    QObject::connect(&window, &moctl::MainWindow::preferencesRequested, &window, [&window, &preferences, operations] {
        moctl::PreferencesDialog dialog(preferences, &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const moctl::Preferences changed = dialog.preferences();
        if (changed.language != preferences.language)
            moctl::installTranslations(changed.language);
        preferences = changed;
        preferences.save();
        operations->setDefaults(preferences.defaults);

    });

    window.restoreWindowState();
    window.show();
    const int rc = app.exec();
    window.saveWindowState();
    return rc;
}
