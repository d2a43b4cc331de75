#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace moctl {

// An error is a kind (what the operator must do about it), MatrixOne's numeric code when the
// server sent one, the server's own text, and a translated message for people.
class MoError
{
    Q_DECLARE_TR_FUNCTIONS(MoError)

public:
    enum class Kind {
        None,
        InvalidInput, // refused before anything was sent
        Connection, // cannot reach the server, or the connection was lost
        Authentication, // wrong user or password
        Privilege, // mo_ctl needs the sys account with the moadmin role
        NotFound, // database or table does not exist
        ServerTimeout, // MatrixOne itself ran out of time (20101 force flush failed: ... timeout / context
                       // deadline exceeded; 20500 rpc timeout)
        ClientTimeout, // our per-operation timeout fired; KILL QUERY sent (see stoppedOnServer())
        Cancelled, // the operator cancelled; KILL QUERY sent (see stoppedOnServer())
        BadReply, // the reply could not be understood
        NotOk, // the reply said something other than "OK"
        ServerError, // any other error the server reported
    };

    MoError() = default;
    MoError(Kind kind, int code, QString serverMessage, QString detail = {});

    static MoError invalidInput(QString detail)
    {
        return MoError(Kind::InvalidInput, 0, {}, std::move(detail));
    }
    static MoError fromSqlError(const QSqlError &error);
    // For a code and message as the server sent them (QSqlError native code and database text).
    static MoError fromServer(int code, const QString &serverMessage);
    // Whether a (lower-cased) MatrixOne message says the work ran out of time on the server.
    static bool isServerTimeoutText(const QString &lower);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int code() const { return m_code; }
    QString serverMessage() const { return m_serverMessage; }
    QString detail() const { return m_detail; }
    // ClientTimeout and Cancelled: true when the KILL QUERY was confirmed by the server. Our own
    // timeouts and cancellations have code 0; when the KILL did not get through, the server message
    // says why (and the statement may still be running on the server). A server's own 1317 is not
    // ours to judge and counts as stopped.
    bool stoppedOnServer() const
    {
        return !((m_kind == Kind::ClientTimeout || m_kind == Kind::Cancelled) && m_code == 0
            && !m_serverMessage.isEmpty());
    }

    // Translated, complete sentence for the operator.
    QString message() const;
    // Worth trying again (connection lost, server timeout); never privilege or missing table.
    bool isRetryable() const;
    // Stable lowercase name for JSON output and history ("client_timeout").
    QString kindName() const { return kindName(m_kind); }
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);

    friend bool operator==(const MoError &a, const MoError &b)
    {
        return a.m_kind == b.m_kind && a.m_code == b.m_code && a.m_serverMessage == b.m_serverMessage;
    }

private:
    Kind m_kind = Kind::None;
    int m_code = 0;
    QString m_serverMessage;
    QString m_detail;
};

} // namespace moctl
