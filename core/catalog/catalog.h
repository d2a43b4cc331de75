#pragma once

#include "connection/connectionsettings.h"
#include "moctl/moerror.h"
#include "tableinfo.h"

#include <memory>
#include <optional>
#include <QDateTime>
#include <QFuture>
#include <QMap>
#include <QObject>
#include <QStringList>

class QSqlDatabase;

namespace moctl {

// Whose tables a listing holds: the connection's own account, or every tenant's (a sys connection sees
// all of them in mo_catalog.mo_tables; a tenant only ever sees its own).
enum class AccountScope { Own, All };

struct CatalogOptions
{
    AccountScope accounts = AccountScope::Own;
    bool figures = true; // rows and sizes (mo_table_rows/mo_table_size); off for name resolution
};

// Everything the catalog knows about one server at one moment.
struct CatalogListing
{
    enum class Source { None, MoCatalog, InformationSchema };

    // Sorted by account, database, then table name; system databases and MatrixOne's internal tables
    // (TableInfo::isInternal) included.
    QList<TableInfo> tables;
    QStringList databases; // every database of the own account, empty ones included, sorted
    Source source = Source::None;
    MoError error;
    QDateTime fetchedAt; // UTC
    quint64 ownAccount = 0; // current_account_id(): 0 = sys
    AccountScope scope = AccountScope::Own;
    QMap<quint64, QString> accountNames; // mo_catalog.mo_account (sys connections), for people

    // "acc1" for 1, "sys" for 0, the number when the name is not known.
    QString accountName(quint64 account) const;
    // The table of `account` (the own account by default) named so, MatrixOne's case rule applied.
    const TableInfo *find(
        const QString &database, const QString &table, std::optional<quint64> account = {}) const;
    const TableInfo *findId(quint64 id) const;
    // The index and partition tables that belong to `table`.
    QList<TableInfo> companionsOf(const TableInfo &table) const;
    // The tables of one account (for patterns resolved for that account).
    QList<TableInfo> tablesOfAccount(quint64 account) const;

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
    QFuture<CatalogListing> load(const ConnectionSettings &settings,
        CachePolicy policy = CachePolicy::UseCache, AccountScope scope = AccountScope::Own);
    std::optional<CatalogListing> cached(
        const ConnectionSettings &settings, AccountScope scope = AccountScope::Own) const;
    void invalidate(const ConnectionSettings &settings);
    void clear();

    // Synchronous, on the calling thread with a dedicated connection: worker threads and moctl only.
    static CatalogListing fetch(const ConnectionSettings &settings, CatalogOptions options = {});
    // On an open connection (the caller's thread owns it).
    static CatalogListing fetch(QSqlDatabase &db, CatalogOptions options = {});

    // The main catalog query (for --dry-run and documentation): the own account's tables, or all.
    static QString moTablesQuery(
        AccountScope scope = AccountScope::Own, quint64 ownAccount = 0, bool figures = true);

    // The key a settings value is cached under (its fingerprint, and the scope).
    static quint64 cacheKey(const ConnectionSettings &settings, AccountScope scope = AccountScope::Own);

Q_SIGNALS:
    // A background load finished (successfully or not) for the settings with this cache key.
    void loaded(quint64 key, const moctl::CatalogListing &listing);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace moctl

Q_DECLARE_METATYPE(moctl::CatalogListing)
