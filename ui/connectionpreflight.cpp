#include "connectionpreflight.h"

#include "connectionstring.h"
#include "passwordstore.h"

namespace pjl {

ConnectionPreflight::ConnectionPreflight(PasswordStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_tester, &ConnectionTester::finished, this, &ConnectionPreflight::onChecked);
    connect(store, &PasswordStore::keychainRead, this, &ConnectionPreflight::onKeychainRead);
}

void ConnectionPreflight::start(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_key = PasswordStore::keyFor(settings);
    if (m_settings.password.isEmpty())
        m_settings.password = m_store->sessionPassword(m_key);
    m_running = true;
    m_triedKeychain = false;
    m_waitingForKeychain = false;
    m_remember = false;
    m_tester.test(m_settings);
}

void ConnectionPreflight::providePassword(const QString &password, bool remember)
{
    if (!m_running)
        return;
    m_settings.password = password;
    m_remember = remember;
    m_tester.test(m_settings);
}

void ConnectionPreflight::abort()
{
    m_running = false;
    m_waitingForKeychain = false;
    m_tester.abandon();
}

void ConnectionPreflight::onChecked(const ConnectionCheck &check)
{
    if (!m_running)
        return;
    if (check.ok) {
        m_running = false;
        if (!m_settings.password.isEmpty()) {
            m_store->setSessionPassword(m_key, m_settings.password);
            if (m_remember)
                m_store->writeKeychain(m_key, m_settings.password);
        }
        // The sandbox's socket and port are only known once it runs; anything else is as given.
        Q_EMIT ready(m_settings.local ? check.settings : m_settings, check.serverVersion);
        return;
    }
    if (check.needsPassword || check.wrongPassword) {
        if (check.needsPassword && !m_triedKeychain && m_store->isKeychainUsable()) {
            m_triedKeychain = true;
            m_waitingForKeychain = true;
            m_store->readKeychain(m_key);
            return;
        }
        if (check.wrongPassword)
            m_store->setSessionPassword(m_key, QString());
        Q_EMIT passwordNeeded(ConnectionString::label(m_settings), check.wrongPassword);
        return;
    }
    m_running = false;
    Q_EMIT failed(check.message, check.detail);
}

void ConnectionPreflight::onKeychainRead(const QString &key, const QString &password, const QString &error)
{
    Q_UNUSED(error)
    if (!m_running || !m_waitingForKeychain || key != m_key)
        return;
    m_waitingForKeychain = false;
    if (password.isEmpty()) {
        Q_EMIT passwordNeeded(ConnectionString::label(m_settings), false);
        return;
    }
    m_settings.password = password;
    m_tester.test(m_settings);
}

} // namespace pjl
