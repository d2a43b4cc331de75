#pragma once

#include <optional>
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace moctl {

// Text from a server or a file (table names, replies, messages) made safe to print on a terminal:
// control characters (C0 including tab and newline, DEL, C1) and the bidirectional overrides that can
// reorder what is shown are written as visible escapes (`\e`, `\n`, `\t`, `\x07`, `\u202e`). Every
// text printer of the CLI passes names and server text through it.
QString printable(const QString &text);

// One CSV cell (RFC 4180) that a spreadsheet will not evaluate (OWASP "CSV injection"): a cell that
// starts with =, +, -, @, tab or carriage return gets a leading single quote; a cell with a comma,
// quote, CR or LF is quoted. The one CSV writer of the CLI and the GUI.
QString csvField(const QString &text);
// A line of already-formatted fields (csvField for text, numbers as they are), ended by CRLF.
QByteArray csvLine(const QStringList &fields);

// One cell of tab-separated text for the clipboard (Ctrl+C in a grid): tabs and line breaks become
// spaces, and the same leading quote as csvField keeps a spreadsheet from evaluating the cell.
QString tsvField(const QString &text);

// Reads a file only when it is a regular file (after following links) of at most maxBytes: a link to
// /dev/zero, a FIFO, a device or a directory is refused at once, never read. nullopt with *error
// (translated, names the file) otherwise.
std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error);

// Size limits of the files MOCTL Studio reads.
inline constexpr qint64 MaxPlanFileBytes = 4 * 1024 * 1024;
inline constexpr qint64 MaxProfilesFileBytes = 4 * 1024 * 1024;

} // namespace moctl
