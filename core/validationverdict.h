#pragma once

#include <QString>

namespace pjl {

// What a validator says about one record.
struct ValidationVerdict
{
    bool ok = true;
    bool deferToServer = false; // valid as far as we can tell cheaply; the server has the last word
    QString sqlState;           // the SQLSTATE PostgreSQL would report for this error
    QString message;

    static ValidationVerdict accept() { return {}; }
    static ValidationVerdict reject(const QString &sqlState, const QString &message)
    {
        return {false, false, sqlState, message};
    }
};

} // namespace pjl
