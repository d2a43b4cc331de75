#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaObject>
#include <qt6keychain/keychain.h>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

SecretStore::Result blocking(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    SecretStore::Result result;
    QEventLoop loop;
    bool finished = false;
    start(&loop, [&](const SecretStore::Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        // The keychain answers or fails on its own (D-Bus timeouts); this is only a last resort.
        QTimer::singleShot(120000, &loop, [&] {
            result = { SecretStore::Status::Failed, {},
                QCoreApplication::translate(
                    "moctl::SecretStore", "The keychain did not answer within two minutes.") };
            loop.quit();
        });
        loop.exec();
    }
    return result;
}

SecretStore::Result fromJob(const QKeychain::Job &job, bool *unavailable)
{
    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretStore::Status::Unavailable;
        break;
    case QKeychain::OtherError: {
        // libsecret without a Secret Service on D-Bus, or no D-Bus session at all, ends up here.
        const QString text = job.errorString();
        const bool noService = text.contains(u"org.freedesktop.secrets"_s)
            || text.contains(u"D-Bus"_s, Qt::CaseInsensitive) || text.contains(u"DBus"_s, Qt::CaseInsensitive)
            || text.contains(u"ServiceUnknown"_s) || text.contains(u"No such secret collection"_s)
            || text.contains(u"not provided by any .service"_s)
            || text.contains(u"autolaunch"_s, Qt::CaseInsensitive);
        result.status = noService ? SecretStore::Status::Unavailable : SecretStore::Status::Failed;
        break;
    }
    default:
        result.status = SecretStore::Status::Failed;
        break;
    }
    if (result.status == SecretStore::Status::Unavailable) {
        *unavailable = true;
        result.message = QCoreApplication::translate("moctl::SecretStore",
            "No keychain is available on this system (%1); the password was not saved or read "
            "there.")
                             .arg(job.errorString());
    } else if (result.status == SecretStore::Status::Failed) {
        result.message = QCoreApplication::translate("moctl::SecretStore", "The keychain failed: %1")
                             .arg(job.errorString());
    }
    return result;
}

} // namespace

void SecretStore::deliver(QObject *context, Callback done, Result result)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), result = std::move(result)] {
            if (guard && done)
                done(result);
        },
        Qt::QueuedConnection);
}

SecretStore::Result SecretStore::readBlocking(const QString &key)
{
    return blocking([&](QObject *ctx, Callback cb) { read(key, ctx, std::move(cb)); });
}

SecretStore::Result SecretStore::writeBlocking(const QString &key, const QString &secret)
{
    return blocking([&](QObject *ctx, Callback cb) { write(key, secret, ctx, std::move(cb)); });
}

SecretStore::Result SecretStore::removeBlocking(const QString &key)
{
    return blocking([&](QObject *ctx, Callback cb) { remove(key, ctx, std::move(cb)); });
}

// --- MemorySecretStore

MemorySecretStore::~MemorySecretStore()
{
    clear();
}

void MemorySecretStore::clear()
{
    for (QString &secret : m_secrets)
        secret.fill(u'\0');
    m_secrets.clear();
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        deliver(context, std::move(done), { Status::NotFound, {}, {} });
    else
        deliver(context, std::move(done), { Status::Ok, *it, {} });
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    if (auto it = m_secrets.find(key); it != m_secrets.end())
        it->fill(u'\0'); // the replaced password, before its buffer is released
    m_secrets.insert(key, secret);
    deliver(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto it = m_secrets.find(key);
    const bool existed = it != m_secrets.end();
    if (existed) {
        it->fill(u'\0');
        m_secrets.erase(it);
    }
    deliver(context, std::move(done), { existed ? Status::Ok : Status::NotFound, {}, {} });
}

// --- KeychainSecretStore

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

QString KeychainSecretStore::defaultService()
{
    return u"moctl-studio"_s;
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, done = std::move(done)](QKeychain::Job *j) {
        Result result = fromJob(*j, &m_unavailable);
        if (result.ok())
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        if (guard)
            deliver(guard, done, result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, done = std::move(done)](QKeychain::Job *j) {
        const Result result = fromJob(*j, &m_unavailable);
        if (guard)
            deliver(guard, done, result);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, done = std::move(done)](QKeychain::Job *j) {
        const Result result = fromJob(*j, &m_unavailable);
        if (guard)
            deliver(guard, done, result);
    });
    job->start();
}

} // namespace moctl
