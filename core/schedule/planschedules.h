#pragma once

#include "schedulehost.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace moctl {

// The schedules of the saved plans, read straight from the plan files (`*.moplan.json` in the plans
// directory: "id", "name" and the embedded "schedule": {...}) so the headless scheduler needs nothing
// else of a plan. Plans without a schedule are left out; a file that cannot be read or whose schedule
// is not valid is reported in *problems (translated) and left out.
QList<ScheduledPlan> readScheduledPlans(const QString &plansDirectory, QStringList *problems = nullptr);

} // namespace moctl
