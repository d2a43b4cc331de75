#include "catalog.h"

#include "connection/connectionfactory.h"

#include <algorithm>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

// Catalog queries are quick; they must not hold a worker (and the application's exit) for the
// socket's generic 600 s backstop.
constexpr int CatalogReadTimeoutSec = 120;

qint64 optionalNumber(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return -1;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? n : -1;
}

void sortListing(CatalogListing &listing)
{
    std::sort(listing.tables.begin(), listing.tables.end(), [](const TableInfo &a, const TableInfo &b) {
        if (a.accountId != b.accountId)
            return a.accountId < b.accountId;
        if (const int c = a.database.compare(b.database); c != 0)
            return c < 0;
        return a.name < b.name;
    });
    QStringList databases = listing.databases;
    for (const TableInfo &t : std::as_const(listing.tables)) {
        if (t.accountId == listing.ownAccount)
            databases << t.database;
    }
    databases.sort();
    databases.removeDuplicates();
    listing.databases = databases;
}

// The caller's account: current_account_id() (MatrixOne's built-in), else by the user-name rule
// (plain user or sys:... = 0). nullopt: a tenant whose id cannot be read (its mo_tables shows it
// only its own tables anyway).
std::optional<quint64> readOwnAccount(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"SELECT current_account_id()"_s) && q.next()) {
        bool ok = false;
        const qint64 id = q.value(0).toLongLong(&ok);
        if (ok && id >= 0)
            return quint64(id);
    }
    const QString user = db.userName();
    const QChar separator = user.contains(u':') ? u':' : u'#';
    if (!user.contains(separator)
        || user.section(separator, 0, 0).compare(u"sys"_s, Qt::CaseInsensitive) == 0)
        return quint64(0);
    return std::nullopt;
}

bool hasMoCatalog(QSqlDatabase &db, bool *known)
{
    QSqlQuery q(db);
    *known = q.exec(u"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'mo_catalog' "
                    "AND TABLE_NAME = 'mo_tables'"_s)
        && q.next();
    return *known && q.value(0).toLongLong() > 0;
}

// Every relkind a table that can be flushed has: user tables (r, e, cluster), index tables (i, since
// v3.0.0) and partition tables; views, sequences and the rest have nothing to flush.
const QString FlushableKinds = u"('r', 'e', 'cluster', 'i', 'partition')"_s;

QString tablesQuery(AccountScope scope, std::optional<quint64> ownAccount, bool figures)
{
    // Rows and sizes: mo_table_rows()/mo_table_size() look a name up in the caller's own account, so
    // another tenant's table is left unknown (NULL) rather than asked for (an error, or sys's table).
    const QString own = ownAccount ? QString::number(*ownAccount) : QString();
    QString rows = u"NULL"_s;
    QString size = u"NULL"_s;
    if (figures) {
        rows = u"mo_table_rows(reldatabase, relname)"_s;
        size = u"mo_table_size(reldatabase, relname)"_s;
        if (scope == AccountScope::All && ownAccount) {
            rows = u"CASE WHEN account_id = %1 THEN %2 END"_s.arg(own, rows);
            size = u"CASE WHEN account_id = %1 THEN %2 END"_s.arg(own, size);
        }
    }
    QString sql
        = u"SELECT reldatabase, relname, rel_id, relkind, account_id, %1, %2 FROM mo_catalog.mo_tables "
          "WHERE relkind IN %3"_s.arg(rows, size, FlushableKinds);
    if (scope == AccountScope::Own && ownAccount)
        sql += u" AND account_id = "_s + own;
    return sql;
}

MoError readMoTables(QSqlDatabase &db, CatalogListing &listing, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return MoError::fromSqlError(q.lastError());
    while (q.next()) {
        TableInfo t;
        t.database = q.value(0).toString();
        t.name = q.value(1).toString();
        t.id = q.value(2).toULongLong();
        t.kind = q.value(3).toString();
        t.accountId = q.value(4).toULongLong();
        t.rows = optionalNumber(q.value(5));
        t.sizeBytes = optionalNumber(q.value(6));
        listing.tables << t;
    }
    if (q.lastError().isValid())
        return MoError::fromSqlError(q.lastError());
    listing.source = CatalogListing::Source::MoCatalog;
    return {};
}

// Index tables name their table in mo_catalog.mo_indexes (table_id -> index_table_name); partition
// tables carry it in their name (%!%p0%!%orders). Best effort: without mo_indexes, no links.
void linkCompanions(QSqlDatabase &db, CatalogListing &listing)
{
    QHash<QString, quint64> indexParent;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT DISTINCT table_id, index_table_name FROM mo_catalog.mo_indexes "
               "WHERE index_table_name IS NOT NULL AND index_table_name <> ''"_s)) {
        while (q.next())
            indexParent.insert(q.value(1).toString(), q.value(0).toULongLong());
    }
    const auto key = [](quint64 account, const QString &database, const QString &name) {
        return QString::number(account) + QChar(0) + database + QChar(0) + name;
    };
    QHash<QString, quint64> byName;
    for (const TableInfo &t : std::as_const(listing.tables))
        byName.insert(key(t.accountId, t.database, t.name), t.id);
    for (TableInfo &t : listing.tables) {
        if (const auto it = indexParent.constFind(t.name); it != indexParent.constEnd()) {
            t.parentId = *it;
            continue;
        }
        const QString parent = partitionParentName(t.name);
        if (!parent.isEmpty())
            t.parentId = byName.value(key(t.accountId, t.database, parent), 0);
    }
}

void readAccountNames(QSqlDatabase &db, CatalogListing &listing)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT account_id, account_name FROM mo_catalog.mo_account"_s))
        return;
    while (q.next())
        listing.accountNames.insert(q.value(0).toULongLong(), q.value(1).toString());
}

MoError readInformationSchema(QSqlDatabase &db, CatalogListing &listing)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH "
                "FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE'"_s))
        return MoError::fromSqlError(q.lastError());
    while (q.next()) {
        TableInfo t;
        t.database = q.value(0).toString();
        t.name = q.value(1).toString();
        t.kind = u"r"_s;
        t.rows = optionalNumber(q.value(2));
        t.sizeBytes = optionalNumber(q.value(3));
        listing.tables << t;
    }
    if (q.lastError().isValid())
        return MoError::fromSqlError(q.lastError());
    listing.source = CatalogListing::Source::InformationSchema;
    return {};
}

void readDatabases(QSqlDatabase &db, CatalogListing &listing, std::optional<quint64> ownAccount)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // On MatrixOne the own account's databases (mo_database has every tenant's for sys).
    if (listing.source == CatalogListing::Source::MoCatalog
        && q.exec(ownAccount
                ? u"SELECT datname FROM mo_catalog.mo_database WHERE account_id = %1"_s.arg(*ownAccount)
                : u"SELECT datname FROM mo_catalog.mo_database"_s)) {
        while (q.next())
            listing.databases << q.value(0).toString();
        return;
    }
    if (!q.exec(u"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"_s))
        return; // the tables' databases are enough
    while (q.next())
        listing.databases << q.value(0).toString();
}

} // namespace

QList<TableInfo> CatalogListing::tablesOf(const QString &database) const
{
    QList<TableInfo> result;
    for (const TableInfo &t : tables) {
        if (t.database == database)
            result << t;
    }
    return result;
}

QString CatalogListing::accountName(quint64 account) const
{
    if (const auto it = accountNames.constFind(account); it != accountNames.constEnd())
        return *it;
    return account == 0 ? u"sys"_s : QString::number(account);
}

const TableInfo *CatalogListing::find(
    const QString &database, const QString &table, std::optional<quint64> account) const
{
    const qsizetype i = findTableIndex(tables, database, table, account.value_or(ownAccount));
    return i < 0 ? nullptr : &tables.at(i);
}

const TableInfo *CatalogListing::findId(quint64 id) const
{
    for (const TableInfo &t : tables) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QList<TableInfo> CatalogListing::companionsOf(const TableInfo &table) const
{
    QList<TableInfo> result;
    if (!table.hasId())
        return result;
    for (const TableInfo &t : tables) {
        if (t.parentId == table.id)
            result << t;
    }
    return result;
}

QList<TableInfo> CatalogListing::tablesOfAccount(quint64 account) const
{
    QList<TableInfo> result;
    for (const TableInfo &t : tables) {
        if (t.accountId == account)
            result << t;
    }
    return result;
}

QList<TableInfo> CatalogListing::userTables() const
{
    QList<TableInfo> result;
    for (const TableInfo &t : tables) {
        if (!t.isSystem() && !t.isInternal())
            result << t;
    }
    return result;
}

struct Catalog::State
{
    mutable QMutex mutex;
    QHash<quint64, CatalogListing> cache;
    QHash<quint64, QFuture<CatalogListing>> running;
};

Catalog::Catalog(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    qRegisterMetaType<moctl::CatalogListing>();
}

Catalog::~Catalog() = default;

QString Catalog::moTablesQuery(AccountScope scope, quint64 ownAccount, bool figures)
{
    return tablesQuery(scope, ownAccount, figures);
}

quint64 Catalog::cacheKey(const ConnectionSettings &settings, AccountScope scope)
{
    const quint64 key = quint64(settings.fingerprint());
    return scope == AccountScope::All ? key ^ Q_UINT64_C(0x9e3779b97f4a7c15) : key;
}

QFuture<CatalogListing> Catalog::load(
    const ConnectionSettings &settings, CachePolicy policy, AccountScope scope)
{
    const quint64 key = cacheKey(settings, scope);
    std::shared_ptr<State> state = m_state;
    QFuture<CatalogListing> future;
    {
        // Held while starting, so the task cannot finish (and unregister) before it is registered, and
        // a second load for the same settings joins this one.
        QMutexLocker lock(&m_state->mutex);
        if (auto it = m_state->running.constFind(key); it != m_state->running.constEnd())
            return *it;
        if (policy == CachePolicy::UseCache) {
            if (auto it = m_state->cache.constFind(key); it != m_state->cache.constEnd())
                return QtFuture::makeReadyFuture(*it);
        }
        // The task owns a copy of the settings and the shared state, never `this`: it may outlive us.
        future = QtConcurrent::run([settings, state, key, scope]() {
            CatalogListing listing = Catalog::fetch(settings, CatalogOptions { scope, true });
            QMutexLocker taskLock(&state->mutex);
            if (listing.ok())
                state->cache.insert(key, listing);
            state->running.remove(key);
            return listing;
        });
        m_state->running.insert(key, future);
    }
    auto *watcher = new QFutureWatcher<CatalogListing>(this);
    connect(watcher, &QFutureWatcher<CatalogListing>::finished, this, [this, watcher, key]() {
        watcher->deleteLater();
        if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
            Q_EMIT loaded(key, watcher->result());
    });
    watcher->setFuture(future);
    return future;
}

std::optional<CatalogListing> Catalog::cached(const ConnectionSettings &settings, AccountScope scope) const
{
    QMutexLocker lock(&m_state->mutex);
    if (auto it = m_state->cache.constFind(cacheKey(settings, scope)); it != m_state->cache.constEnd())
        return *it;
    return std::nullopt;
}

void Catalog::invalidate(const ConnectionSettings &settings)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->cache.remove(cacheKey(settings, AccountScope::Own));
    m_state->cache.remove(cacheKey(settings, AccountScope::All));
}

void Catalog::clear()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->cache.clear();
}

CatalogListing Catalog::fetch(const ConnectionSettings &settings, CatalogOptions options)
{
    ConnectionSettings s = settings;
    s.readTimeoutSec = std::min(s.readTimeoutSec, CatalogReadTimeoutSec);
    ScopedConnection connection(s, u"catalog"_s);
    if (!connection.ok()) {
        CatalogListing listing;
        listing.error = connection.error();
        listing.fetchedAt = QDateTime::currentDateTimeUtc();
        return listing;
    }
    return fetch(connection.db(), options);
}

CatalogListing Catalog::fetch(QSqlDatabase &db, CatalogOptions options)
{
    CatalogListing listing;
    listing.scope = options.accounts;
    bool known = false;
    const bool mo = hasMoCatalog(db, &known);
    MoError error;
    std::optional<quint64> own;
    if (mo || !known) {
        own = readOwnAccount(db);
        listing.ownAccount = own.value_or(0);
        error = readMoTables(db, listing, tablesQuery(options.accounts, own, options.figures));
        if (error.isError() && mo && options.figures) {
            // mo_tables is there but the figure functions are not (or failed): names and ids still help.
            listing.tables.clear();
            const MoError withoutFigures
                = readMoTables(db, listing, tablesQuery(options.accounts, own, false));
            if (!withoutFigures.isError())
                error = {};
        }
    }
    if (!mo && listing.source != CatalogListing::Source::MoCatalog) {
        listing.tables.clear();
        error = readInformationSchema(db, listing);
    }
    listing.error = error;
    if (error.isError()) {
        listing.tables.clear();
        listing.source = CatalogListing::Source::None;
    } else {
        if (listing.source == CatalogListing::Source::MoCatalog) {
            linkCompanions(db, listing);
            if (own && *own == 0)
                readAccountNames(db, listing);
        }
        readDatabases(db, listing, listing.source == CatalogListing::Source::MoCatalog ? own : std::nullopt);
        sortListing(listing);
    }
    listing.fetchedAt = QDateTime::currentDateTimeUtc();
    return listing;
}

} // namespace moctl
