#include "checkpoints.h"

#include "connection/connectionfactory.h"
#include "statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

// The JSON inside "\nmsg: <JSON>\n\n<payload>", or the reply itself when it is bare JSON.
QByteArray jsonPart(const QString &reply)
{
    QString text = reply;
    const qsizetype msg = text.indexOf(u"msg: "_s);
    if (msg >= 0 && text.left(msg).trimmed().isEmpty())
        text = text.mid(msg + 5);
    // The JSON object ends at the last closing brace; the payload after it is ignored.
    const qsizetype open = text.indexOf(u'{');
    const qsizetype close = text.lastIndexOf(u'}');
    if (open < 0 || close < open)
        return {};
    return text.mid(open, close - open + 1).toUtf8();
}

quint64 unsignedValue(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble() < 0 ? 0 : quint64(v.toDouble());
    return v.toString().toULongLong();
}

CheckpointEntry::Type typeFromLetter(QStringView letter)
{
    if (letter == u"G")
        return CheckpointEntry::Type::Global;
    if (letter == u"I")
        return CheckpointEntry::Type::Incremental;
    if (letter == u"B")
        return CheckpointEntry::Type::Backup;
    if (letter == u"C")
        return CheckpointEntry::Type::Compacted;
    return CheckpointEntry::Type::Unknown;
}

// "<ckp>-<truncate>"
void readLsnPair(const QString &text, CheckpointEntry *e)
{
    const QStringList parts = text.split(u'-');
    if (parts.size() == 2) {
        e->ckpLsn = parts.at(0).toULongLong();
        e->truncateLsn = parts.at(1).toULongLong();
    }
}

// v2's entry String(): CKP[G][2][true:true][100-90](<start>-><end>) (checkpoint/entry.go).
void readDetail(const QString &detail, CheckpointEntry *e)
{
    static const QRegularExpression re(
        u"^CKP\\[([A-Z])\\]\\[(-?\\d+)\\]\\[[a-z]+:[a-z]+\\]\\[(\\d+)-(\\d+)\\]\\(([-\\d]+)->([-\\d]+)\\)"_s);
    const QRegularExpressionMatch m = re.match(detail);
    if (!m.hasMatch())
        return;
    e->type = typeFromLetter(m.capturedView(1));
    e->state = m.captured(2).toInt();
    e->ckpLsn = m.captured(3).toULongLong();
    e->truncateLsn = m.captured(4).toULongLong();
    e->start = m.captured(5);
    e->end = m.captured(6);
}

// Orders HLC timestamps "<ns>-<logical>".
bool hlcLess(const QString &a, const QString &b)
{
    const auto split = [](const QString &t) {
        const qsizetype dash = t.indexOf(u'-');
        return std::pair { t.left(dash).toLongLong(), dash < 0 ? 0 : t.mid(dash + 1).toLongLong() };
    };
    return split(a) < split(b);
}

} // namespace

QDateTime hlcTime(const QString &timestamp)
{
    bool ok = false;
    const qint64 ns = timestamp.section(u'-', 0, 0).toLongLong(&ok);
    if (!ok || ns <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC);
}

QDateTime CheckpointEntry::startTime() const
{
    return hlcTime(start);
}

QDateTime CheckpointEntry::endTime() const
{
    return hlcTime(end);
}

QString CheckpointEntry::typeName() const
{
    switch (type) {
    case Type::Global:
        return u"global"_s;
    case Type::Incremental:
        return u"incremental"_s;
    case Type::Backup:
        return u"backup"_s;
    case Type::Compacted:
        return u"compacted"_s;
    case Type::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString CheckpointEntry::typeTitle() const
{
    switch (type) {
    case Type::Global:
        return QCoreApplication::translate("moctl::Checkpoints", "Global");
    case Type::Incremental:
        return QCoreApplication::translate("moctl::Checkpoints", "Incremental");
    case Type::Backup:
        return QCoreApplication::translate("moctl::Checkpoints", "Backup");
    case Type::Compacted:
        return QCoreApplication::translate("moctl::Checkpoints", "Compacted");
    case Type::Unknown:
        break;
    }
    return QCoreApplication::translate("moctl::Checkpoints", "Unknown");
}

QString CheckpointEntry::stateTitle() const
{
    switch (state) {
    case 0:
        return QCoreApplication::translate("moctl::Checkpoints", "running");
    case 1:
        return QCoreApplication::translate("moctl::Checkpoints", "pending");
    case 2:
        return QCoreApplication::translate("moctl::Checkpoints", "finished");
    default:
        break;
    }
    return state < 0 ? QString() : QString::number(state);
}

QJsonObject CheckpointEntry::toJson() const
{
    QJsonObject o;
    o.insert(u"type"_s, typeName());
    o.insert(u"start"_s, start);
    o.insert(u"end"_s, end);
    const QDateTime endAt = endTime();
    if (endAt.isValid())
        o.insert(u"endTime"_s, endAt.toString(Qt::ISODateWithMs));
    o.insert(u"state"_s, state);
    o.insert(u"ckpLsn"_s, QString::number(ckpLsn));
    o.insert(u"truncateLsn"_s, QString::number(truncateLsn));
    if (!location.isEmpty())
        o.insert(u"location"_s, location);
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail);
    return o;
}

const CheckpointEntry *CheckpointList::lastGlobal() const
{
    const CheckpointEntry *best = nullptr;
    for (const CheckpointEntry &e : entries) {
        if (e.type == CheckpointEntry::Type::Global && (!best || !hlcLess(e.end, best->end)))
            best = &e;
    }
    return best;
}

QList<CheckpointEntry> CheckpointList::incrementalsSinceGlobal() const
{
    const CheckpointEntry *global = lastGlobal();
    QList<CheckpointEntry> result;
    for (const CheckpointEntry &e : entries) {
        if (e.type == CheckpointEntry::Type::Incremental && (!global || hlcLess(global->end, e.end)))
            result << e;
    }
    return result;
}

QJsonObject CheckpointList::toJson() const
{
    QJsonObject o;
    const auto formatName = [this] {
        switch (format) {
        case Format::V2CheckpointList:
            return u"checkpoint-list"_s;
        case Format::V3InMemory:
            return u"inmemory-ckp-list"_s;
        case Format::Unknown:
            break;
        }
        return u"unknown"_s;
    };
    o.insert(u"serverVersion"_s, serverVersion);
    o.insert(u"command"_s, command);
    o.insert(u"format"_s, formatName());
    if (error.isError()) {
        o.insert(u"error"_s, error.message());
        return o;
    }
    if (format == Format::Unknown) {
        o.insert(u"raw"_s, raw);
        return o;
    }
    o.insert(u"count"_s, count);
    if (const CheckpointEntry *g = lastGlobal())
        o.insert(u"lastGlobal"_s, g->toJson());
    else
        o.insert(u"lastGlobal"_s, QJsonValue::Null);
    QJsonArray incrementals;
    for (const CheckpointEntry &e : incrementalsSinceGlobal())
        incrementals << e.toJson();
    o.insert(u"incrementalsSinceGlobal"_s, incrementals);
    QJsonArray all;
    for (const CheckpointEntry &e : entries)
        all << e.toJson();
    o.insert(u"entries"_s, all);
    return o;
}

CheckpointList parseCheckpointList(const QString &reply)
{
    CheckpointList list;
    list.raw = reply;
    const QByteArray json = jsonPart(reply);
    if (json.isEmpty())
        return list;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return list;
    const QJsonObject o = doc.object();
    if (o.value(u"checkpoints"_s).isArray()) {
        // v2.0 – v2.2 (an empty list is "null" in Go; that is handled below)
        for (const QJsonValue &v : o.value(u"checkpoints"_s).toArray()) {
            const QJsonObject c = v.toObject();
            CheckpointEntry e;
            e.detail = c.value(u"detail"_s).toString();
            readLsnPair(c.value(u"lsn"_s).toString(), &e);
            readDetail(e.detail, &e);
            list.entries << e;
        }
        list.format = CheckpointList::Format::V2CheckpointList;
    } else if (o.value(u"entries"_s).isArray()) {
        for (const QJsonValue &v : o.value(u"entries"_s).toArray()) {
            const QJsonObject c = v.toObject();
            CheckpointEntry e;
            e.type = typeFromLetter(c.value(u"entry_type"_s).toString());
            e.start = c.value(u"start"_s).toString();
            e.end = c.value(u"end"_s).toString();
            e.state = c.value(u"state"_s).toInt(-1);
            e.location = c.value(u"location"_s).toString();
            e.ckpLsn = unsignedValue(c.value(u"ckp_lsn"_s));
            e.truncateLsn = unsignedValue(c.value(u"truncate_lsn"_s));
            list.entries << e;
        }
        list.format = CheckpointList::Format::V3InMemory;
    } else if (o.contains(u"count"_s)
        && (o.value(u"checkpoints"_s).isNull() || o.value(u"entries"_s).isNull())) {
        // Go marshals an empty slice made with make() as [], a nil one as null: no checkpoint yet.
        list.format = o.contains(u"entries"_s) ? CheckpointList::Format::V3InMemory
                                               : CheckpointList::Format::V2CheckpointList;
    } else {
        return list;
    }
    list.count = o.value(u"count"_s).toInt(int(list.entries.size()));
    return list;
}

QString checkpointListCommand(const ServerVersion &version)
{
    if (version.isKnown() && version.version() < QVersionNumber(3, 0, 0))
        return u"inspect checkpoint list"_s;
    return u"inspect inmemory-ckp list"_s;
}

QString checkpointListStatement(const ServerVersion &version)
{
    return u"SELECT mo_ctl('dn', 'inspect', %1)"_s.arg(sqlStringLiteral(checkpointListCommand(version)));
}

CheckpointList readCheckpoints(const ConnectionSettings &settings)
{
    CheckpointList list;
    ScopedConnection connection(settings, u"checkpoints"_s);
    if (!connection.ok()) {
        list.error = connection.error();
        return list;
    }
    {
        QSqlQuery q(connection.db());
        if (q.exec(u"SELECT version()"_s) && q.next())
            list.serverVersion = q.value(0).toString();
    }
    const ServerVersion version = ServerVersion::parse(list.serverVersion);
    const auto ask = [&](const QString &command) {
        CheckpointList result;
        QSqlQuery q(connection.db());
        if (!q.exec(u"SELECT mo_ctl('dn', 'inspect', %1)"_s.arg(sqlStringLiteral(command)))) {
            result.error = MoError::fromSqlError(q.lastError());
        } else if (q.next()) {
            result = parseCheckpointList(q.value(0).toString());
        } else {
            result.error = MoError::invalidInput(QCoreApplication::translate(
                "moctl::Checkpoints", "The server answered the checkpoint list with no row."));
        }
        result.command = command;
        result.serverVersion = list.serverVersion;
        return result;
    };
    CheckpointList result = ask(checkpointListCommand(version));
    if (!version.isKnown() && !result.isKnown()) {
        // A branch build: it may be older than v3.0.
        CheckpointList older = ask(u"inspect checkpoint list"_s);
        if (older.isKnown())
            result = older;
    }
    return result;
}

} // namespace moctl
