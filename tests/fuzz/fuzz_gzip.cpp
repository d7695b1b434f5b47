// libFuzzer target for reading gzip files: InputFile (GzipMemberCheck, GzipDecoder) on files built
// from the input as a recipe, checked against what zlib makes of the same file. The input is cut
// at 0xFF bytes into members; each member's first byte picks its compression level and damage
// (a changed byte in its header, data or trailer), the rest expands to JSON-ish text (each byte a
// phrase, repeated up to 16 times, so that a member can reach megabytes and cross the 1 MiB the
// reader and the check read at a time). The input's first bytes pick the keep limit, the size of the
// reads, and whether the file is cut short or (if not) has bytes after its last member. Traps when:
//
//  1. Integrity: what InputFile hands out is not the text of the first few members, whole: a
//     byte that never was in the file came out, or part of a member (each is checked whole before
//     any of it is handed out, the one a file ends in too: it has no CRC to be checked against,
//     so nothing of it comes out).
//  2. No silent loss: InputFile reports no error, yet did not hand out exactly the text of the
//     members that are whole in the file.
//  3. No false alarm: zlib decodes the whole file, member after member, without an error, and
//     InputFile reports one or hands out other bytes.
//  4. Position: after a clean end, storagePosition() is not the file's size.

#include "gzipmembercheck.h"
#include "inputfile.h"
#include "sampledata.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_gzip: invariant violated: %s\n", what);
    std::abort();
}

// zlib's reading of a file of gzip members: true when all of it is whole members, one after another.
bool zlibDecodes(const QByteArray &file, QByteArray &text)
{
    if (file.isEmpty())
        return false;
    z_stream z{};
    inflateInit2(&z, 16 + MAX_WBITS);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(file.constData()));
    z.avail_in = uInt(file.size());
    char buffer[1 << 16];
    bool ok = false;
    for (;;) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        const int status = inflate(&z, Z_NO_FLUSH);
        text.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (status == Z_STREAM_END) {
            if (z.avail_in == 0) {
                ok = true;
                break;
            }
            inflateReset(&z);
        } else if (status != Z_OK || (z.avail_in == 0 && z.avail_out != 0)) {
            break; // an error, or the input ended inside a member
        }
    }
    inflateEnd(&z);
    return ok;
}

const char *const kPhrases[16] = {"{\"a\":1}\n",
                                  "{\"b\":[1,2,3]}\n",
                                  "\"text\"",
                                  ",",
                                  "{\"k\":\"\\u00e9\"}\n",
                                  "[true,false]\n",
                                  "null\n",
                                  " ",
                                  "{\"n\":-1.5e3}\n",
                                  "{\"x\":{\"y\":{}}}\n",
                                  "{\"s\":\"é€😀\"}\n",
                                  "[]\n",
                                  "0\n",
                                  "{\"t\":\"\\\"\"}\n",
                                  "\n",
                                  "{\"long\":\"abcdefghijklmnopqrstuvwxyz0123456789\"}\n"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const qsizetype keepLimits[] = {0, 256, 4096, 1 << 16, pjl::GzipMemberCheck::kDefaultKeepLimit};
    const qsizetype keepLimit = keepLimits[data[0] % 5];
    const qint64 chunk = 1 + ((data[1] | (data[2] << 8)) % 70000);
    const uint8_t ending = data[3]; // bit 0: cut short; bit 1: bytes after the last member

    QByteArray file, whole;
    QList<QByteArray> texts;
    QList<bool> damaged;
    QList<qsizetype> ends; // where each member's compressed bytes end in the file
    size_t i = 4;
    while (i < size) {
        size_t end = i;
        while (end < size && data[end] != 0xFF)
            ++end;
        if (end > i) {
            const uint8_t flags = data[i];
            QByteArray text;
            for (size_t k = i + 1; k < end; ++k) {
                for (int r = 0; r <= data[k] >> 4; ++r)
                    text += kPhrases[data[k] & 15];
            }
            QByteArray member = pjl::test::gzip(text, (flags & 3) * 3); // levels 0, 3, 6, 9
            if ((flags & 0x0C) != 0 && member.size() > 0) {
                // A changed byte: in the header (0x04), the data (0x08) or the trailer (0x0C).
                const int where = (flags >> 2) & 3;
                const qsizetype n = member.size();
                const qsizetype at =
                    where == 1   ? (flags >> 4) % std::min<qsizetype>(10, n)
                    : where == 2 ? 10 + (qsizetype(flags >> 4) * 7919) % std::max<qsizetype>(1, n - 18)
                                 : n - 1 - (flags >> 4) % std::min<qsizetype>(8, n);
                member[std::min(at, n - 1)] = char(member[std::min(at, n - 1)] ^ (1 + (flags >> 4)));
            }
            file += member;
            texts.append(text);
            damaged.append((flags & 0x0C) != 0);
            ends.append(file.size());
        }
        i = end + 1;
    }
    if (file.isEmpty())
        return 0;
    if (ending & 1)
        file.truncate(qsizetype((file.size() * qint64(ending >> 2)) / 64)); // 0-98% of it
    else if (ending & 2)
        file += QByteArray(1 + (ending >> 4), char(ending));
    if (file.size() < 2)
        return 0; // not gzip: the plain path is not this target's business
    for (qsizetype m = 0; m < texts.size() && ends[m] <= file.size(); ++m)
        whole += texts[m];

    static const QString path = QDir::temp().filePath(QStringLiteral("fuzz_gzip-%1.json.gz").arg(getpid()));
    static const struct Remove
    {
        ~Remove() { QFile::remove(path); }
    } remove;
    if (uchar(file[0]) != 0x1f || uchar(file[1]) != 0x8b)
        return 0; // a changed magic byte: not gzip, as above
    if (!pjl::test::writeFile(path, file))
        violated("cannot write the temporary file");

    // Half the runs read as a load does (GzipCheck::WhileLoading): a large member comes out as it
    // is inflated, unchecked, and only the bytes checkedEnd() vouches for must be whole members'.
    const bool whileLoading = (data[0] / 5) & 1;
    pjl::InputFile in(
        whileLoading ? pjl::InputFile::GzipCheck::WhileLoading : pjl::InputFile::GzipCheck::Ahead, keepLimit);
    QByteArray out;
    bool clean = false;
    if (in.open(path).isNull()) {
        QByteArray buffer(qsizetype(chunk), Qt::Uninitialized);
        for (;;) {
            const qint64 n = in.read(buffer.data(), chunk);
            if (n < 0)
                break;
            if (n == 0) {
                clean = in.error().isNull();
                break;
            }
            out.append(buffer.constData(), qsizetype(n));
        }
    }
    if (qEnvironmentVariableIsSet("PJL_FUZZ_GZIP_VERBOSE")) { // what the run was, for a finding
        std::fprintf(stderr,
                     "while loading %d, keep limit %lld, reads of %lld, file %lld bytes, %lld members:",
                     int(whileLoading), qint64(keepLimit), chunk, qint64(file.size()), qint64(texts.size()));
        for (qsizetype k = 0; k < texts.size(); ++k)
            std::fprintf(stderr, " [%lld text, ends at %lld%s]", qint64(texts[k].size()), qint64(ends[k]),
                         damaged[k] ? ", damaged" : "");
        std::fprintf(stderr, "\nout %lld bytes (whole members %lld), clean %d, error: %s\n",
                     qint64(out.size()), qint64(whole.size()), int(clean), qPrintable(in.error().message));
    }
    const QByteArray checked = out.left(qsizetype(std::min<qint64>(out.size(), in.checkedEnd())));
    if (!whileLoading && checked != out)
        violated("bytes handed out unchecked, though each member is to be checked ahead");
    QByteArray members; // the text of as many first members as it takes to reach checked's size
    for (qsizetype k = 0; k < texts.size() && members.size() < checked.size(); ++k)
        members += texts[k];
    if (members != checked || !whole.startsWith(checked))
        violated("what came out checked is not the text of the first members, whole");
    if (clean && (out != whole || in.checkedEnd() != pjl::InputFile::kAllChecked))
        violated("no error, but not every whole member's text came out checked");
    if (clean && in.storagePosition() != file.size())
        violated("the position after a clean end is not the file's size");
    QByteArray zlibText;
    if (zlibDecodes(file, zlibText) && (!clean || out != zlibText))
        violated("zlib reads the file without an error, InputFile does not");
    return 0;
}
