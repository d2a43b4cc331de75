#pragma once

#include "maintenanceplan.h"
#include "schedule/schedulehost.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace moctl {

// A plan as a versioned JSON document:
//   {"format": "moctl-plan", "version": 1, "id": ..., "name": ..., ..., "steps": [...]}
// Keys are written in a fixed, logical order (not alphabetical) and the output is the same for the
// same plan, so plans diff well. No secrets: a plan refers to its profile by id only.
QByteArray planToJson(const MaintenancePlan &plan);
// Parses a plan document. nullopt with *error (translated, says what is wrong) when unusable:
// not JSON, not a plan, a newer format version, a bad id or an unknown step kind.
enum class PlanReadProblem { None, Corrupt, TooNew };
std::optional<MaintenancePlan> planFromJson(
    const QByteArray &json, QString *error = nullptr, PlanReadProblem *problem = nullptr);

// The saved plans: one file per plan, `<slug>-<shortid>.moplan.json` in a directory
// (AppPaths::plansDirectory()). Files are written atomically (QSaveFile). A file that is corrupt,
// from a newer version or refers to a profile that does not exist is listed with the reason and
// never rewritten by the store.
enum class UnscheduledPlans { Skip, Include }; // Include: with a disabled default schedule (the overview)

class PlanStore
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr QLatin1StringView Suffix { ".moplan.json" };

    enum class Problem { None, Corrupt, TooNew, UnknownProfile };
    struct Entry
    {
        QString path;
        std::optional<MaintenancePlan> plan; // set unless Corrupt / TooNew
        Problem problem = Problem::None;
        QString error; // translated reason when problem != None
        bool isBroken() const { return problem != Problem::None; }
    };

    explicit PlanStore(const QString &directory);
    QString directory() const { return m_directory; }

    // Ids of the existing profiles; when set, a plan naming another profile is listed as broken.
    void setKnownProfiles(std::optional<QStringList> ids) { m_knownProfiles = std::move(ids); }

    // Scans the directory (a missing directory is an empty store). Returns the number of entries.
    int load();
    QList<Entry> entries() const { return m_entries; }
    // Usable plans (loaded, including those with an unknown profile), sorted by name.
    QList<MaintenancePlan> plans() const;
    QList<Entry> broken() const;
    std::optional<Entry> entry(const QUuid &id) const;
    // A file path (existing file), then an id, a short id (first 8 hex digits), a name (compared
    // case-insensitively; unique). The entry may be broken; nullopt when nothing matches or when the
    // name is ambiguous (see matchingName()).
    std::optional<Entry> find(const QString &nameIdOrPath) const;
    // The usable plans whose name equals `name` case-insensitively (two or more only when files were
    // copied in by hand: save() and importFile() refuse a duplicate).
    QList<Entry> matchingName(const QString &name) const;

    // Writes the plan (stamping `modified`) to its file: the one it was loaded from, else a new
    // `<slug>-<shortid>.moplan.json`. False with *error when it could not be written (the old file is
    // untouched then), when the plan's file is broken and would be overwritten, or when another plan
    // has the same name (compared case-insensitively).
    bool save(MaintenancePlan &plan, QString *error = nullptr);

    // The schedules of the loaded plans, in file-name order, for the scheduler (which needs nothing
    // else of a plan). Plans without a schedule are left out (or, with Include, listed with a disabled
    // default schedule); a broken file or a schedule that cannot be read is reported in *problems
    // ("file: reason", translated) and left out.
    QList<ScheduledPlan> scheduledPlans(
        QStringList *problems = nullptr, UnscheduledPlans unscheduled = UnscheduledPlans::Skip) const;
    // Sets (none: removes) one plan's schedule: its file is read again and rewritten whole, atomically,
    // with nothing else changed (not even "modified"). False with a translated *error when the plan is
    // unknown or its file broken or unwritable (the file is untouched then).
    bool setSchedule(const QUuid &planId, const std::optional<Schedule> &schedule, QString *error = nullptr);
    bool remove(const QUuid &id, QString *error = nullptr);

    // A copy of a plan file from elsewhere: checked, given a new id when the id exists here and
    // " (imported)" (then " (imported 2)", ...) when the name is taken, never a duplicate name.
    // Returns the plan as stored.
    std::optional<MaintenancePlan> importFile(const QString &path, QString *error = nullptr);
    static bool exportFile(const MaintenancePlan &plan, const QString &path, QString *error = nullptr);

    static std::optional<MaintenancePlan> readFile(
        const QString &path, QString *error = nullptr, PlanReadProblem *problem = nullptr);
    static bool writeFile(const MaintenancePlan &plan, const QString &path, QString *error = nullptr);
    // "nightly-flush-1a2b3c4d.moplan.json"
    static QString fileNameFor(const MaintenancePlan &plan);

private:
    QString m_directory;
    std::optional<QStringList> m_knownProfiles;
    QList<Entry> m_entries;
};

} // namespace moctl
