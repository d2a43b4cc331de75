#include "catalog.h"

#include "connection/connectionfactory.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

// Catalog queries are quick; they must not hold a worker (and the application's exit) for the
// socket's generic 600 s backstop.
constexpr int CatalogReadTimeoutSec = 120;

// MatrixOne's hidden tables: secondary index tables and partitions.
bool isInternalTable(const QString &name)
{
    return name.startsWith(u"__mo_"_s) || name.contains(u"%!%"_s);
}

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
        if (const int c = a.database.compare(b.database); c != 0)
            return c < 0;
        return a.name < b.name;
    });
    QStringList databases = listing.databases;
    for (const TableInfo &t : std::as_const(listing.tables)) {
        if (databases.isEmpty() || databases.constLast() != t.database)
            databases << t.database;
    }
    databases.sort();
    databases.removeDuplicates();
    listing.databases = databases;
}

bool hasMoCatalog(QSqlDatabase &db, bool *known)
{
    QSqlQuery q(db);
    *known = q.exec(u"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'mo_catalog' "
                    "AND TABLE_NAME = 'mo_tables'"_s)
             && q.next();
    return *known && q.value(0).toLongLong() > 0;
}

MoError readMoTables(QSqlDatabase &db, CatalogListing &listing, bool withFigures)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = withFigures
                            ? u"SELECT reldatabase, relname, rel_id, relkind, mo_table_rows(reldatabase, relname), "
                              "mo_table_size(reldatabase, relname) FROM mo_catalog.mo_tables "
                              "WHERE relkind IN ('r', 'e', 'cluster')"_s
                            : u"SELECT reldatabase, relname, rel_id, relkind, NULL, NULL FROM mo_catalog.mo_tables "
                              "WHERE relkind IN ('r', 'e', 'cluster')"_s;
    if (!q.exec(sql))
        return MoError::fromSqlError(q.lastError());
    while (q.next()) {
        TableInfo t;
        t.database = q.value(0).toString();
        t.name = q.value(1).toString();
        if (isInternalTable(t.name))
            continue;
        t.id = q.value(2).toULongLong();
        t.kind = q.value(3).toString();
        t.rows = optionalNumber(q.value(4));
        t.sizeBytes = optionalNumber(q.value(5));
        listing.tables << t;
    }
    if (q.lastError().isValid())
        return MoError::fromSqlError(q.lastError());
    listing.source = CatalogListing::Source::MoCatalog;
    return {};
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

void readDatabases(QSqlDatabase &db, CatalogListing &listing)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
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

QList<TableInfo> CatalogListing::userTables() const
{
    QList<TableInfo> result;
    for (const TableInfo &t : tables) {
        if (!t.isSystem())
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

quint64 Catalog::cacheKey(const ConnectionSettings &settings)
{
    return quint64(settings.fingerprint());
}

QFuture<CatalogListing> Catalog::load(const ConnectionSettings &settings, CachePolicy policy)
{
    const quint64 key = cacheKey(settings);
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
        future = QtConcurrent::run([settings, state, key]() {
            CatalogListing listing = Catalog::fetch(settings);
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

std::optional<CatalogListing> Catalog::cached(const ConnectionSettings &settings) const
{
    QMutexLocker lock(&m_state->mutex);
    if (auto it = m_state->cache.constFind(cacheKey(settings)); it != m_state->cache.constEnd())
        return *it;
    return std::nullopt;
}

void Catalog::invalidate(const ConnectionSettings &settings)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->cache.remove(cacheKey(settings));
}

void Catalog::clear()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->cache.clear();
}

CatalogListing Catalog::fetch(const ConnectionSettings &settings)
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
    return fetch(connection.db());
}

CatalogListing Catalog::fetch(QSqlDatabase &db)
{
    CatalogListing listing;
    bool known = false;
    const bool mo = hasMoCatalog(db, &known);
    MoError error;
    if (mo || !known) {
        error = readMoTables(db, listing, true);
        if (error.isError() && mo) {
            // mo_tables is there but the figure functions are not (or failed): names and ids still help.
            listing.tables.clear();
            const MoError withoutFigures = readMoTables(db, listing, false);
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
        readDatabases(db, listing);
        sortListing(listing);
    }
    listing.fetchedAt = QDateTime::currentDateTimeUtc();
    return listing;
}

} // namespace moctl
