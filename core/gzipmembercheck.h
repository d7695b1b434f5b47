#pragma once

#include "gzipdecoder.h"

#include <QString>

#include <memory>

namespace pjl {

class PlainFile;

// Inflates one gzip member ahead of the reader, to learn whether the member is intact before any of
// its records are loaded. Deflate data damaged in a way that still decodes gives wrong bytes that
// only the CRC in the member's trailer reveals; without this check the records framed from them
// would be committed by then. A member that decodes to less than the keep limit is kept, and
// the reader hands those bytes out instead of inflating it again: a small .gz file is inflated
// once. A larger member is either inflated to its end here, its output thrown away (the price is
// a second inflate, since keeping it would take memory in proportion to the member), or, with
// Large::GiveUp, left for the reader to check at its end (InputFile::GzipCheck::WhileLoading).
class GzipMemberCheck final
{
    Q_DISABLE_COPY_MOVE(GzipMemberCheck)

public:
    enum class Outcome
    {
        Intact,    // the member ends and its CRC and length match
        Truncated, // the file ends inside the member, with no error before that: unchecked
        Corrupt,   // the data does not decode or fails the check: errorText(), errorOffset()
        ReadError, // the file could not be read: errorText()
        TooLarge,  // with Large::GiveUp: it decodes to more than the keep limit; not checked
    };

    // What check() does with a member that decodes to more than the keep limit.
    enum class Large
    {
        Inflate, // to its end all the same, to learn whether it is intact
        GiveUp,  // nothing more: Outcome::TooLarge
    };

    // Small enough that a member too large to keep wastes little in trying (the kept bytes are
    // written to memory that is not reused, then thrown away), large enough for most small files.
    static constexpr qsizetype kDefaultKeepLimit = 4 << 20;

    explicit GzipMemberCheck(qsizetype keepLimit = kDefaultKeepLimit, Large large = Large::Inflate);
    ~GzipMemberCheck();

    // Checks the member starting at compressed byte start of file, reading no further than size.
    // readAlready: bytes of the file from offset readAlreadyAt that the caller holds, start among
    // them; they are decoded first and not read again (all of a small file, read whole at open: the
    // check then decodes the very bytes that were fingerprinted).
    Outcome check(PlainFile &file, qint64 start, qint64 size, QByteArrayView readAlready = {},
                  qint64 readAlreadyAt = 0);

    // After Intact: whether all of the member's decoded bytes were kept, and those bytes (valid
    // until the next check()).
    bool keptWhole() const { return m_keptWhole; }
    QByteArrayView kept() const { return QByteArrayView(m_kept).first(m_keptSize); }
    qint64 memberEnd() const { return m_end; }           // after Intact: where the next member starts
    qint64 errorOffset() const { return m_errorOffset; } // compressed byte near the damage
    QString errorText() const { return m_error; }

private:
    std::unique_ptr<GzipDecoder> m_decoder;
    // Not zeroed, and the input no larger than the file: a small .gz costs no megabyte of memset.
    std::unique_ptr<char[]> m_input;
    size_t m_inputSize = 0;
    std::unique_ptr<char[]> m_scratch;
    qsizetype m_keepLimit;
    Large m_large;
    QByteArray m_kept; // its size is the room; reused from member to member
    qsizetype m_keptSize = 0;
    bool m_keptWhole = false;
    qint64 m_end = -1;
    qint64 m_errorOffset = -1;
    QString m_error;
};

} // namespace pjl
