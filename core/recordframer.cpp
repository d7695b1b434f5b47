#include "recordframer.h"

#include "jsonblockbits.h"
#include "largebuffer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <new>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define PJL_FRAMER_SSE2 1
#endif

namespace pjl {

namespace {

// Byte classes for the scanning loops: 0 means "nothing to do, keep going".
using ByteTable = std::array<uint8_t, 256>;

constexpr ByteTable makeTable(std::initializer_list<char> interesting)
{
    ByteTable table{};
    for (char c : interesting)
        table[uint8_t(c)] = 1;
    return table;
}

constexpr ByteTable kContainerBytes = makeTable({'"', '{', '[', '}', ']', '\\'});
constexpr ByteTable kStringBytes = makeTable({'"', '\\', '\n'});
constexpr ByteTable kTokenEnd = makeTable({' ', '\t', '\r', '\n', ',', '{', '[', '}', ']', '"'});

constexpr size_t kSharedLineProbe = 64 << 10;
constexpr qint64 kMinRead = 64 << 10;
constexpr size_t kColonProbe = 4 << 10;

// The structural characters of one 64-byte block, one bit per byte.
struct BlockMasks
{
    uint64_t quote = 0;
    uint64_t backslash = 0;
    uint64_t newline = 0;
    uint64_t open = 0;  // { [
    uint64_t close = 0; // } ]
};

BlockMasks blockMasks(const char *p)
{
    BlockMasks m;
#ifdef PJL_FRAMER_SSE2
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i lowerBit = _mm_set1_epi8(0x20); // '[' | 0x20 == '{', ']' | 0x20 == '}'
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
        const __m128i folded = _mm_or_si128(v, lowerBit);
        const auto bits = [&](__m128i eq) { return uint64_t(uint16_t(_mm_movemask_epi8(eq))) << (16 * k); };
        m.quote |= bits(_mm_cmpeq_epi8(v, quote));
        m.backslash |= bits(_mm_cmpeq_epi8(v, backslash));
        m.newline |= bits(_mm_cmpeq_epi8(v, newline));
        m.open |= bits(_mm_cmpeq_epi8(folded, open));
        m.close |= bits(_mm_cmpeq_epi8(folded, close));
    }
#else
    for (int i = 0; i < 64; ++i) {
        const uint64_t bit = uint64_t(1) << i;
        switch (p[i]) {
        case '"':
            m.quote |= bit;
            break;
        case '\\':
            m.backslash |= bit;
            break;
        case '\n':
            m.newline |= bit;
            break;
        case '{':
        case '[':
            m.open |= bit;
            break;
        case '}':
        case ']':
            m.close |= bit;
            break;
        default:
            break;
        }
    }
#endif
    return m;
}

// std::popcount without the popcnt instruction (x86-64's baseline lacks it) is a libgcc call.
int bitCount(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return int((x * 0x0101010101010101ULL) >> 56);
}

// Newlines in [p, end), where the block scan did not count them (scanValue()): 16 bytes at a time
// (byte-wise counters summed every 255 blocks: x86-64's baseline has no popcount instruction).
qint64 countNewlines(const char *p, const char *end)
{
    // Most records are one line: memchr (vectorised as wide as the CPU allows) finds that out in
    // a third of the instructions counting takes, which were a twelfth of the loader's on NDJSON.
    const void *first = std::memchr(p, '\n', size_t(end - p));
    if (!first)
        return 0;
    p = static_cast<const char *>(first) + 1;
    qint64 n = 1;
#ifdef PJL_FRAMER_SSE2
    const __m128i newline = _mm_set1_epi8('\n');
    while (end - p >= 16) {
        __m128i counts = _mm_setzero_si128();
        for (int i = 0; i < 255 && end - p >= 16; ++i, p += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(v, newline)); // a match is -1
        }
        const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
        n += _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums));
    }
#endif
    return n + std::count(p, end, '\n');
}

bool isScalarStart(char c)
{
    return c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
}

bool isNumberStart(char c)
{
    return c == '-' || (c >= '0' && c <= '9');
}

} // namespace

RecordFramer::RecordFramer(ByteSource &source)
    : RecordFramer(source, Options{})
{}

RecordFramer::RecordFramer(ByteSource &source, Options options)
    : m_source(source)
    , m_options(options)
{
    m_options.readSize = std::max<qint64>(m_options.readSize, 1);
    // A small file gets a small buffer: thousands of them must not cost megabytes each.
    const qint64 hint = source.sizeHint();
    setCapacity(size_t(hint >= 0 ? std::min(m_options.readSize, hint + kMinRead) : m_options.readSize));
}

void RecordFramer::setCapacity(size_t capacity)
{
    // realloc: a large block moves by remapping its pages, not by copying them next to a second
    // copy, which would double the peak memory of a record near maxRecordBytes. Not zeroed: the
    // framer looks only at what was read into it, and the canonicalizer, which reads a little past
    // a record's end, never lets those bytes decide anything.
    char *buffer = static_cast<char *>(std::realloc(m_buffer.get(), capacity + kPadding));
    if (!buffer)
        throw std::bad_alloc();
    (void)m_buffer.release();
    m_buffer.reset(buffer);
    m_capacity = capacity;
    std::memset(buffer + capacity, 0, kPadding); // never read into: a record may end at capacity
    if (capacity >= LargeBuffer::kHugePage)
        LargeBuffer::adviseHugePages(buffer, capacity);
}

bool RecordFramer::refill()
{
    if (m_eof)
        return false;
    // Keep the open record (or, while detecting, everything); drop what was consumed before it.
    const size_t keep = m_state == State::Start ? 0 : (inRecord() ? m_recStart : m_pos);
    if (keep > 0) {
        countLines(keep);
        std::memmove(m_buffer.get(), m_buffer.get() + keep, m_end - keep);
        m_end -= keep;
        m_pos -= keep;
        m_lineScanPos -= keep;
        if (inRecord())
            m_recStart -= keep;
        m_base += keep;
    }
    const size_t readSize = size_t(m_options.readSize);
    if (m_capacity - m_end < std::min(readSize, size_t(kMinRead))) {
        // Doubling, up to what the largest record needs: grown by readSize at a time, a record of
        // a GiB would be moved hundreds of times.
        const size_t limit = size_t(m_options.maxRecordBytes) + 2 * readSize;
        setCapacity(std::max(m_end + readSize, std::min(2 * m_capacity, limit)));
    } else if (m_capacity > 4 * readSize && m_end < readSize)
        setCapacity(m_end + readSize); // a huge record has passed: give its memory back
    const qint64 room = qint64(m_capacity - m_end);
    const qint64 n = m_source.read(m_buffer.get() + m_end, room);
    if (n <= 0) {
        // 0: the end; -1: a read error, reported by next() once everything read was framed.
        m_eof = true;
        return false;
    }
    m_end += size_t(n);
    return true;
}

void RecordFramer::countLines(size_t upTo)
{
    if (upTo <= m_lineScanPos)
        return;
    const char *b = m_buffer.get();
    if (upTo - m_lineScanPos <= 16) {
        // What separates two records (",\n    "): a byte at a time is cheaper than the vectors.
        for (size_t i = m_lineScanPos; i < upTo; ++i) {
            if (b[i] == '\n') {
                ++m_line;
                m_lineStartOffset = m_base + qint64(i) + 1;
            }
        }
        m_lineScanPos = upTo;
        return;
    }
    const qint64 n = countNewlines(b + m_lineScanPos, b + upTo);
    if (n > 0) {
        m_line += n;
        const char *q = b + upTo;
        while (q[-1] != '\n')
            --q;
        m_lineStartOffset = m_base + (q - b);
    }
    m_lineScanPos = upTo;
}

inline void RecordFramer::addBlockLines(uint64_t newlines, size_t blockStart, size_t upTo)
{
    if (newlines) {
        m_line += bitCount(newlines);
        m_lineStartOffset = m_base + qint64(blockStart) + 64 - std::countl_zero(newlines);
    }
    m_lineScanPos = upTo;
}

qint64 RecordFramer::columnOf(size_t pos) const
{
    return m_base + qint64(pos) - m_lineStartOffset;
}

void RecordFramer::detect()
{
    while (!m_eof && qint64(m_end) < std::max<qint64>(m_options.detectBytes, 3))
        refill();
    // Only the window is looked at, never whatever else the first reads happened to bring.
    const size_t window = std::min(m_end, size_t(m_options.detectBytes));
    const char *b = m_buffer.get();
    size_t p = 0;
    if (m_end >= 3 && uint8_t(b[0]) == 0xEF && uint8_t(b[1]) == 0xBB && uint8_t(b[2]) == 0xBF)
        p = 3; // a BOM is framing, not data; offsets still count it
    m_pos = p;
    m_lineScanPos = p;
    m_lineStartOffset = qint64(p);
    while (p < window && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r' || b[p] == '\n'))
        ++p;
    m_state = State::Between;
    if (p >= window || b[p] != '[')
        return;

    // Does the first array close inside the window, with more values after it? Then the file is a
    // stream of arrays ("[..]\n[..]"), not an array of records. A mismatched bracket on the way
    // means a damaged array, and an array it stays.
    std::vector<char> stack;
    bool inString = false;
    size_t q = p;
    for (; q < window; ++q) {
        const char c = b[q];
        if (inString) {
            if (c == '\\')
                ++q;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            stack.push_back(c);
        } else if (c == ']' || c == '}') {
            if (stack.back() != (c == ']' ? '[' : '{')) {
                q = window;
                break;
            }
            stack.pop_back();
            if (stack.empty())
                break;
        }
    }
    if (q < window) {
        size_t r = q + 1;
        while (r < window && (b[r] == ' ' || b[r] == '\t' || b[r] == '\r' || b[r] == '\n'))
            ++r;
        if (r < window)
            return; // something follows the first array: a stream of values
    }
    countLines(p);
    m_outerArray = true;
    m_arraySeen = true;
    m_pos = p + 1;
}

void RecordFramer::startRecord(char c)
{
    countLines(m_pos);
    if (!m_newlineSincePrevious && m_ordinal > 0)
        m_sharedLines = true;
    m_recStart = m_pos;
    m_recOrdinal = ++m_ordinal;
    m_recLine = m_line;
    m_recColumn = columnOf(m_pos);
    m_recFirst = c;
    m_malformed.clear();
    m_stack.clear();
    m_escape = false;
    // Not left over from a top-level string that ended as "too large" before its closing quote.
    m_stringTopLevel = c == '"';
    if (m_lineScanPos == m_pos) // counted up to the record's first byte, which is no newline
        m_lineScanPos = m_pos + 1;
    ++m_pos;
    if (c == '{' || c == '[') {
        m_stack.push_back(c);
        m_state = State::Container;
    } else if (c == '"') {
        m_state = State::String;
    } else {
        m_state = State::Token;
    }
}

RecordFramer::Step RecordFramer::emitRecord(FramedRecord &out, size_t end, const QString &error)
{
    const char *b = m_buffer.get();
    const QString reason = error.isEmpty() ? m_malformed : error;
    // A repaired record too: whether its end is seen before the size check depends on buffers.
    if (error.isEmpty() && qint64(end - m_recStart) > m_options.maxRecordBytes)
        return tooLarge(out);
    out.data = b + m_recStart;
    out.spanBytes = qint64(end - m_recStart);
    out.size = reason.isEmpty() ? out.spanBytes : std::min(out.spanBytes, m_options.previewBytes);
    out.ordinal = m_recOrdinal;
    out.line = m_recLine;
    out.offset = m_base + qint64(m_recStart);
    out.error = reason;
    out.newlines = 0;
    if (reason.isEmpty()) {
        // Counted now rather than when the next record starts (the same bytes, once): the reader
        // needs to know whether the record is pretty-printed.
        countLines(end);
        out.newlines = m_line - m_recLine;
        ++m_goodRecords;
        m_goodColumn = m_recColumn;
        m_goodFirst = m_recFirst;
        if (m_goodRecords <= 100 && out.newlines > 0)
            m_multiLine = true;
        m_newlineSincePrevious = false;
    } else {
        // Line sharing is learnt from good records only.
        m_newlineSincePrevious = true;
    }
    m_pos = end;
    m_state = State::Between;
    return Status::Record;
}

RecordFramer::Step RecordFramer::tooLarge(FramedRecord &out)
{
    // Decided at a fixed distance from the record's start, whether the record ended inside the
    // buffer or not, so that framing never depends on buffer sizes (resume counts on ordinals).
    return resync(
        out, m_recStart + size_t(m_options.maxRecordBytes) + 1,
        tr("the record is larger than %1 bytes (the maximum record size)").arg(m_options.maxRecordBytes));
}

void RecordFramer::ensureAhead(size_t &pos, size_t bytes)
{
    while (!m_eof && m_end < pos + bytes) {
        const size_t fromRecord = pos - m_recStart;
        refill();
        pos = m_recStart + fromRecord;
    }
}

bool RecordFramer::isCandidateStart(char c, qint64 column) const
{
    const qint64 maxColumn = m_goodColumn >= 0 ? m_goodColumn : m_recColumn;
    if (column > maxColumn)
        return false;
    if (c == '{' || c == '[')
        return true;
    if (m_goodFirst == '"')
        return c == '"';
    if (isNumberStart(m_goodFirst))
        return isNumberStart(c);
    if (m_goodFirst == 't' || m_goodFirst == 'f' || m_goodFirst == 'n')
        return c == 't' || c == 'f' || c == 'n';
    return false;
}

bool RecordFramer::followedByColon(size_t &pos)
{
    ensureAhead(pos, kColonProbe);
    const char *b = m_buffer.get();
    const size_t end = std::min(m_end, pos + kColonProbe);
    size_t q = pos;
    while (q < end && (b[q] == ' ' || b[q] == '\t' || b[q] == '\r' || b[q] == '\n'))
        ++q;
    return q < end && b[q] == ':';
}

bool RecordFramer::recordsShareLines(size_t &errorPos)
{
    if (m_sharedLines)
        return true;
    // Not known yet (first records): a record on a line that goes on far past the error is part of
    // a compact single-line array.
    ensureAhead(errorPos, kSharedLineProbe);
    const size_t probeEnd = std::min(m_end, errorPos + kSharedLineProbe);
    return std::memchr(m_buffer.get() + m_recStart, '\n', probeEnd - m_recStart) == nullptr;
}

RecordFramer::Step RecordFramer::fail(FramedRecord &out, size_t errorPos, const QString &reason)
{
    // An error more than maxRecordBytes into the record is seen only when the buffer happens to
    // reach it before step() finds the record too large: it is too large, whatever the buffers.
    if (qint64(errorPos - m_recStart) > m_options.maxRecordBytes)
        return tooLarge(out);
    return resync(out, errorPos, reason);
}

RecordFramer::Step RecordFramer::resync(FramedRecord &out, size_t errorPos, const QString &reason)
{
    // Framing goes on from inside the record, maybe from before where scanValue() counted lines
    // to (a record too large is found far past its limit): the count starts over there too.
    m_line = m_recLine;
    m_lineStartOffset = m_base + qint64(m_recStart) - m_recColumn;
    m_lineScanPos = m_recStart;
    const char *b = m_buffer.get();
    const qint64 errorLine = m_recLine + std::count(b + m_recStart, b + errorPos, '\n');
    const QString message = errorLine > m_recLine ? tr("%1 (line %2)").arg(reason).arg(errorLine) : reason;

    // A line inside the record that starts the way records start: the record really ended before
    // it (a missing bracket), so everything from there on is framed again.
    const char *end = b + errorPos;
    for (auto *nl = static_cast<const char *>(std::memchr(b + m_recStart, '\n', errorPos - m_recStart)); nl;
         nl = static_cast<const char *>(std::memchr(nl + 1, '\n', size_t(end - nl - 1)))) {
        const char *q = nl + 1;
        while (q < end && (*q == ' ' || *q == '\t'))
            ++q;
        if (q < end && isCandidateStart(*q, q - nl - 1))
            return emitRecord(out, size_t(q - b), message);
    }

    // Otherwise skip forward to such a line, keeping only a preview of the skipped text.
    m_skipOffset = m_base + qint64(m_recStart);
    m_preview.assign(b + m_recStart,
                     size_t(std::min<qint64>(qint64(errorPos - m_recStart), m_options.previewBytes)));
    m_previewIndent = 0;
    m_malformed = message;
    m_pos = errorPos;
    m_state = State::SkipToLine;
    return std::nullopt;
}

size_t RecordFramer::keepPreview(size_t from, size_t to)
{
    const size_t room =
        size_t(m_options.previewBytes) - std::min(m_preview.size(), size_t(m_options.previewBytes));
    const size_t n = std::min(room, to - from);
    m_preview.append(m_buffer.get() + from, n);
    return n;
}

RecordFramer::Status RecordFramer::finishSkip(FramedRecord &out, size_t resumeAt)
{
    // The indentation of the line framing resumes at is not the reject's text, whether or not a
    // buffer boundary made us keep part of it before the line's first byte was seen.
    m_preview.resize(m_preview.size() - m_previewIndent);
    m_previewIndent = 0;
    out.data = m_preview.data();
    out.size = qint64(m_preview.size());
    out.spanBytes = m_base + qint64(resumeAt) - m_skipOffset;
    out.ordinal = m_recOrdinal;
    out.line = m_recLine;
    out.newlines = 0;
    out.offset = m_skipOffset;
    out.error = m_malformed;
    m_pos = resumeAt;
    m_state = State::Between;
    m_newlineSincePrevious = true;
    return Status::Record;
}

RecordFramer::Step RecordFramer::atEndOfData(FramedRecord &out)
{
    if (inRecord() && !m_source.error().isNull()) {
        // The record was cut by the failure (a truncated .gz, a file that shrank), not by its
        // author: no reject for it, the file's error says what happened.
        m_state = State::Done;
        return Status::Failed;
    }
    switch (m_state) {
    case State::Token:
        if (isScalarStart(m_recFirst))
            return emitRecord(out, m_end);
        return fail(out, m_end, tr("unexpected text between records"));
    case State::Container:
    case State::String:
        return fail(out, m_end, tr("the data ends inside this record (truncated record)"));
    case State::SkipToLine:
    case State::SkipLineStart:
        return finishSkip(out, m_end);
    case State::Start:
    case State::Between:
    case State::Done:
        break;
    }
    m_state = State::Done;
    return m_source.error().isNull() ? Status::End : Status::Failed;
}

RecordFramer::Status RecordFramer::next(FramedRecord &out)
{
    if (m_state == State::Start)
        detect();
    for (;;) {
        if (const Step s = step(out))
            return *s;
    }
}

RecordFramer::Step RecordFramer::step(FramedRecord &out)
{
    if (m_state == State::Done)
        return m_source.error().isNull() ? Status::End : Status::Failed;
    if (m_pos >= m_end) {
        if (inRecord() && qint64(m_end - m_recStart) > m_options.maxRecordBytes)
            return tooLarge(out);
        if (!refill())
            return atEndOfData(out);
        return std::nullopt;
    }

    const char *b = m_buffer.get();
    const char *p = b + m_pos;
    const char *e = b + m_end;
    switch (m_state) {
    case State::Between: {
        char c = 0;
        for (; p < e; ++p) {
            c = *p;
            if (c == '\n')
                m_newlineSincePrevious = true;
            else if (c != ' ' && c != '\t' && c != '\r' && c != ',')
                break;
        }
        m_pos = size_t(p - b);
        if (p == e)
            return std::nullopt;
        if (c == ']' && m_outerArray) {
            m_outerArray = false;
            m_arrayClosed = true;
            ++m_pos;
            return std::nullopt;
        }
        startRecord(c);
        if (c == ']' || c == '}')
            return fail(out, m_pos, tr("unexpected '%1' between records").arg(QLatin1Char(c)));
        return std::nullopt;
    }
    case State::String:
    case State::Container:
        return scanValue(out);
    case State::Token: {
        while (p < e && kTokenEnd[uint8_t(*p)] == 0)
            ++p;
        m_pos = size_t(p - b);
        if (p == e)
            return std::nullopt;
        if (isScalarStart(m_recFirst))
            return emitRecord(out, m_pos);
        return fail(out, m_pos, tr("unexpected text between records"));
    }
    case State::SkipToLine: {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(e - p)));
        const size_t next = nl ? size_t(nl + 1 - b) : m_end;
        keepPreview(m_pos, next);
        m_pos = next;
        if (nl) {
            m_skipColumn = 0;
            m_previewIndent = 0;
            m_state = State::SkipLineStart;
        }
        return std::nullopt;
    }
    case State::SkipLineStart: {
        while (p < e && (*p == ' ' || *p == '\t')) {
            ++p;
            ++m_skipColumn;
        }
        if (p < e && isCandidateStart(*p, m_skipColumn))
            return finishSkip(out, size_t(p - b));
        m_previewIndent += keepPreview(m_pos, size_t(p - b));
        m_pos = size_t(p - b);
        if (p < e) {
            m_previewIndent = 0; // not a record's start: the line is part of the reject
            m_state = State::SkipToLine;
        }
        return std::nullopt;
    }
    case State::Start:
    case State::Done:
        break;
    }
    return std::nullopt;
}

// Inside an object or array (or a top-level string): the hot loop.
RecordFramer::Step RecordFramer::scanValue(FramedRecord &out)
{
    const char *b = m_buffer.get();
    const char *p = b + m_pos;
    const char *e = b + m_end;
    if (m_escape) {
        // The previous buffer ended with a backslash: this byte is the escaped one.
        m_escape = false;
        if (m_state == State::String) {
            if (*p == '\n')
                return fail(out, m_pos, tr("a line ends inside a string (unterminated string)"));
            ++p;
        } else if (*p == '"' || *p == '\\') {
            ++p; // a backslash outside a string: see below
        }
    }
    for (;;) {
        if (m_state == State::String) {
            while (p < e && kStringBytes[uint8_t(*p)] == 0)
                ++p;
            if (p == e)
                break;
            if (*p == '"') {
                ++p;
                if (!m_stringTopLevel) {
                    m_state = State::Container;
                    continue;
                }
                m_stringTopLevel = false;
                size_t end = size_t(p - b);
                if (followedByColon(end))
                    return fail(out, end,
                                tr("a key outside an object (a record's opening brace is missing?)"));
                return emitRecord(out, end);
            }
            if (*p == '\\') {
                if (p + 1 == e) {
                    m_escape = true;
                    p = e;
                    break;
                }
                if (p[1] != '\n') {
                    p += 2;
                    continue;
                }
                ++p;
            }
            m_stringTopLevel = false;
            return fail(out, size_t(p - b), tr("a line ends inside a string (unterminated string)"));
        }

        // Whole 64-byte blocks: strings and escapes without a branch, only brackets one by one.
        // Lines are counted here too, once the count has caught up with p: counting them in a
        // second pass over each record (countLines) cost pretty-printed files 5% of the reader.
        uint64_t prevEscaped = 0;
        uint64_t prevInString = 0;
        if (e - p >= 64 && m_lineScanPos < size_t(p - b))
            countLines(size_t(p - b));
        const bool countHere = m_lineScanPos == size_t(p - b);
        while (e - p >= 64) {
            const BlockMasks m = blockMasks(p);
            const uint64_t escaped = escapedChars(m.backslash, prevEscaped);
            const uint64_t inString = prefixXor(m.quote & ~escaped) ^ prevInString;
            prevInString = uint64_t(int64_t(inString) >> 63);
            // A raw newline inside a string: the scalar path below reports it.
            const uint64_t brokenString = m.newline & inString;
            const uint64_t limit = brokenString ? (brokenString & (0 - brokenString)) - 1 : ~uint64_t(0);
            uint64_t brackets = (m.open | m.close) & ~inString & limit;
            bool handOver = false;
            while (brackets) {
                const int i = std::countr_zero(brackets);
                const char c = p[i];
                if (c == '{' || c == '[') {
                    m_stack.push_back(c);
                } else if (m_stack.back() == (c == '}' ? '{' : '[')) {
                    m_stack.pop_back();
                    if (m_stack.empty()) {
                        const size_t end = size_t(p - b) + size_t(i) + 1;
                        if (countHere) // the newlines before the bracket (i < 64: no overflow)
                            addBlockLines(m.newline & ((uint64_t(1) << i) - 1), size_t(p - b), end);
                        return emitRecord(out, end);
                    }
                } else {
                    p += i; // a mismatch: the scalar path decides
                    prevInString = 0;
                    prevEscaped = 0;
                    handOver = true;
                    break;
                }
                brackets &= brackets - 1;
            }
            if (handOver)
                break;
            if (brokenString) {
                p += std::countr_zero(brokenString);
                m_state = State::String;
                prevInString = 0;
                prevEscaped = 0;
                break;
            }
            if (countHere)
                addBlockLines(m.newline, size_t(p - b), size_t(p - b) + 64);
            p += 64;
        }
        if (prevInString) {
            // The last block ended inside a string: the scalar path finishes it.
            m_state = State::String;
            if (prevEscaped) {
                if (p == e) {
                    m_escape = true;
                    break;
                }
                if (*p == '\n')
                    return fail(out, size_t(p - b), tr("a line ends inside a string (unterminated string)"));
                ++p;
            }
            continue;
        }
        if (m_state == State::String)
            continue;
        if (prevEscaped) {
            // The last block ended with a backslash outside a string: it escapes this byte.
            if (p == e) {
                m_escape = true;
                break;
            }
            if (*p == '"' || *p == '\\')
                ++p;
            continue;
        }

        while (p < e && kContainerBytes[uint8_t(*p)] == 0)
            ++p;
        if (p == e)
            break;
        const char c = *p;
        if (c == '\\') {
            // Never valid outside a string, but the block path above takes it as simdjson does,
            // as escaping the next quote or backslash (brackets stay brackets), so this path must
            // too: framing may not depend on where blocks and buffers begin.
            if (p + 1 == e) {
                m_escape = true;
                p = e;
                break;
            }
            p += (p[1] == '"' || p[1] == '\\') ? 2 : 1;
            continue;
        }
        if (c == '"') {
            ++p;
            m_state = State::String;
            continue;
        }
        if (c == '{' || c == '[') {
            m_stack.push_back(c);
            ++p;
            continue;
        }
        const char open = c == '}' ? '{' : '[';
        if (m_stack.back() == open) {
            m_stack.pop_back();
            ++p;
            if (m_stack.empty())
                return emitRecord(out, size_t(p - b));
            continue;
        }
        // A mismatched bracket.
        size_t at = size_t(p - b);
        const QString what = tr("mismatched '%1'").arg(QLatin1Char(c));
        if (!recordsShareLines(at))
            return fail(out, at, what);
        // Repaired in place: the looking ahead may have moved the buffer.
        b = m_buffer.get();
        p = b + at;
        e = b + m_end;
        if (m_malformed.isEmpty())
            m_malformed = what;
        const auto opener = std::find(m_stack.rbegin(), m_stack.rend(), open);
        if (opener == m_stack.rend()) // the bracket closes something outside this record
            return emitRecord(out, at);
        m_stack.resize(size_t(m_stack.rend() - opener) - 1);
        ++p;
        if (m_stack.empty())
            return emitRecord(out, size_t(p - b));
    }
    m_pos = m_end;
    return std::nullopt;
}

Framing RecordFramer::framing() const
{
    if (m_arraySeen)
        return (m_state == State::Done && !m_arrayClosed) ? Framing::UnclosedArray : Framing::Array;
    if (m_state == State::Start)
        return Framing::Unknown;
    if (m_ordinal == 0)
        return m_state == State::Done ? Framing::Empty : Framing::Unknown;
    return (m_sharedLines || m_multiLine) ? Framing::Concatenated : Framing::JsonLines;
}

} // namespace pjl
