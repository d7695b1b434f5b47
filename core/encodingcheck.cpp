#include "encodingcheck.h"

#include <simdjson.h>

#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

bool startsWith(QByteArrayView head, std::initializer_list<uchar> bytes)
{
    if (head.size() < qsizetype(bytes.size()))
        return false;
    qsizetype i = 0;
    for (const uchar b : bytes) {
        if (uchar(head[i++]) != b)
            return false;
    }
    return true;
}

// JSON text starts with an ASCII character, so the NULs around it give UTF-16 and UTF-32 away
// without a byte order mark (the method of RFC 4627, section 3). UTF-8 JSON never has two NULs
// among its first four bytes.
QString wideEncoding(QByteArrayView head)
{
    if (head.size() < 4)
        return {};
    const auto z = [&](int i) { return head[i] == 0; };
    if (z(0) && z(1) && z(2) && !z(3))
        return u"UTF-32BE"_s;
    if (!z(0) && z(1) && z(2) && z(3))
        return u"UTF-32LE"_s;
    if (z(0) && !z(1) && z(2) && !z(3))
        return u"UTF-16BE"_s;
    if (!z(0) && z(1) && !z(2) && z(3))
        return u"UTF-16LE"_s;
    return {};
}

// The length of the UTF-8 sequence a byte starts, or 0 if it starts none (ASCII included).
int sequenceLength(uchar lead)
{
    return lead >= 0xC2 && lead <= 0xDF   ? 2
           : lead >= 0xE0 && lead <= 0xEF ? 3
           : lead >= 0xF0 && lead <= 0xF4 ? 4
                                          : 0;
}

bool hasControlBytes(QByteArrayView head)
{
    const auto *p = reinterpret_cast<const uchar *>(head.data());
    const uchar *const end = p + head.size();
#if defined(__SSE2__) || defined(_M_X64)
    const __m128i limit = _mm_set1_epi8(0x1F);
    for (; end - p >= 16; p += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(x, limit), x); // x <= 0x1F
        const __m128i allowed = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
            _mm_cmpeq_epi8(x, _mm_set1_epi8('\r')));
        if (_mm_movemask_epi8(_mm_andnot_si128(allowed, control)) != 0)
            return true;
    }
#endif
    for (; p < end; ++p) {
        if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
            return true;
    }
    return false;
}

// The common case, quickly (thousands of small files each have their head looked at, and text
// with many non-ASCII characters keeps the byte-wise count below off its fast path): valid UTF-8
// by simdjson's check, which is stricter than the count (it also refuses overlong forms and
// surrogates: those go to the count), and no control bytes.
bool plainlyValid(QByteArrayView head)
{
    // A sequence cut by the head's end counts as fine, so it is left out of simdjson's check.
    qsizetype end = head.size();
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, head.size()); ++back) {
        const uchar c = uchar(head[head.size() - back]);
        if ((c & 0xC0) == 0x80)
            continue;
        const int length = sequenceLength(c);
        if (length > back)
            end = head.size() - back;
        break;
    }
    return simdjson::validate_utf8(head.data(), size_t(end)) && !hasControlBytes(head);
}

// Bytes that JSON text in UTF-8 never has: control characters other than tab, LF and CR (raw or
// in strings), and bytes that do not form UTF-8.
qsizetype impossibleBytes(QByteArrayView head)
{
    if (plainlyValid(head))
        return 0;
    qsizetype bad = 0;
    qsizetype i = 0;
    const qsizetype n = head.size();
    while (i < n) {
        // Eight printable ASCII bytes at once (each in 0x20..0x7F: no borrow, no high bit), the
        // common case: thousands of small files each have their head looked at. A false alarm
        // (a borrow from a byte below 0x20) only sends the word to the byte-wise path.
        if (n - i >= 8) {
            quint64 word;
            std::memcpy(&word, head.data() + i, 8);
            if ((((word - 0x2020202020202020ULL) | word) & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const uchar c = uchar(head[i]);
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                ++bad;
            ++i;
            continue;
        }
        const int length = sequenceLength(c);
        int good = length > 0 ? 1 : 0;
        while (good > 0 && good < length && i + good < n && (uchar(head[i + good]) & 0xC0) == 0x80)
            ++good;
        if (length > 0 && (good == length || i + good == n)) { // a sequence cut by the head's end is fine
            i += good;
            continue;
        }
        ++bad;
        ++i;
    }
    return bad;
}

} // namespace

Error EncodingCheck::check(QByteArrayView head, const QString &path)
{
    head = head.first(std::min(head.size(), kHeadBytes));
    QString encoding;
    if (startsWith(head, {0xFF, 0xFE, 0x00, 0x00})) {
        encoding = u"UTF-32LE"_s;
    } else if (startsWith(head, {0x00, 0x00, 0xFE, 0xFF})) {
        encoding = u"UTF-32BE"_s;
    } else if (startsWith(head, {0xFF, 0xFE})) {
        encoding = u"UTF-16LE"_s;
    } else if (startsWith(head, {0xFE, 0xFF})) {
        encoding = u"UTF-16BE"_s;
    }
    Error e;
    if (!encoding.isEmpty()) {
        e = Error::make(tr("%1 is %2 (it starts with a byte order mark); only UTF-8 is read: convert "
                           "it, e.g. iconv -f %3 -t UTF-8")
                            .arg(path, encoding, encoding.left(6)));
    } else if (const QString wide = wideEncoding(head); !wide.isEmpty()) {
        e = Error::make(tr("%1 is %2 (without a byte order mark, recognised by its zero bytes); only "
                           "UTF-8 is read: convert it, e.g. iconv -f %3 -t UTF-8")
                            .arg(path, wide, wide));
    } else if (startsWith(head, {'P', 'K', 0x03, 0x04})) {
        e = Error::make(tr("%1 is a zip archive, not JSON text: unpack it first.").arg(path));
    } else if (startsWith(head, {'B', 'Z', 'h'}) || startsWith(head, {0xFD, '7', 'z', 'X', 'Z', 0x00}) ||
               startsWith(head, {0x28, 0xB5, 0x2F, 0xFD})) {
        e = Error::make(
            tr("%1 is compressed with bzip2, xz or zstd; only gzip is read: decompress it first.").arg(path));
    } else if (const qsizetype bad = impossibleBytes(head); bad > 0 && bad * 16 >= head.size()) {
        // One in sixteen is far more than a damaged record has and far less than binary data.
        e = Error::make(tr("%1 is not JSON text: %2 of its first %3 bytes are control characters or "
                           "invalid UTF-8 (binary data?).")
                            .arg(path)
                            .arg(bad)
                            .arg(head.size()));
    }
    e.file = path;
    return e;
}

} // namespace pjl
