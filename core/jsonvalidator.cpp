#include "jsonvalidator.h"

#include "pgjsonrules.h"

#include <simdjson.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

using namespace Qt::StringLiterals;

namespace pjl {

static_assert(JsonValidator::kPadding >= simdjson::SIMDJSON_PADDING);

namespace {
// PostgreSQL's default 2 MB stack takes about 10,000 levels; deeper records go to the server,
// which accepts or rejects them itself.
constexpr size_t kMaxDepth = 16384;
// After a huge record, a fresh parser gives the memory back.
constexpr size_t kKeepCapacity = 16 << 20;
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

bool JsonValidator::mayExceedNumericScale(size_t size) const
{
    // More than 16383 digits after the decimal point needs a long literal or a tiny exponent;
    // simdjson turns a tiny exponent into a zero or subnormal double. Its tape (documented in
    // simdjson's tape.md) lists each number: 'd' entries hold a double in the next word.
    if (size > 16000)
        return true;
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
        if (std::string_view(data, size).find("\\u") != std::string_view::npos)
            verdict = PgJsonRules::checkEscapes(data, size);
        if (verdict.ok && mayExceedNumericScale(size))
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
