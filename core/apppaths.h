#pragma once

#include <QString>

namespace moctl {

// Where profiles, plans and history live. The standard app data location, unless overridden by
// setDataDirectory() (moctl --data-dir) or the MOCTL_DATA_DIR environment variable (tests, demo).
class AppPaths
{
public:
    static QString dataDirectory(); // created on first use
    static void setDataDirectory(const QString &path);
    static QString profilesFile() { return dataDirectory() + QStringLiteral("/profiles.json"); }
    static QString plansDirectory() { return dataDirectory() + QStringLiteral("/plans"); }
    static QString historyFile() { return dataDirectory() + QStringLiteral("/history.sqlite"); }
    static QString locksDirectory() { return dataDirectory() + QStringLiteral("/locks"); }
};

} // namespace moctl
