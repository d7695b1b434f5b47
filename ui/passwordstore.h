#pragma once

#include "connectionsettings.h"

#include <QHash>
#include <QObject>

namespace pjl {

// Where passwords live, never in a file of ours: in memory for the session and, when the user
// asks and the desktop has one, in the system keychain (QtKeychain: Secret Service, KWallet,
// macOS Keychain, Windows Credential Store). libpq's own ~/.pgpass and PGPASSWORD work without us.
// Keychain calls are asynchronous; without a keychain (or in tests, offscreen) they report
// "nothing stored" at once, so nothing ever waits on a prompt.
class PasswordStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStore)

public:
    explicit PasswordStore(QObject *parent = nullptr);

    static bool keychainCompiledIn();
    bool isKeychainUsable() const;
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }

    QString sessionPassword(const QString &key) const { return m_session.value(key); }
    void setSessionPassword(const QString &key, const QString &password);

    void readKeychain(const QString &key);
    void writeKeychain(const QString &key, const QString &password);
    void removeFromKeychain(const QString &key);

    // Which server account a password belongs to: user, host, port and database (or the DSN).
    static QString keyFor(const ConnectionSettings &settings);

Q_SIGNALS:
    void keychainRead(const QString &key, const QString &password,
                      const QString &error); // empty: none stored
    void keychainWritten(const QString &key, const QString &error);

private:
    QHash<QString, QString> m_session;
    bool m_keychainEnabled = true;
};

} // namespace pjl
