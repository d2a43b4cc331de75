#include "planpreflightpanel.h"

#include "connection/connectionfactory.h"
#include "planmodel.h"
#include "runner/runner.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

PlanPreflightPanel::PlanPreflightPanel(PlanModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_runner(new Runner(this))
    , m_fleet(new PlanFleetRun(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Two rows (check and run; save and cancel): the preview pane stays narrow on a small screen.
    auto *runButtons = new QGridLayout;
    m_saveButton = new QPushButton(QIcon(u":/icons/save.svg"_s), PlanTexts::tr("&Save"), this);
    m_preflightButton = new QPushButton(PlanTexts::tr("Pre&flight"), this);
    m_preflightButton->setToolTip(
        PlanTexts::tr("Connect and check the profile, the tables and what the patterns "
                      "match, without sending mo_ctl"));
    m_runButton = new QPushButton(QIcon(u":/icons/run.svg"_s), PlanTexts::tr("&Run now"), this);
    m_runButton->setObjectName(u"runButton"_s);
    m_cancelButton = new QPushButton(QIcon(u":/icons/cancel.svg"_s), PlanTexts::tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    runButtons->addWidget(m_preflightButton, 0, 0);
    runButtons->addWidget(m_runButton, 0, 1);
    runButtons->addWidget(m_saveButton, 1, 0);
    runButtons->addWidget(m_cancelButton, 1, 1);
    layout->addLayout(runButtons);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setAccessibleName(PlanTexts::tr("Plan run progress"));
    layout->addWidget(m_progress);
    m_runLog = new QPlainTextEdit(this);
    m_runLog->setObjectName(u"runLog"_s);
    m_runLog->setReadOnly(true);
    m_runLog->setAccessibleName(PlanTexts::tr("Preflight and run log"));
    m_runLog->setMaximumBlockCount(5000);
    layout->addWidget(m_runLog, 1);
    connect(m_saveButton, &QPushButton::clicked, this, &PlanPreflightPanel::saveRequested);
    connect(m_preflightButton, &QPushButton::clicked, this, &PlanPreflightPanel::preflight);
    connect(m_runButton, &QPushButton::clicked, this, &PlanPreflightPanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &PlanPreflightPanel::cancel);

    connect(m_model, &PlanModel::stateChanged, this, &PlanPreflightPanel::updateButtons);
    connect(m_model, &PlanModel::modifiedChanged, this, &PlanPreflightPanel::updateButtons);
    connect(&m_preflightWatcher, &QFutureWatcher<PreflightReport>::finished, this,
        &PlanPreflightPanel::onPreflightFinished);
    connect(m_runner, &Runner::operationFinished, this, [this](const Outcome &o) {
        QString line = u"%1  %2  %3  %4 ms"_s
                           .arg(outcomeStatusTitle(o.status), operationTitle(o.operation.kind), o.target)
                           .arg(o.durationMs);
        if (o.error.isError() || !o.error.detail().isEmpty())
            line += u"  "_s + (o.error.isError() ? o.error.message() : o.error.detail());
        appendLog(line);
    });
    connect(m_runner, &Runner::progressChanged, this, [this](int percent) {
        m_progress->setValue(percent);
        Q_EMIT runProgressChanged(true, percent, PlanTexts::tr("Running plan %1").arg(m_model->plan().name));
    });
    connect(m_runner, &Runner::finished, this, [this](const RunSummary &summary) {
        appendLog(
            PlanTexts::tr("Run finished: %1 — %2 ok, %3 failed, %4 timed out, %5 cancelled, %6 skipped.")
                .arg(runStatusTitle(summary.status))
                .arg(summary.ok)
                .arg(summary.failed)
                .arg(summary.timedOut)
                .arg(summary.cancelled)
                .arg(summary.skipped));
        m_cancelButton->setEnabled(false);
        m_progress->setValue(100);
        setPhase(Phase::Idle);
        Q_EMIT runProgressChanged(false, 100, runStatusTitle(summary.status));
        Q_EMIT runFinished(summary);
    });
    connectFleet();
    updateButtons();
}

void PlanPreflightPanel::connectFleet()
{
    connect(m_fleet, &PlanFleetRun::logLine, this, &PlanPreflightPanel::appendLog);
    connect(m_fleet, &PlanFleetRun::checked, this, [this] {
        setPhase(Phase::Idle);
        Q_EMIT preflightFinished();
    });
    connect(m_fleet, &PlanFleetRun::abandoned, this, [this] {
        Q_EMIT preflightFinished();
        abandonRun();
    });
    connect(m_fleet, &PlanFleetRun::runStarted, this, [this](const QString &fleetId) {
        m_fleetTotal = 0;
        m_fleetDone = 0;
        for (const FleetMember &member : m_fleet->members())
            m_fleetTotal += member.setupError.isError() ? 0 : member.request.operationCount();
        m_progress->setValue(0);
        setPhase(Phase::Running);
        m_cancelButton->setEnabled(true);
        Q_EMIT preflightFinished();
        Q_EMIT fleetRunStarted(fleetId);
    });
    connect(m_fleet->runner(), &FleetRunner::operationFinished, this, [this](int, const Outcome &) {
        ++m_fleetDone;
        const int percent = m_fleetTotal > 0 ? qMin(99, 100 * m_fleetDone / m_fleetTotal) : 0;
        if (percent == m_progress->value())
            return;
        m_progress->setValue(percent);
        Q_EMIT runProgressChanged(true, percent, PlanTexts::tr("Running plan %1").arg(m_model->plan().name));
    });
    connect(m_fleet, &PlanFleetRun::finished, this, [this](const FleetSummary &summary) {
        m_cancelButton->setEnabled(false);
        m_progress->setValue(100);
        setPhase(Phase::Idle);
        Q_EMIT runProgressChanged(false, 100, runStatusTitle(summary.status()));
        Q_EMIT fleetRunFinished(summary);
    });
}

bool PlanPreflightPanel::isFleetPlan() const
{
    return m_model->hasPlan() && !m_model->plan().profiles.trimmed().isEmpty();
}

PlanPreflightPanel::~PlanPreflightPanel()
{
    m_preflightWatcher.cancel();
    m_preflightWatcher.waitForFinished();
}

void PlanPreflightPanel::setPhase(Phase phase)
{
    m_phase = phase;
    const bool running
        = phase == Phase::ConnectingToRun || phase == Phase::CheckingToRun || phase == Phase::Running;
    m_model->setRunning(running);
    updateButtons();
}

void PlanPreflightPanel::updateButtons()
{
    const bool hasPlan = m_model->hasPlan();
    m_saveButton->setEnabled(m_model->isModified());
    m_runButton->setEnabled(
        hasPlan && m_phase == Phase::Idle && !m_runner->isRunning() && !m_fleet->runner()->isRunning());
    m_preflightButton->setEnabled(hasPlan && m_phase == Phase::Idle && !m_preflightWatcher.isRunning());
}

void PlanPreflightPanel::preflight()
{
    if (!m_model->hasPlan() || m_phase != Phase::Idle || m_preflightWatcher.isRunning())
        return;
    if (isFleetPlan()) {
        setPhase(Phase::ConnectingToCheck);
        if (!m_fleet->start(m_model->plan(), PlanFleetRun::Then::Check)) {
            setPhase(Phase::Idle);
            Q_EMIT preflightFinished();
        }
        return;
    }
    connectAndCheck(false);
}

void PlanPreflightPanel::run()
{
    if (!m_model->hasPlan() || m_phase != Phase::Idle || m_runner->isRunning()
        || m_preflightWatcher.isRunning())
        return;
    if (m_model->revalidate()) {
        appendLog(PlanTexts::tr("The plan was not run: fix the problems listed first."));
        return;
    }
    m_runLog->clear();
    Q_EMIT runProgressChanged(true, 0, PlanTexts::tr("Checking plan %1").arg(m_model->plan().name));
    if (isFleetPlan()) {
        setPhase(Phase::ConnectingToRun);
        if (!m_fleet->start(m_model->plan(), PlanFleetRun::Then::Run))
            abandonRun();
        return;
    }
    connectAndCheck(true); // connection, then patterns and tables are checked; the run starts after that
}

void PlanPreflightPanel::connectAndCheck(bool thenRun)
{
    const auto giveUp = [this] {
        appendLog(PlanTexts::tr(
            "No connection for this plan: choose a profile (or select one in the profiles panel)."));
        if (m_phase == Phase::ConnectingToRun)
            abandonRun();
        else
            setPhase(Phase::Idle);
        Q_EMIT preflightFinished();
    };
    setPhase(thenRun ? Phase::ConnectingToRun : Phase::ConnectingToCheck);
    if (!m_connectionSupplier)
        return giveUp();
    m_connectionSupplier(
        m_model->plan().profileId, this, [this, giveUp](const std::optional<ConnectionSettings> &settings) {
            if (!settings)
                return giveUp();
            startPreflight(*settings);
        });
}

void PlanPreflightPanel::startPreflight(const ConnectionSettings &settings)
{
    const bool thenRun = m_phase == Phase::ConnectingToRun;
    setPhase(thenRun ? Phase::CheckingToRun : Phase::Checking);
    m_pendingSettings = settings;
    appendLog(PlanTexts::tr("Preflight of %1…").arg(m_model->plan().name));
    const MaintenancePlan plan = m_model->plan();
    const PreflightDepth depth = thenRun ? PreflightDepth::Quick : PreflightDepth::WithEstimates;
    m_preflightWatcher.setFuture(QtConcurrent::run([plan, s = settings, depth, figures = m_figuresSource] {
        const FiguresBaseline baseline
            = figures && hasSizeRules(plan) ? figures(plan.idString()) : FiguresBaseline();
        PreflightReport r = runPreflight(plan, s, depth, CancelToken(), baseline);
        ConnectionFactory::releaseThreadConnections();
        return r;
    }));
    updateButtons();
}

void PlanPreflightPanel::onPreflightFinished()
{
    const PreflightReport report = m_preflightWatcher.result();
    m_model->setFiguresBaselineQuietly(report.baseline);
    m_model->takePreflight(report.resolution,
        report.connected() ? std::optional(report.serverTables) : std::nullopt, report.serverCatalog);
    for (const PreflightReport::Item &item : report.items) {
        const QString where
            = item.stepIndex < 0 ? QString() : PlanTexts::tr("Step %1: ").arg(item.stepIndex + 1);
        const QString level = item.severity == PreflightReport::Severity::Error ? PlanTexts::tr("error")
            : item.severity == PreflightReport::Severity::Warning               ? PlanTexts::tr("warning")
                                                                                : PlanTexts::tr("info");
        appendLog(u"[%1] %2%3"_s.arg(level, where, item.message));
    }
    const bool runNext = m_phase == Phase::CheckingToRun;
    if (!runNext)
        setPhase(Phase::Idle);
    Q_EMIT preflightFinished();
    if (!runNext)
        return;
    if (report.hasErrors()) {
        appendLog(PlanTexts::tr("The plan was not run: the preflight found errors."));
        abandonRun();
        return;
    }
    startRun(m_pendingSettings, report.resolution);
}

void PlanPreflightPanel::abandonRun()
{
    setPhase(Phase::Idle);
    Q_EMIT runProgressChanged(false, 0, {});
}

void PlanPreflightPanel::startRun(const ConnectionSettings &settings, const PatternResolution &resolution)
{
    const QList<TableInfo> &catalog = m_model->serverCatalog();
    RunRequest request = toRunRequest(
        m_model->plan(), settings, resolution, RunTrigger::Manual, catalog.isEmpty() ? nullptr : &catalog);
    if (m_requestNamer)
        m_requestNamer(request, settings);
    if (m_confirmer && !m_confirmer(request)) {
        appendLog(PlanTexts::tr("The plan was not run: nothing was sent."));
        abandonRun();
        return;
    }
    m_progress->setValue(0);
    m_lastRequest = request;
    if (!m_runner->start(request, m_recorder)) {
        appendLog(PlanTexts::tr("A run is already going."));
        setPhase(Phase::Idle);
        return;
    }
    setPhase(Phase::Running);
    m_cancelButton->setEnabled(true);
    appendLog(PlanTexts::tr("Running %1 (%n statement(s))…", nullptr, request.operationCount())
                  .arg(m_model->plan().name));
}

void PlanPreflightPanel::cancel()
{
    if (m_fleet->phase() != PlanFleetRun::Phase::Idle)
        m_fleet->cancel();
    else if (m_runner->isRunning())
        m_runner->cancel();
    else if (m_phase == Phase::CheckingToRun) {
        setPhase(Phase::Checking); // the preflight ends; the run does not start
        Q_EMIT runProgressChanged(false, 0, {});
    }
}

void PlanPreflightPanel::appendLog(const QString &line)
{
    m_runLog->appendPlainText(line);
}

} // namespace moctl
