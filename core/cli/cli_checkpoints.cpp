// moctl checkpoints: MatrixOne's checkpoint list (the last global, the incrementals since it)
#include "cli_commands.h"
#include "moctl/checkpoints.h"
#include "security/textsafety.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {

QString timeText(const QString &hlc)
{
    const QDateTime t = hlcTime(hlc);
    return t.isValid() ? t.toString(u"yyyy-MM-dd HH:mm:ss.zzz 'UTC'"_s) : hlc;
}

void printEntry(QTextStream &out, const CheckpointEntry &e)
{
    out << "  " << e.typeTitle().leftJustified(12) << ' '
        << QCoreApplication::translate("moctl::cli", "LSN %1 (truncate %2)").arg(e.ckpLsn).arg(e.truncateLsn);
    const QString end = timeText(e.end);
    if (!end.isEmpty())
        out << "  " << QCoreApplication::translate("moctl::cli", "ended %1").arg(end) << "  [" << e.end
            << ']';
    if (!e.stateTitle().isEmpty())
        out << "  " << e.stateTitle();
    out << '\n';
}

} // namespace

int commandCheckpoints(Context &context)
{
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1 for checkpoints.").arg(unknown));
    if (!context.args.remaining().isEmpty())
        return context.usageError(QCoreApplication::translate("moctl::cli", "Unexpected argument %1.")
                                      .arg(context.args.remaining().first()));
    if (context.dryRun) {
        context.out << "-- "
                    << QCoreApplication::translate("moctl::cli",
                           "checkpoints only reads MatrixOne's checkpoint list (by the server's version):")
                    << '\n'
                    << checkpointListStatement(ServerVersion::parse(u"8.0.30-MatrixOne-v2.2.0"_s))
                    << ";  -- v2.0 - v2.2\n"
                    << checkpointListStatement(ServerVersion::parse(u"8.0.30-MatrixOne-v3.0.0"_s))
                    << ";  -- v3.0+\n";
        context.out.flush();
        return ExitOk;
    }
    ResolvedConnection connection = resolveConnection(context);
    if (connection.exitCode != ExitOk)
        return connection.exitCode;
    const CheckpointList list = readCheckpoints(connection.settings);
    if (list.error.isError()) {
        context.err << "moctl: "
                    << QCoreApplication::translate("moctl::cli", "cannot read the checkpoint list: %1")
                           .arg(printable(list.error.message()))
                    << '\n';
        context.err.flush();
        const int code = exitCodeFor(list.error);
        return code == ExitOk ? ExitFailed : code;
    }
    if (context.format == OutputFormat::Json) {
        context.out << QString::fromUtf8(QJsonDocument(list.toJson()).toJson(QJsonDocument::Indented));
        context.out.flush();
        return ExitOk;
    }
    QTextStream &out = context.out;
    out << QCoreApplication::translate("moctl::cli", "Server: %1").arg(list.serverVersion) << '\n'
        << QCoreApplication::translate("moctl::cli", "Command: mo_ctl('dn', 'inspect', '%1')")
               .arg(list.command)
        << '\n';
    if (!list.isKnown()) {
        // Never guessed at: shown as MatrixOne said it.
        out << QCoreApplication::translate(
            "moctl::cli", "The reply is not in a known checkpoint-list format; as received:")
            << '\n'
            << printable(list.raw) << '\n';
        out.flush();
        return ExitOk;
    }
    out << QCoreApplication::translate("moctl::cli", "Checkpoints listed: %1").arg(list.count) << '\n';
    if (const CheckpointEntry *g = list.lastGlobal()) {
        out << QCoreApplication::translate("moctl::cli", "Last global checkpoint:") << '\n';
        printEntry(out, *g);
    } else {
        out << QCoreApplication::translate("moctl::cli", "Last global checkpoint: none in the list") << '\n';
    }
    const QList<CheckpointEntry> incrementals = list.incrementalsSinceGlobal();
    out << QCoreApplication::translate(
        "moctl::cli", "%n incremental checkpoint(s) since it:", nullptr, int(incrementals.size()))
        << '\n';
    for (const CheckpointEntry &e : incrementals)
        printEntry(out, e);
    out.flush();
    return ExitOk;
}

} // namespace moctl::cli
