#pragma once

#include "connection/connectionsettings.h"
#include "moerror.h"
#include "serverversion.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace moctl {

// MatrixOne's checkpoints, as the TN lists them over SQL (there is no WAL size and no wall-clock time
// of the last checkpoint over SQL). Read from MatrixOne's source:
//  * v2.0 – v2.2: SELECT mo_ctl('dn', 'inspect', 'inspect checkpoint list') — pkg/vm/engine/tae/rpc/tool.go
//    (ckpListArg.getCkpList): {"count":N,"checkpoints":[{"index":i,"lsn":"<ckp>-<truncate>",
//    "detail":"CKP[G|I][<state>][<policy>:<flush>][<ckp>-<truncate>](<start>-><end>)"}]}
//  * v3.0+: SELECT mo_ctl('dn', 'inspect', 'inspect inmemory-ckp list') — tool.go (inmemoryCkpListArg,
//    CkpEntries) and pkg/vm/engine/tae/db/checkpoint/entry.go (CheckpointEntry.MarshalJSON):
//    {"count":N,"entries":[{"start","end","state","entry_type":"G|I|B|C","location","ckp_lsn","truncate_lsn"}]}
//  Both lists hold the last finished global checkpoint first, then the finished incrementals after it
//  (checkpoint/store.go GetAllCheckpoints). mo_ctl returns the TN's InspectResp.ConsoleString():
//  "\nmsg: <JSON>\n\n" (pkg/vm/engine/cmd_util/operations.go; pkg/sql/plan/function/ctl/ctl.go).
//  The parameter is a command line for the TN's cobra tree (pkg/vm/engine/tae/rpc/inspect.go
//  initCommand): "inspect" is MoInspectArg (tool.go), whose subcommands are "checkpoint" (v2) and
//  "inmemory-ckp" (v3+).
struct CheckpointEntry
{
    enum class Type { Global, Incremental, Backup, Compacted, Unknown };
    Type type = Type::Unknown;
    QString start; // HLC timestamp "<physical ns>-<logical>"
    QString end;
    int state = -1; // MatrixOne's State: 0 running, 1 pending, 2 finished
    quint64 ckpLsn = 0;
    quint64 truncateLsn = 0;
    QString location; // v3+
    QString detail; // v2: the entry's String()

    // The wall-clock time of an HLC timestamp's physical part (UTC); invalid when unreadable.
    QDateTime startTime() const;
    QDateTime endTime() const;
    QString typeName() const; // "global", "incremental", "backup", "compacted", "unknown"
    QString typeTitle() const; // translated
    QString stateTitle() const; // translated
    QJsonObject toJson() const;
};

struct CheckpointList
{
    enum class Format { V2CheckpointList, V3InMemory, Unknown };
    Format format = Format::Unknown;
    QList<CheckpointEntry> entries; // as MatrixOne lists them
    int count = 0; // MatrixOne's "count"
    QString raw; // the reply as received (shown as is when the format is unknown)
    QString command; // the inspect command sent
    QString serverVersion;
    MoError error; // could not connect or the statement failed

    bool isKnown() const { return format != Format::Unknown && !error.isError(); }
    // The last global checkpoint (the newest by end), or null.
    const CheckpointEntry *lastGlobal() const;
    // The incremental checkpoints that ended after the last global one (all of them without one).
    QList<CheckpointEntry> incrementalsSinceGlobal() const;
    int incrementalsSinceGlobalCount() const { return int(incrementalsSinceGlobal().size()); }
    // For the runner: -1 when unknown.
    int incrementalsSinceGlobalOrUnknown() const { return isKnown() ? incrementalsSinceGlobalCount() : -1; }
    QJsonObject toJson() const;
};

// Pure: the reply of either command, wrapped ("\nmsg: <JSON>\n\n...") or bare. Never throws; an
// unknown format gives Format::Unknown with `raw` kept.
CheckpointList parseCheckpointList(const QString &reply);
// The HLC timestamp "<ns>-<logical>" as UTC time; invalid when unreadable or 0.
QDateTime hlcTime(const QString &timestamp);
// The inspect command for the server's version: "inspect inmemory-ckp list" from v3.0.0 (and for
// unknown versions), "inspect checkpoint list" before.
QString checkpointListCommand(const ServerVersion &version);
QString checkpointListStatement(const ServerVersion &version);
// Blocking (worker threads, moctl): connects, reads version(), sends the command. For an unknown
// version, tries the v2 command when the v3 one is not understood.
CheckpointList readCheckpoints(const ConnectionSettings &settings);

} // namespace moctl

Q_DECLARE_METATYPE(moctl::CheckpointList)
