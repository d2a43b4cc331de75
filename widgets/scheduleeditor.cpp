#include "scheduleeditor.h"

#include "discardguard.h"
#include "localetext.h"
#include "notify/notification.h"
#include "windowtitle.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    for (QWidget *child : widgets)
        l->addWidget(child);
    l->addStretch(1);
    return w;
}
} // namespace

ScheduleEditor::ScheduleEditor(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"ScheduleEditor"_s);
    buildForm();
    setSchedule(Schedule());
    // The preview stays current while the editor is open.
    auto *refresh = new QTimer(this);
    refresh->setInterval(std::chrono::seconds(30));
    connect(refresh, &QTimer::timeout, this, &ScheduleEditor::updatePreview);
    refresh->start();
}

void ScheduleEditor::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_enabled = new QCheckBox(tr("Run this plan on a &schedule"), this);
    m_enabled->setObjectName(u"enabled"_s);
    form->addRow(m_enabled);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kind"_s);
    m_kind->setAccessibleName(tr("Repeat"));
    m_kind->addItem(tr("Every few minutes"), int(Schedule::Kind::EveryMinutes));
    m_kind->addItem(tr("Every few hours"), int(Schedule::Kind::EveryHours));
    m_kind->addItem(tr("Every day"), int(Schedule::Kind::Daily));
    m_kind->addItem(tr("On days of the week"), int(Schedule::Kind::Weekly));
    form->addRow(tr("&Repeat:"), m_kind);

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"interval"_s);
    m_interval->setAccessibleName(tr("Interval"));
    m_intervalLabel = new QLabel(this);
    m_intervalRow = row(this, { m_interval, m_intervalLabel });
    form->addRow(tr("E&very:"), m_intervalRow);

    m_times = new QLineEdit(this);
    m_times->setObjectName(u"times"_s);
    m_times->setAccessibleName(tr("Times of day"));
    m_times->setPlaceholderText(tr("02:30, 14:00"));
    m_times->setToolTip(tr("One or more times of day (HH:mm), separated by commas."));
    m_timesRow = m_times;
    form->addRow(tr("At &times:"), m_times);

    m_daysRow = new QWidget(this);
    auto *days = new QHBoxLayout(m_daysRow);
    days->setContentsMargins(0, 0, 0, 0);
    for (int d = 1; d <= 7; ++d) {
        auto *b = new QToolButton(m_daysRow);
        b->setObjectName(u"day%1"_s.arg(d));
        b->setCheckable(true);
        b->setText(QLocale().dayName(d, QLocale::ShortFormat));
        b->setAccessibleName(QLocale().dayName(d, QLocale::LongFormat));
        days->addWidget(b);
        m_days << b;
        connect(b, &QToolButton::toggled, this, &ScheduleEditor::onEdited);
    }
    days->addStretch(1);
    form->addRow(tr("On &days:"), m_daysRow);
    m_weeklyTime = new QTimeEdit(this);
    m_weeklyTime->setObjectName(u"weeklyTime"_s);
    m_weeklyTime->setDisplayFormat(u"HH:mm"_s);
    m_weeklyTime->setAccessibleName(tr("Time of day"));
    m_weeklyRow = m_weeklyTime;
    form->addRow(tr("A&t:"), m_weeklyTime);

    m_window = new QCheckBox(tr("Only &between"), this);
    m_window->setObjectName(u"window"_s);
    m_windowFrom = new QTimeEdit(this);
    m_windowFrom->setObjectName(u"windowFrom"_s);
    m_windowFrom->setDisplayFormat(u"HH:mm"_s);
    m_windowFrom->setAccessibleName(tr("Active window start"));
    m_windowTo = new QTimeEdit(this);
    m_windowTo->setObjectName(u"windowTo"_s);
    m_windowTo->setDisplayFormat(u"HH:mm"_s);
    m_windowTo->setAccessibleName(tr("Active window end"));
    auto *andLabel = new QLabel(tr("and"), this);
    form->addRow(tr("Active window:"), row(this, { m_window, m_windowFrom, andLabel, m_windowTo }));

    m_hasStart = new QCheckBox(tr("&From"), this);
    m_hasStart->setObjectName(u"hasStart"_s);
    m_start = new QDateEdit(this);
    m_start->setObjectName(u"startDate"_s);
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("First day"));
    m_hasEnd = new QCheckBox(tr("&Until"), this);
    m_hasEnd->setObjectName(u"hasEnd"_s);
    m_end = new QDateEdit(this);
    m_end->setObjectName(u"endDate"_s);
    m_end->setCalendarPopup(true);
    m_end->setAccessibleName(tr("Last day"));
    form->addRow(tr("Dates:"), row(this, { m_hasStart, m_start, m_hasEnd, m_end }));

    m_zone = new QComboBox(this);
    m_zone->setObjectName(u"timeZone"_s);
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->addItem(
        tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    std::sort(ids.begin(), ids.end());
    for (const QByteArray &id : std::as_const(ids))
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    form->addRow(tr("Time &zone:"), m_zone);

    m_overlap = new QComboBox(this);
    m_overlap->setObjectName(u"overlap"_s);
    m_overlap->setAccessibleName(tr("When the previous run is still going"));
    for (auto o : { Schedule::Overlap::Skip, Schedule::Overlap::QueueOne })
        m_overlap->addItem(overlapTitle(o), int(o));
    form->addRow(tr("If still &running:"), m_overlap);
    m_missed = new QComboBox(this);
    m_missed->setObjectName(u"missed"_s);
    m_missed->setAccessibleName(tr("Runs missed while the computer was off"));
    for (auto m : { Schedule::Missed::Skip, Schedule::Missed::RunOnce, Schedule::Missed::RunEach })
        m_missed->addItem(missedTitle(m), int(m));
    form->addRow(tr("&Missed runs:"), m_missed);
    // The plan's notifications say when; a schedule may say otherwise for the runs it starts.
    m_notify = new QComboBox(this);
    m_notify->setObjectName(u"notify"_s);
    m_notify->setAccessibleName(tr("Notifications of scheduled runs"));
    m_notify->setToolTip(tr("Who is told of the runs this schedule starts: as the plan's notifications "
                            "say, or otherwise (for example only when a nightly run fails). Runs started "
                            "by hand follow the plan's notifications."));
    m_notify->addItem(tr("As the plan's notifications say"), -1);
    for (auto w : { NotifyWhen::Never, NotifyWhen::OnFailure, NotifyWhen::OnSuccess, NotifyWhen::Always })
        m_notify->addItem(notifyWhenTitle(w), int(w));
    form->addRow(tr("&Notify:"), m_notify);

    m_sentence = new QLabel(this);
    m_sentence->setObjectName(u"sentence"_s);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);
    layout->addWidget(m_sentence);
    m_errors = new QLabel(this);
    m_errors->setObjectName(u"errors"_s);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(u"color: #b00020;"_s);
    layout->addWidget(m_errors);
    auto *previewLabel = new QLabel(tr("Next %n run(s):", nullptr, PreviewCount), this);
    layout->addWidget(previewLabel);
    m_preview = new QListWidget(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setAccessibleName(tr("Next runs"));
    m_preview->setFocusPolicy(Qt::TabFocus); // read-only, but a screen reader reaches it with Tab
    m_preview->setMaximumHeight(m_preview->fontMetrics().height() * (PreviewCount + 1) + 8);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(m_preview);
    layout->addStretch(1);

    const auto edited = [this] { onEdited(); };
    connect(m_enabled, &QCheckBox::toggled, this, edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        // Keep the interval in range when switching between minutes and hours.
        updateVisibility();
        onEdited();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, edited);
    connect(m_times, &QLineEdit::textChanged, this, edited);
    connect(m_weeklyTime, &QTimeEdit::timeChanged, this, edited);
    connect(m_window, &QCheckBox::toggled, this, edited);
    connect(m_windowFrom, &QTimeEdit::timeChanged, this, edited);
    connect(m_windowTo, &QTimeEdit::timeChanged, this, edited);
    connect(m_hasStart, &QCheckBox::toggled, this, edited);
    connect(m_start, &QDateEdit::dateChanged, this, edited);
    connect(m_hasEnd, &QCheckBox::toggled, this, edited);
    connect(m_end, &QDateEdit::dateChanged, this, edited);
    connect(m_zone, &QComboBox::currentIndexChanged, this, edited);
    connect(m_overlap, &QComboBox::currentIndexChanged, this, edited);
    connect(m_missed, &QComboBox::currentIndexChanged, this, edited);
    connect(m_notify, &QComboBox::currentIndexChanged, this, edited);
}

void ScheduleEditor::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    updatePreview();
}

void ScheduleEditor::setSchedule(const Schedule &schedule)
{
    m_loading = true;
    const Schedule s = schedule.normalized();
    m_original = s;
    m_enabled->setChecked(s.enabled);
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    updateVisibility();
    m_interval->setValue(s.interval);
    QStringList times;
    for (const QTime &t : s.times)
        times << t.toString(u"HH:mm"_s);
    m_times->setText(times.join(u", "_s));
    m_weeklyTime->setTime(s.times.value(0, QTime(2, 0)));
    for (int d = 1; d <= 7; ++d)
        m_days.at(d - 1)->setChecked(s.days.contains(d));
    m_window->setChecked(s.hasWindow());
    m_windowFrom->setTime(s.windowStart.isValid() ? s.windowStart : QTime(1, 0));
    m_windowTo->setTime(s.windowEnd.isValid() ? s.windowEnd : QTime(5, 0));
    const QDate today = m_clock().toLocalTime().date();
    m_hasStart->setChecked(s.startDate.isValid());
    m_start->setDate(s.startDate.isValid() ? s.startDate : today);
    m_hasEnd->setChecked(s.endDate.isValid());
    m_end->setDate(s.endDate.isValid() ? s.endDate : today.addMonths(1));
    int zone = m_zone->findData(s.timeZone);
    if (zone < 0) {
        m_zone->addItem(s.timeZone, s.timeZone);
        zone = m_zone->count() - 1;
    }
    m_zone->setCurrentIndex(zone);
    m_overlap->setCurrentIndex(m_overlap->findData(int(s.overlap)));
    m_missed->setCurrentIndex(m_missed->findData(int(s.missed)));
    m_notify->setCurrentIndex(m_notify->findData(s.notify ? int(*s.notify) : -1));
    m_loading = false;
    updateVisibility();
    updatePreview();
}

QList<QTime> ScheduleEditor::parsedTimes(bool *ok) const
{
    QList<QTime> times;
    *ok = true;
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    for (const QString &part : m_times->text().split(separators, Qt::SkipEmptyParts)) {
        QTime t = QTime::fromString(part, u"H:mm"_s);
        if (!t.isValid())
            t = QTime::fromString(part, u"HH:mm"_s);
        if (!t.isValid()) {
            *ok = false;
            continue;
        }
        times << t;
    }
    return times;
}

Schedule ScheduleEditor::schedule() const
{
    Schedule s = m_original;
    s.enabled = m_enabled->isChecked();
    s.kind = Schedule::Kind(m_kind->currentData().toInt());
    switch (s.kind) {
    case Schedule::Kind::EveryMinutes:
    case Schedule::Kind::EveryHours:
        s.interval = m_interval->value();
        break;
    case Schedule::Kind::Daily: {
        bool ok = true;
        s.times = parsedTimes(&ok);
        if (!ok)
            s.times.clear(); // reported by errors()
        break;
    }
    case Schedule::Kind::Weekly:
        s.times = { m_weeklyTime->time() };
        s.days.clear();
        for (int d = 1; d <= 7; ++d) {
            if (m_days.at(d - 1)->isChecked())
                s.days << d;
        }
        break;
    }
    if (m_window->isChecked()) {
        s.windowStart = m_windowFrom->time();
        s.windowEnd = m_windowTo->time();
    } else {
        s.windowStart = QTime();
        s.windowEnd = QTime();
    }
    s.startDate = m_hasStart->isChecked() ? m_start->date() : QDate();
    s.endDate = m_hasEnd->isChecked() ? m_end->date() : QDate();
    s.timeZone = m_zone->currentData().toString();
    s.overlap = Schedule::Overlap(m_overlap->currentData().toInt());
    s.missed = Schedule::Missed(m_missed->currentData().toInt());
    const int notify = m_notify->currentData().toInt();
    s.notify = notify < 0 ? std::nullopt : std::optional(NotifyWhen(notify));
    return s.normalized();
}

QStringList ScheduleEditor::errors() const
{
    QStringList errors;
    if (Schedule::Kind(m_kind->currentData().toInt()) == Schedule::Kind::Daily) {
        bool ok = true;
        parsedTimes(&ok);
        if (!ok)
            errors << tr("Write the times of day as HH:mm, separated by commas (for example 02:30, 14:00).");
    }
    for (const QString &e : scheduleErrors(schedule())) {
        if (!errors.contains(e))
            errors << e;
    }
    return errors;
}

void ScheduleEditor::updateVisibility()
{
    const auto kind = Schedule::Kind(m_kind->currentData().toInt());
    const bool interval = kind == Schedule::Kind::EveryMinutes || kind == Schedule::Kind::EveryHours;
    auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout());
    form->setRowVisible(m_intervalRow, interval);
    form->setRowVisible(m_timesRow, kind == Schedule::Kind::Daily);
    form->setRowVisible(m_daysRow, kind == Schedule::Kind::Weekly);
    form->setRowVisible(m_weeklyRow, kind == Schedule::Kind::Weekly);
    const bool wasLoading = m_loading;
    m_loading = true;
    if (kind == Schedule::Kind::EveryMinutes) {
        m_interval->setRange(1, Schedule::MaxIntervalMinutes);
        m_intervalLabel->setText(tr("minutes"));
    } else if (kind == Schedule::Kind::EveryHours) {
        m_interval->setRange(1, Schedule::MaxIntervalHours);
        m_intervalLabel->setText(tr("hours"));
    }
    m_loading = wasLoading;
    m_windowFrom->setEnabled(m_window->isChecked());
    m_windowTo->setEnabled(m_window->isChecked());
    m_start->setEnabled(m_hasStart->isChecked());
    m_end->setEnabled(m_hasEnd->isChecked());
}

void ScheduleEditor::onEdited()
{
    if (m_loading)
        return;
    updateVisibility();
    updatePreview();
    Q_EMIT scheduleChanged();
}

void ScheduleEditor::updatePreview()
{
    const Schedule s = schedule();
    const QStringList problems = errors();
    m_preview->clear();
    m_errors->setText(problems.join(u'\n'));
    m_errors->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        m_sentence->setText(tr("This schedule is not complete."));
        return;
    }
    const QList<QDateTime> runs = nextRuns(s, m_clock(), PreviewCount);
    const QLocale locale;
    const bool otherZone = !s.timeZone.isEmpty() && s.timeZone.toUtf8() != QTimeZone::systemTimeZoneId();
    for (const QDateTime &run : runs) {
        QString text = LocaleText::weekdayDateTime(run, locale);
        if (otherZone)
            text += u"  ("_s + tr("%1 here").arg(LocaleText::weekdayTime(run.toLocalTime(), locale)) + u')';
        m_preview->addItem(text);
    }
    m_sentence->setText(sentenceFor(s, m_clock()));
}

QString ScheduleEditor::sentenceFor(const Schedule &s, const QDateTime &now)
{
    if (!scheduleErrors(s).isEmpty())
        return tr("This schedule is not complete.");
    const QLocale locale;
    const QList<QDateTime> runs = nextRuns(s, now, 1);
    QString sentence = describe(s, locale);
    if (!runs.isEmpty())
        sentence = tr("%1, next: %2").arg(sentence, LocaleText::weekdayDateTime(runs.first(), locale));
    else
        sentence = tr("%1; no run is left.").arg(sentence);
    if (!s.enabled)
        sentence = tr("Not scheduled (paused): %1").arg(sentence);
    return sentence;
}

std::optional<Schedule> ScheduleEditor::editInDialog(
    QWidget *parent, const QString &planName, const Schedule &schedule, Saver saver, const QString &note)
{
    GuardedDialog dialog(parent);
    dialog.setObjectName(u"ScheduleDialog"_s);
    dialog.setWindowTitle(
        QCoreApplication::translate("moctl::SchedulesPage", "Schedule of %1").arg(planName));
    keepTitleWhole(&dialog);
    auto *layout = new QVBoxLayout(&dialog);
    auto *editor = new ScheduleEditor(&dialog);
    editor->setSchedule(schedule);
    layout->addWidget(editor);
    const Schedule loaded = editor->schedule(); // as the form normalises it: "modified" compares to this
    auto *noteLabel = new QLabel(note, &dialog);
    noteLabel->setObjectName(u"scheduleNote"_s);
    noteLabel->setWordWrap(true);
    noteLabel->setVisible(!note.isEmpty());
    layout->addWidget(noteLabel);
    auto *saveError = new QLabel(&dialog);
    saveError->setObjectName(u"scheduleSaveError"_s);
    saveError->setWordWrap(true);
    saveError->setTextFormat(Qt::PlainText);
    saveError->setVisible(false);
    layout->addWidget(saveError);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    const auto updateButtons = [editor, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(editor->errors().isEmpty());
    };
    connect(editor, &ScheduleEditor::scheduleChanged, &dialog, updateButtons);
    updateButtons();
    dialog.setModifiedCheck([editor, loaded] { return !(editor->schedule() == loaded); },
        QCoreApplication::translate("moctl::SchedulesPage", "the schedule of %1").arg(planName));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, editor, saver, saveError] {
        if (saver) { // saved before the dialog closes
            QString error;
            if (!saver(editor->schedule(), &error)) {
                saveError->setText(
                    QCoreApplication::translate("moctl::SchedulesPage", "Not saved: %1").arg(error));
                saveError->setVisible(true);
                return;
            }
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return editor->schedule();
}

QString ScheduleEditor::sentence() const
{
    return m_sentence->text();
}

QStringList ScheduleEditor::previewTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_preview->count(); ++i)
        texts << m_preview->item(i)->text();
    return texts;
}

} // namespace moctl
