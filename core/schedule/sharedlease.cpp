#include "sharedlease.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("moctl::SharedPlanLease", text);
}

constexpr auto DuplicateKey = "1062";

// `UTC_TIMESTAMP(6) + INTERVAL n MICROSECOND`, n an integer we computed (never user text).
QString expiresIn(std::chrono::milliseconds expiry)
{
    return u"UTC_TIMESTAMP(6) + INTERVAL %1 MICROSECOND"_s.arg(qint64(expiry.count()) * 1000);
}

QString slotText(const QDateTime &slot)
{
    return slot.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

LeaseHolder holderFrom(const QSqlQuery &q)
{
    LeaseHolder h;
    h.token = q.value(0).toString();
    h.host = q.value(1).toString();
    h.pid = q.value(2).toLongLong();
    return h;
}

std::atomic<int> heartbeatSerial { 0 };

} // namespace

QString LeaseHolder::describe() const
{
    return QCoreApplication::translate("moctl::SharedPlanLease", "host %1, process %2")
        .arg(host.isEmpty() ? u"?"_s : host)
        .arg(pid);
}

QString leaseProcessToken()
{
    static const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return token;
}

QString leaseHostName()
{
    static const QString host = QSysInfo::machineHostName().left(255);
    return host;
}

SharedLeaseStore::SharedLeaseStore(SharedConnectionOpener opener, QString connectionName, LeaseHolder self)
    : m_opener(std::move(opener))
    , m_connectionName(std::move(connectionName))
    , m_self(std::move(self))
{
    if (m_self.token.isEmpty()) {
        m_self.token = leaseProcessToken();
        m_self.host = leaseHostName();
        m_self.pid = QCoreApplication::applicationPid();
    }
}

SharedLeaseStore::~SharedLeaseStore() = default;

bool SharedLeaseStore::failed(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : u"%1: %2"_s.arg(what, detail);
    m_reopen = true; // the next call opens the connection again
    return false;
}

bool SharedLeaseStore::database(QSqlDatabase *db)
{
    if (m_reopen && QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase old = QSqlDatabase::database(m_connectionName, false);
            old.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_reopen = false;
    if (!QSqlDatabase::contains(m_connectionName)
        || !QSqlDatabase::database(m_connectionName, false).isOpen()) {
        QString error;
        if (!m_opener || !m_opener(m_connectionName, &error))
            return failed(tr("Cannot open the shared history database for the plan lease"), error);
        m_schemaChecked = false;
    }
    *db = QSqlDatabase::database(m_connectionName, false);
    return m_schemaChecked || ensureSchema(*db);
}

bool SharedLeaseStore::ensureSchema(QSqlDatabase &db)
{
    QSqlQuery q(db);
    const QStringList ddl {
        u"CREATE TABLE IF NOT EXISTS plan_slots (plan_id VARCHAR(64) NOT NULL, slot_utc DATETIME NOT NULL, "
        "owner_token VARCHAR(64) NOT NULL, owner_host VARCHAR(255) NOT NULL, owner_pid BIGINT NOT NULL, "
        "claimed_at DATETIME(6) NOT NULL, PRIMARY KEY (plan_id, slot_utc))"_s,
        u"CREATE TABLE IF NOT EXISTS plan_leases (plan_id VARCHAR(64) NOT NULL PRIMARY KEY, "
        "owner_token VARCHAR(64) NOT NULL, owner_host VARCHAR(255) NOT NULL, owner_pid BIGINT NOT NULL, "
        "acquired_at DATETIME(6) NOT NULL, renewed_at DATETIME(6) NOT NULL, expires_at DATETIME(6) NOT NULL)"_s,
    };
    for (const QString &sql : ddl) {
        if (!q.exec(sql))
            return failed(tr("Cannot create the plan lease tables"), q.lastError().text());
    }
    m_schemaChecked = true;
    return true;
}

LeaseHolder SharedLeaseStore::leaseOf(const QString &planId)
{
    QSqlDatabase db;
    if (!database(&db))
        return {};
    QSqlQuery q(db);
    q.prepare(
        u"SELECT owner_token, owner_host, owner_pid, expires_at, "
        "TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(6), expires_at) FROM plan_leases WHERE plan_id = ?"_s);
    q.addBindValue(planId);
    if (!q.exec()) {
        failed(tr("Cannot read the plan lease"), q.lastError().text());
        return {};
    }
    if (!q.next())
        return {};
    LeaseHolder h = holderFrom(q);
    QDateTime expires = q.value(3).toDateTime();
    expires.setTimeZone(QTimeZone::utc());
    h.expires = expires;
    h.msecsLeft = q.value(4).toLongLong() / 1000;
    return h;
}

SharedLeaseStore::Result SharedLeaseStore::acquire(
    const QString &planId, std::chrono::milliseconds expiry, LeaseHolder *holder, LeaseHolder *tookOver)
{
    m_error.clear();
    for (int attempt = 0; attempt < 3; ++attempt) {
        QSqlDatabase db;
        if (!database(&db))
            return Result::Failed;
        QSqlQuery insert(db);
        insert.prepare(
            u"INSERT INTO plan_leases (plan_id, owner_token, owner_host, owner_pid, acquired_at, "
            "renewed_at, expires_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), %1)"_s.arg(
                expiresIn(expiry)));
        insert.addBindValue(planId);
        insert.addBindValue(m_self.token);
        insert.addBindValue(m_self.host);
        insert.addBindValue(m_self.pid);
        if (insert.exec())
            return Result::Won;
        if (insert.lastError().nativeErrorCode() != QLatin1StringView(DuplicateKey)) {
            failed(tr("Cannot take the plan lease"), insert.lastError().text());
            return Result::Failed;
        }
        // Held, perhaps expired: who it was (for "took over"), then take it only if expired (or ours).
        const LeaseHolder before = leaseOf(planId);
        QSqlQuery update(db);
        update.prepare(u"UPDATE plan_leases SET owner_token = ?, owner_host = ?, owner_pid = ?, "
                       "acquired_at = UTC_TIMESTAMP(6), renewed_at = UTC_TIMESTAMP(6), expires_at = %1 "
                       "WHERE plan_id = ? AND (expires_at <= UTC_TIMESTAMP(6) OR owner_token = ?)"_s.arg(
                           expiresIn(expiry)));
        update.addBindValue(m_self.token);
        update.addBindValue(m_self.host);
        update.addBindValue(m_self.pid);
        update.addBindValue(planId);
        update.addBindValue(m_self.token);
        if (!update.exec()) {
            failed(tr("Cannot take the plan lease"), update.lastError().text());
            return Result::Failed;
        }
        if (update.numRowsAffected() == 1) {
            if (tookOver && before.isValid() && before.token != m_self.token)
                *tookOver = before;
            return Result::Won;
        }
        const LeaseHolder now = leaseOf(planId);
        if (!m_error.isEmpty())
            return Result::Failed;
        if (now.isValid()) {
            if (holder)
                *holder = now;
            return Result::Held;
        }
        // Released between the two statements: try again.
    }
    failed(tr("Cannot take the plan lease"), tr("it changed hands too often"));
    return Result::Failed;
}

SharedLeaseStore::Result SharedLeaseStore::renew(const QString &planId, std::chrono::milliseconds expiry)
{
    m_error.clear();
    QSqlDatabase db;
    if (!database(&db))
        return Result::Failed;
    QSqlQuery q(db);
    q.prepare(u"UPDATE plan_leases SET renewed_at = UTC_TIMESTAMP(6), expires_at = %1 "
              "WHERE plan_id = ? AND owner_token = ?"_s.arg(expiresIn(expiry)));
    q.addBindValue(planId);
    q.addBindValue(m_self.token);
    if (!q.exec()) {
        failed(tr("Cannot renew the plan lease"), q.lastError().text());
        return Result::Failed;
    }
    return q.numRowsAffected() >= 1 ? Result::Won : Result::Held;
}

bool SharedLeaseStore::release(const QString &planId)
{
    m_error.clear();
    QSqlDatabase db;
    if (!database(&db))
        return false;
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM plan_leases WHERE plan_id = ? AND owner_token = ?"_s);
    q.addBindValue(planId);
    q.addBindValue(m_self.token);
    if (!q.exec())
        return failed(tr("Cannot release the plan lease"), q.lastError().text());
    return true;
}

SharedLeaseStore::Result SharedLeaseStore::claimSlot(
    const QString &planId, const QDateTime &slot, LeaseHolder *owner)
{
    m_error.clear();
    QSqlDatabase db;
    if (!database(&db))
        return Result::Failed;
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO plan_slots (plan_id, slot_utc, owner_token, owner_host, owner_pid, claimed_at) "
        "VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6))"_s);
    insert.addBindValue(planId);
    insert.addBindValue(slotText(slot));
    insert.addBindValue(m_self.token);
    insert.addBindValue(m_self.host);
    insert.addBindValue(m_self.pid);
    if (insert.exec())
        return Result::Won;
    if (insert.lastError().nativeErrorCode() != QLatin1StringView(DuplicateKey)) {
        failed(tr("Cannot claim the schedule slot"), insert.lastError().text());
        return Result::Failed;
    }
    QSqlQuery q(db);
    q.prepare(
        u"SELECT owner_token, owner_host, owner_pid FROM plan_slots WHERE plan_id = ? AND slot_utc = ?"_s);
    q.addBindValue(planId);
    q.addBindValue(slotText(slot));
    if (!q.exec() || !q.next()) {
        failed(tr("Cannot claim the schedule slot"), q.lastError().text());
        return Result::Failed;
    }
    const LeaseHolder who = holderFrom(q);
    if (who.token == m_self.token)
        return Result::Won;
    if (owner)
        *owner = who;
    return Result::Held;
}

bool SharedLeaseStore::pruneSlots(const QString &planId)
{
    QSqlDatabase db;
    if (!database(&db))
        return false;
    QSqlQuery q(db);
    q.prepare(
        u"DELETE FROM plan_slots WHERE plan_id = ? AND claimed_at < UTC_TIMESTAMP() - INTERVAL %1 DAY"_s.arg(
            SlotRetentionDays));
    q.addBindValue(planId);
    if (!q.exec())
        return failed(tr("Cannot prune the schedule slots"), q.lastError().text());
    return true;
}

SharedPlanLease::SharedPlanLease(
    QString planId, SharedConnectionOpener opener, QString connectionName, SharedLeaseOptions options)
    : m_planId(std::move(planId))
    , m_opener(opener)
    , m_connectionName(connectionName)
    , m_options(options)
    , m_store(std::move(opener), std::move(connectionName), options.owner)
{
    if (m_options.renewEvery.count() <= 0)
        m_options.renewEvery = std::max(std::chrono::milliseconds(100), m_options.expiry / 3);
}

SharedPlanLease::~SharedPlanLease()
{
    unlock();
}

QString SharedPlanLease::where() const
{
    return tr("the plan_leases table of the shared history");
}

bool SharedPlanLease::tryLock()
{
    if (m_locked)
        return true;
    m_holder = {};
    m_tookOver = {};
    m_error.clear();
    switch (m_store.acquire(m_planId, m_options.expiry, &m_holder, &m_tookOver)) {
    case SharedLeaseStore::Result::Won:
        m_locked = true;
        m_lost = false;
        startHeartbeat();
        return true;
    case SharedLeaseStore::Result::Held:
        return false;
    case SharedLeaseStore::Result::Failed:
        m_error = m_store.error();
        return false;
    }
    return false;
}

void SharedPlanLease::unlock()
{
    if (!m_locked)
        return;
    stopHeartbeat();
    m_locked = false;
    if (!m_store.release(m_planId))
        m_error = m_store.error(); // it expires by itself
}

PlanGuard::SlotClaim SharedPlanLease::claimSlot(const QDateTime &slot, QString *owner)
{
    m_error.clear();
    LeaseHolder who;
    const SharedLeaseStore::Result result = m_store.claimSlot(m_planId, slot, &who);
    if (result == SharedLeaseStore::Result::Failed) {
        m_error = m_store.error();
        return SlotClaim::Failed;
    }
    if (!m_lastPrune.isValid() || m_lastPrune.hasExpired(3600 * 1000)) {
        m_lastPrune.start();
        m_store.pruneSlots(m_planId); // best effort
    }
    if (result == SharedLeaseStore::Result::Held) {
        if (owner)
            *owner = who.describe();
        return SlotClaim::Elsewhere;
    }
    return SlotClaim::Ours;
}

void SharedPlanLease::startHeartbeat()
{
    stopHeartbeat();
    {
        std::lock_guard lock(m_mutex);
        m_stop = false;
    }
    m_thread = std::thread([this] { heartbeat(); });
}

void SharedPlanLease::stopHeartbeat()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void SharedPlanLease::heartbeat()
{
    // Its own connection: a QSqlDatabase belongs to the thread that opened it.
    const QString name = u"%1-heartbeat-%2"_s.arg(m_connectionName).arg(++heartbeatSerial);
    {
        SharedLeaseStore store(m_opener, name, m_options.owner);
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (m_wake.wait_for(lock, m_options.renewEvery, [this] { return m_stop; }))
                break;
            lock.unlock();
            const SharedLeaseStore::Result result = store.renew(m_planId, m_options.expiry);
            lock.lock();
            if (result == SharedLeaseStore::Result::Won) {
                ++m_renewals;
            } else if (result == SharedLeaseStore::Result::Held) {
                m_lost = true; // taken over: nothing more to renew
                break;
            } // Failed: the database is unreachable; try again next time (before the expiry, we hope)
        }
    }
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

} // namespace moctl
