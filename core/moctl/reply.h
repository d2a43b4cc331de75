#pragma once

#include "moerror.h"
#include "operation.h"

#include <QString>

namespace moctl {

// Reads mo_ctl's JSON reply: {"method": "Flush", "result": [{"returnStr": "OK"}, ...]}.
// No error when every shard said OK (an empty result list is OK, as MatrixOne's Python SDK treats
// it); NotOk when a shard said otherwise; BadReply for anything that is not such a document.
MoError parseReply(const QString &raw, OperationKind expected);

} // namespace moctl
