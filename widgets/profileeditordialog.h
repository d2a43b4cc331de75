#pragma once

#include "connection/connectionprofile.h"
#include "connection/connectiontester.h"

#include <optional>
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace moctl {

class SecretStore;

// Edits one profile: every field, the user as `account:user[:role]` (its parts are shown), the
// password (kept for the keychain, never in the profile), inline validation, and "Test connection"
// in the background with a result area. Does not save anything itself: the caller takes profile()
// and newPassword() after accept().
class ProfileEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // `secrets` (may be null) is only read, to test an existing profile when no password was typed.
    ProfileEditorDialog(const ConnectionProfile &profile, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    // Groups offered in the group box; names of the other profiles (refused as duplicates).
    void setGroups(const QStringList &groups);
    void setTakenNames(const QStringList &names);

    ConnectionProfile profile() const;
    // Set when a password was typed (possibly empty when "no password" was chosen).
    std::optional<QString> newPassword() const;
    enum class PasswordStorage { Keychain, Session };
    PasswordStorage passwordStorage() const;
    // Problems shown inline; empty = can be saved.
    QStringList problems() const;
    bool isTesting() const;
    // Whether anything was changed (a field, or a password typed).
    bool isModified() const;
    // Cancel, Escape or the close button with changes asks first.
    void reject() override;

    // Preset colour tags: (name, "#rrggbb").
    static QList<std::pair<QString, QString>> colourPresets();

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    void testFinished(const moctl::ConnectionTestResult &result);

private:
    void buildUi();
    void load(const ConnectionProfile &profile);
    void revalidate();
    void updateUserParts();
    void startTest(const QString &password);
    void showTestResult(const ConnectionTestResult &result);
    QLineEdit *fileField(const QString &objectName, const QString &filter, QWidget **row);

    ConnectionProfile m_original;
    QPointer<SecretStore> m_secrets;
    QStringList m_takenNames;
    bool m_passwordEdited = false;
    bool m_confirmTouched = false; // the operator set "Confirm before running" themselves
    ConnectionProfile m_shown; // as the form showed it: "modified" compares to this
    ConnectionTester *m_tester = nullptr;

    QLineEdit *m_name = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_tags = nullptr; // comma-separated
    QComboBox *m_colour = nullptr;
    QCheckBox *m_confirmRuns = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_userParts = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_passwordStorage = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_ca = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_readTimeout = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_test = nullptr;
    QPlainTextEdit *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace moctl
