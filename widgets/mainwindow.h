#pragma once

#include <QMainWindow>

class QTabWidget;
class QDockWidget;
class QLabel;
class QProgressBar;

namespace moctl {

// The main window: profiles on the left, Operations / Plans / Schedules / History in the centre,
// the connected profile and running work in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Operations, Plans, Schedules, History, Count };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces a page's placeholder with the real view (the window takes ownership).
    void setPage(Page page, QWidget *widget);
    QWidget *page(Page page) const;
    void setProfilesPanel(QWidget *widget);
    void showPage(Page page);

private:
    void buildMenus();
    QString pageTitle(Page page) const;

    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_profilesDock = nullptr;
    QLabel *m_profileLabel = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace moctl
