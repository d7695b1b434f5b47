#pragma once

#include "connectionsettings.h"
#include "connectiontester.h"

#include <QObject>

namespace pjl {

class PasswordStore;

// Before a load: makes sure the server answers, finding a password only if the server wants one
// that libpq did not find (~/.pgpass, PGPASSWORD): first the session's, then the system keychain's,
// then the user's (passwordNeeded → providePassword). Never blocks; every step is a signal.
class ConnectionPreflight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPreflight)

public:
    explicit ConnectionPreflight(PasswordStore *store, QObject *parent = nullptr);

    void start(const ConnectionSettings &settings);
    void providePassword(const QString &password, bool remember);
    void abort();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void passwordNeeded(const QString &where, bool wrongPassword);
    void ready(const pjl::ConnectionSettings &settings, const QString &serverVersion);
    void failed(const QString &message, const QString &detail);

private:
    void onChecked(const ConnectionCheck &check);
    void onKeychainRead(const QString &key, const QString &password, const QString &error);

    PasswordStore *m_store;
    ConnectionTester m_tester;
    ConnectionSettings m_settings;
    QString m_key;
    bool m_running = false;
    bool m_triedKeychain = false;
    bool m_waitingForKeychain = false;
    bool m_remember = false;
};

} // namespace pjl
