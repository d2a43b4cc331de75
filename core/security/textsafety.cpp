#include "textsafety.h"

#include "platform/files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
}
} // namespace

QString printable(const QString &text)
{
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || isBidiControl(c))
            break;
    }
    if (i == text.size())
        return text;
    QString out = text.left(i);
    out.reserve(text.size() + 8);
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'\n':
            out += u"\\n"_s;
            continue;
        case u'\r':
            out += u"\\r"_s;
            continue;
        case u'\t':
            out += u"\\t"_s;
            continue;
        case 0x1B:
            out += u"\\e"_s;
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0x7F)
            out += u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0');
        else if ((c >= 0x80 && c < 0xA0) || isBidiControl(c))
            out += u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
        else
            out += QChar(c);
    }
    return out;
}

QString csvField(const QString &text)
{
    QString t = text;
    // A cell starting like a formula would be evaluated by a spreadsheet: keep it text.
    if (!t.isEmpty() && QStringView(u"=+-@\t\r").contains(t.front()))
        t.prepend(u'\'');
    if (t.contains(u',') || t.contains(u'"') || t.contains(u'\n') || t.contains(u'\r')) {
        t.replace(u'"', u"\"\""_s);
        t = u'"' + t + u'"';
    }
    return t;
}

QString tsvField(const QString &text)
{
    QString t = text;
    if (!t.isEmpty() && QStringView(u"=+-@\t\r").contains(t.front()))
        t.prepend(u'\'');
    for (QChar &c : t) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return t;
}

QByteArray csvLine(const QStringList &fields)
{
    return fields.join(u',').toUtf8() + "\r\n";
}

std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path); // follows links: a link to /dev/zero is judged as /dev/zero
    if (!info.exists())
        return fail(QCoreApplication::translate("moctl::Files", "%1 does not exist.").arg(shown));
    if (!info.isFile())
        return fail(QCoreApplication::translate("moctl::Files",
            "%1 is not a regular file (a directory, device, "
            "FIFO or socket); it was not read.")
                        .arg(shown));
    if (info.size() > maxBytes)
        return fail(
            QCoreApplication::translate("moctl::Files", "%1 is too large (%2 bytes; the limit is %3).")
                .arg(shown)
                .arg(info.size())
                .arg(maxBytes));
    QFile file;
    QString reason;
    switch (platform::openRegularFile(file, path, &reason)) {
    case platform::OpenResult::Ok:
        break;
    case platform::OpenResult::NotRegular:
        return fail(QCoreApplication::translate("moctl::Files",
            "%1 is not a regular file (a directory, device, "
            "FIFO or socket); it was not read.")
                        .arg(shown));
    case platform::OpenResult::Failed:
        return fail(QCoreApplication::translate("moctl::Files", "Cannot read %1: %2").arg(shown, reason));
    }
    // Capped even if the file was swapped or grew after the check.
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return fail(QCoreApplication::translate("moctl::Files", "%1 is too large (the limit is %2 bytes).")
                        .arg(shown)
                        .arg(maxBytes));
    return data;
}

} // namespace moctl
