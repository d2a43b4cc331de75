// Connection resolution (profile, then explicit flags) and the history recorder of the CLI.
#include "apppaths.h"
#include "cli_commands.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "history/historystore.h"
#include "security/processsecurity.h"

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
    if (context.sslMode)
        s.tlsMode = *context.sslMode;
    if (context.sslCa)
        s.caFile = *context.sslCa;
    if (context.sslCert)
        s.certFile = *context.sslCert;
    if (context.sslKey)
        s.keyFile = *context.sslKey;
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

// Opens the history of --data-dir (or the standard place) into `store`, printing why it cannot or what
// it noticed (a corrupt file moved aside); false when it did not open.
bool openInto(Context &context, HistoryStore &store)
{
    if (!context.dataDir.isEmpty())
        AppPaths::setDataDirectory(context.dataDir);
    const bool opened = store.open(AppPaths::historyFile(), HistoryStore::CorruptFile::MoveAside);
    if (const QString said = opened ? store.notice() : store.errorString(); !said.isEmpty()) {
        context.err << "moctl: " << said << '\n';
        context.err.flush();
    }
    return opened;
}

} // namespace

std::unique_ptr<HistoryStore> openHistory(Context &context)
{
    auto store = std::make_unique<HistoryStore>();
    return openInto(context, *store) ? std::move(store) : nullptr;
}

std::unique_ptr<HistoryStore> makeRecorder(Context &context)
{
    // Kept even when the history cannot be opened: the run is then held in memory, written if the
    // history comes back before the run ends, and otherwise reported (stderr, exit 5) by the caller.
    auto store = std::make_unique<HistoryStore>();
    openInto(context, *store);
    return store;
}

} // namespace moctl::cli
