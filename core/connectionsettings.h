#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace pjl {

// Where to connect, as libpq understands it. Either a DSN (keyword/value or URI) or fields; fields
// that are set override the same keywords of the DSN. Everything left empty falls back to libpq's
// own defaults: PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ~/.pgpass, PGSSLMODE...
// The password lives in memory only: toJson-style persistence elsewhere never includes it.
struct ConnectionSettings
{
    QString dsn;
    QString host;
    QString port;
    QString database;
    QString user;
    QString password;
    QString sslMode;     // disable, allow, prefer, require, verify-ca, verify-full
    QString sslRootCert; // for the verify modes
    QString sslCert;     // client certificate, for servers that authenticate with "cert"
    QString sslKey;      // its private key (libpq wants it 0600)
    int connectTimeoutSeconds = 10;
    // The sandbox instead of a server: LocalServer::resolve() starts it and fills in the fields.
    bool local = false;
    QString localDirectory;    // empty: LocalServer::defaultDirectory()
    QString localBinDirectory; // empty: found on the machine

    // Keyword/value pairs for PQconnectdbParams(expand_dbname = 1); the first pair is the DSN.
    QList<QPair<QByteArray, QByteArray>> libpqParams(const QString &applicationName) const;

    // user@host:port/database for messages, never with a password; empty parts are left out.
    QString displayName() const;

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::ConnectionSettings)
