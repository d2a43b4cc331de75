#include "preferences.h"

#include <QCoreApplication>
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
    p.defaults.timeout = std::chrono::milliseconds(
        qBound(1000LL, s.value(u"run/timeoutMs"_s, qint64(p.defaults.timeout.count())).toLongLong(), 86400000LL));
    p.defaults.retries = qBound(0, s.value(u"run/retries"_s, p.defaults.retries).toInt(), 20);
    p.historyKeepDays = qMax(0, s.value(u"history/keepDays"_s, p.historyKeepDays).toInt());
    p.historyKeepRuns = qMax(0, s.value(u"history/keepRuns"_s, p.historyKeepRuns).toInt());
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
}

QString installTranslations(const QString &language)
{
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
