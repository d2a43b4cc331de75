#include "serverversion.h"

#include "connection/connectionfactory.h"
#include "statement.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moctl {

ServerVersion ServerVersion::parse(const QString &versionText)
{
    ServerVersion v;
    v.m_text = versionText.trimmed();
    const qsizetype at = v.m_text.indexOf(u"MatrixOne"_s, 0, Qt::CaseInsensitive);
    v.m_matrixOne = at >= 0;
    if (!v.m_matrixOne)
        return v;
    // "<prefix>MatrixOne-v<major>.<minor>[.<patch>][-suffix]"; the version is what follows the "v".
    // Parsed by hand: this runs on many worker threads at once (one shared QRegularExpression would
    // have to be compiled first, and races when it is not).
    QStringView rest = QStringView(v.m_text).mid(at + 9); // after "MatrixOne"
    if (rest.startsWith(u'-'))
        rest = rest.mid(1);
    if (rest.startsWith(u'v') || rest.startsWith(u'V'))
        rest = rest.mid(1);
    int parts[3] = { 0, 0, 0 };
    int count = 0;
    while (count < 3) {
        qsizetype digits = 0;
        while (digits < rest.size() && digits < 6 && rest.at(digits).isDigit()
            && rest.at(digits).unicode() < 128)
            ++digits;
        if (digits == 0)
            break;
        parts[count++] = rest.first(digits).toInt();
        rest = rest.mid(digits);
        if (count < 3 && rest.size() > 1 && rest.front() == u'.' && rest.at(1).isDigit())
            rest = rest.mid(1);
        else
            break;
    }
    if (count < 2)
        return v; // "8.0.30-MatrixOne-v": a build without a version
    const QVersionNumber number(parts[0], parts[1], parts[2]);
    // The versions a build from a branch reports (MatrixOne's Makefile defaults), not releases of
    // that name: unknown.
    if (number == QVersionNumber(0, 5, 0) || number == QVersionNumber(1, 3, 0))
        return v;
    v.m_version = number;
    return v;
}

QString ServerVersion::display() const
{
    if (!isRead())
        return tr("unknown (not read)");
    if (!m_matrixOne)
        return tr("%1 (not MatrixOne)").arg(m_text);
    if (!isKnown())
        return tr("MatrixOne, version unknown (%1, perhaps a build from a branch)").arg(m_text);
    return tr("MatrixOne v%1").arg(m_version.toString());
}

QVersionNumber featureSince(ServerFeature feature)
{
    switch (feature) {
    case ServerFeature::FlushByName:
        return QVersionNumber(0, 6, 0);
    case ServerFeature::Checkpoint:
        return QVersionNumber(0, 7, 0);
    case ServerFeature::GlobalCheckpoint:
        return QVersionNumber(1, 1, 2);
    case ServerFeature::FlushByTableId:
    case ServerFeature::FlushWithAccount:
        return QVersionNumber(1, 2, 1);
    }
    return {};
}

QString featureTitle(ServerFeature feature)
{
    switch (feature) {
    case ServerFeature::FlushByName:
        return QCoreApplication::translate("moctl::ServerVersion", "flush a table by name (db.tbl)");
    case ServerFeature::Checkpoint:
        return QCoreApplication::translate("moctl::ServerVersion", "force an incremental checkpoint");
    case ServerFeature::GlobalCheckpoint:
        return QCoreApplication::translate("moctl::ServerVersion", "force a global checkpoint");
    case ServerFeature::FlushByTableId:
        return QCoreApplication::translate("moctl::ServerVersion", "flush a table by table id");
    case ServerFeature::FlushWithAccount:
        return QCoreApplication::translate(
            "moctl::ServerVersion", "flush a tenant's table (db.tbl.<account id>)");
    }
    return {};
}

bool supports(const ServerVersion &server, ServerFeature feature)
{
    if (!server.isKnown())
        return true;
    return server.version() >= featureSince(feature);
}

MoError checkServerSupports(const ServerVersion &server, ServerFeature feature)
{
    if (supports(server, feature))
        return {};
    return MoError::invalidInput(
        QCoreApplication::translate("moctl::ServerVersion",
            "This server is MatrixOne v%1, which cannot %2: that form "
            "exists since MatrixOne v%3. Nothing was sent.")
            .arg(server.version().toString(), featureTitle(feature), featureSince(feature).toString()));
}

MoError checkServerSupports(const ServerVersion &server, const Operation &operation)
{
    if (!server.isKnown())
        return {};
    switch (operation.kind) {
    case OperationKind::Flush: {
        const TableRef &t = operation.table;
        if (t.tableId || needsTableId(t)) {
            MoError e = checkServerSupports(server, ServerFeature::FlushByTableId);
            if (e.isError() && !t.tableId)
                return MoError::invalidInput(e.detail() + u' '
                    + QCoreApplication::translate(
                        "moctl::ServerVersion", "%1 contains a dot, so it can only be flushed by table id.")
                          .arg(t.display()));
            return e;
        }
        if (t.accountId)
            return checkServerSupports(server, ServerFeature::FlushWithAccount);
        return checkServerSupports(server, ServerFeature::FlushByName);
    }
    case OperationKind::Checkpoint:
        return checkServerSupports(server, ServerFeature::Checkpoint);
    case OperationKind::GlobalCheckpoint:
        return checkServerSupports(server, ServerFeature::GlobalCheckpoint);
    }
    return {};
}

ServerVersion readServerVersion(const ConnectionSettings &settings, MoError *error)
{
    ConnectionFactory::Handle handle = ConnectionFactory::threadConnection(settings);
    if (!handle.ok()) {
        if (error)
            *error = handle.error;
        return {};
    }
    return ServerVersion::parse(handle.serverVersion);
}

} // namespace moctl
