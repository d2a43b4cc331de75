// After a run: webhook notifications (moctl run-plan --notify, and every scheduled run) and the
// metrics of --metrics-textfile / moctl serve --metrics-address.
#include "apppaths.h"
#include "cli_commands.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "history/historystore.h"
#include "metrics/metrics.h"
#include "plan/maintenanceplan.h"
#include "plan/planstore.h"
#include "schedule/scheduler.h"
#include "schedule/schedulestate.h"
#include "security/textsafety.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace moctl::cli {

void notifyRun(Context &context, const MaintenancePlan &plan, const RunNotice &notice, HistoryStore *history)
{
    // A scheduled run follows its schedule's "notify" when it has one (nightly: on failure only).
    const NotificationSettings settings = plan.notificationsFor(notice.trigger);
    if (!settings.webhook || !shouldNotify(settings.when, notice.status))
        return;
    KeychainSecretStore keychain;
    const SecretStore::Result secret = keychain.readBlocking(webhookSecretKey(plan.idString()));
    QString problem;
    if (!secret.ok()) {
        problem = secret.status == SecretStore::Status::NotFound ? QCoreApplication::translate(
                      "moctl::cli", "the plan has a webhook but no address is stored in the keychain")
                                                                 : secret.message;
    } else {
        WebhookSender sender;
        const WebhookSender::Result result
            = sender.postBlocking(QUrl(secret.secret), webhookPayload(notice, settings.preset));
        if (result.ok) {
            if (history)
                history->recordEvent(u"notified"_s, plan.idString(), plan.name,
                    QCoreApplication::translate(
                        "moctl::cli", "Webhook notified (%n attempt(s)).", nullptr, result.attempts));
            return;
        }
        problem = QCoreApplication::translate("moctl::cli", "%1 (%n attempt(s))", nullptr, result.attempts)
                      .arg(result.message);
    }
    const QString message
        = QCoreApplication::translate("moctl::cli", "The notification was not sent: %1").arg(problem);
    context.err << "moctl: " << printable(message) << '\n';
    context.err.flush();
    if (history)
        history->recordEvent(u"notify-failed"_s, plan.idString(), plan.name, message);
}

QString notificationsText(const MaintenancePlan &plan)
{
    const NotificationSettings &n = plan.notifications;
    const auto yesNo = [](bool yes) {
        return yes ? QCoreApplication::translate("moctl::cli", "yes")
                   : QCoreApplication::translate("moctl::cli", "no");
    };
    QString text
        = QCoreApplication::translate("moctl::cli", "notify %1; webhook: %2 (%3); desktop: %4")
              .arg(notifyWhenName(n.when), yesNo(n.webhook), webhookPresetName(n.preset), yesNo(n.desktop));
    if (plan.schedule)
        text += QCoreApplication::translate("moctl::cli", "; scheduled runs: %1")
                    .arg(scheduleNotifyName(plan.schedule->notify));
    return text;
}

QList<PlanNextRun> planNextRuns(Context &context, const Scheduler *scheduler)
{
    QList<PlanNextRun> result;
    if (!context.dataDir.isEmpty())
        AppPaths::setDataDirectory(context.dataDir);
    QHash<QString, QString> profileNames;
    ProfileStore profiles(profilesPath(context));
    if (profiles.load()) {
        for (const ConnectionProfile &p : profiles.profiles())
            profileNames.insert(p.idString(), p.name);
    }
    QList<ScheduledPlan> plans;
    if (scheduler) {
        plans = scheduler->plans();
    } else {
        PlanStore store(AppPaths::plansDirectory());
        store.load();
        plans = store.scheduledPlans();
    }
    const QHash<QString, PlanScheduleState> state
        = scheduler ? QHash<QString, PlanScheduleState>() : ScheduleStateStore().read();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ScheduledPlan &plan : std::as_const(plans)) {
        PlanNextRun n;
        n.planName = plan.name;
        n.profileName = profileNames.value(plan.profileId, plan.profileId);
        if (scheduler) {
            n.next = scheduler->nextRun(plan.id);
        } else if (plan.schedule.enabled) {
            const PlanScheduleState s = state.value(plan.id);
            const QDateTime from = s.lastSlot.isValid() && s.lastSlot > now ? s.lastSlot : now;
            n.next = nextRuns(plan.schedule, from, 1).value(0);
        }
        result << n;
    }
    return result;
}

QByteArray collectMetrics(Context &context, const HistoryStore &history, const Scheduler *scheduler)
{
    return metricsText(history.planMetrics(), planNextRuns(context, scheduler));
}

} // namespace moctl::cli
