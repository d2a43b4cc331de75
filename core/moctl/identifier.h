#pragma once

#include "moerror.h"
#include "operation.h"

#include <QString>

namespace moctl {

// `name` with backticks doubled, when the name is not a plain identifier ([A-Za-z0-9_$], not all digits).
QString quoteIdentifierIfNeeded(const QString &name);
QString quoteIdentifier(const QString &name);

// Parses "db.table" where either part may be backtick-quoted (backticks doubled inside), e.g.
// `my.db`.`t` or sales.`o'brien`. Exactly two parts; unquoted parts cannot contain '.', '`' or spaces.
struct ParsedTarget
{
    TableRef table;
    MoError error;
};
ParsedTarget parseTableTarget(const QString &text);

// Checks a database or table name before anything is sent: not empty, no NUL, at most 256 characters.
MoError validateName(const QString &name, const QString &what);
// The same rules as a yes/no, for callers that build the translated `what` only when they need it.
bool isValidName(const QString &name);

} // namespace moctl
