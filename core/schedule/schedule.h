#pragma once

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace moctl {

enum class NotifyWhen; // notify/notification.h

// When a plan runs: a value type. Plans embed it as "schedule": {...} (scheduleToJson()).
//
// A schedule is a set of wall-clock times in its time zone:
//  - EveryMinutes / EveryHours: local midnight + k*N of every day. Anchored to midnight (like cron's
//    */N) so runs never drift; when N does not divide the day, the last interval of a day is shorter.
//  - Daily: every day at `times`.
//  - Weekly: on `days` at `times` (the editor offers one time; the type allows several).
// The times are then filtered by the active window (start inclusive, end exclusive, may wrap midnight:
// 22:00-04:00) and the start and end dates (inclusive, local dates).
//
// Daylight saving time (the rule nextRuns() follows and the tests check):
//  - a wall time that does not exist (spring forward: 02:30 in Europe/Berlin on the last Sunday of
//    March) runs the length of the gap later (03:30), as if the clock had not jumped; when that lands on
//    another run of the same schedule, it runs once;
//  - a wall time that happens twice (fall back: 02:30 on the last Sunday of October) runs once, at its
//    first occurrence (the summer-time one).
struct Schedule
{
    enum class Kind { EveryMinutes, EveryHours, Daily, Weekly };
    // A run is due while the previous run of the same plan is still going.
    enum class Overlap { Skip, QueueOne };
    // Runs that were due while nothing was running the scheduler (app closed, machine asleep).
    enum class Missed { Skip, RunOnce, RunEach };
    static constexpr int MaxCatchUpRuns = 10; // Missed::RunEach runs at most this many (the latest ones)
    static constexpr int MaxIntervalMinutes = 1440;
    static constexpr int MaxIntervalHours = 24;

    Kind kind = Kind::Daily;
    int interval = 1; // N of EveryMinutes (1..1440) and EveryHours (1..24)
    QList<QTime> times { QTime(2, 0) }; // Daily and Weekly: minute precision
    QList<int> days; // Weekly: Qt::DayOfWeek values, 1 = Monday .. 7 = Sunday
    QTime windowStart; // active window when both are valid and differ
    QTime windowEnd;
    QDate startDate; // first day it runs (inclusive), null = no limit
    QDate endDate; // last day it runs (inclusive), null = no limit
    QString timeZone; // IANA id; empty = the system time zone
    bool enabled = true;
    Overlap overlap = Overlap::Skip;
    Missed missed = Missed::RunOnce;
    // Who is told of the runs this schedule starts: none = as the plan's notifications say; else this
    // "when" replaces the plan's for scheduled runs only (the webhook and desktop choice stay the plan's),
    // e.g. nightly runs tell on failure while runs started by hand tell always.
    std::optional<NotifyWhen> notify;

    static Schedule everyMinutes(int n);
    static Schedule everyHours(int n);
    static Schedule daily(QList<QTime> times);
    static Schedule weekly(QList<int> days, QTime time);

    bool hasWindow() const;
    bool isInterval() const { return kind == Kind::EveryMinutes || kind == Kind::EveryHours; }
    int intervalMinutes() const;
    // The zone the times are in: timeZone, or the system zone when empty or unknown.
    QTimeZone zone() const;
    // Times sorted, truncated to the minute, without duplicates; days sorted and unique.
    Schedule normalized() const;

    friend bool operator==(const Schedule &, const Schedule &) = default;
};

// Stable names used in JSON and by the CLI.
QString scheduleKindName(Schedule::Kind kind); // minutes, hours, daily, weekly
QString overlapName(Schedule::Overlap overlap); // skip, queue-one
QString missedName(Schedule::Missed missed); // skip, run-once, run-each
std::optional<Schedule::Kind> scheduleKindFromName(const QString &name);
std::optional<Schedule::Overlap> overlapFromName(const QString &name);
std::optional<Schedule::Missed> missedFromName(const QString &name);
// A schedule's notify: "inherit" for none, else notifyWhenName(). From a name: false when it is none
// of inherit, never, failure, success, always (*notify untouched).
QString scheduleNotifyName(const std::optional<NotifyWhen> &notify);
bool scheduleNotifyFromName(const QString &name, std::optional<NotifyWhen> *notify);
// Translated, for people.
QString overlapTitle(Schedule::Overlap overlap);
QString missedTitle(Schedule::Missed missed);

// Problems that make a schedule unusable (translated); empty when it is fine.
QStringList scheduleErrors(const Schedule &schedule);

// JSON, e.g. {"kind": "daily", "times": ["02:30"], "timeZone": "Europe/Berlin", "enabled": true,
// "overlap": "skip", "missed": "run-once", "notify": "inherit"} ("notify": inherit, never, failure,
// success or always; absent = inherit) or {"kind": "minutes", "every": 15, "window": {"from": "01:00",
// "to": "05:00"}, ...}. Defaults are written too, so files say what they mean.
QJsonObject scheduleToJson(const Schedule &schedule);
// nullopt with a translated *error when the object is not a usable schedule (unknown kind, bad time,
// bad interval...). Unknown keys are ignored.
std::optional<Schedule> scheduleFromJson(const QJsonObject &json, QString *error = nullptr);

// What decides when the schedule runs (not the policies, nor who is told): when it changes, the scheduler
// starts counting again from now instead of treating the new times as missed.
QByteArray scheduleFingerprint(const Schedule &schedule);

// A sentence for people: "Every day at 02:30", "Every 15 minutes between 01:00 and 05:00",
// "Every Monday and Friday at 03:00, from 1 Dec 2026". Translated; day and month names from `locale`.
QString describe(const Schedule &schedule, const QLocale &locale = QLocale());

// The next `count` runs strictly after `after`, in order, as date-times in the schedule's zone. Pure:
// no clock, no state; `enabled` is ignored (the preview of a paused schedule still shows its times).
// Empty when the schedule has errors or has ended.
QList<QDateTime> nextRuns(const Schedule &schedule, const QDateTime &after, int count);
// The runs in (after, until], oldest first; at most `limit` of them, the oldest or the latest ones.
enum class RunsKept { Oldest, Latest };
QList<QDateTime> runsBetween(const Schedule &schedule, const QDateTime &after, const QDateTime &until,
    int limit, RunsKept kept = RunsKept::Oldest);
// How many runs are in (after, until], counting at most `cap`.
int countRunsBetween(const Schedule &schedule, const QDateTime &after, const QDateTime &until, int cap);

} // namespace moctl

Q_DECLARE_METATYPE(moctl::Schedule)
