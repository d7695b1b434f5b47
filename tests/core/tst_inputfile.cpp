#include "encodingcheck.h"
#include "gzipdecoder.h"
#include "inputfile.h"
#include "plainfile.h"
#include "recordframer.h"
#include "sampledata.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;
using pjl::InputFile;
using pjl::test::gzip;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QByteArray readAll(InputFile &in, qint64 chunk, qint64 *lastResult = nullptr)
{
    QByteArray out;
    QByteArray buffer(int(chunk), '\0');
    for (;;) {
        const qint64 n = in.read(buffer.data(), chunk);
        if (lastResult)
            *lastResult = n;
        if (n <= 0)
            return out;
        out.append(buffer.constData(), n);
    }
}

QByteArray sample(int records)
{
    QByteArray data;
    for (int i = 0; i < records; ++i)
        data += "{\"i\":" + QByteArray::number(i) + ",\"t\":\"" + QByteArray(i % 50, 'x') + "\"}\n";
    return data;
}

} // namespace

Q_DECLARE_METATYPE(pjl::InputFile::GzipCheck)

class TestInputFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The head check counts the bytes UTF-8 JSON text never has; its fast paths (simdjson's UTF-8
    // check, a word at a time for plain ASCII) must count exactly what a byte-by-byte walk does,
    // wherever those bytes sit, a sequence cut by the head's end included.
    void encodingCheckCountsEveryImpossibleByte()
    {
        const auto reference = [](const QByteArray &head) {
            int bad = 0;
            for (qsizetype i = 0; i < head.size();) {
                const uchar c = uchar(head[i]);
                int length = c < 0x80                 ? 1
                             : c >= 0xC2 && c <= 0xDF ? 2
                             : c >= 0xE0 && c <= 0xEF ? 3
                             : c >= 0xF0 && c <= 0xF4 ? 4
                                                      : 0;
                if (length == 1) {
                    bad += c < 0x20 && c != '\t' && c != '\n' && c != '\r';
                    ++i;
                    continue;
                }
                int good = length > 0 ? 1 : 0;
                while (good > 0 && good < length && i + good < head.size() &&
                       (uchar(head[i + good]) & 0xC0) == 0x80)
                    ++good;
                if (length > 0 && (good == length || i + good == head.size())) {
                    i += good;
                    continue;
                }
                ++bad;
                ++i;
            }
            return bad;
        };
        static const QRegularExpression counted(u": (\\d+) of its first (\\d+) bytes"_s);
        QRandomGenerator random(7);
        // Good pieces are valid UTF-8 without control bytes; bad ones have something the count sees,
        // or (overlong forms, surrogates, a code point above U+10FFFF) something only the strict
        // check of the fast path refuses, which must then fall to the count.
        const QByteArray good[] = {"{\"a\": 1}", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", " ",
                                   "\t",         "\n",       "\r",           "~~~~~~~",          "\x7f"};
        const QByteArray bad[] = {
            "\x01",           "\x1f",         "\xff",     "\xc3",         "\x80",
            QByteArray(1, 0), "\xed\xa0",     "\xc0\xaf", "\xe0\x80\x80", "\xf4\x90\x80\x80",
            "\xed\xa0\x80",   "\xf8\x88\x80", "\xe2\x82"};
        const int badPercent[] = {0, 0, 1, 3, 5, 6, 7, 10, 40};
        int checked = 0;
        int clean = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray head;
            // Half of the heads are longer than what is looked at, so a sequence may be cut there;
            // a quarter are so short that one bad byte is reported (one in sixteen).
            const int n = int(random.bounded(1, round % 2 ? 2000 : round % 4 ? 400 : 6));
            const int percent = badPercent[random.bounded(int(std::size(badPercent)))];
            for (int i = 0; i < n; ++i) {
                head += int(random.bounded(100)) < percent ? bad[random.bounded(int(std::size(bad)))]
                                                           : good[random.bounded(int(std::size(good)))];
            }
            head = head.left(pjl::EncodingCheck::kHeadBytes);
            const int expected = reference(head);
            clean += expected == 0;
            const pjl::Error e = pjl::EncodingCheck::check(head, u"x.json"_s);
            const auto m = counted.match(e.message);
            if (expected > 0 && expected * 16 >= head.size()) {
                QVERIFY2(!e.isNull(), head.toHex().constData());
                if (!m.hasMatch())
                    continue; // decided earlier (a byte order mark, zero bytes of UTF-16 ...)
                QCOMPARE(m.captured(1).toInt(), expected);
                QCOMPARE(m.captured(2).toInt(), int(head.size()));
                ++checked;
            } else {
                QVERIFY2(!m.hasMatch(), qPrintable(e.message));
            }
        }
        QVERIFY(clean > 500);
        QVERIFY(checked > 200);
    }

    void plainFile()
    {
        QTemporaryDir dir;
        const QByteArray data = sample(1000);
        InputFile in;
        QVERIFY(in.open(write(dir, u"a.json"_s, data)).isNull());
        QVERIFY(!in.isCompressed());
        QCOMPARE(readAll(in, 333), data);
        QCOMPARE(in.storagePosition(), data.size());
        QVERIFY(in.error().isNull());
    }

    // A small file is read whole at open and fingerprinted from those bytes (what the journal then
    // says was loaded), exactly as FileFingerprint::compute would; a large one is not fingerprinted.
    void fingerprintsSmallFilesFromTheBytesItReads_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("fingerprinted");
        const QByteArray small = sample(300);
        QTest::newRow("empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("plain, one read") << small << small << true;
        const QByteArray twoMiB =
            pjl::test::randomBytes(pjl::FileFingerprint::kEdgeBytes * 2, 3).toBase64().left(2 << 20);
        QTest::newRow("plain, exactly the limit") << twoMiB << twoMiB << true;
        // Compressed, over the 1 MiB of compressed input a gzip read takes at a time.
        const QByteArray noise = pjl::test::randomBytes(1500000, 4).toBase64();
        QVERIFY(gzip(noise).size() > (1 << 20) && gzip(noise).size() <= 2 * pjl::FileFingerprint::kEdgeBytes);
        QTest::newRow("gzip, 1-2 MiB") << gzip(noise) << noise << true;
        const QByteArray large = sample(60000);
        QVERIFY(large.size() > 2 * pjl::FileFingerprint::kEdgeBytes);
        QTest::newRow("plain, over the limit") << large << large << false;
    }

    void fingerprintsSmallFilesFromTheBytesItReads()
    {
        QFETCH(QByteArray, stored);
        QFETCH(QByteArray, text);
        QFETCH(bool, fingerprinted);
        QTemporaryDir dir;
        const QString path = write(dir, u"f.json"_s, stored);
        InputFile in;
        QVERIFY(in.open(path, InputFile::Fingerprint::Yes).isNull());
        if (fingerprinted) {
            const auto expected = pjl::FileFingerprint::compute(path);
            QVERIFY(expected);
            QCOMPARE(in.fingerprint().size, expected->size);
            QCOMPARE(in.fingerprint().headHash, expected->headHash);
            QCOMPARE(in.fingerprint().tailHash, expected->tailHash);
        } else {
            QVERIFY(in.fingerprint().headHash.isEmpty());
        }
        QCOMPARE(readAll(in, 100000), text);
        QVERIFY(in.error().isNull());
        QCOMPARE(in.storagePosition(), stored.size());
        // Without asking, nothing is fingerprinted.
        QVERIFY(in.open(path).isNull());
        QVERIFY(in.fingerprint().headHash.isEmpty());
        QCOMPARE(readAll(in, 100000), text);
    }

    // Opened with the size a listing gave it, a file that has another size now fails to open:
    // small ones (read whole, without an fstat) and large ones alike, plain or gzip, whether or
    // not they are fingerprinted; one that kept its size reads as it is.
    void opensOnlyAtItsListedSize_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("listedDelta");
        QTest::addColumn<bool>("fingerprint");
        const QByteArray small = sample(300);
        const QByteArray large = sample(60000);
        QVERIFY(large.size() > 2 * pjl::FileFingerprint::kEdgeBytes);
        for (const bool fingerprint : {false, true}) {
            const char *const how = fingerprint ? ", fingerprinted" : "";
            QTest::addRow("small%s", how) << small << small << qint64(0) << fingerprint;
            QTest::addRow("small, grew by a byte%s", how) << small << small << qint64(-1) << fingerprint;
            QTest::addRow("small, shrank by a byte%s", how) << small << small << qint64(1) << fingerprint;
            QTest::addRow("empty%s", how) << QByteArray() << QByteArray() << qint64(0) << fingerprint;
            QTest::addRow("empty, was a byte%s", how)
                << QByteArray() << QByteArray() << qint64(1) << fingerprint;
            QTest::addRow("gzip%s", how) << gzip(small) << small << qint64(0) << fingerprint;
            QTest::addRow("gzip, grew%s", how) << gzip(small) << small << qint64(-1) << fingerprint;
            QTest::addRow("large%s", how) << large << large << qint64(0) << fingerprint;
            QTest::addRow("large, grew%s", how) << large << large << qint64(-1) << fingerprint;
            QTest::addRow("large, shrank%s", how) << large << large << qint64(1) << fingerprint;
        }
    }

    void opensOnlyAtItsListedSize()
    {
        QFETCH(QByteArray, stored);
        QFETCH(QByteArray, text);
        QFETCH(qint64, listedDelta);
        QFETCH(bool, fingerprint);
        QTemporaryDir dir;
        const QString path = write(dir, u"f.json"_s, stored);
        const qint64 listed = stored.size() + listedDelta;
        InputFile in;
        const pjl::Error e =
            in.open(path, fingerprint ? InputFile::Fingerprint::Yes : InputFile::Fingerprint::No, listed);
        if (listedDelta != 0) {
            QCOMPARE(e.message,
                     u"%1 changed since the load started (from %2 to %3 bytes); it is not loaded."_s.arg(path)
                         .arg(listed)
                         .arg(stored.size()));
            QCOMPARE(in.read(nullptr, 0), qint64(-1));
            return;
        }
        QVERIFY2(e.isNull(), qPrintable(e.message));
        const bool whole = pjl::FileFingerprint::hashesWholeFile(stored.size());
        QCOMPARE(in.fingerprint().headHash.isEmpty(), !(fingerprint && whole));
        if (fingerprint && whole)
            QCOMPARE(in.fingerprint().headHash, pjl::FileFingerprint::compute(path)->headHash);
        QCOMPARE(readAll(in, 7777), text);
        QVERIFY(in.error().isNull());
        QCOMPARE(in.storagePosition(), stored.size());
        // A directory listed as an empty file does not read as one.
        QVERIFY(!in.open(dir.path(), InputFile::Fingerprint::No, 0).isNull());
    }

    void gzipDetectedByContentNotName()
    {
        QTemporaryDir dir;
        const QByteArray data = sample(5000);
        InputFile in;
        QVERIFY(in.open(write(dir, u"looks-plain.json"_s, gzip(data))).isNull());
        QVERIFY(in.isCompressed());
        QCOMPARE(readAll(in, 4096), data);
        QCOMPARE(in.storagePosition(), in.size());
    }

    void multiMemberGzip()
    {
        QTemporaryDir dir;
        const QByteArray a = sample(100);
        const QByteArray b = "{\"second\":true}\n";
        InputFile in;
        QVERIFY(in.open(write(dir, u"ab.json.gz"_s, gzip(a) + gzip(b))).isNull());
        QCOMPARE(readAll(in, 1000), a + b);
        QVERIFY(in.error().isNull());
    }

    // Members of every size, one after another: tiny ones, empty ones, ones larger than the 1 MiB
    // of compressed input read at a time, each starting wherever the one before it ended. Members
    // that decode to less than the keep limit come from what their check kept, the others are
    // inflated again; either way the bytes and the position must come out as in the file.
    void gzipMembersOfEverySize_data()
    {
        QTest::addColumn<QList<QByteArray>>("members");
        QTest::addColumn<qsizetype>("keepLimit");
        QTest::addColumn<InputFile::GzipCheck>("check");
        QByteArray large; // compresses to about half: over 1 MiB of gzip
        QRandomGenerator random(11);
        for (int i = 0; large.size() < (3 << 20); ++i) {
            QByteArray hex(64, Qt::Uninitialized);
            for (char &c : hex)
                c = "0123456789abcdef"[random.bounded(16)];
            large += "{\"i\":" + QByteArray::number(i) + ",\"r\":\"" + hex + "\"}\n";
        }
        QVERIFY(gzip(large).size() > (1 << 20));
        QList<QByteArray> tiny;
        for (int i = 0; i < 300; ++i)
            tiny.append(sample(i % 7));
        const QList<std::pair<const char *, QList<QByteArray>>> sets = {
            {"small, large, small", {sample(100), large, sample(10)}},
            {"large, small, small", {large, sample(5), sample(6)}},
            {"many tiny and empty", tiny},
            {"empty, one, empty", {QByteArray(), sample(50), QByteArray()}},
            {"two large", {large, large.left(large.size() / 3)}},
        };
        for (const auto &[name, members] : sets) {
            for (const auto check : {InputFile::GzipCheck::Ahead, InputFile::GzipCheck::WhileLoading}) {
                const char *mode = check == InputFile::GzipCheck::Ahead ? "ahead" : "while loading";
                QTest::addRow("%s, nothing kept, %s", name, mode) << members << qsizetype(0) << check;
                QTest::addRow("%s, kept up to 4 KB, %s", name, mode) << members << qsizetype(4096) << check;
                QTest::addRow("%s, kept up to 4 MB, %s", name, mode)
                    << members << pjl::GzipMemberCheck::kDefaultKeepLimit << check;
            }
        }
    }

    void gzipMembersOfEverySize()
    {
        QFETCH(QList<QByteArray>, members);
        QFETCH(qsizetype, keepLimit);
        QFETCH(InputFile::GzipCheck, check);
        QByteArray plain, z;
        for (const QByteArray &member : members) {
            plain += member;
            z += gzip(member, 1);
        }
        QTemporaryDir dir;
        const QString path = write(dir, u"members.json.gz"_s, z);
        for (const qint64 chunk : {qint64(777), qint64(1 << 16)}) {
            InputFile in(check, keepLimit);
            QVERIFY(in.open(path).isNull());
            qint64 last = 0;
            QCOMPARE(readAll(in, chunk, &last), plain);
            QCOMPARE(in.checkedEnd(), InputFile::kAllChecked);
            QCOMPARE(last, 0);
            QVERIFY2(in.error().isNull(), qPrintable(in.error().message));
            QCOMPARE(in.storagePosition(), z.size());
            int fits = 0;
            for (const QByteArray &member : members)
                fits += member.size() < keepLimit;
            QCOMPARE(in.keptMembers(), fits);
        }
    }

    // The same, on random layouts: members of random sizes and compression levels (stored ones are
    // larger compressed than decoded), random keep limits and read sizes.
    void gzipRandomMemberLayouts()
    {
        QByteArray text;
        QRandomGenerator random(23);
        for (int i = 0; text.size() < (3 << 20); ++i)
            text +=
                "{\"i\":" + QByteArray::number(i) + ",\"r\":" + QByteArray::number(random.generate()) + "}\n";
        const qsizetype limits[] = {0, 1 << 10, 64 << 10, 1 << 20, pjl::GzipMemberCheck::kDefaultKeepLimit};
        QTemporaryDir dir;
        for (int round = 0; round < 40; ++round) {
            QByteArray plain, z;
            const int members = int(random.bounded(1, 9));
            for (int m = 0; m < members; ++m) {
                // Sizes spread over six orders of magnitude, up to 2.5 MB.
                const qsizetype size = qsizetype(std::pow(10.0, random.bounded(6.4))) - 1;
                const qsizetype from = qsizetype(random.bounded(int(text.size() - size)));
                const QByteArray member = text.mid(from, size);
                plain += member;
                z += gzip(member, int(random.bounded(3)) * 3); // levels 0, 3 and 6
            }
            const qsizetype keepLimit = limits[random.bounded(int(std::size(limits)))];
            const qint64 chunk = random.bounded(1, 100000);
            const QString path = write(dir, u"random-%1.json.gz"_s.arg(round), z);
            InputFile in(pjl::InputFile::GzipCheck::Ahead, keepLimit);
            QVERIFY(in.open(path).isNull());
            qint64 last = 0;
            const QByteArray got = readAll(in, chunk, &last);
            QVERIFY2(got == plain, qPrintable(u"round %1: %2 members, keep limit %3, chunk %4"_s.arg(round)
                                                  .arg(members)
                                                  .arg(keepLimit)
                                                  .arg(chunk)));
            QCOMPARE(last, 0);
            QVERIFY2(in.error().isNull(), qPrintable(in.error().message));
            QCOMPARE(in.storagePosition(), z.size());
        }
    }

    // For a peek (FramingSniffer), members are checked by the decoder as they are read: the first
    // bytes come without all of a member being inflated first, and damage shows at the member's
    // end, after its bytes (the case a load must not have, see above).
    void gzipCheckAtItsEnd()
    {
        const QByteArray good = sample(3000);
        QTemporaryDir dir;
        const QString path =
            write(dir, u"peek.json.gz"_s, gzip(good) + pjl::test::gzipWithSilentDamage(sample(5000)));
        InputFile in(InputFile::GzipCheck::AtItsEnd);
        QVERIFY(in.open(path).isNull());
        qint64 last = 0;
        const QByteArray got = readAll(in, 1000, &last);
        QCOMPARE(last, -1);
        QVERIFY(got.startsWith(good));
        QVERIFY(got.size() > good.size()); // the damaged member's bytes, then the error
        QVERIFY(!in.error().isNull());
        QCOMPARE(in.keptMembers(), 0);
    }

    void corruptGzipFails()
    {
        QTemporaryDir dir;
        QByteArray z = gzip(sample(20000));
        for (qsizetype i = z.size() / 2; i < z.size() / 2 + 64; ++i)
            z[i] = char(z[i] ^ 0x5a);
        InputFile in;
        QVERIFY(in.open(write(dir, u"bad.json.gz"_s, z)).isNull());
        qint64 last = 0;
        QCOMPARE(readAll(in, 1 << 16, &last), QByteArray()); // nothing of a member that fails
        QCOMPARE(last, -1);
        QVERIFY2(in.error().message.contains(u"is corrupt"_s), qPrintable(in.error().message));
    }

    // A member that cannot be shown intact yields nothing: the members before it come out whole,
    // nothing of it or after it does, and the error says where it starts. Damage that decodes (a
    // stored block with one digit changed) shows only in the member's CRC; a member the file ends
    // in has no CRC to be checked against (cut short, or damaged so that its deflate data runs
    // past the end, decoding to garbage).
    void uncheckableMemberYieldsNothingOfIt_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("silent damage, only member") << 0 << false;
        QTest::newRow("silent damage, third member") << 2 << false;
        QTest::newRow("truncated, only member") << 0 << true;
        QTest::newRow("truncated, third member") << 2 << true;
    }

    void uncheckableMemberYieldsNothingOfIt()
    {
        QFETCH(int, before);
        QFETCH(bool, truncated);
        QByteArray good, z;
        for (int i = 0; i < before; ++i) {
            good += sample(100 + i);
            z += gzip(sample(100 + i));
        }
        const qint64 damagedAt = z.size();
        QString says;
        if (truncated) {
            const QByteArray last = gzip(sample(20000));
            z += last.left(last.size() / 2);
            says =
                u"is truncated or damaged: its gzip data from compressed byte %1 on ends before the end of "
                "its member"_s;
        } else {
            const QByteArray damaged = pjl::test::gzipWithSilentDamage(sample(5000));
            QVERIFY(!damaged.isEmpty());
            z += damaged + gzip(sample(10));
            says = u"is corrupt: its gzip data from compressed byte %1 on fails the integrity check"_s;
        }
        QTemporaryDir dir;
        const QString path = write(dir, u"damaged.json.gz"_s, z);
        for (const qsizetype keepLimit : {qsizetype(0), pjl::GzipMemberCheck::kDefaultKeepLimit}) {
            InputFile in(pjl::InputFile::GzipCheck::Ahead, keepLimit);
            QVERIFY(in.open(path).isNull());
            qint64 last = 0;
            QCOMPARE(readAll(in, 1000, &last), good);
            QCOMPARE(last, -1);
            QVERIFY2(in.error().message.contains(says.arg(damagedAt)), qPrintable(in.error().message));
            QCOMPARE(in.error().offset, damagedAt);
        }
    }

    // GzipCheck::WhileLoading: a member larger than the keep limit is handed out as it is
    // inflated, and checkedEnd() stays at its first byte until its CRC matched at its end; the
    // members around it are checked ahead (all of their bytes are checked when handed out). A
    // member that fails its check, or that the file ends in, fails there, after its bytes, with the
    // words a member checked ahead fails with; checkedEnd() still at its first byte.
    void whileLoadingChecksLargeMembersAtTheirEnd_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::newRow("intact") << u"intact"_s;
        QTest::newRow("silent damage") << u"damage"_s;
        QTest::newRow("truncated") << u"truncated"_s;
    }

    void whileLoadingChecksLargeMembersAtTheirEnd()
    {
        QFETCH(QString, ending);
        const qsizetype keepLimit = 64 << 10;
        const QByteArray before = sample(100) + sample(110);
        QByteArray z = gzip(sample(100)) + gzip(sample(110));
        const qint64 largeStart = before.size(); // stream offset
        const qint64 largeAt = z.size();         // compressed offset
        const QByteArray large = sample(10000);
        QVERIFY(large.size() > 4 * keepLimit);
        const QByteArray after = sample(50);
        QString says;
        if (ending == u"intact"_s) {
            z += gzip(large) + gzip(after);
        } else if (ending == u"damage"_s) {
            z += pjl::test::gzipWithSilentDamage(large) + gzip(after);
            says = u"is corrupt: its gzip data from compressed byte %1 on fails the integrity check"_s;
        } else {
            const QByteArray member = gzip(large);
            z += member.left(member.size() * 3 / 4);
            says =
                u"is truncated or damaged: its gzip data from compressed byte %1 on ends before the end of "
                "its member"_s;
        }
        QTemporaryDir dir;
        const QString path = write(dir, u"members.json.gz"_s, z);
        InputFile in(InputFile::GzipCheck::WhileLoading, keepLimit);
        QVERIFY(in.open(path).isNull());
        QByteArray got;
        std::vector<char> buffer(1000);
        qint64 n = 0;
        int insideLarge = 0;
        while ((n = in.read(buffer.data(), qint64(buffer.size()))) > 0) {
            got.append(buffer.data(), qsizetype(n));
            const qint64 end = got.size();
            if (end > largeStart && end < largeStart + large.size()) {
                QCOMPARE(in.checkedEnd(), largeStart); // its end, and so its CRC, is still to come
                ++insideLarge;
            } else if (end <= largeStart) {
                QVERIFY(in.checkedEnd() >= end);
            }
        }
        QVERIFY(insideLarge > 100);
        if (says.isEmpty()) {
            QCOMPARE(n, 0);
            QCOMPARE(got, before + large + after);
            QCOMPARE(in.checkedEnd(), InputFile::kAllChecked);
            QCOMPARE(in.keptMembers(), 3);
            return;
        }
        QCOMPARE(n, -1);
        QVERIFY(got.startsWith(before));
        QVERIFY(got.size() > largeStart + keepLimit); // handed out unchecked, as far as it got
        QCOMPARE(in.checkedEnd(), largeStart);
        QVERIFY2(in.error().message.contains(says.arg(largeAt)), qPrintable(in.error().message));
        QCOMPARE(in.error().offset, largeAt);
        QCOMPARE(in.read(buffer.data(), 1), -1); // and it stays failed
    }

    // Both engines, whichever InputFile uses by default: every member, the CRC check, and the
    // place where a stream stops being valid.
    void gzipDecoderEngines_data()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("zlib") << int(pjl::GzipDecoder::Engine::Zlib);
        if (pjl::GzipDecoder::hasIsal())
            QTest::newRow("isa-l") << int(pjl::GzipDecoder::Engine::Isal);
    }

    void gzipDecoderEngines()
    {
        QFETCH(int, engine);
        using pjl::GzipDecoder;
        const auto decode = [&](const QByteArray &z, size_t piece, QString *error, bool *ended) {
            GzipDecoder d{GzipDecoder::Engine(engine)};
            QByteArray out;
            char buffer[4096];
            size_t pos = 0;
            *ended = false;
            for (int guard = 0; guard < 1000000; ++guard) {
                if (d.inputLeft() == 0) {
                    if (pos >= size_t(z.size()))
                        break;
                    const size_t n = std::min(piece, size_t(z.size()) - pos);
                    d.setInput(z.constData() + pos, n);
                    pos += n;
                }
                if (*ended) {
                    d.nextMember();
                    *ended = false;
                }
                char *at = buffer;
                size_t room = sizeof buffer;
                const GzipDecoder::Status status = d.inflate(at, room);
                out.append(buffer, qsizetype(at - buffer));
                if (status == GzipDecoder::Status::Failed) {
                    *error = d.errorText();
                    break;
                }
                *ended = status == GzipDecoder::Status::MemberEnd;
            }
            return out;
        };
        QCOMPARE(GzipDecoder{GzipDecoder::Engine(engine)}.engine(), GzipDecoder::Engine(engine));
        const QByteArray a = sample(3000), b = sample(7);
        for (size_t piece : {size_t(1), size_t(7), size_t(1000), size_t(1 << 20)}) {
            QString error;
            bool ended = false;
            QCOMPARE(decode(gzip(a) + gzip(b), piece, &error, &ended), a + b);
            QVERIFY(error.isEmpty());
            QVERIFY(ended);
        }
        // Half a stream: what is there comes out, and it never says the member ended.
        QString error;
        bool ended = false;
        const QByteArray z = gzip(a);
        const QByteArray half = decode(z.left(z.size() / 2), 4096, &error, &ended);
        QVERIFY(!ended);
        QVERIFY(a.startsWith(half));
        // A wrong CRC in the trailer fails even though every byte decoded.
        QByteArray badCrc = z;
        badCrc[badCrc.size() - 8] = char(badCrc[badCrc.size() - 8] ^ 1);
        decode(badCrc, 4096, &error, &ended);
        QVERIFY2(!error.isEmpty(), "a corrupt CRC went unnoticed");
    }

    void missingFile()
    {
        InputFile in;
        const pjl::Error e = in.open(u"/nonexistent/file.json"_s);
        QVERIFY(!e.isNull());
        QVERIFY(e.message.contains(u"/nonexistent/file.json"_s));
    }

    void missingDirectoryAndEmptyFiles()
    {
        QTemporaryDir dir;
        InputFile in;
        const pjl::Error e = in.open(u"/nonexistent/file.json"_s);
        QVERIFY(e.message.contains(QString::fromLocal8Bit(std::strerror(ENOENT)))); // the system's words
        // A directory is not a file to read, even where open(2) would allow it.
        QVERIFY(!in.open(dir.path()).isNull());
        QVERIFY(in.open(write(dir, u"empty.json"_s, {})).isNull());
        QCOMPARE(readAll(in, 100), QByteArray());
        QVERIFY(in.error().isNull());
        QVERIFY(in.open(write(dir, u"one.json"_s, "1")).isNull());
        QCOMPARE(readAll(in, 100), QByteArray("1"));
    }

    void plainFileReadsAtOffsetsAndStats()
    {
        QTemporaryDir dir;
        const QByteArray data = sample(200);
        const QString path = write(dir, u"p.json"_s, data);
        pjl::PlainFile f;
        QVERIFY(f.open(path));
        QCOMPARE(f.size(), data.size());
        char buffer[64];
        QCOMPARE(f.readAt(buffer, 10, 100), 10);
        QCOMPARE(QByteArray(buffer, 10), data.mid(100, 10));
        QCOMPARE(f.read(buffer, 5), 5); // reading from the start is not moved by readAt
        QCOMPARE(QByteArray(buffer, 5), data.left(5));
        QCOMPARE(f.readAt(buffer, 64, data.size()), 0);

        const pjl::PlainFile::Info info = pjl::PlainFile::stat(path);
        QVERIFY(info.exists);
        QCOMPARE(info.size, data.size());
        QCOMPARE(info.modifiedMs, QFileInfo(path).lastModified().toMSecsSinceEpoch());
        QVERIFY(!pjl::PlainFile::stat(dir.filePath(u"none"_s)).exists);
    }

    // Over a gzip file cut inside its second member, the framer delivers the records of the first,
    // then fails with the reader's error.
    void framerOverTruncatedGzip()
    {
        QTemporaryDir dir;
        const QByteArray second = gzip(sample(20000));
        const QByteArray z = gzip(sample(1000)) + second.left(second.size() / 2);
        InputFile in;
        QVERIFY(in.open(write(dir, u"cut.json.gz"_s, z)).isNull());
        pjl::RecordFramer framer(in);
        pjl::FramedRecord r;
        qint64 good = 0;
        qint64 rejects = 0;
        pjl::RecordFramer::Status status;
        while ((status = framer.next(r)) == pjl::RecordFramer::Status::Record)
            (r.isReject() ? rejects : good) += 1;
        QCOMPARE(status, pjl::RecordFramer::Status::Failed);
        QCOMPARE(good, 1000);
        QCOMPARE(rejects, 0);
        QVERIFY(framer.error().message.contains(u"is truncated or damaged"_s));
    }
};

QTEST_GUILESS_MAIN(TestInputFile)
#include "tst_inputfile.moc"
