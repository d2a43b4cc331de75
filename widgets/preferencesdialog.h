#pragma once

#include "history/historylocation.h"
#include "settings/preferences.h"

#include <functional>
#include <QDialog>

class QComboBox;
class QLabel;
class QCheckBox;
class QSpinBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;

namespace moctl {

// Language, tray behaviour, default parallelism / timeout / retries, history retention and location (the
// local file or a shared database; its password goes to the keychain, through the application).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);
    Preferences preferences() const;
    // The shared history's password typed here (empty: keep the one in the keychain). Never saved by
    // the dialog itself.
    QString historyPassword() const;
    // "Test connection": the application's tester, which opens the connection off the GUI thread and calls
    // `done` later on the GUI thread (ok, message). Without one the button is hidden.
    using HistoryTester = std::function<void(const HistoryLocation &location, const QString &password,
        std::function<void(bool ok, const QString &message)> done)>;
    void setHistoryTester(HistoryTester tester);
    // Cancel, Escape or the close button with changes asks first.
    void reject() override;
    // OK with a history location that cannot be parsed says why and stays open.
    void accept() override;

private:
    Preferences m_original;
    Preferences m_shown;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QCheckBox *m_tray = nullptr;
    QSpinBox *m_parallelism = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QSpinBox *m_keepRuns = nullptr;
    QComboBox *m_historyKind = nullptr;
    QLineEdit *m_historyUrl = nullptr;
    QLineEdit *m_historyPassword = nullptr;
    QPushButton *m_testHistory = nullptr;
    QLabel *m_historyStatus = nullptr;
    HistoryTester m_tester;

    QString historyText() const;
    void updateHistoryFields();
    void testHistory();
};

} // namespace moctl
