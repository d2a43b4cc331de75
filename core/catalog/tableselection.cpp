#include "tableselection.h"

#include "moctl/identifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

constexpr quint64 MaxExactDouble = quint64(1) << 53;

QJsonValue idValue(quint64 id)
{
    if (id <= MaxExactDouble)
        return QJsonValue(qint64(id));
    return QJsonValue(QString::number(id));
}

std::optional<quint64> readId(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 0 || d > double(MaxExactDouble) || d != double(qint64(d)))
            return std::nullopt;
        return quint64(d);
    }
    if (value.isString()) {
        bool ok = false;
        const quint64 id = value.toString().toULongLong(&ok);
        if (ok)
            return id;
    }
    return std::nullopt;
}

using NameKey = std::pair<QString, QString>;

} // namespace

QList<TablePattern> TableSelection::compiledPatterns() const
{
    QList<TablePattern> result;
    for (const QString &text : patterns) {
        TablePattern p = TablePattern::parse(text);
        if (p.isValid())
            result << p;
    }
    return result;
}

bool TableSelection::addPattern(const QString &pattern, QString *error)
{
    const TablePattern p = TablePattern::parse(pattern, error);
    if (!p.isValid())
        return false;
    if (!patterns.contains(p.text()))
        patterns << p.text();
    return true;
}

QList<TableRef> TableSelection::resolve(const QList<TableInfo> &catalog, IdPolicy policy) const
{

    QList<TableRef> result;
    QSet<NameKey> seenNames;
    QSet<quint64> seenIds;
    for (const TableRef &ref : tables) {
        if (ref.hasName()) {
            const NameKey key { ref.database, ref.table };
            if (seenNames.contains(key))
                continue;
            seenNames.insert(key);
            // The table of the named account (the own one, account 0 in a listing of one account);
            // MatrixOne's case rule: as written, else lower-cased.
            const qsizetype found
                = findTableIndex(catalog, ref.database, ref.table, ref.accountId.value_or(0));
            if (found >= 0) {
                TableRef fresh = tableRefFor(catalog.at(found), policy);
                if (ref.accountId)
                    fresh.accountId = ref.accountId;
                result << fresh;
            } else {
                result << ref; // dropped or renamed: the flush will say so
            }
        } else if (ref.tableId) {
            if (seenIds.contains(*ref.tableId))
                continue;
            seenIds.insert(*ref.tableId);
            result << ref;
        }
    }
    for (const TableRef &ref : TablePattern::resolve(compiledPatterns(), catalog, policy)) {
        const NameKey key { ref.database, ref.table };
        if (seenNames.contains(key))
            continue;
        seenNames.insert(key);
        result << ref;
    }
    return result;
}

QJsonObject TableSelection::toJson() const
{
    QJsonArray tableArray;
    for (const TableRef &ref : tables) {
        QJsonObject o;
        if (ref.hasName()) {
            o.insert(u"database"_s, ref.database);
            o.insert(u"table"_s, ref.table);
        }
        if (ref.tableId)
            o.insert(u"id"_s, idValue(*ref.tableId));
        if (ref.accountId)
            o.insert(u"account"_s, idValue(*ref.accountId));
        tableArray.append(o);
    }
    QJsonObject object;
    object.insert(u"tables"_s, tableArray);
    object.insert(u"patterns"_s, QJsonArray::fromStringList(patterns));
    return object;
}

std::optional<TableSelection> TableSelection::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<TableSelection> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    TableSelection selection;
    const QJsonValue tablesValue = object.value(u"tables"_s);
    if (!tablesValue.isUndefined() && !tablesValue.isArray())
        return fail(QCoreApplication::translate("moctl::TableSelection", "\"tables\" must be a list."));
    const QJsonArray tableArray = tablesValue.toArray();
    for (qsizetype i = 0; i < tableArray.size(); ++i) {
        const QJsonValue v = tableArray.at(i);
        if (!v.isObject())
            return fail(QCoreApplication::translate(
                "moctl::TableSelection", "Table %1 of the selection is not an object.")
                            .arg(i + 1));
        const QJsonObject o = v.toObject();
        TableRef ref;
        const QJsonValue db = o.value(u"database"_s);
        const QJsonValue table = o.value(u"table"_s);
        if (!db.isUndefined() || !table.isUndefined()) {
            if (!db.isString() || !table.isString())
                return fail(QCoreApplication::translate("moctl::TableSelection",
                    "Table %1 of the selection needs both \"database\" and \"table\" as text.")
                                .arg(i + 1));
            ref.database = db.toString();
            ref.table = table.toString();
            for (const QString &name : { ref.database, ref.table }) {
                if (const MoError e
                    = validateName(name, QCoreApplication::translate("moctl::TableSelection", "table"));
                    e.isError())
                    return fail(
                        QCoreApplication::translate("moctl::TableSelection", "Table %1 of the selection: %2")
                            .arg(i + 1)
                            .arg(e.message()));
            }
        }
        if (o.contains(u"id"_s)) {
            const auto id = readId(o.value(u"id"_s));
            if (!id || *id == 0)
                return fail(QCoreApplication::translate(
                    "moctl::TableSelection", "Table %1 of the selection has an id that is not a table id.")
                                .arg(i + 1));
            ref.tableId = id;
        }
        if (o.contains(u"account"_s)) {
            const auto account = readId(o.value(u"account"_s));
            if (!account)
                return fail(QCoreApplication::translate("moctl::TableSelection",
                    "Table %1 of the selection has an account that is not an account id.")
                                .arg(i + 1));
            ref.accountId = account;
        }
        if (!ref.hasName() && !ref.tableId)
            return fail(QCoreApplication::translate(
                "moctl::TableSelection", "Table %1 of the selection names no table and no id.")
                            .arg(i + 1));
        selection.tables << ref;
    }
    const QJsonValue patternsValue = object.value(u"patterns"_s);
    if (!patternsValue.isUndefined() && !patternsValue.isArray())
        return fail(QCoreApplication::translate("moctl::TableSelection", "\"patterns\" must be a list."));
    for (const QJsonValue v : patternsValue.toArray()) {
        if (!v.isString())
            return fail(QCoreApplication::translate(
                "moctl::TableSelection", "A pattern of the selection is not text."));
        QString why;
        if (!selection.addPattern(v.toString(), &why))
            return fail(why);
    }
    return selection;
}

} // namespace moctl
