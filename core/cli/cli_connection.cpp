// Connection resolution and the history recorder of the CLI.
#include "cli_commands.h"

#include "apppaths.h"
#include "history/historystore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moctl::cli {

ResolvedConnection resolveConnection(Context &context)
{
    ResolvedConnection result;
    if (context.profile) {
        result.error = MoError::invalidInput(QCoreApplication::translate("moctl::cli", "Profiles are not available yet."));
        result.exitCode = context.usageError(result.error.message());
        return result;
    }
    ConnectionSettings &s = result.settings;
    if (context.host)
        s.host = *context.host;
    if (context.port)
        s.port = *context.port;
    if (context.user)
        s.user = *context.user;
    if (context.passwordStdin) {
        QString password = context.readStdin();
        while (password.endsWith(u'\n') || password.endsWith(u'\r'))
            password.chop(1);
        s.password = password;
    } else {
        s.password = context.env("MOCTL_PASSWORD");
    }
    return result;
}

std::unique_ptr<HistoryStore> openHistory(Context &context)
{
    if (!context.dataDir.isEmpty())
        AppPaths::setDataDirectory(context.dataDir);
    auto store = std::make_unique<HistoryStore>();
    if (!store->open(AppPaths::historyFile(), HistoryStore::CorruptFile::MoveAside)) {
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

std::unique_ptr<RunRecorder> makeRecorder(Context &context)
{
    std::unique_ptr<HistoryStore> store = openHistory(context);
    if (!store) {
        context.err << "moctl: " << QCoreApplication::translate("moctl::cli", "warning: this run is not recorded in the history.") << '\n';
        context.err.flush();
        return nullptr;
    }
    return store;
}

} // namespace moctl::cli
