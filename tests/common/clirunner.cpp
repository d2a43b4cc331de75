#include "clirunner.h"

#include <QProcess>

using namespace Qt::StringLiterals;

QString moctlPath()
{
    return QStringLiteral(MOCTL_BIN_DIR) + u"/moctl"_s;
}

CliResult runMoctl(
    const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(moctlPath(), args);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
