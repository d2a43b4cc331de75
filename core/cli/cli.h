#pragma once

#include "connection/connectionsettings.h"
#include "moctl/moerror.h"
#include "runner/runtypes.h"

#include <functional>
#include <optional>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace moctl::cli {

// Exit codes of moctl (the CLI contract).
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1, // an operation failed on the server
    ExitUsage = 2, // usage or bad input; nothing was sent
    ExitConnection = 3, // cannot connect or authenticate
    ExitTimeout = 4, // timed out or cancelled (Ctrl+C, SIGTERM, SIGHUP)
    ExitHistory = 5, // the run was ok but its history could not be written (said on stderr)
    // The command did its work but a password could not be stored in (or removed from) the keychain:
    // `profiles add --password-stdin` saved the profile without its password.
    ExitSecretNotSaved = 6,
    // Nothing was sent: the plan is being run by another moctl (its lock in the data directory is held).
    ExitBusy = 7,
};

enum class OutputFormat { Text, Json, Csv };
// --log-format: how a run reports its progress on stdout. Json: one JSON object per event (run started,
// each outcome, run finished) with ts, level and event, for cluster log collectors (cli_log.cpp).
enum class LogFormat { Text, Json };

// The arguments left to a command, with helpers that take what the command understands.
class Arguments
{
public:
    explicit Arguments(QStringList args)
        : m_args(std::move(args))
    {
    }
    // --name (flag). True when present; removes it.
    bool takeFlag(const QString &name);
    // --name VALUE or --name=VALUE. Sets *error when the value is missing.
    std::optional<QString> takeValue(const QString &name, QString *error);
    // All values of a repeated option.
    QStringList takeValues(const QString &name, QString *error);
    // What is left; an unknown option left here is a usage error.
    QStringList remaining() const { return m_args; }
    QString firstUnknownOption() const;

private:
    QStringList m_args;
};

struct Context
{
    QTextStream &out;
    QTextStream &err;
    std::function<QString()> readStdin; // whole standard input
    std::function<QString(const char *)> env;
    Arguments args;
    OutputFormat format = OutputFormat::Text;
    bool dryRun = false;
    // Connection options as given (resolved later: profile, then explicit flags).
    std::optional<QString> host {};
    std::optional<int> port {};
    std::optional<QString> user {};
    std::optional<QString> profile {};
    bool passwordStdin = false;
    // --password-file FILE (a Kubernetes Secret mounted as a file): read once, when the connection is
    // resolved; the path is in the arguments, never the password. (--history URL and
    // --history-password-file, the shared history, will be global options next to these.)
    std::optional<QString> passwordFile {};
    // --history mysql://user@host:port/db | FILE (else MOCTL_HISTORY; empty = the local history file) and
    // --history-password-file FILE (else the keychain entry of the location): the shared history.
    QString history {};
    std::optional<QString> historyPasswordFile {};
    LogFormat logFormat = LogFormat::Text;
    // --ssl-mode, --ssl-ca, --ssl-cert, --ssl-key (override the profile's TLS settings).
    std::optional<ConnectionSettings::TlsMode> sslMode {};
    std::optional<QString> sslCa {};
    std::optional<QString> sslCert {};
    std::optional<QString> sslKey {};
    QString dataDir {}; // --data-dir, or MOCTL_DATA_DIR; empty = the standard location

    // Prints a usage error and returns ExitUsage.
    int usageError(const QString &message);
};

// Resolves the connection: --profile from the profile store (password from the keychain), then
// --host/--port/--user, password from --password-stdin, --password-file or MOCTL_PASSWORD (never an
// argument).
struct ResolvedConnection
{
    ConnectionSettings settings;
    QString profileId;
    QString profileName;
    MoError error;
    int exitCode = ExitOk;
};
ResolvedConnection resolveConnection(Context &context);

// Exit code for a finished run, by precedence whatever the order of its outcomes:
// 2 usage > 3 connection > 4 timeout/cancel > 1 failed > 0 ok (ExitHistory is decided by the caller).
int exitCodeFor(const RunSummary &summary);
int exitCodeFor(const MoError &error);

// Prints one outcome line (text or JSON: operation, target, status, code, message, attempts,
// durationMs, sql).
void printOutcome(Context &context, const Outcome &outcome);
// The parts of printOutcome: the JSON object, and the text (a second line, indented, for an error).
QJsonObject outcomeObject(const Outcome &outcome);
QString outcomeText(const Outcome &outcome);

// Entry point of moctl; `args` excludes the program name.
int run(const QStringList &args, QTextStream &out, QTextStream &err, std::function<QString()> readStdin);

// Builds the history recorder the CLI writes to (set by the history module; may return null).
using RecorderFactory = std::function<std::unique_ptr<RunRecorder>(Context &)>;

} // namespace moctl::cli
