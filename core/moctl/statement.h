#pragma once

#include "moerror.h"
#include "operation.h"

#include <QString>

namespace moctl {

// A single-quoted SQL string literal: quotes doubled, backslashes doubled (MySQL and MatrixOne treat
// backslash as an escape character in literals).
QString sqlStringLiteral(const QString &value);
// The same literal appended to `out`.
void appendSqlStringLiteral(QString &out, QStringView value);

// A duration the client sends: Go's time.ParseDuration grammar ("30s", "1h30m", "500ms", "1.5h"), not
// negative, not past int64 nanoseconds (checkDuration in duration.h); an empty string is not a duration.
bool isValidDuration(const QString &text);

// MatrixOne splits the flush argument on '.', so a name containing '.' cannot be addressed by name;
// such a table must be flushed by its id.
bool needsTableId(const TableRef &table);

struct Statement
{
    QString sql; // exactly what is sent
    MoError error; // set when nothing must be sent
    bool ok() const { return !error.isError(); }
};

// SELECT mo_ctl('dn', 'flush', 'db.tbl') and friends. A flush of a table that needsTableId() without
// a tableId, an invalid name or an invalid duration gives an InvalidInput error and no SQL.
Statement buildStatement(const Operation &operation);

// The query that resolves a table id by name on MatrixOne (mo_catalog.mo_tables): the table of
// `account` (0 = sys), since every tenant may own a table of the same name.
QString tableIdQuery(const QString &database, const QString &table, quint64 account = 0);
// The query that checks a table id before a flush by id (MatrixOne answers OK for an unknown id):
// one row (account_id) when the table exists.
QString tableIdCheckQuery(quint64 tableId);

} // namespace moctl
