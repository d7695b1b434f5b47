#include "jsoncompactor.h"

#include "jsonblockbits.h"

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define PJL_COMPACT_SSE2 1
#endif

namespace pjl {

namespace {

// The bytes of one 64-byte block that matter here, one bit per byte.
struct BlockMasks
{
    uint64_t quote = 0;
    uint64_t backslash = 0;
    uint64_t space = 0;       // ' ' '\n' '\t' '\r', JSON's whitespace
    uint64_t punctuation = 0; // { } [ ] , :
};

BlockMasks blockMasks(const char *p)
{
    BlockMasks m;
#ifdef PJL_COMPACT_SSE2
    const __m128i lowerBit = _mm_set1_epi8(0x20); // '[' | 0x20 == '{', ']' | 0x20 == '}'
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
        const __m128i folded = _mm_or_si128(v, lowerBit);
        const auto bits = [&](__m128i eq) { return uint64_t(uint16_t(_mm_movemask_epi8(eq))) << (16 * k); };
        const auto is = [&](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
        m.quote |= bits(is('"'));
        m.backslash |= bits(is('\\'));
        m.space |= bits(_mm_or_si128(_mm_or_si128(is(' '), is('\n')), _mm_or_si128(is('\t'), is('\r'))));
        m.punctuation |= bits(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{')),
                                                        _mm_cmpeq_epi8(folded, _mm_set1_epi8('}'))),
                                           _mm_or_si128(is(','), is(':'))));
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
        case ' ':
        case '\n':
        case '\t':
        case '\r':
            m.space |= bit;
            break;
        case '{':
        case '}':
        case '[':
        case ']':
        case ',':
        case ':':
            m.punctuation |= bit;
            break;
        default:
            break;
        }
    }
#endif
    return m;
}

// Copies n <= 64 bytes: 32 whatever n is (most runs are shorter: no branch to mispredict), then
// 16 at a time. Up to 31 bytes more are read and written.
inline void copyRun(char *dst, const char *src, unsigned n)
{
#ifdef PJL_COMPACT_SSE2
    const auto copy16 = [&](unsigned k) {
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + k),
                         _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + k)));
    };
    copy16(0);
    copy16(16);
    for (unsigned k = 32; k < n; k += 16)
        copy16(k);
#else
    std::memcpy(dst, src, n);
#endif
}

inline bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// Whitespace next to these may go: they end or start a token by themselves.
inline bool isPunctuation(char c)
{
    switch (c) {
    case '{':
    case '}':
    case '[':
    case ']':
    case ',':
    case ':':
    case '"':
        return true;
    default:
        return false;
    }
}

} // namespace

size_t JsonCompactor::compact(const char *data, size_t size, char *out)
{
    // 64 bytes at a time without a branch per token: which bytes are in strings (simdjson's
    // method, as RecordFramer's scan), then the runs of bytes kept are copied: 1.5 times the
    // speed of a loop that stops at every quote and space, which ran no faster than the
    // canonicalizer (bench/RESULTS.md, 2026-11-27 07:20). Whitespace between two tokens that are
    // not strings nor punctuation ("1 2") never occurs in valid JSON: when it does, compactExact()
    // decides byte by byte.
    char *o = out;
    uint64_t prevEscaped = 0;
    uint64_t prevInString = 0;
    uint64_t prevOther = 0; // the previous block ended with a byte of a number or literal
    uint64_t prevCarry = 0; // ... and whitespace after it runs on into this block
    for (size_t i = 0; i < size; i += 64) {
        const char *p = data + i;
        const BlockMasks m = blockMasks(p);
        const uint64_t valid = size - i >= 64 ? ~uint64_t(0) : (uint64_t(1) << (size - i)) - 1;
        const uint64_t quote = m.quote & ~escapedChars(m.backslash, prevEscaped);
        const uint64_t inString = prefixXor(quote) ^ prevInString; // opening quote and contents
        prevInString = uint64_t(int64_t(inString) >> 63);
        const uint64_t space = m.space & ~inString & valid;
        // Numbers, literals and whatever else is not JSON (a quote escaped outside a string counts
        // as a quote, as in compactExact()).
        const uint64_t other = ~(m.space | m.punctuation | m.quote | inString);

        // A run of whitespace after an "other" byte, pushed by a carry to the byte after it: is
        // that one "other" too?
        const uint64_t seeds = space & (other << 1 | prevOther);
        uint64_t sum = space + seeds;
        uint64_t carry = sum < space;
        sum += prevCarry;
        carry |= sum < prevCarry;
        if (sum & ~space & other & valid)
            return compactExact(data, size, out);
        prevCarry = carry;
        prevOther = other >> 63;

        uint64_t keep = ~space & valid;
        if (keep == ~uint64_t(0)) {
            copyRun(o, p, 64);
            o += 64;
            continue;
        }
        while (keep) {
            const unsigned begin = unsigned(std::countr_zero(keep));
            const uint64_t from = keep >> begin;
            const unsigned length = ~from ? unsigned(std::countr_zero(~from)) : 64 - begin;
            copyRun(o, p + begin, length);
            o += length;
            const unsigned stop = begin + length;
            keep = stop < 64 ? keep & (~uint64_t(0) << stop) : 0;
        }
    }
    return size_t(o - out);
}

size_t JsonCompactor::compactExact(const char *data, size_t size, char *out)
{
    const char *p = data;
    const char *const end = data + size;
    char *o = out;
    bool inString = false;
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            inString = !inString;
        } else if (c == '\\') {
            // A backslash escapes a quote or a backslash after it, in a string or not (so does
            // compact(), which knows no more than the bytes).
            *o++ = *p++;
            if (p < end && (*p == '"' || *p == '\\'))
                *o++ = *p++;
            continue;
        } else if (!inString && isWhitespace(c)) {
            const char *run = p;
            while (p < end && isWhitespace(*p))
                ++p;
            if (o != out && p != end && !isPunctuation(o[-1]) && !isPunctuation(*p)) {
                // Between two other tokens: kept as written, so they stay two (and stay refused).
                std::memcpy(o, run, size_t(p - run));
                o += p - run;
            }
            continue;
        }
        *o++ = *p++;
    }
    return size_t(o - out);
}

} // namespace pjl
