#include "pgjsonrules.h"

#include <climits>
#include <cstring>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

// numeric.c: NUMERIC_DSCALE_MAX, the weight limit of its int16 base-10000 weight, and the
// exponent bound set_var_from_str() checks before anything else.
constexpr qint64 kMaxDisplayScale = 16383;
constexpr qint64 kMaxLeadingDigitPower = 4 * 32768 - 1;
constexpr qint64 kExponentLimit = INT_MAX / 2;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of a \uXXXX escape starting at p (p[0] == '\\'), or -1.
int escapeUnit(const char *p, const char *end)
{
    if (end - p < 6 || p[1] != 'u')
        return -1;
    int value = 0;
    for (int i = 2; i < 6; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

} // namespace

ValidationVerdict PgJsonRules::checkNumber(const char *token, size_t size)
{
    const char *p = token;
    const char *end = token + size;
    const auto bad = [&] {
        return ValidationVerdict::reject(
            u"22P02"_s, tr("invalid input syntax for type json: Token \"%1\" is invalid.")
                            .arg(QString::fromUtf8(token, qsizetype(std::min<size_t>(size, 40)))));
    };
    if (p < end && *p == '-')
        ++p;
    const char *intBegin = p;
    if (p == end || !isDigit(*p))
        return bad();
    if (*p == '0') {
        ++p;
    } else {
        while (p < end && isDigit(*p))
            ++p;
    }
    const char *intEnd = p;
    const char *fracBegin = p;
    const char *fracEnd = p;
    if (p < end && *p == '.') {
        fracBegin = ++p;
        while (p < end && isDigit(*p))
            ++p;
        fracEnd = p;
        if (fracBegin == fracEnd)
            return bad();
    }
    qint64 exponent = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool negative = false;
        if (p < end && (*p == '+' || *p == '-'))
            negative = *p++ == '-';
        if (p == end || !isDigit(*p))
            return bad();
        // strtol() saturates; so do we, at a bound far beyond the limit.
        while (p < end && isDigit(*p)) {
            if (exponent < LLONG_MAX / 100)
                exponent = exponent * 10 + (*p - '0');
            ++p;
        }
        if (negative)
            exponent = -exponent;
    }
    if (p != end)
        return bad();

    const auto overflow = [] {
        return ValidationVerdict::reject(u"22003"_s, tr("value overflows numeric format"));
    };
    if (exponent >= kExponentLimit || exponent <= -kExponentLimit)
        return overflow();
    const qint64 fracDigits = fracEnd - fracBegin;
    if (std::max<qint64>(0, fracDigits - exponent) > kMaxDisplayScale)
        return overflow();
    // Power of ten of the leading non-zero digit.
    const qint64 intDigits = intEnd - intBegin;
    for (const char *d = intBegin; d < fracEnd; ++d) {
        if (d == intEnd)
            d = fracBegin;
        if (d < fracEnd && *d != '0') {
            const qint64 index = d < intEnd ? d - intBegin : intDigits + (d - fracBegin);
            if (intDigits - 1 - index + exponent > kMaxLeadingDigitPower)
                return overflow();
            break;
        }
    }
    return ValidationVerdict::accept();
}

namespace {

// At p, a \u escape: its verdict, and how far it reaches (a surrogate pair takes 12 bytes).
ValidationVerdict checkUnicodeEscape(const char *p, const char *end, int *length)
{
    const int unit = escapeUnit(p, end);
    *length = unit < 0 ? 2 : 6;
    if (unit == 0)
        return ValidationVerdict::reject(
            u"22P05"_s,
            PgJsonRules::tr("unsupported Unicode escape sequence: \\u0000 cannot be converted to text"));
    const auto unpaired = [] {
        return ValidationVerdict::reject(
            u"22P02"_s,
            PgJsonRules::tr(
                "invalid input syntax for type json: Unicode low surrogate must follow a high surrogate"));
    };
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        const int low = (p + 6 < end && p[6] == '\\') ? escapeUnit(p + 6, end) : -1;
        if (low < 0xDC00 || low > 0xDFFF)
            return unpaired();
        *length = 12;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        return unpaired();
    }
    return ValidationVerdict::accept();
}

} // namespace

ValidationVerdict PgJsonRules::checkEscapes(const char *data, size_t size)
{
    const char *end = data + size;
    for (const char *p = data; (p = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p))));) {
        if (p + 1 < end && p[1] == 'u') {
            int length = 0;
            const ValidationVerdict verdict = checkUnicodeEscape(p, end, &length);
            if (!verdict.ok)
                return verdict;
            p += length;
        } else {
            p += 2; // the escaped character, a backslash included
        }
        if (p >= end)
            break;
    }
    return ValidationVerdict::accept();
}

ValidationVerdict PgJsonRules::check(const char *data, size_t size, std::string *neutralized)
{
    if (neutralized)
        neutralized->assign(data, size);
    const char *p = data;
    const char *end = data + size;
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            // A string: only its escapes matter here.
            ++p;
            while (p < end && *p != '"') {
                if (*p != '\\') {
                    ++p;
                    continue;
                }
                if (p + 1 < end && p[1] == 'u') {
                    int length = 0;
                    const ValidationVerdict verdict = checkUnicodeEscape(p, end, &length);
                    if (!verdict.ok)
                        return verdict;
                    p += length;
                    continue;
                }
                p += 2;
            }
            ++p;
            continue;
        }
        if (c == '-' || isDigit(c)) {
            const char *start = p;
            while (p < end && (isDigit(*p) || *p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E'))
                ++p;
            const ValidationVerdict verdict = checkNumber(start, size_t(p - start));
            if (!verdict.ok)
                return verdict;
            if (neutralized) {
                char *n = neutralized->data() + (start - data);
                n[0] = '0';
                std::fill(n + 1, n + (p - start), ' ');
            }
            continue;
        }
        ++p;
    }
    return ValidationVerdict::accept();
}

} // namespace pjl
