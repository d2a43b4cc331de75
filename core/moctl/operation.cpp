#include "operation.h"

#include "identifier.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moctl {

QString operationName(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Flush:
        return u"flush"_s;
    case OperationKind::Checkpoint:
        return u"checkpoint"_s;
    case OperationKind::GlobalCheckpoint:
        return u"global-checkpoint"_s;
    }
    return {};
}

std::optional<OperationKind> operationFromName(const QString &name)
{
    for (auto kind : { OperationKind::Flush, OperationKind::Checkpoint, OperationKind::GlobalCheckpoint }) {
        if (operationName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString replyMethod(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Flush:
        return u"Flush"_s;
    case OperationKind::Checkpoint:
        return u"Checkpoint"_s;
    case OperationKind::GlobalCheckpoint:
        return u"GlobalCheckpoint"_s;
    }
    return {};
}

QString ctlCommand(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Flush:
        return u"flush"_s;
    case OperationKind::Checkpoint:
        return u"checkpoint"_s;
    case OperationKind::GlobalCheckpoint:
        return u"globalcheckpoint"_s;
    }
    return {};
}

QString operationTitle(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Flush:
        return QCoreApplication::translate("moctl::Operation", "Flush table");
    case OperationKind::Checkpoint:
        return QCoreApplication::translate("moctl::Operation", "Incremental checkpoint");
    case OperationKind::GlobalCheckpoint:
        return QCoreApplication::translate("moctl::Operation", "Global checkpoint");
    }
    return {};
}

QString TableRef::display() const
{
    QString text;
    if (hasName()) {
        const QString db = quoteIdentifierIfNeeded(database);
        const QString tbl = quoteIdentifierIfNeeded(table);
        text.reserve(db.size() + tbl.size() + 1);
        text += db;
        text += u'.';
        text += tbl;
        if (accountId)
            text += u" (account %1)"_s.arg(*accountId);
        if (tableId)
            text += u" #%1"_s.arg(*tableId);
    } else if (tableId) {
        text = u"#%1"_s.arg(*tableId);
    }
    return text;
}

QString Operation::targetText() const
{
    if (kind == OperationKind::Flush)
        return table.display();
    return duration.isEmpty() ? u"cluster"_s : u"cluster (%1)"_s.arg(duration);
}

} // namespace moctl
