#include "preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace moctl {

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.language = s.value(u"ui/language"_s).toString();
    p.keepRunningInTray = s.value(u"ui/keepRunningInTray"_s, p.keepRunningInTray).toBool();
    p.defaults.parallelism = qBound(1, s.value(u"run/parallelism"_s, p.defaults.parallelism).toInt(), 64);
    p.defaults.timeout = std::chrono::milliseconds(qBound(
        1000LL, s.value(u"run/timeoutMs"_s, qint64(p.defaults.timeout.count())).toLongLong(), 86400000LL));
    p.defaults.retries = qBound(0, s.value(u"run/retries"_s, p.defaults.retries).toInt(), 20);
    p.historyKeepDays = qMax(0, s.value(u"history/keepDays"_s, p.historyKeepDays).toInt());
    p.historyKeepRuns = qMax(0, s.value(u"history/keepRuns"_s, p.historyKeepRuns).toInt());
    p.historyLocation = s.value(u"history/location"_s).toString().trimmed();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(u"ui/language"_s, language);
    s.setValue(u"ui/keepRunningInTray"_s, keepRunningInTray);
    s.setValue(u"run/parallelism"_s, defaults.parallelism);
    s.setValue(u"run/timeoutMs"_s, qint64(defaults.timeout.count()));
    s.setValue(u"run/retries"_s, defaults.retries);
    s.setValue(u"history/keepDays"_s, historyKeepDays);
    s.setValue(u"history/keepRuns"_s, historyKeepRuns);
    s.setValue(u"history/location"_s, historyLocation);
}

namespace {
// Qt's own strings (the OK / Cancel / Yes buttons, the file dialogs, context menus): qtbase_<language>.qm
// from Qt's translations (Debian: qt6-translations-l10n), or beside the executable as windeployqt and
// macdeployqt put them. Missing files are fine: those strings stay English.
void installQtTranslations(const QString &language)
{
    static QTranslator *qt = nullptr;
    if (qt) {
        QCoreApplication::removeTranslator(qt);
        delete qt;
        qt = nullptr;
    }
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    const QStringList directories { QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QCoreApplication::applicationDirPath() + u"/translations"_s,
        QCoreApplication::applicationDirPath() + u"/../Resources/translations"_s };
    auto *translator = new QTranslator;
    for (const QString &directory : directories) {
        if (translator->load(locale, u"qtbase"_s, u"_"_s, directory)) {
            QCoreApplication::installTranslator(translator);
            qt = translator;
            return;
        }
    }
    delete translator;
}
} // namespace

QString installTranslations(const QString &language)
{
    // Numbers and dates follow the language chosen (Chinese dates with Chinese texts); the system's
    // formats when none is.
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : QLocale(language));
    installQtTranslations(language);
    static QTranslator *current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    auto *translator = new QTranslator;
    bool loaded = false;
    if (language.isEmpty())
        loaded = translator->load(QLocale(), u"moctl_studio"_s, u"_"_s, u":/i18n"_s);
    else
        loaded = translator->load(u"moctl_studio_%1"_s.arg(language), u":/i18n"_s);
    if (!loaded) // English is the source language; its file only holds the plural forms ("1 profile").
        loaded = translator->load(u"moctl_studio_en"_s, u":/i18n"_s);
    if (!loaded) {
        delete translator;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(translator);
    current = translator;
    return translator->language();
}

} // namespace moctl
