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

QString tr(const char *text)
{
    return QCoreApplication::translate("moctl::cli", text);
}

QString timeText(const QString &hlc)
{
    const QDateTime t = hlcTime(hlc);
    return t.isValid() ? t.toString(u"yyyy-MM-dd HH:mm:ss.zzz 'UTC'"_s) : hlc;
}

void printEntry(QTextStream &out, const CheckpointEntry &e)
{
    out << "  " << e.typeTitle().leftJustified(12) << ' '
        << tr("LSN %1 (truncate %2)").arg(e.ckpLsn).arg(e.truncateLsn);
    const QString end = timeText(e.end);
    if (!end.isEmpty())
        out << "  " << tr("ended %1").arg(end) << "  [" << e.end << ']';
    if (!e.stateTitle().isEmpty())
        out << "  " << e.stateTitle();
    out << '\n';
}

} // namespace

int commandCheckpoints(Context &context)
{
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(tr("Unknown option %1 for checkpoints.").arg(unknown));
    if (!context.args.remaining().isEmpty())
        return context.usageError(tr("Unexpected argument %1.").arg(context.args.remaining().first()));
    if (context.dryRun) {
        context.out << "-- "
                    << tr("checkpoints only reads MatrixOne's checkpoint list (by the server's version):")
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
                    << tr("cannot read the checkpoint list: %1").arg(printable(list.error.message())) << '\n';
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
    out << tr("Server: %1").arg(list.serverVersion) << '\n'
        << tr("Command: mo_ctl('dn', 'inspect', '%1')").arg(list.command) << '\n';
    if (!list.isKnown()) {
        // Never guessed at: shown as MatrixOne said it.
        out << tr("The reply is not in a known checkpoint-list format; as received:") << '\n'
            << printable(list.raw) << '\n';
        out.flush();
        return ExitOk;
    }
    out << tr("Checkpoints listed: %1").arg(list.count) << '\n';
    if (const CheckpointEntry *g = list.lastGlobal()) {
        out << tr("Last global checkpoint:") << '\n';
        printEntry(out, *g);
    } else {
        out << tr("Last global checkpoint: none in the list") << '\n';
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
