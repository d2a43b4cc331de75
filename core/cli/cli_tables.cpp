// moctl tables [DB...] [--system]: the catalog (databases, tables, ids, rows, sizes) as text, JSON
// lines or CSV.
#include "catalog/catalog.h"
#include "catalog/tablepattern.h"
#include "cli_commands.h"
#include "security/textsafety.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {

// A database argument: a name as it is (dots and all), or with * and ? as wildcards.
struct DatabaseFilter
{
    QString text;
    TablePattern glob; // valid when the text has wildcards
    bool matches(const QString &database) const
    {
        return glob.isValid() ? glob.matchesWholeDatabase(database) : database == text;
    }
};

DatabaseFilter databaseFilter(const QString &text)
{
    DatabaseFilter filter { text, {} };
    if (!text.contains(u'*') && !text.contains(u'?'))
        return filter;
    // Quote everything but the wildcards, so dots and backticks in the name stay literal.
    QString pattern;
    QString run;
    auto flush = [&]() {
        if (!run.isEmpty())
            pattern += u'`' + run.replace(u'`', u"``"_s) + u'`';
        run.clear();
    };
    for (QChar c : text) {
        if (c == u'*' || c == u'?') {
            flush();
            pattern += c;
        } else {
            run += c;
        }
    }
    flush();
    filter.glob = TablePattern::parse(pattern);
    return filter;
}

QString numberOrEmpty(qint64 value)
{
    return value < 0 ? QString() : QString::number(value);
}

QJsonValue jsonNumber(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue jsonId(quint64 id)
{
    if (id == 0)
        return QJsonValue(QJsonValue::Null);
    if (id <= (quint64(1) << 53))
        return QJsonValue(qint64(id));
    return QJsonValue(QString::number(id));
}

void printText(Context &context, const QList<TableInfo> &tables, const CatalogListing *accounts)
{
    QStringList header { QCoreApplication::translate("moctl::cli", "DATABASE"),
        QCoreApplication::translate("moctl::cli", "TABLE"), QCoreApplication::translate("moctl::cli", "ID"),
        QCoreApplication::translate("moctl::cli", "ROWS"),
        QCoreApplication::translate("moctl::cli", "SIZE") };
    if (accounts)
        header.prepend(QCoreApplication::translate("moctl::cli", "ACCOUNT"));
    QList<QStringList> rows;
    rows.reserve(tables.size());
    for (const TableInfo &t : tables) {
        rows << QStringList { printable(t.database), printable(t.name),
            t.hasId() ? QString::number(t.id) : u"-"_s, t.rows < 0 ? u"-"_s : formatRows(t.rows),
            t.sizeBytes < 0 ? u"-"_s : formatSize(t.sizeBytes) };
        if (accounts)
            rows.last().prepend(printable(accounts->accountName(t.accountId)));
    }
    QList<qsizetype> width;
    for (const QString &h : header)
        width << h.size();
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], row.at(c).size());
    }
    const qsizetype lead = accounts ? 1 : 0; // names left-justified, numbers right-justified
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += u"  "_s;
            text += c < lead + 2 ? cells.at(c).leftJustified(width[c]) : cells.at(c).rightJustified(width[c]);
        }
        while (text.endsWith(u' '))
            text.chop(1);
        context.out << text << '\n';
    };
    line(header);
    for (const QStringList &row : std::as_const(rows))
        line(row);
}

} // namespace

int commandTables(Context &context)
{
    const bool system = context.args.takeFlag(u"--system"_s);
    const bool internal = context.args.takeFlag(u"--internal"_s);
    const bool allAccounts = context.args.takeFlag(u"--all-accounts"_s);
    const AccountScope scope = allAccounts ? AccountScope::All : AccountScope::Own;
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1 for tables.").arg(unknown));
    QList<DatabaseFilter> filters;
    for (const QString &arg : context.args.remaining()) {
        if (arg == u"--"_s)
            continue;
        if (arg.isEmpty() || arg.contains(QChar(0)))
            return context.usageError(QCoreApplication::translate("moctl::cli",
                "A database name is empty or "
                "contains a NUL character."));
        filters << databaseFilter(arg);
    }
    if (context.dryRun) {
        context.out << "-- " << QCoreApplication::translate("moctl::cli", "tables only reads the catalog:")
                    << '\n'
                    << Catalog::moTablesQuery(scope) << ";\n";
        context.out.flush();
        return ExitOk;
    }
    ResolvedConnection connection = resolveConnection(context);
    if (connection.exitCode != ExitOk)
        return connection.exitCode;

    const CatalogListing listing = Catalog::fetch(connection.settings, CatalogOptions { scope, true });
    if (!listing.ok()) {
        context.err << "moctl: "
                    << QCoreApplication::translate("moctl::cli", "cannot list the tables: %1")
                           .arg(printable(listing.error.message()))
                    << '\n';
        context.err.flush();
        return exitCodeFor(listing.error);
    }
    // A database named exactly must exist; a wildcard may match nothing.
    for (const DatabaseFilter &f : std::as_const(filters)) {
        if (!f.glob.isValid() && !listing.databases.contains(f.text)) {
            context.err << "moctl: "
                        << QCoreApplication::translate("moctl::cli", "database \"%1\" not found").arg(f.text)
                        << '\n';
            context.err.flush();
            return ExitFailed;
        }
    }

    QList<TableInfo> tables;
    for (const TableInfo &t : listing.tables) {
        bool named = false;
        if (!filters.isEmpty()) {
            bool any = false;
            for (const DatabaseFilter &f : std::as_const(filters)) {
                if (f.matches(t.database)) {
                    any = true;
                    named = named || !f.glob.isValid();
                }
            }
            if (!any)
                continue;
        }
        // System databases: with --system, or when named exactly. MatrixOne's internal tables (index,
        // partition, ...): with --internal.
        if (t.isSystem() && !system && !named)
            continue;
        if (t.isInternal() && !internal)
            continue;
        tables << t;
    }

    switch (context.format) {
    case OutputFormat::Text:
        printText(context, tables, allAccounts ? &listing : nullptr);
        break;
    case OutputFormat::Json:
        for (const TableInfo &t : std::as_const(tables)) {
            QJsonObject o;
            if (allAccounts) {
                o.insert(u"account_id"_s, qint64(t.accountId));
                o.insert(u"account"_s, listing.accountName(t.accountId));
            }
            o.insert(u"database"_s, t.database);
            o.insert(u"table"_s, t.name);
            o.insert(u"id"_s, jsonId(t.id));
            o.insert(u"kind"_s, t.kind);
            o.insert(u"rows"_s, jsonNumber(t.rows));
            o.insert(u"size"_s, jsonNumber(t.sizeBytes));
            o.insert(u"system"_s, t.isSystem());
            if (t.isInternal())
                o.insert(u"internal"_s, true);
            if (t.parentId != 0)
                o.insert(u"parent_id"_s, jsonId(t.parentId));
            context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        }
        break;
    case OutputFormat::Csv: {
        QStringList header { u"database"_s, u"table"_s, u"id"_s, u"rows"_s, u"size"_s };
        if (allAccounts)
            header.prepend(u"account"_s);
        context.out << QString::fromUtf8(csvLine(header));
    }
        for (const TableInfo &t : std::as_const(tables)) {
            QStringList fields { csvField(t.database), csvField(t.name),
                t.hasId() ? QString::number(t.id) : QString(), numberOrEmpty(t.rows),
                numberOrEmpty(t.sizeBytes) };
            if (allAccounts)
                fields.prepend(csvField(listing.accountName(t.accountId)));
            context.out << QString::fromUtf8(csvLine(fields));
        }
        break;
    }
    context.out.flush();
    return ExitOk;
}

} // namespace moctl::cli
