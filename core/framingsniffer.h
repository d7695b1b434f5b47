#pragma once

#include "framing.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace pjl {

// Guesses how a file's records are laid out from its first bytes (and, for an uncompressed array,
// its last bytes), with the same framer the load uses, so a file list can show the framing before
// anything is loaded. Reads at most maxBytes (decompressed); the load reports the final word.
// Blocking file I/O: call it off the UI thread.
class FramingSniffer final
{
    Q_DECLARE_TR_FUNCTIONS(FramingSniffer)

public:
    static constexpr qint64 kDefaultBytes = 256 << 10;

    static Result<Framing> sniff(const QString &path, qint64 maxBytes = kDefaultBytes);
};

} // namespace pjl
