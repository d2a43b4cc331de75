#pragma once

#include "moerror.h"
#include "operation.h"

#include <QString>

namespace moctl {

// Reads mo_ctl's JSON reply: {"method": "Flush", "result": [{"returnStr": "OK"}, ...]}.
// No error when every shard said OK (an empty result list is OK, as MatrixOne's Python SDK treats
// it); NotOk when a shard said otherwise; BadReply for anything that is not such a document.
// Anything that is not such a document is a failure ("unexpected reply"), never OK: an empty reply,
// `null`, non-JSON, a missing or null "result", or a reply longer than MaxReplyChars (not parsed).
MoError parseReply(const QString &raw, OperationKind expected);

// A mo_ctl reply is a few hundred bytes; a longer one is kept only up to this many characters.
inline constexpr qsizetype MaxReplyChars = 64 * 1024;
// The reply as it is stored (history, outcomes): at most MaxReplyChars, then a note saying it was cut
// and how long it was.
QString capReply(const QString &raw);

} // namespace moctl
