#include "statement.h"

#include "identifier.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace moctl {

QString sqlStringLiteral(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'\'';
    for (QChar c : value) {
        if (c == u'\'')
            out += u"''"_s;
        else if (c == u'\\')
            out += u"\\\\"_s;
        else
            out += c;
    }
    out += u'\'';
    return out;
}

bool isValidDuration(const QString &text)
{
    // Go: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+ with units ns us µs μs ms s m h; "0" alone is valid.
    if (text == u"0"_s)
        return true;
    static const QRegularExpression re(
        u"^[-+]?(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$"_s);
    return re.match(text).hasMatch();
}

bool needsTableId(const TableRef &table)
{
    return table.database.contains(u'.') || table.table.contains(u'.');
}

Statement buildStatement(const Operation &operation)
{
    const auto statement = [](const QString &command, const QString &param) {
        return Statement{u"SELECT mo_ctl('dn', %1, %2)"_s.arg(sqlStringLiteral(command), sqlStringLiteral(param)),
                         {}};
    };
    switch (operation.kind) {
    case OperationKind::Flush: {
        const TableRef &t = operation.table;
        if (t.tableId)
            return statement(ctlCommand(operation.kind), QString::number(*t.tableId));
        if (MoError e = validateName(t.database, QCoreApplication::translate("moctl::Statement", "database")); e.isError())
            return Statement{{}, e};
        if (MoError e = validateName(t.table, QCoreApplication::translate("moctl::Statement", "table")); e.isError())
            return Statement{{}, e};
        if (needsTableId(t))
            return Statement{{},
                             MoError::invalidInput(QCoreApplication::translate("moctl::Statement", "%1 contains a dot, so MatrixOne cannot address it by "
                                                      "name; it must be flushed by table id.")
                                                       .arg(t.display()))};
        QString param = t.database + u'.' + t.table;
        if (t.accountId)
            param += u'.' + QString::number(*t.accountId);
        return statement(ctlCommand(operation.kind), param);
    }
    case OperationKind::Checkpoint:
    case OperationKind::GlobalCheckpoint:
        if (!operation.duration.isEmpty() && !isValidDuration(operation.duration))
            return Statement{{},
                             MoError::invalidInput(QCoreApplication::translate("moctl::Statement", "\"%1\" is not a duration such as 30s, 2m or 1h30m.")
                                                       .arg(operation.duration))};
        return statement(ctlCommand(operation.kind), operation.duration);
    }
    return Statement{{}, MoError::invalidInput(QCoreApplication::translate("moctl::Statement", "Unknown operation."))};
}

QString tableIdQuery(const QString &database, const QString &table)
{
    return u"SELECT rel_id FROM mo_catalog.mo_tables WHERE reldatabase = %1 AND relname = %2"_s.arg(
        sqlStringLiteral(database), sqlStringLiteral(table));
}

} // namespace moctl
