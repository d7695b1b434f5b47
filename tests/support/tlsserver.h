#pragma once

#include "connectionsettings.h"
#include "testserver.h"

#include <QTemporaryDir>

#include <memory>

namespace pjl::test {

// A PostgreSQL server of its own with TLS on, for the tests of connections: a throwaway CA (ca.crt),
// a CA it does not trust (wrongca.crt), a server certificate naming "localhost" only (so that
// 127.0.0.1 is the same server under a name the certificate lacks) and a client certificate for
// role certuser (client.crt, client.key). Over its unix socket everyone is trusted (that is how a
// test sets things up); over TCP on 127.0.0.1:
//   certuser   hostssl, by client certificate       sslonly    hostssl only, trusted
//   plainonly  hostnossl only, trusted              pwuser, pwuser2  scram-sha-256 password
//   postgres   trusted
// certuser, sslonly and plainonly exist (superusers: what they test is how they connect); the
// password roles are the test's to create. Stopped by the destructor, also after a failure.
class TlsServer final
{
public:
    explicit TlsServer(const QString &name);
    ~TlsServer();

    bool isUp() const { return m_server && m_server->isUp(); }
    QString error() const { return m_error; }
    QString cert(const QString &file) const { return m_certs.filePath(file); }
    QString port() const { return m_server ? m_server->port() : QString(); }
    QString socketDirectory() const;

    // As the superuser, over the socket.
    ConnectionSettings admin(const QString &database) const;
    // The first value, empty for a statement, or "ERROR: ..."
    QString sql(const QString &query, const QString &database) const;

private:
    bool setUp(const QString &name);
    bool openssl(const QStringList &args);
    bool makeCertificate(const QString &name, const QString &subject, const QString &ca,
                         const QByteArray &ext);

    QTemporaryDir m_certs;
    std::unique_ptr<PrivateServer> m_server;
    QString m_error;
};

} // namespace pjl::test
