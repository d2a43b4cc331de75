// Schedule: nextRuns() over many schedules (DST in Europe/Berlin and America/New_York, month ends,
// windows, dates), JSON, the sentence.
#include "notify/notification.h"
#include "schedule/schedule.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

Schedule fromJson(const char *json)
{
    QString error;
    const auto s = scheduleFromJson(QJsonDocument::fromJson(QByteArray(json)).object(), &error);
    if (!s)
        qFatal("bad schedule in test: %s (%s)", json, qPrintable(error));
    return *s;
}

QDateTime at(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t;
}

QStringList iso(const QList<QDateTime> &runs)
{
    QStringList out;
    for (const QDateTime &t : runs)
        out << t.toString(Qt::ISODate);
    return out;
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextRuns_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("expected");

        const auto row = [](const char *name, const char *json, const char *after, QStringList expected) {
            QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(after) << int(expected.size())
                                << expected;
        };
        // Europe/Berlin 2026: spring forward Sun 29 Mar 02:00 -> 03:00, fall back Sun 25 Oct 03:00 -> 02:00.
        row("daily 02:30, Berlin spring forward: runs at 03:30",
            R"({"kind":"daily","times":["02:30"],"timeZone":"Europe/Berlin"})", "2026-03-27T12:00:00+01:00",
            { u"2026-03-28T02:30:00+01:00"_s, u"2026-03-29T03:30:00+02:00"_s, u"2026-03-30T02:30:00+02:00"_s,
                u"2026-03-31T02:30:00+02:00"_s });
        row("daily 02:30, Berlin fall back: once, first occurrence",
            R"({"kind":"daily","times":["02:30"],"timeZone":"Europe/Berlin"})", "2026-10-24T12:00:00+02:00",
            { u"2026-10-25T02:30:00+02:00"_s, u"2026-10-26T02:30:00+01:00"_s });
        row("daily 02:30 and 03:30, Berlin spring forward: merged into one run",
            R"({"kind":"daily","times":["03:30","02:30"],"timeZone":"Europe/Berlin"})",
            "2026-03-28T12:00:00+01:00",
            { u"2026-03-29T03:30:00+02:00"_s, u"2026-03-30T02:30:00+02:00"_s,
                u"2026-03-30T03:30:00+02:00"_s });
        row("daily 02:00, Berlin spring forward (gap start)",
            R"({"kind":"daily","times":["02:00"],"timeZone":"Europe/Berlin"})", "2026-03-28T12:00:00+01:00",
            { u"2026-03-29T03:00:00+02:00"_s, u"2026-03-30T02:00:00+02:00"_s });
        row("daily 03:00, Berlin fall back (not in the repeated hour)",
            R"({"kind":"daily","times":["03:00"],"timeZone":"Europe/Berlin"})", "2026-10-24T12:00:00+02:00",
            { u"2026-10-25T03:00:00+01:00"_s, u"2026-10-26T03:00:00+01:00"_s });
        row("every 15 minutes, Berlin spring forward: the missing hour adds nothing",
            R"({"kind":"minutes","every":15,"timeZone":"Europe/Berlin"})", "2026-03-29T01:30:00+01:00",
            { u"2026-03-29T01:45:00+01:00"_s, u"2026-03-29T03:00:00+02:00"_s, u"2026-03-29T03:15:00+02:00"_s,
                u"2026-03-29T03:30:00+02:00"_s });
        row("every 15 minutes, Berlin fall back: the repeated hour runs once",
            R"({"kind":"minutes","every":15,"timeZone":"Europe/Berlin"})", "2026-10-25T01:50:00+02:00",
            { u"2026-10-25T02:00:00+02:00"_s, u"2026-10-25T02:15:00+02:00"_s, u"2026-10-25T02:30:00+02:00"_s,
                u"2026-10-25T02:45:00+02:00"_s, u"2026-10-25T03:00:00+01:00"_s,
                u"2026-10-25T03:15:00+01:00"_s });
        // America/New_York 2026: spring forward Sun 8 Mar 02:00 -> 03:00, fall back Sun 1 Nov 02:00 -> 01:00.
        row("every hour, New York spring forward",
            R"({"kind":"hours","every":1,"timeZone":"America/New_York"})", "2026-03-08T00:30:00-05:00",
            { u"2026-03-08T01:00:00-05:00"_s, u"2026-03-08T03:00:00-04:00"_s,
                u"2026-03-08T04:00:00-04:00"_s });
        row("every hour, New York fall back", R"({"kind":"hours","every":1,"timeZone":"America/New_York"})",
            "2026-11-01T00:30:00-04:00",
            { u"2026-11-01T01:00:00-04:00"_s, u"2026-11-01T02:00:00-05:00"_s,
                u"2026-11-01T03:00:00-05:00"_s });
        row("daily 01:30, New York fall back: first occurrence",
            R"({"kind":"daily","times":["01:30"],"timeZone":"America/New_York"})",
            "2026-10-31T12:00:00-04:00", { u"2026-11-01T01:30:00-04:00"_s, u"2026-11-02T01:30:00-05:00"_s });
        row("daily 02:15, New York spring forward: 03:15",
            R"({"kind":"daily","times":["02:15"],"timeZone":"America/New_York"})",
            "2026-03-07T12:00:00-05:00", { u"2026-03-08T03:15:00-04:00"_s, u"2026-03-09T02:15:00-04:00"_s });
        row("weekly Sunday 02:30, Berlin spring forward",
            R"({"kind":"weekly","days":["sun"],"times":["02:30"],"timeZone":"Europe/Berlin"})",
            "2026-03-20T00:00:00+01:00",
            { u"2026-03-22T02:30:00+01:00"_s, u"2026-03-29T03:30:00+02:00"_s,
                u"2026-04-05T02:30:00+02:00"_s });
        row("Lord Howe: a 30-minute DST gap",
            R"({"kind":"daily","times":["02:15"],"timeZone":"Australia/Lord_Howe"})",
            "2026-10-03T12:00:00+10:30", { u"2026-10-04T02:45:00+11:00"_s, u"2026-10-05T02:15:00+11:00"_s });

        // Intervals are anchored to midnight.
        row("every 7 hours restarts at midnight", R"({"kind":"hours","every":7,"timeZone":"UTC"})",
            "2026-01-01T00:00:00Z",
            { u"2026-01-01T07:00:00+00:00"_s, u"2026-01-01T14:00:00+00:00"_s, u"2026-01-01T21:00:00+00:00"_s,
                u"2026-01-02T00:00:00+00:00"_s, u"2026-01-02T07:00:00+00:00"_s });
        row("every 45 minutes from an odd time", R"({"kind":"minutes","every":45,"timeZone":"UTC"})",
            "2026-01-01T10:07:13Z",
            { u"2026-01-01T10:30:00+00:00"_s, u"2026-01-01T11:15:00+00:00"_s,
                u"2026-01-01T12:00:00+00:00"_s });
        row("every minute", R"({"kind":"minutes","every":1,"timeZone":"UTC"})", "2026-12-31T23:58:30Z",
            { u"2026-12-31T23:59:00+00:00"_s, u"2027-01-01T00:00:00+00:00"_s,
                u"2027-01-01T00:01:00+00:00"_s });
        row("every 1440 minutes is daily at midnight", R"({"kind":"minutes","every":1440,"timeZone":"UTC"})",
            "2026-01-01T00:00:00Z", { u"2026-01-02T00:00:00+00:00"_s, u"2026-01-03T00:00:00+00:00"_s });
        row("every 24 hours", R"({"kind":"hours","every":24,"timeZone":"UTC"})", "2026-01-01T00:00:01Z",
            { u"2026-01-02T00:00:00+00:00"_s });

        // Windows: start inclusive, end exclusive, may wrap midnight.
        row("every 15 minutes between 01:00 and 05:00",
            R"({"kind":"minutes","every":15,"window":{"from":"01:00","to":"05:00"},"timeZone":"UTC"})",
            "2026-01-01T04:40:00Z",
            { u"2026-01-01T04:45:00+00:00"_s, u"2026-01-02T01:00:00+00:00"_s,
                u"2026-01-02T01:15:00+00:00"_s });
        row("every hour between 22:00 and 02:00 (wraps midnight)",
            R"({"kind":"hours","every":1,"window":{"from":"22:00","to":"02:00"},"timeZone":"UTC"})",
            "2026-01-01T12:00:00Z",
            { u"2026-01-01T22:00:00+00:00"_s, u"2026-01-01T23:00:00+00:00"_s, u"2026-01-02T00:00:00+00:00"_s,
                u"2026-01-02T01:00:00+00:00"_s, u"2026-01-02T22:00:00+00:00"_s });
        row("daily times filtered by the window",
            R"({"kind":"daily","times":["00:30","03:00","12:00"],"window":{"from":"01:00","to":"05:00"},"timeZone":"UTC"})",
            "2026-01-01T00:00:00Z", { u"2026-01-01T03:00:00+00:00"_s, u"2026-01-02T03:00:00+00:00"_s });

        // Weekly, month ends, dates.
        row("weekly Monday and Friday 03:00 (1 Jan 2026 is a Thursday)",
            R"({"kind":"weekly","days":["fri","mon"],"times":["03:00"],"timeZone":"UTC"})",
            "2026-01-01T00:00:00Z",
            { u"2026-01-02T03:00:00+00:00"_s, u"2026-01-05T03:00:00+00:00"_s,
                u"2026-01-09T03:00:00+00:00"_s });
        row("weekdays",
            R"({"kind":"weekly","days":["mon","tue","wed","thu","fri"],"times":["06:00"],"timeZone":"UTC"})",
            "2026-01-02T07:00:00Z", { u"2026-01-05T06:00:00+00:00"_s, u"2026-01-06T06:00:00+00:00"_s });
        row("February of a leap year", R"({"kind":"daily","times":["23:59"],"timeZone":"UTC"})",
            "2028-02-27T23:59:00Z",
            { u"2028-02-28T23:59:00+00:00"_s, u"2028-02-29T23:59:00+00:00"_s,
                u"2028-03-01T23:59:00+00:00"_s });
        row("February of a common year", R"({"kind":"daily","times":["23:59"],"timeZone":"UTC"})",
            "2026-02-27T23:59:00Z",
            { u"2026-02-28T23:59:00+00:00"_s, u"2026-03-01T23:59:00+00:00"_s,
                u"2026-03-02T23:59:00+00:00"_s });
        row("month end 30 to 31 to 1", R"({"kind":"hours","every":12,"timeZone":"UTC"})",
            "2026-04-30T11:00:00Z", { u"2026-04-30T12:00:00+00:00"_s, u"2026-05-01T00:00:00+00:00"_s });
        row("year end", R"({"kind":"daily","times":["00:00"],"timeZone":"UTC"})", "2026-12-30T00:00:00Z",
            { u"2026-12-31T00:00:00+00:00"_s, u"2027-01-01T00:00:00+00:00"_s });
        row("start and end dates (inclusive)",
            R"({"kind":"daily","times":["02:00"],"startDate":"2026-01-30","endDate":"2026-02-01","timeZone":"UTC"})",
            "2026-01-01T00:00:00Z",
            { u"2026-01-30T02:00:00+00:00"_s, u"2026-01-31T02:00:00+00:00"_s,
                u"2026-02-01T02:00:00+00:00"_s });
        row("strictly after: a run at `after` is not returned",
            R"({"kind":"daily","times":["02:00"],"timeZone":"UTC"})", "2026-01-01T02:00:00Z",
            { u"2026-01-02T02:00:00+00:00"_s });
        row("after given in another zone", R"({"kind":"daily","times":["00:00"],"timeZone":"Asia/Kolkata"})",
            "2026-01-01T00:00:00Z", { u"2026-01-02T00:00:00+05:30"_s, u"2026-01-03T00:00:00+05:30"_s });
        row("several times a day, unsorted input",
            R"({"kind":"daily","times":["18:00","06:00","12:00"],"timeZone":"UTC"})", "2026-01-01T07:00:00Z",
            { u"2026-01-01T12:00:00+00:00"_s, u"2026-01-01T18:00:00+00:00"_s,
                u"2026-01-02T06:00:00+00:00"_s });
    }

    void nextRuns()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, after);
        QFETCH(int, count);
        QFETCH(QStringList, expected);
        const Schedule s = fromJson(json.constData());
        const QDateTime from = QDateTime::fromString(after, Qt::ISODate);
        QVERIFY(from.isValid());
        // Ask for more than exist where the list is bounded by an end date.
        const QList<QDateTime> runs = moctl::nextRuns(s, from, count + (s.endDate.isValid() ? 5 : 0));
        QCOMPARE(iso(runs), expected);
        // The same answer whatever zone `after` is expressed in.
        QCOMPARE(iso(moctl::nextRuns(s, from.toUTC(), count)), expected.mid(0, count));
    }

    // The rule, checked in many zones against the zone data itself: a time in the spring-forward gap
    // runs the gap length later; a time in the repeated hour runs once, at its first occurrence.
    void dstRuleInManyZones_data()
    {
        QTest::addColumn<QByteArray>("zoneId");
        for (const char *z : { "Europe/Berlin", "America/New_York", "America/Santiago", "Australia/Sydney",
                 "Australia/Lord_Howe", "Europe/London", "America/Havana", "Pacific/Auckland" })
            QTest::newRow(z) << QByteArray(z);
    }

    void dstRuleInManyZones()
    {
        QFETCH(QByteArray, zoneId);
        const QTimeZone zone(zoneId);
        QVERIFY(zone.isValid());
        QDateTime cursor(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        int gaps = 0, overlaps = 0;
        for (int i = 0; i < 4; ++i) {
            const QTimeZone::OffsetData t = zone.nextTransition(cursor);
            QVERIFY(t.atUtc.isValid());
            cursor = t.atUtc;
            const int before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
            const int after = t.offsetFromUtc;
            const int delta = after - before;
            QVERIFY(delta != 0);
            // A wall time inside the changed range.
            const QDateTime wallAtChange = t.atUtc.addSecs(before); // wall time just as the change happens
            const qint64 inside = qAbs(delta) / 2; // half way into the gap or overlap
            const QDateTime wall = wallAtChange.addSecs(delta > 0 ? inside : -inside);
            Schedule s = Schedule::daily({ QTime(wall.time().hour(), wall.time().minute()) });
            s.timeZone = QString::fromLatin1(zoneId);
            const qint64 wallSkew = wall.time().second(); // whole minutes only
            const QList<QDateTime> runs = moctl::nextRuns(s, t.atUtc.addSecs(-86400 / 2), 1);
            QCOMPARE(runs.size(), 1);
            if (delta > 0) {
                ++gaps;
                // Wall time (as if UTC) minus the offset before the change.
                const QDateTime expected = t.atUtc.addSecs(inside - wallSkew);
                QCOMPARE(runs.first().toUTC(), expected);
            } else {
                ++overlaps;
                // First occurrence: with the offset before the change.
                const QDateTime expected = t.atUtc.addSecs(-inside - wallSkew);
                QCOMPARE(runs.first().toUTC(), expected);
                // And only once that day.
                const QList<QDateTime> two = moctl::nextRuns(s, t.atUtc.addSecs(-86400 / 2), 2);
                QVERIFY(two.at(1).toUTC() > t.atUtc.addSecs(20 * 3600));
            }
        }
        QCOMPARE(gaps, 2);
        QCOMPARE(overlaps, 2);
    }

    void thirtyDaysOfRunsAreExactlyCounted()
    {
        Schedule s = Schedule::everyMinutes(15);
        s.timeZone = u"Europe/Berlin"_s;
        // March 2026 in Berlin has 30 days of 96 runs and the spring-forward day with 92.
        const QDateTime from(QDate(2026, 3, 1), QTime(0, 0), s.zone());
        const QDateTime to(QDate(2026, 4, 1), QTime(0, 0), s.zone());
        QCOMPARE(countRunsBetween(s, from.addSecs(-1), to.addSecs(-1), 100000), 30 * 96 + 92);
        const QList<QDateTime> all = runsBetween(s, from.addSecs(-1), to.addSecs(-1), 100000);
        QCOMPARE(all.size(), 30 * 96 + 92);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i) > all.at(i - 1));
        const QList<QDateTime> latest = runsBetween(s, from, to, 3, RunsKept::Latest);
        QCOMPARE(iso(latest),
            (QStringList { u"2026-03-31T23:30:00+02:00"_s, u"2026-03-31T23:45:00+02:00"_s,
                u"2026-04-01T00:00:00+02:00"_s }));
        QCOMPARE(countRunsBetween(s, from, to, 10), 10);
    }

    void unusableSchedulesHaveNoRuns()
    {
        Schedule s = Schedule::weekly({}, QTime(3, 0));
        QVERIFY(!scheduleErrors(s).isEmpty());
        QVERIFY(moctl::nextRuns(s, at("2026-01-01T00:00:00Z"), 3).isEmpty());
        s = Schedule::everyMinutes(0);
        QVERIFY(!scheduleErrors(s).isEmpty());
        QVERIFY(moctl::nextRuns(s, at("2026-01-01T00:00:00Z"), 3).isEmpty());
        s = Schedule::daily({ QTime(3, 0) });
        s.timeZone = u"Mars/Olympus_Mons"_s;
        QVERIFY(!scheduleErrors(s).isEmpty());
        // Ended.
        s = Schedule::daily({ QTime(3, 0) });
        s.endDate = QDate(2025, 12, 31);
        QVERIFY(moctl::nextRuns(s, at("2026-01-01T00:00:00Z"), 3).isEmpty());
        // A window that excludes every time: the search gives up instead of looping.
        s = Schedule::daily({ QTime(3, 0) });
        s.windowStart = QTime(10, 0);
        s.windowEnd = QTime(11, 0);
        QVERIFY(moctl::nextRuns(s, at("2026-01-01T00:00:00Z"), 3).isEmpty());
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<Schedule>("schedule");
        Schedule s = Schedule::daily({ QTime(2, 30), QTime(14, 0) });
        s.timeZone = u"Europe/Berlin"_s;
        QTest::newRow("daily") << s;
        s = Schedule::everyMinutes(15);
        s.windowStart = QTime(1, 0);
        s.windowEnd = QTime(5, 0);
        s.overlap = Schedule::Overlap::QueueOne;
        s.missed = Schedule::Missed::RunEach;
        QTest::newRow("minutes with window") << s;
        s = Schedule::weekly({ 1, 5 }, QTime(3, 0));
        s.startDate = QDate(2026, 12, 1);
        s.endDate = QDate(2027, 1, 31);
        s.enabled = false;
        s.missed = Schedule::Missed::Skip;
        QTest::newRow("weekly with dates, disabled") << s;
        QTest::newRow("hours") << Schedule::everyHours(6);
        for (NotifyWhen when :
            { NotifyWhen::Never, NotifyWhen::OnFailure, NotifyWhen::OnSuccess, NotifyWhen::Always }) {
            s = Schedule::daily({ QTime(1, 0) });
            s.notify = when;
            QTest::addRow("notify %s", qPrintable(notifyWhenName(when))) << s;
        }
    }

    void jsonRoundTrip()
    {
        QFETCH(Schedule, schedule);
        const QJsonObject json = scheduleToJson(schedule);
        QString error;
        const auto back = scheduleFromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, schedule.normalized());
        QCOMPARE(scheduleToJson(*back), json);
    }

    void jsonIsReadable()
    {
        Schedule s = Schedule::daily({ QTime(2, 30) });
        s.timeZone = u"Europe/Berlin"_s;
        QCOMPARE(QJsonDocument(scheduleToJson(s)).toJson(QJsonDocument::Compact),
            QByteArray(
                R"({"enabled":true,"kind":"daily","missed":"run-once","notify":"inherit","overlap":"skip","timeZone":"Europe/Berlin","times":["02:30"]})"));
        s.notify = NotifyWhen::OnFailure;
        QCOMPARE(scheduleToJson(s).value(u"notify"_s).toString(), u"failure"_s);
    }

    void notifyIsReadFromJson()
    {
        // Absent or "inherit": the plan's notifications; a name: the schedule's own "when".
        QVERIFY(!fromJson(R"({"kind":"daily","times":["01:00"]})").notify);
        QVERIFY(!fromJson(R"({"kind":"daily","times":["01:00"],"notify":"inherit"})").notify);
        QCOMPARE(fromJson(R"({"kind":"daily","times":["01:00"],"notify":"failure"})").notify,
            std::optional(NotifyWhen::OnFailure));
        QCOMPARE(fromJson(R"({"kind":"daily","times":["01:00"],"notify":"never","x-later":1})").notify,
            std::optional(NotifyWhen::Never));
        std::optional<NotifyWhen> n = NotifyWhen::Always;
        QVERIFY(!scheduleNotifyFromName(u"sometimes"_s, &n));
        QCOMPARE(n, std::optional(NotifyWhen::Always)); // untouched
        QVERIFY(scheduleNotifyFromName(u"inherit"_s, &n));
        QVERIFY(!n);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no kind") << QByteArray(R"({"times":["02:00"]})") << u"kind"_s;
        QTest::newRow("unknown kind") << QByteArray(R"({"kind":"hourly"})") << u"hourly"_s;
        QTest::newRow("bad time") << QByteArray(R"({"kind":"daily","times":["25:00"]})") << u"25:00"_s;
        QTest::newRow("no times") << QByteArray(R"({"kind":"daily","times":[]})") << u"time"_s;
        QTest::newRow("interval text") << QByteArray(R"({"kind":"minutes","every":"15"})") << u"every"_s;
        QTest::newRow("interval fraction") << QByteArray(R"({"kind":"minutes","every":1.5})") << u"every"_s;
        QTest::newRow("interval too big") << QByteArray(R"({"kind":"hours","every":25})") << u"24"_s;
        QTest::newRow("bad day") << QByteArray(R"({"kind":"weekly","days":["funday"],"times":["01:00"]})")
                                 << u"funday"_s;
        QTest::newRow("no days") << QByteArray(R"({"kind":"weekly","days":[],"times":["01:00"]})")
                                 << u"day"_s;
        QTest::newRow("half window") << QByteArray(
            R"({"kind":"minutes","every":5,"window":{"from":"01:00"}})")
                                     << u"window"_s;
        QTest::newRow("empty window")
            << QByteArray(R"({"kind":"minutes","every":5,"window":{"from":"01:00","to":"01:00"}})")
            << u"window"_s;
        QTest::newRow("bad date") << QByteArray(
            R"({"kind":"daily","times":["01:00"],"startDate":"2026-02-30"})")
                                  << u"2026-02-30"_s;
        QTest::newRow("dates reversed") << QByteArray(
            R"({"kind":"daily","times":["01:00"],"startDate":"2026-02-02","endDate":"2026-02-01"})")
                                        << u"end date"_s;
        QTest::newRow("bad zone") << QByteArray(
            R"({"kind":"daily","times":["01:00"],"timeZone":"Nowhere/City"})")
                                  << u"Nowhere/City"_s;
        QTest::newRow("bad overlap") << QByteArray(R"({"kind":"daily","times":["01:00"],"overlap":"both"})")
                                     << u"both"_s;
        QTest::newRow("bad missed") << QByteArray(R"({"kind":"daily","times":["01:00"],"missed":"all"})")
                                    << u"all"_s;
        QTest::newRow("bad notify") << QByteArray(
            R"({"kind":"daily","times":["01:00"],"notify":"sometimes"})")
                                    << u"sometimes"_s;
        QTest::newRow("notify not a name")
            << QByteArray(R"({"kind":"daily","times":["01:00"],"notify":3})") << u"notification"_s;
    }

    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        QString error;
        QVERIFY(!scheduleFromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(fragment, Qt::CaseInsensitive), qPrintable(error));
    }

    void fingerprintIgnoresPolicies()
    {
        Schedule a = Schedule::daily({ QTime(2, 30) });
        Schedule b = a;
        b.overlap = Schedule::Overlap::QueueOne;
        b.missed = Schedule::Missed::Skip;
        b.notify = NotifyWhen::OnFailure; // who is told is no reason to count again either
        QCOMPARE(scheduleFingerprint(a), scheduleFingerprint(b));
        b.times = { QTime(2, 31) };
        QVERIFY(scheduleFingerprint(a) != scheduleFingerprint(b));
        b = a;
        b.enabled = false;
        QVERIFY(scheduleFingerprint(a) != scheduleFingerprint(b));
    }

    void describe_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("daily") << QByteArray(R"({"kind":"daily","times":["02:30"]})")
                               << u"Every day at 02:30"_s;
        QTest::newRow("daily, three times")
            << QByteArray(R"({"kind":"daily","times":["20:00","02:30","14:00"]})")
            << u"Every day at 02:30, 14:00 and 20:00"_s;
        QTest::newRow("minutes in window")
            << QByteArray(R"({"kind":"minutes","every":15,"window":{"from":"01:00","to":"05:00"}})")
            << u"Every 15 minutes between 01:00 and 05:00"_s;
        QTest::newRow("every minute") << QByteArray(R"({"kind":"minutes","every":1})") << u"Every minute"_s;
        QTest::newRow("every hour") << QByteArray(R"({"kind":"hours","every":1})") << u"Every hour"_s;
        QTest::newRow("every 6 hours") << QByteArray(R"({"kind":"hours","every":6})") << u"Every 6 hours"_s;
        QTest::newRow("weekly") << QByteArray(R"({"kind":"weekly","days":["fri","mon"],"times":["03:00"]})")
                                << u"Every Monday and Friday at 03:00"_s;
        QTest::newRow("weekdays") << QByteArray(
            R"({"kind":"weekly","days":["mon","tue","wed","thu","fri"],"times":["06:00"]})")
                                  << u"Every weekday at 06:00"_s;
        QTest::newRow("all days") << QByteArray(
            R"({"kind":"weekly","days":["mon","tue","wed","thu","fri","sat","sun"],"times":["06:00"]})")
                                  << u"Every day at 06:00"_s;
        QTest::newRow("from a date") << QByteArray(
            R"({"kind":"weekly","days":["sun"],"times":["03:00"],"startDate":"2026-12-01"})")
                                     << u"Every Sunday at 03:00, from 1 Dec 2026"_s;
        QTest::newRow("until a date")
            << QByteArray(R"({"kind":"daily","times":["03:00"],"endDate":"2027-01-31"})")
            << u"Every day at 03:00, until 31 Jan 2027"_s;
        QTest::newRow("date range") << QByteArray(
            R"({"kind":"daily","times":["03:00"],"startDate":"2026-12-01","endDate":"2027-01-31"})")
                                    << u"Every day at 03:00, from 1 Dec 2026 to 31 Jan 2027"_s;
        QTest::newRow("other zone") << QByteArray(
            R"({"kind":"daily","times":["03:00"],"timeZone":"Pacific/Chatham"})")
                                    << u"Every day at 03:00 (Pacific/Chatham time)"_s;
    }

    void describe()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, sentence);
        QCOMPARE(
            moctl::describe(fromJson(json.constData()), QLocale(QLocale::English, QLocale::UnitedKingdom)),
            sentence);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
