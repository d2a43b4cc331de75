#include "schedulestate.h"

#include "apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

constexpr auto FormatName = "moctl-schedule-state"_L1;
} // namespace

ScheduleStateStore::ScheduleStateStore(QString path, QString lockDirectory)
    : m_path(path.isEmpty() ? AppPaths::dataDirectory() + u"/schedule-state.json"_s : std::move(path))
{
    const QString dir = lockDirectory.isEmpty() ? AppPaths::locksDirectory() : lockDirectory;
    QDir().mkpath(dir);
    m_lockPath = QDir(dir).filePath(u"schedule-state.lock"_s);
}

bool ScheduleStateStore::readInto(QHash<QString, PlanScheduleState> &entries)
{
    entries.clear();
    QFile file(m_path);
    if (!file.exists()) {
        if (m_usable)
            m_error.clear();
        return m_usable;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("moctl::Scheduler", "Cannot read the schedule state %1: %2")
                      .arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (doc.isNull() || !doc.isObject() || root.value(u"format"_s).toString() != FormatName) {
        m_usable = false;
        m_error = QCoreApplication::translate("moctl::Scheduler",
            "The schedule state %1 is damaged; it is left as it is and the scheduler keeps its state "
            "in memory.")
                      .arg(m_path);
        return false;
    }
    if (root.value(u"version"_s).toInt() > FormatVersion) {
        m_usable = false;
        m_error = QCoreApplication::translate("moctl::Scheduler",
            "The schedule state %1 was written by a newer version; it is left as it is and the "
            "scheduler keeps its state in memory.")
                      .arg(m_path);
        return false;
    }
    const QJsonObject plans = root.value(u"plans"_s).toObject();
    for (auto it = plans.begin(); it != plans.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        PlanScheduleState s;
        s.lastSlot = fromIso(o.value(u"lastSlot"_s).toString());
        s.lastFired = fromIso(o.value(u"lastFired"_s).toString());
        s.fingerprint = o.value(u"fingerprint"_s).toString().toLatin1();
        const QJsonArray pending = o.value(u"pending"_s).toArray();
        for (const QJsonValue &v : pending) {
            const QJsonObject p = v.toObject();
            PendingRun run { fromIso(p.value(u"slot"_s).toString()), p.value(u"kind"_s).toString(),
                p.value(u"queued"_s).toBool() };
            if (run.slot.isValid())
                s.pending << run;
        }
        entries.insert(it.key(), s);
    }
    if (m_usable)
        m_error.clear();
    return m_usable;
}

bool ScheduleStateStore::write(const QHash<QString, PlanScheduleState> &entries)
{
    if (!m_usable)
        return false;
    QJsonObject plans;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        QJsonObject o;
        o.insert(u"lastSlot"_s, isoUtc(it->lastSlot));
        o.insert(u"lastFired"_s, isoUtc(it->lastFired));
        o.insert(u"fingerprint"_s, QString::fromLatin1(it->fingerprint));
        if (!it->pending.isEmpty()) {
            QJsonArray pending;
            for (const PendingRun &run : it->pending)
                pending.append(QJsonObject {
                    { u"slot"_s, isoUtc(run.slot) }, { u"kind"_s, run.kind }, { u"queued"_s, run.queued } });
            o.insert(u"pending"_s, pending);
        }
        plans.insert(it.key(), o);
    }
    QJsonObject root;
    root.insert(u"format"_s, QString(FormatName));
    root.insert(u"version"_s, FormatVersion);
    root.insert(u"plans"_s, plans);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("moctl::Scheduler", "Cannot write the schedule state %1: %2")
                      .arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_error = QCoreApplication::translate("moctl::Scheduler", "Cannot write the schedule state %1: %2")
                      .arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QHash<QString, PlanScheduleState> ScheduleStateStore::read()
{
    QHash<QString, PlanScheduleState> entries;
    readInto(entries);
    return entries;
}

ScheduleStateStore::Transaction::Transaction(ScheduleStateStore &store)
    : m_store(store)
    , m_lock(std::make_unique<QLockFile>(store.m_lockPath))
{
    // Held for milliseconds: a lock older than 30 s belongs to a hung or dead process.
    m_lock->setStaleLockTime(30000);
    m_locked = m_lock->tryLock(5000);
    if (!m_locked)
        m_store.m_error = QCoreApplication::translate(
            "moctl::Scheduler", "The schedule state is locked by another process (%1).")
                              .arg(m_store.m_lockPath);
    m_store.readInto(entries);
}

ScheduleStateStore::Transaction::~Transaction()
{
    if (m_locked)
        m_lock->unlock();
}

bool ScheduleStateStore::Transaction::commit()
{
    if (!m_locked)
        return false;
    return m_store.write(entries);
}

} // namespace moctl
