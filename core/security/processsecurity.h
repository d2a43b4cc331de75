#pragma once

#include <QString>

namespace moctl {

// Process-wide protections for a process that may hold a password. Call hardenProcess() first thing in
// every executable's main() (moctl and moctl-studio); the connection factory calls
// restrictAuthPlugins() again before its first connection, so a process that forgot is still covered.
//
// * Not dumpable (Linux: prctl(PR_SET_DUMPABLE, 0)): no core file, and other processes of the same user
//   cannot ptrace it or read /proc/<pid>/mem. Elsewhere a no-op: macOS and Windows do not write core
//   files of a user's process by default.
// * No password in clear: MariaDB Connector/C loads `mysql_clear_password` and `dialog` (PAM), both of
//   which send the password as it is, from its plugin directory, and lets any server switch to them.
//   Qt 6.4's QMYSQL cannot set MARIADB_OPT_RESTRICTED_AUTH, but the library reads MARIADB_PLUGIN_DIR when
//   it first loads a plugin: it is pointed at a private directory that holds only the plugins that never
//   send the password in clear (caching_sha2_password, sha256_password, client_ed25519; the native one is
//   built in). The variable is process-wide and a loaded plugin stays loaded, so clear text cannot be
//   allowed for TLS connections only: it is refused always.
void hardenProcess();

// Points MARIADB_PLUGIN_DIR at the private plugin directory (once per process; thread-safe).
void restrictAuthPlugins();
// The directory restrictAuthPlugins() chose (empty before).
QString restrictedPluginDirectory();

// Linux: prctl(PR_SET_DUMPABLE, 0). Returns false when the system refused.
bool makeNotDumpable();
// Linux: prctl(PR_GET_DUMPABLE); -1 elsewhere.
int dumpableState();

// Overwrites a password's characters before the string is released (QString/QByteArray do not).
void wipe(QString &secret);
void wipe(QByteArray &secret);

} // namespace moctl
