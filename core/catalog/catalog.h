#pragma once

#include "connection/connectionsettings.h"
#include "moctl/moerror.h"
#include "tableinfo.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace moctl {

// Everything the catalog knows about one server at one moment.
struct CatalogListing
{
    enum class Source { None, MoCatalog, InformationSchema };

    QList<TableInfo> tables; // sorted by database, then table name; system databases included
    QStringList databases;   // every database, empty ones included, sorted
    Source source = Source::None;
    MoError error;
    QDateTime fetchedAt; // UTC

    bool ok() const { return !error.isError(); }
    // The tables of `database` / outside system databases.
    QList<TableInfo> tablesOf(const QString &database) const;
    QList<TableInfo> userTables() const;
};

// Lists the databases and tables of a server with rows, sizes and table ids: on MatrixOne from
// mo_catalog.mo_tables (relkind r, e, cluster) with mo_table_rows()/mo_table_size(); elsewhere from
// information_schema.TABLES. Loads run on a worker thread with their own connection; the GUI thread
// only ever gets finished results. Listings are cached per connection settings until refreshed.
class Catalog final : public QObject
{
    Q_OBJECT

public:
    enum class CachePolicy { UseCache, Refresh };

    explicit Catalog(QObject *parent = nullptr);
    ~Catalog() override;

    // A listing for these settings: from the cache (a finished future) unless asked to refresh, else a
    // background load; a load already running for the same settings is shared. loaded() follows.
    QFuture<CatalogListing> load(const ConnectionSettings &settings, CachePolicy policy = CachePolicy::UseCache);
    std::optional<CatalogListing> cached(const ConnectionSettings &settings) const;
    void invalidate(const ConnectionSettings &settings);
    void clear();

    // Synchronous, on the calling thread with a dedicated connection: worker threads and moctl only.
    static CatalogListing fetch(const ConnectionSettings &settings);
    // On an open connection (the caller's thread owns it).
    static CatalogListing fetch(QSqlDatabase &db);

    // The key a settings value is cached under (its fingerprint).
    static quint64 cacheKey(const ConnectionSettings &settings);

Q_SIGNALS:
    // A background load finished (successfully or not) for the settings with this cache key.
    void loaded(quint64 key, const moctl::CatalogListing &listing);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace moctl

Q_DECLARE_METATYPE(moctl::CatalogListing)
