#pragma once

// The commands of moctl. Each returns an exit code (cli.h). Add a command here and in the table in
// cli.cpp.
#include "cli.h"

#include "moctl/operation.h"

#include <memory>

namespace moctl::cli {

int commandFlush(Context &context);
int commandCheckpoint(Context &context, OperationKind kind);
// Runs ad-hoc operations (validated first; --dry-run prints them), recording history.
int runOperations(Context &context, const QList<Operation> &operations, const ExecutionOptions &options);

// moctl schedule list|run, moctl serve (cli_schedule.cpp)
int commandSchedule(Context &context);
int commandServe(Context &context);

// The history recorder for CLI runs (trigger cli); null when history is unavailable.
std::unique_ptr<RunRecorder> makeRecorder(Context &context);

} // namespace moctl::cli
