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
    // The reply itself is kept once, as the outcome's raw reply (cut at MaxReplyChars); the error
    // carries only its beginning.
    return MoError(MoError::Kind::BadReply, 0, raw.left(200), why);
}

bool consume(QStringView &text, QStringView prefix)
{
    if (!text.startsWith(prefix))
        return false;
    text = text.mid(prefix.size());
    return true;
}

// True when `raw` is, byte for byte, the success reply MatrixOne sends (Go's 2-space indented JSON):
//     {\n  "method": "Flush",\n  "result": [\n    {\n      "returnStr": "OK"\n    }\n  ]\n}\n
// with any number of shards (also "result": []). Such a reply is certainly a success, without building
// a JSON document (which costs more client time than a zero-latency round trip). Anything else,
// including every failure, goes through the full parser.
bool isCanonicalSuccess(QStringView text, OperationKind expected)
{
    static constexpr QStringView shard = u"{\n      \"returnStr\": \"OK\"\n    }";
    if (!consume(text, u"{\n  \"method\": \"") || !consume(text, replyMethod(expected))
        || !consume(text, u"\",\n  \"result\": ["))
        return false;
    if (!consume(text, u"]")) {
        if (!consume(text, u"\n    ") || !consume(text, shard))
            return false;
        while (consume(text, u",\n    ")) {
            if (!consume(text, shard))
                return false;
        }
        if (!consume(text, u"\n  ]"))
            return false;
    }
    return text == u"\n}\n" || text == u"\n}";
}
} // namespace

QString capReply(const QString &raw)
{
    if (raw.size() <= MaxReplyChars)
        return raw;
    return raw.left(MaxReplyChars)
        + QCoreApplication::translate(
            "moctl::Reply", "\n[cut by MOCTL Studio: the reply had %1 characters; the first %2 are kept]")
              .arg(raw.size())
              .arg(MaxReplyChars);
}

MoError parseReply(const QString &raw, OperationKind expected)
{
    if (isCanonicalSuccess(raw, expected))
        return {};
    if (raw.trimmed().isEmpty())
        return bad(raw, QCoreApplication::translate("moctl::Reply", "the reply is empty"));
    if (raw.size() > MaxReplyChars)
        return bad(raw,
            QCoreApplication::translate("moctl::Reply",
                "the reply is %1 characters long, over the %2 a "
                "mo_ctl reply can be")
                .arg(raw.size())
                .arg(MaxReplyChars));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(raw,
            QCoreApplication::translate("moctl::Reply", "not JSON (%1 at offset %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject())
        return bad(raw, QCoreApplication::translate("moctl::Reply", "not a JSON object"));
    const QJsonObject root = doc.object();
    const QString method = root.value(u"method"_s).toString();
    if (method.compare(replyMethod(expected), Qt::CaseInsensitive) != 0)
        return bad(raw,
            QCoreApplication::translate("moctl::Reply", "expected method \"%1\" but got \"%2\"")
                .arg(replyMethod(expected), method));
    // Only a list of shard results says OK: a missing or null "result" is not a success.
    const QJsonValue result = root.value(u"result"_s);
    if (result.isUndefined())
        return bad(raw, QCoreApplication::translate("moctl::Reply", "the reply has no \"result\""));
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
