#include "error.h"

using namespace Qt::StringLiterals;

namespace pjl {

QString Error::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0)
            out += u':' + QString::number(line);
        out += u": "_s;
    }
    out += message;
    if (!sqlState.isEmpty())
        out += u" ("_s + sqlState + u')';
    return out;
}

} // namespace pjl
