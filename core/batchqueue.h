#pragma once

#include "recordbatch.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace pjl {

// The bounded hand-over between the reader and the sink workers. Its byte bound is the loader's
// memory bound: the reader waits while the workers are behind.
class BatchQueue final
{
    Q_DISABLE_COPY_MOVE(BatchQueue)

public:
    // keepBytes: the largest batch (capacity) worth keeping for reuse; bigger ones, blown up by a
    // huge record, are freed.
    BatchQueue(int maxBatches, qint64 maxBytes, qint64 keepBytes);

    // Blocks while full; returns false (dropping the batch) once the queue was aborted.
    bool push(std::unique_ptr<RecordBatch> batch);
    // Blocks while empty; returns null when closed and drained, or aborted.
    std::unique_ptr<RecordBatch> pop();

    // Spent batches come back here so that the reader reuses their memory.
    void recycle(std::unique_ptr<RecordBatch> batch);
    std::unique_ptr<RecordBatch> takeRecycled(); // null when there is none

    void close(); // no more batches will come
    void abort(); // stop now: wakes everyone, drops what is queued

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<std::unique_ptr<RecordBatch>> m_batches;
    std::vector<std::unique_ptr<RecordBatch>> m_recycled;
    const int m_maxBatches;
    const qint64 m_maxBytes;
    const qint64 m_keepBytes;
    qint64 m_bytes = 0;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace pjl
