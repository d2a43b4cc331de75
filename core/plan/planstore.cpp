#include "planstore.h"

#include "security/textsafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <variant>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

constexpr auto FormatName = "moctl-plan"_L1;

// A JSON value whose object keys keep the order they were added in.
struct Ordered;
using OrderedObject = QList<std::pair<QString, Ordered>>;
struct Ordered
{
    std::variant<QJsonValue, OrderedObject, QList<Ordered>> value;
};

QByteArray scalar(const QJsonValue &v)
{
    // QJsonDocument only serialises containers: wrap and strip "[" and "]".
    QByteArray s = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return s.mid(1, s.size() - 2);
}

void write(QByteArray &out, const Ordered &value, int indent)
{
    const QByteArray pad(indent * 2, ' ');
    const QByteArray inner((indent + 1) * 2, ' ');
    if (const auto *v = std::get_if<QJsonValue>(&value.value)) {
        out += scalar(*v);
    } else if (const auto *o = std::get_if<OrderedObject>(&value.value)) {
        if (o->isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (qsizetype i = 0; i < o->size(); ++i) {
            out += inner + scalar(o->at(i).first) + ": ";
            write(out, o->at(i).second, indent + 1);
            out += i + 1 < o->size() ? ",\n" : "\n";
        }
        out += pad + '}';
    } else {
        const auto &a = std::get<QList<Ordered>>(value.value);
        if (a.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += inner;
            write(out, a.at(i), indent + 1);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += pad + ']';
    }
}

Ordered tableJson(const TableRef &t)
{
    OrderedObject o;
    if (t.hasName()) {
        o.append({ u"database"_s, { QJsonValue(t.database) } });
        o.append({ u"table"_s, { QJsonValue(t.table) } });
    }
    // Same shape as the catalog's TableSelection: ids above 2^53 as decimal strings.
    const auto idValue = [](quint64 id) {
        return id <= (quint64(1) << 53) ? QJsonValue(qint64(id)) : QJsonValue(QString::number(id));
    };
    if (t.tableId)
        o.append({ u"id"_s, { idValue(*t.tableId) } });
    if (t.accountId)
        o.append({ u"account"_s, { idValue(*t.accountId) } });
    return { o };
}

Ordered stepJson(const PlanStep &s)
{
    OrderedObject o;
    o.append({ u"kind"_s, { QJsonValue(stepKindName(s.kind)) } });
    o.append({ u"enabled"_s, { QJsonValue(s.enabled) } });
    o.append({ u"label"_s, { QJsonValue(s.label) } });
    if (s.isWait()) {
        o.append({ u"seconds"_s, { QJsonValue(s.waitSeconds) } });
        return { o };
    }
    switch (*s.kind) {
    case OperationKind::Flush: {
        QList<Ordered> tables;
        for (const TableRef &t : s.targets.tables)
            tables << tableJson(t);
        QList<Ordered> patterns;
        for (const QString &p : s.targets.patterns)
            patterns << Ordered { QJsonValue(p) };
        o.append({ u"tables"_s, { tables } });
        o.append({ u"patterns"_s, { patterns } });
        o.append({ u"parallelism"_s, { QJsonValue(s.parallelism) } });
        o.append({ u"timeoutSeconds"_s, { QJsonValue(s.timeoutSeconds) } });
        o.append({ u"retries"_s, { QJsonValue(s.retries) } });
        if (s.account)
            o.append({ u"account"_s, { QJsonValue(qint64(*s.account)) } });
        if (s.withCompanions)
            o.append({ u"withCompanions"_s, { QJsonValue(true) } });
        if (s.sizeRule) {
            OrderedObject rule;
            for (const auto &[key, value] : sizeRuleFields(*s.sizeRule))
                rule.append({ key, { value } });
            o.append({ u"sizeRule"_s, { rule } });
        }
        break;
    }
    case OperationKind::Checkpoint:
    case OperationKind::GlobalCheckpoint:
        o.append({ u"duration"_s, { QJsonValue(s.duration) } });
        o.append({ u"timeoutSeconds"_s, { QJsonValue(s.timeoutSeconds) } });
        o.append({ u"retries"_s, { QJsonValue(s.retries) } });
        if (s.minIncrementals > 0)
            o.append({ u"minIncrementals"_s, { QJsonValue(s.minIncrementals) } });
        break;
    }
    return { o };
}

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

bool fail(QString *error, PlanReadProblem *problem, PlanReadProblem kind, const QString &message)
{
    if (error)
        *error = message;
    if (problem)
        *problem = kind;
    return false;
}

std::optional<quint64> optionalId(const QJsonObject &o, const QString &key, bool *ok)
{
    if (!o.contains(key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (v.isString()) {
        bool parsed = false;
        const quint64 id = v.toString().toULongLong(&parsed);
        if (!parsed)
            *ok = false;
        return parsed ? std::optional<quint64>(id) : std::nullopt;
    }
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > double(quint64(1) << 53) || d != double(qint64(d))) {
        *ok = false;
        return std::nullopt;
    }
    return quint64(d);
}

QString slugFor(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    slug.truncate(40);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"plan"_s : slug;
}

} // namespace

QByteArray planToJson(const MaintenancePlan &plan)
{
    OrderedObject o;
    o.append({ u"format"_s, { QJsonValue(FormatName) } });
    o.append({ u"version"_s, { QJsonValue(PlanStore::FormatVersion) } });
    o.append({ u"id"_s, { QJsonValue(plan.idString()) } });
    o.append({ u"name"_s, { QJsonValue(plan.name) } });
    o.append({ u"description"_s, { QJsonValue(plan.description) } });
    o.append({ u"profile"_s, { QJsonValue(plan.profileId) } });
    if (plan.isFleet()) // a fleet plan: the profiles it runs on (a ProfileSelector's text)
        o.append({ u"profiles"_s, { QJsonValue(plan.profiles) } });
    o.append({ u"onFailure"_s, { QJsonValue(failurePolicyName(plan.policy)) } });
    o.append({ u"created"_s, { QJsonValue(dateText(plan.created)) } });
    o.append({ u"modified"_s, { QJsonValue(dateText(plan.modified)) } });
    o.append({ u"notes"_s, { QJsonValue(plan.notes) } });
    if (plan.schedule)
        o.append({ u"schedule"_s, { QJsonValue(scheduleToJson(*plan.schedule)) } });
    else if (!plan.scheduleError.isEmpty())
        o.append({ u"schedule"_s, { plan.unreadableSchedule } }); // kept as found
    if (plan.notifications != NotificationSettings {}) {
        // Only that a webhook exists: its URL is in the keychain (webhookSecretKey()).
        const NotificationSettings &n = plan.notifications;
        OrderedObject no;
        no.append({ u"when"_s, { QJsonValue(notifyWhenName(n.when)) } });
        no.append({ u"webhook"_s, { QJsonValue(n.webhook) } });
        no.append({ u"preset"_s, { QJsonValue(webhookPresetName(n.preset)) } });
        no.append({ u"desktop"_s, { QJsonValue(n.desktop) } });
        o.append({ u"notifications"_s, { no } });
    }
    QList<Ordered> steps;
    for (const PlanStep &s : plan.steps)
        steps << stepJson(s);
    o.append({ u"steps"_s, { steps } });
    QByteArray out;
    write(out, Ordered { o }, 0);
    out += '\n';
    return out;
}

std::optional<MaintenancePlan> planFromJson(const QByteArray &json, QString *error, PlanReadProblem *problem)
{
    if (problem)
        *problem = PlanReadProblem::None;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, problem, PlanReadProblem::Corrupt,
            QCoreApplication::translate("moctl::PlanStore", "It is not valid JSON (%1 at byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, problem, PlanReadProblem::Corrupt,
            QCoreApplication::translate(
                "moctl::PlanStore", "It is not a plan: the document is not a JSON object."));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toString() != FormatName) {
        fail(error, problem, PlanReadProblem::Corrupt,
            QCoreApplication::translate(
                "moctl::PlanStore", "It is not a plan: \"format\" is not \"moctl-plan\"."));
        return std::nullopt;
    }
    const QJsonValue versionValue = o.value(u"version"_s);
    const int version = versionValue.toInt(-1);
    if (!versionValue.isDouble() || version < 1) {
        fail(error, problem, PlanReadProblem::Corrupt,
            QCoreApplication::translate("moctl::PlanStore", "It has no valid format version."));
        return std::nullopt;
    }
    if (version > PlanStore::FormatVersion) {
        fail(error, problem, PlanReadProblem::TooNew,
            QCoreApplication::translate("moctl::PlanStore",
                "It was written by a newer version of MOCTL Studio (plan format %1; this version reads up to "
                "%2). It is left as it is.")
                .arg(version)
                .arg(PlanStore::FormatVersion));
        return std::nullopt;
    }
    MaintenancePlan plan;
    plan.id = QUuid::fromString(o.value(u"id"_s).toString());
    if (plan.id.isNull()) {
        fail(error, problem, PlanReadProblem::Corrupt,
            QCoreApplication::translate("moctl::PlanStore", "It has no valid plan id."));
        return std::nullopt;
    }
    plan.name = o.value(u"name"_s).toString();
    plan.description = o.value(u"description"_s).toString();
    plan.profileId = o.value(u"profile"_s).toString();
    plan.profiles = o.value(u"profiles"_s).toString();
    plan.notes = o.value(u"notes"_s).toString();
    if (const QJsonValue sv = o.value(u"schedule"_s);
        !sv.isUndefined() && !sv.isNull() && !(sv.isObject() && sv.toObject().isEmpty())) {
        QString scheduleError;
        plan.schedule = scheduleFromJson(sv.toObject(), &scheduleError);
        if (!plan.schedule) {
            plan.unreadableSchedule = sv;
            plan.scheduleError = scheduleError.isEmpty()
                ? QCoreApplication::translate("moctl::PlanStore", "It is not a schedule.")
                : scheduleError;
        }
    }
    plan.notifications = NotificationSettings::fromJson(o.value(u"notifications"_s).toObject());
    plan.created = QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODate);
    plan.modified = QDateTime::fromString(o.value(u"modified"_s).toString(), Qt::ISODate);
    if (o.contains(u"onFailure"_s)) {
        bool ok = false;
        plan.policy = failurePolicyFromName(o.value(u"onFailure"_s).toString(), &ok);
        if (!ok) {
            fail(error, problem, PlanReadProblem::Corrupt,
                QCoreApplication::translate("moctl::PlanStore", "Unknown on-failure policy \"%1\".")
                    .arg(o.value(u"onFailure"_s).toString()));
            return std::nullopt;
        }
    }
    const QJsonValue stepsValue = o.value(u"steps"_s);
    if (!stepsValue.isArray()) {
        fail(error, problem, PlanReadProblem::Corrupt,
            QCoreApplication::translate("moctl::PlanStore", "\"steps\" is missing or not a list."));
        return std::nullopt;
    }
    const QJsonArray steps = stepsValue.toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto stepError = [&](const QString &what) {
            fail(error, problem, PlanReadProblem::Corrupt,
                QCoreApplication::translate("moctl::PlanStore", "Step %1: %2").arg(i + 1).arg(what));
            return std::nullopt;
        };
        if (!steps.at(i).isObject())
            return stepError(QCoreApplication::translate("moctl::PlanStore", "not a JSON object."));
        const QJsonObject so = steps.at(i).toObject();
        const auto kind = stepKindFromName(so.value(u"kind"_s).toString());
        if (!kind)
            return stepError(QCoreApplication::translate("moctl::PlanStore", "unknown kind \"%1\".")
                                 .arg(so.value(u"kind"_s).toString()));
        PlanStep s;
        s.kind = *kind;
        s.enabled = so.value(u"enabled"_s).toBool(true);
        s.label = so.value(u"label"_s).toString();
        const auto number = [&so](const char *key, int fallback) {
            return so.value(QLatin1StringView(key)).toInt(fallback);
        };
        if (s.isWait()) {
            s.waitSeconds = number("seconds", s.waitSeconds);
            plan.steps << s;
            continue;
        }
        switch (*s.kind) {
        case OperationKind::Flush: {
            for (const QJsonValue &tv : so.value(u"tables"_s).toArray()) {
                if (!tv.isObject())
                    return stepError(
                        QCoreApplication::translate("moctl::PlanStore", "a table is not a JSON object."));
                const QJsonObject to = tv.toObject();
                TableRef t;
                t.database = to.value(u"database"_s).toString();
                t.table = to.value(u"table"_s).toString();
                bool ok = true;
                t.accountId = optionalId(to, u"account"_s, &ok);
                t.tableId = optionalId(to, u"id"_s, &ok);
                if (!ok || (!t.hasName() && !t.tableId)
                    || (t.hasName() && (t.database.isEmpty() || t.table.isEmpty())))
                    return stepError(QCoreApplication::translate(
                        "moctl::PlanStore", "a table needs a database and a table name, or a table id."));
                s.targets.tables << t;
            }
            for (const QJsonValue &pv : so.value(u"patterns"_s).toArray()) {
                if (!pv.isString())
                    return stepError(
                        QCoreApplication::translate("moctl::PlanStore", "a pattern is not a string."));
                s.targets.patterns << pv.toString();
            }
            s.parallelism = number("parallelism", s.parallelism);
            s.timeoutSeconds = number("timeoutSeconds", s.timeoutSeconds);
            s.retries = number("retries", s.retries);
            if (so.contains(u"account"_s)) {
                // The tenant whose tables the step flushes: a whole number, MatrixOne's uint32.
                bool ok = true;
                const std::optional<quint64> account = optionalId(so, u"account"_s, &ok);
                if (!ok || !account || *account > 0xffffffffULL)
                    return stepError(QCoreApplication::translate("moctl::PlanStore",
                        "\"account\" must be an account id (a whole number from 0 to 4294967295)."));
                s.account = account;
            }
            const QJsonValue companions = so.value(u"withCompanions"_s);
            if (!companions.isUndefined() && !companions.isBool())
                return stepError(QCoreApplication::translate(
                    "moctl::PlanStore", "\"withCompanions\" must be true or false."));
            s.withCompanions = companions.toBool(false);
            if (so.contains(u"sizeRule"_s)) {
                QString why;
                s.sizeRule = sizeRuleFromJson(so.value(u"sizeRule"_s), &why);
                if (!s.sizeRule)
                    return stepError(why);
            }
            break;
        }
        case OperationKind::Checkpoint:
        case OperationKind::GlobalCheckpoint: {
            const PlanStep defaults = PlanStep::checkpoint();
            s.duration = so.value(u"duration"_s).toString();
            s.timeoutSeconds = number("timeoutSeconds", defaults.timeoutSeconds);
            s.retries = number("retries", defaults.retries);
            if (so.contains(u"minIncrementals"_s)) {
                const QJsonValue v = so.value(u"minIncrementals"_s);
                if (s.kind != OperationKind::GlobalCheckpoint)
                    return stepError(QCoreApplication::translate(
                        "moctl::PlanStore", "\"minIncrementals\" belongs to a global checkpoint step."));
                if (!v.isDouble() || v.toDouble() != double(v.toInt(-1)) || v.toInt() < 0
                    || v.toInt() > 100000)
                    return stepError(QCoreApplication::translate(
                        "moctl::PlanStore", "\"minIncrementals\" must be a whole number from 0 to 100000."));
                s.minIncrementals = v.toInt();
            }
            break;
        }
        }
        plan.steps << s;
    }
    return plan;
}

PlanStore::PlanStore(const QString &directory)
    : m_directory(directory)
{
}

int PlanStore::load()
{
    m_entries.clear();
    const QDir dir(m_directory);
    const QStringList files
        = dir.entryList({ u"*"_s + Suffix }, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    for (const QString &name : files) {
        Entry e;
        e.path = dir.filePath(name);
        PlanReadProblem problem = PlanReadProblem::None;
        e.plan = readFile(e.path, &e.error, &problem);
        if (!e.plan) {
            e.problem = problem == PlanReadProblem::TooNew ? Problem::TooNew : Problem::Corrupt;
        } else if (m_knownProfiles && !e.plan->isFleet() && !e.plan->profileId.isEmpty()
            && !m_knownProfiles->contains(e.plan->profileId)) {
            e.problem = Problem::UnknownProfile;
            e.error = QCoreApplication::translate(
                "moctl::PlanStore", "The plan refers to a profile that does not exist (%1).")
                          .arg(e.plan->profileId);
        }
        m_entries << e;
    }
    // Two files with one id: the second is reported, not used.
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (!m_entries.at(i).plan)
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (m_entries.at(j).plan && m_entries.at(j).plan->id == m_entries.at(i).plan->id) {
                m_entries[i].problem = Problem::Corrupt;
                m_entries[i].error = QCoreApplication::translate(
                    "moctl::PlanStore", "Another file (%1) holds a plan with the same id.")
                                         .arg(QFileInfo(m_entries.at(j).path).fileName());
                m_entries[i].plan.reset();
                break;
            }
        }
    }
    return int(m_entries.size());
}

QList<MaintenancePlan> PlanStore::plans() const
{
    QList<MaintenancePlan> result;
    for (const Entry &e : m_entries) {
        if (e.plan)
            result << *e.plan;
    }
    std::sort(result.begin(), result.end(), [](const MaintenancePlan &a, const MaintenancePlan &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

QList<PlanStore::Entry> PlanStore::broken() const
{
    QList<Entry> result;
    for (const Entry &e : m_entries) {
        if (e.isBroken())
            result << e;
    }
    return result;
}

std::optional<PlanStore::Entry> PlanStore::entry(const QUuid &id) const
{
    for (const Entry &e : m_entries) {
        if (e.plan && e.plan->id == id)
            return e;
    }
    return std::nullopt;
}

std::optional<PlanStore::Entry> PlanStore::find(const QString &nameIdOrPath) const
{
    const QString key = nameIdOrPath.trimmed();
    if (key.isEmpty())
        return std::nullopt;
    const QFileInfo info(key);
    // exists(), not isFile(): a path to a FIFO or a link to a device is read by readFile(), which refuses
    // it with a clear error instead of "no such plan".
    if ((key.contains(u'/') || key.endsWith(Suffix) || key.endsWith(u".json"_s)) && info.exists()
        && !info.isDir()) {
        const QString canonical = info.canonicalFilePath();
        for (const Entry &e : m_entries) {
            if (QFileInfo(e.path).canonicalFilePath() == canonical)
                return e;
        }
        Entry e;
        e.path = info.absoluteFilePath();
        PlanReadProblem problem = PlanReadProblem::None;
        e.plan = readFile(e.path, &e.error, &problem);
        if (!e.plan)
            e.problem = problem == PlanReadProblem::TooNew ? Problem::TooNew : Problem::Corrupt;
        else if (m_knownProfiles && !e.plan->isFleet() && !e.plan->profileId.isEmpty()
            && !m_knownProfiles->contains(e.plan->profileId)) {
            e.problem = Problem::UnknownProfile;
            e.error = QCoreApplication::translate(
                "moctl::PlanStore", "The plan refers to a profile that does not exist (%1).")
                          .arg(e.plan->profileId);
        }
        return e;
    }
    const QUuid id = QUuid::fromString(key);
    if (!id.isNull()) {
        if (auto e = entry(id))
            return e;
    }
    for (const Entry &e : m_entries) {
        if (e.plan && key.size() >= 8 && e.plan->idString().startsWith(key.toLower()))
            return e;
    }
    std::optional<Entry> found;
    const QList<Entry> named = matchingName(key);
    if (named.size() > 1)
        return std::nullopt; // ambiguous: the caller lists them (matchingName)
    if (named.size() == 1)
        found = named.first();
    if (!found) {
        // A broken file named by its file name.
        for (const Entry &e : m_entries) {
            if (QFileInfo(e.path).fileName() == key)
                return e;
        }
    }
    return found;
}

QList<ScheduledPlan> PlanStore::scheduledPlans(QStringList *problems, UnscheduledPlans unscheduled) const
{
    QList<ScheduledPlan> result;
    for (const Entry &e : m_entries) {
        const auto problem = [&](const QString &message) {
            if (problems)
                *problems << u"%1: %2"_s.arg(QFileInfo(e.path).fileName(), message);
        };
        if (!e.plan) {
            problem(e.error);
            continue;
        }
        const MaintenancePlan &plan = *e.plan;
        if (!plan.scheduleError.isEmpty()) {
            problem(QCoreApplication::translate("moctl::Scheduler", "its schedule cannot be used: %1")
                        .arg(plan.scheduleError));
            continue;
        }
        if (!plan.schedule && unscheduled == UnscheduledPlans::Skip)
            continue;
        ScheduledPlan sp;
        sp.id = plan.idString();
        sp.name = plan.name;
        sp.profileId = plan.profileId;
        if (plan.schedule)
            sp.schedule = *plan.schedule;
        else
            sp.schedule.enabled = false;
        result << sp;
    }
    return result;
}

QList<PlanStore::Entry> PlanStore::matchingName(const QString &name) const
{
    QList<Entry> result;
    const QString key = name.trimmed();
    for (const Entry &e : m_entries) {
        if (e.plan && e.plan->name.trimmed().compare(key, Qt::CaseInsensitive) == 0)
            result << e;
    }
    return result;
}

bool PlanStore::setSchedule(const QUuid &planId, const std::optional<Schedule> &schedule, QString *error)
{
    std::optional<Entry> e = entry(planId);
    if (!e) {
        // Saved by another process since the last load()?
        load();
        e = entry(planId);
    }
    if (!e || e->path.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("moctl::Scheduler", "The plan %1 was not found in %2.")
                         .arg(planId.toString(QUuid::WithoutBraces), m_directory);
        return false;
    }
    // The file as it is now (it may have been saved elsewhere since load()): only the schedule changes.
    std::optional<MaintenancePlan> plan = readFile(e->path, error);
    if (!plan)
        return false;
    if (plan->id != planId) {
        if (error)
            *error = QCoreApplication::translate("moctl::Scheduler", "The plan %1 was not found in %2.")
                         .arg(planId.toString(QUuid::WithoutBraces), m_directory);
        return false;
    }
    plan->setSchedule(schedule);
    if (!writeFile(*plan, e->path, error))
        return false;
    for (Entry &stored : m_entries) {
        if (stored.path == e->path)
            stored.plan = plan;
    }
    return true;
}

bool PlanStore::save(MaintenancePlan &plan, QString *error)
{
    if (plan.id.isNull())
        plan.id = QUuid::createUuid();
    for (const Entry &e : matchingName(plan.name)) {
        if (e.plan->id != plan.id) {
            if (error)
                *error = QCoreApplication::translate("moctl::PlanStore",
                    "Another plan is already called \"%1\" (%2); plan names must be unique.")
                             .arg(e.plan->name, QFileInfo(e.path).fileName());
            return false;
        }
    }
    QString path;
    if (auto e = entry(plan.id))
        path = e->path;
    if (path.isEmpty()) {
        QDir().mkpath(m_directory);
        path = QDir(m_directory).filePath(fileNameFor(plan));
        for (int n = 2; QFileInfo::exists(path); ++n) // never over someone else's file
            path = QDir(m_directory).filePath(fileNameFor(plan).replace(Suffix, u"-%1"_s.arg(n) + Suffix));
    }
    MaintenancePlan toWrite = plan;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    toWrite.modified = now.addMSecs(-now.time().msec());
    if (!toWrite.created.isValid())
        toWrite.created = toWrite.modified;
    if (!writeFile(toWrite, path, error))
        return false;
    plan = toWrite;
    load();
    return true;
}

bool PlanStore::remove(const QUuid &id, QString *error)
{
    const auto e = entry(id);
    if (!e) {
        if (error)
            *error = QCoreApplication::translate("moctl::PlanStore", "There is no such plan.");
        return false;
    }
    if (!QFile::remove(e->path)) {
        if (error)
            *error = QCoreApplication::translate("moctl::PlanStore", "Cannot delete %1.").arg(e->path);
        return false;
    }
    load();
    return true;
}

std::optional<MaintenancePlan> PlanStore::importFile(const QString &path, QString *error)
{
    std::optional<MaintenancePlan> plan = readFile(path, error);
    if (!plan)
        return std::nullopt;
    if (entry(plan->id))
        plan->id = QUuid::createUuid();
    const QList<MaintenancePlan> existing = plans();
    const auto taken = [&existing](const QString &name) {
        return std::any_of(existing.cbegin(), existing.cend(),
            [&name](const MaintenancePlan &p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (taken(plan->name)) {
        const QString base = plan->name;
        plan->name = QCoreApplication::translate("moctl::PlanStore", "%1 (imported)").arg(base);
        for (int n = 2; taken(plan->name); ++n)
            plan->name = QCoreApplication::translate("moctl::PlanStore", "%1 (imported %2)").arg(base).arg(n);
    }
    if (!save(*plan, error))
        return std::nullopt;
    return plan;
}

bool PlanStore::exportFile(const MaintenancePlan &plan, const QString &path, QString *error)
{
    return writeFile(plan, path, error);
}

std::optional<MaintenancePlan> PlanStore::readFile(
    const QString &path, QString *error, PlanReadProblem *problem)
{
    // Only a regular file up to the limit: a plan linked to /dev/zero or a FIFO is refused, not read.
    QString readError;
    const std::optional<QByteArray> data = readRegularFile(path, MaxPlanFileBytes, &readError);
    if (!data) {
        fail(error, problem, PlanReadProblem::Corrupt, readError);
        return std::nullopt;
    }
    return planFromJson(*data, error, problem);
}

bool PlanStore::writeFile(const MaintenancePlan &plan, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("moctl::PlanStore", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    const QByteArray json = planToJson(plan);
    if (file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("moctl::PlanStore", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

QString PlanStore::fileNameFor(const MaintenancePlan &plan)
{
    return slugFor(plan.name) + u'-' + plan.idString().left(8) + Suffix;
}

} // namespace moctl
