#pragma once

#include "runner/runtypes.h"

#include <QString>

namespace moctl {

// Preferences shared by the GUI and moctl, kept in QSettings (never secrets).
struct Preferences
{
    QString language; // empty = follow the system; "en", "zh_CN"
    bool keepRunningInTray = true; // closing the window keeps schedules running in the tray
    ExecutionOptions defaults; // default parallelism, timeout, retries for new steps and ad-hoc runs
    int historyKeepDays = 90; // 0 = keep forever
    int historyKeepRuns = 100000; // 0 = no limit
    // Where the history lives (HistoryLocation::parse): empty = the local file; "mysql://user@host:port/db"
    // = a shared database (its password in the keychain, key HistoryLocation::secretKey()). moctl uses it
    // too when neither --history nor MOCTL_HISTORY is given.
    QString historyLocation;

    static Preferences load();
    void save() const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

// Loads the translation for `language` (empty = system locale) from :/i18n into the application, and
// makes QLocale() that language's (numbers and dates).
// Returns the language actually loaded ("en" when none matched).
QString installTranslations(const QString &language);

} // namespace moctl
