#include "duration.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

constexpr quint64 Nanosecond = 1;
constexpr quint64 Microsecond = 1000 * Nanosecond;
constexpr quint64 Millisecond = 1000 * Microsecond;
constexpr quint64 Second = 1000 * Millisecond;
constexpr quint64 Minute = 60 * Second;
constexpr quint64 Hour = 60 * Minute;
constexpr quint64 Bit63 = quint64(1) << 63;

// Go's time.quote: ASCII as is (" and \ escaped), every byte of anything else as \xNN.
QString goQuote(QByteArrayView s)
{
    static const char hex[] = "0123456789abcdef";
    QString out = u"\""_s;
    for (qsizetype i = 0; i < s.size();) {
        const uchar c = uchar(s.at(i));
        if (c >= 0x80 || c < 0x20) {
            // Go ranges over runes: a valid multi-byte rune is written byte by byte, an invalid byte alone.
            qsizetype width = 1;
            if (c >= 0xc0) {
                const qsizetype want = c >= 0xf0 ? 4 : (c >= 0xe0 ? 3 : 2);
                qsizetype n = 1;
                while (n < want && i + n < s.size() && (uchar(s.at(i + n)) & 0xc0) == 0x80)
                    ++n;
                if (n == want)
                    width = want;
            }
            for (qsizetype j = 0; j < width; ++j) {
                const uchar b = uchar(s.at(i + j));
                out += u"\\x"_s;
                out += QLatin1Char(hex[b >> 4]);
                out += QLatin1Char(hex[b & 0xf]);
            }
            i += width;
            continue;
        }
        if (c == '"' || c == '\\')
            out += u'\\';
        out += QLatin1Char(char(c));
        ++i;
    }
    out += u'"';
    return out;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::optional<quint64> unitOf(QByteArrayView u)
{
    if (u == "ns")
        return Nanosecond;
    if (u == "us" || u == "\xc2\xb5s" /* U+00B5 */ || u == "\xce\xbcs" /* U+03BC */)
        return Microsecond;
    if (u == "ms")
        return Millisecond;
    if (u == "s")
        return Second;
    if (u == "m")
        return Minute;
    if (u == "h")
        return Hour;
    return std::nullopt;
}

} // namespace

GoDuration parseGoDuration(QByteArrayView orig)
{
    GoDuration result;
    const auto invalid = [&] {
        result.goError = u"time: invalid duration "_s + goQuote(orig);
        return result;
    };
    QByteArrayView s = orig;
    quint64 d = 0;
    bool neg = false;
    if (!s.isEmpty() && (s.front() == '-' || s.front() == '+')) {
        neg = s.front() == '-';
        s = s.sliced(1);
    }
    if (s == "0") {
        result.ok = true;
        return result;
    }
    if (s.isEmpty())
        return invalid();
    while (!s.isEmpty()) {
        quint64 v = 0, f = 0;
        double scale = 1;
        if (!(s.front() == '.' || isDigit(s.front())))
            return invalid();
        // leadingInt
        const qsizetype before = s.size();
        qsizetype i = 0;
        for (; i < s.size() && isDigit(s.at(i)); ++i) {
            if (v > Bit63 / 10)
                return invalid();
            v = v * 10 + quint64(s.at(i) - '0');
            if (v > Bit63)
                return invalid();
        }
        s = s.sliced(i);
        const bool pre = before != s.size();
        bool post = false;
        if (!s.isEmpty() && s.front() == '.') {
            s = s.sliced(1);
            // leadingFraction
            qsizetype j = 0;
            bool overflow = false;
            for (; j < s.size() && isDigit(s.at(j)); ++j) {
                if (overflow)
                    continue;
                if (f > (Bit63 - 1) / 10) {
                    overflow = true;
                    continue;
                }
                const quint64 y = f * 10 + quint64(s.at(j) - '0');
                if (y > Bit63) {
                    overflow = true;
                    continue;
                }
                f = y;
                scale *= 10;
            }
            post = j > 0;
            s = s.sliced(j);
        }
        if (!pre && !post)
            return invalid();
        qsizetype u = 0;
        while (u < s.size() && !(s.at(u) == '.' || isDigit(s.at(u))))
            ++u;
        if (u == 0) {
            result.goError = u"time: missing unit in duration "_s + goQuote(orig);
            return result;
        }
        const QByteArrayView unitText = s.first(u);
        s = s.sliced(u);
        const std::optional<quint64> unit = unitOf(unitText);
        if (!unit) {
            result.goError
                = u"time: unknown unit "_s + goQuote(unitText) + u" in duration "_s + goQuote(orig);
            return result;
        }
        if (v > Bit63 / *unit)
            return invalid();
        v *= *unit;
        if (f > 0) {
            v += quint64(double(f) * (double(*unit) / scale));
            if (v > Bit63)
                return invalid();
        }
        d += v;
        if (d > Bit63)
            return invalid();
    }
    if (neg) {
        result.ok = true;
        result.nanoseconds = d == Bit63 ? std::numeric_limits<qint64>::min() : -qint64(d);
        return result;
    }
    if (d > Bit63 - 1)
        return invalid();
    result.ok = true;
    result.nanoseconds = qint64(d);
    return result;
}

GoDuration parseGoDuration(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return parseGoDuration(QByteArrayView(utf8));
}

MoError checkDuration(const QString &text)
{
    if (text.isEmpty())
        return {};
    const GoDuration d = parseGoDuration(text);
    if (!d.ok) {
        // Go says "invalid duration" both for garbage and for a value past int64: tell them apart.
        if (d.goError.startsWith(u"time: invalid duration"_s)) {
            // An overflow when the same text with every number made small parses.
            QByteArray shrunk;
            for (char c : text.toUtf8())
                shrunk += isDigit(c) ? '1' : c;
            while (shrunk.contains("11"))
                shrunk.replace("11", "1");
            if (parseGoDuration(QByteArrayView(shrunk)).ok)
                return MoError::invalidInput(QCoreApplication::translate("moctl::Duration",
                    "\"%1\" is longer than MatrixOne can take (at most 2562047h47m16.854775807s, "
                    "about 292 years).")
                                                 .arg(text));
        }
        return MoError::invalidInput(QCoreApplication::translate("moctl::Duration",
            "\"%1\" is not a duration such as 30s, 300ms, 2m or "
            "1h2m3.5s (Go's format; units ns, us, µs, ms, s, m, h): %2.")
                                         .arg(text, d.goError));
    }
    if (d.nanoseconds < 0)
        return MoError::invalidInput(QCoreApplication::translate("moctl::Duration",
            "\"%1\" is negative: MatrixOne would give up at once. Give "
            "a duration of zero or more, such as 30s or 5m.")
                                         .arg(text));
    return {};
}

QString durationLimitWarning(const QString &duration, std::chrono::milliseconds clientTimeout)
{
    if (duration.isEmpty() || clientTimeout.count() <= 0)
        return {};
    const GoDuration d = parseGoDuration(duration);
    if (!d.ok || d.nanoseconds <= 0)
        return {};
    const qint64 limitNs = qint64(clientTimeout.count()) * 1000000;
    if (d.nanoseconds <= limitNs)
        return {};
    return QCoreApplication::translate("moctl::Duration",
        "The checkpoint may take up to %1 on the server, longer than the time limit of "
        "%2 s: the client would give up first and cancel it. Raise the time limit or "
        "shorten the duration.")
        .arg(duration)
        .arg(double(clientTimeout.count()) / 1000.0, 0, 'g', 6);
}

} // namespace moctl
