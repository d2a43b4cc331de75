#pragma once

#include "catalog/tableinfo.h"
#include "moctl/operation.h"

#include <optional>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace moctl {

// Rows (mo_table_rows) and bytes (mo_table_size) of one table at one moment; -1 = not known.
struct TableFigures
{
    qint64 rows = -1;
    qint64 bytes = -1;
    bool isKnown() const { return rows >= 0 || bytes >= 0; }
    friend bool operator==(const TableFigures &, const TableFigures &) = default;
};

// "Grown by at least `amount` since this plan's last figures of the table": rows, bytes, or a
// percentage of the earlier row count.
struct SizeGrowth
{
    enum class Unit { Rows, Bytes, Percent };
    Unit unit = Unit::Rows;
    qint64 amount = 0;
    friend bool operator==(const SizeGrowth &, const SizeGrowth &) = default;
};

// A flush step's selection by measure, evaluated just before the run from mo_table_rows() and
// mo_table_size(). Every criterion given must hold; `largest` then keeps the K largest (by size) of
// the tables that pass. It applies over the step's candidate set: the tables its patterns match, or,
// without patterns, every user table of the step's account (internal tables left out, as patterns
// leave them out). The step's explicit tables are flushed as well.
struct SizeRule
{
    static constexpr int Version = 1; // the "version" of the "sizeRule" object in plan files

    std::optional<qint64> minRows;
    std::optional<qint64> minBytes;
    std::optional<int> largest;
    std::optional<SizeGrowth> grownBy;

    bool isEmpty() const { return !minRows && !minBytes && !largest && !grownBy; }
    // The translated sentence, e.g. "rows ≥ 1,000, size ≥ 10 MiB, the 3 largest".
    QString describe() const;

    friend bool operator==(const SizeRule &, const SizeRule &) = default;
};

// "10M", "1.5G", "512k", "64KiB", "2048" (bytes; K, M, G, T are powers of 1024). Negative, empty or
// unreadable: none, with a translated reason in *error.
std::optional<qint64> parseByteSize(const QString &text, QString *error = nullptr);
// The shortest exact form: "10M" for 10 MiB, "1536K", "1000" (parseByteSize reads it back).
QString byteSizeText(qint64 bytes);

// The "sizeRule" object of a plan file, keys in a fixed order: version, minRows, minSize, largest, grownBy.
QList<std::pair<QString, QJsonValue>> sizeRuleFields(const SizeRule &rule);
QJsonObject sizeRuleToJson(const SizeRule &rule);
// Refuses unknown fields, a version other than 1, and values out of range (translated reason in *error).
std::optional<SizeRule> sizeRuleFromJson(const QJsonValue &value, QString *error);
// Problems of a rule built in the editor (translated); empty when it is usable.
QStringList sizeRuleProblems(const SizeRule &rule);

// The earlier figures of tables, keyed by TableRef::display() (the outcome's target in History).
using FiguresBaseline = QHash<QString, TableFigures>;

// One candidate of a rule, with what decided it.
struct SizeRuleCandidate
{
    TableRef table;
    TableFigures now;
    std::optional<TableFigures> before; // the plan's last figures of the table, when it has them
    bool selected = false;
    QString reason; // translated: why it is (not) selected
};

struct SizeRuleResult
{
    QList<SizeRuleCandidate> candidates; // largest first (unknown sizes last)
    QList<TableRef> selected; // in the same order
};

// Applies the rule to the candidates (catalog rows with figures). A table without earlier figures
// passes "grown by" (it is flushed once to set its baseline); a table whose figure is unknown fails
// the criterion that needs it.
SizeRuleResult applySizeRule(
    const SizeRule &rule, const QList<TableInfo> &candidates, const FiguresBaseline &baseline = {});

} // namespace moctl
