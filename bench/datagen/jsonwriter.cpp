#include "jsonwriter.h"

#include <charconv>

namespace pjl {

namespace {

constexpr std::uint64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};

void appendTwo(char *p, unsigned v)
{
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
}

} // namespace

void JsonWriter::start(std::string &out, int indentStep, int baseDepth)
{
    m_out = &out;
    m_step = indentStep;
    m_base = baseDepth;
    m_depth = 0;
    m_afterKey = false;
}

void JsonWriter::newline(int depth)
{
    m_out->push_back('\n');
    m_out->append(static_cast<std::size_t>((m_base + depth) * m_step), ' ');
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth == 0)
        return;
    if (m_hasItems[m_depth])
        m_out->push_back(',');
    if (m_step)
        newline(m_depth);
    m_hasItems[m_depth] = true;
}

void JsonWriter::open(char c)
{
    separate();
    m_out->push_back(c);
    m_hasItems[++m_depth] = false;
}

void JsonWriter::close(char c)
{
    if (m_step && m_hasItems[m_depth])
        newline(m_depth - 1);
    --m_depth;
    m_out->push_back(c);
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    m_out->push_back('"');
    m_out->append(name);
    m_out->append(m_step ? "\": " : "\":");
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(std::string_view literal)
{
    separate();
    m_out->append(literal);
}

void JsonWriter::string(std::string_view escaped)
{
    beginString().append(escaped);
    endString();
}

std::string &JsonWriter::beginString()
{
    separate();
    m_out->push_back('"');
    return *m_out;
}

void JsonWriter::appendInt(std::string &out, std::int64_t v)
{
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    out.append(buf, end);
}

void JsonWriter::integer(std::int64_t v)
{
    separate();
    appendInt(*m_out, v);
}

void JsonWriter::appendDecimal(std::int64_t mantissa, int scale)
{
    std::uint64_t m = static_cast<std::uint64_t>(mantissa);
    if (mantissa < 0) {
        m_out->push_back('-');
        m = 0 - m;
    }
    const std::uint64_t p = kPow10[scale];
    appendInt(*m_out, static_cast<std::int64_t>(m / p));
    if (scale == 0)
        return;
    // Trailing zeros trimmed like a typical serializer would ("4.1", not "4.10"), keeping one digit.
    std::uint64_t frac = m % p;
    while (scale > 1 && frac % 10 == 0) {
        frac /= 10;
        --scale;
    }
    char buf[12];
    buf[0] = '.';
    for (int i = scale; i > 0; --i, frac /= 10)
        buf[i] = static_cast<char>('0' + frac % 10);
    m_out->append(buf, static_cast<std::size_t>(scale) + 1);
}

void JsonWriter::decimal(std::int64_t mantissa, int scale)
{
    separate();
    appendDecimal(mantissa, scale);
}

void JsonWriter::scientific(std::int64_t mantissa, int scale, int exponent)
{
    separate();
    appendDecimal(mantissa, scale);
    m_out->append(exponent < 0 ? "e" : "E+");
    appendInt(*m_out, exponent);
}

void JsonWriter::timestamp(std::int64_t unixMillis, bool withMillis)
{
    // Civil-from-days (H. Hinnant): <chrono> calendar formatting is far slower and locale-prone.
    std::int64_t secs = unixMillis / 1000;
    const auto millis = static_cast<unsigned>(unixMillis % 1000);
    const std::int64_t z = secs / 86400 + 719468;
    const auto sod = static_cast<unsigned>(secs % 86400);
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const auto year = static_cast<unsigned>(yoe + era * 400 + (month <= 2));

    char buf[32] = "\"YYYY-MM-DDTHH:MM:SS.mmmZ\"";
    appendTwo(buf + 1, year / 100);
    appendTwo(buf + 3, year % 100);
    appendTwo(buf + 6, month);
    appendTwo(buf + 9, day);
    appendTwo(buf + 12, sod / 3600);
    appendTwo(buf + 15, sod / 60 % 60);
    appendTwo(buf + 18, sod % 60);
    std::size_t len = 22;
    if (withMillis) {
        buf[21] = static_cast<char>('0' + millis / 100);
        appendTwo(buf + 22, millis % 100);
        len = 26;
    }
    buf[len - 2] = 'Z';
    buf[len - 1] = '"';
    separate();
    m_out->append(buf, len);
}

} // namespace pjl
