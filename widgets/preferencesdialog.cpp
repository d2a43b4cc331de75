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
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
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

    auto *history = new QGroupBox(tr("History"), this);
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
    // Where it lives: this computer's file, or a database several hosts share (serve, CronJobs, desktops).
    m_historyKind = new QComboBox(history);
    m_historyKind->setObjectName(u"historyKind"_s);
    m_historyKind->setAccessibleName(tr("History location"));
    m_historyKind->addItem(tr("This computer (local file)"));
    m_historyKind->addItem(tr("Shared database (MySQL protocol)"));
    historyForm->addRow(tr("&Location:"), m_historyKind);
    m_historyUrl = new QLineEdit(history);
    m_historyUrl->setObjectName(u"historyUrl"_s);
    m_historyUrl->setPlaceholderText(u"mysql://moctl@db.example.com:3306/moctl_history"_s);
    m_historyUrl->setAccessibleName(tr("Shared history URL"));
    historyForm->addRow(tr("&Database URL:"), m_historyUrl);
    m_historyPassword = new QLineEdit(history);
    m_historyPassword->setObjectName(u"historyPassword"_s);
    m_historyPassword->setEchoMode(QLineEdit::Password);
    m_historyPassword->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    m_historyPassword->setAccessibleName(tr("Shared history password"));
    historyForm->addRow(tr("Pass&word:"), m_historyPassword);
    m_testHistory = new QPushButton(tr("&Test connection"), history);
    m_testHistory->setObjectName(u"testHistory"_s);
    m_testHistory->setVisible(false);
    m_historyStatus = new QLabel(history);
    m_historyStatus->setObjectName(u"historyStatus"_s);
    m_historyStatus->setWordWrap(true);
    m_historyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    historyForm->addRow(m_testHistory, m_historyStatus);
    const std::optional<HistoryLocation> location
        = HistoryLocation::parse(preferences.historyLocation, nullptr);
    const bool shared = location && location->isShared();
    m_historyKind->setCurrentIndex(shared ? 1 : 0);
    if (shared)
        m_historyUrl->setText(location->display());
    connect(m_historyKind, &QComboBox::currentIndexChanged, this, [this] { updateHistoryFields(); });
    connect(m_testHistory, &QPushButton::clicked, this, &PreferencesDialog::testHistory);
    updateHistoryFields();
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
    p.historyLocation = historyText();
    return p;
}

QString PreferencesDialog::historyText() const
{
    return m_historyKind->currentIndex() == 1 ? m_historyUrl->text().trimmed() : QString();
}

QString PreferencesDialog::historyPassword() const
{
    return m_historyKind->currentIndex() == 1 ? m_historyPassword->text() : QString();
}

void PreferencesDialog::setHistoryTester(HistoryTester tester)
{
    m_tester = std::move(tester);
    updateHistoryFields();
}

void PreferencesDialog::updateHistoryFields()
{
    const bool shared = m_historyKind->currentIndex() == 1;
    m_historyUrl->setEnabled(shared);
    m_historyPassword->setEnabled(shared);
    m_testHistory->setVisible(shared && m_tester);
    if (!shared)
        m_historyStatus->clear();
}

void PreferencesDialog::testHistory()
{
    QString error;
    const std::optional<HistoryLocation> location = HistoryLocation::parse(historyText(), &error);
    if (!location || !location->isShared()) {
        m_historyStatus->setText(location ? tr("Give the shared database's URL.") : error);
        return;
    }
    m_testHistory->setEnabled(false);
    m_historyStatus->setText(tr("Connecting to %1…").arg(location->display()));
    QPointer<PreferencesDialog> self(this);
    m_tester(*location, m_historyPassword->text(), [self](bool ok, const QString &message) {
        if (!self)
            return;
        self->m_testHistory->setEnabled(true);
        self->m_historyStatus->setText(ok ? tr("Connected: %1").arg(message) : message);
    });
}

void PreferencesDialog::accept()
{
    QString error;
    if (!HistoryLocation::parse(historyText(), &error)) {
        m_historyStatus->setText(error);
        m_historyUrl->setFocus();
        return;
    }
    if (m_historyKind->currentIndex() == 1 && historyText().isEmpty()) {
        m_historyStatus->setText(tr("Give the shared database's URL, or choose this computer."));
        m_historyUrl->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace moctl
