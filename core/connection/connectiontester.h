#pragma once

#include "connectionsettings.h"
#include "moctl/moerror.h"

#include <QFutureWatcher>
#include <QObject>

namespace moctl {

// What "Test connection" found out.
struct ConnectionTestResult
{
    enum class Failure { None, HostNotFound, Refused, Timeout, Authentication, Tls, Other };
    enum class Privilege {
        Yes, // sys account with the moadmin role
        Probably, // sys account, role not given (root's default role is moadmin)
        ProbablyNot, // sys account with another role
        No, // a tenant account: mo_ctl is refused
    };

    Failure failure = Failure::None;
    MoError error;
    QString serverVersion; // SELECT VERSION()
    bool isMatrixOne = false; // the version string says MatrixOne
    QString currentUser; // SELECT CURRENT_USER(), or the user as sent when unavailable
    QString account; // as the user name says (empty = sys)
    QString user;
    QString role; // empty = the user's default role
    Privilege privilege = Privilege::No;
    qint64 roundTripMs = -1; // SELECT 1
    qint64 connectMs = -1;

    bool ok() const { return failure == Failure::None; }
    // Translated, one sentence per finding (or the failure with what to check).
    QString failureMessage() const;
    QString privilegeText() const;
    QStringList summaryLines() const;
};

// Runs a connection test in the background (never on the caller's thread) and reports once.
// Reading only: it sends SELECT VERSION(), SELECT CURRENT_USER() and SELECT 1, never mo_ctl.
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test; a test still running is abandoned (its result is dropped).
    void start(const ConnectionSettings &settings);
    bool isRunning() const;

    // The test itself, blocking: worker threads and the CLI only.
    static ConnectionTestResult run(const ConnectionSettings &settings);
    // Privilege guess from the user name (account and role), without asking the server.
    static ConnectionTestResult::Privilege guessPrivilege(const QString &account, const QString &role);
    static ConnectionTestResult::Failure classify(const MoError &error);

Q_SIGNALS:
    void started();
    void finished(const moctl::ConnectionTestResult &result);

private:
    QFutureWatcher<ConnectionTestResult> m_watcher;
    quint64 m_generation = 0;
};

} // namespace moctl

Q_DECLARE_METATYPE(moctl::ConnectionTestResult)
