// security/: printable() for terminal text, the one CSV writer, reading only regular files, and the
// process protections (not dumpable, the private plugin directory without clear-text plugins).
#include "security/processsecurity.h"
#include "security/textsafety.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace moctl;

class TestTextSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printableEscapesControls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"production_db.users"_s << u"production_db.users"_s;
        QTest::newRow("non-ascii kept") << u"表格 ünïcode"_s << u"表格 ünïcode"_s;
        QTest::newRow("esc") << u"\x1b[31mred"_s << u"\\e[31mred"_s;
        QTest::newRow("osc title + bel") << u"\x1b]0;x\x07"_s << u"\\e]0;x\\x07"_s;
        QTest::newRow("newline, cr, tab") << u"a\nb\rc\td"_s << u"a\\nb\\rc\\td"_s;
        QTest::newRow("del") << u"a\x7f"_s << u"a\\x7f"_s;
        QTest::newRow("c1 csi") << u"a"_s + QChar(0x9b) + u"2J"_s << u"a\\u009b2J"_s;
        QTest::newRow("rtl override") << u"abc"_s + QChar(0x202e) + u"gpj.exe"_s << u"abc\\u202egpj.exe"_s;
    }
    void printableEscapesControls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(printable(text), expected);
    }

    void csvNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"users"_s << u"users"_s;
        QTest::newRow("equals") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("cr") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("comma and quote") << u"=HYPERLINK(\"x\",1)"_s << u"\"'=HYPERLINK(\"\"x\"\",1)\""_s;
    }
    void csvNeutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(csvField(cell), expected);
        QCOMPARE(csvLine({ csvField(cell), u"1"_s }), (expected + u",1\r\n"_s).toUtf8());
    }

    void tsvCellsStayOnOneLine()
    {
        QCOMPARE(tsvField(u"plain"_s), u"plain"_s);
        QCOMPARE(tsvField(u"a\tb\nc\r"_s), u"a b c "_s);
        QCOMPARE(tsvField(u"=SUM(A1)"_s), u"'=SUM(A1)"_s);
        QCOMPARE(tsvField(u"a,\"b\""_s), u"a,\"b\""_s); // no CSV quoting in TSV
    }

    void readsOnlyRegularFiles()
    {
        QTemporaryDir dir;
        QString error;
        const QString ok = dir.filePath(u"ok.json"_s);
        {
            QFile f(ok);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}");
        }
        QCOMPARE(readRegularFile(ok, 10, &error).value_or(QByteArray()), QByteArray("{}"));
        QVERIFY(!readRegularFile(ok, 1, &error));
        QVERIFY2(error.contains(u"too large"_s), qPrintable(error));
        QVERIFY(!readRegularFile(dir.filePath(u"missing"_s), 10, &error));
        QVERIFY(!readRegularFile(dir.path(), 10, &error));
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
#if defined(Q_OS_UNIX)
        QElapsedTimer clock;
        clock.start();
        const QString zero = dir.filePath(u"zero.json"_s);
        QVERIFY(QFile::link(u"/dev/zero"_s, zero));
        QVERIFY(!readRegularFile(zero, 1024, &error));
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
        const QString fifo = dir.filePath(u"fifo.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!readRegularFile(fifo, 1024, &error));
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
        QVERIFY(clock.elapsed() < 2000);
#endif
    }

    void processProtections()
    {
        hardenProcess();
#if defined(Q_OS_LINUX)
        QCOMPARE(dumpableState(), 0);
#endif
        const QString dir = restrictedPluginDirectory();
        QVERIFY(!dir.isEmpty());
        QCOMPARE(qEnvironmentVariable("MARIADB_PLUGIN_DIR"), dir);
        for (const QString &clear : { u"mysql_clear_password.so"_s, u"dialog.so"_s })
            QVERIFY2(!QFileInfo::exists(dir + u'/' + clear), qPrintable(clear));
        if (QFileInfo::exists(u"/usr/lib/x86_64-linux-gnu/libmariadb3/plugin/caching_sha2_password.so"_s))
            QVERIFY(QFileInfo::exists(dir + u"/caching_sha2_password.so"_s));
        QString secret = u"s3cret-value"_s;
        const QChar *data = secret.constData();
        wipe(secret);
        QVERIFY(secret.isEmpty());
        Q_UNUSED(data);
    }
};

QTEST_GUILESS_MAIN(TestTextSafety)
#include "tst_textsafety.moc"
