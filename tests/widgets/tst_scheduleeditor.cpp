// The schedule editor (sentence, next 5 runs, errors), the Schedules overview model and page, the tray.
#include "schedule/scheduler.h"
#include "scheduleeditor.h"
#include "schedulespage.h"
#include "scheduletray.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
        QVERIFY2(editor.sentence().endsWith(u", next: Fri 27 Nov 02:30"_s), qPrintable(editor.sentence()));
        const QStringList preview = editor.previewTexts();
        QCOMPARE(preview.size(), ScheduleEditor::PreviewCount);
        QVERIFY(preview.at(0).startsWith(u"Fri 27 Nov 2026 02:30"_s));
        QVERIFY(preview.at(4).startsWith(u"Tue 1 Dec 2026 02:30"_s));
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
        QVERIFY(editor.sentence().endsWith(u"next: Thu 26 Nov 01:00"_s));
        QCOMPARE(editor.previewTexts().at(1).left(21), u"Thu 26 Nov 2026 01:15"_s);
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
        QVERIFY(editor.sentence().endsWith(u"next: Fri 27 Nov 03:00"_s));
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
        ScheduleRow a { u"a"_s, u"Nightly flush"_s, u"prod"_s, Schedule::daily({ QTime(2, 30) }), {}, {} };
        ScheduleRow b { u"b"_s, u"Checkpoints"_s, u"prod"_s, Schedule::everyMinutes(15), utc(2026, 1, 1, 3),
            RunStatus::Failed };
        model.setRows({ a, b });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SchedulesModel::ColumnCount));
        QCOMPARE(model.index(0, SchedulesModel::ScheduleColumn).data().toString(), u"Every day at 02:30"_s);
        QCOMPARE(model.index(0, SchedulesModel::LastRunColumn).data().toString(), u"Never"_s);
        QCOMPARE(model.index(1, SchedulesModel::LastStatusColumn).data().toString(),
            runStatusTitle(RunStatus::Failed));
        model.setNextRunFunction([](const ScheduleRow &) { return utc(2026, 11, 27, 2, 30); });
        QVERIFY(model.index(0, SchedulesModel::NextRunColumn).data().toString().contains(u"27 Nov 2026"_s));
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
        scheduler.setPlans({ { u"a"_s, u"Nightly flush"_s, s } });
        SchedulesPage page(&scheduler);
        page.model()->setRows({ { u"a"_s, u"Nightly flush"_s, u"prod"_s, s, {}, {} } });
        page.show();
        QVERIFY(page.model()
                    ->index(0, SchedulesModel::NextRunColumn)
                    .data()
                    .toString()
                    .contains(u"27 Nov 2026"_s));
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
