#include "passwordstore.h"

#include "loadprofile.h"

#include <QGuiApplication>
#include <QTimer>

#ifdef PJL_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace pjl {

namespace {
const QString kService = u"pgjsonload"_s;
}

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{}

bool PasswordStore::keychainCompiledIn()
{
#ifdef PJL_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

bool PasswordStore::isKeychainUsable() const
{
    if (!keychainCompiledIn() || !m_keychainEnabled || qEnvironmentVariableIsSet("PJL_NO_KEYCHAIN"))
        return false;
    const QString platform = QGuiApplication::platformName();
    if (platform == u"offscreen"_s || platform == u"minimal"_s)
        return false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Secret Service and KWallet are D-Bus services: no session bus, no keychain.
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        return false;
#endif
    return true;
}

void PasswordStore::setSessionPassword(const QString &key, const QString &password)
{
    if (password.isEmpty())
        m_session.remove(key);
    else
        m_session.insert(key, password);
}

QString PasswordStore::keyFor(const ConnectionSettings &settings)
{
    const ConnectionSettings s = LoadProfile::withoutPassword(settings);
    QString key = u"%1@%2:%3/%4"_s.arg(s.user, s.host, s.port, s.database);
    if (!s.dsn.isEmpty())
        key += u" "_s + s.dsn;
    return key;
}

void PasswordStore::readKeychain(const QString &key)
{
#ifdef PJL_HAVE_KEYCHAIN
    if (isKeychainUsable()) {
        auto *job = new QKeychain::ReadPasswordJob(kService, this);
        job->setAutoDelete(true);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [this, job, key] {
            const bool found = job->error() == QKeychain::NoError;
            const QString error =
                (found || job->error() == QKeychain::EntryNotFound) ? QString() : job->errorString();
            Q_EMIT keychainRead(key, found ? job->textData() : QString(), error);
        });
        job->start();
        return;
    }
#endif
    QTimer::singleShot(0, this, [this, key] { Q_EMIT keychainRead(key, QString(), QString()); });
}

void PasswordStore::writeKeychain(const QString &key, const QString &password)
{
#ifdef PJL_HAVE_KEYCHAIN
    if (isKeychainUsable()) {
        auto *job = new QKeychain::WritePasswordJob(kService, this);
        job->setAutoDelete(true);
        job->setKey(key);
        job->setTextData(password);
        connect(job, &QKeychain::Job::finished, this, [this, job, key] {
            Q_EMIT keychainWritten(key, job->error() == QKeychain::NoError ? QString() : job->errorString());
        });
        job->start();
        return;
    }
#endif
    Q_UNUSED(password)
    QTimer::singleShot(0, this, [this, key] {
        Q_EMIT keychainWritten(
            key, tr("No system keychain is available; the password is kept for this session only."));
    });
}

void PasswordStore::removeFromKeychain(const QString &key)
{
#ifdef PJL_HAVE_KEYCHAIN
    if (isKeychainUsable()) {
        auto *job = new QKeychain::DeletePasswordJob(kService, this);
        job->setAutoDelete(true);
        job->setKey(key);
        job->start();
        return;
    }
#endif
    Q_UNUSED(key)
}

} // namespace pjl
