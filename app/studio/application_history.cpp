// The history's location for the application (Preferences → History): the local file, or a shared
// database opened off the GUI thread with its password from the keychain; "Test connection"; the banner
// that says when a shared history cannot be reached.
#include "application.h"
#include "connection/secretstore.h"
#include "history/historystore.h"
#include "historyview.h"
#include "mainwindow.h"

#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QtConcurrent/QtConcurrentRun>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace moctl {

void Application::showHistoryProblem(const QString &why)
{
    if (!m_window)
        return;
    if (m_history->isShared() || m_historyShared) {
        // A shared database out of reach: runs wait on this computer's disk and are sent later.
        const QString queued = m_history->queueNotice();
        m_window->showBanner(queued.isEmpty()
                ? tr("Shared history unreachable — runs will be queued locally and sent when it can be "
                     "reached: %1")
                      .arg(why)
                : queued);
        return;
    }
    m_window->showBanner(tr("History is not being recorded: %1 Runs are kept in memory and written when it "
                            "works again; they are lost if you quit first.")
                             .arg(why));
}

void Application::openHistoryLocation()
{
    const int generation = ++m_historyGeneration;
    m_historyRetry.stop();
    const std::optional<HistoryLocation> location
        = HistoryLocation::parse(m_preferences.historyLocation, nullptr);
    m_historyShared = location && location->isShared();
    if (!m_historyShared) {
        m_historyOpen = m_history->open();
        if (m_historyOpen)
            purgeHistory();
        Q_EMIT historyOpened(m_historyOpen);
        return;
    }
    m_historyOpen = false;
    // The password from the keychain (asynchronous), then the connection on a worker thread.
    m_keychain->read(location->secretKey(), this,
        [this, generation, location = *location](const SecretStore::Result &secret) {
            if (generation != m_historyGeneration)
                return; // another location was chosen meanwhile
            HistoryStore *store = m_history.get();
            auto *watcher = new QFutureWatcher<bool>(this);
            connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != m_historyGeneration)
                    return;
                m_historyOpen = watcher->result();
                if (m_historyOpen) {
                    if (m_window)
                        m_window->hideBanner();
                    purgeHistory();
                    if (m_historyView)
                        m_historyView->refresh();
                } else {
                    showHistoryProblem(m_history->errorString());
                    m_historyRetry.start(); // tried again until it can be reached
                }
                Q_EMIT historyOpened(m_historyOpen);
            });
            const QString password = secret.ok() ? secret.secret : QString();
            watcher->setFuture(
                QtConcurrent::run([store, location, password] { return store->open(location, password); }));
        });
}

void Application::testHistoryLocation(const HistoryLocation &location, const QString &password,
    std::function<void(bool ok, const QString &message)> done)
{
    const auto test = [this, location, done](const QString &secret) {
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, done, location] {
            watcher->deleteLater();
            const QString error = watcher->result();
            done(error.isEmpty(), error.isEmpty() ? location.display() : error);
        });
        watcher->setFuture(QtConcurrent::run([location, secret] {
            const QString name = u"moctl-history-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
            QString error;
            if (openSharedHistoryConnection(location, secret, name, &error))
                QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
            return error;
        }));
    };
    if (!password.isEmpty()) {
        test(password);
        return;
    }
    m_keychain->read(location.secretKey(), this,
        [test](const SecretStore::Result &secret) { test(secret.ok() ? secret.secret : QString()); });
}

void Application::setHistoryPassword(const HistoryLocation &location, const QString &password)
{
    m_keychain->write(location.secretKey(), password, this, [this](const SecretStore::Result &result) {
        if (!result.ok() && m_window)
            m_window->showMessage(tr("The shared history's password could not be saved in the keychain: %1")
                                      .arg(result.message),
                0);
        openHistoryLocation();
    });
}

} // namespace moctl
