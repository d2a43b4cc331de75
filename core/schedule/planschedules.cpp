#include "planschedules.h"

#include "plan/planstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace moctl {

QList<ScheduledPlan> readScheduledPlans(
    const QString &plansDirectory, QStringList *problems, UnscheduledPlans unscheduled)
{
    QList<ScheduledPlan> plans;
    const QDir dir(plansDirectory);
    const QStringList files = dir.entryList({ u"*.moplan.json"_s }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        const auto problem = [&](const QString &message) {
            if (problems)
                *problems << u"%1: %2"_s.arg(name, message);
        };
        if (!file.open(QIODevice::ReadOnly)) {
            problem(file.errorString());
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        if (!doc.isObject()) {
            problem(QCoreApplication::translate("moctl::Scheduler", "not a plan file"));
            continue;
        }
        const QJsonObject o = doc.object();
        const bool hasSchedule = o.contains(u"schedule"_s) && !o.value(u"schedule"_s).isNull();
        if (!hasSchedule && unscheduled == UnscheduledPlans::Skip)
            continue;
        ScheduledPlan plan;
        plan.id = o.value(u"id"_s).toString();
        plan.name = o.value(u"name"_s).toString();
        plan.profileId = o.value(u"profile"_s).toString();
        if (plan.id.isEmpty()) {
            problem(QCoreApplication::translate("moctl::Scheduler", "the plan has no id"));
            continue;
        }
        if (!hasSchedule) {
            plan.schedule.enabled = false;
            plans << plan;
            continue;
        }
        QString error;
        const auto schedule = scheduleFromJson(o.value(u"schedule"_s).toObject(), &error);
        if (!schedule) {
            problem(QCoreApplication::translate("moctl::Scheduler", "its schedule cannot be used: %1")
                        .arg(error));
            continue;
        }
        plan.schedule = *schedule;
        plans << plan;
    }
    return plans;
}

bool writePlanSchedule(
    const QString &plansDirectory, const QString &planId, const Schedule &schedule, QString *error)
{
    const QDir dir(plansDirectory);
    for (const QString &name : dir.entryList({ u"*.moplan.json"_s }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        file.close();
        if (!doc.isObject() || doc.object().value(u"id"_s).toString() != planId)
            continue;
        // Through the plan format, so the file keeps its fixed key order and nothing else changes.
        QString readError;
        std::optional<MaintenancePlan> plan = planFromJson(doc.toJson(), &readError);
        if (!plan) {
            if (error)
                *error = readError;
            return false;
        }
        plan->schedule = scheduleToJson(schedule);
        QSaveFile out(file.fileName());
        if (!out.open(QIODevice::WriteOnly)) {
            if (error)
                *error = out.errorString();
            return false;
        }
        out.write(planToJson(*plan));
        if (!out.commit()) {
            if (error)
                *error = out.errorString();
            return false;
        }
        return true;
    }
    if (error)
        *error = QCoreApplication::translate("moctl::Scheduler", "The plan %1 was not found in %2.")
                     .arg(planId, plansDirectory);
    return false;
}

} // namespace moctl
