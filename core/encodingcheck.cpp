#include "encodingcheck.h"

#include <cstring>

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

// Bytes that JSON text in UTF-8 never has: control characters other than tab, LF and CR (raw or
// in strings), and bytes that do not form UTF-8.
qsizetype impossibleBytes(QByteArrayView head)
{
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
        const int length = c >= 0xC2 && c <= 0xDF   ? 2
                           : c >= 0xE0 && c <= 0xEF ? 3
                           : c >= 0xF0 && c <= 0xF4 ? 4
                                                    : 0;
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
