#pragma once

// --log-format json: what a run reports, as one JSON object per line on stdout, for cluster log
// collectors (Kubernetes, Loki, Fluent Bit, journald's JSON mode). Every line has
//   "ts"    the time in UTC, ISO 8601 with milliseconds ("2026-12-03T07:30:00.123Z"),
//   "level" info, warning or error,
//   "event" run.started, outcome or run.finished,
// and the event's fields next to them (flat, so collectors index them without parsing further).
// Never a password: the connection is described as user@host:port.
#include "cli.h"

#include <QJsonObject>

namespace moctl::cli {

enum class LogLevel { Info, Warning, Error };

// One event line on context.out (flushed at once).
void logEvent(Context &context, LogLevel level, const QString &event, const QJsonObject &fields);
void logRunStarted(Context &context, const RunRequest &request, qint64 runId);
// `extra`: more fields (a fleet member's profile and fleet id).
void logOutcome(Context &context, const Outcome &outcome, const QJsonObject &extra = {});
void logRunFinished(Context &context, const RunRequest &request, const RunSummary &summary, int exitCode);

} // namespace moctl::cli
