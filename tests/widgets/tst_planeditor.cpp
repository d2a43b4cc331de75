// The Plans page offscreen: build a plan from a template, edit through the widgets, reorder by
// buttons / keyboard / drag, undo and redo, the live SQL preview and inline validation, save and
// reload, the unsaved-changes guard, and Run now against the stand-in.
#include "connection/secretstore.h"
#include "history/historystore.h"
#include "notificationsdialog.h"
#include "notify/notification.h"
#include "planeditor.h"
#include "planmodel.h"
#include "runner/runner.h"
#include "scheduleeditor.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestPlanEditor : public QObject
{
    Q_OBJECT

    static QStringList kinds(const MaintenancePlan &plan)
    {
        QStringList k;
        for (const PlanStep &s : plan.steps)
            k << stepKindName(s.kind);
        return k;
    }

    // What the Schedules page and `moctl schedule` read, and how they save a schedule: PlanStore.
    static QList<ScheduledPlan> scheduledPlansIn(const QString &directory)
    {
        PlanStore store(directory);
        store.load();
        return store.scheduledPlans();
    }
    static bool setScheduleIn(const QString &directory, const QUuid &planId, const Schedule &schedule)
    {
        PlanStore store(directory);
        store.load();
        return store.setSchedule(planId, schedule);
    }

private Q_SLOTS:
    void buildReorderUndoSaveReload()
    {
        QTemporaryDir dir;
        PlanEditor editor(dir.path());
        editor.resize(1200, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(!editor.hasPlan());

        QVERIFY(editor.newFromTemplate(PlanTemplate::DatabaseMaintenance));
        QVERIFY(editor.isModified()); // new and unsaved
        QCOMPARE(kinds(editor.plan()), (QStringList { u"flush"_s, u"checkpoint"_s, u"global-checkpoint"_s }));
        // The empty flush step is an inline error; saving is refused.
        QVERIFY(hasErrors(editor.issues()));
        auto *issues = editor.findChild<QListWidget *>(u"issues"_s);
        QVERIFY(issues->count() >= 1);
        QVERIFY(!editor.save());

        // Add a table through the step form.
        editor.setCurrentStep(0);
        auto *input = editor.findChild<QLineEdit *>(u"targetInput"_s);
        QVERIFY(input);
        QTest::keyClicks(input, u"production_db.users"_s);
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(editor.plan().steps.at(0).targets.tables,
            QList<TableRef> { TableRef::byName(u"production_db"_s, u"users"_s) });
        QVERIFY(input->text().isEmpty());
        QVERIFY(!hasErrors(editor.issues()));
        auto *preview = editor.findChild<QPlainTextEdit *>(u"sqlPreview"_s);
        QVERIFY(preview->toPlainText().contains(u"SELECT mo_ctl('dn', 'flush', 'production_db.users');"_s));
        QVERIFY(preview->toPlainText().contains(u"SELECT mo_ctl('dn', 'globalcheckpoint', '');"_s));

        // Rename by typing: one undo command for the whole word.
        auto *name = editor.findChild<QLineEdit *>(u"planName"_s);
        name->selectAll();
        const int before = editor.undoStack()->count();
        QTest::keyClicks(name, u"Nightly"_s);
        QCOMPARE(editor.plan().name, u"Nightly"_s);
        QCOMPARE(editor.undoStack()->count(), before + 1);

        // Add a wait after the flush, then reorder: buttons, keyboard, drag.
        editor.setCurrentStep(0);
        editor.addStep(WaitStep);
        QCOMPARE(kinds(editor.plan()),
            (QStringList { u"flush"_s, u"wait"_s, u"checkpoint"_s, u"global-checkpoint"_s }));
        QCOMPARE(editor.currentStep(), 1);
        auto *steps = editor.findChild<QListWidget *>(u"stepList"_s);
        steps->setFocus();
        QTest::keyClick(steps, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(kinds(editor.plan()),
            (QStringList { u"flush"_s, u"checkpoint"_s, u"wait"_s, u"global-checkpoint"_s }));
        QCOMPARE(editor.currentStep(), 2);
        QTest::keyClick(steps, Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(steps, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(kinds(editor.plan()),
            (QStringList { u"wait"_s, u"flush"_s, u"checkpoint"_s, u"global-checkpoint"_s }));
        QVERIFY(editor.sqlPreview().indexOf(u"wait 10"_s) < editor.sqlPreview().indexOf(u"flush"_s));
        // Drag: the list's rows move, the plan follows.
        QVERIFY(steps->model()->moveRow({}, 0, {}, 4));
        QTRY_COMPARE(kinds(editor.plan()),
            (QStringList { u"flush"_s, u"checkpoint"_s, u"global-checkpoint"_s, u"wait"_s }));
        QCOMPARE(steps->item(3)->text().left(3), u"4. "_s);

        // Undo the drag and both keyboard moves, then redo one.
        editor.undoStack()->undo();
        QCOMPARE(kinds(editor.plan()),
            (QStringList { u"wait"_s, u"flush"_s, u"checkpoint"_s, u"global-checkpoint"_s }));
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        QCOMPARE(kinds(editor.plan()),
            (QStringList { u"flush"_s, u"checkpoint"_s, u"wait"_s, u"global-checkpoint"_s }));
        editor.undoStack()->redo();
        QCOMPARE(kinds(editor.plan()),
            (QStringList { u"flush"_s, u"wait"_s, u"checkpoint"_s, u"global-checkpoint"_s }));

        // Options through the form: the checkpoint's duration, validated inline.
        editor.setCurrentStep(2);
        auto *duration = editor.findChild<QLineEdit *>(u"duration"_s);
        QTest::keyClicks(duration, u"abc"_s);
        QCOMPARE(editor.plan().steps.at(2).duration, u"abc"_s);
        QVERIFY(hasErrors(editor.issues()));
        QVERIFY(!issues->findItems(u"\"abc\""_s, Qt::MatchContains).isEmpty());
        duration->selectAll();
        QTest::keyClicks(duration, u"-5s"_s); // negative: refused, like the CLI
        QVERIFY(hasErrors(editor.issues()));
        QVERIFY(!issues->findItems(u"negative"_s, Qt::MatchContains).isEmpty());
        // Longer than the step's time limit: a warning next to the field (and in the problems list).
        auto *limitWarning = editor.findChild<QLabel *>(u"durationWarning"_s);
        QVERIFY(limitWarning);
        duration->selectAll();
        QTest::keyClicks(duration, u"1h"_s);
        QVERIFY(!hasErrors(editor.issues()));
        QVERIFY(limitWarning->isVisibleTo(&editor));
        QVERIFY2(limitWarning->text().contains(u"time limit"_s), qPrintable(limitWarning->text()));
        duration->selectAll();
        QTest::keyClicks(duration, u"45s"_s);
        QVERIFY(!limitWarning->isVisibleTo(&editor));
        QVERIFY(!hasErrors(editor.issues()));
        QVERIFY(editor.sqlPreview().contains(u"SELECT mo_ctl('dn', 'checkpoint', '45s');"_s));
        // Disable the global checkpoint: kept, not sent.
        editor.setStepEnabled(3, false);
        QVERIFY(!editor.sqlPreview().contains(u"'globalcheckpoint'"_s));
        QVERIFY(editor.sqlPreview().contains(u"disabled"_s));

        QVERIFY(editor.save());
        QVERIFY(!editor.isModified());
        const MaintenancePlan saved = editor.plan();

        // Reload in a fresh editor: the same plan.
        PlanEditor other(dir.path());
        const QList<MaintenancePlan> plans = other.store().plans();
        QCOMPARE(plans.size(), 1);
        QVERIFY(plans.first() == saved);
        QVERIFY(other.openPlan(saved.id));
        QCOMPARE(other.sqlPreview(), editor.sqlPreview());
        QCOMPARE(other.findChild<QListWidget *>(u"planList"_s)->count(), 1);

        // The guard: a modified plan asks before it is left; Cancel keeps it.
        editor.removeStep(1);
        QVERIFY(editor.isModified());
        int asked = 0;
        editor.setDiscardQuestion([&asked](const QString &) {
            ++asked;
            return QMessageBox::Cancel;
        });
        QVERIFY(!editor.newFromTemplate(PlanTemplate::BackupPreparation));
        QCOMPARE(asked, 1);
        QCOMPARE(editor.plan().id, saved.id);
        // Undo back to the saved state: clean again, no question.
        editor.undoStack()->undo();
        QVERIFY(!editor.isModified());
        QVERIFY(editor.newFromTemplate(PlanTemplate::BackupPreparation));
        QCOMPARE(asked, 1);
        editor.setDiscardQuestion([&asked](const QString &) {
            ++asked;
            return QMessageBox::Discard;
        });
        QVERIFY(editor.openPlan(saved.id));
        QCOMPARE(asked, 2);
        QVERIFY(editor.plan() == saved);
    }

    // A flush step's tenant and companions: edited, undoable, kept, shown in the preview.
    void flushStepAccountAndCompanions()
    {
        QTemporaryDir dir;
        PlanEditor editor(dir.path());
        editor.show();
        // The backup-preparation template flushes each table with its index and partition tables.
        QVERIFY(editor.newFromTemplate(PlanTemplate::BackupPreparation));
        editor.setCurrentStep(0);
        auto *companions = editor.findChild<QCheckBox *>();
        for (QCheckBox *box : editor.findChildren<QCheckBox *>()) {
            if (box->accessibleName() == u"With its index and partition tables"_s)
                companions = box;
        }
        QVERIFY(companions && companions->accessibleName() == u"With its index and partition tables"_s);
        QVERIFY(editor.plan().steps.at(0).withCompanions);
        QVERIFY(companions->isChecked());
        companions->setChecked(false);
        QVERIFY(!editor.plan().steps.at(0).withCompanions);
        editor.undoStack()->undo();
        QVERIFY(editor.plan().steps.at(0).withCompanions);
        QVERIFY(companions->isChecked());
        // The step's account: typed, kept, shown in the preview; only digits are taken.
        auto *account = editor.findChild<QLineEdit *>(u"account"_s);
        QVERIFY(account);
        QTest::keyClicks(account, u"2x"_s);
        QCOMPARE(editor.plan().steps.at(0).account, std::optional<quint64>(2));
        editor.addTarget(0, u"production_db.users"_s, PlanEditor::TargetKind::Table);
        QVERIFY2(editor.sqlPreview().contains(u"SELECT mo_ctl('dn', 'flush', 'production_db.users.2');"_s),
            qPrintable(editor.sqlPreview()));
        account->clear();
        QTest::keyClicks(account, u"1"_s);
        account->selectAll();
        QTest::keyClick(account, Qt::Key_Delete);
        QCOMPARE(editor.plan().steps.at(0).account, std::nullopt);
    }

    // "Schedule…" on the plan: the schedule editor in a dialog, one undoable edit, saved with the plan
    // where the Schedules page (PlanStore::scheduledPlans) finds it.
    void profileIsChosenByName()
    {
        QTemporaryDir dir;
        PlanEditor editor(dir.path());
        const QString prod = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString staging = QUuid::createUuid().toString(QUuid::WithoutBraces);
        editor.setProfileChoices({ { staging, u"staging"_s }, { prod, u"prod"_s } });
        QVERIFY(editor.newFromTemplate(PlanTemplate::DatabaseMaintenance));
        auto *box = editor.findChild<QComboBox *>(u"planProfile"_s);
        QVERIFY(box);
        QVERIFY(!box->accessibleName().isEmpty());
        // "(none)", then the profiles by name.
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->currentIndex(), 0);
        QCOMPARE(box->itemText(1), u"prod"_s);
        QCOMPARE(box->itemText(2), u"staging"_s);

        // Choosing one sets the plan's profile id; undo brings the old one back.
        const int before = editor.undoStack()->count();
        box->setCurrentIndex(2);
        Q_EMIT box->activated(2);
        QCOMPARE(editor.plan().profileId, staging);
        QCOMPARE(editor.undoStack()->count(), before + 1);
        editor.undoStack()->undo();
        QCOMPARE(editor.plan().profileId, QString());
        QCOMPARE(box->currentIndex(), 0);
        editor.undoStack()->redo();
        QCOMPARE(box->currentText(), u"staging"_s);

        // The profile is removed elsewhere: the plan keeps its id and says it is missing.
        editor.setProfileChoices({ { prod, u"prod"_s } });
        QCOMPARE(editor.plan().profileId, staging);
        QCOMPARE(box->count(), 3);
        QVERIFY(box->currentText().contains(staging));
        QCOMPARE(box->currentData().toString(), staging);
        // Back again: listed by name, chosen again.
        editor.setProfileChoices({ { prod, u"prod"_s }, { staging, u"staging"_s } });
        QCOMPARE(box->currentText(), u"staging"_s);
        box->setCurrentIndex(1);
        Q_EMIT box->activated(1);
        QCOMPARE(editor.plan().profileId, prod);
        QCOMPARE(box->currentText(), u"prod"_s);
    }

    void scheduleFromThePlanEditor()
    {
        QTemporaryDir dir;
        PlanEditor editor(dir.path());
        editor.resize(1200, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.newFromTemplate(PlanTemplate::Count));
        editor.addStep(OperationKind::Checkpoint);
        QCOMPARE(editor.scheduleSentence(), u"Not scheduled"_s);
        auto *button = editor.findChild<QPushButton *>(u"editScheduleButton"_s);
        QVERIFY(button && button->isEnabled());

        Schedule wanted = Schedule::daily({ QTime(2, 30) });
        wanted.timeZone = u"UTC"_s;
        wanted.enabled = false; // turned on in the dialog, below
        // In the dialog: set the schedule, tick Enabled, then Save (or Cancel). `check` runs after the
        // click, before the dialog's loop returns.
        const auto answerDialog = [&wanted](QDialogButtonBox::StandardButton choice, bool *seen,
                                      std::function<void(QDialog *)> check = {}) {
            QTimer::singleShot(0, [&wanted, choice, seen, check] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog || dialog->objectName() != u"ScheduleDialog"_s)
                    return;
                *seen = true;
                auto *scheduleEditor = dialog->findChild<ScheduleEditor *>();
                scheduleEditor->setSchedule(wanted);
                scheduleEditor->findChild<QCheckBox *>(u"enabled"_s)->click();
                if (choice == QDialogButtonBox::Cancel) {
                    // Closing with changes asks first: discard them.
                    QTimer::singleShot(0, [] {
                        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                        if (box && box->objectName() == u"discardChanges"_s)
                            box->findChild<QAbstractButton *>(u"discardChangesYes"_s)->click();
                    });
                }
                dialog->findChild<QDialogButtonBox *>()->button(choice)->click();
                if (check)
                    check(dialog);
            });
        };
        // A new plan: the schedule is one edit, saved with the plan (the dialog says so).
        bool seen = false;
        const int before = editor.undoStack()->count();
        answerDialog(QDialogButtonBox::Cancel, &seen, [](QDialog *dialog) {
            QVERIFY(!dialog->findChild<QLabel *>(u"scheduleNote"_s)->text().isEmpty());
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(seen);
        QVERIFY(!editor.plan().schedule); // cancelled (changes discarded): nothing changed
        QCOMPARE(editor.undoStack()->count(), before);

        seen = false;
        answerDialog(QDialogButtonBox::Save, &seen);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(seen);
        Schedule expected = wanted;
        expected.enabled = true;
        QCOMPARE(editor.plan().schedule, std::optional(expected));
        QCOMPARE(editor.undoStack()->count(), before + 1);
        QVERIFY(editor.isModified());
        QVERIFY2(editor.scheduleSentence().startsWith(u"Every day at 02:30"_s)
                && editor.scheduleSentence().contains(u", next: "_s),
            qPrintable(editor.scheduleSentence()));
        // Undo and redo, like every other edit.
        editor.undoStack()->undo();
        QVERIFY(!editor.plan().schedule);
        QCOMPARE(editor.scheduleSentence(), u"Not scheduled"_s);
        editor.undoStack()->redo();
        QCOMPARE(editor.plan().schedule, std::optional(expected));

        // Saved with the plan: the Schedules page reads it from the plan file.
        QVERIFY(editor.save());
        const QList<ScheduledPlan> scheduled = scheduledPlansIn(dir.path());
        QCOMPARE(scheduled.size(), 1);
        QCOMPARE(scheduled.first().id, editor.plan().idString());
        QCOMPARE(scheduled.first().schedule, expected);
        // Reopened, the editor shows it.
        PlanEditor again(dir.path());
        QVERIFY(again.openPlan(editor.plan().id));
        QVERIFY(again.scheduleSentence().startsWith(u"Every day at 02:30"_s));

        // A saved plan: the dialog's Save writes the plan file at once, before the dialog closes.
        wanted = Schedule::daily({ QTime(4, 45) });
        wanted.timeZone = u"UTC"_s;
        wanted.enabled = false;
        seen = false;
        bool inFile = false;
        QSignalSpy saved(&editor, &PlanEditor::planSaved);
        answerDialog(QDialogButtonBox::Save, &seen, [&inFile, &dir, &wanted](QDialog *) {
            Schedule onDisk = wanted;
            onDisk.enabled = true;
            inFile = scheduledPlansIn(dir.path()).value(0).schedule == onDisk;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(seen);
        QVERIFY(inFile);
        expected = wanted;
        expected.enabled = true;
        QCOMPARE(editor.plan().schedule, std::optional(expected));
        QVERIFY(!editor.isModified()); // nothing left to save
        QCOMPARE(saved.size(), 1); // the Schedules page reloads
        QVERIFY(editor.scheduleSentence().startsWith(u"Every day at 04:45"_s));

        // Saved on the Schedules page (written to the file): the open plan takes it, so saving here
        // later keeps it. Unmodified: reloaded; modified: the edits stay and the schedule is taken.
        Schedule other = Schedule::everyHours(4);
        other.timeZone = u"UTC"_s;
        QVERIFY(setScheduleIn(dir.path(), editor.plan().id, other));
        editor.scheduleSavedElsewhere(editor.plan().id, other);
        QCOMPARE(editor.plan().schedule, std::optional(other));
        QVERIFY(!editor.isModified());
        QVERIFY(editor.scheduleSentence().startsWith(u"Every 4 hours"_s));
        auto *name = editor.findChild<QLineEdit *>(u"planName"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Renamed"_s);
        other.interval = 6;
        QVERIFY(setScheduleIn(dir.path(), editor.plan().id, other));
        editor.scheduleSavedElsewhere(editor.plan().id, other);
        QCOMPARE(editor.plan().name, u"Renamed"_s);
        QCOMPARE(editor.plan().schedule, std::optional(other));
        QVERIFY(editor.save());
        QCOMPARE(scheduledPlansIn(dir.path()).value(0).schedule, other);
    }

    // Notifications… in the plan fields: the dialog's choice is one undoable edit; the address goes
    // to the secret store and the saved plan file keeps only that a webhook exists.
    void notificationsFromThePlanEditor()
    {
        QTemporaryDir dir;
        PlanEditor editor(dir.path());
        MemorySecretStore secrets;
        editor.setSecretStore(&secrets);
        editor.resize(1200, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.newFromTemplate(PlanTemplate::Count));
        editor.addStep(OperationKind::Checkpoint);
        QVERIFY(editor.save());
        auto *sentence = editor.findChild<QLabel *>(u"notificationsSentence"_s);
        auto *button = editor.findChild<QPushButton *>(u"editNotificationsButton"_s);
        QVERIFY(sentence && button && button->isEnabled());
        QCOMPARE(sentence->text(), u"None"_s);
        const QString url = u"https://hooks.example.com/services/T0/B0/tok3n"_s;
        bool seen = false;
        QTimer::singleShot(0, [&seen, &url] {
            auto *dialog = qobject_cast<NotificationsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            auto *when = dialog->findChild<QComboBox *>(u"notifyWhen"_s);
            when->setCurrentIndex(when->findData(int(NotifyWhen::OnFailure)));
            dialog->findChild<QCheckBox *>(u"notifyWebhook"_s)->setChecked(true);
            dialog->findChild<QCheckBox *>(u"notifyDesktop"_s)->setChecked(true);
            dialog->urlEdit()->setText(url);
            dialog->accept();
        });
        const int before = editor.undoStack()->count();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(editor.plan().notifications,
            (NotificationSettings { NotifyWhen::OnFailure, true, WebhookPreset::Json, true }));
        QCOMPARE(editor.undoStack()->count(), before + 1);
        QVERIFY2(sentence->text().startsWith(u"When a run fails: webhook"_s), qPrintable(sentence->text()));
        QCOMPARE(secrets.readBlocking(webhookSecretKey(editor.plan().idString())).secret, url);
        QVERIFY(editor.save());
        const QStringList files = QDir(dir.path()).entryList({ u"*.moplan.json"_s }, QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(QDir(dir.path()).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("\"notifications\""));
        QVERIFY(!json.contains("tok3n"));
        editor.undoStack()->undo();
        QCOMPARE(sentence->text(), u"None"_s);
    }

    // The plan model's explicit states: edit -> Edited, invalid -> Invalid, save -> Clean; undo back to
    // the saved plan -> Clean; stateChanged reports each change once.
    void modelStates()
    {
        QTemporaryDir dir;
        PlanEditor editor(dir.path());
        PlanModel *model = editor.model();
        QCOMPARE(model->state(), PlanModel::State::NoPlan);
        QSignalSpy changes(model, &PlanModel::stateChanged);

        // A new plan from a template whose flush step has no tables: invalid.
        QVERIFY(editor.newFromTemplate(PlanTemplate::CoordinatedCheckpoint));
        QCOMPARE(model->state(), PlanModel::State::Invalid);
        QCOMPARE(changes.last().first().value<PlanModel::State>(), PlanModel::State::Invalid);
        // Fixed, still unsaved: edited.
        editor.addTarget(0, u"production_db.users"_s, PlanEditor::TargetKind::Table);
        QCOMPARE(model->state(), PlanModel::State::Edited);
        // Saved: clean.
        QVERIFY(editor.save());
        QCOMPARE(model->state(), PlanModel::State::Clean);
        // Typing in a field: edited; a bad duration: invalid; undo both: clean again.
        const int before = changes.count();
        auto *name = editor.findChild<QLineEdit *>(u"planName"_s);
        QTest::keyClicks(name, u" nightly"_s);
        QCOMPARE(model->state(), PlanModel::State::Edited);
        QCOMPARE(changes.count(), before + 1); // one change, not one per key
        editor.setCurrentStep(1);
        QTest::keyClicks(editor.findChild<QLineEdit *>(u"duration"_s), u"abc"_s);
        QCOMPARE(model->state(), PlanModel::State::Invalid);
        editor.undoStack()->undo();
        QCOMPARE(model->state(), PlanModel::State::Edited);
        editor.undoStack()->undo();
        QCOMPARE(model->state(), PlanModel::State::Clean);
        QVERIFY(!editor.isModified());
        // Without steps the plan is invalid: it cannot be saved and stays invalid.
        editor.removeStep(0);
        QCOMPARE(model->state(), PlanModel::State::Edited);
        editor.removeStep(0);
        QCOMPARE(model->state(), PlanModel::State::Invalid);
        QVERIFY(!editor.save());
        QCOMPARE(model->state(), PlanModel::State::Invalid);
    }

    // Run now: Running from the click until the run is over (here: refused for want of a
    // connection), then back to what the plan was; the buttons follow.
    void runningStateWithoutConnection()
    {
        QTemporaryDir dir;
        PlanEditor editor(dir.path());
        PlanModel *model = editor.model();
        QVERIFY(editor.newFromTemplate(PlanTemplate::CoordinatedCheckpoint));
        editor.addTarget(0, u"production_db.users"_s, PlanEditor::TargetKind::Table);
        QVERIFY(editor.save());
        QSignalSpy changes(model, &PlanModel::stateChanged);
        // The connection is asked for and not given yet: the plan is running (its preflight).
        PlanEditor::ConnectionDone pending;
        editor.setConnectionSupplier([&pending](const QString &, QObject *, PlanEditor::ConnectionDone done) {
            pending = std::move(done);
        });
        auto *runButton = editor.findChild<QPushButton *>(u"runButton"_s);
        QVERIFY(runButton && runButton->isEnabled());
        editor.run();
        QCOMPARE(model->state(), PlanModel::State::Running);
        QVERIFY(!runButton->isEnabled());
        QVERIFY(pending);
        pending(std::nullopt); // no connection after all
        QCOMPARE(model->state(), PlanModel::State::Clean);
        QVERIFY(runButton->isEnabled());
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(0).first().value<PlanModel::State>(), PlanModel::State::Running);
        QCOMPARE(changes.at(1).first().value<PlanModel::State>(), PlanModel::State::Clean);
    }

    void closeGuard()
    {
        QTemporaryDir dir;
        QWidget window;
        auto *editor = new PlanEditor(dir.path(), &window);
        editor->guardClose(&window);
        window.show();
        QVERIFY(window.close()); // nothing to lose
        window.show();
        QVERIFY(editor->newFromTemplate(PlanTemplate::CoordinatedCheckpoint));
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        editor->setDiscardQuestion([&answer](const QString &) { return answer; });
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        answer = QMessageBox::Save; // invalid plan (no tables): saving fails, the window stays
        QVERIFY(!window.close());
        editor->addTarget(0, u"production_db.users"_s, PlanEditor::TargetKind::Table);
        QVERIFY(window.close());
        QCOMPARE(editor->store().plans().size(), 1);
    }

    void runNowAgainstTheStandin()
    {
        REQUIRE_SERVER();
        TestServer::instance().reset();
        QTemporaryDir dir;
        PlanEditor editor(dir.path());
        editor.show();
        editor.setConnectionSupplier([](const QString &, QObject *, PlanEditor::ConnectionDone done) {
            done(TestServer::instance().settings());
        });
        // The plan has no profile: it runs on the current one, and its run is recorded under it.
        const QString current = QUuid::createUuid().toString(QUuid::WithoutBraces);
        editor.setProfileChoices({ { current, u"stand-in"_s } });
        editor.setCurrentProfile(current);
        HistoryStore history;
        QVERIFY(history.open(dir.filePath(u"history.sqlite"_s)));
        editor.setRecorder(&history);
        QVERIFY(editor.newFromTemplate(PlanTemplate::CoordinatedCheckpoint));
        editor.setCurrentStep(0);
        editor.addTarget(0, u"production_db.orders"_s, PlanEditor::TargetKind::Table);
        editor.addTarget(0, u"analytics_db.*"_s, PlanEditor::TargetKind::Pattern);
        QSignalSpy progress(&editor, &PlanEditor::runProgressChanged);
        QSignalSpy finished(&editor, &PlanEditor::runFinished);
        editor.run();
        QCOMPARE(editor.model()->state(), PlanModel::State::Running);
        QVERIFY(finished.wait(30000));
        QCOMPARE(editor.model()->state(), PlanModel::State::Edited); // new, not saved: back to edited
        const auto summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.status, RunStatus::Ok);
        QCOMPARE(summary.ok, 4); // orders, metrics, events, global checkpoint
        QTRY_COMPARE(history.runs().size(), 1);
        QCOMPARE(history.runs().first().profileId, current);
        QCOMPARE(history.runs().first().profileName, u"stand-in"_s);
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.last().at(0).toBool(), false);
        const QString log = editor.findChild<QPlainTextEdit *>(u"runLog"_s)->toPlainText();
        QVERIFY2(log.contains(u"analytics_db.events"_s), qPrintable(log));
        // The preflight resolved the pattern: the preview shows what it matched.
        QVERIFY(editor.sqlPreview().contains(u"pattern analytics_db.* matches"_s));
        QVERIFY(editor.sqlPreview().contains(u"SELECT mo_ctl('dn', 'flush', 'analytics_db.metrics');"_s));
    }

    void preflightOnDemand()
    {
        QTemporaryDir dir;
        PlanEditor editor(dir.path());
        QVERIFY(editor.newFromTemplate(PlanTemplate::CoordinatedCheckpoint));
        editor.addTarget(0, u"production_db.users"_s, PlanEditor::TargetKind::Table);
        editor.addTarget(0, u"analytics_db.*"_s, PlanEditor::TargetKind::Pattern);
        auto *log = editor.findChild<QPlainTextEdit *>(u"runLog"_s);
        // Without a connection: told so, nothing runs.
        QSignalSpy finished(&editor, &PlanEditor::runFinished);
        editor.run();
        QVERIFY(log->toPlainText().contains(u"profile"_s));
        QVERIFY(!editor.runner()->isRunning());
        QCOMPARE(finished.count(), 0);

        REQUIRE_SERVER();
        TestServer::instance().reset();
        editor.setConnectionSupplier([](const QString &, QObject *, PlanEditor::ConnectionDone done) {
            done(TestServer::instance().settings());
        });
        QSignalSpy done(&editor, &PlanEditor::preflightFinished);
        editor.preflight();
        QVERIFY(done.wait(30000));
        const QString text = log->toPlainText();
        QVERIFY2(text.contains(u"matches 2 table(s)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"rows"_s), qPrintable(text)); // the estimate
        QVERIFY(editor.sqlPreview().contains(u"-- pattern analytics_db.* matches"_s));
        editor.setCurrentStep(0);
        auto *targets = editor.findChild<QListWidget *>(u"targets"_s);
        QVERIFY(!targets->findItems(u"2 table(s)"_s, Qt::MatchContains).isEmpty());
        QCOMPARE(finished.count(), 0); // a preflight never runs the plan
    }

    void runRefusesAMissingTable()
    {
        REQUIRE_SERVER();
        TestServer::instance().reset();
        QTemporaryDir dir;
        PlanEditor editor(dir.path());
        editor.setConnectionSupplier([](const QString &, QObject *, PlanEditor::ConnectionDone done) {
            done(TestServer::instance().settings());
        });
        QVERIFY(editor.newFromTemplate(PlanTemplate::CoordinatedCheckpoint));
        editor.addTarget(0, u"production_db.ghost"_s, PlanEditor::TargetKind::Table);
        QSignalSpy preflight(&editor, &PlanEditor::preflightFinished);
        QSignalSpy finished(&editor, &PlanEditor::runFinished);
        editor.run();
        QVERIFY(preflight.wait(30000));
        QCOMPARE(finished.count(), 0);
        const QString log = editor.findChild<QPlainTextEdit *>(u"runLog"_s)->toPlainText();
        QVERIFY2(log.contains(u"production_db.ghost"_s) && log.contains(u"not run"_s), qPrintable(log));
    }
};

QTEST_MAIN(TestPlanEditor)
#include "tst_planeditor.moc"
