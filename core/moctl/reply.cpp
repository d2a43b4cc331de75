#include "reply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
MoError bad(const QString &raw, const QString &why)
{
    return MoError(MoError::Kind::BadReply, 0, raw.left(2000), why);
}
} // namespace

MoError parseReply(const QString &raw, OperationKind expected)
{
    if (raw.trimmed().isEmpty())
        return bad(raw, QCoreApplication::translate("moctl::Reply", "the reply is empty"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(raw, QCoreApplication::translate("moctl::Reply", "not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return bad(raw, QCoreApplication::translate("moctl::Reply", "not a JSON object"));
    const QJsonObject root = doc.object();
    const QString method = root.value(u"method"_s).toString();
    if (method.compare(replyMethod(expected), Qt::CaseInsensitive) != 0)
        return bad(raw, QCoreApplication::translate("moctl::Reply", "expected method \"%1\" but got \"%2\"").arg(replyMethod(expected), method));
    const QJsonValue result = root.value(u"result"_s);
    if (result.isNull() || result.isUndefined())
        return {};
    if (!result.isArray())
        return bad(raw, QCoreApplication::translate("moctl::Reply", "\"result\" is not a list"));
    const QJsonArray shards = result.toArray();
    QStringList failures;
    for (const QJsonValue &shard : shards) {
        if (!shard.isObject())
            return bad(raw, QCoreApplication::translate("moctl::Reply", "a shard result is not an object"));
        const QJsonValue value = shard.toObject().value(u"returnStr"_s);
        if (!value.isString())
            return bad(raw, QCoreApplication::translate("moctl::Reply", "a shard result has no returnStr"));
        if (value.toString() != u"OK"_s)
            failures << value.toString();
    }
    if (!failures.isEmpty())
        return MoError(MoError::Kind::NotOk, 0, raw.left(2000), failures.join(u"; "_s));
    return {};
}

} // namespace moctl
