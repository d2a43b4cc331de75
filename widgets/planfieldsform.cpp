#include "planfieldsform.h"

#include "connection/profileselector.h"
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
    m_form = form;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"planName"_s);
    m_description = new QLineEdit(this);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(u"planProfile"_s);
    m_profile->setAccessibleName(PlanTexts::tr("Profile the plan runs on"));
    m_profile->setToolTip(
        PlanTexts::tr("The profile the plan runs on, also on a schedule. None: the profile that is "
                      "current when you run it here."));
    // What it runs on: one profile, or a fleet (every profile of a group, with a tag, listed, or all).
    m_targetKind = new QComboBox(this);
    m_targetKind->setObjectName(u"planTargetKind"_s);
    m_targetKind->setAccessibleName(PlanTexts::tr("What the plan runs on"));
    m_targetKind->setToolTip(PlanTexts::tr("One profile, or a fleet: the plan runs on every profile of a "
                                           "group, with a tag, listed by name, or all of them, in parallel"));
    m_targetKind->addItem(PlanTexts::tr("One profile"), int(ProfileSelector::Kind::None));
    m_targetKind->addItem(PlanTexts::tr("Profiles in a group"), int(ProfileSelector::Kind::Group));
    m_targetKind->addItem(PlanTexts::tr("Profiles with a tag"), int(ProfileSelector::Kind::Tag));
    m_targetKind->addItem(PlanTexts::tr("Profiles listed by name"), int(ProfileSelector::Kind::Names));
    m_targetKind->addItem(PlanTexts::tr("All profiles"), int(ProfileSelector::Kind::All));
    m_targetValue = new QComboBox(this);
    m_targetValue->setObjectName(u"planTargetValue"_s);
    m_targetValue->setEditable(true);
    m_targetValue->setInsertPolicy(QComboBox::NoInsert);
    m_targetValue->setAccessibleName(PlanTexts::tr("The group, tag or profile names the plan runs on"));
    m_targetValue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_targetValue->setMinimumContentsLength(10);
    auto *targetChoice = new QHBoxLayout;
    targetChoice->addWidget(m_targetKind);
    targetChoice->addWidget(m_targetValue, 1);
    auto *targetRow = new QVBoxLayout; // the choice, and under it what it resolves to now
    targetRow->setSpacing(2);
    targetRow->addLayout(targetChoice);
    m_targetPreview = new QLabel(this);
    m_targetPreview->setObjectName(u"planTargetPreview"_s);
    m_targetPreview->setWordWrap(true);
    m_targetPreview->setTextFormat(Qt::RichText);
    m_targetPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for two lines: a form row does not grow with a wrapped label, which would be cut.
    m_targetPreview->setMinimumHeight(2 * m_targetPreview->fontMetrics().lineSpacing());
    targetRow->addWidget(m_targetPreview);
    m_policy = new QComboBox(this);
    for (auto p : { FailurePolicy::Stop, FailurePolicy::Continue, FailurePolicy::SkipCheckpoints })
        m_policy->addItem(failurePolicyTitle(p), int(p));
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(48);
    form->addRow(PlanTexts::tr("&Name:"), m_name);
    form->addRow(PlanTexts::tr("&Description:"), m_description);
    auto *targetLabel = new QLabel(PlanTexts::tr("Runs o&n:"), this);
    targetLabel->setBuddy(m_targetKind);
    form->addRow(targetLabel, targetRow);
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
    connect(m_targetKind, &QComboBox::activated, this, [this] {
        if (m_refreshing)
            return;
        // A new kind starts from what it offers first (the first group, the first tag).
        const auto kind = ProfileSelector::Kind(m_targetKind->currentData().toInt());
        const bool listed = kind == ProfileSelector::Kind::Group || kind == ProfileSelector::Kind::Tag;
        m_refreshing = true;
        m_targetValue->clear();
        if (listed) {
            QStringList values;
            for (const ConnectionProfile &p : std::as_const(m_profiles)) {
                for (const QString &v :
                    kind == ProfileSelector::Kind::Group ? QStringList { p.group } : p.tags) {
                    if (!v.isEmpty() && !values.contains(v, Qt::CaseInsensitive))
                        values << v;
                }
            }
            values.sort(Qt::CaseInsensitive);
            m_targetValue->addItems(values);
        } else if (kind == ProfileSelector::Kind::Names) {
            const PlanProfileChoice *choice = profileChoice(m_model->plan().profileId);
            m_targetValue->setEditText(choice ? choice->name : QString());
        }
        m_refreshing = false;
        editTarget();
    });
    connect(m_targetValue, &QComboBox::activated, this, &PlanFieldsForm::editTarget);
    connect(m_targetValue->lineEdit(), &QLineEdit::editingFinished, this, &PlanFieldsForm::editTarget);
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

void PlanFieldsForm::setProfiles(const QList<ConnectionProfile> &profiles)
{
    m_profiles = profiles;
    const bool refreshing = std::exchange(m_refreshing, true);
    refreshTarget();
    m_refreshing = refreshing;
}

void PlanFieldsForm::editTarget()
{
    if (m_refreshing || !m_model->hasPlan())
        return;
    const auto kind = ProfileSelector::Kind(m_targetKind->currentData().toInt());
    const QString value = m_targetValue->currentText().trimmed();
    QString text;
    QString error;
    switch (kind) {
    case ProfileSelector::Kind::None:
        break;
    case ProfileSelector::Kind::All:
        text = ProfileSelector::all().toString();
        break;
    case ProfileSelector::Kind::Group:
        text = value.isEmpty() ? u"group:"_s : ProfileSelector::group(value).toString();
        break;
    case ProfileSelector::Kind::Tag:
        text = value.isEmpty() ? u"tag:"_s : ProfileSelector::tag(value).toString();
        break;
    case ProfileSelector::Kind::Names: {
        QStringList names;
        for (const QString &name : value.split(u','))
            names << name.trimmed();
        text = value.isEmpty() ? QString() : ProfileSelector::names(names).toString();
        if (!value.isEmpty() && !ProfileSelector::parse(text, &error))
            text = value; // kept as typed: the preview and the plan's problems say what is wrong
        break;
    }
    }
    if (kind != ProfileSelector::Kind::None && text.isEmpty())
        text = value; // nothing chosen yet: the plan says it needs a target
    if (text == m_model->plan().profiles)
        return;
    m_model->editPlanField([text](MaintenancePlan &p) { p.profiles = text; }, PlanTexts::tr("Change target"),
        -1); // each choice its own undo step
}

void PlanFieldsForm::refreshTarget()
{
    QString error;
    const QString text = m_model->plan().profiles.trimmed();
    const std::optional<ProfileSelector> selector
        = text.isEmpty() ? std::optional(ProfileSelector()) : ProfileSelector::parse(text, &error);
    ProfileSelector::Kind kind = ProfileSelector::Kind::None;
    if (!text.isEmpty())
        kind = selector ? selector->kind() : ProfileSelector::Kind::Names;
    if (!text.isEmpty() && !selector) {
        // Unreadable: shown as the kind it starts with, the rest as typed.
        if (text.startsWith(u"group:"_s, Qt::CaseInsensitive))
            kind = ProfileSelector::Kind::Group;
        else if (text.startsWith(u"tag:"_s, Qt::CaseInsensitive))
            kind = ProfileSelector::Kind::Tag;
    }
    {
        const QSignalBlocker block(m_targetKind);
        m_targetKind->setCurrentIndex(qMax(0, m_targetKind->findData(int(kind))));
    }
    QString value;
    if (selector && (kind == ProfileSelector::Kind::Group || kind == ProfileSelector::Kind::Tag))
        value = selector->value();
    else if (selector && kind == ProfileSelector::Kind::Names)
        value = selector->nameList().join(u", "_s);
    else if (!selector)
        value = text.section(u':', text.contains(u':') ? 1 : 0);
    {
        const QSignalBlocker block(m_targetValue);
        QStringList values;
        if (kind == ProfileSelector::Kind::Group || kind == ProfileSelector::Kind::Tag) {
            for (const ConnectionProfile &p : std::as_const(m_profiles)) {
                for (const QString &v :
                    kind == ProfileSelector::Kind::Group ? QStringList { p.group } : p.tags) {
                    if (!v.isEmpty() && !values.contains(v, Qt::CaseInsensitive))
                        values << v;
                }
            }
            values.sort(Qt::CaseInsensitive);
        }
        QStringList current;
        for (int i = 0; i < m_targetValue->count(); ++i)
            current << m_targetValue->itemText(i);
        if (current != values) {
            m_targetValue->clear();
            m_targetValue->addItems(values);
        }
        m_targetValue->setEditText(value);
    }
    const bool fleet = kind != ProfileSelector::Kind::None;
    m_targetValue->setVisible(fleet && kind != ProfileSelector::Kind::All);
    m_form->setRowVisible(m_profile, !fleet);
    m_targetPreview->setVisible(fleet);
    if (!fleet) {
        m_targetPreviewText.clear();
        m_targetPreview->clear();
        return;
    }
    bool ok = false;
    if (selector) {
        const ProfileSelector::Result r = selector->resolve(m_profiles);
        if (r.ok()) {
            QStringList names;
            for (const ConnectionProfile &p : r.profiles)
                names << p.name;
            // The first names (all of them in the tooltip): the form stays two lines high.
            constexpr int Named = 6;
            QString list = names.mid(0, Named).join(u", "_s);
            if (names.size() > Named)
                list = PlanTexts::tr("%1 and %n more", nullptr, int(names.size()) - Named).arg(list);
            m_targetPreviewText = PlanTexts::tr("%n profile(s): %1", nullptr, int(names.size())).arg(list);
            m_targetPreview->setToolTip(names.join(u"\n"_s));
            ok = true;
        } else {
            error = r.error;
        }
    }
    if (!ok) {
        m_targetPreviewText = error;
        m_targetPreview->setToolTip(error);
    }
    m_targetPreview->setAccessibleName(m_targetPreviewText);
    m_targetPreview->setText(ok ? m_targetPreviewText.toHtmlEscaped()
                                : u"<img src=\":/icons/warning.svg\" width=\"14\" height=\"14\"> "_s
                + m_targetPreviewText.toHtmlEscaped());
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
    refreshTarget();
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
