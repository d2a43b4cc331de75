#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace moctl {

// The system tray icon while schedules run: Open, Pause all schedules, Quit, and a notification when
// a scheduled run fails. Only created when the platform has a tray (isAvailable()).
class ScheduleTray final : public QObject
{
    Q_OBJECT

public:
    explicit ScheduleTray(QObject *parent = nullptr);
    ~ScheduleTray() override;

    static bool isAvailable();

    void show();
    void hide();
    bool isVisible() const;
    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }
    // The last notification shown (tests).
    QString lastNotification() const { return m_lastNotification; }

public Q_SLOTS:
    void setPaused(bool paused);
    void notifyRunFailed(const QString &planName, const QString &message);
    // A plan's desktop notification (its settings said so): success or failure of a run.
    void notifyRun(const QString &planName, bool succeeded, const QString &message);

Q_SIGNALS:
    void openRequested();
    void pauseToggled(bool paused);
    void quitRequested();

private:
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_open;
    QAction *m_pause;
    QAction *m_quit;
    QString m_lastNotification;
};

} // namespace moctl
