// Connection resolution and the history recorder of the CLI.
#include "cli_commands.h"

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

std::unique_ptr<RunRecorder> makeRecorder(Context &)
{
    return nullptr;
}

} // namespace moctl::cli
