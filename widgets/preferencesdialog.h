#pragma once

#include "settings/preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QCheckBox;
class QSpinBox;
class QDoubleSpinBox;

namespace moctl {

// Language, tray behaviour, default parallelism / timeout / retries, history retention.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);
    Preferences preferences() const;
    // Cancel, Escape or the close button with changes asks first.
    void reject() override;

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
};

} // namespace moctl
