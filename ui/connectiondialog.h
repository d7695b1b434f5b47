#pragma once

#include "connectionsettings.h"
#include "connectiontester.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QGroupBox;
class QPushButton;
class QRadioButton;

namespace pjl {

// Where to load: host, port, database, user, password, SSL mode and root certificate, or a pasted
// connection URI / libpq string (which fills the fields); or the local sandbox PostgreSQL, a
// private server pgjsonload makes from the machine's PostgreSQL programs (LocalServer). "Test Connection"
// reports the server version or libpq's exact error, off the UI thread. Recent connections (never with a
// password) are offered at the top. An empty password means: libpq's ~/.pgpass or PGPASSWORD, the keychain,
// or a prompt when the server asks.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setRecent(const QList<ConnectionSettings> &recent);
    void setSettings(const ConnectionSettings &settings);
    ConnectionSettings settings() const;
    bool rememberPassword() const;
    void setKeychainAvailable(bool available);
    bool keepSandboxRunning() const;
    void setKeepSandboxRunning(bool keep);

    void testConnection();
    bool isTesting() const { return m_tester.isRunning(); }
    QString testResult() const;

Q_SIGNALS:
    void tested(const pjl::ConnectionCheck &check);

private:
    void applyDsn();
    void showResult(const ConnectionCheck &check);
    void updateSslFields();
    void updateKind();
    void findSandboxPrograms();

    ConnectionTester m_tester;
    quint64 m_findGeneration = 0;
    QRadioButton *m_useServer;
    QRadioButton *m_useSandbox;
    QGroupBox *m_uriBox;
    QGroupBox *m_serverBox;
    QGroupBox *m_sandboxBox;
    QLineEdit *m_sandboxDir;
    QLineEdit *m_sandboxPrograms;
    QLabel *m_sandboxStatus;
    QCheckBox *m_keepSandbox;
    QString m_dsn; // the pasted string (without password), when the fields cannot express all of it
    QComboBox *m_recent;
    QLineEdit *m_uri;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QComboBox *m_sslMode;
    QLineEdit *m_rootCert;
    QPushButton *m_browseCert;
    QLineEdit *m_clientCert;
    QLineEdit *m_clientKey;
    QPushButton *m_browseClientCert;
    QPushButton *m_browseClientKey;
    QPushButton *m_test;
    QLabel *m_resultIcon;
    QLabel *m_result;
    QList<ConnectionSettings> m_recentList;
};

} // namespace pjl
