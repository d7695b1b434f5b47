#include "batchqueue.h"
#include "recordbatch.h"
#include "recordframer.h"

#include <QFile>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

using pjl::BatchQueue;
using pjl::FramedRecord;
using pjl::RecordBatch;

// How batches keep their memory. New memory has to be paged in, and at --chunk 50000 batches that
// grew into new memory every few batches doubled the reader's CPU: a recycled batch must take the
// next one as it is, and growing must leave room for the next expectation.
class TestRecordBatch final : public QObject
{
    Q_OBJECT

    static void append(RecordBatch &batch, const QByteArray &record, qint64 ordinal)
    {
        FramedRecord r;
        r.data = record.constData();
        r.size = record.size();
        r.spanBytes = record.size() + 1;
        r.ordinal = ordinal;
        r.line = ordinal;
        r.offset = (ordinal - 1) * r.spanBytes;
        batch.appendRecord(r);
    }

    static QByteArray record(qint64 ordinal, int size)
    {
        QByteArray text = "{\"n\":" + QByteArray::number(ordinal) + ",\"s\":\"";
        text += QByteArray(std::max<qsizetype>(0, size - text.size() - 2), 'x');
        return text + "\"}";
    }

private Q_SLOTS:
    void resetKeepsMemoryThatFits()
    {
        RecordBatch batch(0, 100'000);
        const qint64 capacity = batch.capacity();
        QVERIFY(capacity >= 100'000);
        batch.beginSegment(0, 1, 0);
        for (int i = 1; i <= 100; ++i)
            append(batch, record(i, 500), i);
        const char *memory = batch.data();
        batch.reset(3, 100'000);
        QCOMPARE(batch.data(), memory);
        QCOMPARE(batch.capacity(), capacity);
        QCOMPARE(batch.tableIndex(), 3);
        QCOMPARE(batch.dataBytes(), 0);
        QCOMPARE(batch.jsonBytes(), 0);
        QVERIFY(batch.rows().empty());
        QVERIFY(batch.segments().empty());
        // Asking for less keeps the memory too: a batch never shrinks while it is recycled.
        batch.reset(0, 1000);
        QCOMPARE(batch.data(), memory);
        QCOMPARE(batch.capacity(), capacity);
    }

    void resetGrowsWithRoomForTheNextExpectation()
    {
        RecordBatch batch(0, 4096);
        batch.reset(0, 80'000);
        QCOMPARE(batch.capacity(), 90'000); // an eighth more than asked
        const char *memory = batch.data();
        // The producer's expectation creeps up by a few records: the same memory takes it.
        batch.reset(0, 81'000);
        batch.reset(0, 89'000);
        QCOMPARE(batch.data(), memory);
        QCOMPARE(batch.capacity(), 90'000);
    }

    void fillingPastCapacityGrowsByHalfAndKeepsTheRecords()
    {
        RecordBatch batch(0, 10'000);
        const qint64 capacity = batch.capacity();
        batch.beginSegment(0, 1, 0);
        QList<QByteArray> records;
        qint64 ordinal = 0;
        while (batch.capacity() == capacity) {
            records.append(record(++ordinal, 300));
            append(batch, records.last(), ordinal);
        }
        QCOMPARE(batch.capacity(), capacity + capacity / 2);
        batch.finish();
        QCOMPARE(qsizetype(batch.rows().size()), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const RecordBatch::Row &row = batch.rows()[size_t(i)];
            QCOMPARE(QByteArray(batch.data() + row.dataOffset, qsizetype(row.size)), records[i]);
            QCOMPARE(row.ordinal, qint64(i + 1));
        }
        QCOMPARE(batch.segments().back().rowEnd, int(records.size()));
        QCOMPARE(batch.segments().back().lastOrdinal, ordinal);
    }

    void recycleKeepsBatchesUpToKeepBytes()
    {
        BatchQueue queue(4, 1 << 20, 50'000);
        QVERIFY(!queue.takeRecycled());
        auto fits = std::make_unique<RecordBatch>(0, 40'000); // capacity 45,000
        const RecordBatch *kept = fits.get();
        queue.recycle(std::move(fits));
        queue.recycle(std::make_unique<RecordBatch>(0, 60'000)); // blown up: freed
        const auto taken = queue.takeRecycled();
        QCOMPARE(taken.get(), kept);
        QVERIFY(!queue.takeRecycled());
    }

    void recycleKeepsAtMostFour()
    {
        BatchQueue queue(4, 1 << 20, 1 << 20);
        for (int i = 0; i < 6; ++i)
            queue.recycle(std::make_unique<RecordBatch>(0, 4096));
        int taken = 0;
        while (queue.takeRecycled())
            ++taken;
        QCOMPARE(taken, 4);
    }

    // Paging in batches 4 KiB at a time cost an eighth of the loader's CPU in this VM: from 1 MiB on
    // a batch asks for huge pages (whole, aligned ones), small ones stay plain malloc.
    void bigBatchesAskForHugePages()
    {
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
        RecordBatch big(0, 1'500'000);
        const auto address = quintptr(big.data());
        QCOMPARE(address % pjl::LargeBuffer::kHugePage, quintptr(0));
        QVERIFY2(vmaFlags(address).contains("hg"), "no MADV_HUGEPAGE on the batch's memory");
        big.beginSegment(0, 1, 0);
        append(big, record(1, 1000), 1); // and the memory is usable
        QCOMPARE(QByteArray(big.data() + big.rows().front().dataOffset, 1000), record(1, 1000));

        RecordBatch small(0, 100'000);
        QVERIFY(!vmaFlags(quintptr(small.data())).contains("hg"));
#else
        QSKIP("huge pages are asked for on Linux only");
#endif
    }

private:
    // The VmFlags of the mapping holding address, from /proc/self/smaps ("hg": MADV_HUGEPAGE).
    static QByteArrayList vmaFlags(quintptr address)
    {
        QFile smaps(QStringLiteral("/proc/self/smaps"));
        if (!smaps.open(QIODevice::ReadOnly))
            return {};
        bool inside = false;
        for (const QByteArray &line : smaps.readAll().split('\n')) {
            const qsizetype dash = line.indexOf('-');
            const qsizetype space = line.indexOf(' ');
            if (dash > 0 && space > dash && !line.left(space).endsWith(':')) { // "from-to perms .."
                bool ok1 = false, ok2 = false;
                const quintptr from = line.left(dash).toULongLong(&ok1, 16);
                const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
                inside = ok1 && ok2 && from <= address && address < to;
            } else if (inside && line.startsWith("VmFlags:")) {
                return line.mid(8).simplified().split(' ');
            }
        }
        return {};
    }
};

QTEST_GUILESS_MAIN(TestRecordBatch)
#include "tst_recordbatch.moc"
