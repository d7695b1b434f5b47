#pragma once

#include "connectionsettings.h"

#include <QCoreApplication>

namespace pjl {

// libpq connection strings as users paste them (postgresql:// URIs and keyword=value lists), and
// the short name a window shows for a connection.
class ConnectionString final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionString)

public:
    // Fills settings from a URI or a keyword/value string. complete: every part of it went into a
    // field, so the string itself need not be kept.
    static bool parse(const QString &dsn, ConnectionSettings *settings, bool *complete);

    // user@host:port/database ("local socket" for a socket directory); never a password.
    static QString label(const ConnectionSettings &settings);
};

} // namespace pjl
