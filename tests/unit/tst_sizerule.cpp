// Size rules (selection by rows, size, largest, growth) and the global checkpoint's minIncrementals:
// the pure parts, plan files, validation, the template.
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "plan/sizerule.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

TableInfo table(const QString &db, const QString &name, qint64 rows, qint64 bytes, quint64 account = 0)
{
    TableInfo t;
    t.database = db;
    t.name = name;
    t.kind = u"r"_s;
    t.rows = rows;
    t.sizeBytes = bytes;
    t.accountId = account;
    return t;
}

QList<TableInfo> catalog()
{
    return { table(u"app"_s, u"events"_s, 5000, 8 << 20), table(u"app"_s, u"users"_s, 300, 1 << 20),
        table(u"app"_s, u"orders"_s, 800, 2 << 20), table(u"app"_s, u"tiny"_s, 2, 65536),
        table(u"logs"_s, u"audit_log"_s, 1200, 4 << 20),
        table(u"mo_catalog"_s, u"mo_tables"_s, 99999, 1 << 30),
        table(u"app"_s, u"__mo_index_secondary_x"_s, 9000, 16 << 20),
        table(u"app"_s, u"users"_s, 7, 65536, 2) };
}

QStringList names(const QList<TableRef> &refs)
{
    QStringList result;
    for (const TableRef &r : refs)
        result << r.display();
    return result;
}

std::optional<SizeRule> ruleFrom(const QByteArray &json, QString *error = nullptr)
{
    return sizeRuleFromJson(QJsonDocument::fromJson(json).object(), error);
}

} // namespace

class TestSizeRule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byteSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("plain") << u"2048"_s << qint64(2048);
        QTest::newRow("K") << u"512K"_s << qint64(512 * 1024);
        QTest::newRow("M") << u"10M"_s << qint64(10 * 1024 * 1024);
        QTest::newRow("lower, MiB") << u"10mib"_s << qint64(10 * 1024 * 1024);
        QTest::newRow("fraction G") << u"1.5G"_s << qint64(1536LL * 1024 * 1024);
        QTest::newRow("T") << u"2T"_s << qint64(2LL << 40);
        QTest::newRow("spaces") << u" 64 KB "_s << qint64(65536);
        QTest::newRow("negative") << u"-1M"_s << qint64(-1);
        QTest::newRow("unit only") << u"M"_s << qint64(-1);
        QTest::newRow("bad unit") << u"3X"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void byteSizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QString error;
        const std::optional<qint64> parsed = parseByteSize(text, &error);
        if (bytes < 0) {
            QVERIFY(!parsed);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, bytes);
        // The written form reads back the same.
        QCOMPARE(parseByteSize(byteSizeText(bytes)).value_or(-1), bytes);
    }

    void writtenForms()
    {
        QCOMPARE(byteSizeText(10 * 1024 * 1024), u"10M"_s);
        QCOMPARE(byteSizeText(1536 * 1024), u"1536K"_s);
        QCOMPARE(byteSizeText(1000), u"1000"_s);
        QCOMPARE(byteSizeText(0), u"0"_s);
    }

    void jsonRoundTrip()
    {
        SizeRule rule;
        rule.minRows = 1000;
        rule.minBytes = 10 * 1024 * 1024;
        rule.largest = 3;
        rule.grownBy = SizeGrowth { SizeGrowth::Unit::Bytes, 512 * 1024 };
        const QJsonObject o = sizeRuleToJson(rule);
        QCOMPARE(o.value(u"version"_s).toInt(), 1);
        QCOMPARE(o.value(u"minSize"_s).toString(), u"10M"_s);
        QCOMPARE(o.value(u"grownBy"_s).toObject().value(u"size"_s).toString(), u"512K"_s);
        QString error;
        const std::optional<SizeRule> back = sizeRuleFromJson(o, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, rule);
        for (const auto &[unit, key] : { std::pair { SizeGrowth::Unit::Rows, "rows" },
                 std::pair { SizeGrowth::Unit::Percent, "percent" } }) {
            SizeRule g;
            g.grownBy = SizeGrowth { unit, 25 };
            QCOMPARE(
                sizeRuleToJson(g).value(u"grownBy"_s).toObject().value(QLatin1StringView(key)).toInt(), 25);
            QCOMPARE(sizeRuleFromJson(sizeRuleToJson(g), &error), std::optional(g));
        }
        // minSize also as a number of bytes
        QCOMPARE(ruleFrom(R"({"version":1,"minSize":4096})")->minBytes, std::optional<qint64>(4096));
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown field")
            << QByteArray(R"({"version":1,"minRows":5,"maxRows":9})") << u"maxRows"_s;
        QTest::newRow("no version") << QByteArray(R"({"minRows":5})") << u"version"_s;
        QTest::newRow("newer version") << QByteArray(R"({"version":2,"minRows":5})") << u"version 2"_s;
        QTest::newRow("negative rows") << QByteArray(R"({"version":1,"minRows":-5})") << u"minRows"_s;
        QTest::newRow("fractional rows") << QByteArray(R"({"version":1,"minRows":1.5})") << u"minRows"_s;
        QTest::newRow("bad size") << QByteArray(R"({"version":1,"minSize":"10Q"})") << u"10Q"_s;
        QTest::newRow("largest 0") << QByteArray(R"({"version":1,"largest":0})") << u"largest"_s;
        QTest::newRow("growth two units")
            << QByteArray(R"({"version":1,"grownBy":{"rows":1,"percent":2}})") << u"grownBy"_s;
        QTest::newRow("growth unknown unit")
            << QByteArray(R"({"version":1,"grownBy":{"pages":1}})") << u"pages"_s;
        QTest::newRow("no criterion") << QByteArray(R"({"version":1})") << u"criterion"_s;
    }
    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!ruleFrom(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.startsWith(u"\"sizeRule\""_s));
    }

    void minimumsAndLargest()
    {
        SizeRule rule;
        rule.minRows = 1000;
        PlanStep step = PlanStep::flush();
        step.sizeRule = rule;
        const QList<TableInfo> candidates = sizeRuleCandidates(step, catalog());
        // Every user table of sys: not the system database, not the index table, not the tenant's.
        QCOMPARE(candidates.size(), 5);
        SizeRuleResult r = applySizeRule(rule, candidates);
        QCOMPARE(names(r.selected), (QStringList { u"app.events"_s, u"logs.audit_log"_s }));
        QCOMPARE(r.candidates.size(), 5);
        QCOMPARE(r.candidates.first().table.display(), u"app.events"_s); // largest first
        QVERIFY(!r.candidates.last().selected);
        QVERIFY(r.candidates.last().reason.contains(u"<"_s));

        SizeRule largest;
        largest.largest = 2;
        r = applySizeRule(largest, candidates);
        QCOMPARE(names(r.selected), (QStringList { u"app.events"_s, u"logs.audit_log"_s }));
        SizeRule both;
        both.minBytes = 1 << 20;
        both.largest = 10;
        QCOMPARE(names(applySizeRule(both, candidates).selected),
            (QStringList { u"app.events"_s, u"logs.audit_log"_s, u"app.orders"_s, u"app.users"_s }));
        // Unknown figures never pass a minimum.
        QList<TableInfo> unknown { table(u"app"_s, u"x"_s, -1, -1) };
        QVERIFY(applySizeRule(rule, unknown).selected.isEmpty());
    }

    void patternsAndAccounts()
    {
        PlanStep step = PlanStep::flush();
        step.targets.patterns = { u"app.*"_s };
        step.sizeRule = SizeRule { {}, {}, 10, {} };
        QCOMPARE(sizeRuleCandidates(step, catalog()).size(), 4); // app's user tables, no index table
        step.account = 2;
        step.targets.patterns.clear();
        const QList<TableInfo> tenant = sizeRuleCandidates(step, catalog());
        QCOMPARE(tenant.size(), 1);
        QCOMPARE(tenant.first().accountId, quint64(2));
    }

    void grownBy()
    {
        const QList<TableInfo> now { table(u"app"_s, u"a"_s, 1500, 1 << 20),
            table(u"app"_s, u"b"_s, 1010, 1 << 20), table(u"app"_s, u"new"_s, 5, 65536),
            table(u"app"_s, u"zero"_s, 3, 65536) };
        const FiguresBaseline before { { u"app.a"_s, { 1000, 1 << 20 } }, { u"app.b"_s, { 1000, 1 << 20 } },
            { u"app.zero"_s, { 0, 65536 } } };
        SizeRule rows;
        rows.grownBy = SizeGrowth { SizeGrowth::Unit::Rows, 100 };
        // a grew by 500; b by 10; "new" has no earlier figures (flushed once to set them); zero grew by 3
        QCOMPARE(
            names(applySizeRule(rows, now, before).selected), (QStringList { u"app.a"_s, u"app.new"_s }));
        SizeRule percent;
        percent.grownBy = SizeGrowth { SizeGrowth::Unit::Percent, 20 };
        // a +50%, b +1%, zero from 0 rows: grew (infinitely)
        QCOMPARE(names(applySizeRule(percent, now, before).selected),
            (QStringList { u"app.a"_s, u"app.new"_s, u"app.zero"_s }));
        SizeRule bytes;
        bytes.grownBy = SizeGrowth { SizeGrowth::Unit::Bytes, 1 };
        QCOMPARE(names(applySizeRule(bytes, now, before).selected), (QStringList { u"app.new"_s }));
        const SizeRuleResult r = applySizeRule(rows, now, before);
        for (const SizeRuleCandidate &c : r.candidates) {
            if (c.table.display() == u"app.b"_s) {
                QVERIFY(!c.selected);
                QVERIFY2(c.reason.contains(u"+10"_s), qPrintable(c.reason));
                QCOMPARE(c.before->rows, 1000);
            }
        }
    }

    void planFileRoundTripAndResolution()
    {
        MaintenancePlan plan = MaintenancePlan::create(u"Big tables"_s);
        PlanStep flush = PlanStep::flush();
        flush.targets.tables << TableRef::byName(u"app"_s, u"tiny"_s);
        flush.sizeRule = SizeRule { 1000, {}, 5, SizeGrowth { SizeGrowth::Unit::Percent, 10 } };
        PlanStep global = PlanStep::globalCheckpoint();
        global.minIncrementals = 4;
        plan.steps << flush << PlanStep::checkpoint() << global;
        const QByteArray json = planToJson(plan);
        QVERIFY(json.contains("\"sizeRule\""));
        QVERIFY(json.contains("\"minIncrementals\": 4"));
        QString error;
        const std::optional<MaintenancePlan> back = planFromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, plan);
        QCOMPARE(planToJson(*back), json);
        QVERIFY(!hasErrors(validate(plan)));

        // The rule's selection plus the explicit table; without the catalog, nothing but the table.
        PatternResolution resolution;
        const SizeRuleSelections selections = resolveSizeRules(plan, catalog(), {}, &resolution);
        QCOMPARE(selections.size(), 1);
        QList<TableRef> flushed;
        for (const Operation &op : stepOperations(plan.steps.first(), resolution))
            flushed << op.table;
        QCOMPARE(names(flushed), (QStringList { u"app.tiny"_s, u"app.events"_s, u"logs.audit_log"_s }));
        QCOMPARE(stepOperations(plan.steps.first(), {}).size(), 1);
        // The preview lists every candidate with its figures.
        const QString preview = previewText(previewLines(plan, resolution, &selections));
        QVERIFY2(preview.contains(u"size rule selects 2 of 5 table(s) now"_s), qPrintable(preview));
        QVERIFY(preview.contains(u"+ app.events"_s));
        QVERIFY(preview.contains(u"- app.users"_s));
        QVERIFY(preview.contains(u"at least 4 incremental"_s));
        QVERIFY(previewText(previewLines(plan)).contains(u"when the plan runs"_s));
        // The run carries the figures of each flushed table and the checkpoint condition.
        const QList<TableInfo> cat = catalog();
        const RunRequest request = toRunRequest(plan, {}, resolution, RunTrigger::Manual, &cat);
        QCOMPARE(request.steps.first().figures.size(), 3);
        QCOMPARE(request.steps.first().figures.at(1), (std::pair<qint64, qint64> { 5000, 8 << 20 }));
        QCOMPARE(request.steps.at(2).minIncrementals, 4);
    }

    void planFileErrors()
    {
        MaintenancePlan plan = MaintenancePlan::create(u"x"_s);
        PlanStep flush = PlanStep::flush();
        flush.sizeRule = SizeRule { 1, {}, {}, {} };
        plan.steps << flush << PlanStep::checkpoint();
        QByteArray json = planToJson(plan);
        QString error;
        QByteArray bad = json;
        bad.replace("\"minRows\": 1", "\"minRows\": 1, \"rowz\": 2");
        QVERIFY(!planFromJson(bad, &error));
        QVERIFY2(error.contains(u"rowz"_s) && error.contains(u"Step 1"_s), qPrintable(error));
        // A checkpoint step may not wait for incrementals; a negative count is refused.
        bad = json;
        bad.replace("\"kind\": \"checkpoint\",", "\"kind\": \"checkpoint\", \"minIncrementals\": 2,");
        QVERIFY(!planFromJson(bad, &error));
        QVERIFY2(error.contains(u"minIncrementals"_s), qPrintable(error));
        plan.steps.last() = PlanStep::globalCheckpoint();
        json = planToJson(plan);
        bad = json;
        bad.replace(
            "\"kind\": \"global-checkpoint\",", "\"kind\": \"global-checkpoint\", \"minIncrementals\": -1,");
        QVERIFY(!planFromJson(bad, &error));
        // Validation in the editor
        plan.steps.first().sizeRule = SizeRule {};
        plan.steps.last().minIncrementals = -3;
        const QList<PlanIssue> issues = validate(plan);
        QVERIFY(hasErrors(issues));
        QStringList fields;
        for (const PlanIssue &i : issues)
            fields << i.field;
        QVERIFY(fields.contains(u"sizeRule"_s));
        QVERIFY(fields.contains(u"minIncrementals"_s));
        // A rule without tables or patterns is a valid flush step (every user table).
        plan.steps.first().sizeRule = SizeRule { {}, {}, 3, {} };
        plan.steps.last().minIncrementals = 0;
        QVERIFY(!hasErrors(validate(plan)));
    }

    void performanceTemplateUsesARule()
    {
        const MaintenancePlan plan = makeTemplate(PlanTemplate::PerformanceUpkeep);
        QVERIFY(plan.steps.first().isFlush());
        QVERIFY(plan.steps.first().sizeRule);
        QVERIFY(plan.steps.first().targets.patterns.isEmpty()); // by measure, not by name
        QCOMPARE(plan.steps.first().sizeRule->largest, std::optional(10));
        QVERIFY(hasSizeRules(plan));
        QVERIFY(!hasErrors(validate(plan)));
        QVERIFY(!hasSizeRules(makeTemplate(PlanTemplate::DatabaseMaintenance)));
    }
};

QTEST_GUILESS_MAIN(TestSizeRule)
#include "tst_sizerule.moc"
