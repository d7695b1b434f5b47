#include "batchqueue.h"

namespace pjl {

BatchQueue::BatchQueue(int maxBatches, qint64 maxBytes, qint64 keepBytes)
    : m_maxBatches(std::max(1, maxBatches))
    , m_maxBytes(maxBytes)
    , m_keepBytes(keepBytes)
{}

bool BatchQueue::push(std::unique_ptr<RecordBatch> batch)
{
    std::unique_lock lock(m_mutex);
    // An oversized batch still goes in when the queue is empty, or nothing would ever move.
    m_notFull.wait(lock, [&] {
        return m_aborted || m_batches.empty() ||
               (int(m_batches.size()) < m_maxBatches && m_bytes + batch->dataBytes() <= m_maxBytes);
    });
    if (m_aborted)
        return false;
    m_bytes += batch->dataBytes();
    m_batches.push_back(std::move(batch));
    m_notEmpty.notify_one();
    return true;
}

std::unique_ptr<RecordBatch> BatchQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_notEmpty.wait(lock, [&] { return m_aborted || m_closed || !m_batches.empty(); });
    if (m_aborted || m_batches.empty())
        return nullptr;
    std::unique_ptr<RecordBatch> batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_bytes -= batch->dataBytes();
    m_notFull.notify_all();
    return batch;
}

void BatchQueue::recycle(std::unique_ptr<RecordBatch> batch)
{
    std::lock_guard lock(m_mutex);
    // Keep a few, and none that a huge record blew up.
    if (m_recycled.size() < 4 && batch->capacity() <= m_keepBytes)
        m_recycled.push_back(std::move(batch));
}

std::unique_ptr<RecordBatch> BatchQueue::takeRecycled()
{
    std::lock_guard lock(m_mutex);
    if (m_recycled.empty())
        return nullptr;
    std::unique_ptr<RecordBatch> batch = std::move(m_recycled.back());
    m_recycled.pop_back();
    return batch;
}

void BatchQueue::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_notEmpty.notify_all();
}

void BatchQueue::abort()
{
    std::lock_guard lock(m_mutex);
    m_aborted = true;
    m_batches.clear();
    m_bytes = 0;
    m_notEmpty.notify_all();
    m_notFull.notify_all();
}

} // namespace pjl
