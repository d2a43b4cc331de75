#pragma once

// What a history store could not write yet (private to core/history): the writes themselves, and for a
// shared history their copy on local disk, so that a process which ends before the server is back loses
// nothing: the next moctl, serve or GUI that opens the same shared history sends them.

#include "runner/runtypes.h"

#include <memory>
#include <optional>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QLockFile;

namespace moctl {

// One write of a run that is not in the history yet. Never holds a password (RunRequest's settings are
// reduced to host:port as user).
struct HistoryPendingWrite
{
    enum class Kind { Begin, Outcome, End };
    Kind kind = Kind::Begin;
    qint64 runId = 0; // negative: provisional, mapped once the run is written
    // Begin (what the runs row needs)
    QString profileId, profileName, planId, planName, server, fleetId;
    RunTrigger trigger = RunTrigger::Manual;
    QDateTime started;
    int operations = 0;
    Outcome outcome; // Outcome
    RunSummary summary; // End

    QJsonObject toJson() const;
    static std::optional<HistoryPendingWrite> fromJson(const QJsonObject &object);
};

// The local copy of a shared history's queue: <data directory>/history-queue/<key of the location>/,
// one file per process (<pid>-<uuid>.json, rewritten whole with QSaveFile at each change, removed when
// empty) next to a lock file the process holds while it lives. Files whose process is gone are taken
// over by the next store that opens the same location.
class HistoryLocalQueue
{
public:
    // `locationKey` is HistoryLocation::display() (no password).
    explicit HistoryLocalQueue(const QString &locationKey);
    ~HistoryLocalQueue();
    HistoryLocalQueue(const HistoryLocalQueue &) = delete;
    HistoryLocalQueue &operator=(const HistoryLocalQueue &) = delete;

    QString directory() const { return m_directory; }
    QString file() const { return m_file; }
    // Replaces this process's file with `writes` (removes it when empty). False with *error.
    bool save(const QList<HistoryPendingWrite> &writes, QString *error);
    // The writes of files left by processes that are gone (file by file, oldest first), locking each;
    // the caller saves them in its own file, then calls releaseTaken() to delete the old ones.
    QList<QList<HistoryPendingWrite>> takeAbandoned();
    void releaseTaken();
    // How many writes wait in files of other processes that are gone (for the banner, before taking).
    static QStringList queueFiles(const QString &directory);

private:
    QString m_directory;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
    QList<std::pair<QString, std::shared_ptr<QLockFile>>> m_taken;
};

} // namespace moctl
