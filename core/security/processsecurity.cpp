#include "processsecurity.h"

#include "platform/process.h"

#include <memory>
#include <mutex>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

std::once_flag s_pluginOnce;
QString s_pluginDir;

// Where libmariadb looks for its plugins when nothing overrides it (Debian/Ubuntu multiarch, Fedora,
// a local build, Homebrew).
QStringList defaultPluginDirectories()
{
    QStringList dirs;
    const QDir usrLib(u"/usr/lib"_s);
    for (const QString &triplet : usrLib.entryList({ u"*-linux-gnu*"_s }, QDir::Dirs))
        dirs << usrLib.filePath(triplet + u"/libmariadb3/plugin"_s);
    dirs << u"/usr/lib/libmariadb3/plugin"_s << u"/usr/lib64/mariadb/plugin"_s << u"/usr/lib/mariadb/plugin"_s
         << u"/usr/local/lib/mariadb/plugin"_s << u"/opt/homebrew/lib/mariadb/plugin"_s;
    return dirs;
}

void setUpPluginDirectory()
{
    // A private directory (0700, removed at exit) with links to the plugins that never send the
    // password in clear. mysql_clear_password and dialog are never linked, so a server's switch to
    // them fails with "Plugin ... could not be loaded" and the password is not sent.
    static std::unique_ptr<QTemporaryDir> dir;
    dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/moctl-plugins-XXXXXX"_s);
    if (!dir->isValid()) {
        // Still better than the default directory: a path that holds no plugin at all.
        s_pluginDir = u"/nonexistent/moctl-no-plugins"_s;
    } else {
        s_pluginDir = dir->path();
#if defined(Q_OS_WIN)
        const QString suffix
            = u".dll"_s; // Windows: the plugin directory is not searched here, so only
                         // the built-in mysql_native_password remains: still never clear text
#else
        const QString suffix = u".so"_s;
#endif
        QStringList safe;
        for (const char16_t *name : { u"caching_sha2_password", u"sha256_password", u"client_ed25519" })
            safe << QString::fromUtf16(name) + suffix;
        for (const QString &source : defaultPluginDirectories()) {
            if (!QFileInfo(source).isDir())
                continue;
            for (const QString &plugin : safe) {
                const QString from = source + u'/' + plugin;
                const QString to = s_pluginDir + u'/' + plugin;
                if (QFileInfo(from).isFile() && !QFileInfo::exists(to))
                    QFile::link(from, to);
            }
        }
    }
    qputenv("MARIADB_PLUGIN_DIR", QFile::encodeName(s_pluginDir));
    // Plugins named here are loaded when the library starts, by path if one is given: none.
    qunsetenv("LIBMYSQL_PLUGINS");
}

} // namespace

void restrictAuthPlugins()
{
    std::call_once(s_pluginOnce, setUpPluginDirectory);
}

QString restrictedPluginDirectory()
{
    return s_pluginDir;
}

bool makeNotDumpable()
{
    return platform::makeNotDumpable();
}

int dumpableState()
{
    return platform::dumpableState();
}

void hardenProcess()
{
    makeNotDumpable();
    restrictAuthPlugins();
}

// fill() writes in place when this string is the only owner of its characters; a copy still shared
// with another QString is detached first, so only the copies Qt lets us reach are overwritten.
void wipe(QString &secret)
{
    secret.fill(u'\0');
    secret.clear();
}

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace moctl
