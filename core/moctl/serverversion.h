#pragma once

#include "connection/connectionsettings.h"
#include "moerror.h"
#include "operation.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QVersionNumber>

namespace moctl {

// What SELECT version() says about the server. MatrixOne answers "8.0.30-MatrixOne-v<version>"
// (the prefix is configurable); a build from a branch may say v0.5.0, v1.3.0 or nothing after the v:
// its version is unknown, and it is treated as able to do everything (say so to the operator).
class ServerVersion
{
    Q_DECLARE_TR_FUNCTIONS(ServerVersion)

public:
    ServerVersion() = default;
    static ServerVersion parse(const QString &versionText);

    QString text() const { return m_text; } // as the server said it; empty when it could not be read
    bool isRead() const { return !m_text.isEmpty(); }
    bool isMatrixOne() const { return m_matrixOne; }
    // A MatrixOne release version could be read ("2.1.0"); false for branch builds, other servers
    // and when version() could not be read.
    bool isKnown() const { return !m_version.isNull(); }
    QVersionNumber version() const { return m_version; }
    // For people: "MatrixOne v2.1.0", "MatrixOne, version unknown (8.0.30-MatrixOne-v)", …
    QString display() const;
    // For the history and JSON: the text as the server said it.
    QString storageText() const { return m_text; }

    friend bool operator==(const ServerVersion &a, const ServerVersion &b) { return a.m_text == b.m_text; }

private:
    QString m_text;
    bool m_matrixOne = false;
    QVersionNumber m_version;
};

// The mo_ctl forms that came with a MatrixOne release (read from the source at the release tags:
// pkg/sql/plan/function/ctl/ and, before v1.1, pkg/sql/plan/function/builtin/ctl/).
enum class ServerFeature {
    FlushByName, // mo_ctl('dn', 'flush', 'db.tbl'): v0.6.0
    Checkpoint, // mo_ctl('dn', 'checkpoint', ['<duration>']): v0.7.0, with its duration
    GlobalCheckpoint, // mo_ctl('dn', 'globalcheckpoint', ['<duration>']): v1.1.2 (cmd_gckp.go)
    FlushByTableId, // mo_ctl('dn', 'flush', '<table id>'): v1.2.1 (not in v1.2.0)
    FlushWithAccount, // mo_ctl('dn', 'flush', 'db.tbl.<account id>'): v1.2.1
};
inline constexpr ServerFeature AllServerFeatures[] = { ServerFeature::FlushByName, ServerFeature::Checkpoint,
    ServerFeature::GlobalCheckpoint, ServerFeature::FlushByTableId, ServerFeature::FlushWithAccount };

// The first MatrixOne release with the feature.
QVersionNumber featureSince(ServerFeature feature);
// Translated, for people ("flush by table id").
QString featureTitle(ServerFeature feature);
// True when the server has the feature, or when its version is unknown (it may have it).
bool supports(const ServerVersion &server, ServerFeature feature);
// InvalidInput ("MatrixOne v1.1.0 cannot flush by table id: that form exists since v1.2.1 …") when the
// server lacks the feature; no error otherwise. Call before sending.
MoError checkServerSupports(const ServerVersion &server, ServerFeature feature);
// The same for everything `operation` needs (a flush of a name with a dot needs the table-id form).
MoError checkServerSupports(const ServerVersion &server, const Operation &operation);

// The version() of the calling thread's connection (ConnectionFactory reads it when it connects). On
// failure the version is not read (isRead() false) and `error` says why.
ServerVersion readServerVersion(const ConnectionSettings &settings, MoError *error = nullptr);

} // namespace moctl

Q_DECLARE_METATYPE(moctl::ServerVersion)
