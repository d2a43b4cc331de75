#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace moctl {

// Dates and times as the pages show them, in the user's locale (QLocale(): the language chosen in
// Preferences, else the system's), so Chinese shows "周四 2026/12/3 02:30" and English "Thu 12/3/26 2:30 AM".
// The caller converts to the time zone it means (local time, or a schedule's zone).
namespace LocaleText {

// A weekday with the locale's short date and time.
inline QString weekdayDateTime(const QDateTime &t, const QLocale &locale = QLocale())
{
    if (!t.isValid())
        return {};
    return locale.dayName(t.date().dayOfWeek(), QLocale::ShortFormat) + u' '
        + locale.toString(t, QLocale::ShortFormat);
}

// A weekday with the time (for a moment within the week at hand).
inline QString weekdayTime(const QDateTime &t, const QLocale &locale = QLocale())
{
    if (!t.isValid())
        return {};
    return locale.dayName(t.date().dayOfWeek(), QLocale::ShortFormat) + u' '
        + locale.toString(t.time(), QLocale::ShortFormat);
}

// The locale's short date with the time to the second (logs of events).
inline QString dateTimeSeconds(const QDateTime &t, const QLocale &locale = QLocale())
{
    if (!t.isValid())
        return {};
    return locale.toString(t.date(), QLocale::ShortFormat) + u' '
        + t.time().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace LocaleText
} // namespace moctl
