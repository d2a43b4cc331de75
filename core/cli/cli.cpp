#include "cli.h"

#include "cli_commands.h"
#include "history/historylocation.h"
#include "moctl_version.h"
#include "security/textsafety.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(Context &)> run;
};

QList<Command> commands()
{
    return {
        { "flush",
            QT_TRANSLATE_NOOP("moctl::cli",
                "flush tables: flush DB.TABLE|PATTERN... | --id N [--account ID] [--with-companions]"),
            commandFlush },
        { "checkpoint", QT_TRANSLATE_NOOP("moctl::cli", "force an incremental checkpoint [--duration 30s]"),
            [](Context &c) { return commandCheckpoint(c, OperationKind::Checkpoint); } },
        { "global-checkpoint", QT_TRANSLATE_NOOP("moctl::cli", "force a global checkpoint [--duration 30s]"),
            [](Context &c) { return commandCheckpoint(c, OperationKind::GlobalCheckpoint); } },
        { "tables",
            QT_TRANSLATE_NOOP("moctl::cli",
                "list tables with ids, rows and sizes: tables [DB...] [--system] [--internal] "
                "[--all-accounts]"),
            commandTables },
        { "checkpoints",
            QT_TRANSLATE_NOOP("moctl::cli",
                "MatrixOne's checkpoint list: the last global checkpoint and the incrementals since it; "
                "--format text|json"),
            commandCheckpoints },
        { "run-plan",
            QT_TRANSLATE_NOOP("moctl::cli",
                "run a saved plan: run-plan FILE|NAME | --plan-file FILE [--profile NAME | --profiles "
                "group:G|tag:T|all|A,B [--max-clusters N]] [--dry-run] [--notify] [--metrics-textfile FILE]"),
            commandRunPlan },
        { "plans",
            QT_TRANSLATE_NOOP("moctl::cli",
                "saved plans: plans list | show FILE|NAME | validate [FILE|NAME] | notify NAME [--when W] "
                "[--preset P] [--webhook-url-stdin|--no-webhook] [--desktop|--no-desktop] "
                "[--scheduled-when W|inherit] [--test]"),
            commandPlans },
        { "profiles",
            QT_TRANSLATE_NOOP("moctl::cli",
                "saved connection profiles: list | show NAME | add NAME "
                "--host H [...] | remove NAME | export [NAME...] | import FILE"),
            commandProfiles },
        { "history",
            QT_TRANSLATE_NOOP("moctl::cli",
                "list recorded runs [--limit N] [--status S] [--search TEXT] [--run ID] "
                "[--purge-older-than DAYS]; --format text|json|csv"),
            commandHistory },
        { "schedule",
            QT_TRANSLATE_NOOP(
                "moctl::cli", "scheduled plans: schedule list | run [--grace MIN] [--wait S] (cron, timers)"),
            commandSchedule },
        { "serve",
            QT_TRANSLATE_NOOP("moctl::cli",
                "keep running and run plans on their schedules [--grace MIN] [--metrics-address HOST:PORT]"),
            commandServe },
    };
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("moctl::cli", "Usage: moctl [options] COMMAND [command options]")
        << "\n\n"
        << QCoreApplication::translate(
               "moctl::cli", "Maintenance operations for MatrixOne clusters (mo_ctl).")
        << "\n\n"
        << QCoreApplication::translate("moctl::cli", "Options:") << '\n'
        << "  --host H             " << QCoreApplication::translate("moctl::cli", "server host (127.0.0.1)")
        << '\n'
        << "  --port P             " << QCoreApplication::translate("moctl::cli", "server port (6001)")
        << '\n'
        << "  --user U             "
        << QCoreApplication::translate(
               "moctl::cli", "user, also account:user[:role] or account#user[#role] (root)")
        << '\n'
        << "  --profile NAME       "
        << QCoreApplication::translate("moctl::cli", "use a saved connection profile") << '\n'
        << "  --password-stdin     "
        << QCoreApplication::translate(
               "moctl::cli", "read the password from standard input (else MOCTL_PASSWORD)")
        << '\n'
        << "  --password-file F    "
        << QCoreApplication::translate(
               "moctl::cli", "read the password from a file only its owner can read (a mounted Secret)")
        << '\n'
        << "  --ssl-mode M         "
        << QCoreApplication::translate("moctl::cli",
               "DISABLED, PREFERRED (default), REQUIRED, VERIFY_CA or VERIFY_IDENTITY (refused: see README)")
        << '\n'
        << "  --ssl-ca F, --ssl-cert F, --ssl-key F "
        << QCoreApplication::translate("moctl::cli", "CA certificate, client certificate and key (PEM)")
        << '\n'
        << "  --format text|json|csv " << QCoreApplication::translate("moctl::cli", "output format") << '\n'
        << "  --log-format text|json "
        << QCoreApplication::translate("moctl::cli",
               "json: a run prints one JSON object per event (ts, level, event) for log collectors")
        << '\n'
        << "  --dry-run            "
        << QCoreApplication::translate("moctl::cli", "print the SQL that would be sent and send nothing")
        << '\n'
        << "  --data-dir DIR       "
        << QCoreApplication::translate("moctl::cli", "where profiles, plans and history are kept") << '\n'
        << "  --history URL|FILE   "
        << QCoreApplication::translate(
               "moctl::cli", "the history: mysql://user@host:port/db (shared) or a file (else MOCTL_HISTORY)")
        << '\n'
        << "  --history-password-file F "
        << QCoreApplication::translate(
               "moctl::cli", "the shared history's password (else the keychain entry \"history:URL\")")
        << '\n'
        << "  --version, --help"
        << "\n\n"
        << QCoreApplication::translate("moctl::cli", "Commands:") << '\n';
    for (const Command &c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(20) << ' '
            << QCoreApplication::translate("moctl::cli", c.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("moctl::cli",
               "Flush and checkpoint options: --timeout SECONDS, --retries N, --parallel N (flush).")
        << '\n'
        << QCoreApplication::translate("moctl::cli",
               "Exit codes: 0 ok, 1 an operation failed, 2 usage or bad input (nothing sent), 3 cannot "
               "connect or authenticate (also: TLS required but not offered, a server asking for the "
               "password in "
               "clear text), 4 timed out or cancelled, 5 ran but the history was not recorded, 6 the "
               "password could "
               "not be saved in the keychain, 7 the plan is already running elsewhere (nothing sent). When "
               "several "
               "apply: 2, then 3, then 4, then 1; 5 only when the run itself was ok. A shared history that "
               "cannot be reached is not 5: the run is queued on local disk, a warning says so and the next "
               "moctl that reaches the database sends it.")
        << '\n';
}

} // namespace

bool Arguments::takeFlag(const QString &name)
{
    const qsizetype i = m_args.indexOf(name);
    if (i < 0)
        return false;
    m_args.removeAt(i);
    return true;
}

std::optional<QString> Arguments::takeValue(const QString &name, QString *error)
{
    std::optional<QString> result;
    for (qsizetype i = 0; i < m_args.size();) {
        const QString &arg = m_args.at(i);
        if (arg == u"--"_s)
            break;
        if (arg == name) {
            if (i + 1 >= m_args.size()) {
                if (error)
                    *error = QCoreApplication::translate("moctl::cli", "%1 needs a value.").arg(name);
                m_args.removeAt(i);
                return result;
            }
            result = m_args.at(i + 1);
            m_args.remove(i, 2);
            continue;
        }
        if (arg.startsWith(name + u'=')) {
            result = arg.mid(name.size() + 1);
            m_args.removeAt(i);
            continue;
        }
        ++i;
    }
    return result;
}

QStringList Arguments::takeValues(const QString &name, QString *error)
{
    // Every occurrence in order (takeValue() keeps only the last one).
    QStringList values;
    for (qsizetype i = 0; i < m_args.size();) {
        const QString &arg = m_args.at(i);
        if (arg == u"--"_s)
            break;
        if (arg == name) {
            if (i + 1 >= m_args.size()) {
                if (error)
                    *error = QCoreApplication::translate("moctl::cli", "%1 needs a value.").arg(name);
                m_args.removeAt(i);
                break;
            }
            values << m_args.at(i + 1);
            m_args.remove(i, 2);
            continue;
        }
        if (arg.startsWith(name + u'=')) {
            values << arg.mid(name.size() + 1);
            m_args.removeAt(i);
            continue;
        }
        ++i;
    }
    return values;
}

QString Arguments::firstUnknownOption() const
{
    for (const QString &arg : m_args) {
        if (arg == u"--"_s)
            return {};
        if (arg.startsWith(u"--"_s) || (arg.startsWith(u'-') && arg.size() > 1 && !arg.at(1).isDigit()))
            return arg;
    }
    return {};
}

int Context::usageError(const QString &message)
{
    // The message may quote a name or a server's text: escaped, line by line.
    QStringList lines = message.split(u'\n');
    for (QString &line : lines)
        line = printable(line);
    err << "moctl: " << lines.join(u'\n') << '\n';
    err.flush();
    return ExitUsage;
}

int exitCodeFor(const MoError &error)
{
    switch (error.kind()) {
    case MoError::Kind::None:
        return ExitOk;
    case MoError::Kind::InvalidInput:
        return ExitUsage;
    case MoError::Kind::Connection:
    case MoError::Kind::Authentication:
        return ExitConnection;
    case MoError::Kind::ClientTimeout:
    case MoError::Kind::ServerTimeout:
    case MoError::Kind::Cancelled:
        return ExitTimeout;
    default:
        return ExitFailed;
    }
}

int exitCodeFor(const RunSummary &summary)
{
    // A fixed precedence (README, "Exit codes"), never the order the outcomes came in:
    // 2 usage > 3 connection > 4 timeout/cancel > 1 failed > 0.
    if (summary.status == RunStatus::Ok && !summary.worstError.isError())
        return ExitOk;
    if (summary.worstError.isError()) {
        const int code = exitCodeFor(summary.worstError);
        if (code != ExitOk)
            return code;
    }
    if (summary.status == RunStatus::Cancelled)
        return ExitTimeout;
    return summary.status == RunStatus::Ok ? ExitOk : ExitFailed;
}

QJsonObject outcomeObject(const Outcome &outcome)
{
    QJsonObject o;
    o.insert(u"operation"_s, operationName(outcome.operation.kind));
    o.insert(u"target"_s, outcome.target);
    o.insert(u"status"_s, outcomeStatusName(outcome.status));
    o.insert(u"code"_s, outcome.error.code());
    o.insert(u"message"_s, outcome.error.isError() ? outcome.error.message() : outcome.error.detail());
    o.insert(u"attempts"_s, outcome.attempts);
    o.insert(u"durationMs"_s, outcome.durationMs);
    o.insert(u"sql"_s, outcome.sql);
    return o;
}

QString outcomeText(const Outcome &outcome)
{
    QString line = u"%1  %2  %3  %4 ms"_s
                       .arg(outcomeStatusName(outcome.status).leftJustified(9),
                           operationName(outcome.operation.kind).leftJustified(17), printable(outcome.target))
                       .arg(outcome.durationMs);
    if (outcome.attempts > 1)
        line += u"  "_s + QCoreApplication::translate("moctl::cli", "(%1 attempts)").arg(outcome.attempts);
    if (outcome.error.isError())
        line += u"\n           "_s + printable(outcome.error.message());
    else if (!outcome.error.detail().isEmpty())
        line += u"  "_s + printable(outcome.error.detail());
    return line;
}

void printOutcome(Context &context, const Outcome &outcome)
{
    if (context.format == OutputFormat::Json)
        context.out << QString::fromUtf8(QJsonDocument(outcomeObject(outcome)).toJson(QJsonDocument::Compact))
                    << '\n';
    else
        context.out << outcomeText(outcome) << '\n';
    context.out.flush();
}

int run(const QStringList &rawArgs, QTextStream &out, QTextStream &err, std::function<QString()> readStdin)
{
    Arguments global(rawArgs);
    Context context { .out = out,
        .err = err,
        .readStdin = std::move(readStdin),
        .env = [](const char *name) { return qEnvironmentVariable(name); },
        .args = Arguments({}) };
    if (global.takeFlag(u"--version"_s)) {
        out << "moctl " << MOCTL_VERSION_STRING << '\n';
        return ExitOk;
    }
    // Global options may stand anywhere; the command is the first remaining word.
    QString error;
    context.host = global.takeValue(u"--host"_s, &error);
    if (auto port = global.takeValue(u"--port"_s, &error)) {
        bool ok = false;
        const int p = port->toInt(&ok);
        if (!ok || p < 1 || p > 65535)
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--port takes a number from 1 to 65535."));
        context.port = p;
    }
    context.user = global.takeValue(u"--user"_s, &error);
    context.profile = global.takeValue(u"--profile"_s, &error);
    context.passwordStdin = global.takeFlag(u"--password-stdin"_s);
    context.passwordFile = global.takeValue(u"--password-file"_s, &error);
    if (context.passwordStdin && context.passwordFile)
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Give --password-stdin or --password-file, not both."));
    if (context.passwordFile && context.passwordFile->isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "--password-file needs a file name."));
    if (auto logFormat = global.takeValue(u"--log-format"_s, &error)) {
        if (*logFormat == u"text"_s)
            context.logFormat = LogFormat::Text;
        else if (*logFormat == u"json"_s)
            context.logFormat = LogFormat::Json;
        else
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--log-format takes text or json."));
    }
    if (auto mode = global.takeValue(u"--ssl-mode"_s, &error)) {
        const auto parsed = ConnectionSettings::tlsModeFromName(*mode);
        if (!parsed)
            return context.usageError(QCoreApplication::translate("moctl::cli",
                "--ssl-mode takes DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY."));
        context.sslMode = *parsed;
    }
    context.sslCa = global.takeValue(u"--ssl-ca"_s, &error);
    context.sslCert = global.takeValue(u"--ssl-cert"_s, &error);
    context.sslKey = global.takeValue(u"--ssl-key"_s, &error);
    context.dryRun = global.takeFlag(u"--dry-run"_s);
    if (global.takeValue(u"--password"_s, &error) || global.takeFlag(u"-p"_s))
        return context.usageError(QCoreApplication::translate("moctl::cli",
            "Passwords are never taken as arguments; use MOCTL_PASSWORD, "
            "--password-stdin or --password-file FILE."));
    if (auto dir = global.takeValue(u"--data-dir"_s, &error))
        context.dataDir = *dir;
    else
        context.dataDir = qEnvironmentVariable("MOCTL_DATA_DIR");
    if (auto history = global.takeValue(u"--history"_s, &error))
        context.history = *history;
    else
        context.history = context.env("MOCTL_HISTORY");
    if (!context.history.isEmpty()) {
        QString why;
        if (!HistoryLocation::parse(context.history, &why))
            return context.usageError(why);
    }
    context.historyPasswordFile = global.takeValue(u"--history-password-file"_s, &error);
    if (context.historyPasswordFile && context.historyPasswordFile->isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "--history-password-file needs a file name."));
    if (auto format = global.takeValue(u"--format"_s, &error)) {
        if (*format == u"text"_s)
            context.format = OutputFormat::Text;
        else if (*format == u"json"_s)
            context.format = OutputFormat::Json;
        else if (*format == u"csv"_s)
            context.format = OutputFormat::Csv;
        else
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--format takes text, json or csv."));
    }
    if (!error.isEmpty())
        return context.usageError(error);
    const bool help = global.takeFlag(u"--help"_s) || global.takeFlag(u"-h"_s);
    QStringList rest = global.remaining();
    // The command is the first word that names one (command options may come before it).
    QString commandName;
    const QList<Command> table = commands();
    for (qsizetype i = 0; i < rest.size() && commandName.isEmpty(); ++i) {
        for (const Command &command : table) {
            if (rest.at(i) == QLatin1StringView(command.name) || rest.at(i) == u"help"_s) {
                commandName = rest.takeAt(i);
                break;
            }
        }
    }
    if (commandName.isEmpty()) {
        for (const QString &word : std::as_const(rest)) {
            if (!word.startsWith(u'-'))
                return context.usageError(
                    QCoreApplication::translate("moctl::cli", "Unknown command \"%1\". See moctl --help.")
                        .arg(word));
        }
    }
    if (help || commandName == u"help"_s) {
        printHelp(out);
        return ExitOk;
    }
    if (commandName.isEmpty()) {
        context.usageError(QCoreApplication::translate("moctl::cli", "No command given."));
        printHelp(err);
        return ExitUsage;
    }
    for (const Command &command : table) {
        if (commandName == QLatin1StringView(command.name)) {
            context.args = Arguments(rest);
            return command.run(context);
        }
    }
    return context.usageError(
        QCoreApplication::translate("moctl::cli", "Unknown command \"%1\". See moctl --help.")
            .arg(commandName));
}

} // namespace moctl::cli
