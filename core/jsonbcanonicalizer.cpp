#include "jsonbcanonicalizer.h"

#include "jsonvalidator.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define PJL_CANON_SSE2 1
#endif

namespace pjl {

// Hand-written rather than simdjson: its DOM unescapes strings and converts numbers (we must copy
// both byte for byte), and ondemand would still need a second walk to reorder. The input has been
// validated, so one cheap pass that records where each value starts and ends is enough.

namespace {

enum Kind : uint8_t
{
    Scalar,
    String,
    Object,
    Array
};
enum Flag : uint8_t
{
    Clean = 1,
    Escaped = 2
};

// The 16 MB a typical run never reaches; after a bigger record the buffers are given back.
constexpr size_t kKeepCapacity = 16 << 20;
// Insertion sort below this many members: objects are small, and often nearly sorted already.
constexpr size_t kInsertionSortMax = 24;

constexpr std::array<bool, 256> makeTable(const char *chars)
{
    std::array<bool, 256> table{};
    for (const char *c = chars; *c; ++c)
        table[static_cast<unsigned char>(*c)] = true;
    return table;
}
constexpr std::array<bool, 256> kWhitespace = makeTable(" \t\n\r");
constexpr std::array<bool, 256> kNumberChar = makeTable("0123456789+-.eE");

inline bool isWhitespace(char c)
{
    return kWhitespace[static_cast<unsigned char>(c)];
}

// Position of the closing quote of the string whose opening quote is at p, or nullptr when the
// input ends first. Sets *escaped when the string holds a backslash. Reads up to 15 bytes past
// end: the caller guarantees JsonValidator::kPadding.
inline const char *stringEnd(const char *p, const char *end, bool *escaped)
{
    ++p;
#ifdef PJL_CANON_SSE2
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (p < end) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const unsigned quotes = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, quote)));
        const unsigned backslashes = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, backslash)));
        if (backslashes) {
            const unsigned firstBackslash = unsigned(std::countr_zero(backslashes));
            if (!quotes || unsigned(std::countr_zero(quotes)) > firstBackslash) {
                *escaped = true;
                p += firstBackslash + 2; // the backslash and the byte it escapes
                continue;
            }
        }
        if (quotes) {
            const char *q = p + std::countr_zero(quotes);
            return q < end ? q : nullptr;
        }
        p += 16;
    }
    return nullptr;
#else
    while (p < end) {
        if (*p == '"')
            return p;
        if (*p == '\\') {
            *escaped = true;
            ++p;
        }
        ++p;
    }
    return nullptr;
#endif
}

// The first byte at or after p that is not whitespace, or end. Pretty-printed records put a
// newline and a row of spaces before every member: 16 bytes at a time rather than a byte each
// (on the GitHub events, indented by 8, 4% fewer instructions in all; more the deeper the
// indentation). Reads up to 15 bytes past end, like stringEnd().
inline const char *skipSpaces(const char *p, const char *end)
{
#ifdef PJL_CANON_SSE2
    while (p < end) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i space = _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(' ')),
                                           _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\n')));
        const __m128i control = _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('\t')),
                                             _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\r')));
        const unsigned other = ~unsigned(_mm_movemask_epi8(_mm_or_si128(space, control))) & 0xFFFFu;
        if (other)
            return std::min(p + std::countr_zero(other), end); // the padding is not the record
        p += 16;
    }
    return end;
#else
    while (p < end && isWhitespace(*p))
        ++p;
    return p;
#endif
}

// memcpy for the short pieces the emitter copies (a key, a number, a member), inline: a libc
// call costs more than copying them. Overlapping loads and stores, never beyond dst + n.
inline void copyBytes(char *dst, const char *src, size_t n)
{
    if (n >= 16) {
        if (n > 32) {
            std::memcpy(dst, src, n);
            return;
        }
#ifdef PJL_CANON_SSE2
        const __m128i head = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src));
        const __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + n - 16));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst), head);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + n - 16), tail);
#else
        std::memcpy(dst, src, n);
#endif
    } else if (n >= 8) {
        uint64_t head, tail;
        std::memcpy(&head, src, 8);
        std::memcpy(&tail, src + n - 8, 8);
        std::memcpy(dst, &head, 8);
        std::memcpy(dst + n - 8, &tail, 8);
    } else if (n >= 4) {
        uint32_t head, tail;
        std::memcpy(&head, src, 4);
        std::memcpy(&tail, src + n - 4, 4);
        std::memcpy(dst, &head, 4);
        std::memcpy(dst + n - 4, &tail, 4);
    } else if (n > 0) {
        dst[0] = src[0];
        dst[n / 2] = src[n / 2];
        dst[n - 1] = src[n - 1];
    }
}

inline uint64_t byteSwap(uint64_t v)
{
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_bswap64(v);
#else
    v = ((v & 0x00FF00FF00FF00FFULL) << 8) | ((v >> 8) & 0x00FF00FF00FF00FFULL);
    v = ((v & 0x0000FFFF0000FFFFULL) << 16) | ((v >> 16) & 0x0000FFFF0000FFFFULL);
    return (v << 32) | (v >> 32);
#endif
}

// jsonb's key order: length first, then bytes. Keys of up to 8 bytes (most of them) compared as
// big-endian words: reading 8 bytes is safe, as the input is padded and so is m_decoded.
inline int compareKeys(const char *a, uint32_t aLength, const char *b, uint32_t bLength)
{
    if (aLength != bLength)
        return aLength < bLength ? -1 : 1;
    if (aLength > 8)
        return std::memcmp(a, b, aLength);
    uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if constexpr (std::endian::native == std::endian::little) {
        x = byteSwap(x);
        y = byteSwap(y);
    }
    const unsigned unused = 64 - 8 * aLength; // 64 for an empty key: shifting by it is undefined
    if (unused == 64)
        return 0;
    x >>= unused;
    y >>= unused;
    return x == y ? 0 : (x < y ? -1 : 1);
}

unsigned hexValue(const char *p)
{
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        value = value * 16 + unsigned(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return value;
}

char *appendUtf8(char *out, unsigned code)
{
    if (code < 0x80) {
        *out++ = char(code);
    } else if (code < 0x800) {
        *out++ = char(0xC0 | (code >> 6));
        *out++ = char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        *out++ = char(0xE0 | (code >> 12));
        *out++ = char(0x80 | ((code >> 6) & 0x3F));
        *out++ = char(0x80 | (code & 0x3F));
    } else {
        *out++ = char(0xF0 | (code >> 18));
        *out++ = char(0x80 | ((code >> 12) & 0x3F));
        *out++ = char(0x80 | ((code >> 6) & 0x3F));
        *out++ = char(0x80 | (code & 0x3F));
    }
    return out;
}

} // namespace

bool JsonbCanonicalizer::scan(const char *data, size_t size)
{
    // Driven by the grammar (gotos between its states) rather than by a switch on every byte:
    // after a key comes ':', after a value ',' or a closing bracket, so branches predict well.
    if (m_open.size() < kMaxDepth)
        m_open.resize(kMaxDepth);
    Open *const stack = m_open.data();
    size_t depth = 0; // open containers: stack[depth - 1] is the innermost
    const char *p = data;
    const char *const end = data + size;
    const auto skipWhitespace = [&] {
        if (p < end && isWhitespace(*p)) {
            p = skipSpaces(p + 1, end);
            if (depth)
                stack[depth - 1].clean = false;
        }
    };
    // The tape as a raw array (m_tape is its storage, m_tapeSize its length): a push_back per
    // token would cost a third of the scan.
    Token *tape = m_tape.data();
    uint32_t count = 0;
    const auto token = [&](const char *begin, const char *stop, uint8_t kind, uint8_t flags) {
        if (count == m_tape.size()) {
            m_tape.resize(std::max<size_t>(256, 2 * m_tape.size()));
            tape = m_tape.data();
        }
        Token &t = tape[count];
        t.begin = uint32_t(begin - data);
        t.length = uint32_t(stop - begin);
        t.next = count + 1;
        t.kind = kind;
        t.flags = flags;
        return count++;
    };

    skipWhitespace();
value:
    if (p >= end)
        return false;
    switch (*p) {
    case '{':
    case '[': {
        if (depth == kMaxDepth)
            return false;
        const bool object = *p == '{';
        stack[depth++] = {count, object, true, 0};
        token(p, p, object ? Object : Array, 0);
        ++p;
        skipWhitespace();
        if (p < end && (*p == '}' || *p == ']'))
            goto close;
        if (object)
            goto key;
        goto value;
    }
    case '"': {
        bool escaped = false;
        const char *q = stringEnd(p, end, &escaped);
        if (!q)
            return false;
        token(p, q + 1, String, escaped ? Escaped : 0);
        p = q + 1;
        goto next;
    }
    default: {
        // A number or a literal: nothing else is left in valid JSON.
        const char *q = p;
        if (*p == 't' || *p == 'n')
            q += 4;
        else if (*p == 'f')
            q += 5;
        else
            while (q < end && kNumberChar[static_cast<unsigned char>(*q)])
                ++q;
        if (q == p || q > end)
            return false;
        token(p, q, Scalar, 0);
        p = q;
        goto next;
    }
    }
key : {
    bool escaped = false;
    const char *q = p < end && *p == '"' ? stringEnd(p, end, &escaped) : nullptr;
    if (!q)
        return false;
    Open &open = stack[depth - 1];
    const uint32_t index = token(p, q + 1, String, escaped ? Escaped : 0);
    if (open.previousKey && open.clean) {
        // Escaped keys are compared de-escaped, when emitted: here they only send their object
        // down the sorting path.
        const Token &previous = tape[open.previousKey];
        const Token &key = tape[index];
        if ((previous.flags | key.flags) & Escaped ||
            compareKeys(data + previous.begin, previous.length, data + key.begin, key.length) >= 0)
            open.clean = false;
    }
    open.previousKey = index;
    p = q + 1;
    skipWhitespace();
    if (p >= end || *p != ':')
        return false;
    ++p;
    skipWhitespace();
    goto value;
}
next:
    skipWhitespace();
    if (depth == 0) {
        m_tapeSize = count;
        return p == end;
    }
    if (p >= end)
        return false;
    if (*p == ',') {
        ++p;
        skipWhitespace();
        if (stack[depth - 1].object)
            goto key;
        goto value;
    }
close : {
    // The bracket must match: the emitter writes brackets by kind, and would repair "[1}".
    if (p >= end || *p != (stack[depth - 1].object ? '}' : ']'))
        return false;
    const Open &open = stack[--depth];
    Token &t = tape[open.token];
    t.length = uint32_t(p + 1 - data) - t.begin;
    t.next = count;
    if (open.clean)
        t.flags = Clean;
    else if (depth)
        stack[depth - 1].clean = false;
    ++p;
    goto next;
}
}

const char *JsonbCanonicalizer::decodeKey(const char *data, const Token &key, uint32_t *length)
{
    // Capacity for the whole record was reserved: earlier keys' pointers stay valid.
    char *const begin = m_decoded.data() + m_decodedUsed;
    char *out = begin;
    const char *p = data + key.begin + 1;
    const char *const end = data + key.begin + key.length - 1;
    while (p < end) {
        if (*p != '\\') {
            *out++ = *p++;
            continue;
        }
        const char c = p[1];
        p += 2;
        switch (c) {
        case 'b':
            *out++ = '\b';
            break;
        case 'f':
            *out++ = '\f';
            break;
        case 'n':
            *out++ = '\n';
            break;
        case 'r':
            *out++ = '\r';
            break;
        case 't':
            *out++ = '\t';
            break;
        case 'u': {
            unsigned code = hexValue(p);
            p += 4;
            // The validator let through only high surrogates followed by a low one.
            if (code >= 0xD800 && code <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                code = 0x10000 + ((code - 0xD800) << 10) + (hexValue(p + 2) - 0xDC00);
                p += 6;
            }
            out = appendUtf8(out, code);
            break;
        }
        default: // '"', '\\', '/'
            *out++ = c;
            break;
        }
    }
    *length = uint32_t(out - begin);
    m_decodedUsed += size_t(out - begin);
    return begin;
}

char *JsonbCanonicalizer::emit(const char *data, uint32_t index, char *out)
{
    const Token &t = m_tape[index];
    if (t.kind < Object || (t.flags & Clean)) {
        copyBytes(out, data + t.begin, t.length);
        return out + t.length;
    }
    if (t.kind == Object)
        return emitObject(data, index, out);
    const uint32_t next = t.next;
    *out++ = '[';
    for (uint32_t i = index + 1; i < next; i = m_tape[i].next) {
        if (i != index + 1)
            *out++ = ',';
        out = emit(data, i, out);
    }
    *out++ = ']';
    return out;
}

char *JsonbCanonicalizer::emitObject(const char *data, uint32_t index, char *out)
{
    // m_members holds one entry per key of the record (sized by canonicalize()): the members of
    // this object and of its enclosing objects, never moved while a deeper level runs.
    const uint32_t next = m_tape[index].next;
    if (next == index + 1) {
        // No members (an empty object with whitespace inside). m_members may have no storage yet
        // (a record that is just "{ }"), and first + 1 below would be arithmetic on nullptr.
        *out++ = '{';
        *out++ = '}';
        return out;
    }
    const size_t base = m_membersUsed;
    Member *const first = m_members.data() + base;
    Member *last = first;
    uint32_t ordinal = 0;
    for (uint32_t i = index + 1; i < next; i = m_tape[i + 1].next, ++last) {
        const Token &key = m_tape[i];
        last->keyToken = i;
        last->ordinal = ordinal++;
        if (key.flags & Escaped) {
            last->key = decodeKey(data, key, &last->keyLength);
        } else {
            last->key = data + key.begin + 1;
            last->keyLength = key.length - 2;
        }
    }
    const size_t count = size_t(last - first);
    m_membersUsed = base + count;
    // Equal keys: the later member first, so the first of each run is the one jsonb keeps.
    const auto less = [](const Member &a, const Member &b) {
        const int c = compareKeys(a.key, a.keyLength, b.key, b.keyLength);
        return c < 0 || (c == 0 && a.ordinal > b.ordinal);
    };
    if (size_t(last - first) <= kInsertionSortMax) {
        for (Member *i = first + 1; i < last; ++i) {
            const Member m = *i;
            Member *j = i;
            for (; j > first && less(m, j[-1]); --j)
                *j = j[-1];
            *j = m;
        }
    } else {
        std::sort(first, last, less);
    }

    *out++ = '{';
    for (size_t k = 0; k < count; ++k) {
        const Member &m = first[k];
        if (k > 0) {
            const Member &kept = first[k - 1];
            if (compareKeys(kept.key, kept.keyLength, m.key, m.keyLength) == 0) {
                m_droppedDuplicate = true;
                continue;
            }
            *out++ = ',';
        }
        const Token &key = m_tape[m.keyToken];
        const Token &value = m_tape[m.keyToken + 1];
        const bool asWritten = value.kind < Object || (value.flags & Clean);
        if (asWritten && value.begin == key.begin + key.length + 1) {
            // "key":value with nothing in between: one copy.
            const uint32_t length = value.begin + value.length - key.begin;
            copyBytes(out, data + key.begin, length);
            out += length;
            continue;
        }
        copyBytes(out, data + key.begin, key.length);
        out += key.length;
        *out++ = ':';
        if (asWritten) { // "key": value, as pretty-printers write it: no call to emit() for it
            copyBytes(out, data + value.begin, value.length);
            out += value.length;
        } else {
            out = emit(data, m.keyToken + 1, out);
        }
    }
    *out++ = '}';
    m_membersUsed = base;
    return out;
}

void JsonbCanonicalizer::release(size_t size)
{
    if (size <= kKeepCapacity)
        return;
    m_tape = {};
    m_tapeSize = 0;
    m_members = {};
    m_decoded = {};
    m_inPlace = {};
}

size_t JsonbCanonicalizer::emitRoot(const char *data, size_t size, char *out)
{
    if (m_decoded.size() < size + 8)
        m_decoded.resize(size + 8); // de-escaped keys are never longer than the record; + 8: compareKeys()
    m_decodedUsed = 0;
    if (m_members.size() < m_tapeSize / 2)
        m_members.resize(m_tapeSize / 2); // a key per two tokens at most
    m_membersUsed = 0;
    return size_t(emit(data, 0, out) - out);
}

std::optional<size_t> JsonbCanonicalizer::canonicalize(const char *data, size_t size, char *out)
{
    return rewrite(data, size, out, false);
}

std::optional<size_t> JsonbCanonicalizer::canonicalizeUnchecked(const char *data, size_t size, char *out)
{
    return rewrite(data, size, out, true);
}

std::optional<size_t> JsonbCanonicalizer::rewrite(const char *data, size_t size, char *out,
                                                  bool refuseDuplicates)
{
    std::optional<size_t> length;
    if (size < std::numeric_limits<uint32_t>::max() && scan(data, size)) {
        const Token &root = m_tape[0];
        if (root.kind < Object || (root.flags & Clean)) {
            std::memcpy(out, data + root.begin, root.length);
            length = root.length;
        } else {
            m_droppedDuplicate = false;
            length = emitRoot(data, size, out);
            if (refuseDuplicates && m_droppedDuplicate)
                length.reset();
        }
    }
    release(size);
    return length;
}

std::optional<size_t> JsonbCanonicalizer::canonicalizeInPlace(char *data, size_t size)
{
    return rewriteInPlace(data, size, false);
}

std::optional<size_t> JsonbCanonicalizer::canonicalizeUncheckedInPlace(char *data, size_t size)
{
    return rewriteInPlace(data, size, true);
}

std::optional<size_t> JsonbCanonicalizer::rewriteInPlace(char *data, size_t size, bool refuseDuplicates)
{
    std::optional<size_t> length;
    if (size < std::numeric_limits<uint32_t>::max() && scan(data, size)) {
        const Token &root = m_tape[0];
        if (root.kind < Object || (root.flags & Clean)) {
            // Already canonical but for surrounding whitespace.
            if (root.begin)
                std::memmove(data, data + root.begin, root.length);
            length = root.length;
        } else {
            if (m_inPlace.size() < size)
                m_inPlace.resize(size);
            m_droppedDuplicate = false;
            length = emitRoot(data, size, m_inPlace.data());
            if (refuseDuplicates && m_droppedDuplicate)
                length.reset();
            else
                std::memcpy(data, m_inPlace.data(), *length);
        }
    }
    release(size);
    return length;
}

static_assert(JsonValidator::kPadding >= 16, "stringEnd() and skipSpaces() read up to 15 bytes past the end");

} // namespace pjl
