#include "historyqueue.h"

#include "apppaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

QJsonObject errorJson(const MoError &e)
{
    if (!e.isError())
        return {};
    return QJsonObject { { u"kind"_s, e.kindName() }, { u"code"_s, e.code() },
        { u"serverMessage"_s, e.serverMessage() }, { u"detail"_s, e.detail() } };
}

MoError errorFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (o.isEmpty())
        return {};
    return MoError(MoError::kindFromName(o.value(u"kind"_s).toString()), o.value(u"code"_s).toInt(),
        o.value(u"serverMessage"_s).toString(), o.value(u"detail"_s).toString());
}

constexpr auto QueueSuffix = ".json";

} // namespace

QJsonObject HistoryPendingWrite::toJson() const
{
    QJsonObject o;
    o.insert(u"runId"_s, runId);
    switch (kind) {
    case Kind::Begin:
        o.insert(u"write"_s, u"begin"_s);
        o.insert(u"profileId"_s, profileId);
        o.insert(u"profileName"_s, profileName);
        o.insert(u"planId"_s, planId);
        o.insert(u"planName"_s, planName);
        o.insert(u"server"_s, server);
        if (!fleetId.isEmpty())
            o.insert(u"fleetId"_s, fleetId);
        o.insert(u"trigger"_s, triggerName(trigger));
        o.insert(u"started"_s, iso(started));
        o.insert(u"operations"_s, operations);
        break;
    case Kind::Outcome: {
        o.insert(u"write"_s, u"outcome"_s);
        const Outcome &x = outcome;
        o.insert(u"step"_s, x.stepIndex);
        o.insert(u"opIndex"_s, x.operationIndex);
        o.insert(u"operation"_s, operationName(x.operation.kind));
        o.insert(u"target"_s, x.target);
        o.insert(u"sql"_s, x.sql);
        o.insert(u"attempts"_s, x.attempts);
        o.insert(u"started"_s, iso(x.started));
        o.insert(u"durationMs"_s, x.durationMs);
        o.insert(u"status"_s, outcomeStatusName(x.status));
        o.insert(u"error"_s, errorJson(x.error));
        o.insert(u"rawReply"_s, x.rawReply);
        o.insert(u"tableRows"_s, x.tableRows);
        o.insert(u"tableBytes"_s, x.tableBytes);
        break;
    }
    case Kind::End: {
        o.insert(u"write"_s, u"end"_s);
        const RunSummary &s = summary;
        o.insert(u"status"_s, runStatusName(s.status));
        o.insert(u"started"_s, iso(s.started));
        o.insert(u"finished"_s, iso(s.finished));
        o.insert(u"ok"_s, s.ok);
        o.insert(u"failed"_s, s.failed);
        o.insert(u"timedOut"_s, s.timedOut);
        o.insert(u"cancelled"_s, s.cancelled);
        o.insert(u"skipped"_s, s.skipped);
        o.insert(u"refused"_s, s.refused);
        o.insert(u"notAttempted"_s, s.notAttempted);
        o.insert(u"firstError"_s, errorJson(s.firstError));
        o.insert(u"worstError"_s, errorJson(s.worstError));
        o.insert(u"serverVersion"_s, s.serverVersion);
        break;
    }
    }
    return o;
}

std::optional<HistoryPendingWrite> HistoryPendingWrite::fromJson(const QJsonObject &o)
{
    HistoryPendingWrite w;
    w.runId = o.value(u"runId"_s).toInteger();
    const QString write = o.value(u"write"_s).toString();
    if (w.runId == 0)
        return std::nullopt;
    if (write == u"begin"_s) {
        w.kind = Kind::Begin;
        w.profileId = o.value(u"profileId"_s).toString();
        w.profileName = o.value(u"profileName"_s).toString();
        w.planId = o.value(u"planId"_s).toString();
        w.planName = o.value(u"planName"_s).toString();
        w.server = o.value(u"server"_s).toString();
        w.fleetId = o.value(u"fleetId"_s).toString();
        w.trigger = triggerFromName(o.value(u"trigger"_s).toString());
        w.started = fromIso(o.value(u"started"_s));
        w.operations = o.value(u"operations"_s).toInt();
        if (!w.started.isValid())
            return std::nullopt;
    } else if (write == u"outcome"_s) {
        w.kind = Kind::Outcome;
        Outcome &x = w.outcome;
        x.runId = w.runId;
        x.stepIndex = o.value(u"step"_s).toInt();
        x.operationIndex = o.value(u"opIndex"_s).toInt();
        x.operation.kind
            = operationFromName(o.value(u"operation"_s).toString()).value_or(OperationKind::Flush);
        x.target = o.value(u"target"_s).toString();
        x.sql = o.value(u"sql"_s).toString();
        x.attempts = o.value(u"attempts"_s).toInt();
        x.started = fromIso(o.value(u"started"_s));
        x.durationMs = o.value(u"durationMs"_s).toInteger();
        x.status = outcomeStatusFromName(o.value(u"status"_s).toString());
        x.error = errorFromJson(o.value(u"error"_s));
        x.rawReply = o.value(u"rawReply"_s).toString();
        x.tableRows = o.value(u"tableRows"_s).toInteger(-1);
        x.tableBytes = o.value(u"tableBytes"_s).toInteger(-1);
    } else if (write == u"end"_s) {
        w.kind = Kind::End;
        RunSummary &s = w.summary;
        s.runId = w.runId;
        s.status = runStatusFromName(o.value(u"status"_s).toString());
        s.started = fromIso(o.value(u"started"_s));
        s.finished = fromIso(o.value(u"finished"_s));
        s.ok = o.value(u"ok"_s).toInt();
        s.failed = o.value(u"failed"_s).toInt();
        s.timedOut = o.value(u"timedOut"_s).toInt();
        s.cancelled = o.value(u"cancelled"_s).toInt();
        s.skipped = o.value(u"skipped"_s).toInt();
        s.refused = o.value(u"refused"_s).toInt();
        s.notAttempted = o.value(u"notAttempted"_s).toInt();
        s.firstError = errorFromJson(o.value(u"firstError"_s));
        s.worstError = errorFromJson(o.value(u"worstError"_s));
        s.serverVersion = o.value(u"serverVersion"_s).toString();
    } else {
        return std::nullopt;
    }
    return w;
}

HistoryLocalQueue::HistoryLocalQueue(const QString &locationKey)
{
    const QByteArray key
        = QCryptographicHash::hash(locationKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_directory = AppPaths::dataDirectory() + u"/history-queue/"_s + QString::fromLatin1(key);
    m_file = m_directory + u'/' + QString::number(QCoreApplication::applicationPid()) + u'-'
        + QUuid::createUuid().toString(QUuid::Id128).left(12) + QString::fromLatin1(QueueSuffix);
}

HistoryLocalQueue::~HistoryLocalQueue()
{
    releaseTaken();
    if (m_lock)
        m_lock->unlock();
}

bool HistoryLocalQueue::save(const QList<HistoryPendingWrite> &writes, QString *error)
{
    if (writes.isEmpty()) {
        if (QFile::exists(m_file) && !QFile::remove(m_file)) {
            if (error)
                *error = QCoreApplication::translate("moctl::HistoryStore", "Cannot remove %1.")
                             .arg(QDir::toNativeSeparators(m_file));
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("moctl::HistoryStore", "Cannot create %1.")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(m_file.chopped(int(qstrlen(QueueSuffix))) + u".lock"_s);
        m_lock->setStaleLockTime(0); // stale only when this process is gone
        m_lock->tryLock(0);
    }
    QJsonArray array;
    for (const HistoryPendingWrite &w : writes)
        array.append(w.toJson());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(array).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("moctl::HistoryStore", "Cannot write the local queue %1: %2")
                         .arg(QDir::toNativeSeparators(m_file), file.errorString());
        return false;
    }
    QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // owner only
    return true;
}

QStringList HistoryLocalQueue::queueFiles(const QString &directory)
{
    QStringList files;
    const QFileInfoList entries = QDir(directory).entryInfoList(
        { u"*"_s + QString::fromLatin1(QueueSuffix) }, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &info : entries)
        files << info.absoluteFilePath();
    return files;
}

QList<QList<HistoryPendingWrite>> HistoryLocalQueue::takeAbandoned()
{
    QList<QList<HistoryPendingWrite>> result;
    for (const QString &path : queueFiles(m_directory)) {
        if (QFileInfo(path) == QFileInfo(m_file))
            continue;
        auto lock = std::make_shared<QLockFile>(path.chopped(int(qstrlen(QueueSuffix))) + u".lock"_s);
        lock->setStaleLockTime(0); // a live owner's lock is never taken; a dead one's is stale
        if (!lock->tryLock(0))
            continue; // its process still runs: it sends its own
        QFile file(path);
        QList<HistoryPendingWrite> writes;
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
            for (const QJsonValue &v : array) {
                if (std::optional<HistoryPendingWrite> w = HistoryPendingWrite::fromJson(v.toObject()))
                    writes << *w;
            }
        }
        if (!file.exists() || !QFile::exists(path)) {
            lock->unlock();
            continue; // taken by another process meanwhile
        }
        result << writes;
        m_taken << std::pair { path, lock };
    }
    return result;
}

void HistoryLocalQueue::releaseTaken()
{
    for (auto &[path, lock] : m_taken) {
        QFile::remove(path);
        lock->unlock();
    }
    m_taken.clear();
}

} // namespace moctl
