#pragma once

#include "largebuffer.h"
#include "rejectedrecord.h"

#include <vector>

namespace pjl {

struct FramedRecord;

// The unit of work and of commit: consecutive records of one or more files bound for one table.
// Record bytes are stored back to back, each preceded by kRowPrefix bytes of room where the sink
// writes its COPY row header, so a run of rows goes to the server as one contiguous piece.
// A segment is a file's contiguous range of record ordinals, rejects included: the journal names
// batches by segments.
class RecordBatch final
{
    Q_DISABLE_COPY_MOVE(RecordBatch)

public:
    static constexpr qint64 kRowPrefix = 7; // int16 field count, int32 length, jsonb version byte
    static constexpr qint64 kPadding = 64;  // readable bytes after the last record (simdjson)

    struct Row
    {
        qint64 dataOffset; // where the record's bytes start in data()
        qint64 size;
        qint64 ordinal;
        qint64 line;
        qint64 fileOffset;
        int segment;
        bool unchecked = false; // sent without the validator's verdict: the server judges it
    };

    struct Segment
    {
        int fileIndex = -1;
        qint64 firstOrdinal = 1; // first record ordinal covered
        qint64 lastOrdinal = 0;  // last record ordinal covered (< first: no records)
        qint64 firstOffset = 0;  // byte range of the decompressed stream covered
        qint64 endOffset = 0;
        qint64 storageBytes = 0; // bytes of the file on disk this segment accounts for (progress)
        bool endsFile = false;   // the file's last segment
        int rowBegin = 0;        // rows [rowBegin, rowEnd) belong to it
        int rowEnd = 0;
    };

    RecordBatch(int tableIndex, qint64 expectedBytes);

    // Empties the batch for reuse, keeping its memory (already paged in: cheaper than new memory)
    // unless it holds less than expectedBytes: then it grows to that now, while there is nothing
    // to copy. Filling it past its capacity grows it by half.
    void reset(int tableIndex, qint64 expectedBytes = 0);
    qint64 capacity() const { return qint64(m_capacity); }

    int tableIndex() const { return m_tableIndex; }

    void beginSegment(int fileIndex, qint64 firstOrdinal, qint64 firstOffset);
    // Copies the record in; kPadding readable bytes follow it (the validator reads past the end).
    void appendRecord(const FramedRecord &record);
    // The same, but write(char *out) puts the text in, at most record.size bytes, and returns how
    // many: the reader writes a record's canonical form straight into the batch.
    template<typename Write> void appendRecord(const FramedRecord &record, Write &&write)
    {
        char *out = beginRecord(record);
        endRecord(record, size_t(write(out)));
    }
    void dropLastRecord(); // the validator said no: it becomes a reject instead
    // The last record was not validated: the server's jsonb input judges it, and a batch it
    // refuses is checked then (SinkWorker).
    void markLastUnchecked() { m_rows.back().unchecked = true; }
    bool hasUncheckedRows() const;
    void markAllChecked(); // the unchecked rows have been validated since
    // The last record was rewritten in place to size bytes (<= its size): what is sent shrinks,
    // jsonBytes() still counts what was read.
    void shrinkLastRecord(qint64 size);
    void appendReject(RejectedRecord reject);
    void endSegment(qint64 lastOrdinal, qint64 endOffset, qint64 storageBytes, bool endsFile);
    bool hasOpenSegment() const { return m_segmentOpen; }

    // Zeroes the padding after the last record; call once the batch is complete.
    void finish();

    char *data() { return m_data.get(); }
    const char *data() const { return m_data.get(); }
    qint64 dataBytes() const { return qint64(m_used); } // what the queue's memory bound counts
    qint64 jsonBytes() const { return m_jsonBytes; }    // record bytes, without prefixes

    const std::vector<Row> &rows() const { return m_rows; }
    const std::vector<Segment> &segments() const { return m_segments; }
    std::vector<Segment> &segments() { return m_segments; }
    // Rejects found while reading (framing errors); the sink adds the validator's and the server's.
    RejectedRecords &rejects() { return m_rejects; }
    const RejectedRecords &rejects() const { return m_rejects; }
    // The segment each of rejects() belongs to.
    const std::vector<int> &rejectSegments() const { return m_rejectSegments; }

private:
    void reserve(size_t bytes);
    char *beginRecord(const FramedRecord &record);           // where its text goes
    void endRecord(const FramedRecord &record, size_t size); // size: what was written there

    int m_tableIndex;
    LargeBuffer m_data;    // not initialised: batches are tens of MB
    size_t m_capacity = 0; // kPadding bytes past it are allocated too
    size_t m_used = 0;
    qint64 m_jsonBytes = 0;
    std::vector<Row> m_rows;
    std::vector<Segment> m_segments;
    RejectedRecords m_rejects;
    std::vector<int> m_rejectSegments;
    bool m_segmentOpen = false;
};

} // namespace pjl
