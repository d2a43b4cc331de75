// Fault suite, GUI side: the GUI is killed (SIGKILL) in the middle of a manual run. The test
// re-launches itself as a child (MOCTL_GUI_CHILD=1, offscreen) that builds the real main window,
// Operations page, History page and history store through moctl-studio's application object, runs a flush
// once to completion and then again with the stand-in's `hang` switch on; the parent kills it while the
// statements hang and checks what the next start finds in the history.
#include "application.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "connection/session.h"
#include "guichild.h"
#include "history/historystore.h"
#include "historyview.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "testserver.h"

#include <csignal>
#include <cstdio>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSocketNotifier>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

constexpr auto childSwitch = "MOCTL_GUI_CHILD";
const QStringList flushedTables { u"production_db.users"_s, u"production_db.orders"_s,
    u"analytics_db.metrics"_s };
const QString profileName = u"GUI kill test"_s;
const QString profileId = u"6f0d3a52-2f2e-4a36-9c0e-0c7b5a1d9e11"_s;

// The child: moctl-studio's application object (app/studio/application.h), with a profile made from
// the environment (host, port, user) and its password from stdin, kept for the session only (no
// keychain). Protocol on stdin, one line each: the password, then "page <parallel flushes>" (click the
// page's Run button) or "toolbar <parallel flushes>" (click Run on the window's toolbar) for each run.
// It reports "started <run id>" and "finished <run id> <status>" on stdout.
int guiChildMain(int argc, char *argv[])
{
    if (!tieToParent("MOCTL_GUI_CHILD_PARENT")) // dies with the test; started by it or not at all
        return 5;
    QApplication app(argc, argv);
    // A last resort if the parent forgets us: no run may hang around for ever.
    QTimer::singleShot(std::chrono::seconds(60), &app, [] { std::_Exit(6); });

    Application::Options options;
    options.trayIcon = false;
    options.keychainService = u"moctl-studio-tst-faults-gui"_s;
    options.moctlProgram = QStringLiteral(MOCTL_BIN_DIR) + u"/moctl"_s;
    Application studio(options); // MOCTL_DATA_DIR/history.sqlite, as the app opens it
    if (!studio.historyOpen()) {
        std::fprintf(stderr, "child: %s\n", qPrintable(studio.history()->errorString()));
        return 2;
    }
    ConnectionProfile profile;
    profile.id = QUuid::fromString(profileId);
    profile.name = profileName;
    profile.host = qEnvironmentVariable("MOCTL_GUI_CHILD_HOST");
    profile.port = qEnvironmentVariableIntValue("MOCTL_GUI_CHILD_PORT");
    profile.setUserName(qEnvironmentVariable("MOCTL_GUI_CHILD_USER"));
    profile.connectTimeoutSec = 5;
    if (QString error; !studio.profileStore()->save(profile, &error)) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 2;
    }
    MainWindow &window = *studio.window();
    OperationsPanel *operations = studio.operationsPanel();
    QObject::connect(operations, &OperationsPanel::runStarted, &app,
        [](qint64 runId) { say("started " + QByteArray::number(runId)); });
    QObject::connect(operations, &OperationsPanel::runFinished, &app, [](const RunSummary &summary) {
        say("finished " + QByteArray::number(summary.runId) + ' ' + runStatusName(summary.status).toUtf8());
    });
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 3;
    window.showPage(MainWindow::Page::Operations);

    // The user types the tables, one per line.
    auto *tables = operations->findChild<QPlainTextEdit *>(u"tables"_s);
    auto *runButton = operations->findChild<QPushButton *>(u"runButton"_s);
    auto *parallel = operations->findChild<QSpinBox *>(u"parallelism"_s);
    auto *toolbar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    auto *runAction = window.findChild<QAction *>(u"actionRun"_s);
    if (!tables || !runButton || !parallel || !toolbar || !runAction || !toolbar->widgetForAction(runAction))
        return 4;
    for (const QString &table : flushedTables) {
        QTest::keyClicks(tables, table);
        QTest::keyClick(tables, Qt::Key_Return);
    }

    QByteArray input;
    bool passwordGiven = false;
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            stdinNotifier.setEnabled(false); // the parent closed its end
            return;
        }
        input.append(buffer, qsizetype(n));
        qsizetype newline;
        while ((newline = input.indexOf('\n')) >= 0) {
            const QByteArray line = input.left(newline);
            input.remove(0, newline + 1);
            if (!passwordGiven) {
                passwordGiven = true;
                // "Remember for this session", then Connect: the session verifies it, then "ready".
                studio.sessionSecrets()->write(profile.idString(), QString::fromUtf8(line), &app,
                    [&studio, &profile](const SecretStore::Result &) { studio.connectProfile(profile.id); });
            } else if (const qsizetype space = line.indexOf(' '); space > 0) {
                parallel->setValue(line.mid(space + 1).toInt()); // "Parallel flushes"
                const QByteArray where = line.left(space);
                if (where == "page") // the page's Run button
                    QTest::mouseClick(runButton, Qt::LeftButton);
                else if (where == "toolbar") // the window's Run action (toolbar, menu, Ctrl+Enter)
                    QTest::mouseClick(toolbar->widgetForAction(runAction), Qt::LeftButton);
                say(operations->isRunning() ? "clicked" : "not-running");
            }
        }
    });
    QObject::connect(studio.session(), &Session::stateChanged, &app, [](Session::State state) {
        if (state == Session::State::Connected)
            say("ready");
        else if (state == Session::State::Failed)
            say("not-connected");
    });
    return app.exec();
}

} // namespace

class TestFaultsGui : public QObject
{
    Q_OBJECT

    QByteArray m_output;

    // Waits for a line of the child's stdout starting with `prefix`; returns it (empty on timeout).
    QByteArray waitForLine(QProcess &child, const QByteArray &prefix, int timeoutMs = 15000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (true) {
            qsizetype newline;
            while ((newline = m_output.indexOf('\n')) >= 0) {
                const QByteArray line = m_output.left(newline);
                m_output.remove(0, newline + 1);
                if (line.startsWith(prefix))
                    return line;
            }
            if (deadline.hasExpired() || child.state() == QProcess::NotRunning)
                return {};
            child.waitForReadyRead(100);
            m_output += child.readAllStandardOutput();
        }
    }

private Q_SLOTS:
    void cleanup()
    {
        if (TestServer::instance().isStandin())
            TestServer::instance().reset(); // hang off, even after a failed check
    }

    void guiKilledMidRunIsInterrupted_data()
    {
        QTest::addColumn<int>("parallel");
        QTest::addColumn<int>("latencyMs");
        // Every flush of the run sent at once, none returning.
        QTest::newRow("all flushes hanging") << 4 << 0;
        // One flush at a time: the first returns (after the latency), the one after it hangs.
        QTest::newRow("one flush done, the next hanging") << 1 << 600;
    }

    void guiKilledMidRunIsInterrupted()
    {
        QFETCH(int, parallel);
        QFETCH(int, latencyMs);
        REQUIRE_STANDIN();
        TestServer &server = TestServer::instance();
        QVERIFY(server.reset());
        QTRY_COMPARE_WITH_TIMEOUT(server.stat(u"in_flight"_s), 0, 10000);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString historyFile = data.filePath(u"history.sqlite"_s);
        const ConnectionSettings s = server.settings();
        const int tableCount = int(flushedTables.size());

        QProcess child;
        ChildGuard guard { child };
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(childSwitch), u"1"_s);
        env.insert(u"MOCTL_GUI_CHILD_PARENT"_s, QString::number(QCoreApplication::applicationPid()));
        env.insert(u"MOCTL_DATA_DIR"_s, data.path());
        env.insert(u"MOCTL_GUI_CHILD_HOST"_s, s.host);
        env.insert(u"MOCTL_GUI_CHILD_PORT"_s, QString::number(s.port));
        env.insert(u"MOCTL_GUI_CHILD_USER"_s, s.user);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_output.clear();
        child.start(QCoreApplication::applicationFilePath(), { u"-platform"_s, u"offscreen"_s });
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QVERIFY(!child.arguments().join(u' ').contains(s.password)); // never on the command line
        child.write(s.password.toUtf8() + '\n'); // the password goes through stdin
        QVERIFY(!waitForLine(child, "ready").isEmpty());
        const QByteArray parallelFlushes = QByteArray::number(parallel);

        // A first run goes through: it must still be there, whole, after the crash.
        child.write("page " + parallelFlushes + '\n');
        QCOMPARE(waitForLine(child, "clicked"), QByteArray("clicked"));
        const QList<QByteArray> first = waitForLine(child, "finished").split(' ');
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.at(2), runStatusName(RunStatus::Ok).toUtf8());
        const qint64 firstRun = first.at(1).toLongLong();

        // The second run: hanging on the server, from the start or after its first flush.
        HistoryStore reader; // another process opening the history meanwhile
        QVERIFY2(reader.open(historyFile), qPrintable(reader.errorString()));
        QCOMPARE(reader.interruptedOnOpen(), 0);
        QVERIFY(server.setSwitch(latencyMs > 0 ? u"latency_ms"_s : u"hang"_s, latencyMs > 0 ? latencyMs : 1));
        child.write("toolbar " + parallelFlushes + '\n');
        QCOMPARE(waitForLine(child, "clicked"), QByteArray("clicked"));
        const QList<QByteArray> started = waitForLine(child, "started").split(' ');
        QCOMPARE(started.size(), 2);
        const qint64 hungRun = started.at(1).toLongLong();
        QVERIFY(hungRun > firstRun);
        if (latencyMs > 0) {
            QTRY_VERIFY_WITH_TIMEOUT(!reader.outcomes(hungRun).isEmpty(), 10000); // the first flush is in
            QVERIFY(server.setSwitch(u"hang"_s, 1));
            // The flush in its latency now (or, had we been slow, the one after it) hangs after it.
            QTest::qWait(latencyMs + 400);
        }
        const int hanging = std::min(parallel, tableCount);
        QTRY_COMPARE_WITH_TIMEOUT(server.stat(u"in_flight"_s), hanging, 15000);
        const int keptOutcomes = int(reader.outcomes(hungRun).size());
        if (latencyMs > 0) // usually 1; 2 only if this process was slower than a flush's latency
            QVERIFY2(keptOutcomes >= 1 && keptOutcomes <= tableCount - 1,
                qPrintable(QString::number(keptOutcomes)));
        else
            QCOMPARE(keptOutcomes, 0);
        {
            // Opened while the GUI runs: the live run is left alone.
            HistoryStore second;
            QVERIFY2(second.open(historyFile), qPrintable(second.errorString()));
            QCOMPARE(second.interruptedOnOpen(), 0);
            const QList<RunRecord> runs = second.runs();
            QCOMPARE(runs.size(), 2);
            const RunRecord &live = runs.first();
            QCOMPARE(live.id, hungRun);
            QCOMPARE(live.status, RunStatus::Running);
            QCOMPARE(live.pid, child.processId());
            QCOMPARE(live.trigger, RunTrigger::Manual);
            QVERIFY(!live.finished.isValid());
        }
        reader.close();

        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000)); // reaped: the pid is gone
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(waitForLine(child, "finished").isEmpty()); // it never finished the run itself
        QVERIFY(server.setSwitch(u"hang"_s, 0));

        // The next start.
        HistoryStore store;
        QVERIFY2(store.open(historyFile), qPrintable(store.errorString()));
        QCOMPARE(store.interruptedOnOpen(), 1);
        QCOMPARE(store.integrityCheck(), u"ok"_s);
        const QList<RunRecord> runs = store.runs();
        QCOMPARE(runs.size(), 2);
        const RunRecord &hung = runs.at(0);
        QCOMPARE(hung.id, hungRun);
        QCOMPARE(hung.status, RunStatus::Interrupted);
        QCOMPARE(hung.trigger, RunTrigger::Manual);
        QCOMPARE(hung.profileId, profileId);
        QCOMPARE(hung.profileName, profileName);
        QCOMPARE(hung.operations, tableCount);
        QVERIFY(!hung.error.isEmpty());
        // Every outcome recorded before the kill is kept; the run ends where its last outcome ended.
        const QList<Outcome> kept = store.outcomes(hung.id);
        QCOMPARE(int(kept.size()), keptOutcomes);
        QCOMPARE(hung.ok, keptOutcomes);
        QVERIFY(hung.finished.isValid());
        QDateTime lastEnd = hung.started;
        for (const Outcome &o : kept) {
            QCOMPARE(o.status, OutcomeStatus::Ok);
            lastEnd = std::max(lastEnd, o.started.addMSecs(o.durationMs));
        }
        QCOMPARE(hung.finished, lastEnd);
        const RunRecord &done = runs.at(1);
        QCOMPARE(done.id, firstRun);
        QCOMPARE(done.status, RunStatus::Ok);
        QCOMPARE(done.trigger, RunTrigger::Manual);
        QCOMPARE(done.ok, tableCount);
        const QList<Outcome> outcomes = store.outcomes(done.id);
        QCOMPARE(int(outcomes.size()), tableCount);
        for (const Outcome &o : outcomes)
            QCOMPARE(o.status, OutcomeStatus::Ok);
        // Opening it again finds nothing more to mark.
        HistoryStore again;
        QVERIFY(again.open(historyFile));
        QCOMPARE(again.interruptedOnOpen(), 0);

        // The hung statements of the dead GUI end on the server once the hang is lifted.
        QTRY_COMPARE_WITH_TIMEOUT(server.stat(u"in_flight"_s), 0, 10000);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIntValue(childSwitch) == 1)
        return guiChildMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestFaultsGui test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faults_gui.moc"
