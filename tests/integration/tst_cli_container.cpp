// What moctl needs to run in a container or a Kubernetes CronJob (packaging/kubernetes), against the
// stand-in, with the real moctl binary:
//  - planFromReadOnlyDirectory: run-plan --plan-file from a read-only directory (0555 dir, 0444 file,
//    as a ConfigMap is mounted): the run is ok, the file's bytes and mtime are unchanged and nothing
//    was created in that directory (as root chmod does not stop writes, so this is checked); the lock
//    and the history are in the data directory.
//  - planFileRefusals: a directory, a FIFO, a missing file, a name and --plan-file together.
//  - planFileLockHeld: another process holds the plan's lock: exit 7, nothing sent.
//  - passwordFile / passwordFileRefusals: a 0600 file works (trailing newline stripped); a wrong one
//    is exit 3; a world-readable file, a FIFO, a directory, an empty file and --password-stdin with
//    --password-file are exit 2 and the password is never printed.
//  - passwordNeverInCommandLine: while moctl runs (the stand-in delays mo_ctl), its /proc/<pid>/cmdline
//    and environ do not hold the password.
//  - jsonLogLines: --log-format json: every stdout line is a JSON object with ts, level and event;
//    run.started, one outcome per operation, run.finished, in order; no password anywhere.
//  - jsonLogFailure: a failed run: the outcome is level error, run.finished carries the exit code.
//  - sigtermCancelsTheRun: SIGTERM (a pod being stopped) while a statement hangs on the server: the
//    statement is killed, the run is recorded as cancelled, run.finished says so and moctl exits 4.
#include "clirunner.h"
#include "plan/planstore.h"
#include "schedule/planlock.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestCliContainer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QByteArray m_secret; // the password of the user 'sys:container'
    QString m_readOnlyDir;
    QString m_planPath;
    QString m_planId;

    QString dataDir() const { return m_work.filePath(u"data"_s); }
    QStringList connection(const QString &user = u"sys:container"_s) const
    {
        return QStringList { u"--data-dir"_s, dataDir() } + standinConnection(user);
    }
    static QProcessEnvironment cleanEnv()
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"MOCTL_PASSWORD"_s);
        e.remove(u"MOCTL_DATA_DIR"_s);
        return e;
    }
    QString writeFile(const QString &name, const QByteArray &bytes, QFile::Permissions permissions)
    {
        const QString path = m_work.filePath(name);
        QFile f(path);
        f.remove();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        f.close();
        f.setPermissions(permissions);
        return path;
    }
    static QByteArray procFile(qint64 pid, const char *name)
    {
        QFile file(u"/proc/%1/%2"_s.arg(pid).arg(QString::fromLatin1(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QStringList listing(const QString &dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
    QString ownerOnlyPasswordFile()
    {
        return writeFile(u"password"_s, m_secret + "\n", QFile::ReadOwner | QFile::WriteOwner);
    }
    // moctl flush production_db.users, its password from a file, logging JSON lines.
    QStringList jsonLoggedFlush()
    {
        return connection()
            + QStringList { u"--password-file"_s, ownerOnlyPasswordFile(), u"--log-format"_s, u"json"_s,
                  u"flush"_s, u"production_db.users"_s };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        if (!QFileInfo::exists(moctlPath()))
            return;
        if (!TestServer::instance().isAvailable())
            return;
        // A user whose password is a unique, greppable string (created from its hash, so the setup
        // statements do not carry it).
        TestServer &server = TestServer::instance();
        m_secret = "Kube-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "-pw";
        const QByteArray hash = "*"
            + QCryptographicHash::hash(
                QCryptographicHash::hash(m_secret, QCryptographicHash::Sha1), QCryptographicHash::Sha1)
                  .toHex()
                  .toUpper();
        const QString account = u"'sys:container'@'%'"_s;
        QVERIFY(server.exec(u"CREATE USER IF NOT EXISTS %1 IDENTIFIED BY PASSWORD '%2'"_s.arg(
            account, QString::fromLatin1(hash))));
        QVERIFY(server.exec(
            u"ALTER USER %1 IDENTIFIED BY PASSWORD '%2'"_s.arg(account, QString::fromLatin1(hash))));
        QVERIFY(server.exec(u"GRANT ALL ON *.* TO %1"_s.arg(account)));

        // The plan, as a ConfigMap would hold it: a read-only file in a read-only directory.
        MaintenancePlan plan = MaintenancePlan::create(u"Nightly in Kubernetes"_s);
        PlanTargets targets;
        targets.tables << TableRef::byName(u"production_db"_s, u"users"_s)
                       << TableRef::byName(u"production_db"_s, u"orders"_s);
        plan.steps << PlanStep::flush(targets) << PlanStep::checkpoint();
        m_planId = plan.idString();
        m_readOnlyDir = m_work.filePath(u"configmap"_s);
        QVERIFY(QDir().mkpath(m_readOnlyDir));
        m_planPath = m_readOnlyDir + u"/nightly.moplan.json"_s;
        QString error;
        QVERIFY2(PlanStore::writeFile(plan, m_planPath, &error), qPrintable(error));
        QVERIFY(QFile::setPermissions(
            m_planPath, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther)); // 0444
        QVERIFY(QFile::setPermissions(m_readOnlyDir,
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::ExeOther)); // 0555
    }
    void init()
    {
        REQUIRE_STANDIN();
        if (!QFileInfo::exists(moctlPath()))
            SKIP_OR_FAIL_ON_CI(u"moctl is not built"_s);
        QVERIFY(!m_secret.isEmpty());
        TestServer::instance().reset();
    }
    void cleanup() { TestServer::instance().reset(); }
    void cleanupTestCase()
    {
        // Writable again, so the temporary directory can be removed.
        QFile::setPermissions(m_readOnlyDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void planFromReadOnlyDirectory()
    {
        QFile plan(m_planPath);
        QVERIFY(plan.open(QIODevice::ReadOnly));
        const QByteArray before = plan.readAll();
        plan.close();
        const QDateTime mtime = QFileInfo(m_planPath).lastModified();
        const QStringList entries = listing(m_readOnlyDir);
        QCOMPARE(entries, QStringList { u"nightly.moplan.json"_s });
        const int calls = TestServer::instance().stat(u"calls"_s);

        const CliResult r = runMoctl(connection()
                + QStringList { u"--password-file"_s, ownerOnlyPasswordFile(), u"run-plan"_s,
                    u"--plan-file"_s, m_planPath },
            cleanEnv());
        QVERIFY2(r.finished, "moctl did not finish");
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(
            r.out.contains(u"production_db.users"_s) && r.out.contains(u"checkpoint"_s), qPrintable(r.out));
        QCOMPARE(TestServer::instance().stat(u"calls"_s) - calls, 3); // two flushes and a checkpoint

        // The plan file was only read; nothing was created next to it.
        QVERIFY(plan.open(QIODevice::ReadOnly));
        QCOMPARE(plan.readAll(), before);
        QCOMPARE(QFileInfo(m_planPath).lastModified(), mtime);
        QCOMPARE(listing(m_readOnlyDir), entries);
        QCOMPARE(
            QFileInfo(m_planPath).permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        // The history and the lock directory are in the data directory.
        QVERIFY(QFileInfo::exists(dataDir() + u"/history.sqlite"_s));
        QVERIFY(QFileInfo(dataDir() + u"/locks"_s).isDir());
        QVERIFY(!QFileInfo::exists(PlanLock::pathFor(m_planId, dataDir() + u"/locks"_s))); // released

        // --dry-run prints the statements and sends nothing.
        const CliResult dry = runMoctl(
            connection() + QStringList { u"--dry-run"_s, u"run-plan"_s, u"--plan-file"_s, m_planPath },
            cleanEnv());
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(u"mo_ctl('dn', 'flush', 'production_db.users')"_s), qPrintable(dry.out));
        QCOMPARE(listing(m_readOnlyDir), entries);
    }

    void planFileRefusals()
    {
        const QStringList base
            = connection() + QStringList { u"--password-file"_s, ownerOnlyPasswordFile(), u"run-plan"_s };
        const int calls = TestServer::instance().stat(u"calls"_s);
        // A directory.
        CliResult r = runMoctl(base + QStringList { u"--plan-file"_s, m_readOnlyDir }, cleanEnv());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
        // A FIFO: refused at once, never opened (it would block).
        const QString fifo = m_work.filePath(u"plan.fifo"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QElapsedTimer timer;
        timer.start();
        r = runMoctl(base + QStringList { u"--plan-file"_s, fifo }, cleanEnv(), {}, 10000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(timer.elapsed() < 5000);
        // Missing.
        r = runMoctl(base + QStringList { u"--plan-file"_s, m_work.filePath(u"nothing.json"_s) }, cleanEnv());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        // A name and --plan-file.
        r = runMoctl(base + QStringList { u"Nightly"_s, u"--plan-file"_s, m_planPath }, cleanEnv());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(TestServer::instance().stat(u"calls"_s), calls);
    }

    void planFileLockHeld()
    {
        PlanLock lock(m_planId, dataDir() + u"/locks"_s);
        QVERIFY(lock.tryLock());
        const int calls = TestServer::instance().stat(u"calls"_s);
        const CliResult r = runMoctl(connection()
                + QStringList { u"--password-file"_s, ownerOnlyPasswordFile(), u"run-plan"_s,
                    u"--plan-file"_s, m_planPath },
            cleanEnv());
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains(u"already running"_s), qPrintable(r.err));
        QCOMPARE(TestServer::instance().stat(u"calls"_s), calls);
    }

    void passwordFile()
    {
        // Trailing newline stripped (as `kubectl create secret --from-file` keeps the editor's newline).
        CliResult r = runMoctl(connection()
                + QStringList { u"--password-file"_s, ownerOnlyPasswordFile(), u"flush"_s,
                    u"production_db.users"_s },
            cleanEnv());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // CRLF too; and it wins over MOCTL_PASSWORD.
        const QString crlf = writeFile(u"password-crlf"_s, m_secret + "\r\n", QFile::ReadOwner);
        QProcessEnvironment env = cleanEnv();
        env.insert(u"MOCTL_PASSWORD"_s, u"wrong"_s);
        r = runMoctl(connection() + QStringList { u"--password-file"_s, crlf, u"checkpoint"_s }, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // A wrong password: cannot authenticate (3), and neither password is printed.
        const QString wrong = writeFile(u"password-wrong"_s, "not-" + m_secret + "\n", QFile::ReadOwner);
        r = runMoctl(
            connection() + QStringList { u"--password-file"_s, wrong, u"flush"_s, u"production_db.users"_s },
            cleanEnv());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!(r.out + r.err).contains(QString::fromLatin1(m_secret)));
    }

    void passwordFileRefusals()
    {
        const QString secret = QString::fromLatin1(m_secret);
        const auto refused = [&](const QStringList &args, const QString &expected) {
            const CliResult r
                = runMoctl(connection() + args + QStringList { u"flush"_s, u"production_db.users"_s },
                    cleanEnv(), "stdin-" + m_secret + "\n", 10000);
            QVERIFY2(r.finished, qPrintable(args.join(u' ')));
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + r.out + r.err));
            QVERIFY2(r.err.contains(expected), qPrintable(r.err));
            QVERIFY(!(r.out + r.err).contains(secret));
        };
        const int calls = TestServer::instance().stat(u"calls"_s);
        // Readable by every user (0644).
        const QString open = writeFile(u"password-open"_s, m_secret + "\n",
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        refused({ u"--password-file"_s, open }, u"every user"_s);
        // A FIFO (would block a plain read), a directory, a missing file, an empty file.
        const QString fifo = m_work.filePath(u"password.fifo"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        refused({ u"--password-file"_s, fifo }, u"not a regular file"_s);
        refused({ u"--password-file"_s, m_work.path() }, u"not a regular file"_s);
        refused({ u"--password-file"_s, m_work.filePath(u"missing"_s) }, u"does not exist"_s);
        refused({ u"--password-file"_s, writeFile(u"password-empty"_s, "\n", QFile::ReadOwner) },
            u"holds no password"_s);
        // Two sources.
        refused({ u"--password-stdin"_s, u"--password-file"_s, ownerOnlyPasswordFile() }, u"not both"_s);
        QCOMPARE(TestServer::instance().stat(u"calls"_s), calls);
    }

    void passwordNeverInCommandLine()
    {
        TestServer::instance().setSwitch(u"latency_ms"_s, 2500);
        QProcess moctl;
        QVERIFY(startMoctl(moctl, jsonLoggedFlush(), cleanEnv()));
        const qint64 pid = moctl.processId();
        // Wait until the statement is on its way (the run.started line), then look at the process.
        QTRY_VERIFY_WITH_TIMEOUT(moctl.bytesAvailable() > 0 || moctl.state() != QProcess::Running, 10000);
        QThread::msleep(300);
        const QByteArray cmdline = procFile(pid, "cmdline");
        const QByteArray environ = procFile(pid, "environ");
        QVERIFY2(moctl.state() == QProcess::Running, "moctl ended before it could be looked at");
        QVERIFY2(cmdline.contains("--password-file"), cmdline.constData());
        QVERIFY(!cmdline.contains(m_secret));
        QVERIFY(!environ.contains(m_secret)); // (empty when not readable: it is not dumpable)
        QVERIFY(moctl.waitForFinished(30000));
        QCOMPARE(moctl.exitCode(), 0);
        QVERIFY(!moctl.readAll().contains(m_secret));
    }

    void jsonLogLines()
    {
        const CliResult r = runMoctl(connection()
                + QStringList { u"--password-file"_s, ownerOnlyPasswordFile(), u"--log-format"_s, u"json"_s,
                    u"run-plan"_s, u"--plan-file"_s, m_planPath },
            cleanEnv());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!(r.out + r.err).contains(QString::fromLatin1(m_secret)));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QStringList events;
        QList<QJsonObject> objects;
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(),
                qPrintable(u"not a JSON object: "_s + line));
            const QJsonObject o = doc.object();
            QVERIFY2(QDateTime::fromString(o.value(u"ts"_s).toString(), Qt::ISODateWithMs).isValid(),
                qPrintable(line));
            QVERIFY2(o.value(u"ts"_s).toString().endsWith(u'Z'), qPrintable(line));
            QVERIFY2(
                QStringList({ u"info"_s, u"warning"_s, u"error"_s }).contains(o.value(u"level"_s).toString()),
                qPrintable(line));
            QVERIFY2(line.startsWith(u"{\"ts\":"_s), qPrintable(line)); // ts, level, event first
            events << o.value(u"event"_s).toString();
            objects << o;
        }
        QCOMPARE(events,
            (QStringList { u"run.started"_s, u"outcome"_s, u"outcome"_s, u"outcome"_s, u"run.finished"_s }));
        const qint64 runId = objects.first().value(u"run"_s).toInteger();
        QVERIFY(runId > 0);
        QCOMPARE(objects.first().value(u"plan"_s).toString(), u"Nightly in Kubernetes"_s);
        QCOMPARE(objects.first().value(u"planId"_s).toString(), m_planId);
        QCOMPARE(objects.first().value(u"operations"_s).toInt(), 3);
        QVERIFY(objects.first().value(u"server"_s).toString().contains(u"sys:container@"_s));
        QStringList targets;
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(objects.at(i).value(u"run"_s).toInteger(), runId);
            QCOMPARE(objects.at(i).value(u"status"_s).toString(), u"ok"_s);
            QCOMPARE(objects.at(i).value(u"level"_s).toString(), u"info"_s);
            QVERIFY(objects.at(i).value(u"sql"_s).toString().startsWith(u"SELECT mo_ctl("_s));
            targets << objects.at(i).value(u"target"_s).toString();
        }
        QVERIFY2(targets.contains(u"production_db.users"_s) && targets.contains(u"production_db.orders"_s),
            qPrintable(targets.join(u',')));
        const QJsonObject finished = objects.last();
        QCOMPARE(finished.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(finished.value(u"ok"_s).toInt(), 3);
        QCOMPARE(finished.value(u"exitCode"_s).toInt(), 0);
        QCOMPARE(finished.value(u"level"_s).toString(), u"info"_s);
    }

    void jsonLogFailure()
    {
        TestServer::instance().setSwitch(u"deny"_s, 1);
        const CliResult r = runMoctl(jsonLoggedFlush(), cleanEnv());
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QJsonObject outcome = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(outcome.value(u"event"_s).toString(), u"outcome"_s);
        QCOMPARE(outcome.value(u"level"_s).toString(), u"error"_s);
        QCOMPARE(outcome.value(u"code"_s).toInt(), 20101);
        const QJsonObject finished = QJsonDocument::fromJson(lines.at(2).toUtf8()).object();
        QCOMPARE(finished.value(u"event"_s).toString(), u"run.finished"_s);
        QCOMPARE(finished.value(u"level"_s).toString(), u"error"_s);
        QCOMPARE(finished.value(u"exitCode"_s).toInt(), 1);
        QVERIFY(finished.value(u"message"_s).toString().contains(u"privilege"_s));
    }

    void sigtermCancelsTheRun()
    {
        TestServer &server = TestServer::instance();
        QVERIFY(server.setSwitch(u"hang"_s, 1));
        QProcess moctl;
        QVERIFY(startMoctl(moctl, jsonLoggedFlush(), cleanEnv()));
        QTRY_VERIFY_WITH_TIMEOUT(server.stat(u"in_flight"_s) == 1, 15000);
        QElapsedTimer timer;
        timer.start();
        moctl.terminate(); // SIGTERM
        QVERIFY(moctl.waitForFinished(20000));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(moctl.exitStatus(), QProcess::NormalExit);
        QCOMPARE(moctl.exitCode(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(server.stat(u"in_flight"_s), 0, 5000); // KILL QUERY reached the server
        QVERIFY(server.stat(u"killed"_s) >= 1);
        const QStringList lines
            = QString::fromUtf8(moctl.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        const QJsonObject finished = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(finished.value(u"event"_s).toString(), u"run.finished"_s);
        QCOMPARE(finished.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(finished.value(u"exitCode"_s).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCliContainer)
#include "tst_cli_container.moc"
