#include "clirunner.h"

#include "plan/planstore.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

CliResult finish(QProcess &process, bool finished)
{
    CliResult result;
    result.finished = finished;
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool startWithInput(
    QProcess &process, const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData)
{
    if (!startMoctl(process, args, env))
        return false;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    return true;
}

} // namespace

QString moctlPath()
{
    return QStringLiteral(MOCTL_BIN_DIR) + u"/moctl"_s;
}

bool startMoctl(QProcess &process, const QStringList &args, const QProcessEnvironment &env)
{
    process.setProcessEnvironment(env);
    process.start(moctlPath(), args);
    return process.waitForStarted(10000);
}

CliResult runMoctl(
    const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData, int timeoutMs)
{
    QProcess process;
    if (!startWithInput(process, args, env, stdinData))
        return {};
    return finish(process, process.waitForFinished(timeoutMs));
}

CliResult runMoctlServing(
    const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData, int timeoutMs)
{
    QProcess process;
    if (!startWithInput(process, args, env, stdinData))
        return {};
    QElapsedTimer waited;
    waited.start();
    while (process.state() != QProcess::NotRunning && waited.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(20);
    }
    return finish(process, process.state() == QProcess::NotRunning);
}

QProcessEnvironment moctlEnvironment(const QString &dataDir, const QString &password)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"MOCTL_DATA_DIR"_s, dataDir);
    e.insert(u"MOCTL_PASSWORD"_s, password);
    return e;
}

QString savePlanFile(const QString &dataDir, moctl::MaintenancePlan plan)
{
    moctl::PlanStore store(dataDir + u"/plans"_s);
    store.load();
    for (const moctl::PlanStore::Entry &e : store.matchingName(plan.name))
        plan.id = e.plan->id;
    QString error;
    if (!store.save(plan, &error)) {
        qWarning() << error;
        return {};
    }
    return store.entry(plan.id)->path;
}

QStringList standinConnection(const QString &user)
{
    const moctl::ConnectionSettings s = TestServer::instance().settings();
    return { u"--host"_s, s.host, u"--port"_s, QString::number(s.port), u"--user"_s,
        user.isEmpty() ? s.user : user };
}
