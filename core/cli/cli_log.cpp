// --log-format json: one JSON object per event on stdout (see cli_log.h).
#include "cli_log.h"

#include "moctl/operation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {

QString levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Info:
        return u"info"_s;
    case LogLevel::Warning:
        return u"warning"_s;
    case LogLevel::Error:
        return u"error"_s;
    }
    return u"info"_s;
}

LogLevel levelFor(OutcomeStatus status)
{
    switch (status) {
    case OutcomeStatus::Ok:
    case OutcomeStatus::Skipped:
        return LogLevel::Info;
    case OutcomeStatus::Failed:
        return LogLevel::Error;
    default:
        return LogLevel::Warning; // timed out, cancelled
    }
}

// A JSON string literal, escaped as QJsonDocument escapes it.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact); // ["..."]
    return array.mid(1, array.size() - 2);
}

void insertRunFields(QJsonObject &o, const RunRequest &request)
{
    if (!request.planId.isEmpty()) {
        o.insert(u"planId"_s, request.planId);
        o.insert(u"plan"_s, request.planName);
    }
    o.insert(u"profile"_s, request.profileName);
    o.insert(u"trigger"_s, triggerName(request.trigger));
    if (!request.fleetId.isEmpty())
        o.insert(u"fleetId"_s, request.fleetId);
}

} // namespace

void logEvent(Context &context, LogLevel level, const QString &event, const QJsonObject &fields)
{
    // ts, level and event first, in that order (QJsonObject sorts its keys), then the fields.
    QByteArray line = "{\"ts\":" + jsonString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        + ",\"level\":" + jsonString(levelName(level)) + ",\"event\":" + jsonString(event);
    QJsonObject rest = fields;
    for (const QString &key : { u"ts"_s, u"level"_s, u"event"_s })
        rest.remove(key);
    if (!rest.isEmpty())
        line += ',' + QJsonDocument(rest).toJson(QJsonDocument::Compact).mid(1); // without its '{'
    else
        line += '}';
    context.out << QString::fromUtf8(line) << '\n';
    context.out.flush();
}

void logRunStarted(Context &context, const RunRequest &request, qint64 runId)
{
    QJsonObject o;
    o.insert(u"run"_s, runId);
    insertRunFields(o, request);
    o.insert(u"server"_s, request.settings.describe());
    o.insert(u"steps"_s, int(request.steps.size()));
    o.insert(u"operations"_s, request.operationCount());
    logEvent(context, LogLevel::Info, u"run.started"_s, o);
}

void logOutcome(Context &context, const Outcome &outcome, const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(u"run"_s, outcome.runId);
    o.insert(u"step"_s, outcome.stepIndex + 1);
    o.insert(u"operation"_s, operationName(outcome.operation.kind));
    o.insert(u"target"_s, outcome.target);
    o.insert(u"status"_s, outcomeStatusName(outcome.status));
    o.insert(u"code"_s, outcome.error.code());
    o.insert(u"message"_s, outcome.error.isError() ? outcome.error.message() : outcome.error.detail());
    o.insert(u"attempts"_s, outcome.attempts);
    o.insert(u"durationMs"_s, outcome.durationMs);
    o.insert(u"sql"_s, outcome.sql);
    logEvent(context, levelFor(outcome.status), u"outcome"_s, o);
}

void logRunFinished(Context &context, const RunRequest &request, const RunSummary &summary, int exitCode)
{
    QJsonObject o;
    o.insert(u"run"_s, summary.runId);
    insertRunFields(o, request);
    o.insert(u"status"_s, runStatusName(summary.status));
    o.insert(u"ok"_s, summary.ok);
    o.insert(u"failed"_s, summary.failed);
    o.insert(u"timedOut"_s, summary.timedOut);
    o.insert(u"cancelled"_s, summary.cancelled);
    o.insert(u"skipped"_s, summary.skipped);
    o.insert(u"durationMs"_s,
        summary.started.isValid() && summary.finished.isValid() ? summary.started.msecsTo(summary.finished)
                                                                : qint64(0));
    if (!summary.serverVersion.isEmpty())
        o.insert(u"serverVersion"_s, summary.serverVersion);
    if (summary.firstError.isError())
        o.insert(u"message"_s, summary.firstError.message());
    o.insert(u"exitCode"_s, exitCode);
    logEvent(context, exitCode == ExitOk ? LogLevel::Info : LogLevel::Error, u"run.finished"_s, o);
}

} // namespace moctl::cli
