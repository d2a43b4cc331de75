#pragma once

#include "connectionprofile.h"
#include "connectionsettings.h"
#include "connectiontester.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QString>

namespace moctl {

// The current session: the profile the operator connected to, its password (kept in memory for the
// session only, never written anywhere) and what the server said. Every page reads it (the Operations
// page, the plan editor, the status bar, the scheduled runs' passwords) instead of asking the Profiles
// dock.
//
//   Disconnected --connectTo(profile)--> Connecting --password, round-trip ok--> Connected
//                                             |                    \--failed----> Failed
//                                             \--fail(reason) (no password given)--> Failed
// "Connected" means a round-trip (SELECT VERSION() and friends, ConnectionTester, on a worker thread,
// never the caller's) succeeded with the session's password. A new password or a changed profile
// verifies again. disconnect() forgets the profile and the password; a password the server refused
// (authentication failed) is forgotten too (passwordRefused()).
class Session final : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    // The profile of the session (also while Connecting and after a failure); nullopt when Disconnected.
    std::optional<ConnectionProfile> profile() const { return m_profile; }
    QString profileId() const { return m_profile ? m_profile->idString() : QString(); }
    QString profileName() const { return m_profile ? m_profile->name : QString(); }
    bool hasPassword() const { return m_password.has_value(); }
    // The server refused the session's password (it is forgotten): the next Connect or run must ask
    // for it, not take the same one again from where it was kept. Cleared by a new password.
    bool passwordRefused() const { return m_passwordRefused; }
    // The profile's settings with the session's password; nullopt without a profile or a password.
    std::optional<ConnectionSettings> settings() const;
    // What the server said on the last successful round-trip ("8.0.30-MatrixOne-v2.1.0").
    QString serverVersion() const { return m_serverVersion; }
    // Why the session failed (translated); empty unless Failed.
    QString errorString() const { return m_error; }
    // The last round-trip's result (tests, details).
    std::optional<ConnectionTestResult> lastResult() const { return m_lastResult; }

    static QString stateTitle(State state); // translated

public Q_SLOTS:
    // Starts a session on `profile` (Connecting): the password follows with providePassword(), or fail().
    void connectTo(const ConnectionProfile &profile);
    // Both at once.
    void connectTo(const ConnectionProfile &profile, const QString &password);
    // The session's password (a new one verifies again).
    void providePassword(const QString &password);
    // The session's profile was edited: verifies again when its connection changed; name and colour
    // only update it.
    void updateProfile(const ConnectionProfile &profile);
    // The session cannot go on (no password was given...): Failed with the reason; the profile stays.
    void fail(const QString &reason);
    void disconnect();

Q_SIGNALS:
    void stateChanged(moctl::Session::State state);
    // The profile (or its name or colour) changed; also on disconnect.
    void profileChanged();

private:
    void verify();
    void setState(State state);
    void onTested(const ConnectionTestResult &result);

    State m_state = State::Disconnected;
    std::optional<ConnectionProfile> m_profile;
    std::optional<QString> m_password;
    QString m_serverVersion;
    QString m_error;
    std::optional<ConnectionTestResult> m_lastResult;
    bool m_verifying = false;
    bool m_passwordRefused = false; // a round-trip of the current password is going
    ConnectionTester m_tester;
};

class SecretStore;

// The password of `profile` without asking anyone: the session's (when it is that profile's), then the
// one kept for this session (`kept`, may be null), then the keychain (may be null). `done` runs on
// `context`'s thread with the password, or nullopt and why not (translated). For work that runs
// without the operator (scheduled runs).
void findProfilePassword(const ConnectionProfile &profile, const Session *session, SecretStore *kept,
    SecretStore *keychain, QObject *context,
    std::function<void(const std::optional<QString> &password, const QString &error)> done);

} // namespace moctl
