#pragma once

#include "connectionsettings.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace pjl {

// The secrets a libpq connection string can carry (password, sslpassword): where they are, so that
// they can be kept out of what others may see: error messages, logs, the process list.
class ConnectionSecrets final
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    // Where the secret values are in a keyword/value string or a postgresql:// URI, as written
    // (quoted, escaped or percent-encoded). Tolerant: a string libpq would refuse still has its
    // secrets found, since libpq's error about it may quote them.
    static QList<Span> find(QByteArrayView dsn);

    // Every secret of the settings, as written and as libpq reads it: the password field and the
    // values the DSN holds.
    static QStringList of(const ConnectionSettings &settings);

    // The text with every secret of the settings replaced.
    static QString redact(QString text, const ConnectionSettings &settings);

    // Overwrites the secrets of every --dsn argument in the process's own argument memory, which is
    // what ps and /proc/PID/cmdline show. Call it once the arguments have been copied.
    static void scrubArguments(int argc, char **argv);

    static constexpr QLatin1StringView kMask{"********"};
};

} // namespace pjl
