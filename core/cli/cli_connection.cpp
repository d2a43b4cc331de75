// Connection resolution (profile, then explicit flags) and the history recorder of the CLI.
#include "apppaths.h"
#include "cli_commands.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "history/historystore.h"
#include "security/processsecurity.h"
#include "settings/preferences.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace moctl::cli {

QString profilesPath(Context &context)
{
    if (!context.dataDir.isEmpty())
        AppPaths::setDataDirectory(context.dataDir);
    return AppPaths::profilesFile();
}

QString readPasswordFromStdin(Context &context)
{
    QString password = context.readStdin();
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

void applyTlsOptions(const Context &context, ConnectionSettings &s)
{
    if (context.sslMode)
        s.tlsMode = *context.sslMode;
    if (context.sslCa)
        s.caFile = *context.sslCa;
    if (context.sslCert)
        s.certFile = *context.sslCert;
    if (context.sslKey)
        s.keyFile = *context.sslKey;
}

ResolvedConnection resolveConnection(Context &context)
{
    ResolvedConnection result;
    ConnectionSettings &s = result.settings;
    std::optional<QString> keychainPassword;
    if (context.profile) {
        ProfileStore store(profilesPath(context));
        if (!store.load()) {
            result.error = MoError::invalidInput(store.errorString());
            result.exitCode = context.usageError(store.errorString());
            return result;
        }
        const auto profile = store.find(*context.profile);
        if (!profile) {
            result.error = MoError::invalidInput(QCoreApplication::translate(
                "moctl::cli", "No profile is called \"%1\" (see moctl profiles list).")
                                                     .arg(*context.profile));
            result.exitCode = context.usageError(result.error.message());
            return result;
        }
        result.profileId = profile->idString();
        result.profileName = profile->name;
        s = profile->toSettings({});
        // The password: --password-stdin, then --password-file, then MOCTL_PASSWORD, then the keychain.
        if (!context.passwordStdin && !context.passwordFile && context.env("MOCTL_PASSWORD").isEmpty()) {
            KeychainSecretStore keychain;
            const SecretStore::Result secret = keychain.readBlocking(profile->idString());
            if (secret.ok()) {
                keychainPassword = secret.secret;
            } else if (secret.status == SecretStore::Status::NotFound) {
                context.err << "moctl: "
                            << QCoreApplication::translate("moctl::cli",
                                   "No password is stored for profile \"%1\"; trying without one (set "
                                   "MOCTL_PASSWORD or use --password-stdin).")
                                   .arg(profile->name)
                            << '\n';
            } else {
                context.err << "moctl: " << secret.message << ' '
                            << QCoreApplication::translate(
                                   "moctl::cli", "Set MOCTL_PASSWORD or use --password-stdin.")
                            << '\n';
            }
            context.err.flush();
        }
    }
    // Explicit flags override the profile.
    if (context.host)
        s.host = *context.host;
    if (context.port)
        s.port = *context.port;
    if (context.user)
        s.user = *context.user;
    applyTlsOptions(context, s);
    if (context.passwordStdin) {
        s.password = readPasswordFromStdin(context);
    } else if (context.passwordFile) {
        QString error;
        std::optional<QString> password = readPasswordFile(*context.passwordFile, &error);
        if (!password) {
            result.error = MoError::invalidInput(error);
            result.exitCode = context.usageError(error);
            return result;
        }
        s.password = *password;
        wipe(*password);
    } else if (keychainPassword)
        s.password = *keychainPassword;
    else
        s.password = context.env("MOCTL_PASSWORD");
    return result;
}

namespace {

// Opens the history --history / MOCTL_HISTORY names (the local file when none), a shared one with its
// password from --history-password-file or the keychain entry "history:<URL>". False: *message says why
// (the store may still accept runs: a shared one queues them locally).
bool openConfiguredHistory(Context &context, HistoryStore &store)
{
    if (!context.dataDir.isEmpty())
        AppPaths::setDataDirectory(context.dataDir);
    QString error;
    // --history, MOCTL_HISTORY, then the location chosen in Preferences (as the GUI that started us).
    const QString text = context.history.isEmpty() ? Preferences::load().historyLocation : context.history;
    const std::optional<HistoryLocation> location = HistoryLocation::parse(text, &error);
    if (!location) {
        context.err << "moctl: " << error << '\n';
        context.err.flush();
    }
    if (!location || !location->isShared())
        return store.open(location && !location->path.isEmpty() ? location->path : AppPaths::historyFile(),
            HistoryStore::CorruptFile::MoveAside);
    QString password;
    if (context.historyPasswordFile) {
        std::optional<QString> read = readPasswordFile(*context.historyPasswordFile, &error);
        if (!read) {
            context.err << "moctl: " << error << '\n';
            context.err.flush();
        } else {
            password = *read;
            wipe(*read);
        }
    } else {
        KeychainSecretStore keychain;
        const SecretStore::Result secret = keychain.readBlocking(location->secretKey());
        if (secret.ok())
            password = secret.secret;
        else if (secret.status != SecretStore::Status::NotFound) {
            context.err << "moctl: "
                        << QCoreApplication::translate("moctl::cli",
                               "the shared history's password could not be read from the keychain (%1); "
                               "give --history-password-file FILE.")
                               .arg(secret.message)
                        << '\n';
            context.err.flush();
        }
    }
    const bool opened = store.open(*location, password, HistoryStore::CorruptFile::Report);
    wipe(password);
    return opened;
}

} // namespace

std::unique_ptr<HistoryStore> openHistory(Context &context)
{
    auto store = std::make_unique<HistoryStore>();
    if (!openConfiguredHistory(context, *store)) {
        context.err << "moctl: " << store->errorString() << '\n';
        context.err.flush();
        return nullptr;
    }
    if (!store->notice().isEmpty()) {
        context.err << "moctl: " << store->notice() << '\n';
        context.err.flush();
    }
    return store;
}

std::unique_ptr<HistoryStore> makeRecorder(Context &context)
{
    // Kept even when the history cannot be opened: the run is then held in memory, written if the
    // history comes back before the run ends, and otherwise reported (stderr, exit 5) by the caller. A
    // shared history keeps it on local disk too: sent later (a warning, not exit 5).
    auto store = std::make_unique<HistoryStore>();
    if (!openConfiguredHistory(context, *store)) {
        context.err << "moctl: "
                    << (store->isShared() ? QCoreApplication::translate("moctl::cli", "warning: ")
                                          : QString())
                    << store->errorString() << '\n';
        context.err.flush();
    } else if (!store->notice().isEmpty()) {
        context.err << "moctl: " << store->notice() << '\n';
        context.err.flush();
    }
    return store;
}

} // namespace moctl::cli
