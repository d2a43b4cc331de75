// Issue 18 point 8 in the GUI: a history that cannot be written shows a banner on the main window
// (wired as app/studio/main.cpp does), from the runner's thread, and the banner goes when the history
// works again.
#include "history/historystore.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestHistoryBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerWhileHistoryFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        QVERIFY(QDir().mkpath(path)); // a directory in the file's place
        HistoryStore history;
        MainWindow window;
        // As app/studio/main.cpp wires it.
        QObject::connect(&history, &HistoryStore::writeFailed, &window,
            [&window](const QString &why) { window.showBanner(u"History is not being recorded: "_s + why); });
        QObject::connect(&history, &HistoryStore::writesRecovered, &window, &MainWindow::hideBanner);
        window.show();
        QVERIFY(!history.open(path));
        QVERIFY(window.bannerText().isEmpty());

        // A run begins on a worker thread (as the Runner does): the banner appears.
        RunRequest request;
        request.profileName = u"local"_s;
        const qint64 id = QtConcurrent::run([&] {
            return history.beginRun(request, QDateTime::currentDateTimeUtc());
        }).result();
        QVERIFY(id < 0);
        QTRY_VERIFY(!window.bannerText().isEmpty());
        QVERIFY2(window.bannerText().contains(u"History is not"_s), qPrintable(window.bannerText()));
        auto *banner = window.findChild<QLabel *>(u"banner"_s);
        QVERIFY(banner && banner->isVisible());

        // The history comes back: what was kept is written, the banner goes.
        QVERIFY(QDir(path).removeRecursively());
        QVERIFY(QtConcurrent::run([&] { return history.writeUnwritten(); }).result());
        QTRY_VERIFY(window.bannerText().isEmpty());
        QVERIFY(!banner->isVisible());
        QCOMPARE(history.runs().size(), 1);
    }
};

QTEST_MAIN(TestHistoryBanner)
#include "tst_historybanner.moc"
