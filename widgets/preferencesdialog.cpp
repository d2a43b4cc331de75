#include "preferencesdialog.h"

#include "discardguard.h"
#include "windowtitle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_original(preferences)
{
    setObjectName(u"PreferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    keepTitleWhole(this);
    auto *layout = new QVBoxLayout(this);

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
    generalForm->addRow(tr("&Language:"), m_language);
    // Page titles change at once; the rest of the window is built in the language it started with.
    m_languageNote
        = new QLabel(tr("The new language applies fully the next time MOCTL Studio starts."), general);
    m_languageNote->setObjectName(u"languageNote"_s);
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    generalForm->addRow(m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { m_languageNote->setVisible(m_language->currentData().toString() != m_original.language); });
    m_tray = new QCheckBox(
        tr("Keep running in the system tray when the window is closed (schedules go on)"), general);
    m_tray->setObjectName(u"keepRunningInTray"_s);
    m_tray->setChecked(preferences.keepRunningInTray);
    generalForm->addRow(m_tray);
    layout->addWidget(general);

    auto *run = new QGroupBox(tr("Defaults for new operations and steps"), this);
    auto *runForm = new QFormLayout(run);
    m_parallelism = new QSpinBox(run);
    m_parallelism->setObjectName(u"parallelism"_s);
    m_parallelism->setAccessibleName(tr("Parallel flushes"));
    m_parallelism->setRange(1, 64);
    m_parallelism->setValue(preferences.defaults.parallelism);
    runForm->addRow(tr("&Parallel flushes:"), m_parallelism);
    m_timeout = new QDoubleSpinBox(run);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setAccessibleName(tr("Timeout per operation"));
    m_timeout->setRange(1, 86400);
    m_timeout->setDecimals(0);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(double(preferences.defaults.timeout.count()) / 1000.0);
    runForm->addRow(tr("&Timeout per operation:"), m_timeout);
    m_retries = new QSpinBox(run);
    m_retries->setObjectName(u"retries"_s);
    m_retries->setAccessibleName(tr("Retries"));
    m_retries->setRange(0, 20);
    m_retries->setValue(preferences.defaults.retries);
    runForm->addRow(tr("&Retries (connection lost, server timeout):"), m_retries);
    layout->addWidget(run);

    auto *history = new QGroupBox(tr("History retention"), this);
    auto *historyForm = new QFormLayout(history);
    m_keepDays = new QSpinBox(history);
    m_keepDays->setObjectName(u"keepDays"_s);
    m_keepDays->setAccessibleName(tr("Keep runs for days"));
    m_keepDays->setRange(0, 36500);
    m_keepDays->setSpecialValueText(tr("Forever"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setValue(preferences.historyKeepDays);
    historyForm->addRow(tr("Keep runs &for:"), m_keepDays);
    m_keepRuns = new QSpinBox(history);
    m_keepRuns->setObjectName(u"keepRuns"_s);
    m_keepRuns->setAccessibleName(tr("Keep at most runs"));
    m_keepRuns->setRange(0, 100000000);
    m_keepRuns->setGroupSeparatorShown(true); // 100,000 (in the user's locale)
    m_keepRuns->setSpecialValueText(tr("No limit"));
    m_keepRuns->setValue(preferences.historyKeepRuns);
    historyForm->addRow(tr("Keep at &most (runs):"), m_keepRuns);
    layout->addWidget(history);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_shown = this->preferences(); // as the form shows them: "changed" compares to this
}

void PreferencesDialog::reject()
{
    if (!(preferences() == m_shown) && !askDiscardChanges(this, tr("the preferences")))
        return;
    QDialog::reject();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_original;
    p.language = m_language->currentData().toString();
    p.keepRunningInTray = m_tray->isChecked();
    p.defaults.parallelism = m_parallelism->value();
    p.defaults.timeout = std::chrono::milliseconds(qint64(m_timeout->value() * 1000));
    p.defaults.retries = m_retries->value();
    p.historyKeepDays = m_keepDays->value();
    p.historyKeepRuns = m_keepRuns->value();
    return p;
}

} // namespace moctl
