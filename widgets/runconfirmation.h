#pragma once

#include "runner/runtypes.h"

class QWidget;

namespace moctl {

// Asks before a run on a profile that confirms runs (a production profile): what will be sent (the
// kinds, how many tables, which ones) and to which cluster (profile name, host:port), from
// describeRun(). A modal message box (objectName "confirmRun", buttons Run and Don't Run, Don't Run
// the default). True when the operator chose Run.
bool askToRun(QWidget *parent, const RunRequest &request);
// The same for a fleet run, before any of its clusters is sent anything: every cluster in `asking`
// (indexes into `requests`: those that confirm runs) with its address and what it gets, then the
// others by name. One question for the whole fleet.
bool askToRunFleet(QWidget *parent, const QList<RunRequest> &requests, const QList<int> &asking);

} // namespace moctl
