// The Simplified Chinese translation: the .qm built from translations/moctl_studio_zh_CN.ts loads,
// and the main window shows Chinese page titles with it installed.
//
// The .qm files are embedded (under :/i18n) only in the moctl-studio and moctl executables, so this
// test loads the one lrelease wrote into the build tree (build the moctl_qm target first).
// The moctl command-line tool installs no translator (app/cli/main.cpp), so its --help is not
// checked here.
#include "mainwindow.h"
#include "settings/preferences.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace moctl;

class TestTranslations : public QObject
{
    Q_OBJECT

    QTranslator m_translator;

    static QString qmDir() { return QStringLiteral(MOCTL_BINARY_DIR) + u"/translations"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        // Not embedded in this executable: falls back to English, and must not crash.
        QVERIFY(!installTranslations(u"zh_CN"_s).isEmpty());
        QVERIFY2(QFileInfo::exists(qmDir() + u"/moctl_studio_zh_CN.qm"_s),
            "build the moctl_qm target first: the .qm is missing from the build tree");
        QVERIFY(m_translator.load(u"moctl_studio_zh_CN"_s, qmDir()));
        QVERIFY(!m_translator.isEmpty());
        QCOMPARE(m_translator.language(), u"zh_CN"_s);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void translatesStrings()
    {
        QCOMPARE(QCoreApplication::translate("moctl::MainWindow", "Operations"), u"操作"_s);
        QCOMPARE(QCoreApplication::translate("moctl::MainWindow", "History"), u"历史记录"_s);
        // Placeholders survive translation.
        const QString appears = QCoreApplication::translate("moctl::MainWindow", "%1 will appear here.");
        QVERIFY(appears.contains(u"%1"_s));
        QVERIFY(appears != u"%1 will appear here."_s);
    }

    void pluralForms()
    {
        // Chinese has one plural form; %n is still filled in.
        QCOMPARE(
            QCoreApplication::translate("moctl::TableSelectorWidget", "%n table(s) selected", nullptr, 3),
            u"已选择 3 个表"_s);
        QCOMPARE(
            QCoreApplication::translate("moctl::TableSelectorWidget", "%n table(s) selected", nullptr, 1),
            u"已选择 1 个表"_s);
    }

    void mainWindowShowsChineseTabs()
    {
        MainWindow window;
        auto *tabs = window.findChild<QTabWidget *>(u"pages"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), int(MainWindow::Page::Count));
        QCOMPARE(tabs->tabText(int(MainWindow::Page::Operations)), u"操作"_s);
        QCOMPARE(tabs->tabText(int(MainWindow::Page::Plans)), u"维护计划"_s);
        QCOMPARE(tabs->tabText(int(MainWindow::Page::History)), u"历史记录"_s);
    }

    // Every source string has a Simplified Chinese translation: lupdate marks a new or changed string
    // "unfinished", and an unfinished string shows in English to a Chinese reader.
    void everyStringTranslated()
    {
        QFile ts(QStringLiteral(MOCTL_SOURCE_DIR) + u"/translations/moctl_studio_zh_CN.ts"_s);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        QString context;
        QString source;
        int messages = 0;
        QStringList unfinished;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "source"_L1) {
                source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                ++messages;
                const QStringView type = xml.attributes().value("type"_L1);
                if (type == "unfinished"_L1)
                    unfinished << context + u": "_s + source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 500);
        QVERIFY2(unfinished.isEmpty(),
            qPrintable(u"%1 untranslated, first: %2"_s.arg(unfinished.size()).arg(unfinished.value(0))));
    }

    // Qt's own strings (the OK / Cancel buttons of every dialog) follow the language too.
    void qtOwnStringsFollow()
    {
        const QString qm = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_zh_CN.qm"_s;
        if (!QFileInfo::exists(qm))
            QSKIP("Qt's translations are not installed (qt6-translations-l10n; scripts/install-deps.sh "
                  "installs it)");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"取消"_s);
    }

    // English has its own plural forms: "1 run purged", not "1 run(s) purged".
    void englishPluralForms()
    {
        QTranslator english;
        QVERIFY(english.load(u"moctl_studio_en"_s, qmDir()));
        QVERIFY(QCoreApplication::installTranslator(&english)); // searched before the Chinese one
        QCOMPARE(QCoreApplication::translate(
                     "moctl::HistoryView", "%n run(s) purged from the history.", nullptr, 1),
            u"1 run purged from the history."_s);
        QCOMPARE(QCoreApplication::translate(
                     "moctl::HistoryView", "%n run(s) purged from the history.", nullptr, 3),
            u"3 runs purged from the history."_s);
        QCOMPARE(
            QCoreApplication::translate("moctl::TableSelectorWidget", "%n table(s) selected", nullptr, 1),
            u"1 table selected"_s);
        QCoreApplication::removeTranslator(&english);
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
