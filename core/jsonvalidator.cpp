#include "jsonvalidator.h"

#include "pgjsonrules.h"

#include <simdjson.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define PJL_VALIDATOR_SSE2 1
#endif

using namespace Qt::StringLiterals;

namespace pjl {

static_assert(JsonValidator::kPadding >= simdjson::SIMDJSON_PADDING);

namespace {
// PostgreSQL's default 2 MB stack takes about 10,000 levels; deeper records go to the server,
// which accepts or rejects them itself.
constexpr size_t kMaxDepth = 16384;
// After a huge record, a fresh parser gives the memory back.
constexpr size_t kKeepCapacity = 16 << 20;
// A record up to this long cannot hold a literal with more than numeric's 16383 decimals.
constexpr size_t kShortRecordBytes = 16000;

// The two rare things a valid record needs a closer look for, found in one pass: a \u escape
// (PostgreSQL refuses \u0000 and unpaired surrogates) and an exponent (a digit, then e or E).
// Only with an exponent can a number in a record of kShortRecordBytes or less be beyond numeric
// (0e1073741823 is 0 to simdjson and an overflow to PostgreSQL) or have more than its 16383
// decimals. Digits and an e inside strings (hashes) only cost the closer look. Reads up to 16
// bytes past size (the caller's padding).
struct RareTokens
{
    bool unicodeEscape = false;
    bool exponent = false;
};

RareTokens findRareTokens(const char *data, size_t size)
{
    RareTokens found;
#ifdef PJL_VALIDATOR_SSE2
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i u = _mm_set1_epi8('u');
    const __m128i e = _mm_set1_epi8('e');
    const __m128i lowerBit = _mm_set1_epi8(0x20);             // 'E' | 0x20 == 'e'
    const __m128i digitBias = _mm_set1_epi8(char(128 - '0')); // '0'..'9' to -128..-119
    const __m128i digitLimit = _mm_set1_epi8(char(-118));
    for (size_t i = 0; i < size; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + 1));
        const __m128i next = _mm_cmpeq_epi8(b, u);
        const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(a, digitBias), digitLimit);
        unsigned escapes = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, backslash), next)));
        unsigned exponents =
            unsigned(_mm_movemask_epi8(_mm_and_si128(digit, _mm_cmpeq_epi8(_mm_or_si128(b, lowerBit), e))));
        if ((escapes | exponents) == 0)
            continue;
        if (size - i < 16) { // only pairs that start inside the record count
            const unsigned inside = (1u << (size - i)) - 1;
            escapes &= inside;
            exponents &= inside;
        }
        found.unicodeEscape |= escapes != 0;
        found.exponent |= exponents != 0;
        if (found.unicodeEscape && found.exponent)
            break;
    }
#else
    const std::string_view text(data, size);
    found.unicodeEscape = text.find("\\u") != std::string_view::npos;
    for (size_t i = 0; i + 1 < size && !found.exponent; ++i)
        found.exponent = data[i] >= '0' && data[i] <= '9' && (data[i + 1] | 0x20) == 'e';
#endif
    return found;
}
} // namespace

struct JsonValidator::Parser
{
    simdjson::dom::parser dom;
    std::string neutralized;

    void reset()
    {
        dom = simdjson::dom::parser{};
        // On failure parse() allocates again on demand; only the depth would be the default.
        if (dom.allocate(64 << 10, kMaxDepth) != simdjson::SUCCESS)
            dom = simdjson::dom::parser{};
    }
};

JsonValidator::JsonValidator()
    : m_parser(std::make_unique<Parser>())
{
    m_parser->reset();
}

JsonValidator::~JsonValidator() = default;

bool JsonValidator::mayExceedNumericScale(size_t size, bool hasExponent) const
{
    // More than 16383 digits after the decimal point needs a long literal or a tiny exponent;
    // simdjson turns a tiny exponent into a zero or subnormal double. Its tape (documented in
    // simdjson's tape.md) lists each number: 'd' entries hold a double in the next word.
    if (size > kShortRecordBytes)
        return true;
    if (!hasExponent)
        return false;
    const uint64_t *tape = m_parser->dom.doc.tape.get();
    const size_t end = size_t(tape[0] & 0x00FFFFFFFFFFFFFFULL);
    for (size_t i = 1; i < end; ++i) {
        switch (char(tape[i] >> 56)) {
        case 'd': {
            const double value = std::bit_cast<double>(tape[i + 1]);
            if (std::fabs(value) < std::numeric_limits<double>::min())
                return true;
            ++i;
            break;
        }
        case 'l':
        case 'u':
            ++i;
            break;
        default:
            break;
        }
    }
    return false;
}

ValidationVerdict JsonValidator::check(const char *data, size_t size)
{
    simdjson::error_code error = m_parser->dom.parse(data, size, false).error();
    ValidationVerdict verdict;
    if (error == simdjson::SUCCESS) {
        // The common case, kept cheap: escapes only where there is a \u, numbers only where
        // simdjson's doubles hint that numeric's scale could overflow.
        const RareTokens rare = findRareTokens(data, size);
        if (rare.unicodeEscape)
            verdict = PgJsonRules::checkEscapes(data, size);
        if (verdict.ok && mayExceedNumericScale(size, rare.exponent))
            verdict = PgJsonRules::check(data, size);
    } else if (error == simdjson::DEPTH_ERROR) {
        verdict = PgJsonRules::check(data, size);
        verdict.deferToServer = verdict.ok;
    } else if (error == simdjson::NUMBER_ERROR || error == simdjson::NUMBER_OUT_OF_RANGE) {
        // Numbers beyond double range are fine for PostgreSQL's numeric: check them by its rules,
        // then let simdjson judge the rest with every number replaced by 0.
        std::string &copy = m_parser->neutralized;
        verdict = PgJsonRules::check(data, size, &copy);
        if (verdict.ok) {
            copy.append(kPadding, ' ');
            error = m_parser->dom.parse(copy.data(), size, false).error();
            if (error == simdjson::DEPTH_ERROR)
                verdict.deferToServer = true;
            else if (error != simdjson::SUCCESS)
                verdict = ValidationVerdict::reject(
                    u"22P02"_s, tr("invalid input syntax for type json: %1")
                                    .arg(QString::fromUtf8(simdjson::error_message(error))));
        }
    } else if (error == simdjson::UTF8_ERROR) {
        verdict = ValidationVerdict::reject(u"22021"_s, tr("invalid byte sequence for encoding \"UTF8\""));
    } else {
        verdict = ValidationVerdict::reject(u"22P02"_s,
                                            tr("invalid input syntax for type json: %1")
                                                .arg(QString::fromUtf8(simdjson::error_message(error))));
    }
    // A NUL byte is never valid JSON; PostgreSQL names it an encoding error, as we do.
    if (!verdict.ok && std::memchr(data, 0, size))
        verdict =
            ValidationVerdict::reject(u"22021"_s, tr("invalid byte sequence for encoding \"UTF8\": 0x00"));
    if (m_parser->dom.capacity() > kKeepCapacity)
        m_parser->reset();
    return verdict;
}

} // namespace pjl
