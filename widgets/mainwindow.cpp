#include "mainwindow.h"

#include "apppaths.h"
#include "moctl_version.h"
#include "progressvalue.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
QWidget *placeholder(const QString &text)
{
    auto *widget = new QWidget;
    auto *layout = new QVBoxLayout(widget);
    auto *label = new QLabel(text, widget);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(label);
    return widget;
}

// Holds a page in its scroll area without a layout: a scroll area sizes a widget whose layout has a
// height-for-width (wrapped labels) by its preferred height and scrolls as soon as the window is
// smaller than that; through this holder it scrolls only below the page's minimum size.
class PageHolder final : public QWidget
{
public:
    explicit PageHolder(QWidget *page)
        : m_page(page)
    {
        page->setParent(this);
    }
    QWidget *page() const { return m_page; }
    QSize sizeHint() const override { return m_page->sizeHint(); }
    QSize minimumSizeHint() const override
    {
        return m_page->minimumSizeHint().expandedTo(m_page->minimumSize());
    }

protected:
    void resizeEvent(QResizeEvent *) override { m_page->setGeometry(rect()); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            updateGeometry(); // the page's minimum changed: the scroll area looks again
        return QWidget::event(event);
    }

private:
    QWidget *m_page;
};

// Each page sits in a scroll area: below the page's own minimum (a small or 200% screen) the page
// scrolls instead of being cut or forcing the window larger than the screen.
QScrollArea *pageFrame(QWidget *page)
{
    auto *frame = new QScrollArea;
    frame->setObjectName(u"pageFrame"_s);
    frame->setWidgetResizable(true);
    frame->setFrameShape(QFrame::NoFrame);
    frame->setFocusPolicy(Qt::NoFocus); // the page's controls take the focus, not its frame
    frame->setWidget(new PageHolder(page));
    return frame;
}

QWidget *pageIn(QWidget *frame)
{
    auto *area = qobject_cast<QScrollArea *>(frame);
    auto *holder = area ? dynamic_cast<PageHolder *>(area->widget()) : nullptr;
    return holder ? holder->page() : frame;
}

// A status bar label that never widens the window: it shrinks (cutting its text, which its tooltip
// keeps whole) when the window is narrow.
QLabel *statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setMinimumWidth(1);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    return label;
}

// Splitters are remembered by their object names (unique in the window).
QString splitterKey(const QSplitter *splitter)
{
    return u"window/splitters/"_s + splitter->objectName();
}

void call(const std::function<void()> &action)
{
    if (action)
        action();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("MOCTL Studio") + u"[*]"_s);
    setWindowIcon(QIcon(u":/icons/moctl-studio.svg"_s));
    resize(
        1180, 760); // until a saved geometry says otherwise; works down to 1024x700 and below (pages scroll)

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"pages"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Pages"));
    for (int i = 0; i < int(Page::Count); ++i) {
        m_tabs->addTab(pageFrame(placeholder(tr("%1 will appear here.").arg(pageTitle(Page(i))))),
            pageIcon(Page(i)), pageTitle(Page(i)));
    }
    // A banner above the pages for what must not go unnoticed (history not being written).
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAccessibleName(tr("Warning"));
    m_banner->setMargin(8);
    m_banner->setStyleSheet(
        u"QLabel#banner { background: #fff3cd; color: #664d03; border-bottom: 1px solid #e0c36a; }"_s);
    m_banner->setVisible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    m_profilesDock = new QDockWidget(tr("Profiles"), this);
    m_profilesDock->setObjectName(u"profilesDock"_s);
    m_profilesDock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    m_profilesDock->setWidget(placeholder(tr("Connection profiles will appear here.")));
    addDockWidget(Qt::LeftDockWidgetArea, m_profilesDock);
    m_profilesDock->setMinimumWidth(180);
    resizeDocks({ m_profilesDock }, { 240 }, Qt::Horizontal); // until a saved state says otherwise

    m_stateIndicator = new QLabel(this);
    m_stateIndicator->setObjectName(u"connectionIndicator"_s);
    m_stateIndicator->setFixedSize(14, 14);
    m_profileSwatch = new QLabel(this);
    m_profileSwatch->setFixedSize(14, 14);
    m_profileSwatch->setAccessibleName(tr("Profile colour"));
    m_profileLabel = statusLabel(this);
    m_profileLabel->setText(tr("Not connected"));
    m_profileLabel->setObjectName(u"profileLabel"_s);
    m_profileLabel->setAccessibleName(tr("Current profile"));
    m_versionLabel = statusLabel(this);
    m_versionLabel->setObjectName(u"serverVersionLabel"_s);
    m_versionLabel->setAccessibleName(tr("Server version"));
    m_runLabel = statusLabel(this);
    m_runLabel->setObjectName(u"runLabel"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->setMaximumWidth(180);
    m_progress->setMinimumWidth(60);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_stateIndicator);
    statusBar()->addWidget(m_profileSwatch);
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_versionLabel);
    statusBar()->addPermanentWidget(m_runLabel);
    statusBar()->addPermanentWidget(m_progress);

    buildActions();
    updateActions();
    setConnectionState(Session::State::Disconnected);
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnectionState(Session::State state, const QString &detail)
{
    m_connectionState = state;
    QColor colour;
    QString name;
    switch (state) {
    case Session::State::Disconnected:
        colour = palette().color(QPalette::Mid);
        name = u"disconnected"_s;
        break;
    case Session::State::Connecting:
        colour = QColor(0xf9, 0xa8, 0x25);
        name = u"connecting"_s;
        break;
    case Session::State::Connected:
        colour = QColor(0x2e, 0x7d, 0x32);
        name = u"connected"_s;
        break;
    case Session::State::Failed:
        colour = QColor(0xc6, 0x28, 0x28);
        name = u"failed"_s;
        break;
    }
    const qreal ratio = devicePixelRatioF();
    QPixmap dot(QSize(14, 14) * ratio);
    dot.setDevicePixelRatio(ratio);
    dot.fill(Qt::transparent);
    {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(colour.darker(130));
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(2, 2, 10, 10));
    }
    m_stateIndicator->setPixmap(dot);
    m_stateIndicator->setProperty("state", name);
    const QString title = Session::stateTitle(state);
    m_stateIndicator->setToolTip(detail.isEmpty() ? title : u"%1: %2"_s.arg(title, detail));
    m_stateIndicator->setAccessibleName(tr("Connection: %1").arg(title));
    m_disconnect->setEnabled(state != Session::State::Disconnected);
    // One voice: a failure's reason stays in the status bar until the state changes.
    if (!m_sessionMessage.isEmpty() && statusBar()->currentMessage() == m_sessionMessage)
        statusBar()->clearMessage();
    m_sessionMessage.clear();
    if (state == Session::State::Failed && !detail.isEmpty()) {
        m_sessionMessage = detail;
        statusBar()->showMessage(detail);
    }
}

void MainWindow::setPageModified(Page page, bool modified)
{
    const int index = int(page);
    if (index < 0 || index >= int(Page::Count))
        return;
    m_pageModified[index] = modified;
    m_tabs->setTabText(index, modified ? tr("%1 *").arg(pageTitle(page)) : pageTitle(page));
    bool any = false;
    for (const bool pageModified : m_pageModified)
        any = any || pageModified;
    setWindowModified(any);
}

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Page::Operations:
        return tr("Operations");
    case Page::Plans:
        return tr("Plans");
    case Page::Schedules:
        return tr("Schedules");
    case Page::History:
        return tr("History");
    case Page::Count:
        break;
    }
    return {};
}

QString MainWindow::pageMenuTitle(Page page) const
{
    switch (page) {
    case Page::Operations:
        return tr("&Operations");
    case Page::Plans:
        return tr("P&lans");
    case Page::Schedules:
        return tr("&Schedules");
    case Page::History:
        return tr("&History");
    case Page::Count:
        break;
    }
    return {};
}

QIcon MainWindow::pageIcon(Page page) const
{
    switch (page) {
    case Page::Operations:
        return QIcon(u":/icons/flush.svg"_s);
    case Page::Plans:
        return QIcon(u":/icons/plan.svg"_s);
    case Page::Schedules:
        return QIcon(u":/icons/schedule.svg"_s);
    case Page::History:
        return QIcon(u":/icons/history.svg"_s);
    case Page::Count:
        break;
    }
    return {};
}

void MainWindow::buildActions()
{
    const auto make
        = [this](const QString &text, const QString &icon, const QKeySequence &key, const char *name) {
              auto *action = new QAction(QIcon(u":/icons/%1.svg"_s.arg(icon)), text, this);
              action->setShortcut(key);
              action->setObjectName(QString::fromLatin1(name));
              action->setToolTip(
                  key.isEmpty() ? text : u"%1 (%2)"_s.arg(text, key.toString(QKeySequence::NativeText)));
              return action;
          };
    m_new = make(tr("&New"), u"new"_s, QKeySequence::New, "actionNew");
    m_save = make(tr("&Save"), u"save"_s, QKeySequence::Save, "actionSave");
    m_refresh = make(tr("&Refresh"), u"refresh"_s, QKeySequence(Qt::Key_F5), "actionRefresh");
    m_run = make(tr("&Run"), u"run"_s, QKeySequence(Qt::CTRL | Qt::Key_Return), "actionRun");
    m_run->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_cancel = make(tr("&Cancel"), u"cancel"_s, QKeySequence(Qt::Key_Escape), "actionCancel");
    m_cancel->setShortcutContext(Qt::WindowShortcut);
    m_preferences = make(tr("&Preferences…"), u"settings"_s, QKeySequence::Preferences, "actionPreferences");
    if (m_preferences->shortcut().isEmpty())
        m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_new, &QAction::triggered, this, [this] { call(currentActions().newItem); });
    connect(m_save, &QAction::triggered, this, [this] { call(currentActions().save); });
    connect(m_refresh, &QAction::triggered, this, [this] { call(currentActions().refresh); });
    connect(m_run, &QAction::triggered, this, [this] { call(currentActions().run); });
    connect(m_cancel, &QAction::triggered, this, [this] { call(currentActions().cancel); });
    connect(m_preferences, &QAction::triggered, this, &MainWindow::preferencesRequested);
    m_disconnect = new QAction(tr("&Disconnect"), this);
    m_disconnect->setObjectName(u"actionDisconnect"_s);
    m_disconnect->setToolTip(
        tr("Close the session and forget its password (the keychain keeps a saved one)"));
    connect(m_disconnect, &QAction::triggered, this, &MainWindow::disconnectRequested);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addAction(m_save);
    file->addSeparator();
    file->addAction(m_disconnect);
    file->addSeparator();
    file->addAction(m_preferences);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon(), tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"actionQuit"_s);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_run);
    run->addAction(m_cancel);
    run->addSeparator();
    run->addAction(m_refresh);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *profiles = m_profilesDock->toggleViewAction();
    profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    profiles->setText(tr("P&rofiles"));
    view->addAction(profiles);
    view->addSeparator();
    for (int i = 0; i < int(Page::Count); ++i) {
        QAction *action = view->addAction(
            pageIcon(Page(i)), pageMenuTitle(Page(i)), this, [this, i] { showPage(Page(i)); });
        action->setObjectName(u"actionPage%1"_s.arg(i + 1));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about
        = help->addAction(QIcon(u":/icons/moctl-studio.svg"_s), tr("&About MOCTL Studio"), this, [this] {
              QMessageBox box(this);
              box.setObjectName(u"aboutBox"_s);
              box.setWindowTitle(tr("About MOCTL Studio"));
              box.setIconPixmap(QIcon(u":/icons/moctl-studio.svg"_s).pixmap(64, 64));
              box.setText(tr("<b>MOCTL Studio %1</b>").arg(QStringLiteral(MOCTL_VERSION_STRING)));
              box.setInformativeText(
                  tr("Flushes, checkpoints, maintenance plans and schedules for MatrixOne "
                     "clusters.<br>Qt %1 · data in %2")
                      .arg(QString::fromLatin1(qVersion()), AppPaths::dataDirectory().toHtmlEscaped()));
              box.exec();
          });
    about->setObjectName(u"actionAbout"_s);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_new);
    toolbar->addAction(m_save);
    toolbar->addSeparator();
    toolbar->addAction(m_run);
    toolbar->addAction(m_cancel);
    toolbar->addAction(m_refresh);
}

const PageActions &MainWindow::currentActions() const
{
    static const PageActions none;
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < int(Page::Count) ? m_pageActions[index] : none;
}

void MainWindow::updateActions()
{
    const PageActions &actions = currentActions();
    m_new->setEnabled(bool(actions.newItem));
    m_save->setEnabled(bool(actions.save));
    m_run->setEnabled(bool(actions.run));
    m_cancel->setEnabled(bool(actions.cancel));
    m_refresh->setEnabled(bool(actions.refresh));
}

void MainWindow::setPage(Page page, QWidget *widget, PageActions actions)
{
    const int index = int(page);
    m_pageActions[index] = std::move(actions);
    QWidget *old = m_tabs->widget(index);
    const bool wasCurrent = m_tabs->currentIndex() == index;
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, pageFrame(widget), pageIcon(page), pageTitle(page));
    if (wasCurrent)
        m_tabs->setCurrentIndex(index);
    delete old;
    updateActions();
}

QWidget *MainWindow::page(Page page) const
{
    return pageIn(m_tabs->widget(int(page)));
}

void MainWindow::setProfilesPanel(QWidget *widget)
{
    QWidget *old = m_profilesDock->widget();
    m_profilesDock->setWidget(widget);
    delete old;
    updateActions();
}

QWidget *MainWindow::profilesPanel() const
{
    return m_profilesDock->widget();
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qBound(0, m_tabs->currentIndex(), int(Page::Count) - 1));
}

void MainWindow::setCurrentProfile(const QString &name, const QColor &colour)
{
    m_profileName = name;
    m_profileColour = colour;
    if (name.isEmpty()) {
        m_profileLabel->setText(tr("Not connected"));
        m_profileSwatch->clear();
        setWindowTitle(tr("MOCTL Studio") + u"[*]"_s);
        return;
    }
    m_profileLabel->setText(name);
    m_profileLabel->setToolTip(name);
    QPixmap swatch(14, 14);
    swatch.fill(colour.isValid() ? colour : palette().color(QPalette::Mid));
    m_profileSwatch->setPixmap(swatch);
    // The profile (and so prod vs staging) is always in the title too.
    setWindowTitle(tr("%1 — MOCTL Studio").arg(name + u"[*]"_s));
}

void MainWindow::setServerVersion(const QString &version)
{
    m_versionLabel->setText(version);
    m_versionLabel->setToolTip(version);
}

void MainWindow::setRunProgress(bool running, int percent, const QString &text)
{
    m_progress->setVisible(running);
    setProgressValue(m_progress, qBound(0, percent, 100));
    // Only running work: how a run ended is the page's to say (one voice).
    m_runLabel->setText(running ? text : QString());
    m_runLabel->setToolTip(running ? text : QString());
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(true);
}

void MainWindow::hideBanner()
{
    m_banner->clear();
    m_banner->setVisible(false);
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    // The pages' splitters (Plans, History, Schedules...) as they were left.
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(splitterKey(splitter)).toByteArray());
    }
    const int page = settings.value(u"window/page"_s, 0).toInt();
    if (page >= 0 && page < int(Page::Count))
        m_tabs->setCurrentIndex(page);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/page"_s, m_tabs->currentIndex());
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitterKey(splitter), splitter->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (m_closeToTray && QSystemTrayIcon::isSystemTrayAvailable()) {
        hide();
        event->ignore();
        Q_EMIT hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < int(Page::Count); ++i)
            m_tabs->setTabText(
                i, m_pageModified[i] ? tr("%1 *").arg(pageTitle(Page(i))) : pageTitle(Page(i)));
        m_profilesDock->setWindowTitle(tr("Profiles"));
        m_profilesDock->toggleViewAction()->setText(tr("P&rofiles"));
    }
    QMainWindow::changeEvent(event);
}

} // namespace moctl
