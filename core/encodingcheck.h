#pragma once

#include "error.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace pjl {

// Tells from a file's first (decompressed) bytes whether it can be JSON text in UTF-8 at all, so
// that a UTF-16 export, a zip archive or a core dump named *.json fails as one file with one
// message that says what it is, instead of becoming a reject for every line of it.
class EncodingCheck final
{
    Q_DECLARE_TR_FUNCTIONS(EncodingCheck)

public:
    static constexpr qsizetype kHeadBytes = 4096; // what check() looks at

    // Null when the head may be UTF-8 JSON text (a stray control byte or two is left to the
    // framer and validator, which reject just the record it is in).
    static Error check(QByteArrayView head, const QString &path);
};

} // namespace pjl
