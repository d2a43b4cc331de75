#include "scheduletray.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace moctl {

ScheduleTray::ScheduleTray(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(QIcon(u":/icons/moctl-studio.svg"_s), this))
    , m_menu(new QMenu)
    , m_open(m_menu->addAction(tr("&Open MOCTL Studio")))
    , m_pause(m_menu->addAction(tr("&Pause All Schedules")))
    , m_quit(nullptr)
{
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_pause->setCheckable(true);
    m_icon->setContextMenu(m_menu);
    m_icon->setToolTip(tr("MOCTL Studio: schedules are running"));
    connect(m_open, &QAction::triggered, this, &ScheduleTray::openRequested);
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        setPaused(paused);
        Q_EMIT pauseToggled(paused);
    });
    connect(m_quit, &QAction::triggered, this, &ScheduleTray::quitRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
}

ScheduleTray::~ScheduleTray()
{
    delete m_menu;
}

bool ScheduleTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void ScheduleTray::show()
{
    m_icon->show();
}

void ScheduleTray::hide()
{
    m_icon->hide();
}

bool ScheduleTray::isVisible() const
{
    return m_icon->isVisible();
}

void ScheduleTray::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused) {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(paused);
    }
    m_icon->setToolTip(
        paused ? tr("MOCTL Studio: all schedules are paused") : tr("MOCTL Studio: schedules are running"));
}

void ScheduleTray::notifyRunFailed(const QString &planName, const QString &message)
{
    m_lastNotification = tr("The scheduled run of %1 failed: %2").arg(planName, message);
    if (m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(tr("Scheduled run failed"), m_lastNotification, QSystemTrayIcon::Warning);
}

void ScheduleTray::notifyRun(const QString &planName, bool succeeded, const QString &message)
{
    if (!succeeded) {
        notifyRunFailed(planName, message);
        return;
    }
    m_lastNotification = tr("The run of %1 succeeded: %2").arg(planName, message);
    if (m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(tr("Run succeeded"), m_lastNotification, QSystemTrayIcon::Information);
}

} // namespace moctl
