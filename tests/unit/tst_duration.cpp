// Go's time.ParseDuration, ported (core/moctl/duration.cpp): Go's own table of cases
// (src/time/time_test.go parseDurationTests and parseDurationErrorTests) and what the client refuses.
#include "moctl/duration.h"
#include "moctl/statement.h"

#include <limits>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;
using namespace std::chrono_literals;

namespace {
constexpr qint64 Nanosecond = 1;
constexpr qint64 Microsecond = 1000 * Nanosecond;
constexpr qint64 Millisecond = 1000 * Microsecond;
constexpr qint64 Second = 1000 * Millisecond;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 MinDuration = std::numeric_limits<qint64>::min();
} // namespace

class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Go's parseDurationTests, every row.
    void parses_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<qint64>("want");
        const auto row = [](const char *in, qint64 want) { QTest::newRow(in) << QByteArray(in) << want; };
        // simple
        row("0", 0);
        row("5s", 5 * Second);
        row("30s", 30 * Second);
        row("1478s", 1478 * Second);
        // sign
        row("-5s", -5 * Second);
        row("+5s", 5 * Second);
        row("-0", 0);
        row("+0", 0);
        // decimal
        row("5.0s", 5 * Second);
        row("5.6s", 5 * Second + 600 * Millisecond);
        row("5.s", 5 * Second);
        row(".5s", 500 * Millisecond);
        row("1.0s", 1 * Second);
        row("1.00s", 1 * Second);
        row("1.004s", 1 * Second + 4 * Millisecond);
        row("1.0040s", 1 * Second + 4 * Millisecond);
        row("100.00100s", 100 * Second + 1 * Millisecond);
        // different units
        row("10ns", 10 * Nanosecond);
        row("11us", 11 * Microsecond);
        row("12\xc2\xb5s", 12 * Microsecond); // U+00B5
        row("12\xce\xbcs", 12 * Microsecond); // U+03BC
        row("13ms", 13 * Millisecond);
        row("14s", 14 * Second);
        row("15m", 15 * Minute);
        row("16h", 16 * Hour);
        // composite durations
        row("3h30m", 3 * Hour + 30 * Minute);
        row("10.5s4m", 4 * Minute + 10 * Second + 500 * Millisecond);
        row("-2m3.4s", -(2 * Minute + 3 * Second + 400 * Millisecond));
        row("1h2m3s4ms5us6ns",
            1 * Hour + 2 * Minute + 3 * Second + 4 * Millisecond + 5 * Microsecond + 6 * Nanosecond);
        row("39h9m14.425s", 39 * Hour + 9 * Minute + 14 * Second + 425 * Millisecond);
        // large value
        row("52763797000ns", 52763797000 * Nanosecond);
        // more than 9 digits after decimal point, see https://golang.org/issue/6617
        row("0.3333333333333333333h", 20 * Minute);
        // 9007199254740993 = 1<<53+1 cannot be stored precisely in a float64
        row("9007199254740993ns", ((qint64(1) << 53) + 1) * Nanosecond);
        // largest duration that can be represented by int64 in nanoseconds
        row("9223372036854775807ns", std::numeric_limits<qint64>::max());
        row("9223372036854775.807us", std::numeric_limits<qint64>::max());
        row("9223372036s854ms775us807ns", std::numeric_limits<qint64>::max());
        row("-9223372036854775808ns", MinDuration);
        row("-9223372036854775.808us", MinDuration);
        row("-9223372036s854ms775us808ns", MinDuration);
        // largest negative round trip value, see https://golang.org/issue/48629
        row("-2562047h47m16.854775808s", MinDuration);
        // huge string; issue 15011.
        row("0.100000000000000000000h", 6 * Minute);
        // This value tests the first overflow check in leadingFraction.
        row("0.830103483285477580700h", 49 * Minute + 48 * Second + 372539827 * Nanosecond);
        // the brief's cases
        row("300ms", 300 * Millisecond);
        row("1h2m3.5s", Hour + 2 * Minute + 3500 * Millisecond);
        row("2562047h47m16.854775807s", std::numeric_limits<qint64>::max());
    }
    void parses()
    {
        QFETCH(QByteArray, in);
        QFETCH(qint64, want);
        const GoDuration d = parseGoDuration(QByteArrayView(in));
        QVERIFY2(d.ok, qPrintable(d.goError));
        QCOMPARE(d.nanoseconds, want);
        QVERIFY(d.goError.isEmpty());
    }

    // Go's parseDurationErrorTests, every row: the error names the input exactly as Go quotes it.
    void refuses_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QString>("quoted");
        const auto row = [](QByteArray in, const char *quoted) {
            QTest::newRow(quoted) << in << QString::fromLatin1(quoted);
        };
        // invalid
        row("", R"("")");
        row("3", R"("3")");
        row("-", R"("-")");
        row("s", R"("s")");
        row(".", R"(".")");
        row("-.", R"("-.")");
        row(".s", R"(".s")");
        row("+.s", R"("+.s")");
        row("1d", R"("1d")");
        row("\x85\x85", R"("\x85\x85")");
        row("\xff"
            "ff",
            R"("\xffff")");
        row("hello \xff"
            "ff world",
            R"("hello \xffff world")");
        row("\xef\xbf\xbd", R"("\xef\xbf\xbd")"); // utf8.RuneError
        row("\xef\xbf\xbd hello \xef\xbf\xbd world", R"("\xef\xbf\xbd hello \xef\xbf\xbd world")");
        // overflow
        row("9223372036854775810ns", R"("9223372036854775810ns")");
        row("9223372036854775808ns", R"("9223372036854775808ns")");
        // largest negative value of type int64 in nanoseconds should fail
        row("-9223372036854775809ns", R"("-9223372036854775809ns")");
        row("9223372036854776us", R"("9223372036854776us")");
        row("3000000h", R"("3000000h")");
        row("9223372036854775.808us", R"("9223372036854775.808us")");
        row("9223372036854ms775us808ns", R"("9223372036854ms775us808ns")");
    }
    void refuses()
    {
        QFETCH(QByteArray, in);
        QFETCH(QString, quoted);
        const GoDuration d = parseGoDuration(QByteArrayView(in));
        QVERIFY(!d.ok);
        QVERIFY2(d.goError.contains(quoted), qPrintable(d.goError));
    }

    // Go's exact texts for the three kinds of error (MatrixOne sends them back as 1105).
    void goErrorTexts()
    {
        QCOMPARE(parseGoDuration(u"abc"_s).goError, u"time: invalid duration \"abc\""_s);
        QCOMPARE(parseGoDuration(u"30"_s).goError, u"time: missing unit in duration \"30\""_s);
        QCOMPARE(parseGoDuration(u"3x"_s).goError, u"time: unknown unit \"x\" in duration \"3x\""_s);
        QCOMPARE(parseGoDuration(u"30S"_s).goError, u"time: unknown unit \"S\" in duration \"30S\""_s);
        QCOMPARE(parseGoDuration(u"a\"b\\é"_s).goError, u"time: invalid duration \"a\\\"b\\\\\\xc3\\xa9\""_s);
    }

    // What the client sends: Go's grammar, never negative, never past int64; empty = server default.
    void clientCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("says");
        for (const char *ok : { "", "300ms", "1h2m3.5s", "+0", "0", "-0", "1\u00b5s", "1\u03bcs", "1us",
                 "5ns", "1.5h", "9223372036854775807ns" })
            QTest::newRow(ok) << QString::fromUtf8(ok) << true << QString();
        QTest::newRow("-5s") << u"-5s"_s << false << u"negative"_s;
        QTest::newRow("-1ns") << u"-1ns"_s << false << u"negative"_s;
        QTest::newRow("overflow h") << u"3000000h"_s << false << u"longer than MatrixOne can take"_s;
        QTest::newRow("overflow ns") << u"9223372036854775808ns"_s << false
                                     << u"longer than MatrixOne can take"_s;
        QTest::newRow("garbage") << u"abc"_s << false << u"not a duration"_s;
        QTest::newRow("no unit") << u"30"_s << false << u"missing unit"_s;
        QTest::newRow("days") << u"1d"_s << false << u"unknown unit"_s;
        QTest::newRow("space") << u"1s "_s << false << u"not a duration"_s;
        QTest::newRow("flush;timeout") << u"flush;30s"_s << false << u"not a duration"_s;
    }
    void clientCheck()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QString, says);
        const MoError e = checkDuration(text);
        QCOMPARE(!e.isError(), accepted);
        if (!accepted) {
            QCOMPARE(e.kind(), MoError::Kind::InvalidInput);
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
            QVERIFY(e.message().contains(text));
            // Nothing is built to be sent.
            const Statement s = buildStatement(Operation::checkpoint(text));
            QVERIFY(!s.ok());
            QVERIFY(s.sql.isEmpty());
        } else if (!text.isEmpty()) {
            // Sent exactly as written.
            QCOMPARE(buildStatement(Operation::globalCheckpoint(text)).sql,
                u"SELECT mo_ctl('dn', 'globalcheckpoint', '%1')"_s.arg(text));
        }
    }

    void limitWarning()
    {
        QVERIFY(durationLimitWarning(u"5m"_s, 120s).contains(u"5m"_s));
        QVERIFY(durationLimitWarning(u"5m"_s, 120s).contains(u"120"_s));
        QVERIFY(durationLimitWarning(u"2m0.001s"_s, 120s).size() > 0);
        QVERIFY(durationLimitWarning(u"2m"_s, 120s).isEmpty()); // equal: the server gives up first
        QVERIFY(durationLimitWarning(u"30s"_s, 120s).isEmpty());
        QVERIFY(durationLimitWarning(u""_s, 1s).isEmpty()); // the server's default: not a warning here
        QVERIFY(durationLimitWarning(u"abc"_s, 1s).isEmpty()); // invalid: the error says so
        QVERIFY(durationLimitWarning(u"-5m"_s, 1s).isEmpty());
        QVERIFY(durationLimitWarning(u"1h"_s, 0ms).isEmpty()); // no client limit
        QVERIFY(!durationLimitWarning(u"1500ms"_s, 1000ms).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
