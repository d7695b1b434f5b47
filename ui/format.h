#pragma once

#include <QCoreApplication>
#include <QString>

namespace pjl {

// How numbers look in the window: sizes, counts, rates and durations, in the user's locale.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    static QString bytes(qint64 bytes);                    // "1.4 MB" (decimal units, as file managers show)
    static QString count(qint64 n);                        // "1,234,567"
    static QString rate(double perSecond);                 // "12,345/s", "1.2 M/s"
    static QString megabytesPerSecond(double mbPerSecond); // "12.3 MB/s"
    static QString duration(qint64 ms);                    // "0:42", "1:02:03"
};

} // namespace pjl
