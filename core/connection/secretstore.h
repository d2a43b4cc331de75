#pragma once

#include <functional>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace moctl {

// Where passwords live, keyed by profile id. Asynchronous: the GUI thread never waits on the
// keychain. The callback runs on the thread of `context`, and not at all if `context` is destroyed
// first. readBlocking()/writeBlocking() run a local event loop: for moctl, never for the GUI.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, // no password stored for this key
        Unavailable, // no keychain on this system (for example no Secret Service on D-Bus)
        Failed, // the keychain refused or failed; see message
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read: the password
        QString message; // translated, for Unavailable/Failed
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;
    enum class Persistence { Session, Permanent };

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
    virtual Persistence persistence() const = 0;

    Result readBlocking(const QString &key);
    Result writeBlocking(const QString &key, const QString &secret);
    Result removeBlocking(const QString &key);

protected:
    // Calls done(result) later on context's thread, if context still exists.
    static void deliver(QObject *context, Callback done, Result result);
};

// Passwords kept in memory for this session only ("remember for this session"): never written.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    Persistence persistence() const override { return Persistence::Session; }

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    void clear();

private:
    QHash<QString, QString> m_secrets;
};

// The OS keychain through QtKeychain (Windows Credential Manager, macOS Keychain, Secret Service or
// KWallet on Linux), service "moctl-studio", key = profile id. Never falls back to a file: when no
// keychain is available the result is Status::Unavailable and the caller asks for the password.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    Persistence persistence() const override { return Persistence::Permanent; }

    QString service() const { return m_service; }
    static QString defaultService();
    // Whether a previous job found no keychain at all (the GUI then stops offering "save password").
    bool seemsUnavailable() const { return m_unavailable; }

private:
    QString m_service;
    bool m_unavailable = false;
};

} // namespace moctl
