#pragma once

#include "connection/connectionprofile.h"

#include <functional>
#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace moctl {

class PlanModel;
class SecretStore;
struct Schedule;

// A profile a plan can be given, listed by name.
struct PlanProfileChoice
{
    QString id;
    QString name;
};

// The plan model's plan itself: name, description, what it runs on (one profile, or a fleet: a group,
// a tag, listed or all profiles, with the profiles that resolves to now), failure policy, notes and
// its schedule (a sentence with the next run, and the schedule editor in a dialog). Every change is an
// edit of the model.
class PlanFieldsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanFieldsForm(PlanModel *model, QWidget *parent = nullptr);

    // The Profile field lists these by name; a plan whose profile is not among them shows it as
    // missing, and keeps it until another is chosen.
    void setProfileChoices(const QList<PlanProfileChoice> &profiles);
    // The profiles a fleet target offers (their groups and tags) and is resolved against.
    void setProfiles(const QList<ConnectionProfile> &profiles);
    // What the target resolves to now ("3 profiles: a, b, c"), or why it cannot be used; empty for a
    // plan on one profile.
    QString targetPreview() const { return m_targetPreviewText; }
    // The listed profile with this id (with or without braces), or null.
    const PlanProfileChoice *profileChoice(const QString &id) const;
    // Opens the schedule editor in a dialog. A saved plan's schedule is saved at once by the saver (the
    // plan file holds it before the dialog closes); a new plan's is one edit, saved with the plan.
    void editSchedule();
    using ScheduleSaver = std::function<bool(const Schedule &schedule, QString *error)>;
    void setScheduleSaver(ScheduleSaver saver) { m_scheduleSaver = std::move(saver); }
    QString scheduleSentence() const;
    // Where webhook addresses are kept (the keychain); without it the webhook cannot be set here.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    // Opens the notifications dialog; accepting it is one edit (the address goes to the keychain).
    void editNotifications();
    QString notificationsSentence() const;

private:
    void refresh();
    void refreshProfileChoice();
    void refreshTarget();
    // The target the kind and value fields say, as a plan edit.
    void editTarget();

    PlanModel *m_model;
    bool m_refreshing = false;
    ScheduleSaver m_scheduleSaver;
    QList<PlanProfileChoice> m_profileChoices;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_profile = nullptr;
    QList<ConnectionProfile> m_profiles;
    QComboBox *m_targetKind = nullptr; // one profile, group, tag, all, listed
    QComboBox *m_targetValue = nullptr; // the group, the tag, or the listed names (editable)
    QLabel *m_targetPreview = nullptr;
    QString m_targetPreviewText;
    QFormLayout *m_form = nullptr;
    QComboBox *m_policy = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_scheduleSentence = nullptr;
    QPushButton *m_scheduleButton = nullptr;
    QLabel *m_notifySentence = nullptr;
    QPushButton *m_notifyButton = nullptr;
    SecretStore *m_secrets = nullptr;
};

} // namespace moctl
