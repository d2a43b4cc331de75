#include "identifier.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    bool allDigits = true;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'_' || u == u'$';
        if (!plain)
            return false;
        if (!(u >= u'0' && u <= u'9'))
            allDigits = false;
    }
    return !allDigits;
}

} // namespace

QString quoteIdentifier(const QString &name)
{
    QString copy = name;
    return u'`' + copy.replace(u'`', u"``"_s) + u'`';
}

QString quoteIdentifierIfNeeded(const QString &name)
{
    return isPlainIdentifier(name) ? name : quoteIdentifier(name);
}

bool isValidName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QChar(0)) && name.size() <= 256;
}

MoError validateName(const QString &name, const QString &what)
{
    if (isValidName(name))
        return {};
    if (name.isEmpty())
        return MoError::invalidInput(
            QCoreApplication::translate("moctl::Identifier", "The %1 name is empty.").arg(what));
    if (name.contains(QChar(0)))
        return MoError::invalidInput(QCoreApplication::translate(
            "moctl::Identifier", "The %1 name contains a NUL character, which no server accepts.")
                                         .arg(what));
    if (name.size() > 256)
        return MoError::invalidInput(QCoreApplication::translate(
            "moctl::Identifier", "The %1 name is %2 characters long; names are limited to 256.")
                                         .arg(what)
                                         .arg(name.size()));
    return {};
}

ParsedTarget parseTableTarget(const QString &text)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    bool partWasQuoted = false;
    bool afterQuote = false;
    const qsizetype n = text.size();
    auto fail = [&](const QString &why) {
        return ParsedTarget { {},
            MoError::invalidInput(
                QCoreApplication::translate("moctl::Identifier", "Cannot read the table \"%1\": %2")
                    .arg(text, why)) };
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'`') {
                if (i + 1 < n && text.at(i + 1) == u'`') {
                    current += u'`';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                current += c;
            }
            continue;
        }
        if (c == u'`') {
            if (!current.isEmpty() || afterQuote)
                return fail(QCoreApplication::translate(
                    "moctl::Identifier", "a backtick may only open a whole name part"));
            quoted = true;
            partWasQuoted = true;
            continue;
        }
        if (c == u'.') {
            if (current.isEmpty() && !partWasQuoted)
                return fail(QCoreApplication::translate("moctl::Identifier", "a name part is empty"));
            parts << current;
            current.clear();
            partWasQuoted = false;
            afterQuote = false;
            continue;
        }
        if (afterQuote)
            return fail(
                QCoreApplication::translate("moctl::Identifier", "unexpected text after a closing backtick"));
        if (c.isSpace())
            return fail(
                QCoreApplication::translate("moctl::Identifier", "spaces need backticks around the name"));
        current += c;
    }
    if (quoted)
        return fail(QCoreApplication::translate("moctl::Identifier", "a backtick is not closed"));
    if (current.isEmpty() && !partWasQuoted)
        return fail(QCoreApplication::translate("moctl::Identifier", "a name part is empty"));
    parts << current;
    if (parts.size() != 2)
        return fail(QCoreApplication::translate(
            "moctl::Identifier", "expected database.table (use backticks for names containing dots)"));
    for (int i = 0; i < 2; ++i) {
        MoError error = validateName(parts.at(i),
            i == 0 ? QCoreApplication::translate("moctl::Identifier", "database")
                   : QCoreApplication::translate("moctl::Identifier", "table"));
        if (error.isError())
            return ParsedTarget { {}, error };
    }
    return ParsedTarget { TableRef::byName(parts.at(0), parts.at(1)), {} };
}

} // namespace moctl
