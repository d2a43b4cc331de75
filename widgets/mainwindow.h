#pragma once

#include "connection/session.h"

#include <functional>
#include <QColor>
#include <QMainWindow>

class QTabWidget;
class QDockWidget;
class QLabel;
class QProgressBar;
class QAction;

namespace moctl {

// The main window: profiles on the left, Operations / Plans / Schedules / History in the centre,
// the connected profile (with its colour), the server version and running work in the status bar.
//
// The standard actions (New Ctrl+N, Save Ctrl+S, Refresh F5, Run Ctrl+Enter, Cancel Esc) reach the
// current page through the PageActions it was given with setPage(); an action the page does not
// offer is disabled.
struct PageActions
{
    std::function<void()> newItem;
    std::function<void()> save;
    std::function<void()> refresh;
    std::function<void()> run;
    std::function<void()> cancel;
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Operations, Plans, Schedules, History, Count };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces a page's placeholder with the real view (the window takes ownership) and the actions
    // it offers.
    void setPage(Page page, QWidget *widget, PageActions actions = {});
    QWidget *page(Page page) const;
    void setProfilesPanel(QWidget *widget);
    QWidget *profilesPanel() const;
    void showPage(Page page);
    Page currentPage() const;

    // Hide to the tray instead of quitting when the window is closed.
    void setCloseToTray(bool enabled) { m_closeToTray = enabled; }
    QAction *preferencesAction() const { return m_preferences; }
    QAction *disconnectAction() const { return m_disconnect; }

    // A page with unsaved changes: its tab and the window title carry a "*".
    void setPageModified(Page page, bool modified);
    bool isPageModified(Page page) const { return m_pageModified[int(page)]; }
    // The session's state in the status bar: a dot (objectName "connectionIndicator", property "state":
    // disconnected, connecting, connected, failed; grey, amber, green, red). A failure's reason stays
    // in the status bar until the state changes; any other state clears it.
    void setConnectionState(Session::State state, const QString &detail = {});
    Session::State connectionState() const { return m_connectionState; }

    // The banner's text while it is shown, else empty.
    QString bannerText() const;

    void restoreWindowState();
    void saveWindowState() const;

public Q_SLOTS:
    void setCurrentProfile(const QString &name, const QColor &colour);
    void setServerVersion(const QString &version);
    // Running work: shows the progress bar while running.
    void setRunProgress(bool running, int percent, const QString &text);
    void showMessage(const QString &text, int timeoutMs = 8000);
    // A warning that stays above the pages until hidden (e.g. history cannot be written).
    void showBanner(const QString &text);
    void hideBanner();

Q_SIGNALS:
    void preferencesRequested();
    // File > Disconnect.
    void disconnectRequested();
    void hiddenToTray();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void updateActions();
    const PageActions &currentActions() const;
    QString pageTitle(Page page) const;
    QString pageMenuTitle(Page page) const; // with a mnemonic, for the View menu
    QIcon pageIcon(Page page) const;

    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_profilesDock = nullptr;
    QLabel *m_profileSwatch = nullptr;
    QLabel *m_stateIndicator = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_runLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_banner = nullptr;
    QAction *m_new = nullptr;
    QAction *m_save = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_run = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_disconnect = nullptr;
    QString m_profileName;
    QColor m_profileColour;
    PageActions m_pageActions[int(Page::Count)];
    bool m_closeToTray = false;
    bool m_pageModified[int(Page::Count)] = {};
    Session::State m_connectionState = Session::State::Disconnected;
    QString m_sessionMessage; // the failure shown in the status bar, cleared by the next state
};

} // namespace moctl
