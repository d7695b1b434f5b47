#include "pgjsonreference.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace pjl::fuzz {

namespace {

using Byte = unsigned char;

// wchar.c pg_utf8_islegal() over the whole text, as pg_verify_mbstr() does; NUL is never legal.
bool validUtf8(const Byte *p, const Byte *end)
{
    while (p < end) {
        const Byte c = *p;
        if (c == 0)
            return false;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        Byte lo = 0x80;
        Byte hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return false;
        }
        if (end - p < length || p[1] < lo || p[1] > hi)
            return false;
        for (int i = 2; i < length; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += length;
    }
    return true;
}

bool isDigit(Byte c)
{
    return c >= '0' && c <= '9';
}

// jsonapi.c JSON_ALPHANUMERIC_CHAR: what continues a word (true, false, null, a number) into one token.
bool continuesWord(Byte c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c >= 0x80;
}

int hexDigit(Byte c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Reader
{
public:
    Reader(const Byte *p, const Byte *end)
        : m_p(p)
        , m_end(end)
    {}

    bool document()
    {
        skipSpace();
        if (!value())
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool literal(const char *word)
    {
        for (; *word; ++word, ++m_p) {
            if (m_p == m_end || *m_p != Byte(*word))
                return false;
        }
        return true;
    }

    // jsonapi.c json_lex_string() with need_escapes, as jsonb_in() has it.
    bool string()
    {
        ++m_p; // the opening quote
        long highSurrogate = -1;
        while (m_p < m_end) {
            const Byte c = *m_p++;
            if (c == '"')
                return highSurrogate == -1;
            if (c < 0x20)
                return false;
            if (c != '\\') {
                if (highSurrogate != -1)
                    return false;
                continue;
            }
            if (m_p == m_end)
                return false;
            const Byte e = *m_p++;
            if (e != 'u') {
                if (highSurrogate != -1)
                    return false;
                if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' &&
                    e != 't')
                    return false;
                continue;
            }
            long unit = 0;
            for (int i = 0; i < 4; ++i) {
                if (m_p == m_end || hexDigit(*m_p) < 0)
                    return false;
                unit = unit * 16 + hexDigit(*m_p++);
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                if (highSurrogate != -1)
                    return false;
                highSurrogate = unit;
                continue;
            }
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                if (highSurrogate == -1)
                    return false;
                highSurrogate = -1;
                continue; // a pair is never U+0000
            }
            if (highSurrogate != -1 || unit == 0)
                return false;
        }
        return false; // no closing quote
    }

    // The grammar of json_lex_number(), then numeric_in()'s range: set_var_from_str() rejects an
    // exponent beyond INT_MAX/2, make_result() a display scale over NUMERIC_DSCALE_MAX (16383)
    // or a base-10000 weight over 32767 (the leading digit's power of ten over 131071).
    bool number()
    {
        if (*m_p == '-')
            ++m_p;
        const Byte *intBegin = m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0')
            ++m_p;
        else
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        const Byte *intEnd = m_p;
        const Byte *fracBegin = m_p;
        const Byte *fracEnd = m_p;
        if (m_p < m_end && *m_p == '.') {
            fracBegin = ++m_p;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
            fracEnd = m_p;
            if (fracBegin == fracEnd)
                return false;
        }
        int64_t exponent = 0;
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            bool negative = false;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                negative = *m_p++ == '-';
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            for (; m_p < m_end && isDigit(*m_p); ++m_p)
                exponent =
                    std::min<int64_t>(exponent * 10 + (*m_p - '0'), int64_t(1) << 40); // strtol saturates
            if (negative)
                exponent = -exponent;
        }
        // Letters, digits, '_' or high-bit bytes right after a number make one bad token.
        if (m_p < m_end && continuesWord(*m_p))
            return false;

        constexpr int64_t kIntMaxHalf = 2147483647 / 2;
        if (exponent >= kIntMaxHalf || exponent <= -kIntMaxHalf)
            return false;
        const int64_t scale = std::max<int64_t>(0, (fracEnd - fracBegin) - exponent);
        if (scale > 16383)
            return false;
        int64_t power = (intEnd - intBegin) - 1; // of the first digit
        for (const Byte *d = intBegin; d < fracEnd; ++d) {
            if (d == intEnd) {
                d = fracBegin;
                if (d == fracEnd)
                    break;
            }
            if (*d != '0')
                return power + exponent <= 4 * 32768 - 1;
            --power;
        }
        return true; // zero
    }

    bool scalar()
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"':
            return string();
        case 't':
            return literal("true") && !wordGoesOn();
        case 'f':
            return literal("false") && !wordGoesOn();
        case 'n':
            return literal("null") && !wordGoesOn();
        default:
            return (*m_p == '-' || isDigit(*m_p)) && number();
        }
    }

    bool wordGoesOn() const { return m_p < m_end && continuesWord(*m_p); }

    // Iterative, with the nesting in a vector: no depth limit but memory.
    bool value()
    {
        std::vector<Byte> stack;
        for (;;) {
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == '{' || *m_p == '[') {
                const Byte open = *m_p++;
                skipSpace();
                const Byte close = open == '{' ? '}' : ']';
                if (m_p < m_end && *m_p == close) {
                    ++m_p; // empty
                } else {
                    stack.push_back(open);
                    if (open == '{' && !key())
                        return false;
                    continue;
                }
            } else if (!scalar()) {
                return false;
            }
            // A value ended: close containers or go on to the next element.
            for (;;) {
                if (stack.empty())
                    return true;
                skipSpace();
                if (m_p == m_end)
                    return false;
                const Byte close = stack.back() == '{' ? '}' : ']';
                if (*m_p == close) {
                    ++m_p;
                    stack.pop_back();
                    continue;
                }
                if (*m_p != ',')
                    return false;
                ++m_p;
                if (stack.back() == '{' && !key())
                    return false;
                break;
            }
        }
    }

    bool key()
    {
        skipSpace();
        if (m_p == m_end || *m_p != '"' || !string())
            return false;
        skipSpace();
        if (m_p == m_end || *m_p != ':')
            return false;
        ++m_p;
        return true;
    }

    const Byte *m_p;
    const Byte *m_end;
};

} // namespace

bool PgJsonReference::accepts(const char *data, size_t size)
{
    const auto *p = reinterpret_cast<const Byte *>(data);
    // The server verifies the encoding of the whole text before its JSON parser sees any of it.
    if (!validUtf8(p, p + size))
        return false;
    return Reader(p, p + size).document();
}

} // namespace pjl::fuzz
