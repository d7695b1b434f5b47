#pragma once

#include <QMetaType>
#include <QString>

namespace pjl {

// An error as a value: where it happened (file, record, line, byte offset), what the server said
// (SQLSTATE) and one line a user can act on. Crosses threads by value.
struct Error
{
    QString message;
    QString sqlState;
    QString detail; // server DETAIL/HINT/CONTEXT, or a longer explanation
    QString file;
    qint64 record = 0;  // 1-based ordinal in the file, 0 = not about one record
    qint64 line = 0;    // 1-based, 0 = unknown
    qint64 offset = -1; // byte offset in the (decompressed) file, -1 = unknown

    bool isNull() const { return message.isEmpty(); }
    explicit operator bool() const { return !isNull(); }

    // "file:line: message (SQLSTATE)" with only the parts that are known.
    QString toString() const;

    static Error make(const QString &message, const QString &sqlState = {})
    {
        Error e;
        e.message = message;
        e.sqlState = sqlState;
        return e;
    }
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::Error)
