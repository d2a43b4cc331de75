#pragma once

#include "moerror.h"

#include <chrono>
#include <optional>
#include <QByteArrayView>
#include <QString>

namespace moctl {

// Go's time.ParseDuration, which MatrixOne uses for the checkpoint and global checkpoint argument:
// [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+ with units ns, us, µs (U+00B5), μs (U+03BC), ms, s, m, h; "0" alone
// (with an optional sign) is zero; the value must fit in an int64 of nanoseconds. A port of Go's own
// code (src/time/format.go), byte for byte, with Go's exact error texts.
struct GoDuration
{
    bool ok = false;
    qint64 nanoseconds = 0;
    QString goError; // Go's text, e.g. time: invalid duration "abc"; empty when ok
};
GoDuration parseGoDuration(QByteArrayView utf8);
GoDuration parseGoDuration(const QString &text);

// The largest duration Go (and so MatrixOne) can hold: 2562047h47m16.854775807s.
inline constexpr qint64 MaxDurationNs = std::numeric_limits<qint64>::max();

// What the client accepts as a checkpoint duration before anything is sent: Go's grammar, zero or more
// (a negative duration would make MatrixOne give up at once), at most MaxDurationNs. Empty = the
// server's default and is accepted. Returns an InvalidInput error with a message for people.
MoError checkDuration(const QString &text);

// A checkpoint's duration is the time MatrixOne may spend; when it is longer than the client's time
// limit, the client gives up first (and kills the statement). The translated warning, or empty when
// the duration is empty, invalid or within the limit (a limit of 0 = none).
QString durationLimitWarning(const QString &duration, std::chrono::milliseconds clientTimeout);

} // namespace moctl
