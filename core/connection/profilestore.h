#pragma once

#include "connectionprofile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>

class QFileSystemWatcher;
class QTimer;

namespace moctl {

// The saved profiles: a human-readable, versioned JSON file (AppPaths::profilesFile()) shared by
// moctl-studio and moctl:
//   {"format": "moctl-profiles", "version": 1, "profiles": [ {...}, ... ]}
// Written atomically (QSaveFile). A corrupt, foreign or newer-version file is reported and the store
// becomes read-only: the file is never overwritten. moveDamagedFileAside() copies it to
// `profiles.json.bak-<timestamp>` and starts an empty list, only when the operator asks for it.
// Passwords are never part of it (SecretStore).
class ProfileStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr int FormatVersion = 1;
    enum class Watch { No, Yes }; // Yes: reload when another process changes the file

    explicit ProfileStore(const QString &path, Watch watch = Watch::No, QObject *parent = nullptr);
    ~ProfileStore() override;

    QString path() const { return m_path; }
    // Reads the file (a missing file is an empty list). False when it could not be used: see
    // errorString(); the store is read-only then.
    bool load();
    bool isReadOnly() const { return m_readOnly; }
    QString errorString() const { return m_error; }

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QUuid &id) const;
    // By id (with or without braces) or by exact name, then by case-insensitive name when unique.
    std::optional<ConnectionProfile> find(const QString &nameOrId) const;
    QStringList groups() const;

    // Adds or replaces (by id) and writes the file. False with *error when read-only, invalid, the
    // name is taken by another profile, or the file could not be written (nothing changes then).
    bool save(const ConnectionProfile &profile, QString *error = nullptr);
    bool remove(const QUuid &id, QString *error = nullptr);

    // After a failed load: copies the damaged file to <path>.bak-<timestamp> (the original stays
    // until the next write replaces it) and makes the store writable with no profiles. Returns the
    // backup path, empty with *error on failure.
    QString moveDamagedFileAside(QString *error = nullptr);

    // Import/export as JSON in the same format, without passwords.
    static QByteArray toJson(const QList<ConnectionProfile> &profiles);
    // Parses a profiles document. nullopt with *error (translated, says where) when unusable.
    static std::optional<QList<ConnectionProfile>> parse(const QByteArray &json, QString *error);
    // What an import did with one profile of the document.
    struct ImportedProfile
    {
        enum class Action {
            Added, // a new id
            Updated, // same id, same host, port and user: updated, its password kept
            AddedAsNew, // same id but another host, port or user: added under a new id, no password
            Replaced, // same id, another target, ImportMode::Replace: the caller must drop its password
        };
        QUuid id;
        QString name;
        Action action = Action::Added;
    };
    struct ImportReport
    {
        QList<ImportedProfile> profiles;
        int count(ImportedProfile::Action action) const;
        // Translated sentences for the profiles added as new or replaced (the others need no word).
        QStringList describe() const;
    };
    enum class ImportMode { KeepExisting, Replace };
    // True when both profiles connect to the same host, port and user (what a stored password is for).
    static bool sameTarget(const ConnectionProfile &a, const ConnectionProfile &b);

    // Adds the profiles of a document. Import never replaces silently: an id that exists with the same
    // host, port and user is updated; with another target it is added as a new profile (new id, no
    // password) unless mode is Replace, which replaces it — the caller then removes the stored password
    // of every Replaced profile (see the report). A name taken by another profile gets " (imported)"
    // appended. Returns how many profiles the document had, -1 with *error (nothing changes then).
    int importJson(const QByteArray &json, QString *error = nullptr,
        ImportMode mode = ImportMode::KeepExisting, ImportReport *report = nullptr);
    // The same from a file (a regular file up to the size limit only).
    std::optional<ImportReport> importFile(const QString &path, ImportMode mode, QString *error);

Q_SIGNALS:
    // The list changed (this store saved, or another process changed the file).
    void profilesChanged();
    // The file could not be read (corrupt, newer version); the store is read-only now.
    void loadFailed(const QString &message);

private:
    bool write(const QList<ConnectionProfile> &profiles, QString *error);
    bool reloadIfChangedOnDisk();
    void onFileChanged();
    void watchFile();
    bool readFile(QList<ConnectionProfile> *profiles, QByteArray *raw, QString *error) const;

    QString m_path;
    QList<ConnectionProfile> m_profiles;
    QByteArray m_lastContent; // what we last read or wrote, to ignore our own changes
    bool m_readOnly = false;
    QString m_error;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
};

} // namespace moctl
