#pragma once

#include "schedulehost.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace moctl {

// The schedules of the saved plans, read straight from the plan files (`*.moplan.json` in the plans
// directory: "id", "name", "profile" and the embedded "schedule": {...}) so the headless scheduler needs nothing
// else of a plan. Plans without a schedule are left out; a file that cannot be read or whose schedule
// is not valid is reported in *problems (translated) and left out.
enum class UnscheduledPlans { Skip, Include }; // Include: with a disabled default schedule (the overview)
QList<ScheduledPlan> readScheduledPlans(const QString &plansDirectory, QStringList *problems = nullptr,
    UnscheduledPlans unscheduled = UnscheduledPlans::Skip);

// Sets the plan's "schedule" in its file, keeping everything else of the file as it is; written
// atomically. False with a translated *error when the plan file is missing or unreadable.
bool writePlanSchedule(
    const QString &plansDirectory, const QString &planId, const Schedule &schedule, QString *error = nullptr);

} // namespace moctl
