#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;
namespace moctl {
struct MaintenancePlan;
}

// Runs the real moctl binary (MOCTL_BIN_DIR/moctl) and captures what it printed.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

// Blocks until moctl ends (or `timeoutMs` passes: killed, finished false).
CliResult runMoctl(const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
    const QByteArray &stdinData = {}, int timeoutMs = 60000);
// The same, while this thread's event loop keeps turning: a server of the test (an HttpSink) answers
// moctl meanwhile.
CliResult runMoctlServing(const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
    const QByteArray &stdinData = {}, int timeoutMs = 60000);
// Starts moctl in `process` (for a test that looks at it while it runs, or stops it); false when it
// did not start within 10 s.
bool startMoctl(QProcess &process, const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
QString moctlPath();

// The environment of a moctl run in a test: the system's, with MOCTL_DATA_DIR and MOCTL_PASSWORD (the
// stand-in's password unless another is given).
QProcessEnvironment moctlEnvironment(const QString &dataDir, const QString &password = QStringLiteral("111"));
// Saves `plan` in the plans directory of `dataDir` for moctl to run, replacing a plan of the same name
// (names are unique); the path of its file (empty, with a warning, when it could not be saved).
QString savePlanFile(const QString &dataDir, moctl::MaintenancePlan plan);
// --host H --port P --user U of the stand-in server (TestServer); `user` instead of its user when given.
QStringList standinConnection(const QString &user = {});
