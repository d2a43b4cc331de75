#include "session.h"

#include "secretstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace moctl {

namespace {
// The profile as far as connecting goes (not its name, group, colour or notes).
QJsonObject connectionPart(ConnectionProfile p)
{
    p.name.clear();
    p.group.clear();
    p.colour.clear();
    p.notes.clear();
    p.confirmRuns.reset();
    return p.toJson();
}
} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
{
    connect(&m_tester, &ConnectionTester::finished, this, &Session::onTested);
}

Session::~Session()
{
    if (m_password)
        m_password->fill(QChar(u'\0'));
}

std::optional<ConnectionSettings> Session::settings() const
{
    if (!m_profile || !m_password)
        return std::nullopt;
    return m_profile->toSettings(*m_password);
}

QString Session::stateTitle(State state)
{
    switch (state) {
    case State::Disconnected:
        return QCoreApplication::translate("moctl::Session", "Not connected");
    case State::Connecting:
        return QCoreApplication::translate("moctl::Session", "Connecting…");
    case State::Connected:
        return QCoreApplication::translate("moctl::Session", "Connected");
    case State::Failed:
        return QCoreApplication::translate("moctl::Session", "Connection failed");
    }
    return {};
}

void Session::connectTo(const ConnectionProfile &profile)
{
    const bool sameProfile = m_profile && m_profile->id == profile.id;
    m_profile = profile;
    if (!sameProfile) {
        m_password.reset();
        m_passwordRefused = false;
    }
    m_serverVersion.clear();
    m_error.clear();
    m_lastResult.reset();
    Q_EMIT profileChanged();
    if (m_password)
        verify();
    else
        setState(State::Connecting);
}

void Session::connectTo(const ConnectionProfile &profile, const QString &password)
{
    if (!m_profile || m_profile->id != profile.id) {
        m_profile = profile;
        m_serverVersion.clear();
        m_lastResult.reset();
        Q_EMIT profileChanged();
    } else {
        m_profile = profile;
    }
    providePassword(password);
}

void Session::providePassword(const QString &password)
{
    if (!m_profile)
        return;
    m_password = password;
    m_passwordRefused = false;
    verify();
}

void Session::updateProfile(const ConnectionProfile &profile)
{
    if (!m_profile || m_profile->id != profile.id)
        return;
    const bool reconnect = connectionPart(*m_profile) != connectionPart(profile);
    m_profile = profile;
    Q_EMIT profileChanged();
    if (reconnect && m_password)
        verify();
}

void Session::fail(const QString &reason)
{
    if (!m_profile)
        return;
    m_error = reason;
    setState(State::Failed);
}

void Session::disconnect()
{
    const bool had = m_profile.has_value();
    m_profile.reset();
    if (m_password)
        m_password->fill(QChar(u'\0'));
    m_password.reset();
    m_passwordRefused = false;
    m_serverVersion.clear();
    m_error.clear();
    m_lastResult.reset();
    m_verifying = false; // a round-trip still going is not looked at
    if (had)
        Q_EMIT profileChanged();
    setState(State::Disconnected);
}

void Session::verify()
{
    m_error.clear();
    m_verifying = true;
    setState(State::Connecting);
    m_tester.start(*settings()); // on a worker thread; onTested() gets the answer
}

void Session::onTested(const ConnectionTestResult &result)
{
    if (!m_verifying || !m_profile)
        return;
    m_verifying = false;
    m_lastResult = result;
    if (result.ok()) {
        m_serverVersion = result.serverVersion;
        m_error.clear();
        setState(State::Connected);
    } else {
        m_serverVersion.clear();
        m_error = result.failureMessage();
        // A password the server refused is forgotten: the next Connect or run asks for it again.
        if (result.failure == ConnectionTestResult::Failure::Authentication && m_password) {
            m_password->fill(QChar(u'\0'));
            m_password.reset();
            m_passwordRefused = true;
        }
        setState(State::Failed);
    }
}

void Session::setState(State state)
{
    // Connecting again (a new password) is a change worth telling, even from Connecting.
    if (m_state == state && state != State::Connecting && state != State::Failed)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void findProfilePassword(const ConnectionProfile &profile, const Session *session, SecretStore *kept,
    SecretStore *keychain, QObject *context,
    std::function<void(const std::optional<QString> &password, const QString &error)> done)
{
    if (session && session->profileId() == profile.idString() && session->hasPassword()) {
        const QString password = session->settings()->password;
        QMetaObject::invokeMethod(
            context, [done, password] { done(password, {}); }, Qt::QueuedConnection);
        return;
    }
    const QString key = profile.idString();
    const QString name = profile.name;
    QPointer<SecretStore> saved(keychain);
    const auto fromKeychain = [key, name, saved, context, done] {
        if (!saved) {
            done(std::nullopt,
                QCoreApplication::translate("moctl::Session", "No password for the profile %1.").arg(name));
            return;
        }
        saved->read(key, context, [name, done](const SecretStore::Result &result) {
            if (result.ok())
                done(result.secret, {});
            else if (result.status == SecretStore::Status::NotFound)
                done(std::nullopt,
                    QCoreApplication::translate("moctl::Session",
                        "No password for the profile %1: none is saved in the "
                        "keychain and none is kept for this session. Connect to "
                        "the profile, or save its password.")
                        .arg(name));
            else
                done(std::nullopt,
                    QCoreApplication::translate("moctl::Session", "No password for the profile %1: %2")
                        .arg(name, result.message));
        });
    };
    if (!kept) {
        QMetaObject::invokeMethod(context, fromKeychain, Qt::QueuedConnection);
        return;
    }
    kept->read(key, context, [done, fromKeychain](const SecretStore::Result &result) {
        if (result.ok())
            done(result.secret, {});
        else
            fromKeychain();
    });
}

} // namespace moctl
