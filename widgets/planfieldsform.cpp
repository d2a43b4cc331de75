#include "planfieldsform.h"

#include "notificationsdialog.h"
#include "planmodel.h"
#include "scheduleeditor.h"

#include <algorithm>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUuid>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace moctl {

PlanFieldsForm::PlanFieldsForm(PlanModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *editLayout = new QVBoxLayout(this);
    editLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"planName"_s);
    m_description = new QLineEdit(this);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(u"planProfile"_s);
    m_profile->setAccessibleName(PlanTexts::tr("Profile the plan runs on"));
    m_profile->setToolTip(
        PlanTexts::tr("The profile the plan runs on, also on a schedule. None: the profile that is "
                      "current when you run it here."));
    m_policy = new QComboBox(this);
    for (auto p : { FailurePolicy::Stop, FailurePolicy::Continue, FailurePolicy::SkipCheckpoints })
        m_policy->addItem(failurePolicyTitle(p), int(p));
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(48);
    form->addRow(PlanTexts::tr("&Name:"), m_name);
    form->addRow(PlanTexts::tr("&Description:"), m_description);
    form->addRow(PlanTexts::tr("&Profile:"), m_profile);
    form->addRow(PlanTexts::tr("On &failure:"), m_policy);
    form->addRow(PlanTexts::tr("N&otes:"), m_notes);
    // The schedule: its sentence, and the schedule editor in a dialog.
    auto *scheduleRow = new QHBoxLayout;
    m_scheduleSentence = new QLabel(this);
    m_scheduleSentence->setObjectName(u"scheduleSentence"_s);
    m_scheduleSentence->setWordWrap(true);
    // Room for two lines: a form row does not grow with a wrapped label, which would be cut.
    m_scheduleSentence->setMinimumHeight(2 * m_scheduleSentence->fontMetrics().lineSpacing());
    m_scheduleSentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scheduleButton = new QPushButton(QIcon(u":/icons/schedule.svg"_s), PlanTexts::tr("S&chedule…"), this);
    m_scheduleButton->setObjectName(u"editScheduleButton"_s);
    m_scheduleButton->setToolTip(
        PlanTexts::tr("When the plan runs by itself; Save in the dialog saves it at once"));
    scheduleRow->addWidget(m_scheduleSentence, 1);
    scheduleRow->addWidget(m_scheduleButton);
    auto *scheduleLabel = new QLabel(PlanTexts::tr("Schedule:"), this);
    scheduleLabel->setBuddy(m_scheduleButton);
    form->addRow(scheduleLabel, scheduleRow);
    connect(m_scheduleButton, &QPushButton::clicked, this, &PlanFieldsForm::editSchedule);
    // Notifications: a sentence, and the dialog (webhook address in the keychain, "Send test").
    auto *notifyRow = new QHBoxLayout;
    m_notifySentence = new QLabel(this);
    m_notifySentence->setObjectName(u"notificationsSentence"_s);
    m_notifySentence->setWordWrap(true);
    m_notifyButton = new QPushButton(PlanTexts::tr("No&tifications…"), this);
    m_notifyButton->setObjectName(u"editNotificationsButton"_s);
    m_notifyButton->setToolTip(
        PlanTexts::tr("Who is told when the plan's runs end: a webhook, a desktop notification"));
    notifyRow->addWidget(m_notifySentence, 1);
    notifyRow->addWidget(m_notifyButton);
    auto *notifyLabel = new QLabel(PlanTexts::tr("Notifications:"), this);
    notifyLabel->setBuddy(m_notifyButton);
    form->addRow(notifyLabel, notifyRow);
    connect(m_notifyButton, &QPushButton::clicked, this, &PlanFieldsForm::editNotifications);
    editLayout->addLayout(form);
    using F = PlanModel::Field;
    const auto planEdit
        = [this](const std::function<void(MaintenancePlan &)> &change, const QString &text, int field) {
              if (!m_refreshing)
                  m_model->editPlanField(change, text, field);
          };
    connect(m_name, &QLineEdit::textEdited, this, [planEdit](const QString &t) {
        planEdit([&t](MaintenancePlan &p) { p.name = t; }, PlanTexts::tr("Rename plan"), F::FieldName);
    });
    connect(m_description, &QLineEdit::textEdited, this, [planEdit](const QString &t) {
        planEdit([&t](MaintenancePlan &p) { p.description = t; }, PlanTexts::tr("Edit description"),
            F::FieldDescription);
    });
    connect(m_profile, &QComboBox::activated, this, [this, planEdit](int index) {
        const QString id = m_profile->itemData(index).toString();
        planEdit([&id](MaintenancePlan &p) { p.profileId = id; }, PlanTexts::tr("Change profile"),
            F::FieldProfile);
    });
    connect(m_policy, &QComboBox::activated, this, [this, planEdit](int index) {
        const auto policy = FailurePolicy(m_policy->itemData(index).toInt());
        planEdit(
            [policy](MaintenancePlan &p) { p.policy = policy; }, PlanTexts::tr("Change failure policy"), -1);
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this, planEdit] {
        const QString t = m_notes->toPlainText();
        planEdit([&t](MaintenancePlan &p) { p.notes = t; }, PlanTexts::tr("Edit notes"), F::FieldNotes);
    });
    connect(m_model, &PlanModel::planChanged, this, &PlanFieldsForm::refresh);
    refresh();
}

void PlanFieldsForm::editSchedule()
{
    if (!m_model->hasPlan())
        return;
    Schedule current;
    if (m_model->plan().schedule)
        current = *m_model->plan().schedule;
    else if (m_model->plan().scheduleError.isEmpty())
        current.enabled = false; // a plan without a schedule: the user turns it on
    const QString name = m_model->plan().name;
    if (m_scheduleSaver && !m_model->isNew()) {
        ScheduleEditor::editInDialog(this, name, current, m_scheduleSaver); // saved by then
        return;
    }
    const QString note = m_model->isNew()
        ? PlanTexts::tr("The plan is not saved yet: its schedule is saved with it.")
        : QString();
    if (const std::optional<Schedule> edited = ScheduleEditor::editInDialog(this, name, current, {}, note))
        m_model->setSchedule(*edited);
}

void PlanFieldsForm::editNotifications()
{
    if (!m_model->hasPlan())
        return;
    const MaintenancePlan &plan = m_model->plan();
    const PlanProfileChoice *profile = profileChoice(plan.profileId);
    NotificationsDialog dialog(plan.idString(), plan.name, profile ? profile->name : plan.profileId,
        plan.notifications, m_secrets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const NotificationSettings settings = dialog.settings();
    if (settings == m_model->plan().notifications)
        return;
    m_model->editPlanField([settings](MaintenancePlan &p) { p.notifications = settings; },
        PlanTexts::tr("Change notifications"), -1);
}

QString PlanFieldsForm::notificationsSentence() const
{
    return m_notifySentence->text();
}

QString PlanFieldsForm::scheduleSentence() const
{
    return m_scheduleSentence->text();
}

void PlanFieldsForm::setProfileChoices(const QList<PlanProfileChoice> &profiles)
{
    m_profileChoices = profiles;
    std::sort(m_profileChoices.begin(), m_profileChoices.end(),
        [](const PlanProfileChoice &a, const PlanProfileChoice &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
    const bool refreshing = std::exchange(m_refreshing, true);
    refreshProfileChoice();
    m_refreshing = refreshing;
}

const PlanProfileChoice *PlanFieldsForm::profileChoice(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    // Plan files may spell the id with or without braces.
    const QUuid uuid = QUuid::fromString(id);
    for (const PlanProfileChoice &choice : m_profileChoices) {
        if (uuid.isNull() ? choice.id == id : QUuid::fromString(choice.id) == uuid)
            return &choice;
    }
    return nullptr;
}

void PlanFieldsForm::refreshProfileChoice()
{
    // Rebuilt each time: the profiles, and the plan's own profile when it is not one of them.
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    m_profile->addItem(PlanTexts::tr("(none: the current profile)"), QString());
    const QString wanted = m_model->plan().profileId;
    const PlanProfileChoice *chosen = profileChoice(wanted);
    int current = wanted.isEmpty() ? 0 : -1;
    for (const PlanProfileChoice &choice : std::as_const(m_profileChoices)) {
        m_profile->addItem(choice.name, choice.id);
        if (&choice == chosen)
            current = m_profile->count() - 1;
    }
    if (current < 0) {
        m_profile->addItem(
            QIcon(u":/icons/warning.svg"_s), PlanTexts::tr("(missing profile %1)").arg(wanted), wanted);
        current = m_profile->count() - 1;
    }
    m_profile->setCurrentIndex(current);
}

void PlanFieldsForm::refresh()
{
    m_refreshing = true;
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    setText(m_name, m_model->plan().name);
    setText(m_description, m_model->plan().description);
    refreshProfileChoice();
    if (m_notes->toPlainText() != m_model->plan().notes)
        m_notes->setPlainText(m_model->plan().notes);
    m_policy->setCurrentIndex(m_policy->findData(int(m_model->plan().policy)));
    if (m_model->hasPlan() && m_model->plan().schedule)
        m_scheduleSentence->setText(
            ScheduleEditor::sentenceFor(*m_model->plan().schedule, QDateTime::currentDateTimeUtc()));
    else if (m_model->hasPlan() && !m_model->plan().scheduleError.isEmpty())
        m_scheduleSentence->setText(
            PlanTexts::tr("The schedule cannot be used: %1").arg(m_model->plan().scheduleError));
    else
        m_scheduleSentence->setText(PlanTexts::tr("Not scheduled"));
    const NotificationSettings &n = m_model->plan().notifications;
    QString notify;
    if (!n.isEnabled()) {
        notify = PlanTexts::tr("None");
    } else {
        QStringList where;
        if (n.webhook)
            where << PlanTexts::tr("webhook (%1)").arg(webhookPresetTitle(n.preset));
        if (n.desktop)
            where << PlanTexts::tr("desktop");
        notify = PlanTexts::tr("%1: %2").arg(notifyWhenTitle(n.when), where.join(u", "_s));
    }
    // The schedule may tell of its runs otherwise (its editor says so).
    if (const auto &schedule = m_model->plan().schedule; schedule && schedule->notify)
        notify = PlanTexts::tr("%1; scheduled runs: %2").arg(notify, notifyWhenTitle(*schedule->notify));
    m_notifySentence->setText(notify);
    m_notifyButton->setEnabled(m_model->hasPlan());
    m_refreshing = false;
}

} // namespace moctl
