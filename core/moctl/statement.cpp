#include "statement.h"

#include "duration.h"
#include "identifier.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moctl {

QString sqlStringLiteral(const QString &value)
{
    QString out;
    appendSqlStringLiteral(out, value);
    return out;
}

void appendSqlStringLiteral(QString &out, QStringView value)
{
    out.reserve(out.size() + value.size() + 2);
    out += u'\'';
    // Copies the runs between characters that need escaping in one piece each (usually the whole value).
    qsizetype from = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\'' && c != u'\\')
            continue;
        out += value.mid(from, i - from);
        out += c;
        out += c;
        from = i + 1;
    }
    out += value.mid(from);
    out += u'\'';
}

bool isValidDuration(const QString &text)
{
    return !text.isEmpty() && !checkDuration(text).isError();
}

bool needsTableId(const TableRef &table)
{
    return table.database.contains(u'.') || table.table.contains(u'.');
}

Statement buildStatement(const Operation &operation)
{
    // SELECT mo_ctl('dn', '<command>', '<param>'), built in one buffer (this runs once per operation).
    const auto statement = [](QStringView command, QStringView param) {
        QString sql;
        sql.reserve(48 + param.size());
        sql += u"SELECT mo_ctl('dn', "_s;
        appendSqlStringLiteral(sql, command);
        sql += u", "_s;
        appendSqlStringLiteral(sql, param);
        sql += u')';
        return Statement { sql, {} };
    };
    const QString command = ctlCommand(operation.kind); // a literal: no allocation
    switch (operation.kind) {
    case OperationKind::Flush: {
        const TableRef &t = operation.table;
        if (t.tableId)
            return statement(command, QString::number(*t.tableId));
        // The translated words are only needed for the message: build them only when a name is bad.
        if (!isValidName(t.database))
            return Statement { {},
                validateName(t.database, QCoreApplication::translate("moctl::Statement", "database")) };
        if (!isValidName(t.table))
            return Statement { {},
                validateName(t.table, QCoreApplication::translate("moctl::Statement", "table")) };
        if (needsTableId(t))
            return Statement { {},
                MoError::invalidInput(QCoreApplication::translate("moctl::Statement",
                    "%1 contains a dot, so MatrixOne cannot address it by "
                    "name; it must be flushed by table id.")
                                          .arg(t.display())) };
        QString param;
        param.reserve(t.database.size() + t.table.size() + 24);
        param += t.database;
        param += u'.';
        param += t.table;
        if (t.accountId) {
            param += u'.';
            param += QString::number(*t.accountId);
        }
        return statement(command, param);
    }
    case OperationKind::Checkpoint:
    case OperationKind::GlobalCheckpoint:
        if (MoError e = checkDuration(operation.duration); e.isError())
            return Statement { {}, e };
        return statement(command, operation.duration);
    }
    return Statement { {},
        MoError::invalidInput(QCoreApplication::translate("moctl::Statement", "Unknown operation.")) };
}

QString tableIdQuery(const QString &database, const QString &table, quint64 account)
{
    return u"SELECT rel_id FROM mo_catalog.mo_tables WHERE reldatabase = %1 AND relname = %2 AND account_id = %3"_s
        .arg(sqlStringLiteral(database), sqlStringLiteral(table), QString::number(account));
}

QString tableIdCheckQuery(quint64 tableId)
{
    return u"SELECT account_id FROM mo_catalog.mo_tables WHERE rel_id = %1"_s.arg(tableId);
}

} // namespace moctl
