// Plans without a server: the model, conversion to a run, the SQL preview, templates, validation
// rules, the JSON format (round trip, stable output, version and corruption cases) and PlanStore.
#include "moctl/statement.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

MaintenancePlan samplePlan()
{
    MaintenancePlan plan = MaintenancePlan::create(u"Nightly — flush & checkpoint"_s);
    plan.description = u"Before the 02:00 backup"_s;
    plan.profileId = u"6b1f7c1e-0000-4000-8000-000000000001"_s;
    plan.policy = FailurePolicy::SkipCheckpoints;
    plan.notes = u"line one\nline \"two\" with o'brien"_s;
    PlanTargets targets;
    targets.tables << TableRef::byName(u"production_db"_s, u"users"_s)
                   << TableRef::byName(u"production_db"_s, u"my.table"_s)
                   << TableRef::byName(u"sales"_s, u"o'brien"_s, 7) << TableRef::byId(272515)
                   << TableRef::byId(18446744073709551557ULL); // above 2^53: a string in the file
    targets.patterns << u"analytics_db.*"_s;
    PlanStep flush = PlanStep::flush(targets, u"Critical tables"_s);
    flush.parallelism = 3;
    flush.timeoutSeconds = 45;
    flush.retries = 0;
    PlanStep wait = PlanStep::wait(5);
    PlanStep checkpoint = PlanStep::checkpoint(u"30s"_s);
    PlanStep global = PlanStep::globalCheckpoint();
    global.enabled = false;
    plan.steps << flush << wait << checkpoint << global;
    return plan;
}

QByteArray writeTemp(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return content;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip()
    {
        const MaintenancePlan plan = samplePlan();
        const QByteArray json = planToJson(plan);
        QString error;
        const auto back = planFromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->id, plan.id);
        QCOMPARE(back->name, plan.name);
        QCOMPARE(back->notes, plan.notes);
        QCOMPARE(back->policy, FailurePolicy::SkipCheckpoints);
        QCOMPARE(back->steps.size(), 4);
        QCOMPARE(back->steps.at(0).targets, plan.steps.at(0).targets);
        QVERIFY(*back == plan);
        // Stable: the same plan gives the same bytes, and so does a re-read plan.
        QCOMPARE(planToJson(*back), json);
    }

    void jsonKeyOrderAndNoSecrets()
    {
        const QByteArray json = planToJson(samplePlan());
        const QList<QByteArray> keys = { "\"format\"", "\"version\"", "\"id\"", "\"name\"", "\"description\"",
            "\"profile\"", "\"onFailure\"", "\"created\"", "\"modified\"", "\"notes\"", "\"steps\"" };
        qsizetype last = -1;
        for (const QByteArray &k : keys) {
            const qsizetype at = json.indexOf(k);
            QVERIFY2(at > last, k.constData());
            last = at;
        }
        QVERIFY(json.startsWith("{\n  \"format\": \"moctl-plan\",\n  \"version\": 1,\n"));
        QVERIFY(json.endsWith("}\n"));
        QVERIFY(!json.contains("password"));
        QVERIFY(json.contains("\"id\": 272515"));
        QVERIFY(json.contains("\"id\": \"18446744073709551557\""));
        QVERIFY(json.contains("\"account\": 7"));
        // Steps: kind first, then the kind's fields in a fixed order.
        const qsizetype kind = json.indexOf("\"kind\": \"flush\"");
        QVERIFY(kind > 0);
        QVERIFY(json.indexOf("\"tables\"", kind) < json.indexOf("\"patterns\"", kind));
        QVERIFY(json.indexOf("\"patterns\"", kind) < json.indexOf("\"parallelism\"", kind));
        // It is valid JSON that Qt reads back.
        QJsonParseError e;
        QJsonDocument::fromJson(json, &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
    }

    void jsonProblems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("says");
        const int corrupt = int(PlanReadProblem::Corrupt);
        QTest::newRow("not json") << QByteArray("{\"format\": ") << corrupt << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray() << corrupt << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << corrupt << u"not a JSON object"_s;
        QTest::newRow("wrong format")
            << QByteArray(R"({"format":"moctl-profiles","version":1})") << corrupt << u"moctl-plan"_s;
        QTest::newRow("no version") << QByteArray(R"({"format":"moctl-plan"})") << corrupt << u"version"_s;
        QTest::newRow("too new") << QByteArray(R"({"format":"moctl-plan","version":2,"id":"x","steps":[]})")
                                 << int(PlanReadProblem::TooNew) << u"newer version"_s;
        QTest::newRow("bad id") << QByteArray(R"({"format":"moctl-plan","version":1,"id":"nope","steps":[]})")
                                << corrupt << u"id"_s;
        const QByteArray head
            = R"({"format":"moctl-plan","version":1,"id":"12345678-1111-2222-3333-444455556666",)";
        QTest::newRow("no steps") << head + R"("name":"x"})" << corrupt << u"steps"_s;
        QTest::newRow("unknown kind") << head + R"("steps":[{"kind":"vacuum"}]})" << corrupt << u"vacuum"_s;
        QTest::newRow("bad policy") << head + R"("onFailure":"retry-forever","steps":[]})" << corrupt
                                    << u"retry-forever"_s;
        QTest::newRow("table without name")
            << head + R"("steps":[{"kind":"flush","tables":[{"database":"a"}]}]})" << corrupt << u"Step 1"_s;
        QTest::newRow("negative table id")
            << head + R"("steps":[{"kind":"flush","tables":[{"id":-3}]}]})" << corrupt << u"Step 1"_s;
    }
    void jsonProblems()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, problem);
        QFETCH(QString, says);
        QString error;
        PlanReadProblem p = PlanReadProblem::None;
        QVERIFY(!planFromJson(json, &error, &p));
        QCOMPARE(int(p), problem);
        QVERIFY2(error.contains(says, Qt::CaseInsensitive), qPrintable(error));
    }

    void toRunRequestSkipsDisabledAndResolvesPatterns()
    {
        const MaintenancePlan plan = samplePlan();
        PatternResolution resolution;
        resolution.insert(u"analytics_db.*"_s,
            { TableRef::byName(u"analytics_db"_s, u"metrics"_s),
                TableRef::byName(u"production_db"_s, u"users"_s) }); // duplicate
        ConnectionSettings settings;
        settings.host = u"db.example"_s;
        const RunRequest r = toRunRequest(plan, settings, resolution, RunTrigger::Cli);
        QCOMPARE(r.planId, plan.idString());
        QCOMPARE(r.planName, plan.name);
        QCOMPARE(r.policy, FailurePolicy::SkipCheckpoints);
        QCOMPARE(r.trigger, RunTrigger::Cli);
        QCOMPARE(r.settings.host, u"db.example"_s);
        QCOMPARE(r.steps.size(), 3); // the disabled global checkpoint is left out
        QCOMPARE(r.steps.at(0).operations.size(), 6); // 5 tables + metrics; users only once
        QCOMPARE(r.steps.at(0).options.parallelism, 3);
        QCOMPARE(r.steps.at(0).options.timeout, std::chrono::milliseconds(45000));
        QCOMPARE(r.steps.at(0).options.retries, 0);
        QCOMPARE(r.steps.at(0).label, u"Critical tables"_s);
        QCOMPARE(r.steps.at(1).kind, RunStep::Kind::Wait);
        QCOMPARE(r.steps.at(1).waitSeconds, 5);
        QCOMPARE(r.steps.at(2).operations.size(), 1);
        QCOMPARE(r.steps.at(2).operations.first(), Operation::checkpoint(u"30s"_s));
        QVERIFY(r.steps.at(2).isCheckpoint());
        QCOMPARE(r.operationCount(), 7);
    }

    void previewIsExactlyTheStatements()
    {
        MaintenancePlan plan = samplePlan();
        const QList<PreviewLine> unresolved = previewLines(plan);
        QStringList statements;
        for (const PreviewLine &l : unresolved) {
            if (l.kind == PreviewLine::Kind::Statement)
                statements << l.text;
        }
        QCOMPARE(statements,
            (QStringList {
                u"SELECT mo_ctl('dn', 'flush', 'production_db.users');"_s,
                u"SELECT mo_ctl('dn', 'flush', '<rel_id>');"_s, // my.table: by id
                u"SELECT mo_ctl('dn', 'flush', 'sales.o''brien.7');"_s,
                u"SELECT mo_ctl('dn', 'flush', '272515');"_s,
                u"SELECT mo_ctl('dn', 'flush', '18446744073709551557');"_s,
                u"SELECT mo_ctl('dn', 'checkpoint', '30s');"_s,
            }));
        // Every statement is what buildStatement makes for that operation.
        QCOMPARE(
            statements.at(0), buildStatement(Operation::flush(plan.steps[0].targets.tables[0])).sql + u';');
        const QString text = previewText(unresolved);
        QVERIFY(text.contains(u"-- pattern analytics_db.*: resolved when the plan runs"_s));
        QVERIFY(text.contains(u"(disabled, not sent)"_s));
        QVERIFY(!text.contains(u"globalcheckpoint"_s));
        QVERIFY(text.contains(u"mo_catalog.mo_tables"_s));

        PatternResolution resolution;
        resolution.insert(u"analytics_db.*"_s, { TableRef::byName(u"analytics_db"_s, u"events"_s) });
        const QString resolved = previewText(previewLines(plan, resolution));
        QVERIFY(resolved.contains(u"-- pattern analytics_db.* matches analytics_db.events"_s));
        QVERIFY(resolved.contains(u"SELECT mo_ctl('dn', 'flush', 'analytics_db.events');"_s));
        resolution[u"analytics_db.*"_s] = {};
        QVERIFY(previewText(previewLines(plan, resolution)).contains(u"matches no table"_s));
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("db.*") << u"analytics_db.*"_s
                              << QStringList { u"analytics_db.metrics"_s, u"analytics_db.events"_s };
        QTest::newRow("*.*log*") << u"*.*log*"_s << QStringList { u"app.access_log"_s, u"app.log_2024"_s };
        QTest::newRow("*.event?") << u"*.event?"_s << QStringList { u"analytics_db.events"_s };
        QTest::newRow("exact") << u"production_db.users"_s << QStringList { u"production_db.users"_s };
        // MatrixOne lower-cases identifiers (lower_case_table_names = 1): Users is users.
        QTest::newRow("lower-cased as MatrixOne")
            << u"production_db.Users"_s << QStringList { u"production_db.users"_s };
        QTest::newRow("system never by glob") << u"*.mo_tables"_s << QStringList {};
        QTest::newRow("system by name")
            << u"mo_catalog.mo_tables"_s << QStringList { u"mo_catalog.mo_tables"_s };
        QTest::newRow("quoted dots") << u"`my.db`.*"_s << QStringList { u"my.db.t"_s };
        QTest::newRow("dot is literal") << u"production_db.my.table"_s << QStringList {};
    }
    void patterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, expected);
        const QList<TableRef> known = { TableRef::byName(u"analytics_db"_s, u"metrics"_s),
            TableRef::byName(u"analytics_db"_s, u"events"_s),
            TableRef::byName(u"production_db"_s, u"users"_s),
            TableRef::byName(u"production_db"_s, u"my.table"_s), TableRef::byName(u"app"_s, u"access_log"_s),
            TableRef::byName(u"app"_s, u"log_2024"_s), TableRef::byName(u"mo_catalog"_s, u"mo_tables"_s),
            TableRef::byName(u"my.db"_s, u"t"_s) };
        QStringList got;
        for (const TableRef &t : resolvePattern(pattern, known))
            got << t.database + u'.' + t.table;
        QCOMPARE(got, expected);
    }

    void templates_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("title");
        QTest::newRow("maintenance") << int(PlanTemplate::DatabaseMaintenance)
                                     << QStringList { u"flush"_s, u"checkpoint"_s, u"global-checkpoint"_s }
                                     << u"Database maintenance"_s;
        QTest::newRow("backup") << int(PlanTemplate::BackupPreparation)
                                << QStringList { u"flush"_s, u"checkpoint"_s, u"global-checkpoint"_s }
                                << u"Backup preparation"_s;
        QTest::newRow("performance") << int(PlanTemplate::PerformanceUpkeep)
                                     << QStringList { u"flush"_s, u"checkpoint"_s, u"global-checkpoint"_s }
                                     << u"Performance upkeep"_s;
        QTest::newRow("coordinated") << int(PlanTemplate::CoordinatedCheckpoint)
                                     << QStringList { u"flush"_s, u"global-checkpoint"_s }
                                     << u"Coordinated checkpoint"_s;
    }
    void templates()
    {
        QFETCH(int, which);
        QFETCH(QStringList, kinds);
        QFETCH(QString, title);
        const auto t = PlanTemplate(which);
        const MaintenancePlan plan = makeTemplate(t);
        QCOMPARE(plan.name, title);
        QCOMPARE(templateTitle(t), title);
        QVERIFY(!plan.id.isNull());
        QVERIFY(!plan.description.isEmpty());
        QCOMPARE(plan.description, templateDescription(t));
        QStringList got;
        for (const PlanStep &s : plan.steps) {
            got << stepKindName(s.kind);
            QVERIFY(s.enabled);
        }
        QCOMPARE(got, kinds);
        // Two templates never share an id.
        QVERIFY(makeTemplate(t).id != plan.id);
    }

    void templateInputs()
    {
        TemplateInputs in;
        in.databases = { u"production_db"_s, u"my.db"_s };
        const MaintenancePlan backup = makeTemplate(PlanTemplate::BackupPreparation, in);
        QCOMPARE(
            backup.steps.first().targets.patterns, (QStringList { u"production_db.*"_s, u"`my.db`.*"_s }));
        QCOMPARE(backup.policy, FailurePolicy::Stop);
        QVERIFY(!hasErrors(validate(backup)));
        // Without inputs the flush step is empty: validation asks for tables.
        const QList<PlanIssue> issues = validate(makeTemplate(PlanTemplate::DatabaseMaintenance));
        QVERIFY(hasErrors(issues));
        QCOMPARE(issues.last().field, u"targets"_s);
        const MaintenancePlan perf = makeTemplate(PlanTemplate::PerformanceUpkeep);
        // By measure, not by name (tst_sizerule has the rule itself).
        QVERIFY(perf.steps.first().targets.patterns.isEmpty());
        QVERIFY(perf.steps.first().sizeRule);
        QVERIFY(!hasErrors(validate(perf)));
        in.tables = { TableRef::byName(u"production_db"_s, u"orders"_s) };
        const MaintenancePlan coordinated = makeTemplate(PlanTemplate::CoordinatedCheckpoint, in);
        QCOMPARE(coordinated.steps.first().targets.tables, in.tables);
    }

    void validation_data()
    {
        QTest::addColumn<MaintenancePlan>("plan");
        QTest::addColumn<bool>("withCatalog");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("isError");

        const auto base = [] {
            MaintenancePlan p = MaintenancePlan::create(u"p"_s);
            p.profileId = u"prof"_s;
            PlanTargets t;
            t.tables << TableRef::byName(u"production_db"_s, u"users"_s);
            p.steps << PlanStep::flush(t) << PlanStep::checkpoint();
            return p;
        };
        MaintenancePlan p = base();
        p.name = u"  "_s;
        QTest::newRow("no name") << p << false << -1 << u"name"_s << true;
        p = base();
        p.steps.clear();
        QTest::newRow("empty plan") << p << false << -1 << u"steps"_s << true;
        p = base();
        p.steps[0].enabled = false;
        p.steps[1].enabled = false;
        QTest::newRow("all disabled") << p << false << -1 << u"steps"_s << true;
        p = base();
        p.steps = { PlanStep::wait(3) };
        QTest::newRow("only waits") << p << false << -1 << u"steps"_s << true;
        p = base();
        p.profileId.clear();
        QTest::newRow("no profile") << p << false << -1 << u"profile"_s << false;
        p = base();
        p.steps[0].targets = {};
        QTest::newRow("flush without targets") << p << false << 0 << u"targets"_s << true;
        p = base();
        p.steps[0].parallelism = 0;
        QTest::newRow("zero parallelism") << p << false << 0 << u"parallelism"_s << true;
        p = base();
        p.steps[0].parallelism = 65;
        QTest::newRow("too much parallelism") << p << false << 0 << u"parallelism"_s << true;
        p = base();
        p.steps[1].timeoutSeconds = 0;
        QTest::newRow("zero timeout") << p << false << 1 << u"timeout"_s << true;
        p = base();
        p.steps[1].retries = -1;
        QTest::newRow("negative retries") << p << false << 1 << u"retries"_s << true;
        p = base();
        p.steps[1].duration = u"abc"_s;
        QTest::newRow("bad duration") << p << false << 1 << u"duration"_s << true;
        p = base();
        p.steps[1].duration = u"30"_s;
        QTest::newRow("duration without unit") << p << false << 1 << u"duration"_s << true;
        p = base();
        p.steps[1].duration = u"-5s"_s;
        QTest::newRow("negative duration") << p << false << 1 << u"duration"_s << true;
        p = base();
        p.steps[1].duration = u"3000000h"_s;
        QTest::newRow("duration overflow") << p << false << 1 << u"duration"_s << true;
        p = base();
        p.steps[1].duration = u"5m"_s;
        p.steps[1].timeoutSeconds = 60;
        QTest::newRow("duration longer than the time limit") << p << false << 1 << u"duration"_s << false;
        p = base();
        p.steps << PlanStep::globalCheckpoint(u"1h2m3.5s"_s) << PlanStep::wait(0);
        QTest::newRow("zero wait") << p << false << 3 << u"wait"_s << false;
        p = base();
        p.steps << PlanStep::wait(-1);
        QTest::newRow("negative wait") << p << false << 2 << u"wait"_s << true;
        p = base();
        p.steps[0].targets.tables << TableRef::byName(u"production_db"_s, u"users"_s);
        QTest::newRow("duplicate target") << p << false << 0 << u"targets"_s << false;
        p = base();
        p.steps.insert(1, p.steps[0]);
        QTest::newRow("flushed twice") << p << false << 1 << u"targets"_s << false;
        p = base();
        p.steps[0].targets.patterns << u"a.*"_s << u"a.*"_s;
        QTest::newRow("duplicate pattern") << p << false << 0 << u"targets"_s << false;
        p = base();
        p.steps[0].targets.patterns << u"no dot"_s;
        QTest::newRow("bad pattern") << p << false << 0 << u"targets"_s << true;
        p = base();
        p.steps[0].targets.tables << TableRef::byName(u"production_db"_s, u""_s);
        QTest::newRow("empty table name") << p << false << 0 << u"targets"_s << true;
        p = base();
        p.steps[0].targets.tables << TableRef::byName(u"production_db"_s, u"ghost"_s);
        QTest::newRow("unknown table") << p << true << 0 << u"targets"_s << true;
        p = base();
        p.steps[0].targets.patterns << u"nowhere_db.*"_s;
        QTest::newRow("pattern matches nothing") << p << true << 0 << u"targets"_s << false;
    }
    void validation()
    {
        QFETCH(MaintenancePlan, plan);
        QFETCH(bool, withCatalog);
        QFETCH(int, step);
        QFETCH(QString, field);
        QFETCH(bool, isError);
        const QList<TableRef> catalog = { TableRef::byName(u"production_db"_s, u"users"_s) };
        const QList<PlanIssue> issues = validate(plan, withCatalog ? &catalog : nullptr);
        const auto found = std::find_if(issues.cbegin(), issues.cend(),
            [&](const PlanIssue &i) { return i.stepIndex == step && i.field == field; });
        QVERIFY2(found != issues.cend(), qPrintable(u"no issue for step %1 field %2"_s.arg(step).arg(field)));
        QCOMPARE(found->severity == PlanIssue::Severity::Error, isError);
        QVERIFY(!found->message.isEmpty());
        QCOMPARE(hasErrors(issues), isError);
    }

    void validPlanHasNoIssues()
    {
        MaintenancePlan p = samplePlan();
        QCOMPARE(validate(p).size(), 0);
        const QStringList profiles = { u"someone-else"_s };
        const QList<PlanIssue> issues = validate(p, nullptr, &profiles);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, u"profile"_s);
    }

    void storeSaveLoadFind()
    {
        QTemporaryDir dir;
        PlanStore store(dir.path() + u"/plans"_s);
        QCOMPARE(store.load(), 0); // a missing directory is an empty store
        MaintenancePlan plan = samplePlan();
        QString error;
        QVERIFY2(store.save(plan, &error), qPrintable(error));
        const QString file = store.entries().first().path;
        QVERIFY(file.endsWith(u".moplan.json"_s));
        QVERIFY(
            QFileInfo(file).fileName().startsWith(u"nightly-flush-checkpoint-"_s + plan.idString().left(8)));
        QVERIFY(plan.modified.isValid());
        PlanStore again(store.directory());
        QCOMPARE(again.load(), 1);
        QVERIFY(again.plans().first() == plan);
        QVERIFY(again.find(plan.name));
        QVERIFY(again.find(plan.name.toUpper()));
        QVERIFY(again.find(plan.idString()));
        QVERIFY(again.find(plan.idString().left(8)));
        QVERIFY(again.find(file));
        QVERIFY(!again.find(u"nothing"_s));
        // Saving again keeps the same file.
        plan.name = u"Renamed"_s;
        QVERIFY(again.save(plan, &error));
        QCOMPARE(again.entries().size(), 1);
        QCOMPARE(again.entries().first().path, file);
        QVERIFY(again.remove(plan.id, &error));
        QCOMPARE(again.entries().size(), 0);
        QVERIFY(!QFile::exists(file));
    }

    void storeReportsBrokenFilesAndNeverRewritesThem()
    {
        QTemporaryDir dir;
        const QString plans = dir.path();
        const QByteArray corrupt
            = writeTemp(plans + u"/corrupt.moplan.json"_s, "{\"format\": \"moctl-plan\", ");
        const QByteArray future = writeTemp(
            plans + u"/future.moplan.json"_s, R"({"format":"moctl-plan","version":99,"id":"x","steps":[]})");
        MaintenancePlan other = samplePlan();
        other.profileId = u"gone"_s;
        QVERIFY(PlanStore::writeFile(other, plans + u"/other.moplan.json"_s));
        const QByteArray otherBytes = readAll(plans + u"/other.moplan.json"_s);
        writeTemp(plans + u"/notes.txt"_s, "ignored");

        PlanStore store(plans);
        store.setKnownProfiles(QStringList { u"prof"_s });
        QCOMPARE(store.load(), 3);
        QCOMPARE(store.broken().size(), 3);
        QCOMPARE(store.plans().size(), 1); // the unknown-profile plan is still readable
        QHash<QString, PlanStore::Problem> problems;
        for (const auto &e : store.broken()) {
            problems.insert(QFileInfo(e.path).fileName(), e.problem);
            QVERIFY(!e.error.isEmpty());
        }
        QCOMPARE(problems.value(u"corrupt.moplan.json"_s), PlanStore::Problem::Corrupt);
        QCOMPARE(problems.value(u"future.moplan.json"_s), PlanStore::Problem::TooNew);
        QCOMPARE(problems.value(u"other.moplan.json"_s), PlanStore::Problem::UnknownProfile);

        // Saving a new plan whose file name would collide does not touch the broken file.
        MaintenancePlan fresh = MaintenancePlan::create(u"corrupt"_s);
        fresh.steps << PlanStep::checkpoint();
        QVERIFY(store.save(fresh));
        QCOMPARE(readAll(plans + u"/corrupt.moplan.json"_s), corrupt);
        QCOMPARE(readAll(plans + u"/future.moplan.json"_s), future);
        QCOMPARE(readAll(plans + u"/other.moplan.json"_s), otherBytes);
        QCOMPARE(store.load(), 4);
    }

    void importExport()
    {
        QTemporaryDir dir;
        PlanStore store(dir.path() + u"/plans"_s);
        store.load();
        MaintenancePlan plan = samplePlan();
        QVERIFY(store.save(plan));
        const QString exported = dir.path() + u"/out.moplan.json"_s;
        QVERIFY(PlanStore::exportFile(plan, exported));
        QCOMPARE(readAll(exported), planToJson(plan));
        // Importing the same plan again: new id, "(imported)" name, the original untouched.
        QString error;
        const auto imported = store.importFile(exported, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(imported->id != plan.id);
        QVERIFY(imported->name.contains(u"imported"_s));
        QCOMPARE(store.plans().size(), 2);
        // A broken file is refused with the reason.
        writeTemp(dir.path() + u"/bad.moplan.json"_s, "nope");
        QVERIFY(!store.importFile(dir.path() + u"/bad.moplan.json"_s, &error));
        QVERIFY(error.contains(u"JSON"_s));
        QCOMPARE(store.plans().size(), 2);
    }

    void planPatternsSkipInternalTablesAndFollowTheStepsAccount()
    {
        const QList<TableRef> known { TableRef::byName(u"shop"_s, u"orders"_s),
            TableRef::byName(u"shop"_s, u"__mo_index_secondary_x"_s),
            TableRef::byName(u"shop"_s, u"%!%p0%!%orders"_s), TableRef::byName(u"shop"_s, u"orders"_s, 2) };
        QCOMPARE(resolvePattern(u"shop.*"_s, known).size(), 1);
        QCOMPARE(resolvePattern(u"*.*"_s, known).size(), 1);
        QCOMPARE(resolvePattern(u"shop.__mo_index_secondary_x"_s, known).size(), 1); // named: kept
        QCOMPARE(resolvePattern(u"Shop.O*"_s, known).size(), 1); // MatrixOne's case rule
        const QList<TableRef> tenant = resolvePattern(u"shop.*"_s, known, 2);
        QCOMPARE(tenant.size(), 1);
        QCOMPARE(tenant.at(0).accountId, std::optional<quint64>(2));

        MaintenancePlan plan = MaintenancePlan::create(u"Tenant"_s);
        PlanStep step = PlanStep::flush();
        step.targets.patterns << u"shop.*"_s;
        step.targets.tables << TableRef::byName(u"shop"_s, u"t"_s);
        step.account = 2;
        plan.steps << step;
        const PatternResolution resolution = resolvePlanPatterns(plan, known);
        QVERIFY(resolution.contains(patternKey(u"shop.*"_s, 2)));
        QStringList sql;
        for (const Operation &op : stepOperations(plan.steps.at(0), resolution))
            sql << buildStatement(op).sql;
        QCOMPARE(sql,
            (QStringList { u"SELECT mo_ctl('dn', 'flush', 'shop.t.2')"_s,
                u"SELECT mo_ctl('dn', 'flush', 'shop.orders.2')"_s }));
        // Saved and read back with the account and companions; the backup template turns companions on.
        plan.steps[0].withCompanions = true;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.json"_s);
        QVERIFY(PlanStore::writeFile(plan, path));
        const auto back = PlanStore::readFile(path);
        QVERIFY(back);
        QCOMPARE(back->steps.at(0).account, std::optional<quint64>(2));
        QVERIFY(back->steps.at(0).withCompanions);
        QVERIFY(makeTemplate(PlanTemplate::BackupPreparation, TemplateInputs { {}, { u"shop"_s } })
                    .steps.at(0)
                    .withCompanions);
        plan.steps[0].account = quint64(1) << 33;
        QVERIFY(hasErrors(validate(plan)));
    }

    // The schedule is a typed member of the plan, written under "schedule" and read back equal;
    // the store lists the scheduled plans (all of them, paused, with Include) in file order.
    void scheduleIsPartOfThePlan()
    {
        QTemporaryDir dir;
        PlanStore store(dir.path());
        MaintenancePlan scheduled = samplePlan();
        Schedule daily = Schedule::daily({ QTime(2, 30) });
        daily.timeZone = u"UTC"_s;
        scheduled.schedule = daily;
        MaintenancePlan unscheduled = MaintenancePlan::create(u"By hand"_s);
        unscheduled.steps << PlanStep::checkpoint();
        QVERIFY(store.save(scheduled));
        QVERIFY(store.save(unscheduled));
        const QJsonObject file = QJsonDocument::fromJson(planToJson(scheduled)).object();
        QCOMPARE(file.value(u"schedule"_s).toObject(), scheduleToJson(daily));
        QVERIFY(!QJsonDocument::fromJson(planToJson(unscheduled)).object().contains(u"schedule"_s));

        PlanStore again(dir.path());
        again.load();
        QCOMPARE(again.entry(scheduled.id)->plan->schedule, std::optional(daily));
        QVERIFY(!again.entry(unscheduled.id)->plan->schedule);
        QStringList problems;
        const QList<ScheduledPlan> plans = again.scheduledPlans(&problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().id, scheduled.idString());
        QCOMPARE(plans.first().name, scheduled.name);
        QCOMPARE(plans.first().profileId, scheduled.profileId);
        QCOMPARE(plans.first().schedule, daily);
        const QList<ScheduledPlan> all = again.scheduledPlans(nullptr, UnscheduledPlans::Include);
        QCOMPARE(all.size(), 2);
        for (const ScheduledPlan &p : all)
            QCOMPARE(p.schedule.enabled, p.id == scheduled.idString());
    }

    // A schedule that cannot be read: the plan still loads, the schedule is kept as found (saving the
    // plan writes it back unchanged), the scheduler's list reports it; setting a schedule replaces it.
    void unreadableScheduleIsKeptAndReported()
    {
        QTemporaryDir dir;
        MaintenancePlan plan = samplePlan();
        QJsonObject o = QJsonDocument::fromJson(planToJson(plan)).object();
        const QJsonObject bad { { u"kind"_s, u"fortnightly"_s }, { u"times"_s, u"whenever"_s } };
        o.insert(u"schedule"_s, bad);
        const QString path = dir.filePath(PlanStore::fileNameFor(plan));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(o).toJson());
        }
        PlanStore store(dir.path());
        store.load();
        std::optional<MaintenancePlan> loaded = store.entry(plan.id)->plan;
        QVERIFY(loaded);
        QVERIFY(!loaded->schedule);
        QVERIFY(!loaded->scheduleError.isEmpty());
        QCOMPARE(loaded->unreadableSchedule.toObject(), bad);
        QStringList problems;
        QVERIFY(store.scheduledPlans(&problems, UnscheduledPlans::Include).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QFileInfo(path).fileName())
                && problems.first().contains(loaded->scheduleError),
            qPrintable(problems.first()));
        // Saved with another edit: the schedule is still there, as found.
        loaded->notes = u"edited"_s;
        QVERIFY(store.save(*loaded));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"schedule"_s).toObject(), bad);
        }
        // Replaced by a good one through the store.
        const Schedule hourly = Schedule::everyHours(1);
        QVERIFY(store.setSchedule(plan.id, hourly));
        PlanStore again(dir.path());
        again.load();
        QCOMPARE(again.entry(plan.id)->plan->schedule, std::optional(hourly));
        QVERIFY(again.entry(plan.id)->plan->scheduleError.isEmpty());
    }

    // setSchedule rewrites the whole plan file from what is on disk now, changing only the schedule;
    // an unknown plan or a broken file is refused and left untouched.
    void setScheduleRewritesOnlyTheSchedule()
    {
        QTemporaryDir dir;
        PlanStore store(dir.path());
        MaintenancePlan plan = samplePlan();
        QVERIFY(store.save(plan));
        const QString path = store.entry(plan.id)->path;
        // Edited elsewhere after this store loaded.
        {
            PlanStore other(dir.path());
            other.load();
            MaintenancePlan changed = *other.entry(plan.id)->plan;
            changed.notes = u"changed elsewhere"_s;
            QVERIFY(other.save(changed));
        }
        Schedule weekly = Schedule::weekly({ 1, 5 }, QTime(3, 0));
        weekly.timeZone = u"UTC"_s;
        QString error;
        QVERIFY2(store.setSchedule(plan.id, weekly, &error), qPrintable(error));
        std::optional<MaintenancePlan> onDisk = PlanStore::readFile(path);
        QVERIFY(onDisk);
        QCOMPARE(onDisk->notes, u"changed elsewhere"_s); // not the store's older copy
        QCOMPARE(onDisk->schedule, std::optional(weekly));
        MaintenancePlan expected = *onDisk;
        expected.schedule.reset();
        QCOMPARE(store.entry(plan.id)->plan->schedule, std::optional(weekly));
        // Removing the schedule.
        QVERIFY(store.setSchedule(plan.id, std::nullopt));
        QVERIFY(!PlanStore::readFile(path)->schedule);
        QCOMPARE(*PlanStore::readFile(path), expected);

        // Unknown plan.
        QVERIFY(!store.setSchedule(QUuid::createUuid(), weekly, &error));
        QVERIFY(error.contains(u"not found"_s));
        // A file from a newer version is never rewritten.
        QJsonObject o = QJsonDocument::fromJson(planToJson(plan)).object();
        o.insert(u"version"_s, PlanStore::FormatVersion + 1);
        const QByteArray tooNew = QJsonDocument(o).toJson();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(tooNew);
        }
        store.load();
        QVERIFY(!store.setSchedule(plan.id, weekly, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), tooNew);
    }

    // One enum for what MatrixOne is asked: a step's kind is an OperationKind, or a wait. The names
    // in files and on the command line are the operations' own names, plus "wait".
    void stepKindsReuseOperationKind()
    {
        for (OperationKind k :
            { OperationKind::Flush, OperationKind::Checkpoint, OperationKind::GlobalCheckpoint }) {
            QCOMPARE(stepKindName(k), operationName(k));
            QCOMPARE(stepKindFromName(operationName(k)), std::optional<StepKind>(k));
            QCOMPARE(stepKindTitle(k).isEmpty(), false);
            QCOMPARE(PlanStep::ofKind(k).kind, StepKind(k));
            QVERIFY(!PlanStep::ofKind(k).isWait());
        }
        QCOMPARE(stepKindName(WaitStep), u"wait"_s);
        QCOMPARE(stepKindFromName(u"wait"_s), std::optional<StepKind>(WaitStep));
        QVERIFY(!stepKindFromName(u"sleep"_s));
        QCOMPARE(stepKinds().size(), 4);
        QVERIFY(PlanStep::ofKind(WaitStep).isWait());
        QCOMPARE(PlanStep::ofKind(WaitStep).waitSeconds, 10);
        QVERIFY(PlanStep::ofKind(OperationKind::Flush).isFlush());
        QVERIFY(PlanStep::ofKind(OperationKind::GlobalCheckpoint).isCheckpoint());
        QCOMPARE(PlanStep::ofKind(OperationKind::Checkpoint), PlanStep::checkpoint());
    }

    // The scheduler reads plans through the store: a file the store cannot use is reported with its
    // reason and left out, the usable plans are listed.
    void scheduledPlansReportBrokenFiles()
    {
        QTemporaryDir dir;
        PlanStore store(dir.path());
        MaintenancePlan plan = samplePlan();
        plan.schedule = Schedule::everyHours(2);
        QVERIFY(store.save(plan));
        QFile broken(dir.filePath(u"broken-00000000.moplan.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        store.load();
        QStringList problems;
        const QList<ScheduledPlan> plans = store.scheduledPlans(&problems);
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().id, plan.idString());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(
            problems.first().startsWith(u"broken-00000000.moplan.json: "_s), qPrintable(problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
