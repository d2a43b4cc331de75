#pragma once

#include "schedule/schedule.h"

#include <functional>
#include <optional>
#include <QDateTime>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;
class QToolButton;

namespace moctl {

// The schedule of one plan: kind (every N minutes / hours, daily at times, weekly on days), active window,
// dates, time zone, overlap and missed-run policies, who is told of its runs (as the plan says, or its own
// "when"), enabled. Shows the schedule as a sentence with its
// next run ("Every day at 02:30, next: Fri 27 Nov 02:30") and the next 5 run times, live.
class ScheduleEditor final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PreviewCount = 5;

    explicit ScheduleEditor(QWidget *parent = nullptr);

    void setSchedule(const Schedule &schedule);
    // What the form says (normalised). Check errors() before saving.
    Schedule schedule() const;
    QStringList errors() const;

    // The sentence as shown, and the next runs as shown (tests, accessibility).
    QString sentence() const;
    QStringList previewTexts() const;
    // Where "now" comes from for the preview (tests); default the system clock.
    void setClock(std::function<QDateTime()> clock);

    // The sentence for a schedule as the editor shows it ("Every day at 02:30, next: Fri 27 Nov 02:30").
    static QString sentenceFor(const Schedule &schedule, const QDateTime &now);
    // Edits a plan's schedule in a modal dialog (objectName "ScheduleDialog"; Save is enabled while the
    // schedule is complete). With a saver, Save saves at once: the dialog closes only once the saver
    // succeeded (its error is shown in the dialog otherwise). Closing with changes asks first. `note`
    // (may be empty) is shown above the buttons. nullopt when cancelled.
    using Saver = std::function<bool(const Schedule &schedule, QString *error)>;
    static std::optional<Schedule> editInDialog(QWidget *parent, const QString &planName,
        const Schedule &schedule, Saver saver = {}, const QString &note = {});

Q_SIGNALS:
    void scheduleChanged();

private:
    void buildForm();
    void updatePreview();
    void updateVisibility();
    void onEdited();
    QList<QTime> parsedTimes(bool *ok) const;

    std::function<QDateTime()> m_clock;
    bool m_loading = false;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QWidget *m_intervalRow = nullptr;
    QLineEdit *m_times = nullptr;
    QWidget *m_timesRow = nullptr;
    QWidget *m_daysRow = nullptr;
    QList<QToolButton *> m_days;
    QTimeEdit *m_weeklyTime = nullptr;
    QWidget *m_weeklyRow = nullptr;
    QCheckBox *m_window = nullptr;
    QTimeEdit *m_windowFrom = nullptr;
    QTimeEdit *m_windowTo = nullptr;
    QCheckBox *m_hasStart = nullptr;
    QDateEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_end = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_overlap = nullptr;
    QComboBox *m_missed = nullptr;
    QComboBox *m_notify = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_errors = nullptr;
    QListWidget *m_preview = nullptr;
    // Kept so a schedule that is only loaded and saved keeps the values of fields not shown for its kind.
    Schedule m_original;
};

} // namespace moctl
