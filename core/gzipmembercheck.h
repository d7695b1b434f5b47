#pragma once

#include "gzipdecoder.h"

#include <QString>

#include <memory>

namespace pjl {

class PlainFile;

// Inflates one gzip member ahead of the reader and throws the output away, to learn whether the
// member is intact before any of its records are loaded. Deflate data damaged in a way that still
// decodes gives wrong bytes that only the CRC in the member's trailer reveals; without this check
// the records framed from them would be committed by then. The price is a second inflate of the
// file (ISA-L: under 1 ms of CPU per MB of JSON).
class GzipMemberCheck final
{
    Q_DISABLE_COPY_MOVE(GzipMemberCheck)

public:
    enum class Outcome
    {
        Intact,    // the member ends and its CRC and length match
        Truncated, // the file ends inside the member, with no error before that
        Corrupt,   // the data does not decode or fails the check: errorText(), errorOffset()
        ReadError, // the file could not be read: errorText()
    };

    GzipMemberCheck();
    ~GzipMemberCheck();

    // Checks the member starting at compressed byte start of file, reading no further than size.
    Outcome check(PlainFile &file, qint64 start, qint64 size);

    qint64 memberEnd() const { return m_end; }           // after Intact: where the next member starts
    qint64 errorOffset() const { return m_errorOffset; } // compressed byte near the damage
    QString errorText() const { return m_error; }

private:
    std::unique_ptr<GzipDecoder> m_decoder;
    // Not zeroed, and the input no larger than the file: a small .gz costs no megabyte of memset.
    std::unique_ptr<char[]> m_input;
    size_t m_inputSize = 0;
    std::unique_ptr<char[]> m_scratch;
    qint64 m_end = -1;
    qint64 m_errorOffset = -1;
    QString m_error;
};

} // namespace pjl
