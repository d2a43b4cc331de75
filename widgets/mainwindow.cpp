#include "mainwindow.h"

#include "moctl_version.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
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
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("MOCTL Studio"));
    resize(1100, 720);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"pages"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Pages"));
    for (int i = 0; i < int(Page::Count); ++i)
        m_tabs->addTab(placeholder(tr("%1 will appear here.").arg(pageTitle(Page(i)))), pageTitle(Page(i)));
    setCentralWidget(m_tabs);

    m_profilesDock = new QDockWidget(tr("Profiles"), this);
    m_profilesDock->setObjectName(u"profilesDock"_s);
    m_profilesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_profilesDock->setWidget(placeholder(tr("Connection profiles will appear here.")));
    addDockWidget(Qt::LeftDockWidgetArea, m_profilesDock);

    m_profileLabel = new QLabel(tr("Not connected"), this);
    m_profileLabel->setObjectName(u"profileLabel"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_profileLabel, 1);
    statusBar()->addPermanentWidget(m_progress);

    buildMenus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Page::Operations: return tr("Operations");
    case Page::Plans: return tr("Plans");
    case Page::Schedules: return tr("Schedules");
    case Page::History: return tr("History");
    case Page::Count: break;
    }
    return {};
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"actionQuit"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_profilesDock->toggleViewAction());
    for (int i = 0; i < int(Page::Count); ++i) {
        QAction *action = view->addAction(pageTitle(Page(i)), this, [this, i] { showPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About MOCTL Studio"), this, [this] {
        QMessageBox::about(this, tr("About MOCTL Studio"),
                           tr("<b>MOCTL Studio %1</b><p>Flushes, checkpoints and maintenance plans for "
                              "MatrixOne clusters.</p>")
                               .arg(QStringLiteral(MOCTL_VERSION_STRING)));
    });
    about->setObjectName(u"actionAbout"_s);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->addAction(about);
}

void MainWindow::setPage(Page page, QWidget *widget)
{
    const int index = int(page);
    QWidget *old = m_tabs->widget(index);
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, widget, pageTitle(page));
    delete old;
}

QWidget *MainWindow::page(Page page) const
{
    return m_tabs->widget(int(page));
}

void MainWindow::setProfilesPanel(QWidget *widget)
{
    QWidget *old = m_profilesDock->widget();
    m_profilesDock->setWidget(widget);
    delete old;
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

} // namespace moctl
