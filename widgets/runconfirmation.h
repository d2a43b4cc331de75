#pragma once

#include "runner/runtypes.h"

class QWidget;

namespace moctl {

// Asks before a run on a profile that confirms runs (a production profile): what will be sent (the
// kinds, how many tables, which ones) and to which cluster (profile name, host:port), from
// describeRun(). A modal message box (objectName "confirmRun", buttons Run and Don't Run, Don't Run
// the default). True when the operator chose Run.
bool askToRun(QWidget *parent, const RunRequest &request);

} // namespace moctl
