#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real moctl binary (MOCTL_BIN_DIR/moctl) and captures what it printed.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

CliResult runMoctl(const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
    const QByteArray &stdinData = {}, int timeoutMs = 60000);
QString moctlPath();
