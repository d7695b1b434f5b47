#include "filefingerprint.h"
#include "plainfile.h"
#include "sampledata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Qt::StringLiterals;
using pjl::FileFingerprint;
using pjl::test::randomBytes;

namespace {

// The reference: zlib's CRC-32, the checksum journals already hold, whichever library computes it.
QByteArray zlibCrc(const QByteArray &data)
{
    const uLong crc =
        crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()));
    return QByteArray::number(qulonglong(crc), 16).rightJustified(8, '0');
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestFileFingerprint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallFileIsHashedWhole()
    {
        QTemporaryDir dir;
        for (qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(300000), qsizetype(2 << 20)}) {
            const QByteArray data = randomBytes(size, quint32(size));
            const QString path = write(dir, u"small.json"_s, data);
            const auto fp = FileFingerprint::compute(path);
            QVERIFY(fp);
            QVERIFY(fp->wholeFileHashed());
            QCOMPARE(fp->size, size);
            QCOMPARE(fp->headHash, zlibCrc(data));
            QCOMPARE(fp->tailHash, fp->headHash);
            QCOMPARE(fp->modifiedMs, 0); // not needed: the hash covers every byte
            // With the size from a listing (no stat of its own) the same.
            const auto listed = FileFingerprint::compute(path, size, 12345);
            QVERIFY(listed);
            QCOMPARE(listed->size, size);
            QCOMPARE(listed->headHash, fp->headHash);
            QCOMPARE(listed->tailHash, fp->tailHash);
        }
    }

    void largeFileIsHashedAtBothEnds()
    {
        QTemporaryDir dir;
        const qint64 edge = FileFingerprint::kEdgeBytes;
        const QByteArray data = randomBytes(2 * edge + 12345, 7);
        const QString path = write(dir, u"large.json"_s, data);
        const auto fp = FileFingerprint::compute(path);
        QVERIFY(fp);
        QVERIFY(!fp->wholeFileHashed());
        QCOMPARE(fp->headHash, zlibCrc(data.left(edge)));
        QCOMPARE(fp->tailHash, zlibCrc(data.right(edge)));
        QCOMPARE(fp->modifiedMs, pjl::PlainFile::stat(path).modifiedMs);
    }

    void sameContentJudgesLikeTheJournalDoes()
    {
        QTemporaryDir dir;
        QByteArray small = randomBytes(5000, 1);
        const auto a = FileFingerprint::compute(write(dir, u"a.json"_s, small));
        small[2500] = char(small[2500] ^ 1);
        const auto b = FileFingerprint::compute(write(dir, u"b.json"_s, small));
        QVERIFY(a && b);
        QVERIFY(!a->sameContent(b.value())); // one changed byte anywhere in a small file

        FileFingerprint copy = a.value();
        copy.modifiedMs += 1000;
        QVERIFY(a->sameContent(copy)); // a copy of a small file with a new mtime is the same file

        const QByteArray large = randomBytes(3 << 20, 2);
        const auto c = FileFingerprint::compute(write(dir, u"c.json"_s, large), -1, 1000);
        const auto d = FileFingerprint::compute(write(dir, u"d.json"_s, large), -1, 2000);
        QVERIFY(c && d);
        QVERIFY(!c->sameContent(d.value())); // a large file's mtime counts: its middle is not hashed
    }

    // A file that grew has, over its first bytes, the hashes it had at their size: small (hashed
    // whole) and large (first and last MiB of the old size) alike; not when an old byte changed.
    void prefixHashesAsTheFileDidAtThatSize()
    {
        QTemporaryDir dir;
        for (qsizetype oldSize : {qsizetype(1), qsizetype(300000), qsizetype(2 << 20), qsizetype(3 << 20)}) {
            const QByteArray old = randomBytes(oldSize, quint32(oldSize));
            const auto then = FileFingerprint::compute(write(dir, u"old.json"_s, old));
            QByteArray grown = old + randomBytes(5 << 20, 9);
            const QString path = write(dir, u"grown.json"_s, grown);
            const auto prefix = FileFingerprint::ofPrefix(path, oldSize);
            QVERIFY(then && prefix);
            QCOMPARE(prefix->size, oldSize);
            QCOMPARE(prefix->headHash, then->headHash);
            QCOMPARE(prefix->tailHash, then->tailHash);
            grown[oldSize - 1] = char(grown[oldSize - 1] ^ 1); // in the old part's last MiB
            const auto edited = FileFingerprint::ofPrefix(write(dir, u"edited.json"_s, grown), oldSize);
            QVERIFY(edited);
            QVERIFY(edited->headHash != then->headHash || edited->tailHash != then->tailHash);
        }
        QVERIFY(!FileFingerprint::ofPrefix(write(dir, u"short.json"_s, "{}"), 3)); // shorter than that
    }

    void unreadableFileIsAnError()
    {
        const auto fp = FileFingerprint::compute(u"/nonexistent/x.json"_s);
        QVERIFY(!fp);
        QVERIFY(fp.error().message.contains(u"/nonexistent/x.json"_s));
        // A directory where a listing saw a file: found by the read, as by the stat.
        QTemporaryDir dir;
        for (const qint64 size : {qint64(-1), qint64(100)}) {
            const auto directory = FileFingerprint::compute(dir.path(), size, 0);
            QVERIFY(!directory);
            QVERIFY2(directory.error().message.contains(dir.path()), qPrintable(directory.error().message));
        }
    }
};

QTEST_MAIN(TestFileFingerprint)
#include "tst_filefingerprint.moc"
