// The schedule editor (sentence, next 5 runs, errors), the Schedules overview model and page, the tray.
#include "history/historystore.h"
#include "localetext.h"
#include "notify/notification.h"
#include "schedule/scheduler.h"
#include "scheduleeditor.h"
#include "schedulespage.h"
#include "scheduletray.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

class NullHost final : public ScheduleHost
{
public:
    bool startRun(const QString &, const QDateTime &, QString *) override { return true; }
    bool isRunning(const QString &) const override { return false; }
    void recordDecision(const ScheduleDecision &) override { }
};

} // namespace

class TestScheduleEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        qputenv("MOCTL_DATA_DIR", m_dir.path().toUtf8());
    }

    void sentenceAndNextRuns()
    {
        ScheduleEditor editor;
        editor.setClock([] { return utc(2026, 11, 26, 18, 0); }); // a Thursday
        Schedule s = Schedule::daily({ QTime(2, 30) });
        s.timeZone = u"UTC"_s;
        editor.setSchedule(s);
        // UTC may be the system zone here or not: the zone note is optional.
        QVERIFY2(editor.sentence().startsWith(u"Every day at 02:30"_s), qPrintable(editor.sentence()));
        QVERIFY2(
            editor.sentence().endsWith(u", next: "_s + LocaleText::weekdayDateTime(utc(2026, 11, 27, 2, 30))),
            qPrintable(editor.sentence()));
        const QStringList preview = editor.previewTexts();
        QCOMPARE(preview.size(), ScheduleEditor::PreviewCount);
        QVERIFY(preview.at(0).startsWith(LocaleText::weekdayDateTime(utc(2026, 11, 27, 2, 30))));
        QVERIFY(preview.at(4).startsWith(LocaleText::weekdayDateTime(utc(2026, 12, 1, 2, 30))));
        QCOMPARE(editor.schedule(), s.normalized());
    }

    void editingUpdatesLive()
    {
        ScheduleEditor editor;
        editor.setClock([] { return utc(2026, 11, 26, 0, 40); });
        Schedule s = Schedule::daily({ QTime(2, 30) });
        s.timeZone = u"UTC"_s;
        editor.setSchedule(s);
        QSignalSpy changed(&editor, &ScheduleEditor::scheduleChanged);
        auto *kind = editor.findChild<QComboBox *>(u"kind"_s);
        kind->setCurrentIndex(kind->findData(int(Schedule::Kind::EveryMinutes)));
        editor.findChild<QSpinBox *>(u"interval"_s)->setValue(15);
        editor.findChild<QCheckBox *>(u"window"_s)->setChecked(true);
        editor.findChild<QTimeEdit *>(u"windowFrom"_s)->setTime(QTime(1, 0));
        editor.findChild<QTimeEdit *>(u"windowTo"_s)->setTime(QTime(5, 0));
        QVERIFY(changed.size() >= 3); // kind, interval, window (the window times are the defaults)
        QVERIFY2(editor.sentence().startsWith(u"Every 15 minutes between 01:00 and 05:00"_s),
            qPrintable(editor.sentence()));
        QVERIFY(
            editor.sentence().endsWith(u"next: "_s + LocaleText::weekdayDateTime(utc(2026, 11, 26, 1, 0))));
        QVERIFY(
            editor.previewTexts().at(1).startsWith(LocaleText::weekdayDateTime(utc(2026, 11, 26, 1, 15))));
        const Schedule edited = editor.schedule();
        QCOMPARE(edited.kind, Schedule::Kind::EveryMinutes);
        QCOMPARE(edited.interval, 15);
        QVERIFY(edited.hasWindow());

        // Weekly: the day buttons.
        kind->setCurrentIndex(kind->findData(int(Schedule::Kind::Weekly)));
        editor.findChild<QCheckBox *>(u"window"_s)->setChecked(false);
        QVERIFY(!editor.errors().isEmpty()); // no day chosen yet
        QVERIFY(editor.previewTexts().isEmpty());
        editor.findChild<QToolButton *>(u"day1"_s)->setChecked(true);
        editor.findChild<QToolButton *>(u"day5"_s)->setChecked(true);
        editor.findChild<QTimeEdit *>(u"weeklyTime"_s)->setTime(QTime(3, 0));
        QVERIFY(editor.errors().isEmpty());
        QVERIFY2(editor.sentence().startsWith(u"Every Monday and Friday at 03:00"_s),
            qPrintable(editor.sentence()));
        QVERIFY(
            editor.sentence().endsWith(u"next: "_s + LocaleText::weekdayDateTime(utc(2026, 11, 27, 3, 0))));
    }

    void notifyRoundTrip()
    {
        ScheduleEditor editor;
        auto *notify = editor.findChild<QComboBox *>(u"notify"_s);
        QVERIFY(notify);
        QCOMPARE(notify->count(), 5); // as the plan says, never, on failure, on success, always
        Schedule s = Schedule::daily({ QTime(2, 30) });
        s.notify = NotifyWhen::OnFailure;
        editor.setSchedule(s);
        QCOMPARE(notify->currentText(), notifyWhenTitle(NotifyWhen::OnFailure));
        QCOMPARE(editor.schedule(), s.normalized());
        QSignalSpy changed(&editor, &ScheduleEditor::scheduleChanged);
        notify->setCurrentIndex(notify->findData(-1));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!editor.schedule().notify); // the plan's notifications
        notify->setCurrentIndex(notify->findData(int(NotifyWhen::Always)));
        QCOMPARE(editor.schedule().notify, std::optional(NotifyWhen::Always));
        QVERIFY(editor.errors().isEmpty());
        // What the editor gives back survives the plan file's JSON.
        const auto back = scheduleFromJson(scheduleToJson(editor.schedule()));
        QVERIFY(back);
        QCOMPARE(*back, editor.schedule());
        // Loading another schedule shows its choice, not the last one.
        editor.setSchedule(Schedule::everyHours(2));
        QCOMPARE(notify->currentData().toInt(), -1);
        QVERIFY(!editor.schedule().notify);
    }

    void badTimesAreReported()
    {
        ScheduleEditor editor;
        editor.setSchedule(Schedule::daily({ QTime(2, 30) }));
        auto *times = editor.findChild<QLineEdit *>(u"times"_s);
        times->setText(u"02:30, 25:99"_s);
        QVERIFY(!editor.errors().isEmpty());
        QVERIFY(editor.errors().first().contains(u"HH:mm"_s));
        QVERIFY(editor.previewTexts().isEmpty());
        times->setText(u"14:00; 2:30"_s);
        QVERIFY(editor.errors().isEmpty());
        QCOMPARE(editor.schedule().times, (QList<QTime> { QTime(2, 30), QTime(14, 0) }));
        QVERIFY(editor.sentence().startsWith(u"Every day at 02:30 and 14:00"_s));
    }

    void disabledSaysSo()
    {
        ScheduleEditor editor;
        Schedule s = Schedule::everyHours(6);
        s.enabled = false;
        editor.setSchedule(s);
        QVERIFY(editor.sentence().startsWith(u"Not scheduled (paused): Every 6 hours"_s));
        editor.findChild<QCheckBox *>(u"enabled"_s)->setChecked(true);
        QVERIFY(editor.sentence().startsWith(u"Every 6 hours"_s));
        QVERIFY(editor.schedule().enabled);
    }

    void modelPassesTheTesterAndToggles()
    {
        SchedulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ScheduleRow a { u"a"_s, u"Nightly flush"_s, u"prod"_s, Schedule::daily({ QTime(2, 30) }), {}, {},
            {} };
        ScheduleRow b { u"b"_s, u"Checkpoints"_s, u"prod"_s, Schedule::everyMinutes(15), utc(2026, 1, 1, 3),
            RunStatus::Failed, {} };
        model.setRows({ a, b });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SchedulesModel::ColumnCount));
        QCOMPARE(model.index(0, SchedulesModel::ScheduleColumn).data().toString(), u"Every day at 02:30"_s);
        QCOMPARE(model.index(0, SchedulesModel::LastRunColumn).data().toString(), u"Never"_s);
        QCOMPARE(model.index(1, SchedulesModel::LastStatusColumn).data().toString(),
            runStatusTitle(RunStatus::Failed));
        model.setNextRunFunction([](const ScheduleRow &) { return utc(2026, 11, 27, 2, 30); });
        QCOMPARE(model.index(0, SchedulesModel::NextRunColumn).data().toString(),
            LocaleText::weekdayDateTime(utc(2026, 11, 27, 2, 30).toLocalTime()));
        QSignalSpy toggled(&model, &SchedulesModel::enabledToggled);
        const QModelIndex enabled = model.index(1, SchedulesModel::EnabledColumn);
        QVERIFY(model.flags(enabled) & Qt::ItemIsUserCheckable);
        QCOMPARE(enabled.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.setData(enabled, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.first().at(0).toString(), u"b"_s);
        QCOMPARE(toggled.first().at(1).toBool(), false);
        QCOMPARE(model.index(1, SchedulesModel::NextRunColumn).data().toString(), u"Paused"_s);
        model.setLastRun(u"a"_s, utc(2026, 11, 26, 2, 30), RunStatus::Ok);
        QCOMPARE(model.index(0, SchedulesModel::LastStatusColumn).data().toString(),
            runStatusTitle(RunStatus::Ok));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void pageFollowsTheScheduler()
    {
        NullHost host;
        Scheduler scheduler(&host);
        scheduler.setStatePaths(m_dir.filePath(u"state.json"_s), m_dir.filePath(u"locks"_s));
        scheduler.setClock([] { return utc(2026, 11, 26, 18, 0); });
        Schedule s = Schedule::daily({ QTime(2, 30) });
        s.timeZone = u"UTC"_s;
        scheduler.setPlans({ { u"a"_s, u"Nightly flush"_s, s, {} } });
        SchedulesPage page(&scheduler);
        auto *hint = page.findChild<QLabel *>(u"emptyHint"_s);
        QVERIFY(hint);
        QVERIFY(hint->isVisibleTo(&page)); // nothing scheduled: says where schedules come from
        page.model()->setRows({ { u"a"_s, u"Nightly flush"_s, u"prod"_s, s, {}, {}, {} } });
        QVERIFY(!hint->isVisibleTo(&page));
        page.show();
        const QString nextRun = page.model()->index(0, SchedulesModel::NextRunColumn).data().toString();
        QVERIFY2(nextRun.contains(QLocale().toString(QDate(2026, 11, 27), QLocale::ShortFormat)),
            qPrintable(nextRun));
        // Pause all: from the page to the scheduler and back.
        page.pauseAction()->trigger();
        QVERIFY(scheduler.isPaused());
        scheduler.setPaused(false);
        QVERIFY(!page.pauseAction()->isChecked());
        // Decisions are listed, newest first.
        ScheduleDecision d;
        d.planName = u"Nightly flush"_s;
        d.kind = ScheduleDecision::Kind::SkippedOverlap;
        d.decided = utc(2026, 11, 26, 18, 0);
        d.message = u"The previous run is still going."_s;
        page.addDecision(d);
        QCOMPARE(page.decisionsList()->count(), 1);
        QVERIFY(page.decisionsList()->item(0)->text().contains(u"Nightly flush"_s));
        QVERIFY(page.decisionsList()->item(0)->text().contains(u"still going"_s));
        // The enabled toggle is forwarded for saving.
        QSignalSpy toggled(&page, &SchedulesPage::enabledToggled);
        page.model()->setData(
            page.model()->index(0, SchedulesModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(toggled.size(), 1);
        page.selectPlan(u"a"_s);
        QCOMPARE(page.selectedPlanId(), u"a"_s);
    }

    // The Profile column names the plan's profile; last runs and their status come from history, read
    // off the GUI thread, and a newer run ended meanwhile is not replaced by an older one.
    void pageShowsProfileNamesAndLastRunsFromHistory()
    {
        HistoryStore history;
        QVERIFY(history.open(m_dir.filePath(u"page-history.sqlite"_s)));
        const auto record = [&history](const QString &planId, const QDateTime &started, RunStatus status) {
            RunRequest r;
            r.planId = planId;
            r.planName = planId;
            r.profileName = u"prod"_s;
            r.trigger = RunTrigger::Scheduled;
            const qint64 id = history.beginRun(r, started);
            RunSummary s;
            s.runId = id;
            s.status = status;
            s.started = started;
            s.finished = started.addSecs(5);
            history.endRun(id, s);
        };
        record(u"a"_s, utc(2026, 11, 20, 2, 30), RunStatus::Ok);
        record(u"a"_s, utc(2026, 11, 21, 2, 30), RunStatus::Partial);
        record(u"b"_s, utc(2026, 11, 21, 3, 0), RunStatus::Failed);
        record(u"c"_s, utc(2026, 11, 21, 4, 0), RunStatus::Failed);

        const QString prodId = u"6f1c9a52-7d1e-4c55-9a43-0a5e2d7b8c01"_s;
        SchedulesPage page(nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.model()->setProfileNames({ { prodId, u"Production"_s } });
        ScheduleRow a { u"a"_s, u"Nightly flush"_s, {}, Schedule::daily({ QTime(2, 30) }), {}, {}, prodId };
        ScheduleRow b { u"b"_s, u"Checkpoints"_s, {}, Schedule::everyMinutes(15), {}, {}, {} };
        // c ran at 04:00 according to history, but this session saw a later run end.
        ScheduleRow c { u"c"_s, u"Orphan"_s, {}, Schedule::everyMinutes(15), utc(2026, 11, 21, 5, 0),
            RunStatus::Ok, u"00000000-0000-4000-8000-00000000dead"_s };
        page.model()->setRows({ a, b, c });
        const auto cell
            = [&page](int row, int column) { return page.model()->index(row, column).data().toString(); };
        QCOMPARE(cell(0, SchedulesModel::ProfileColumn), u"Production"_s);
        QCOMPARE(cell(1, SchedulesModel::ProfileColumn), u"(current profile)"_s);
        QCOMPARE(cell(2, SchedulesModel::ProfileColumn), u"(missing profile)"_s);
        QCOMPARE(cell(0, SchedulesModel::LastRunColumn), u"Never"_s);
        // A renamed profile shows at once.
        page.model()->setProfileNames({ { prodId, u"Production (EU)"_s } });
        QCOMPARE(cell(0, SchedulesModel::ProfileColumn), u"Production (EU)"_s);

        QSignalSpy loaded(&page, &SchedulesPage::lastRunsLoaded);
        QThread *loaderThread = nullptr;
        page.setLastRunsLoader([&history, &loaderThread] {
            loaderThread = QThread::currentThread();
            return history.lastRunPerPlan();
        });
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaderThread && loaderThread != QThread::currentThread());
        QCOMPARE(page.model()->rowFor(u"a"_s)->lastRun, utc(2026, 11, 21, 2, 30));
        QCOMPARE(cell(0, SchedulesModel::LastStatusColumn), runStatusTitle(RunStatus::Partial));
        QCOMPARE(cell(1, SchedulesModel::LastStatusColumn), runStatusTitle(RunStatus::Failed));
        QCOMPARE(page.model()->rowFor(u"c"_s)->lastRun, utc(2026, 11, 21, 5, 0));
        QCOMPARE(cell(2, SchedulesModel::LastStatusColumn), runStatusTitle(RunStatus::Ok));

        // A new run recorded (by a moctl child): a reload picks it up.
        record(u"b"_s, utc(2026, 11, 22, 3, 0), RunStatus::Ok);
        page.reloadLastRuns();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.model()->rowFor(u"b"_s)->lastRun, utc(2026, 11, 22, 3, 0));
        QCOMPARE(cell(1, SchedulesModel::LastStatusColumn), runStatusTitle(RunStatus::Ok));
    }

    void trayMenuAndNotification()
    {
        ScheduleTray tray;
        QCOMPARE(tray.menu()->actions().size(), 4); // open, pause, separator, quit
        QSignalSpy open(&tray, &ScheduleTray::openRequested);
        QSignalSpy pause(&tray, &ScheduleTray::pauseToggled);
        QSignalSpy quit(&tray, &ScheduleTray::quitRequested);
        tray.openAction()->trigger();
        tray.pauseAction()->trigger();
        tray.quitAction()->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(pause.size(), 1);
        QCOMPARE(pause.first().first().toBool(), true);
        QCOMPARE(quit.size(), 1);
        // Reflecting the state does not echo back.
        tray.setPaused(false);
        QCOMPARE(pause.size(), 1);
        QVERIFY(!tray.pauseAction()->isChecked());
        tray.notifyRunFailed(u"Nightly flush"_s, u"no such table db.t"_s);
        QVERIFY(tray.lastNotification().contains(u"Nightly flush"_s));
        QVERIFY(tray.lastNotification().contains(u"no such table db.t"_s));
    }
};

QTEST_MAIN(TestScheduleEditor)
#include "tst_scheduleeditor.moc"
