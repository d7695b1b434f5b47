#include "connectionsettings.h"

using namespace Qt::StringLiterals;

namespace pjl {

QList<QPair<QByteArray, QByteArray>> ConnectionSettings::libpqParams(const QString &applicationName) const
{
    QList<QPair<QByteArray, QByteArray>> params;
    // expand_dbname makes libpq parse the first "dbname" as a DSN; later pairs override it.
    if (!dsn.trimmed().isEmpty())
        params.append(qMakePair(QByteArray("dbname"), dsn.trimmed().toUtf8()));
    const auto add = [&params](const char *key, const QString &value) {
        if (!value.isEmpty())
            params.append(qMakePair(QByteArray(key), value.toUtf8()));
    };
    add("host", host);
    add("port", port);
    add("dbname", database);
    add("user", user);
    add("password", password);
    add("sslmode", sslMode);
    add("sslrootcert", sslRootCert);
    add("sslcert", sslCert);
    add("sslkey", sslKey);
    if (connectTimeoutSeconds > 0)
        params.append(qMakePair(QByteArray("connect_timeout"), QByteArray::number(connectTimeoutSeconds)));
    params.append(qMakePair(QByteArray("fallback_application_name"), applicationName.toUtf8()));
    // jsonb input is converted from the client encoding; our bytes are UTF-8 whatever the locale.
    params.append(qMakePair(QByteArray("client_encoding"), QByteArray("UTF8")));
    return params;
}

QString ConnectionSettings::displayName() const
{
    if (local)
        return localDirectory.isEmpty() ? u"(local sandbox)"_s : u"(local sandbox %1)"_s.arg(localDirectory);
    QString out;
    if (!user.isEmpty())
        out += user + u'@';
    out += host.isEmpty() ? u"(default host)"_s : host;
    if (!port.isEmpty())
        out += u':' + port;
    if (!database.isEmpty())
        out += u'/' + database;
    if (!dsn.isEmpty() && host.isEmpty() && database.isEmpty())
        out = u"(DSN)"_s;
    return out;
}

} // namespace pjl
