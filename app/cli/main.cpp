// moctl: the headless command. All behaviour lives in mo_core (cli/).
#include "cli/cli.h"
#include "moctl_version.h"
#include "security/processsecurity.h"
#include "settings/preferences.h"

#include <cstdio>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    moctl::hardenProcess(); // not dumpable; never a clear-text password (before any connection)
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral(MOCTL_ORGANIZATION_NAME));
    QCoreApplication::setApplicationName(QStringLiteral(MOCTL_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOCTL_VERSION_STRING));

    moctl::installTranslations(moctl::Preferences::load().language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto readStdin = [] {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return QString();
        QByteArray bytes = in.readAll(); // may be a password
        const QString text = QString::fromUtf8(bytes);
        moctl::wipe(bytes);
        return text;
    };
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return moctl::cli::run(args, out, err, readStdin);
}
