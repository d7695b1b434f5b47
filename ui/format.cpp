#include "format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pjl {

QString Format::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString Format::count(qint64 n)
{
    return QLocale().toString(n);
}

QString Format::rate(double perSecond)
{
    if (perSecond >= 1e6)
        return tr("%1 M/s").arg(QLocale().toString(perSecond / 1e6, 'f', 1));
    return tr("%1/s").arg(QLocale().toString(qint64(perSecond + 0.5)));
}

QString Format::megabytesPerSecond(double mbPerSecond)
{
    return tr("%1 MB/s").arg(QLocale().toString(mbPerSecond, 'f', mbPerSecond < 10 ? 1 : 0));
}

QString Format::duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, (ms + 500) / 1000);
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace pjl
