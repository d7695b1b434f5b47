#pragma once

#include "bytesource.h"
#include "framing.h"

#include <QCoreApplication>
#include <QString>

#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pjl {

// One framed record. data/size stay valid until the next call to RecordFramer::next().
struct FramedRecord
{
    // A record's (not a reject's) bytes are followed by at least RecordFramer::kPadding readable
    // bytes, so that it can be parsed where it is (JsonbCanonicalizer reads past the end).
    const char *data = nullptr;
    qint64 size = 0;      // bytes at data; for a long reject only its first previewBytes
    qint64 spanBytes = 0; // bytes the record covers in the stream
    qint64 ordinal = 0;   // 1-based position among the file's records (rejects included)
    qint64 line = 0;      // 1-based line where the record starts
    qint64 newlines = 0;  // raw newlines inside it: > 0 for a pretty-printed record (not for rejects)
    qint64 offset = 0;    // byte offset of its first byte in the (decompressed) stream
    QString error;        // empty: well framed (the validator still judges its content)

    bool isReject() const { return !error.isEmpty(); }
};

// Splits a byte stream into JSON records without parsing them: a byte state machine that knows
// only strings, escapes and bracket nesting. Hand-written because no library frames the broken
// arrays (and resynchronises after a bad record) that our users' exports contain.
//
// Framing is detected from the first bytes (a UTF-8 BOM is skipped): a leading '[' whose array does
// not close within the first detection window (detectBytes, however the data was read), or closes
// with only whitespace after it in that window (the end of the data), is an array of
// records (the closing ']' is optional, ',' separates records); anything else, including "[..][..]"
// or NDJSON of arrays, is a stream of values separated by whitespace and/or commas.
//
// A structural error (raw newline inside a string, mismatched bracket, end of data inside a value,
// a record larger than maxRecordBytes, stray text between records) yields one reject, and framing
// resumes at the next line that starts a record at most as indented as records have been starting
// (column 0 for NDJSON, 4 in a typical pretty-printed export). When records share lines (compact
// single-line arrays), a mismatched bracket is repaired in place so one bad record costs one reject.
// Memory is bounded by readSize plus the largest record (at most maxRecordBytes).
class RecordFramer final
{
    Q_DECLARE_TR_FUNCTIONS(RecordFramer)
    Q_DISABLE_COPY_MOVE(RecordFramer)

public:
    static constexpr size_t kPadding = 64; // readable bytes after a record's data (FramedRecord)

    struct Options
    {
        qint64 readSize = 4 << 20;
        qint64 maxRecordBytes = 64 << 20;
        qint64 previewBytes = 64 << 10; // how much of a reject's text is kept
        qint64 detectBytes = 1 << 20;   // window for telling an array from a stream of values
    };

    enum class Status
    {
        Record, // a record (or a reject) is in the out parameter
        End,    // no more data
        Failed, // the source failed (see error()); every record before the failure was delivered
    };

    explicit RecordFramer(ByteSource &source);
    RecordFramer(ByteSource &source, Options options);

    Status next(FramedRecord &record);

    Framing framing() const;
    Error error() const { return m_source.error(); }
    qint64 streamPosition() const { return m_base + qint64(m_end); } // bytes read so far

private:
    enum class State
    {
        Start,
        Between,
        Container,
        String,
        Token,
        SkipToLine,
        SkipLineStart,
        Done,
    };

    using Step = std::optional<Status>; // nullopt: nothing to report yet, keep scanning

    Step step(FramedRecord &out);
    Step scanValue(FramedRecord &out);
    bool refill();
    void ensureAhead(size_t &pos, size_t bytes);
    void detect();
    void startRecord(char c);
    void countLines(size_t upTo);
    // Counts a block's newlines (bits of newlines, the block at blockStart) and moves the count
    // on to upTo, inside or at the end of that block: the scan counts as it goes.
    void addBlockLines(uint64_t newlines, size_t blockStart, size_t upTo);
    Step emitRecord(FramedRecord &out, size_t end, const QString &error = {});
    Step fail(FramedRecord &out, size_t errorPos, const QString &reason);
    Step resync(FramedRecord &out, size_t errorPos, const QString &reason); // fail() without the size check
    Step tooLarge(FramedRecord &out);
    Status finishSkip(FramedRecord &out, size_t resumeAt);
    size_t keepPreview(size_t from, size_t to); // returns the bytes kept
    bool followedByColon(size_t &pos);
    Step atEndOfData(FramedRecord &out);
    bool isCandidateStart(char c, qint64 column) const;
    bool recordsShareLines(size_t &errorPos);
    bool inRecord() const
    {
        return m_state == State::Container || m_state == State::String || m_state == State::Token;
    }
    qint64 columnOf(size_t pos) const;

    ByteSource &m_source;
    Options m_options;

    void setCapacity(size_t capacity); // keeps [0, m_end)

    struct Free
    {
        void operator()(char *p) const { std::free(p); }
    };
    std::unique_ptr<char[], Free> m_buffer; // [0, m_end) holds the data; kPadding bytes follow m_capacity
    size_t m_capacity = 0;
    size_t m_end = 0;
    size_t m_pos = 0;
    qint64 m_base = 0; // stream offset of m_buffer[0]
    bool m_eof = false;
    State m_state = State::Start;

    // The current record.
    size_t m_recStart = 0;
    qint64 m_recOrdinal = 0;
    qint64 m_recLine = 0;
    qint64 m_recColumn = 0;
    char m_recFirst = 0;
    std::vector<char> m_stack;
    bool m_escape = false;         // a backslash was the last byte of the buffer
    bool m_stringTopLevel = false; // the string is the record itself
    QString m_malformed;           // set when a mismatched bracket was repaired in place

    // Skipping after an error: the reject's start and a preview of its text.
    qint64 m_skipOffset = 0;
    std::string m_preview;
    qint64 m_skipColumn = 0;
    size_t m_previewIndent = 0; // bytes of the current line's indentation in m_preview

    // Lines: counted lazily up to m_lineScanPos.
    size_t m_lineScanPos = 0;
    qint64 m_line = 1;
    qint64 m_lineStartOffset = 0; // stream offset of the current line's first byte

    qint64 m_ordinal = 0;
    bool m_outerArray = false;
    bool m_arraySeen = false;
    bool m_arrayClosed = false;
    bool m_newlineSincePrevious = true;
    bool m_sharedLines = false; // two records started/ended on the same line
    bool m_multiLine = false;   // a record spans lines (looked at for the first records only)
    qint64 m_goodRecords = 0;
    qint64 m_goodColumn = -1; // column where the last good record started
    char m_goodFirst = 0;     // its first byte
};

} // namespace pjl
