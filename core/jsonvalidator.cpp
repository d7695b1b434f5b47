#include "jsonvalidator.h"

#include "pgjsonrules.h"

#include <simdjson.h>

#include <cstring>
#include <string>

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

JsonValidator::JsonValidator() : m_parser(std::make_unique<Parser>())
{
    m_parser->reset();
}

JsonValidator::~JsonValidator() = default;

ValidationVerdict JsonValidator::check(const char *data, size_t size)
{
    simdjson::error_code error = m_parser->dom.parse(data, size, false).error();
    ValidationVerdict verdict;
    if (error == simdjson::SUCCESS || error == simdjson::DEPTH_ERROR) {
        verdict = PgJsonRules::check(data, size);
        if (verdict.ok && error == simdjson::DEPTH_ERROR)
            verdict.deferToServer = true;
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
        verdict = ValidationVerdict::reject(
            u"22P02"_s,
            tr("invalid input syntax for type json: %1").arg(QString::fromUtf8(simdjson::error_message(error))));
    }
    // A NUL byte is never valid JSON; PostgreSQL names it an encoding error, as we do.
    if (!verdict.ok && std::memchr(data, 0, size))
        verdict = ValidationVerdict::reject(u"22021"_s, tr("invalid byte sequence for encoding \"UTF8\": 0x00"));
    if (m_parser->dom.capacity() > kKeepCapacity)
        m_parser->reset();
    return verdict;
}

} // namespace pjl
