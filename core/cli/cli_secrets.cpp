// --password-file FILE: the password from a file (a Kubernetes Secret mounted as a file, a systemd
// credential, a file only its owner reads). The same reader will serve --history-password-file.
#include "cli_commands.h"
#include "security/processsecurity.h"
#include "security/textsafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {
constexpr qint64 MaxPasswordFileBytes = 64 * 1024;
}

std::optional<QString> readPasswordFile(const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString shown = QDir::toNativeSeparators(path);
    // A FIFO, a device or a directory is refused before anything is read (readRegularFile).
    std::optional<QByteArray> bytes = readRegularFile(path, MaxPasswordFileBytes, error);
    if (!bytes)
        return std::nullopt;
#if !defined(Q_OS_WIN)
    // Like ssh with a private key: a password every user of the machine can read is refused. QFileInfo
    // follows links, so a Kubernetes Secret (a link into ..data/) is judged by the file it points to.
    if (QFileInfo(path).permissions() & QFileDevice::ReadOther) {
        wipe(*bytes);
        return fail(QCoreApplication::translate("moctl::cli",
            "%1 can be read by every user of this machine; it "
            "was not used (chmod o-r it; in Kubernetes give the "
            "Secret volume defaultMode 0440 and the pod an fsGroup).")
                        .arg(shown));
    }
#endif
    QString password = QString::fromUtf8(*bytes);
    wipe(*bytes);
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        return fail(QCoreApplication::translate("moctl::cli", "%1 holds no password.").arg(shown));
    return password;
}

} // namespace moctl::cli
