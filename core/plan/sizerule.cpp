#include "sizerule.h"

#include "maintenanceplan.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

constexpr qint64 Kib = 1024;

QString growthUnitName(SizeGrowth::Unit unit)
{
    switch (unit) {
    case SizeGrowth::Unit::Rows:
        return u"rows"_s;
    case SizeGrowth::Unit::Bytes:
        return u"size"_s;
    case SizeGrowth::Unit::Percent:
        return u"percent"_s;
    }
    return {};
}

// A whole number >= 0 from JSON (a number without fraction, or a decimal string).
std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d != std::floor(d) || d > 9.0e15)
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok && n >= 0)
            return n;
    }
    return std::nullopt;
}

std::optional<qint64> byteValue(const QJsonValue &v, QString *why)
{
    if (v.isString())
        return parseByteSize(v.toString(), why);
    if (const auto n = wholeNumber(v))
        return n;
    *why = QCoreApplication::translate(
        "moctl::SizeRule", "a size in bytes (a whole number, or text such as \"10M\")");
    return std::nullopt;
}

} // namespace

std::optional<qint64> parseByteSize(const QString &text, QString *error)
{
    static const QRegularExpression re(
        u"^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(i?b)?\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        if (error)
            *error = QCoreApplication::translate("moctl::SizeRule",
                "\"%1\" is not a size: use bytes, or a number with K, M, G or T (e.g. 10M).")
                         .arg(text);
        return std::nullopt;
    }
    const double number = m.captured(1).toDouble();
    const QString suffix = m.captured(2).toLower();
    double factor = 1;
    if (suffix == u"k"_s)
        factor = double(Kib);
    else if (suffix == u"m"_s)
        factor = double(Kib * Kib);
    else if (suffix == u"g"_s)
        factor = double(Kib * Kib * Kib);
    else if (suffix == u"t"_s)
        factor = double(Kib * Kib * Kib * Kib);
    const double bytes = number * factor;
    if (bytes > 9.0e18) {
        if (error)
            *error = QCoreApplication::translate("moctl::SizeRule", "\"%1\" is too large.").arg(text);
        return std::nullopt;
    }
    return qint64(std::llround(bytes));
}

QString byteSizeText(qint64 bytes)
{
    static const char *const suffixes[] = { "T", "G", "M", "K" };
    qint64 unit = Kib * Kib * Kib * Kib;
    for (const char *s : suffixes) {
        if (bytes > 0 && bytes % unit == 0)
            return QString::number(bytes / unit) + QLatin1StringView(s);
        unit /= Kib;
    }
    return QString::number(bytes);
}

QString SizeRule::describe() const
{
    QStringList parts;
    const QLocale locale;
    if (minRows)
        parts << QCoreApplication::translate("moctl::SizeRule", "rows ≥ %1").arg(locale.toString(*minRows));
    if (minBytes)
        parts << QCoreApplication::translate("moctl::SizeRule", "size ≥ %1").arg(formatSize(*minBytes));
    if (grownBy) {
        switch (grownBy->unit) {
        case SizeGrowth::Unit::Rows:
            parts << QCoreApplication::translate(
                "moctl::SizeRule", "grown by ≥ %1 rows since the plan's last run")
                         .arg(locale.toString(grownBy->amount));
            break;
        case SizeGrowth::Unit::Bytes:
            parts << QCoreApplication::translate("moctl::SizeRule", "grown by ≥ %1 since the plan's last run")
                         .arg(formatSize(grownBy->amount));
            break;
        case SizeGrowth::Unit::Percent:
            parts << QCoreApplication::translate(
                "moctl::SizeRule", "rows grown by ≥ %1% since the plan's last run")
                         .arg(grownBy->amount);
            break;
        }
    }
    if (largest)
        parts << QCoreApplication::translate("moctl::SizeRule", "the %n largest", nullptr, *largest);
    return parts.isEmpty() ? QCoreApplication::translate("moctl::SizeRule", "no criterion")
                           : parts.join(u", "_s);
}

QList<std::pair<QString, QJsonValue>> sizeRuleFields(const SizeRule &rule)
{
    QList<std::pair<QString, QJsonValue>> fields;
    fields.append({ u"version"_s, SizeRule::Version });
    if (rule.minRows)
        fields.append({ u"minRows"_s, QJsonValue(*rule.minRows) });
    if (rule.minBytes)
        fields.append({ u"minSize"_s, byteSizeText(*rule.minBytes) });
    if (rule.largest)
        fields.append({ u"largest"_s, *rule.largest });
    if (rule.grownBy) {
        QJsonObject g;
        const QString unit = growthUnitName(rule.grownBy->unit);
        if (rule.grownBy->unit == SizeGrowth::Unit::Bytes)
            g.insert(unit, byteSizeText(rule.grownBy->amount));
        else
            g.insert(unit, QJsonValue(rule.grownBy->amount));
        fields.append({ u"grownBy"_s, g });
    }
    return fields;
}

QJsonObject sizeRuleToJson(const SizeRule &rule)
{
    QJsonObject o;
    for (const auto &[key, value] : sizeRuleFields(rule))
        o.insert(key, value);
    return o;
}

std::optional<SizeRule> sizeRuleFromJson(const QJsonValue &value, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<SizeRule> {
        if (error)
            *error = QCoreApplication::translate("moctl::SizeRule", "\"sizeRule\": %1").arg(why);
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(QCoreApplication::translate("moctl::SizeRule", "not a JSON object."));
    const QJsonObject o = value.toObject();
    static const QStringList known = { u"version"_s, u"minRows"_s, u"minSize"_s, u"largest"_s, u"grownBy"_s };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(QCoreApplication::translate("moctl::SizeRule", "unknown field \"%1\" (known: %2).")
                            .arg(it.key(), known.join(u", "_s)));
    }
    if (!o.contains(u"version"_s))
        return fail(QCoreApplication::translate("moctl::SizeRule", "\"version\" is missing."));
    if (o.value(u"version"_s).toInt(-1) != SizeRule::Version)
        return fail(QCoreApplication::translate("moctl::SizeRule",
            "version %1 is not understood (this version of MOCTL Studio reads version %2).")
                        .arg(o.value(u"version"_s).toVariant().toString())
                        .arg(SizeRule::Version));
    SizeRule rule;
    if (o.contains(u"minRows"_s)) {
        const auto n = wholeNumber(o.value(u"minRows"_s));
        if (!n)
            return fail(QCoreApplication::translate(
                "moctl::SizeRule", "\"minRows\" must be a whole number of rows, 0 or more."));
        rule.minRows = n;
    }
    if (o.contains(u"minSize"_s)) {
        QString why;
        const auto n = byteValue(o.value(u"minSize"_s), &why);
        if (!n)
            return fail(QCoreApplication::translate("moctl::SizeRule", "\"minSize\": %1").arg(why));
        rule.minBytes = n;
    }
    if (o.contains(u"largest"_s)) {
        const auto n = wholeNumber(o.value(u"largest"_s));
        if (!n || *n < 1 || *n > 100000)
            return fail(QCoreApplication::translate(
                "moctl::SizeRule", "\"largest\" must be a number of tables from 1 to 100000."));
        rule.largest = int(*n);
    }
    if (o.contains(u"grownBy"_s)) {
        const QJsonValue g = o.value(u"grownBy"_s);
        const QJsonObject go = g.toObject();
        if (!g.isObject() || go.size() != 1)
            return fail(QCoreApplication::translate("moctl::SizeRule",
                "\"grownBy\" must be an object with one of \"rows\", \"size\" or \"percent\"."));
        SizeGrowth growth;
        const QString key = go.begin().key();
        if (key == u"rows"_s || key == u"percent"_s) {
            growth.unit = key == u"rows"_s ? SizeGrowth::Unit::Rows : SizeGrowth::Unit::Percent;
            const auto n = wholeNumber(go.begin().value());
            if (!n)
                return fail(QCoreApplication::translate(
                    "moctl::SizeRule", "\"grownBy\": \"%1\" must be a whole number, 0 or more.")
                                .arg(key));
            growth.amount = *n;
        } else if (key == u"size"_s) {
            growth.unit = SizeGrowth::Unit::Bytes;
            QString why;
            const auto n = byteValue(go.begin().value(), &why);
            if (!n)
                return fail(
                    QCoreApplication::translate("moctl::SizeRule", "\"grownBy\": \"size\": %1").arg(why));
            growth.amount = *n;
        } else {
            return fail(QCoreApplication::translate(
                "moctl::SizeRule", "\"grownBy\": unknown field \"%1\" (known: rows, size, percent).")
                            .arg(key));
        }
        rule.grownBy = growth;
    }
    if (rule.isEmpty())
        return fail(QCoreApplication::translate(
            "moctl::SizeRule", "it has no criterion (minRows, minSize, largest or grownBy)."));
    return rule;
}

QStringList sizeRuleProblems(const SizeRule &rule)
{
    QStringList problems;
    if (rule.isEmpty())
        problems << QCoreApplication::translate("moctl::SizeRule",
            "The size rule has no criterion: give a minimum of rows or size, a number of largest "
            "tables, or a growth.");
    if (rule.minRows && *rule.minRows < 0)
        problems << QCoreApplication::translate("moctl::SizeRule", "The minimum of rows cannot be negative.");
    if (rule.minBytes && *rule.minBytes < 0)
        problems << QCoreApplication::translate("moctl::SizeRule", "The minimum size cannot be negative.");
    if (rule.largest && (*rule.largest < 1 || *rule.largest > 100000))
        problems << QCoreApplication::translate(
            "moctl::SizeRule", "The number of largest tables must be from 1 to 100000.");
    if (rule.grownBy && rule.grownBy->amount < 0)
        problems << QCoreApplication::translate("moctl::SizeRule", "The growth cannot be negative.");
    return problems;
}

SizeRuleResult applySizeRule(
    const SizeRule &rule, const QList<TableInfo> &candidates, const FiguresBaseline &baseline)
{
    const QLocale locale;
    QList<SizeRuleCandidate> all;
    all.reserve(candidates.size());
    for (const TableInfo &info : candidates) {
        SizeRuleCandidate c;
        c.table = tableRefFor(info);
        c.now = TableFigures { info.rows, info.sizeBytes };
        if (const auto it = baseline.constFind(c.table.display()); it != baseline.cend())
            c.before = *it;
        QStringList fails;
        if (rule.minRows) {
            if (c.now.rows < 0)
                fails << QCoreApplication::translate("moctl::SizeRule", "rows unknown");
            else if (c.now.rows < *rule.minRows)
                fails << QCoreApplication::translate("moctl::SizeRule", "%1 rows < %2")
                             .arg(locale.toString(c.now.rows), locale.toString(*rule.minRows));
        }
        if (rule.minBytes) {
            if (c.now.bytes < 0)
                fails << QCoreApplication::translate("moctl::SizeRule", "size unknown");
            else if (c.now.bytes < *rule.minBytes)
                fails << QCoreApplication::translate("moctl::SizeRule", "%1 < %2")
                             .arg(formatSize(c.now.bytes), formatSize(*rule.minBytes));
        }
        QString growthNote;
        if (rule.grownBy) {
            const SizeGrowth &g = *rule.grownBy;
            const bool bytes = g.unit == SizeGrowth::Unit::Bytes;
            const qint64 now = bytes ? c.now.bytes : c.now.rows;
            const qint64 before = c.before ? (bytes ? c.before->bytes : c.before->rows) : -1;
            if (now < 0) {
                fails << (bytes ? QCoreApplication::translate("moctl::SizeRule", "size unknown")
                                : QCoreApplication::translate("moctl::SizeRule", "rows unknown"));
            } else if (before < 0) {
                growthNote = QCoreApplication::translate("moctl::SizeRule", "no earlier figures");
            } else {
                const qint64 delta = now - before;
                bool grown = false;
                switch (g.unit) {
                case SizeGrowth::Unit::Rows:
                case SizeGrowth::Unit::Bytes:
                    grown = delta >= g.amount;
                    break;
                case SizeGrowth::Unit::Percent:
                    grown = before == 0 ? (delta > 0 || g.amount == 0)
                                        : double(delta) * 100.0 >= double(g.amount) * double(before);
                    break;
                }
                const QString change = bytes ? (delta < 0 ? u"-"_s : u"+"_s) + formatSize(qAbs(delta))
                                             : (delta < 0 ? QString() : u"+"_s) + locale.toString(delta)
                        + u' ' + QCoreApplication::translate("moctl::SizeRule", "rows");
                if (!grown)
                    fails << QCoreApplication::translate("moctl::SizeRule", "grew %1").arg(change);
                else
                    growthNote = QCoreApplication::translate("moctl::SizeRule", "grew %1").arg(change);
            }
        }
        c.selected = fails.isEmpty();
        c.reason = c.selected
            ? (growthNote.isEmpty() ? QCoreApplication::translate("moctl::SizeRule", "matches") : growthNote)
            : fails.join(u"; "_s);
        all << c;
    }
    // Largest first; unknown sizes last; names break ties so the order is stable.
    std::stable_sort(all.begin(), all.end(), [](const SizeRuleCandidate &a, const SizeRuleCandidate &b) {
        if (a.now.bytes != b.now.bytes)
            return a.now.bytes > b.now.bytes;
        return a.table.display() < b.table.display();
    });
    SizeRuleResult result;
    int kept = 0;
    for (SizeRuleCandidate &c : all) {
        if (c.selected && rule.largest) {
            if (c.now.bytes < 0) {
                c.selected = false;
                c.reason = QCoreApplication::translate("moctl::SizeRule", "size unknown");
            } else if (kept >= *rule.largest) {
                c.selected = false;
                c.reason = QCoreApplication::translate(
                    "moctl::SizeRule", "not among the %n largest", nullptr, *rule.largest);
            } else {
                ++kept;
            }
        }
        if (c.selected)
            result.selected << c.table;
    }
    result.candidates = std::move(all);
    return result;
}

} // namespace moctl

// Plan-level parts (declared in maintenanceplan.h).
namespace moctl {

QString sizeRuleKey(const PlanStep &step)
{
    if (!step.sizeRule)
        return {};
    QString key = u"\x1fsize-rule "_s
        + QString::fromUtf8(QJsonDocument(sizeRuleToJson(*step.sizeRule)).toJson(QJsonDocument::Compact));
    for (const QString &p : step.targets.patterns)
        key += u'\x1f' + p;
    if (step.account)
        key += u" @"_s + QString::number(*step.account);
    return key;
}

bool hasSizeRules(const MaintenancePlan &plan)
{
    return std::any_of(plan.steps.cbegin(), plan.steps.cend(),
        [](const PlanStep &s) { return s.enabled && s.isFlush() && s.sizeRule; });
}

QList<TableInfo> sizeRuleCandidates(const PlanStep &step, const QList<TableInfo> &catalog)
{
    QList<TableInfo> result;
    const quint64 account = step.account.value_or(0);
    for (const TableInfo &t : catalog) {
        if (t.isSystem() || isSystemDatabase(t.database))
            continue;
        const TableRef ref = tableRefFor(t);
        if (ref.accountId.value_or(0) != account)
            continue;
        if (step.targets.patterns.isEmpty()) {
            if (!t.isInternal())
                result << t;
            continue;
        }
        const QList<TableRef> one { ref };
        for (const QString &p : step.targets.patterns) {
            if (!resolvePattern(p, one, step.account).isEmpty()) {
                result << t;
                break;
            }
        }
    }
    return result;
}

SizeRuleSelections resolveSizeRules(const MaintenancePlan &plan, const QList<TableInfo> &catalog,
    const FiguresBaseline &baseline, PatternResolution *resolution)
{
    SizeRuleSelections selections;
    for (const PlanStep &step : plan.steps) {
        if (!step.enabled || !step.isFlush() || !step.sizeRule)
            continue;
        const QString key = sizeRuleKey(step);
        if (selections.contains(key))
            continue;
        const SizeRuleResult r = applySizeRule(*step.sizeRule, sizeRuleCandidates(step, catalog), baseline);
        selections.insert(key, r);
        if (resolution)
            resolution->insert(key, r.selected);
    }
    return selections;
}

} // namespace moctl
