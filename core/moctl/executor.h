#pragma once

#include "canceltoken.h"
#include "connection/connectionsettings.h"
#include "moerror.h"
#include "operation.h"

#include <chrono>
#include <QDateTime>
#include <QString>

namespace moctl {

// The result of sending one operation once.
struct Attempt
{
    QString sql; // the statement sent (empty when nothing was sent)
    QString rawReply; // column 0 of the reply row
    MoError error;
    QDateTime started;
    qint64 durationMs = 0;
    bool sent = false; // whether the statement reached the server
    QString serverVersion; // version() of the connection used (empty when none was opened)
    bool ok() const { return !error.isError(); }
};

// Runs one operation on the calling thread's connection (ConnectionFactory), synchronously, with a
// client-side timeout and cancellation: a watchdog issues KILL QUERY from a second connection (itself
// bounded: 1 s to connect) when the time is up or the token is cancelled, and shuts the socket down
// when the KILL could not be made (a stopped server answers nothing, not even KILL) or did not end the
// statement within 1.5 s. The error says whether the KILL was confirmed (MoError::stoppedOnServer()).
// Never call from the GUI thread.
class OperationExecutor
{
public:
    static Attempt execute(const ConnectionSettings &settings, const Operation &operation,
        std::chrono::milliseconds timeout, const CancelToken &cancel = CancelToken());

    // Resolves a table's id from mo_catalog.mo_tables (for names containing '.'): the table of the
    // reference's account (0 = sys), as written or lower-cased (MatrixOne's case rule). NotFound if absent.
    static MoError resolveTableId(const ConnectionSettings &settings, TableRef &table,
        std::chrono::milliseconds timeout, const CancelToken &cancel);
    // Checks that a table id exists (and belongs to the reference's account, when it names one) before
    // a flush by id: MatrixOne answers OK for an id it does not know. NotFound "no table with id N".
    static MoError checkTableId(const ConnectionSettings &settings, const TableRef &table,
        std::chrono::milliseconds timeout, const CancelToken &cancel);

    // Sends KILL QUERY <id> from a short-lived connection. Used by the watchdog and by tests.
    static MoError killQuery(const ConnectionSettings &settings, qint64 connectionId);
};

} // namespace moctl
