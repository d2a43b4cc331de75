#include "moerror.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace moctl {

MoError::MoError(Kind kind, int code, QString serverMessage, QString detail)
    : m_kind(kind)
    , m_code(code)
    , m_serverMessage(std::move(serverMessage))
    , m_detail(std::move(detail))
{
}

MoError MoError::fromSqlError(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return {};
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return fromServer(ok ? code : -1, text);
}

// MatrixOne's texts for work that ran out of time on the server (lower case):
//  before v2.1.0  "internal error: force flush failed: internal error: timeout"
//                 (pkg/vm/engine/tae/db/checkpoint/testutils.go: moerr.NewInternalError(ctx, "timeout"))
//  since v2.1.0   "internal error: force flush failed: context deadline exceeded"
//                 (checkpoint/flusher.go wraps context.Cause(ctx) of the handler's context.WithTimeout,
//                 rpc/handle_debug.go HandleForceCheckpoint / HandleForceGlobalCheckpoint)
//                 and "internal error: convert go error to mo error context deadline exceeded" when the
//                 checkpoint itself (not the flush) runs out (moerr.ConvertGoError of context.Cause)
bool MoError::isServerTimeoutText(const QString &lower)
{
    return lower.contains(u"timeout"_s) || lower.contains(u"deadline exceeded"_s)
        || lower.contains(u"timed out"_s);
}

MoError MoError::fromServer(int code, const QString &serverMessage)
{
    const QString lower = serverMessage.toLower();
    Kind kind = Kind::ServerError;
    switch (code) {
    case 2001: // can't create socket
    case 2002: // can't connect through socket
    case 2003: // can't connect to server
    case 2005: // unknown server host
    case 2006: // server has gone away
    case 2013: // lost connection during query
    case 2026: // SSL connection error
    case 2055: // lost connection ... system error
    case 1040: // too many connections
    case 1053: // server shutdown in progress
    case 1927: // connection was killed
        kind = Kind::Connection;
        break;
    case 1045: // access denied for user
    case 1698: // access denied (auth plugin)
    case 1251: // client does not support authentication protocol
    case 2059: // the client refused to load an authentication plugin (clear text: restrictAuthPlugins)
        kind = Kind::Authentication;
        break;
    case 1044: // access denied to database
    case 1142: // command denied
    case 1227: // need SUPER etc.
        kind = Kind::Privilege;
        break;
    case 1146: // no such table
    case 1049: // unknown database
        kind = Kind::NotFound;
        break;
    case 1317: // query execution was interrupted
        kind = Kind::Cancelled;
        break;
    default:
        break;
    }
    if (code == 20500) {
        kind = Kind::ServerTimeout; // moerr.ErrRPCTimeout "rpc timeout": the request to the TN timed out
    } else if (code == 20101) {
        if (lower.contains(u"do not have privilege"_s))
            kind = Kind::Privilege;
        else if (isServerTimeoutText(lower))
            kind = Kind::ServerTimeout;
        else if (lower.contains(u"table id parse fail"_s) || lower.contains(u"expected \"tableid\""_s))
            kind = Kind::InvalidInput;
    } else if (code == 0 && lower.contains(u"expectedeob"_s)) {
        kind = Kind::NotFound; // MatrixOne's answer for a missing database
    } else if (code == 1105 && lower.contains(u"invalid duration"_s)) {
        kind = Kind::InvalidInput;
    } else if (kind == Kind::ServerError && code > 20000 && lower.contains(u"deadline exceeded"_s)) {
        kind = Kind::ServerTimeout; // a Go context that ran out of time, whatever moerr code wraps it
    } else if (kind == Kind::ServerError && code < 0 && lower.contains(u"lost connection"_s)) {
        kind = Kind::Connection;
    }
    return MoError(kind, code < 0 ? 0 : code, serverMessage);
}

QString MoError::message() const
{
    const QString server = m_serverMessage.trimmed();
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InvalidInput:
        text = server.isEmpty() ? m_detail : tr("MatrixOne rejected the argument: %1").arg(server);
        if (!server.isEmpty() && !m_detail.isEmpty())
            text += u' ' + m_detail;
        return text;
    case Kind::Connection:
        text = tr("Cannot reach the server: %1").arg(m_detail.isEmpty() ? server : m_detail);
        break;
    case Kind::Authentication:
        if (m_code == 2059 || server.contains(u"could not be loaded"_s)
            || server.contains(u"mysql_clear_password"_s))
            text = tr(
                "Refused to log in: the server asked for an authentication method this client does not use "
                "(for example mysql_clear_password or dialog, which send the password in clear text). MOCTL "
                "Studio never sends a password unencrypted; the password was not sent. Use an account with "
                "mysql_native_password or caching_sha2_password. Client library said: %1")
                       .arg(server);
        else
            text = tr("The server refused the user name or password: %1").arg(server);
        break;
    case Kind::Privilege:
        text = tr("Permission denied. mo_ctl must be run by a user of the sys account with the moadmin "
                  "role (for example root). Server said: %1")
                   .arg(server);
        break;
    case Kind::NotFound:
        if (m_code == 0 && server.contains(u"ExpectedEOB"_s, Qt::CaseInsensitive))
            text = tr("Database not found (MatrixOne answered \"%1\").").arg(server);
        else
            text = tr("Not found: %1").arg(server.isEmpty() ? m_detail : server);
        break;
    case Kind::ServerTimeout:
        text = m_code == 20500
            ? tr("MatrixOne's request to its storage service (TN) ran out of time (%1). The cluster may be "
                 "busy: try again later, or with retries.")
                  .arg(server)
            : tr("MatrixOne ran out of time on the server before the work was done (%1). For a "
                 "checkpoint, give a longer duration argument (for example 5m; the server's default is "
                 "90 s) with a larger time limit; otherwise use retries or try again when the cluster is "
                 "less busy.")
                  .arg(server);
        break;
    case Kind::ClientTimeout:
        if (!stoppedOnServer())
            return tr(
                "No answer within the time limit; the client gave up waiting, and the statement may still "
                "be running on the server (KILL QUERY did not get through: %1).")
                .arg(server);
        text = tr("No answer within the time limit; the statement was cancelled on the server.");
        break;
    case Kind::Cancelled:
        if (!stoppedOnServer())
            return tr("Cancelled; the client stopped waiting, and the statement may still be running on the "
                      "server (KILL QUERY did not get through: %1).")
                .arg(server);
        if (server.isEmpty() && !m_detail.isEmpty())
            return m_detail; // cancelled before anything ran: the detail says so
        text = tr("Cancelled; the running statement was stopped on the server.");
        break;
    case Kind::BadReply:
        text = tr("Unexpected reply from the server (not counted as OK): %1").arg(m_detail);
        break;
    case Kind::NotOk:
        text = tr("MatrixOne reported a failure: %1").arg(m_detail.isEmpty() ? server : m_detail);
        break;
    case Kind::ServerError:
        text = tr("The server reported an error: %1").arg(server.isEmpty() ? m_detail : server);
        break;
    }
    if (!m_detail.isEmpty() && m_kind != Kind::BadReply && m_kind != Kind::NotOk && !server.isEmpty()
        && m_kind != Kind::Connection && m_kind != Kind::ServerError)
        text += u' ' + m_detail;
    return text;
}

bool MoError::isRetryable() const
{
    return m_kind == Kind::Connection || m_kind == Kind::ServerTimeout;
}

QString MoError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::InvalidInput:
        return u"invalid_input"_s;
    case Kind::Connection:
        return u"connection"_s;
    case Kind::Authentication:
        return u"authentication"_s;
    case Kind::Privilege:
        return u"privilege"_s;
    case Kind::NotFound:
        return u"not_found"_s;
    case Kind::ServerTimeout:
        return u"server_timeout"_s;
    case Kind::ClientTimeout:
        return u"client_timeout"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::BadReply:
        return u"bad_reply"_s;
    case Kind::NotOk:
        return u"not_ok"_s;
    case Kind::ServerError:
        return u"server_error"_s;
    }
    return u"server_error"_s;
}

MoError::Kind MoError::kindFromName(const QString &name)
{
    for (int i = int(Kind::None); i <= int(Kind::ServerError); ++i) {
        if (kindName(Kind(i)) == name)
            return Kind(i);
    }
    return Kind::ServerError;
}

} // namespace moctl
