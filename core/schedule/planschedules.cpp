#include "planschedules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moctl {

QList<ScheduledPlan> readScheduledPlans(const QString &plansDirectory, QStringList *problems)
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
        if (!o.contains(u"schedule"_s) || o.value(u"schedule"_s).isNull())
            continue;
        ScheduledPlan plan;
        plan.id = o.value(u"id"_s).toString();
        plan.name = o.value(u"name"_s).toString();
        if (plan.id.isEmpty()) {
            problem(QCoreApplication::translate("moctl::Scheduler", "the plan has no id"));
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

} // namespace moctl
