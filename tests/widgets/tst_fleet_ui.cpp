// The fleet GUI against the stand-in: profile tags in the editor and the Profiles filter, a fleet target
// in the plan editor (round trip through the plan file, undo, the resolved profiles), a fleet Run now
// through the application (the production confirmation lists the production clusters; a cluster with
// a wrong password fails only its row of the cluster × step matrix), the matrix again from History,
// and the webhook a Run now posts to a real local HTTP server (and a failed post shown in the status
// bar). The matrix model passes QAbstractItemModelTester. With MOCTL_SCREENSHOT_DIR set, the matrix is
// saved there as fleet-matrix.png.
#include "application.h"
#include "connection/profileselector.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "fleetmatrixdialog.h"
#include "fleetmatrixmodel.h"
#include "history/historystore.h"
#include "historyrunsmodel.h"
#include "historyview.h"
#include "httpsink.h"
#include "mainwindow.h"
#include "notify/notification.h"
#include "notify/runnotifier.h"
#include "plan/planstore.h"
#include "planeditor.h"
#include "planfleetrun.h"
#include "profileeditordialog.h"
#include "profiletreemodel.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

using CellState = FleetMatrixModel::CellState;

Outcome outcome(int stepIndex, OutcomeStatus status, const QString &target, const QString &message = {})
{
    Outcome o;
    o.stepIndex = stepIndex;
    o.status = status;
    o.target = target;
    o.operation = target.contains(u'.')
        ? Operation::flush(TableRef { target.section(u'.', 0, 0), target.section(u'.', 1), {}, {} })
        : Operation::checkpoint();
    if (!message.isEmpty())
        o.error = MoError::fromServer(20101, message);
    return o;
}

} // namespace

class TestFleetUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QTemporaryDir m_settings;
    std::unique_ptr<Application> m_app;

    Application &app() { return *m_app; }

    ConnectionProfile addProfile(
        const QString &name, const QString &password, const QStringList &tags, const QString &colour = {})
    {
        const ConnectionSettings s = TestServer::instance().settings();
        ConnectionProfile p;
        p.name = name;
        p.host = s.host.isEmpty() ? u"127.0.0.1"_s : s.host;
        p.port = s.port > 0 ? s.port : 6001;
        p.setUserName(s.user.isEmpty() ? u"root"_s : s.user);
        p.tlsMode = s.tlsMode;
        p.connectTimeoutSec = 5;
        p.tags = tags;
        p.colour = colour;
        QString error;
        if (!app().profileStore()->save(p, &error))
            qWarning("%s", qPrintable(error));
        app().sessionSecrets()->writeBlocking(p.idString(), password);
        return p;
    }

    MaintenancePlan savePlan(MaintenancePlan plan)
    {
        PlanStore store(app().plansDirectory());
        store.load();
        QString error;
        if (!store.save(plan, &error))
            qWarning("%s", qPrintable(error));
        app().planEditor()->refresh();
        return plan;
    }

    // Answers the next modal widget called `name` by clicking its child `button`; its text to *text.
    static void answerModal(const QString &name, const QString &button, QString *text, bool *seen)
    {
        auto *poll = new QTimer(qApp);
        auto tries = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, qApp, [=] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != name) {
                if (++*tries > 1500)
                    poll->deleteLater();
                return;
            }
            poll->stop();
            poll->deleteLater();
            *seen = true;
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                *text = box->text();
            if (auto *b = modal->findChild<QAbstractButton *>(button))
                b->click();
        });
        poll->start(20);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_settings.isValid());
        qputenv("MOCTL_DATA_DIR", m_data.path().toUtf8());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(u"moctl-test"_s);
        QCoreApplication::setApplicationName(u"tst_fleet_ui"_s);
    }

    void init()
    {
        Application::Options options;
        options.trayIcon = false;
        options.startScheduler = false;
        options.keychainService = u"moctl-studio-tst-fleet-ui"_s;
        options.moctlProgram = QStringLiteral(MOCTL_BIN_DIR) + u"/moctl"_s;
        m_app = std::make_unique<Application>(options);
        QVERIFY(app().historyOpen());
    }

    void cleanup()
    {
        m_app.reset();
        QFile::remove(m_data.filePath(u"profiles.json"_s));
        QDir(m_data.filePath(u"plans"_s)).removeRecursively();
    }

    void matrixModelLive()
    {
        FleetMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunRequest request;
        RunStep flush;
        flush.label = u"Flush the big ones"_s;
        flush.operations << Operation::flush(TableRef { u"db"_s, u"a"_s, {}, {} })
                         << Operation::flush(TableRef { u"db"_s, u"b"_s, {}, {} });
        RunStep wait;
        wait.kind = RunStep::Kind::Wait;
        RunStep checkpoint;
        checkpoint.operations << Operation::checkpoint();
        request.steps << flush << wait << checkpoint;
        const QList<FleetMatrixModel::StepColumn> columns = FleetMatrixModel::columnsFor(request);
        QCOMPARE(columns.size(), 2); // the pause has no outcomes
        QCOMPARE(columns.at(1).stepIndex, 2);
        const QList<int> expected = FleetMatrixModel::expectedFor(request, columns);
        QCOMPARE(expected, (QList<int> { 2, 1 }));
        model.start(u"f1"_s, columns,
            { { u"id-a"_s, u"alpha"_s, u"h:1"_s, expected }, { u"id-b"_s, u"beta"_s, u"h:2"_s, expected } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"alpha"_s);
        QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(u"Flush"_s));
        QCOMPARE(model.cellState(0, 1), CellState::Waiting);

        model.memberStarted(0, 11);
        QCOMPARE(model.cellState(0, 1), CellState::Running);
        QCOMPARE(model.cellState(0, 2), CellState::Waiting);
        model.addOutcome(0, outcome(0, OutcomeStatus::Ok, u"db.a"_s));
        QCOMPARE(model.cellState(0, 1), CellState::Running);
        QCOMPARE(model.index(0, 1).data().toString(), u"Running 1/2"_s);
        model.addOutcome(0, outcome(0, OutcomeStatus::Failed, u"db.b"_s, u"no such table db.b"_s));
        QCOMPARE(model.cellState(0, 1), CellState::Partial);
        QCOMPARE(model.cellState(0, 2), CellState::Running);
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(u"no such table db.b"_s));
        QVERIFY(model.index(0, 1).data(Qt::BackgroundRole).value<QColor>().isValid());
        model.addOutcome(0, outcome(2, OutcomeStatus::Ok, u"checkpoint"_s));
        RunSummary a;
        a.runId = 11;
        a.status = RunStatus::Partial;
        a.ok = 2;
        a.failed = 1;
        model.memberFinished(0, a);
        QCOMPARE(model.cellState(0, 2), CellState::Ok);
        QCOMPARE(model.memberStatus(0), std::optional(RunStatus::Partial));
        QCOMPARE(model.index(0, 0).data(FleetMatrixModel::RunIdRole).toLongLong(), 11);

        // beta never got going: its steps were not run; the reason is in the tooltip.
        RunSummary b;
        b.runId = 12;
        b.status = RunStatus::Failed;
        b.failed = 1;
        b.firstError = MoError(MoError::Kind::Authentication, 1045, u"Access denied for user"_s);
        model.memberFinished(1, b);
        QCOMPARE(model.cellState(1, 1), CellState::NotRun);
        QVERIFY(model.index(1, 1).data(Qt::ToolTipRole).toString().contains(u"Access denied"_s));
        QVERIFY(model.index(1, 0).data().toString().startsWith(runStatusTitle(RunStatus::Failed)));
        QVERIFY2(model.summaryText().contains(u"2 cluster"_s), qPrintable(model.summaryText()));
    }

    void matrixModelFromSnapshot()
    {
        FleetMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FleetMatrixModel::Snapshot snapshot;
        snapshot.fleetId = u"f2"_s;
        RunRecord zed;
        zed.id = 5;
        zed.profileName = u"zed"_s;
        zed.status = RunStatus::Ok;
        RunRecord amy;
        amy.id = 6;
        amy.profileName = u"amy"_s;
        amy.status = RunStatus::Failed;
        snapshot.runs << zed << amy;
        snapshot.outcomes.insert(
            5, { outcome(0, OutcomeStatus::Ok, u"d.t"_s), outcome(1, OutcomeStatus::Ok, u"c"_s) });
        snapshot.outcomes.insert(6,
            { outcome(0, OutcomeStatus::Timeout, u"d.t"_s),
                outcome(1, OutcomeStatus::NotAttempted, u"c"_s) });
        model.load(snapshot);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"amy"_s); // by name
        QCOMPARE(model.cellState(0, 1), CellState::TimedOut);
        QCOMPARE(model.cellState(0, 2), CellState::NotRun);
        QCOMPARE(model.cellState(1, 1), CellState::Ok);
        QCOMPARE(model.cellState(1, 2), CellState::Ok);
        model.load({}); // and empty again
        QCOMPARE(model.rowCount(), 0);
    }

    void profileTags()
    {
        ConnectionProfile p;
        p.name = u"tagged"_s;
        MemorySecretStore secrets;
        ProfileEditorDialog dialog(p, &secrets);
        auto *tags = dialog.findChild<QLineEdit *>(u"tags"_s);
        QVERIFY(tags);
        QVERIFY(!tags->accessibleName().isEmpty());
        tags->setText(u" eu, tier-1 , EU,, "_s);
        QCOMPARE(dialog.profile().tags, (QStringList { u"eu"_s, u"tier-1"_s }));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        tags->setText(u"eu, a:b"_s);
        QVERIFY(!save->isEnabled()); // ':' is refused, with a reason
        tags->setText(u"eu"_s);
        QVERIFY(save->isEnabled());

        // The Profiles panel: the tags in the tooltip and the address column; the filter finds tag:eu.
        p.tags = { u"eu"_s };
        QString error;
        QVERIFY2(app().profileStore()->save(p, &error), qPrintable(error));
        ConnectionProfile other;
        other.name = u"untagged"_s;
        QVERIFY(app().profileStore()->save(other, &error));
        ProfileTreeModel tree(app().profileStore());
        const QModelIndex index = tree.indexOf(p.id);
        QVERIFY(index.isValid());
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"eu"_s));
        QVERIFY(index.siblingAtColumn(ProfileTreeModel::AddressColumn).data().toString().contains(u"[eu]"_s));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&tree);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterRole(ProfileTreeModel::FilterTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(u"tag:eu"_s);
        int profiles = 0;
        for (int g = 0; g < proxy.rowCount(); ++g)
            profiles += proxy.rowCount(proxy.index(g, 0));
        QCOMPARE(profiles, 1);
    }

    void planEditorFleetTarget()
    {
        addProfile(u"fleet-b"_s, u"x"_s, { u"fleettest"_s });
        addProfile(u"fleet-a"_s, u"x"_s, { u"fleettest"_s, u"eu"_s });
        ConnectionProfile grouped = addProfile(u"solo"_s, u"x"_s, {});
        grouped.group = u"lonely"_s;
        QString error;
        QVERIFY(app().profileStore()->save(grouped, &error));
        MaintenancePlan plan = MaintenancePlan::create(u"Fleet edit"_s);
        plan.steps << PlanStep::checkpoint();
        savePlan(plan);
        PlanEditor *editor = app().planEditor();
        QVERIFY(editor->openPlan(plan.id));
        auto *kind = editor->findChild<QComboBox *>(u"planTargetKind"_s);
        auto *value = editor->findChild<QComboBox *>(u"planTargetValue"_s);
        auto *preview = editor->findChild<QLabel *>(u"planTargetPreview"_s);
        QVERIFY(kind && value && preview);
        QVERIFY(!editor->isModified());
        QVERIFY(!value->isVisibleTo(editor));

        // A tag: the combo offers the profiles' tags; the preview names what it resolves to now.
        kind->setCurrentIndex(kind->findData(int(ProfileSelector::Kind::Tag)));
        Q_EMIT kind->activated(kind->currentIndex());
        QVERIFY(value->isVisibleTo(editor));
        QVERIFY(value->findText(u"fleettest"_s) >= 0);
        QVERIFY(value->findText(u"eu"_s) >= 0);
        value->setCurrentIndex(value->findText(u"fleettest"_s));
        Q_EMIT value->activated(value->currentIndex());
        QCOMPARE(editor->plan().profiles, u"tag:fleettest"_s);
        QVERIFY(editor->isModified());
        QVERIFY2(preview->accessibleName().contains(u"2 profile"_s)
                && preview->accessibleName().contains(u": fleet-a, fleet-b"_s),
            qPrintable(preview->accessibleName()));

        // A group with one profile, then a tag nobody has: the preview says so.
        kind->setCurrentIndex(kind->findData(int(ProfileSelector::Kind::Group)));
        Q_EMIT kind->activated(kind->currentIndex());
        QCOMPARE(editor->plan().profiles, u"group:lonely"_s);
        QVERIFY(preview->accessibleName().contains(u"solo"_s));
        kind->setCurrentIndex(kind->findData(int(ProfileSelector::Kind::Tag)));
        Q_EMIT kind->activated(kind->currentIndex());
        value->setEditText(u"nobody-has-it"_s);
        Q_EMIT value->lineEdit()->editingFinished();
        QCOMPARE(editor->plan().profiles, u"tag:nobody-has-it"_s);
        QVERIFY(!preview->accessibleName().contains(u"profiles:"_s));
        QVERIFY(!preview->accessibleName().isEmpty());

        // Undo goes back step by step; the saved file keeps the target, reopening shows it.
        editor->undoStack()->undo();
        QCOMPARE(editor->plan().profiles, u"tag:eu"_s); // the kind's first tag before the typed one
        kind->setCurrentIndex(kind->findData(int(ProfileSelector::Kind::All)));
        Q_EMIT kind->activated(kind->currentIndex());
        QCOMPARE(editor->plan().profiles, u"all"_s);
        QVERIFY(preview->accessibleName().startsWith(u"3 profile"_s));
        if (const QString shots = qEnvironmentVariable("MOCTL_SCREENSHOT_DIR"); !shots.isEmpty()) {
            app().window()->resize(1024, 700);
            app().window()->show();
            app().window()->showPage(MainWindow::Page::Plans);
            QTest::qWait(200);
            QVERIFY(app().window()->grab().save(shots + u"/fleet-plan-target.png"_s));
            QVERIFY(preview->height() >= preview->fontMetrics().lineSpacing()); // not cut by the form
        }
        QVERIFY(editor->save());
        QVERIFY(!editor->isModified());
        PlanStore store(app().plansDirectory());
        store.load();
        QCOMPARE(store.entry(plan.id)->plan->profiles, u"all"_s);
        kind->setCurrentIndex(kind->findData(int(ProfileSelector::Kind::None)));
        Q_EMIT kind->activated(kind->currentIndex());
        QVERIFY(editor->plan().profiles.isEmpty());
        QVERIFY(editor->isModified());
        editor->undoStack()->undo();
        QVERIFY(!editor->isModified()); // back to the saved state
        QCOMPARE(kind->currentData().toInt(), int(ProfileSelector::Kind::All));
    }

    void fleetRunFromGui()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().reset());
        const QString password = TestServer::instance().settings().password;
        addProfile(u"fleet-a"_s, password, { u"fleettest"_s }, ConnectionProfile::productionColour());
        addProfile(u"fleet-b"_s, password, { u"fleettest"_s });
        addProfile(u"fleet-c"_s, u"wrong-password"_s, { u"fleettest"_s });
        addProfile(u"elsewhere"_s, password, {});
        HttpSink sink;
        QVERIFY(sink.listen());
        MaintenancePlan plan = MaintenancePlan::create(u"Fleet flush"_s);
        plan.profiles = u"tag:fleettest"_s;
        PlanStep flush = PlanStep::flush();
        flush.targets.tables << TableRef { u"production_db"_s, u"orders"_s, {}, {} }
                             << TableRef { u"production_db"_s, u"users"_s, {}, {} };
        plan.steps << flush << PlanStep::checkpoint() << PlanStep::globalCheckpoint();
        plan.notifications = { NotifyWhen::Always, true, WebhookPreset::Json, true };
        QVERIFY(
            app().keychain()->writeBlocking(webhookSecretKey(plan.idString()), sink.url(u"/fleet"_s)).ok());
        savePlan(plan);
        PlanEditor *editor = app().planEditor();
        QVERIFY(editor->openPlan(plan.id));

        // The production cluster is named in the one question, the others after it.
        bool seen = false;
        QString text;
        answerModal(u"confirmRun"_s, u"confirmRunYes"_s, &text, &seen);
        QSignalSpy finished(editor, &PlanEditor::fleetRunFinished);
        editor->run();
        const bool ended = finished.wait(60000);
        QVERIFY2(ended, qPrintable(editor->findChild<QPlainTextEdit *>(u"runLog"_s)->toPlainText()));
        QVERIFY(seen);
        QVERIFY2(text.contains(u"fleet-a"_s) && text.contains(u"3 cluster"_s), qPrintable(text));
        QVERIFY2(text.contains(u"flush 2 table"_s), qPrintable(text));
        QVERIFY2(text.contains(u"fleet-b"_s) && text.contains(u"fleet-c"_s), qPrintable(text));
        const FleetSummary summary = finished.at(0).at(0).value<FleetSummary>();
        QCOMPARE(summary.members.size(), 3);
        QCOMPARE(summary.status(), RunStatus::Partial);
        // Only the two clusters with the right password were sent anything.
        QCOMPARE(TestServer::instance().stat(u"flush"_s), 4);

        // The matrix filled live: a row per cluster in name order, the wrong password fails only its row.
        FleetMatrixDialog *dialog = editor->fleetMatrix();
        QVERIFY(dialog && dialog->isVisible());
        FleetMatrixModel *matrix = dialog->model();
        QAbstractItemModelTester tester(matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(matrix->rowCount(), 3);
        QCOMPARE(matrix->stepCount(), 3);
        QCOMPARE(matrix->headerData(2, Qt::Vertical).toString(), u"fleet-c"_s);
        QCOMPARE(matrix->memberStatus(0), std::optional(RunStatus::Ok));
        QCOMPARE(matrix->memberStatus(1), std::optional(RunStatus::Ok));
        QCOMPARE(matrix->memberStatus(2), std::optional(RunStatus::Failed));
        for (int row : { 0, 1 }) {
            QCOMPARE(matrix->cellState(row, 1), CellState::Ok);
            QCOMPARE(matrix->cellState(row, 2), CellState::Ok);
            QCOMPARE(matrix->cellState(row, 3), CellState::Ok);
        }
        QVERIFY(matrix->index(0, 1).data().toString().contains(u"2"_s)); // two tables flushed
        for (int column : { 1, 2, 3 })
            QCOMPARE(matrix->cellState(2, column), CellState::NotRun);
        const QString why = matrix->index(2, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(u"denied"_s, Qt::CaseInsensitive), qPrintable(why));
        QVERIFY(!dialog->cancelButton()->isVisible());
        dialog->table()->setCurrentIndex(matrix->index(2, 1));
        QVERIFY(dialog->details()->toPlainText().contains(u"fleet-c"_s));
        const QString shots = qEnvironmentVariable("MOCTL_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog->table()->setCurrentIndex(matrix->index(2, 0));
            QTest::qWait(200);
            QVERIFY(dialog->grab().save(shots + u"/fleet-matrix.png"_s));
        }

        // The webhook, from the GUI: each cluster's run is told as a run of its own (as moctl run-plan does).
        QTRY_COMPARE_WITH_TIMEOUT(sink.requests().size(), 3, 15000);
        QMap<QString, QString> statusByProfile;
        for (const HttpSink::Request &post : sink.requests()) {
            const QJsonObject notice = QJsonDocument::fromJson(post.body).object();
            QCOMPARE(notice.value(u"plan"_s).toString(), u"Fleet flush"_s);
            statusByProfile.insert(
                notice.value(u"profile"_s).toString(), notice.value(u"status"_s).toString());
        }
        QCOMPARE(statusByProfile.value(u"fleet-a"_s), runStatusName(RunStatus::Ok));
        QCOMPARE(statusByProfile.value(u"fleet-b"_s), runStatusName(RunStatus::Ok));
        QCOMPARE(statusByProfile.value(u"fleet-c"_s), runStatusName(RunStatus::Failed));

        // History: the three runs share the fleet id; the History page opens the same matrix.
        RunFilter filter;
        filter.fleetId = summary.fleetId;
        const QList<RunRecord> runs = app().history()->runs(filter);
        QCOMPARE(runs.size(), 3);
        HistoryView *history = app().historyView();
        history->setFleetFilter(summary.fleetId);
        QTRY_COMPARE(history->model()->rowCount(), 3);
        QVERIFY(
            history->model()->index(0, HistoryRunsModel::PlanColumn).data().toString().contains(u"fleet"_s));
        history->selectRun(runs.first().id);
        auto *matrixButton = history->findChild<QPushButton *>(u"showFleetMatrix"_s);
        QVERIFY(matrixButton && matrixButton->isEnabled());
        FleetMatrixDialog *past = history->showFleetMatrix();
        QVERIFY(past);
        QSignalSpy loaded(past, &FleetMatrixDialog::loaded);
        QVERIFY(loaded.wait(10000) || !past->isLoading());
        FleetMatrixModel *pastMatrix = past->model();
        QAbstractItemModelTester pastTester(
            pastMatrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pastMatrix->rowCount(), 3);
        QCOMPARE(pastMatrix->fleetId(), summary.fleetId);
        QCOMPARE(pastMatrix->memberStatus(2), std::optional(RunStatus::Failed));
        QCOMPARE(pastMatrix->cellState(0, 1), CellState::Ok);
        QCOMPARE(pastMatrix->cellState(1, 2), CellState::Ok);
        past->close();
        history->setFleetFilter({});
    }

    void runNowPostsWebhook()
    {
        REQUIRE_STANDIN();
        QVERIFY(TestServer::instance().reset());
        const ConnectionProfile p = addProfile(u"single"_s, TestServer::instance().settings().password, {});
        HttpSink sink;
        QVERIFY(sink.listen());
        MaintenancePlan plan = MaintenancePlan::create(u"Webhook plan"_s);
        plan.profileId = p.idString();
        plan.steps << PlanStep::checkpoint();
        plan.notifications = { NotifyWhen::Always, true, WebhookPreset::Slack, false };
        QVERIFY(
            app().keychain()->writeBlocking(webhookSecretKey(plan.idString()), sink.url(u"/hook"_s)).ok());
        savePlan(plan);
        PlanEditor *editor = app().planEditor();
        QVERIFY(editor->openPlan(plan.id));
        QSignalSpy finished(editor, &PlanEditor::runFinished);
        editor->run();
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(sink.requests().size(), 1, 15000);
        const HttpSink::Request request = sink.requests().at(0);
        QCOMPARE(request.path, QByteArray("/hook"));
        const QJsonObject slack = QJsonDocument::fromJson(request.body).object();
        QVERIFY2(slack.value(u"text"_s).toString().contains(u"Webhook plan"_s), request.body.constData());

        // The server refuses the post (4xx: no retry): the status bar says so, History keeps the event.
        sink.setStatuses({ 404 });
        QSignalSpy failed(app().notifier(), &RunNotifier::notifyFailed);
        editor->run();
        QVERIFY(finished.wait(30000));
        QVERIFY(failed.wait(15000));
        const QString message = app().window()->statusBar()->currentMessage();
        QVERIFY2(message.contains(u"Webhook plan"_s) && message.contains(u"not sent"_s), qPrintable(message));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const HistoryEvent &e : app().history()->events(plan.idString(), 5)) {
                    if (e.kind == u"notify-failed"_s)
                        return true;
                }
                return false;
            }(),
            10000);
    }
};

QTEST_MAIN(TestFleetUi)
#include "tst_fleet_ui.moc"
