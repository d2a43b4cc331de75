#include "profilestore.h"

#include "security/textsafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

const auto FormatName = u"moctl-profiles"_s;

} // namespace

ProfileStore::ProfileStore(const QString &path, Watch watch, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    if (watch == Watch::Yes) {
        m_watcher = new QFileSystemWatcher(this);
        m_reloadTimer = new QTimer(this);
        m_reloadTimer->setSingleShot(true);
        m_reloadTimer->setInterval(150); // a writer's rename arrives as several events
        connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));
        connect(m_reloadTimer, &QTimer::timeout, this, &ProfileStore::onFileChanged);
        watchFile();
    }
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::watchFile()
{
    if (!m_watcher)
        return;
    const QString dir = QFileInfo(m_path).absolutePath();
    QDir().mkpath(dir);
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    // An atomic write replaces the file (new inode): watch it again each time.
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

bool ProfileStore::readFile(QList<ConnectionProfile> *profiles, QByteArray *raw, QString *error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        profiles->clear();
        raw->clear();
        return true;
    }
    // Only a regular file up to the limit (never a link to /dev/zero, a FIFO or a device).
    QString readError;
    const std::optional<QByteArray> data = readRegularFile(m_path, MaxProfilesFileBytes, &readError);
    if (!data) {
        *error = tr("Cannot read the profiles file %1: %2").arg(QDir::toNativeSeparators(m_path), readError);
        return false;
    }
    *raw = *data;
    QString parseError;
    auto parsed = parse(*raw, &parseError);
    if (!parsed) {
        *error = tr("The profiles file %1 cannot be used: %2 It was left untouched; profiles are read-only "
                    "until it is repaired or moved aside.")
                     .arg(QDir::toNativeSeparators(m_path), parseError);
        return false;
    }
    *profiles = *parsed;
    return true;
}

bool ProfileStore::load()
{
    QList<ConnectionProfile> profiles;
    QByteArray raw;
    QString error;
    const bool ok = readFile(&profiles, &raw, &error);
    watchFile();
    if (!ok) {
        m_readOnly = true;
        m_error = error;
        Q_EMIT loadFailed(error);
        return false;
    }
    const bool changed = profiles != m_profiles;
    m_profiles = profiles;
    m_lastContent = raw;
    m_readOnly = false;
    m_error.clear();
    if (changed)
        Q_EMIT profilesChanged();
    return true;
}

void ProfileStore::onFileChanged()
{
    watchFile();
    const QByteArray raw = readRegularFile(m_path, MaxProfilesFileBytes, nullptr).value_or(QByteArray());
    if (raw == m_lastContent && !m_readOnly)
        return; // our own write, or a touch
    load();
}

bool ProfileStore::reloadIfChangedOnDisk()
{
    // Another process (moctl, a second window) may have written since we read: start from its version.
    QByteArray raw;
    if (QFileInfo::exists(m_path)) {
        const std::optional<QByteArray> data = readRegularFile(m_path, MaxProfilesFileBytes, nullptr);
        if (!data)
            return load();
        raw = *data;
    }
    if (raw == m_lastContent)
        return true;
    return load();
}

std::optional<ConnectionProfile> ProfileStore::profile(const QUuid &id) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &nameOrId) const
{
    const QUuid id = QUuid::fromString(nameOrId.trimmed());
    if (!id.isNull()) {
        if (auto p = profile(id))
            return p;
    }
    for (const ConnectionProfile &p : m_profiles) {
        if (p.name == nameOrId)
            return p;
    }
    std::optional<ConnectionProfile> match;
    for (const ConnectionProfile &p : m_profiles) {
        if (p.name.compare(nameOrId, Qt::CaseInsensitive) == 0) {
            if (match)
                return std::nullopt; // ambiguous
            match = p;
        }
    }
    return match;
}

QStringList ProfileStore::groups() const
{
    QStringList result;
    for (const ConnectionProfile &p : m_profiles) {
        if (!p.group.isEmpty() && !result.contains(p.group))
            result << p.group;
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool ProfileStore::save(const ConnectionProfile &profile, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_readOnly)
        reloadIfChangedOnDisk();
    if (m_readOnly)
        return fail(m_error.isEmpty() ? tr("The profiles are read-only.") : m_error);
    if (const QStringList problems = profile.validate(); !problems.isEmpty())
        return fail(problems.join(u' '));
    QList<ConnectionProfile> next = m_profiles;
    qsizetype index = -1;
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (next.at(i).id == profile.id)
            index = i;
        else if (next.at(i).name.compare(profile.name.trimmed(), Qt::CaseInsensitive) == 0)
            return fail(tr("Another profile is already called \"%1\".").arg(next.at(i).name));
    }
    ConnectionProfile stored = profile;
    stored.name = stored.name.trimmed();
    stored.host = stored.host.trimmed();
    stored.group = stored.group.trimmed();
    if (index >= 0) {
        if (next.at(index) == stored)
            return true;
        next[index] = stored;
    } else {
        next << stored;
    }
    if (!write(next, error))
        return false;
    m_profiles = next;
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::remove(const QUuid &id, QString *error)
{
    if (!m_readOnly)
        reloadIfChangedOnDisk();
    if (m_readOnly) {
        if (error)
            *error = m_error.isEmpty() ? tr("The profiles are read-only.") : m_error;
        return false;
    }
    QList<ConnectionProfile> next = m_profiles;
    const qsizetype removed = next.removeIf([&id](const ConnectionProfile &p) { return p.id == id; });
    if (removed == 0) {
        if (error)
            *error = tr("There is no such profile.");
        return false;
    }
    if (!write(next, error))
        return false;
    m_profiles = next;
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::moveDamagedFileAside(QString *error)
{
    const QString backup
        = m_path + u".bak-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = backup;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = backup + u'-' + QString::number(n);
    if (QFileInfo::exists(m_path) && !QFile::copy(m_path, target)) {
        if (error)
            *error
                = tr("Could not copy %1 aside; nothing was changed.").arg(QDir::toNativeSeparators(m_path));
        return {};
    }
    m_profiles.clear();
    QFile file(m_path);
    m_lastContent = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    m_readOnly = false;
    m_error.clear();
    Q_EMIT profilesChanged();
    return target;
}

bool ProfileStore::write(const QList<ConnectionProfile> &profiles, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QByteArray data = toJson(profiles);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write the profiles file %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    m_lastContent = data;
    watchFile();
    return true;
}

QByteArray ProfileStore::toJson(const QList<ConnectionProfile> &profiles)
{
    // Written by hand so "format" and "version" come first; each profile's keys are sorted.
    QJsonArray array;
    for (const ConnectionProfile &p : profiles)
        array.append(p.toJson());
    QByteArray body = QJsonDocument(array).toJson(QJsonDocument::Indented).trimmed();
    body.replace("\n", "\n    ");
    QByteArray out;
    out += "{\n    \"format\": \"" + FormatName.toUtf8() + "\",\n";
    out += "    \"version\": " + QByteArray::number(FormatVersion) + ",\n";
    out += "    \"profiles\": " + body + "\n}\n";
    return out;
}

std::optional<QList<ConnectionProfile>> ProfileStore::parse(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (json.trimmed().isEmpty())
            return fail(tr("The file is empty."));
        return fail(
            tr("It is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isObject())
        return fail(tr("It is not a profiles file (expected a JSON object)."));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != FormatName)
        return fail(tr("It is not a profiles file (\"format\" is not \"%1\").").arg(FormatName));
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toInt() < 1)
        return fail(tr("It has no valid \"version\"."));
    if (version.toInt() > FormatVersion)
        return fail(tr("It was written by a newer version of MOCTL Studio (profiles format %1; this version "
                       "reads format %2).")
                        .arg(version.toInt())
                        .arg(FormatVersion));
    if (!root.value(u"profiles"_s).isArray())
        return fail(tr("It has no \"profiles\" list."));
    QList<ConnectionProfile> profiles;
    QSet<QUuid> ids;
    const QJsonArray array = root.value(u"profiles"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return fail(tr("Entry %1 of \"profiles\" is not an object.").arg(i + 1));
        QString profileError;
        auto profile = ConnectionProfile::fromJson(array.at(i).toObject(), &profileError);
        if (!profile)
            return fail(tr("Entry %1: %2.").arg(i + 1).arg(profileError));
        if (ids.contains(profile->id))
            return fail(tr("Entry %1 repeats the id %2.").arg(i + 1).arg(profile->idString()));
        ids.insert(profile->id);
        profiles << *profile;
    }
    return profiles;
}

bool ProfileStore::sameTarget(const ConnectionProfile &a, const ConnectionProfile &b)
{
    return a.host.trimmed().compare(b.host.trimmed(), Qt::CaseInsensitive) == 0 && a.port == b.port
        && a.composedUser() == b.composedUser();
}

int ProfileStore::importJson(const QByteArray &json, QString *error, ImportMode mode, ImportReport *report)
{
    QString parseError;
    const auto imported = parse(json, &parseError);
    if (!imported) {
        if (error)
            *error = tr("The file cannot be imported: %1").arg(parseError);
        return -1;
    }
    if (!m_readOnly)
        reloadIfChangedOnDisk();
    if (m_readOnly) {
        if (error)
            *error = m_error;
        return -1;
    }
    ImportReport result;
    QList<ConnectionProfile> next = m_profiles;
    const auto nameTaken = [&next](const QString &name, const QUuid &except) {
        return std::any_of(next.cbegin(), next.cend(), [&](const ConnectionProfile &p) {
            return p.id != except && p.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    for (ConnectionProfile p : *imported) {
        if (const QStringList problems = p.validate(); !problems.isEmpty()) {
            if (error)
                *error = tr("Profile \"%1\" cannot be imported: %2").arg(p.name, problems.join(u' '));
            return -1;
        }
        auto it = std::find_if(
            next.begin(), next.end(), [&p](const ConnectionProfile &q) { return q.id == p.id; });
        // The password stored for a profile belongs to its host, port and user: an imported profile
        // that points elsewhere never takes over that id (and so that password) unless asked to.
        ImportedProfile::Action action = ImportedProfile::Action::Added;
        if (it != next.end()) {
            if (sameTarget(*it, p)) {
                action = ImportedProfile::Action::Updated;
            } else if (mode == ImportMode::Replace) {
                action = ImportedProfile::Action::Replaced;
            } else {
                action = ImportedProfile::Action::AddedAsNew;
                p.id = QUuid::createUuid();
                it = next.end();
            }
        }
        const QString base = p.name;
        for (int n = 1; nameTaken(p.name, p.id); ++n)
            p.name = n == 1 ? tr("%1 (imported)").arg(base) : tr("%1 (imported %2)").arg(base).arg(n);
        if (it != next.end())
            *it = p;
        else
            next << p;
        result.profiles << ImportedProfile { p.id, p.name, action };
    }
    if (!write(next, error))
        return -1;
    m_profiles = next;
    if (report)
        *report = result;
    Q_EMIT profilesChanged();
    return int(imported->size());
}

std::optional<ProfileStore::ImportReport> ProfileStore::importFile(
    const QString &path, ImportMode mode, QString *error)
{
    const std::optional<QByteArray> data = readRegularFile(path, MaxProfilesFileBytes, error);
    if (!data)
        return std::nullopt;
    ImportReport report;
    if (importJson(*data, error, mode, &report) < 0)
        return std::nullopt;
    return report;
}

int ProfileStore::ImportReport::count(ImportedProfile::Action action) const
{
    return int(std::count_if(profiles.cbegin(), profiles.cend(),
        [action](const ImportedProfile &p) { return p.action == action; }));
}

QStringList ProfileStore::ImportReport::describe() const
{
    QStringList lines;
    for (const ImportedProfile &p : profiles) {
        switch (p.action) {
        case ImportedProfile::Action::Added:
            break;
        case ImportedProfile::Action::Updated:
            break;
        case ImportedProfile::Action::AddedAsNew:
            lines << tr(
                "\"%1\" has the id of an existing profile but another host, port or user: added as a new "
                "profile without a password (the stored password stays with the existing one; use "
                "--replace to replace it).")
                         .arg(p.name);
            break;
        case ImportedProfile::Action::Replaced:
            lines << tr(
                "\"%1\" replaced the profile with its id and now points to another host, port or user: its "
                "stored password was removed.")
                         .arg(p.name);
            break;
        }
    }
    return lines;
}

} // namespace moctl
