#include "recordbatch.h"

#include "recordframer.h"

#include <algorithm>
#include <cstring>

namespace pjl {

RecordBatch::RecordBatch(int tableIndex, qint64 expectedBytes)
    : m_tableIndex(tableIndex)
{
    reset(tableIndex, std::max<qint64>(expectedBytes, 4096));
}

void RecordBatch::reset(int tableIndex, qint64 expectedBytes)
{
    m_tableIndex = tableIndex;
    m_used = 0;
    if (expectedBytes > qint64(m_capacity)) {
        // Nothing to copy now. An eighth more, so that the next expectation, a little higher,
        // finds room (every growth is new memory to page in), and still a size that
        // BatchQueue::recycle keeps.
        expectedBytes += expectedBytes / 8;
        m_data = LargeBuffer(size_t(expectedBytes + kPadding));
        m_capacity = size_t(expectedBytes);
    }
    m_jsonBytes = 0;
    m_rows.clear();
    m_segments.clear();
    m_rejects.clear();
    m_rejectSegments.clear();
    m_segmentOpen = false;
}

void RecordBatch::reserve(size_t bytes)
{
    if (m_used + bytes <= m_capacity)
        return;
    // By half: a batch outgrows its expected size by a few records, rarely by another batch.
    const size_t capacity = std::max(m_capacity + m_capacity / 2, m_used + bytes);
    LargeBuffer bigger(capacity + size_t(kPadding));
    std::memcpy(bigger.get(), m_data.get(), m_used);
    m_data = std::move(bigger);
    m_capacity = capacity;
}

void RecordBatch::finish()
{
    std::memset(m_data.get() + m_used, 0, size_t(kPadding));
}

void RecordBatch::beginSegment(int fileIndex, qint64 firstOrdinal, qint64 firstOffset)
{
    Segment segment;
    segment.fileIndex = fileIndex;
    segment.firstOrdinal = firstOrdinal;
    segment.lastOrdinal = firstOrdinal - 1;
    segment.firstOffset = firstOffset;
    segment.endOffset = firstOffset;
    segment.rowBegin = segment.rowEnd = int(m_rows.size());
    m_segments.push_back(segment);
    m_segmentOpen = true;
}

void RecordBatch::appendRecord(const FramedRecord &record)
{
    std::memcpy(beginRecord(record), record.data, size_t(record.size));
    endRecord(record, size_t(record.size));
}

char *RecordBatch::beginRecord(const FramedRecord &record)
{
    reserve(size_t(record.size) + size_t(kRowPrefix));
    std::memset(m_data.get() + m_used, 0, size_t(kRowPrefix));
    return m_data.get() + m_used + kRowPrefix;
}

void RecordBatch::endRecord(const FramedRecord &record, size_t size)
{
    Q_ASSERT(size <= size_t(record.size));
    const qint64 offset = qint64(m_used) + kRowPrefix;
    m_used = size_t(offset) + size;
    m_jsonBytes += record.size;
    m_rows.push_back({offset, qint64(size), record.ordinal, record.line, record.offset,
                      int(m_segments.size()) - 1, false});
    Segment &segment = m_segments.back();
    segment.rowEnd = int(m_rows.size());
    segment.lastOrdinal = record.ordinal;
    segment.endOffset = record.offset + record.spanBytes;
}

void RecordBatch::shrinkLastRecord(qint64 size)
{
    Row &row = m_rows.back();
    Q_ASSERT(size <= row.size);
    row.size = size;
    m_used = size_t(row.dataOffset + size);
}

bool RecordBatch::hasUncheckedRows() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.unchecked; });
}

void RecordBatch::markAllChecked()
{
    for (Row &row : m_rows)
        row.unchecked = false;
}

void RecordBatch::dropLastRecord()
{
    const Row row = m_rows.back();
    m_rows.pop_back();
    m_used = size_t(row.dataOffset - kRowPrefix);
    m_jsonBytes -= row.size;
    m_segments.back().rowEnd = int(m_rows.size());
}

void RecordBatch::appendReject(RejectedRecord reject)
{
    Segment &segment = m_segments.back();
    segment.lastOrdinal = reject.error.record;
    segment.endOffset = reject.error.offset + reject.textBytes;
    m_jsonBytes += reject.textBytes;
    m_rejects.append(std::move(reject));
    m_rejectSegments.push_back(int(m_segments.size()) - 1);
}

void RecordBatch::endSegment(qint64 lastOrdinal, qint64 endOffset, qint64 storageBytes, bool endsFile)
{
    Segment &segment = m_segments.back();
    segment.lastOrdinal = std::max(segment.lastOrdinal, lastOrdinal);
    segment.endOffset = std::max(segment.endOffset, endOffset);
    segment.storageBytes = storageBytes;
    segment.endsFile = endsFile;
    m_segmentOpen = false;
}

} // namespace pjl
