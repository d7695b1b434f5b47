#include "jsoncompactor.h"

#include "jsonblockbits.h"

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define PJL_COMPACT_SSE2 1
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define PJL_COMPACT_VBMI2 1 // compiled for it whatever the build's target; used where the CPU has it
#endif

namespace pjl {

namespace {

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
        const char c = p[i];
        if (c == '"')
            m.quote |= bit;
        else if (c == '\\')
            m.backslash |= bit;
        else if (isWhitespace(c))
            m.space |= bit;
        else if (isPunctuation(c))
            m.punctuation |= bit;
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

// What the block scan carries from one 64-byte block to the next, and its decision for a block.
class BlockScan
{
public:
    // The bytes of the block to keep (bit i: byte i), or false where whitespace separates two
    // tokens that are neither strings nor punctuation ("1 2", never in valid JSON): then
    // compactExact() decides. left: the record's bytes from the block's start on.
    // prefix: prefixXor(), or the same by carry-less multiplication where the CPU has it.
    template<typename PrefixXor = uint64_t (*)(uint64_t)>
    bool next(const BlockMasks &m, size_t left, uint64_t &keep, PrefixXor prefix = prefixXor)
    {
        const uint64_t valid = left >= 64 ? ~uint64_t(0) : (uint64_t(1) << left) - 1;
        const uint64_t quote = m.quote & ~escapedChars(m.backslash, m_prevEscaped);
        const uint64_t inString = prefix(quote) ^ m_prevInString; // opening quote and contents
        m_prevInString = uint64_t(int64_t(inString) >> 63);
        const uint64_t space = m.space & ~inString & valid;
        // Numbers, literals and whatever else is not JSON (a quote escaped outside a string
        // counts as a quote, as in compactExact()).
        const uint64_t other = ~(m.space | m.punctuation | m.quote | inString);
        // A run of whitespace after an "other" byte, pushed by a carry to the byte after it: is
        // that one "other" too?
        const uint64_t seeds = space & (other << 1 | m_prevOther);
        uint64_t sum = space + seeds;
        const uint64_t carry = sum < space;
        sum += m_prevCarry;
        if (sum & ~space & other & valid)
            return false;
        m_prevCarry = carry | (sum < m_prevCarry);
        m_prevOther = other >> 63;
        keep = ~space & valid;
        return true;
    }

private:
    uint64_t m_prevEscaped = 0;
    uint64_t m_prevInString = 0;
    uint64_t m_prevOther = 0; // the previous block ended with a byte of a number or literal
    uint64_t m_prevCarry = 0; // ... and whitespace after it runs on into this block
};

} // namespace

size_t JsonCompactor::compact(const char *data, size_t size, char *out)
{
#ifdef PJL_COMPACT_VBMI2
    // AVX-512 VBMI2 compresses a block's kept bytes in one instruction, where the portable scan
    // copies them run by run (bench/RESULTS.md, 2026-11-27 08:35).
    static const bool vbmi2 = __builtin_cpu_supports("avx512vbmi2") && __builtin_cpu_supports("avx512bw") &&
                              __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("popcnt");
    if (vbmi2)
        return compactVbmi2(data, size, out);
#endif
    return compactPortable(data, size, out);
}

size_t JsonCompactor::compactPortable(const char *data, size_t size, char *out)
{
    // 64 bytes at a time without a branch per token: which bytes are in strings (simdjson's
    // method, as RecordFramer's scan), then the runs of bytes kept are copied: 1.5 times the
    // speed of a loop that stops at every quote and space, which ran no faster than the
    // canonicalizer (bench/RESULTS.md, 2026-11-27 07:20).
    char *o = out;
    BlockScan scan;
    for (size_t i = 0; i < size; i += 64) {
        const char *p = data + i;
        uint64_t keep = 0;
        if (!scan.next(blockMasks(p), size - i, keep))
            return compactExact(data, size, out);
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

#ifdef PJL_COMPACT_VBMI2
#define PJL_VBMI2_TARGET __attribute__((target("avx512f,avx512bw,avx512vbmi2,popcnt,pclmul")))

namespace {

PJL_VBMI2_TARGET inline uint64_t bytesEqual(__m512i v, char c)
{
    return _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(c));
}

// prefixXor() in one instruction: x times all ones, carry-less (as simdjson does).
PJL_VBMI2_TARGET inline uint64_t prefixXorClmul(uint64_t x)
{
    return uint64_t(
        _mm_cvtsi128_si64(_mm_clmulepi64_si128(_mm_set_epi64x(0, int64_t(x)), _mm_set1_epi8(-1), 0)));
}

} // namespace

PJL_VBMI2_TARGET size_t JsonCompactor::compactVbmi2(const char *data, size_t size, char *out)
{
    char *o = out;
    BlockScan scan;
    for (size_t i = 0; i < size; i += 64) {
        const __m512i v = _mm512_loadu_si512(data + i);
        const __m512i folded = _mm512_or_si512(v, _mm512_set1_epi8(0x20)); // '[' -> '{', ']' -> '}'
        BlockMasks m;
        m.quote = bytesEqual(v, '"');
        m.backslash = bytesEqual(v, '\\');
        m.space = bytesEqual(v, ' ') | bytesEqual(v, '\n') | bytesEqual(v, '\t') | bytesEqual(v, '\r');
        m.punctuation =
            bytesEqual(folded, '{') | bytesEqual(folded, '}') | bytesEqual(v, ',') | bytesEqual(v, ':');
        uint64_t keep = 0;
        if (!scan.next(m, size - i, keep, prefixXorClmul))
            return compactExact(data, size, out);
        // The register form: compressing straight to memory is microcoded and slow on AMD's cores.
        _mm512_storeu_si512(o, _mm512_maskz_compress_epi8(keep, v));
        o += _mm_popcnt_u64(keep);
    }
    return size_t(o - out);
}
#endif

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
