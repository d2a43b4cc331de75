#pragma once

#include <optional>
#include <QMetaType>
#include <QString>

namespace moctl {

enum class OperationKind { Flush, Checkpoint, GlobalCheckpoint };

// Stable names used by the CLI, JSON files and history: "flush", "checkpoint", "global-checkpoint".
QString operationName(OperationKind kind);
std::optional<OperationKind> operationFromName(const QString &name);
// MatrixOne's "method" in the reply: Flush, Checkpoint, GlobalCheckpoint.
QString replyMethod(OperationKind kind);
// The mo_ctl command word: flush, checkpoint, globalcheckpoint.
QString ctlCommand(OperationKind kind);
// Translated, for people.
QString operationTitle(OperationKind kind);

// A table as MatrixOne addresses it: by name (database + table, optionally a tenant account id)
// or by numeric table id (mo_catalog.mo_tables.rel_id).
struct TableRef
{
    QString database;
    QString table;
    std::optional<quint64> accountId;
    std::optional<quint64> tableId;

    static TableRef byName(QString database, QString table, std::optional<quint64> account = {})
    {
        return TableRef { std::move(database), std::move(table), account, {} };
    }
    static TableRef byId(quint64 id) { return TableRef { {}, {}, {}, id }; }

    bool hasName() const { return !database.isEmpty() || !table.isEmpty(); }
    // Backtick-quoted where needed, e.g. production_db.users or `my.db`.`t`; "#123" for an id alone.
    QString display() const;

    friend bool operator==(const TableRef &, const TableRef &) = default;
};

// One thing to ask of MatrixOne.
struct Operation
{
    OperationKind kind = OperationKind::Flush;
    TableRef table; // flush only
    QString duration; // checkpoints only: empty, or a Go duration such as "30s"

    static Operation flush(TableRef table)
    {
        return Operation { OperationKind::Flush, std::move(table), {} };
    }
    static Operation checkpoint(QString duration = {})
    {
        return Operation { OperationKind::Checkpoint, {}, std::move(duration) };
    }
    static Operation globalCheckpoint(QString duration = {})
    {
        return Operation { OperationKind::GlobalCheckpoint, {}, std::move(duration) };
    }

    // What the operation is aimed at, for people and history: a table, or the cluster.
    QString targetText() const;

    friend bool operator==(const Operation &, const Operation &) = default;
};

} // namespace moctl

Q_DECLARE_METATYPE(moctl::Operation)
