#include "planfleetrun.h"

#include "connection/connectionfactory.h"
#include "connection/profileselector.h"
#include "planmodel.h"

#include <QPointer>
#include <QtConcurrent>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
constexpr int MaxChecksAtOnce = 8; // clusters checked at once before a run
} // namespace

PlanFleetRun::PlanFleetRun(QObject *parent)
    : QObject(parent)
    , m_runner(new FleetRunner(this))
{
    connect(&m_watcher, &QFutureWatcher<QList<Check>>::finished, this, &PlanFleetRun::checksDone);
    connect(m_runner, &FleetRunner::finished, this, [this](const FleetSummary &summary) {
        setPhase(Phase::Idle);
        Q_EMIT logLine(PlanTexts::tr(
            "Fleet run finished: %1 — %2 of %n cluster(s) ok.", nullptr, int(summary.members.size()))
                           .arg(runStatusTitle(summary.status()))
                           .arg(summary.okMembers()));
        Q_EMIT finished(summary);
    });
    connect(m_runner, &FleetRunner::memberFinished, this, [this](int member, const RunSummary &summary) {
        if (member < 0 || member >= m_members.size())
            return;
        QString line = PlanTexts::tr("%1: %2 — %3 ok, %4 failed")
                           .arg(m_members.at(member).profile.name, runStatusTitle(summary.status))
                           .arg(summary.ok)
                           .arg(summary.failed + summary.timedOut);
        if (summary.firstError.isError())
            line += u"  "_s + summary.firstError.message();
        Q_EMIT logLine(line);
    });
}

PlanFleetRun::~PlanFleetRun()
{
    m_checkCancel.cancel();
    m_watcher.waitForFinished();
}

bool PlanFleetRun::start(const MaintenancePlan &plan, Then then)
{
    if (m_phase != Phase::Idle || m_runner->isRunning())
        return false;
    QString error;
    const std::optional<ProfileSelector> selector = ProfileSelector::parse(plan.profiles, &error);
    if (!selector) {
        Q_EMIT logLine(error);
        return false;
    }
    const ProfileSelector::Result resolved = selector->resolve(m_profiles);
    if (!resolved.ok()) {
        Q_EMIT logLine(resolved.error);
        return false;
    }
    m_plan = plan;
    m_then = then;
    m_cancelled = false;
    m_targets = resolved.profiles;
    m_settings.clear();
    m_members.clear();
    QStringList names;
    for (const ConnectionProfile &p : std::as_const(m_targets))
        names << p.name;
    Q_EMIT logLine(PlanTexts::tr("%1 runs on %2: %n cluster(s), %3", nullptr, int(m_targets.size()))
                       .arg(plan.name, selector->describe(), names.join(u", "_s)));
    setPhase(Phase::Connecting);
    askNextConnection();
    return true;
}

void PlanFleetRun::askNextConnection()
{
    if (m_cancelled) {
        setPhase(Phase::Idle);
        Q_EMIT m_then == Then::Run ? abandoned() : checked();
        return;
    }
    if (m_settings.size() == m_targets.size()) {
        startChecks();
        return;
    }
    const ConnectionProfile &profile = m_targets.at(m_settings.size());
    if (!m_supplier) {
        m_settings << std::nullopt;
        askNextConnection();
        return;
    }
    // One after the other: a password prompt is one dialog at a time.
    const QPointer<PlanFleetRun> self(this);
    m_supplier(profile.idString(), this, [self](const std::optional<ConnectionSettings> &settings) {
        if (!self || self->m_phase != Phase::Connecting)
            return;
        self->m_settings << settings;
        self->askNextConnection();
    });
}

void PlanFleetRun::startChecks()
{
    setPhase(Phase::Checking);
    m_checkCancel = CancelToken();
    Q_EMIT logLine(PlanTexts::tr("Checking %n cluster(s)…", nullptr, int(m_targets.size())));
    m_watcher.setFuture(QtConcurrent::run([plan = m_plan, settings = m_settings, cancel = m_checkCancel] {
        QThreadPool pool;
        pool.setMaxThreadCount(qMin(MaxChecksAtOnce, qMax(1, int(settings.size()))));
        QList<QFuture<Check>> futures;
        for (const std::optional<ConnectionSettings> &s : settings) {
            futures << QtConcurrent::run(&pool, [plan, s, cancel] {
                Check check;
                check.settings = s;
                if (s) {
                    check.report = runPreflight(plan, *s, PreflightDepth::Quick, cancel);
                    ConnectionFactory::releaseThreadConnections();
                }
                return check;
            });
        }
        QList<Check> checks;
        for (QFuture<Check> &f : futures)
            checks << f.result();
        return checks;
    }));
}

void PlanFleetRun::checksDone()
{
    const QList<Check> checks = m_watcher.result();
    if (m_cancelled || checks.size() != m_targets.size()) {
        setPhase(Phase::Idle);
        Q_EMIT logLine(PlanTexts::tr("The fleet run was cancelled: nothing was sent."));
        Q_EMIT m_then == Then::Run ? abandoned() : checked();
        return;
    }
    QList<FleetMember> members;
    int ready = 0;
    for (int i = 0; i < checks.size(); ++i) {
        const Check &check = checks.at(i);
        const ConnectionProfile &profile = m_targets.at(i);
        FleetMember member;
        member.profile = profile;
        ConnectionSettings settings = check.settings.value_or(profile.toSettings({}));
        const PreflightReport &report = check.report;
        const QList<TableInfo> &catalog = report.serverCatalog;
        member.request = toRunRequest(
            m_plan, settings, report.resolution, RunTrigger::Manual, catalog.isEmpty() ? nullptr : &catalog);
        member.request.profileId = profile.idString();
        member.request.profileName = profile.name;
        if (!check.settings) {
            member.setupError = MoError::invalidInput(PlanTexts::tr("No password given; nothing was sent."));
        } else if (!report.connected()) {
            member.setupError = report.connectError;
        } else if (report.hasErrors()) {
            QString first;
            for (const PreflightReport::Item &item : report.items) {
                if (item.severity == PreflightReport::Severity::Error) {
                    first = item.message;
                    break;
                }
            }
            member.setupError
                = MoError::invalidInput(PlanTexts::tr("The preflight found errors: %1").arg(first));
        }
        for (const PreflightReport::Item &item : report.items) {
            if (item.severity == PreflightReport::Severity::Info)
                continue;
            const QString level = item.severity == PreflightReport::Severity::Error
                ? PlanTexts::tr("error")
                : PlanTexts::tr("warning");
            const QString where
                = item.stepIndex < 0 ? QString() : PlanTexts::tr("Step %1: ").arg(item.stepIndex + 1);
            Q_EMIT logLine(u"[%1] %2: %3%4"_s.arg(level, profile.name, where, item.message));
        }
        if (member.setupError.isError())
            Q_EMIT logLine(PlanTexts::tr("%1: %2").arg(profile.name, member.setupError.message()));
        else
            ++ready;
        members << member;
    }
    if (m_then == Then::Check) {
        setPhase(Phase::Idle);
        Q_EMIT logLine(
            PlanTexts::tr("%1 of %n cluster(s) ready to run.", nullptr, int(members.size())).arg(ready));
        Q_EMIT checked();
        return;
    }
    if (ready == 0) {
        setPhase(Phase::Idle);
        Q_EMIT logLine(PlanTexts::tr("The plan was not run: no cluster is ready."));
        Q_EMIT abandoned();
        return;
    }
    if (m_confirmer && !m_confirmer(members)) {
        setPhase(Phase::Idle);
        Q_EMIT logLine(PlanTexts::tr("The plan was not run: nothing was sent."));
        Q_EMIT abandoned();
        return;
    }
    m_members = members;
    if (!m_runner->start(m_members, m_recorder, m_maxClusters)) {
        setPhase(Phase::Idle);
        Q_EMIT logLine(PlanTexts::tr("A run is already going."));
        Q_EMIT abandoned();
        return;
    }
    setPhase(Phase::Running);
    Q_EMIT logLine(
        PlanTexts::tr("Running %1 on %n cluster(s)…", nullptr, int(m_members.size())).arg(m_plan.name));
    Q_EMIT runStarted(m_runner->fleetId());
}

void PlanFleetRun::cancel()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    if (m_phase == Phase::Connecting || m_phase == Phase::Checking) {
        m_cancelled = true;
        m_checkCancel.cancel();
    }
}

} // namespace moctl
