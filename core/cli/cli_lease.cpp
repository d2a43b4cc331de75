#include "cli_lease.h"

#include "cli_commands.h"
#include "connection/secretstore.h"
#include "history/historylocation.h"
#include "schedule/planlock.h"
#include "schedule/scheduler.h"
#include "schedule/sharedlease.h"
#include "security/textsafety.h"
#include "settings/preferences.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {

// Where the shared history is and its password, when this invocation uses one.
struct SharedHistoryAccess
{
    HistoryLocation location;
    QString password;
};

// The history --history / MOCTL_HISTORY names, when it is a shared database, with its password from
// --history-password-file or the keychain entry "history:<URL>" (as openHistory() finds it; a password
// that cannot be read leaves it empty: the connection then says why). Read once per process.
std::optional<SharedHistoryAccess> sharedHistoryAccess(Context &context)
{
    // --history, MOCTL_HISTORY, then the location chosen in Preferences (as openHistory()).
    const QString text = context.history.isEmpty() ? Preferences::load().historyLocation : context.history;
    if (text.isEmpty())
        return std::nullopt;
    QString error;
    const std::optional<HistoryLocation> location = HistoryLocation::parse(text, &error);
    if (!location || !location->isShared())
        return std::nullopt;
    SharedHistoryAccess access { *location, {} };
    if (context.historyPasswordFile) {
        if (std::optional<QString> read = readPasswordFile(*context.historyPasswordFile, &error))
            access.password = *read;
    } else {
        KeychainSecretStore keychain;
        const SecretStore::Result secret = keychain.readBlocking(location->secretKey());
        if (secret.ok())
            access.password = secret.secret;
    }
    return access;
}

} // namespace

std::chrono::milliseconds leaseExpiry(Context &context, QString *error)
{
    const QString text = context.env("MOCTL_LEASE_SECONDS").trimmed();
    if (text.isEmpty())
        return std::chrono::minutes(2);
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < 1 || seconds > 86400) {
        if (error)
            *error = QCoreApplication::translate(
                "moctl::cli", "MOCTL_LEASE_SECONDS takes seconds from 1 to 86400.");
        return std::chrono::minutes(2);
    }
    return std::chrono::seconds(seconds);
}

bool usesSharedLease(Context &context)
{
    return sharedHistoryAccess(context).has_value();
}

PlanGuardFactory planGuardFactory(Context &context)
{
    const std::optional<SharedHistoryAccess> access = sharedHistoryAccess(context);
    if (!access)
        return {};
    SharedLeaseOptions options;
    options.expiry = leaseExpiry(context);
    const SharedConnectionOpener opener
        = [location = access->location, password = access->password](const QString &name, QString *error) {
              return openSharedHistoryConnection(location, password, name, error);
          };
    return [opener, options](const QString &planId) -> std::unique_ptr<PlanGuard> {
        return std::make_unique<SharedPlanLease>(planId, opener, u"moctl-plan-lease"_s, options);
    };
}

PlanGuard::SlotClaim claimScheduledSlot(
    Context &context, const QString &planId, QString *owner, QString *error)
{
    const QDateTime slot = QDateTime::fromString(context.env("MOCTL_SCHEDULED_SLOT"), Qt::ISODate);
    const QString claimer = context.env("MOCTL_SLOT_CLAIMER");
    if (!slot.isValid() || claimer.isEmpty())
        return PlanGuard::SlotClaim::Ours;
    const std::optional<SharedHistoryAccess> access = sharedHistoryAccess(context);
    if (!access)
        return PlanGuard::SlotClaim::Ours;
    SharedLeaseOptions options;
    options.owner.token = claimer.left(64);
    options.owner.host = leaseHostName();
    options.owner.pid = context.env("MOCTL_PARENT_PID").toLongLong();
    const SharedConnectionOpener opener
        = [location = access->location, password = access->password](const QString &name, QString *error) {
              return openSharedHistoryConnection(location, password, name, error);
          };
    SharedPlanLease claim(planId, opener, u"moctl-slot-claim"_s, options);
    const PlanGuard::SlotClaim result = claim.claimSlot(slot, owner);
    if (result == PlanGuard::SlotClaim::Failed && error)
        *error = claim.error();
    return result;
}

std::unique_ptr<PlanGuard> makePlanGuard(Context &context, const QString &planId)
{
    if (const PlanGuardFactory factory = planGuardFactory(context))
        return factory(planId);
    return std::make_unique<PlanLock>(planId);
}

bool applyTestScheduleClock(Context &context, Scheduler &scheduler)
{
    const QStringList parts = context.env("MOCTL_TEST_SCHEDULE_CLOCK").split(u':');
    if (parts.size() != 2)
        return false;
    bool epochOk = false, scaleOk = false;
    const qint64 epochMs = parts.at(0).toLongLong(&epochOk) * 1000;
    const double scale = parts.at(1).toDouble(&scaleOk);
    if (!epochOk || !scaleOk || scale <= 0)
        return false;
    scheduler.setClock([epochMs, scale] {
        const qint64 real = QDateTime::currentMSecsSinceEpoch();
        return QDateTime::fromMSecsSinceEpoch(
            epochMs + qint64(double(real - epochMs) * scale), QTimeZone::utc());
    });
    scheduler.setCheckInterval(std::chrono::milliseconds(200));
    return true;
}

int takePlanGuard(
    Context &context, const QString &planName, const QString &planId, std::unique_ptr<PlanGuard> *guard)
{
    // A scheduled run on a shared history: its slot, once across hosts (its scheduler may have claimed
    // it already; the GUI's leaves that to the run).
    QString slotOwner, slotError;
    switch (claimScheduledSlot(context, planId, &slotOwner, &slotError)) {
    case PlanGuard::SlotClaim::Ours:
        break;
    case PlanGuard::SlotClaim::Elsewhere:
        context.err
            << "moctl: "
            << QCoreApplication::translate("moctl::cli",
                   "The run of \"%1\" due at %2 is run by %3, which claimed it first; nothing was sent.")
                   .arg(printable(planName), context.env("MOCTL_SCHEDULED_SLOT"), printable(slotOwner))
            << '\n';
        context.err.flush();
        return ExitBusy;
    case PlanGuard::SlotClaim::Failed:
        context.err << "moctl: " << printable(slotError) << '\n';
        context.err.flush();
        return ExitConnection;
    }
    std::unique_ptr<PlanGuard> lock = makePlanGuard(context, planId);
    if (!lock->tryLock()) {
        if (!lock->error().isEmpty()) {
            context.err << "moctl: " << printable(lock->error()) << '\n'
                        << "moctl: "
                        << QCoreApplication::translate(
                               "moctl::cli", "The plan \"%1\" did not run; nothing was sent.")
                               .arg(printable(planName))
                        << '\n';
            context.err.flush();
            return ExitConnection;
        }
        const qint64 holder = lock->holderPid();
        if (!lock->holderHost().isEmpty()) {
            context.err
                << "moctl: "
                << QCoreApplication::translate("moctl::cli",
                       "The plan \"%1\" is already running on host %2 (process %3 holds its lease in %4); "
                       "nothing was sent.")
                       .arg(printable(planName), printable(lock->holderHost()),
                           holder > 0 ? QString::number(holder) : u"?"_s, lock->where())
                << '\n';
        } else {
            context.err << "moctl: "
                        << QCoreApplication::translate("moctl::cli",
                               "The plan \"%1\" is already running (process %2 holds %3); "
                               "nothing was sent.")
                               .arg(printable(planName), holder > 0 ? QString::number(holder) : u"?"_s,
                                   lock->where())
                        << '\n';
        }
        context.err.flush();
        return ExitBusy;
    }
    *guard = std::move(lock);
    return ExitOk;
}

} // namespace moctl::cli
