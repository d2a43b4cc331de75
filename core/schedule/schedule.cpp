#include "schedule.h"

#include "notify/notification.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <limits>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

constexpr qint64 DayMs = 86400000;
constexpr qint64 MinuteMs = 60000;
const qint64 EpochJulianDay = QDate(1970, 1, 1).toJulianDay();
// Scanning stops after this many days without a single run (a window that excludes every time).
constexpr int MaxEmptyDays = 800;

int minuteOf(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

QString hhmm(const QTime &t)
{
    return t.toString(u"HH:mm"_s);
}

QTime parseTime(const QString &text)
{
    QTime t = QTime::fromString(text, u"HH:mm"_s);
    if (!t.isValid())
        t = QTime::fromString(text, u"H:mm"_s);
    return t;
}

QString dayName(int day)
{
    static const char *const names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
    return QString::fromLatin1(names[day - 1]);
}

int dayFromName(const QString &name)
{
    for (int d = 1; d <= 7; ++d) {
        if (dayName(d) == name.toLower())
            return d;
    }
    return 0;
}

// Wall time on `date` at `minute` counted as if it were UTC.
qint64 wallMs(const QDate &date, int minute)
{
    return (date.toJulianDay() - EpochJulianDay) * DayMs + minute * MinuteMs;
}

// Turns local wall times into instants in one zone, with the DST rule of schedule.h. Days without a
// transition nearby take a fixed offset (the common, fast case).
class ZoneResolver
{
public:
    explicit ZoneResolver(QTimeZone zone)
        : m_zone(std::move(zone))
        , m_hasTransitions(m_zone.hasTransitions())
    {
    }

    // Prepares the resolution of the wall times of `date`.
    void setDay(const QDate &date)
    {
        const qint64 from = wallMs(date, 0) - DayMs; // before the day in every zone
        const qint64 to = wallMs(date.addDays(1), 0) + DayMs; // after the day in every zone
        m_offsets.clear();
        m_transitions.clear();
        const int first = offsetAt(from);
        m_offsets << first;
        if (m_hasTransitions) {
            int previous = first;
            const auto list = m_zone.transitions(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
                QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()));
            for (const QTimeZone::OffsetData &t : list) {
                const int offset = t.offsetFromUtc;
                if (offset == previous)
                    continue;
                m_transitions.push_back({ t.atUtc.toMSecsSinceEpoch(), previous, offset });
                if (!m_offsets.contains(offset))
                    m_offsets << offset;
                previous = offset;
            }
        }
        m_fixed = m_transitions.empty();
    }

    qint64 resolve(qint64 wall) const
    {
        if (m_fixed)
            return wall - qint64(m_offsets.first()) * 1000;
        // Every occurrence of the wall time: the earliest one (fall back: the first).
        std::optional<qint64> best;
        for (int offset : m_offsets) {
            const qint64 instant = wall - qint64(offset) * 1000;
            if (offsetAt(instant) == offset && (!best || instant < *best))
                best = instant;
        }
        if (best)
            return *best;
        // In a gap (spring forward): as if the clock had not jumped, i.e. with the offset before it.
        for (const Transition &t : m_transitions) {
            if (t.after > t.before && wall >= t.atUtc + qint64(t.before) * 1000
                && wall < t.atUtc + qint64(t.after) * 1000)
                return wall - qint64(t.before) * 1000;
        }
        return wall - qint64(m_offsets.first()) * 1000;
    }

    int offsetAt(qint64 instant) const
    {
        return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(instant, QTimeZone::utc()));
    }

private:
    struct Transition
    {
        qint64 atUtc;
        int before;
        int after;
    };
    QTimeZone m_zone;
    bool m_hasTransitions = false;
    bool m_fixed = true;
    QList<int> m_offsets;
    std::vector<Transition> m_transitions;
};

// The wall minutes (0..1439) of `date` the schedule has, ascending.
QList<int> minutesOfDay(const Schedule &s, const QDate &date)
{
    QList<int> minutes;
    if (s.startDate.isValid() && date < s.startDate)
        return minutes;
    if (s.endDate.isValid() && date > s.endDate)
        return minutes;
    switch (s.kind) {
    case Schedule::Kind::EveryMinutes:
    case Schedule::Kind::EveryHours: {
        const int step = s.intervalMinutes();
        for (int m = 0; m < 1440; m += step)
            minutes << m;
        break;
    }
    case Schedule::Kind::Weekly:
        if (!s.days.contains(date.dayOfWeek()))
            return minutes;
        Q_FALLTHROUGH();
    case Schedule::Kind::Daily:
        for (const QTime &t : s.times)
            minutes << minuteOf(t);
        std::sort(minutes.begin(), minutes.end());
        minutes.erase(std::unique(minutes.begin(), minutes.end()), minutes.end());
        break;
    }
    if (s.hasWindow()) {
        const int from = minuteOf(s.windowStart);
        const int to = minuteOf(s.windowEnd);
        minutes.removeIf(
            [from, to](int m) { return from < to ? (m < from || m >= to) : (m < from && m >= to); });
    }
    return minutes;
}

// Calls `visit` with each run strictly after `after` (and not after `until` when given), in order,
// until it returns false.
void forEachRun(const Schedule &schedule, const QDateTime &after, const std::optional<QDateTime> &until,
    const std::function<bool(qint64)> &visit)
{
    if (!after.isValid() || !scheduleErrors(schedule).isEmpty())
        return;
    const Schedule s = schedule.normalized();
    const QTimeZone zone = s.zone();
    ZoneResolver resolver(zone);
    const qint64 afterMs = after.toMSecsSinceEpoch();
    const qint64 untilMs = until ? until->toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    // One day early: a wall time near midnight may resolve to an instant on the next day.
    QDate day = after.toTimeZone(zone).date().addDays(-1);
    if (s.startDate.isValid() && day < s.startDate.addDays(-1))
        day = s.startDate.addDays(-1);
    qint64 last = afterMs;
    int emptyDays = 0;
    QList<qint64> instants;
    for (;; day = day.addDays(1)) {
        if (s.endDate.isValid() && day > s.endDate)
            return;
        // Past `until` in every zone (offsets are within +-14 h; +1 day covers a gap shift).
        if (wallMs(day, 0) - 2 * DayMs > untilMs)
            return;
        const QList<int> minutes = minutesOfDay(s, day);
        if (minutes.isEmpty()) {
            if (++emptyDays > MaxEmptyDays)
                return;
            continue;
        }
        emptyDays = 0;
        resolver.setDay(day);
        instants.clear();
        // Skip quickly over the part of the first days that is long past.
        for (int m : minutes) {
            const qint64 wall = wallMs(day, m);
            if (wall + DayMs < afterMs)
                continue;
            instants << resolver.resolve(wall);
        }
        // A gap shift can reorder or merge wall times.
        std::sort(instants.begin(), instants.end());
        for (qint64 instant : std::as_const(instants)) {
            if (instant <= last)
                continue;
            if (instant > untilMs)
                return;
            last = instant;
            if (!visit(instant))
                return;
        }
    }
}

} // namespace

Schedule Schedule::everyMinutes(int n)
{
    Schedule s;
    s.kind = Kind::EveryMinutes;
    s.interval = n;
    s.times.clear();
    return s;
}

Schedule Schedule::everyHours(int n)
{
    Schedule s;
    s.kind = Kind::EveryHours;
    s.interval = n;
    s.times.clear();
    return s;
}

Schedule Schedule::daily(QList<QTime> times)
{
    Schedule s;
    s.kind = Kind::Daily;
    s.times = std::move(times);
    return s;
}

Schedule Schedule::weekly(QList<int> days, QTime time)
{
    Schedule s;
    s.kind = Kind::Weekly;
    s.days = std::move(days);
    s.times = { time };
    return s;
}

bool Schedule::hasWindow() const
{
    return windowStart.isValid() && windowEnd.isValid() && minuteOf(windowStart) != minuteOf(windowEnd);
}

int Schedule::intervalMinutes() const
{
    switch (kind) {
    case Kind::EveryMinutes:
        return interval;
    case Kind::EveryHours:
        return interval * 60;
    default:
        return 0;
    }
}

QTimeZone Schedule::zone() const
{
    if (!timeZone.isEmpty()) {
        QTimeZone z(timeZone.toUtf8());
        if (z.isValid())
            return z;
    }
    return QTimeZone::systemTimeZone();
}

Schedule Schedule::normalized() const
{
    Schedule s = *this;
    for (QTime &t : s.times)
        t = QTime(t.hour(), t.minute());
    std::sort(s.times.begin(), s.times.end());
    s.times.erase(std::unique(s.times.begin(), s.times.end()), s.times.end());
    std::sort(s.days.begin(), s.days.end());
    s.days.erase(std::unique(s.days.begin(), s.days.end()), s.days.end());
    if (s.windowStart.isValid())
        s.windowStart = QTime(s.windowStart.hour(), s.windowStart.minute());
    if (s.windowEnd.isValid())
        s.windowEnd = QTime(s.windowEnd.hour(), s.windowEnd.minute());
    return s;
}

QString scheduleKindName(Schedule::Kind kind)
{
    switch (kind) {
    case Schedule::Kind::EveryMinutes:
        return u"minutes"_s;
    case Schedule::Kind::EveryHours:
        return u"hours"_s;
    case Schedule::Kind::Daily:
        return u"daily"_s;
    case Schedule::Kind::Weekly:
        return u"weekly"_s;
    }
    return u"daily"_s;
}

QString overlapName(Schedule::Overlap overlap)
{
    return overlap == Schedule::Overlap::QueueOne ? u"queue-one"_s : u"skip"_s;
}

QString missedName(Schedule::Missed missed)
{
    switch (missed) {
    case Schedule::Missed::Skip:
        return u"skip"_s;
    case Schedule::Missed::RunOnce:
        return u"run-once"_s;
    case Schedule::Missed::RunEach:
        return u"run-each"_s;
    }
    return u"run-once"_s;
}

std::optional<Schedule::Kind> scheduleKindFromName(const QString &name)
{
    for (auto k : { Schedule::Kind::EveryMinutes, Schedule::Kind::EveryHours, Schedule::Kind::Daily,
             Schedule::Kind::Weekly }) {
        if (scheduleKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

std::optional<Schedule::Overlap> overlapFromName(const QString &name)
{
    for (auto o : { Schedule::Overlap::Skip, Schedule::Overlap::QueueOne }) {
        if (overlapName(o) == name)
            return o;
    }
    return std::nullopt;
}

std::optional<Schedule::Missed> missedFromName(const QString &name)
{
    for (auto m : { Schedule::Missed::Skip, Schedule::Missed::RunOnce, Schedule::Missed::RunEach }) {
        if (missedName(m) == name)
            return m;
    }
    return std::nullopt;
}

QString scheduleNotifyName(const std::optional<NotifyWhen> &notify)
{
    return notify ? notifyWhenName(*notify) : u"inherit"_s;
}

bool scheduleNotifyFromName(const QString &name, std::optional<NotifyWhen> *notify)
{
    if (name == u"inherit"_s) {
        *notify = std::nullopt;
        return true;
    }
    const std::optional<NotifyWhen> when = notifyWhenFromName(name);
    if (when)
        *notify = when;
    return when.has_value();
}

QString overlapTitle(Schedule::Overlap overlap)
{
    return overlap == Schedule::Overlap::QueueOne
        ? QCoreApplication::translate("moctl::Schedule", "Queue one run until the previous run ends")
        : QCoreApplication::translate(
            "moctl::Schedule", "Skip the run while the previous run is still going");
}

QString missedTitle(Schedule::Missed missed)
{
    switch (missed) {
    case Schedule::Missed::Skip:
        return QCoreApplication::translate("moctl::Schedule", "Skip missed runs");
    case Schedule::Missed::RunOnce:
        return QCoreApplication::translate("moctl::Schedule", "Run once as soon as possible");
    case Schedule::Missed::RunEach:
        return QCoreApplication::translate(
            "moctl::Schedule", "Run each missed run (at most %n)", nullptr, Schedule::MaxCatchUpRuns);
    }
    return {};
}

QStringList scheduleErrors(const Schedule &s)
{
    QStringList errors;
    switch (s.kind) {
    case Schedule::Kind::EveryMinutes:
        if (s.interval < 1 || s.interval > Schedule::MaxIntervalMinutes)
            errors << QCoreApplication::translate(
                "moctl::Schedule", "The interval must be from 1 to %1 minutes.")
                          .arg(Schedule::MaxIntervalMinutes);
        break;
    case Schedule::Kind::EveryHours:
        if (s.interval < 1 || s.interval > Schedule::MaxIntervalHours)
            errors << QCoreApplication::translate(
                "moctl::Schedule", "The interval must be from 1 to %1 hours.")
                          .arg(Schedule::MaxIntervalHours);
        break;
    case Schedule::Kind::Weekly:
        if (s.days.isEmpty())
            errors << QCoreApplication::translate("moctl::Schedule", "Choose at least one day of the week.");
        for (int d : s.days) {
            if (d < 1 || d > 7) {
                errors << QCoreApplication::translate(
                    "moctl::Schedule", "A day of the week is out of range.");
                break;
            }
        }
        Q_FALLTHROUGH();
    case Schedule::Kind::Daily:
        if (s.times.isEmpty())
            errors << QCoreApplication::translate("moctl::Schedule", "Choose at least one time of day.");
        for (const QTime &t : s.times) {
            if (!t.isValid()) {
                errors << QCoreApplication::translate("moctl::Schedule", "A time of day is not valid.");
                break;
            }
        }
        break;
    }
    if (s.windowStart.isValid() != s.windowEnd.isValid())
        errors << QCoreApplication::translate(
            "moctl::Schedule", "The active window needs both a start and an end time.");
    else if (s.windowStart.isValid() && !s.hasWindow())
        errors << QCoreApplication::translate(
            "moctl::Schedule", "The active window must not start and end at the same time.");
    if (s.startDate.isValid() && s.endDate.isValid() && s.endDate < s.startDate)
        errors << QCoreApplication::translate("moctl::Schedule", "The end date is before the start date.");
    if (!s.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(s.timeZone.toUtf8()))
        errors << QCoreApplication::translate("moctl::Schedule", "Unknown time zone \"%1\".").arg(s.timeZone);
    return errors;
}

QJsonObject scheduleToJson(const Schedule &schedule)
{
    const Schedule s = schedule.normalized();
    QJsonObject o;
    o.insert(u"kind"_s, scheduleKindName(s.kind));
    if (s.isInterval()) {
        o.insert(u"every"_s, s.interval);
    } else {
        QJsonArray times;
        for (const QTime &t : s.times)
            times.append(hhmm(t));
        o.insert(u"times"_s, times);
    }
    if (s.kind == Schedule::Kind::Weekly) {
        QJsonArray days;
        for (int d : s.days)
            days.append(dayName(d));
        o.insert(u"days"_s, days);
    }
    if (s.hasWindow())
        o.insert(
            u"window"_s, QJsonObject { { u"from"_s, hhmm(s.windowStart) }, { u"to"_s, hhmm(s.windowEnd) } });
    if (s.startDate.isValid())
        o.insert(u"startDate"_s, s.startDate.toString(Qt::ISODate));
    if (s.endDate.isValid())
        o.insert(u"endDate"_s, s.endDate.toString(Qt::ISODate));
    o.insert(u"timeZone"_s, s.timeZone);
    o.insert(u"enabled"_s, s.enabled);
    o.insert(u"overlap"_s, overlapName(s.overlap));
    o.insert(u"missed"_s, missedName(s.missed));
    o.insert(u"notify"_s, scheduleNotifyName(s.notify));
    return o;
}

std::optional<Schedule> scheduleFromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Schedule> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Schedule s;
    const auto kind = scheduleKindFromName(o.value(u"kind"_s).toString());
    if (!kind)
        return fail(QCoreApplication::translate("moctl::Schedule", "Unknown schedule kind \"%1\".")
                        .arg(o.value(u"kind"_s).toString()));
    s.kind = *kind;
    s.times.clear();
    if (s.isInterval()) {
        const QJsonValue every = o.value(u"every"_s);
        if (!every.isDouble() || every.toDouble() != double(every.toInt()))
            return fail(QCoreApplication::translate(
                "moctl::Schedule", "The schedule's interval (\"every\") must be a whole number."));
        s.interval = every.toInt();
    } else {
        for (const QJsonValue &v : o.value(u"times"_s).toArray()) {
            const QTime t = parseTime(v.toString());
            if (!t.isValid())
                return fail(
                    QCoreApplication::translate("moctl::Schedule", "\"%1\" is not a time of day (HH:mm).")
                        .arg(v.toString()));
            s.times << t;
        }
    }
    if (s.kind == Schedule::Kind::Weekly) {
        for (const QJsonValue &v : o.value(u"days"_s).toArray()) {
            const int d = dayFromName(v.toString());
            if (d == 0)
                return fail(QCoreApplication::translate(
                    "moctl::Schedule", "\"%1\" is not a day of the week (mon ... sun).")
                                .arg(v.toString()));
            s.days << d;
        }
    }
    if (o.contains(u"window"_s)) {
        const QJsonObject w = o.value(u"window"_s).toObject();
        s.windowStart = parseTime(w.value(u"from"_s).toString());
        s.windowEnd = parseTime(w.value(u"to"_s).toString());
        if (!s.windowStart.isValid() || !s.windowEnd.isValid())
            return fail(QCoreApplication::translate(
                "moctl::Schedule", "The schedule's active window needs \"from\" and \"to\" times (HH:mm)."));
    }
    for (const auto &[key, date] :
        { std::pair { u"startDate"_s, &s.startDate }, std::pair { u"endDate"_s, &s.endDate } }) {
        if (!o.contains(key))
            continue;
        *date = QDate::fromString(o.value(key).toString(), Qt::ISODate);
        if (!date->isValid())
            return fail(QCoreApplication::translate("moctl::Schedule", "\"%1\" is not a date (YYYY-MM-DD).")
                            .arg(o.value(key).toString()));
    }
    s.timeZone = o.value(u"timeZone"_s).toString();
    s.enabled = o.value(u"enabled"_s).toBool(true);
    if (o.contains(u"overlap"_s)) {
        const auto overlap = overlapFromName(o.value(u"overlap"_s).toString());
        if (!overlap)
            return fail(QCoreApplication::translate("moctl::Schedule", "Unknown overlap policy \"%1\".")
                            .arg(o.value(u"overlap"_s).toString()));
        s.overlap = *overlap;
    }
    if (o.contains(u"missed"_s)) {
        const auto missed = missedFromName(o.value(u"missed"_s).toString());
        if (!missed)
            return fail(QCoreApplication::translate("moctl::Schedule", "Unknown missed-run policy \"%1\".")
                            .arg(o.value(u"missed"_s).toString()));
        s.missed = *missed;
    }
    if (o.contains(u"notify"_s) && !scheduleNotifyFromName(o.value(u"notify"_s).toString(), &s.notify))
        return fail(QCoreApplication::translate("moctl::Schedule",
            "Unknown notification choice \"%1\" (inherit, never, failure, success or always).")
                        .arg(o.value(u"notify"_s).toString()));
    if (const QStringList errors = scheduleErrors(s); !errors.isEmpty())
        return fail(errors.first());
    return s.normalized();
}

QByteArray scheduleFingerprint(const Schedule &schedule)
{
    QJsonObject o = scheduleToJson(schedule);
    o.remove(u"overlap"_s);
    o.remove(u"missed"_s);
    o.remove(u"notify"_s);
    return QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
        .toHex()
        .left(16);
}

QString describe(const Schedule &schedule, const QLocale &locale)
{
    const Schedule s = schedule.normalized();
    QStringList times;
    for (const QTime &t : s.times)
        times << hhmm(t);
    QString sentence;
    switch (s.kind) {
    case Schedule::Kind::EveryMinutes:
        sentence = s.interval == 1
            ? QCoreApplication::translate("moctl::Schedule", "Every minute")
            : QCoreApplication::translate("moctl::Schedule", "Every %n minutes", nullptr, s.interval);
        break;
    case Schedule::Kind::EveryHours:
        sentence = s.interval == 1
            ? QCoreApplication::translate("moctl::Schedule", "Every hour")
            : QCoreApplication::translate("moctl::Schedule", "Every %n hours", nullptr, s.interval);
        break;
    case Schedule::Kind::Daily:
        sentence = QCoreApplication::translate("moctl::Schedule", "Every day at %1")
                       .arg(locale.createSeparatedList(times));
        break;
    case Schedule::Kind::Weekly: {
        QString when;
        if (s.days.size() == 7) {
            sentence = QCoreApplication::translate("moctl::Schedule", "Every day at %1")
                           .arg(locale.createSeparatedList(times));
            break;
        }
        if (s.days == QList<int> { 1, 2, 3, 4, 5 }) {
            when = QCoreApplication::translate("moctl::Schedule", "Every weekday");
        } else if (s.days == QList<int> { 6, 7 }) {
            when = QCoreApplication::translate("moctl::Schedule", "Every weekend day");
        } else {
            QStringList names;
            for (int d : s.days)
                names << locale.dayName(d, QLocale::LongFormat);
            when = QCoreApplication::translate("moctl::Schedule", "Every %1")
                       .arg(locale.createSeparatedList(names));
        }
        sentence = QCoreApplication::translate("moctl::Schedule", "%1 at %2")
                       .arg(when, locale.createSeparatedList(times));
        break;
    }
    }
    if (s.hasWindow())
        sentence = QCoreApplication::translate("moctl::Schedule", "%1 between %2 and %3")
                       .arg(sentence, hhmm(s.windowStart), hhmm(s.windowEnd));
    const QString dateFormat = u"d MMM yyyy"_s;
    if (s.startDate.isValid() && s.endDate.isValid())
        sentence = QCoreApplication::translate("moctl::Schedule", "%1, from %2 to %3")
                       .arg(sentence, locale.toString(s.startDate, dateFormat),
                           locale.toString(s.endDate, dateFormat));
    else if (s.startDate.isValid())
        sentence = QCoreApplication::translate("moctl::Schedule", "%1, from %2")
                       .arg(sentence, locale.toString(s.startDate, dateFormat));
    else if (s.endDate.isValid())
        sentence = QCoreApplication::translate("moctl::Schedule", "%1, until %2")
                       .arg(sentence, locale.toString(s.endDate, dateFormat));
    if (!s.timeZone.isEmpty() && s.timeZone.toUtf8() != QTimeZone::systemTimeZoneId())
        sentence = QCoreApplication::translate("moctl::Schedule", "%1 (%2 time)").arg(sentence, s.timeZone);
    return sentence;
}

QList<QDateTime> nextRuns(const Schedule &schedule, const QDateTime &after, int count)
{
    QList<QDateTime> runs;
    if (count <= 0)
        return runs;
    const QTimeZone zone = schedule.zone();
    forEachRun(schedule, after, std::nullopt, [&](qint64 instant) {
        runs << QDateTime::fromMSecsSinceEpoch(instant, zone);
        return runs.size() < count;
    });
    return runs;
}

QList<QDateTime> runsBetween(
    const Schedule &schedule, const QDateTime &after, const QDateTime &until, int limit, RunsKept kept)
{
    QList<QDateTime> runs;
    if (limit <= 0 || !until.isValid())
        return runs;
    const QTimeZone zone = schedule.zone();
    std::deque<qint64> latest;
    forEachRun(schedule, after, until, [&](qint64 instant) {
        if (kept == RunsKept::Oldest) {
            runs << QDateTime::fromMSecsSinceEpoch(instant, zone);
            return runs.size() < limit;
        }
        latest.push_back(instant);
        if (qsizetype(latest.size()) > limit)
            latest.pop_front();
        return true;
    });
    for (qint64 instant : latest)
        runs << QDateTime::fromMSecsSinceEpoch(instant, zone);
    return runs;
}

int countRunsBetween(const Schedule &schedule, const QDateTime &after, const QDateTime &until, int cap)
{
    int n = 0;
    if (cap <= 0 || !until.isValid())
        return 0;
    forEachRun(schedule, after, until, [&](qint64) { return ++n < cap; });
    return n;
}

} // namespace moctl
