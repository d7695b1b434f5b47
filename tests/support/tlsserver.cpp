#include "tlsserver.h"

#include "pgconnection.h"

#include <QFile>
#include <QProcess>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pjl::test {

namespace {

bool writeText(const QString &path, const QByteArray &text, QFile::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return false;
    f.close();
    return QFile::setPermissions(path, permissions);
}

constexpr auto kReadable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;

} // namespace

TlsServer::TlsServer(const QString &name)
{
    if (!setUp(name) && m_error.isEmpty())
        m_error = u"TlsServer: setting up failed"_s;
}

TlsServer::~TlsServer()
{
    m_server.reset();
}

QString TlsServer::socketDirectory() const
{
    return m_server ? m_server->directory() + u"/socket"_s : QString();
}

bool TlsServer::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_certs.path());
    p.start(u"openssl"_s, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = u"openssl %1: %2"_s.arg(args.join(u' '), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool TlsServer::makeCertificate(const QString &name, const QString &subject, const QString &ca,
                                const QByteArray &ext)
{
    const QStringList key = {u"-newkey"_s, u"ec"_s,      u"-pkeyopt"_s,   u"ec_paramgen_curve:prime256v1"_s,
                             u"-nodes"_s,  u"-keyout"_s, name + u".key"_s};
    if (ca.isEmpty()) // a CA of its own
        return openssl(QStringList{u"req"_s, u"-x509"_s} + key +
                       QStringList{u"-out"_s, name + u".crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, subject,
                                   u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                   u"keyUsage=critical,keyCertSign,cRLSign"_s});
    return writeText(cert(name + u".ext"_s), ext, QFile::ReadOwner | QFile::WriteOwner) &&
           openssl(QStringList{u"req"_s, u"-new"_s} + key +
                   QStringList{u"-out"_s, name + u".csr"_s, u"-subj"_s, subject}) &&
           openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, ca + u".crt"_s, u"-CAkey"_s,
                    ca + u".key"_s, u"-CAcreateserial"_s, u"-out"_s, name + u".crt"_s, u"-days"_s, u"2"_s,
                    u"-extfile"_s, name + u".ext"_s});
}

bool TlsServer::setUp(const QString &name)
{
    if (!m_certs.isValid())
        return false;
    // The server (user postgres when we are root) reads the certificates from here.
    if (!QFile::setPermissions(m_certs.path(),
                               kReadable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther))
        return false;
    if (!makeCertificate(u"ca"_s, u"/CN=pgjsonload test CA"_s, {}, {}) ||
        !makeCertificate(u"wrongca"_s, u"/CN=pgjsonload other CA"_s, {}, {}) ||
        !makeCertificate(u"server"_s, u"/CN=localhost"_s, u"ca"_s,
                         "subjectAltName = DNS:localhost\nbasicConstraints = CA:FALSE\n"
                         "extendedKeyUsage = serverAuth\n") ||
        !makeCertificate(u"client"_s, u"/CN=certuser"_s, u"ca"_s,
                         "basicConstraints = CA:FALSE\nextendedKeyUsage = clientAuth\n"))
        return false;
    for (const char *file : {"ca.crt", "wrongca.crt", "server.crt", "client.crt"}) {
        if (!QFile::setPermissions(cert(QString::fromLatin1(file)), kReadable))
            return false;
    }
    // libpq and the server refuse keys others may read; the server's must be its user's.
    if (!QFile::setPermissions(cert(u"client.key"_s), QFile::ReadOwner | QFile::WriteOwner) ||
        !QFile::setPermissions(cert(u"server.key"_s), QFile::ReadOwner | QFile::WriteOwner))
        return false;
    if (geteuid() == 0 && QProcess::execute(u"chown"_s, {u"postgres"_s, cert(u"server.key"_s)}) != 0) {
        m_error = u"TlsServer: cannot give server.key to user postgres"_s;
        return false;
    }
    // "host" lines match with and without SSL.
    if (!writeText(cert(u"pg_hba.conf"_s),
                   "local     all all                      trust\n"
                   "hostssl   all certuser  127.0.0.1/32   cert\n"
                   "hostssl   all sslonly   127.0.0.1/32   trust\n"
                   "hostnossl all plainonly 127.0.0.1/32   trust\n"
                   "host      all pwuser    127.0.0.1/32   scram-sha-256\n"
                   "host      all pwuser2   127.0.0.1/32   scram-sha-256\n"
                   "host      all postgres  127.0.0.1/32   trust\n",
                   kReadable))
        return false;
    m_server = std::make_unique<PrivateServer>(
        name, u"-c ssl=on -c ssl_cert_file=%1 -c ssl_key_file=%2 -c ssl_ca_file=%3 -c hba_file=%4"_s.arg(
                  cert(u"server.crt"_s), cert(u"server.key"_s), cert(u"ca.crt"_s), cert(u"pg_hba.conf"_s)));
    if (!m_server->isUp()) {
        m_error = m_server->error();
        return false;
    }
    for (const char *role : {"certuser", "sslonly", "plainonly"}) {
        const QString result =
            sql(u"CREATE ROLE %1 LOGIN SUPERUSER"_s.arg(QLatin1StringView(role)), u"postgres"_s);
        if (!result.isEmpty()) {
            m_error = result;
            return false;
        }
    }
    return true;
}

ConnectionSettings TlsServer::admin(const QString &database) const
{
    ConnectionSettings s = m_server->settings();
    s.dsn.replace(u"dbname=postgres"_s, u"dbname="_s + database);
    return s;
}

QString TlsServer::sql(const QString &query, const QString &database) const
{
    PgConnection c;
    if (Error e = c.open(admin(database)))
        return u"ERROR: "_s + e.toString();
    const auto r = c.exec(query.toUtf8());
    if (!r)
        return u"ERROR: "_s + r.error().toString();
    return (r->rows() > 0 && r->columns() > 0) ? r->text(0, 0) : QString();
}

} // namespace pjl::test
