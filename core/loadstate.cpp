#include "loadstate.h"

#include "batchqueue.h"
#include "pgconnection.h"
#include "recordbatch.h"

#include <algorithm>

namespace pjl {

namespace {
// The UI keeps what it is given; past this many undelivered rejects only the file gets them.
constexpr qsizetype kMaxPendingRejects = 100000;
} // namespace

LoadState::LoadState(const FileEntries &entries, std::vector<Table> tableList, Logger *logger)
    : tables(std::move(tableList))
    , m_logger(logger)
{
    files.reserve(size_t(entries.size()));
    for (const FileEntry &entry : entries) {
        auto file = std::make_unique<File>();
        file->entry = entry;
        for (size_t t = 0; t < tables.size(); ++t) {
            if (tables[t].display == entry.table)
                file->tableIndex = int(t);
        }
        files.push_back(std::move(file));
    }
    clock.start();
}

void LoadState::fail(const Error &error)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_fatal.isNull())
            return;
        m_fatal = error;
    }
    log(LogMessage::error(error.toString()));
    requestStop(false);
}

Error LoadState::fatal() const
{
    std::lock_guard lock(m_mutex);
    return m_fatal;
}

void LoadState::setQueue(BatchQueue *queue)
{
    std::lock_guard lock(m_mutex);
    m_queue = queue;
    if (m_queue && stop)
        m_queue->abort();
}

void LoadState::requestStop(bool cancel)
{
    if (cancel)
        cancelled = true;
    stop = true;
    setPaused(false);
    std::lock_guard lock(m_mutex);
    if (m_queue)
        m_queue->abort();
}

void LoadState::setPaused(bool value)
{
    {
        std::lock_guard lock(m_mutex);
        paused = value;
    }
    m_pauseWake.notify_all();
}

void LoadState::waitWhilePaused()
{
    std::unique_lock lock(m_mutex);
    m_pauseWake.wait(lock, [this] { return !paused.load() || stop.load(); });
}

void LoadState::log(const LogMessage &message)
{
    if (m_logger)
        m_logger->write(message);
    std::lock_guard lock(m_mutex);
    m_messages.push_back(message);
}

void LoadState::setFileError(File &file, const QString &error)
{
    {
        std::lock_guard lock(m_mutex);
        file.error = error;
    }
    touch(file);
}

QString LoadState::fileError(const File &file) const
{
    std::lock_guard lock(m_mutex);
    return file.error;
}

Error LoadState::openRejects(const QString &path)
{
    m_rejectsPath = path;
    m_rejectWriter.openLazily(path);
    return {};
}

QString LoadState::rejectsPath() const
{
    return m_rejectsPath;
}

void LoadState::batchCommitted(const Segments &segments, const std::vector<qint64> &segmentLoaded,
                               const std::vector<qint64> &segmentRejected, RejectedRecords rejects)
{
    count(segments, segmentLoaded, segmentRejected, 1);
    complete(segments, std::move(rejects));
}

void LoadState::batchHeld(const Segments &segments, const std::vector<qint64> &segmentLoaded,
                          const std::vector<qint64> &segmentRejected)
{
    count(segments, segmentLoaded, segmentRejected, 1);
}

void LoadState::heldBatchCommitted(const Segments &segments, RejectedRecords rejects)
{
    complete(segments, std::move(rejects));
}

void LoadState::heldBatchRolledBack(const Segments &segments, const std::vector<qint64> &segmentLoaded,
                                    const std::vector<qint64> &segmentRejected)
{
    count(segments, segmentLoaded, segmentRejected, -1);
}

void LoadState::heldBatchLost(const Segments &segments, const std::vector<qint64> &segmentLoaded,
                              const std::vector<qint64> &segmentRejected)
{
    count(segments, segmentLoaded, segmentRejected, -1);
    std::lock_guard lock(m_mutex);
    for (const RecordBatch::Segment &segment : segments) {
        // An empty segment only marks the file's end, which the next round marks again.
        if (segment.firstOrdinal <= segment.lastOrdinal)
            files[size_t(segment.fileIndex)]->lost.emplace_back(segment.firstOrdinal, segment.lastOrdinal);
    }
}

std::vector<int> LoadState::takeFilesToReread()
{
    std::lock_guard lock(m_mutex);
    std::vector<int> reread;
    for (size_t i = 0; i < files.size(); ++i) {
        File &file = *files[i];
        auto lost = std::move(file.lost);
        file.lost.clear();
        const qint64 records = file.records.load();
        // A file that failed, or was not read to its end, is not loaded: nothing to complete.
        if (lost.empty() || records < 0 || file.fileState() != FileState::Reading)
            continue;
        std::sort(lost.begin(), lost.end());
        std::vector<std::pair<qint64, qint64>> committed;
        qint64 next = 1;
        for (const auto &[first, last] : lost) {
            if (first > next)
                committed.emplace_back(next, first - 1);
            next = std::max(next, last + 1);
        }
        if (next <= records)
            committed.emplace_back(next, records);
        file.committed = std::move(committed);
        file.rereading = true;
        reread.push_back(int(i));
    }
    return reread;
}

void LoadState::count(const Segments &segments, const std::vector<qint64> &segmentLoaded,
                      const std::vector<qint64> &segmentRejected, qint64 sign)
{
    for (size_t s = 0; s < segments.size(); ++s) {
        const RecordBatch::Segment &segment = segments[s];
        File &file = *files[size_t(segment.fileIndex)];
        const qint64 json = sign * (segment.endOffset - segment.firstOffset);
        const qint64 storage = sign * segment.storageBytes;
        file.rowsLoaded += sign * segmentLoaded[s];
        file.rowsRejected += sign * segmentRejected[s];
        file.bytesDone += storage;
        file.jsonBytes += json;
        rowsLoaded += sign * segmentLoaded[s];
        rowsRejected += sign * segmentRejected[s];
        bytesDone += storage;
        jsonBytes += json;
        touch(file);
    }
}

void LoadState::complete(const Segments &segments, RejectedRecords rejects)
{
    std::vector<int> completed;
    for (const RecordBatch::Segment &segment : segments) {
        File &file = *files[size_t(segment.fileIndex)];
        const qint64 done = file.recordsDone +=
            std::max<qint64>(0, segment.lastOrdinal - segment.firstOrdinal + 1);
        // The reader sets records before it hands over the file's last segment, so whoever commits
        // the last outstanding segment sees the total.
        const qint64 total = file.records.load();
        bool queued = false;
        if (total >= 0 && done == total && file.completionQueued.compare_exchange_strong(queued, true))
            completed.push_back(segment.fileIndex);
        touch(file);
    }
    if (!completed.empty()) {
        std::lock_guard lock(m_mutex);
        m_completed.insert(m_completed.end(), completed.begin(), completed.end());
    }
    writeRejects(std::move(rejects));
}

void LoadState::addEarlierRejects(File &file, RejectedRecords rejects)
{
    file.rowsRejected += rejects.size();
    rowsRejected += rejects.size();
    touch(file);
    writeRejects(std::move(rejects));
}

void LoadState::markLoaded(File &file)
{
    int reading = int(FileState::Reading);
    if (file.state.compare_exchange_strong(reading, int(FileState::Loaded))) {
        file.finishedMs = clock.elapsed();
        ++filesDone;
    }
    touch(file);
}

void LoadState::finish(File &file, FileState state)
{
    Q_ASSERT(state == FileState::Failed || state == FileState::AlreadyLoaded || state == FileState::Changed);
    const auto before = FileState(file.state.exchange(int(state)));
    if (before == FileState::Queued || before == FileState::Reading)
        ++filesDone;
}

std::vector<int> LoadState::takeCompletedFiles()
{
    std::lock_guard lock(m_mutex);
    std::vector<int> out;
    out.swap(m_completed);
    return out;
}

void LoadState::writeRejects(RejectedRecords rejects)
{
    if (rejects.isEmpty())
        return;
    if (m_rejectWriter.isOpen()) {
        if (Error e = m_rejectWriter.write(rejects))
            fail(e);
    }
    std::lock_guard lock(m_mutex);
    const qsizetype room = std::max<qsizetype>(0, kMaxPendingRejects - m_rejects.size());
    if (rejects.size() > room)
        rejects.resize(room);
    m_rejects.append(std::move(rejects));
}

void LoadState::registerConnection(PgConnection *connection)
{
    std::lock_guard lock(m_mutex);
    m_connections.push_back(connection);
}

void LoadState::unregisterConnection(PgConnection *connection)
{
    std::lock_guard lock(m_mutex);
    m_connections.erase(std::remove(m_connections.begin(), m_connections.end(), connection),
                        m_connections.end());
}

void LoadState::cancelConnections()
{
    std::lock_guard lock(m_mutex);
    for (PgConnection *connection : m_connections)
        connection->cancel();
}

std::vector<LogMessage> LoadState::takeMessages()
{
    std::lock_guard lock(m_mutex);
    std::vector<LogMessage> out;
    out.swap(m_messages);
    return out;
}

RejectedRecords LoadState::takeRejects()
{
    std::lock_guard lock(m_mutex);
    RejectedRecords out;
    out.swap(m_rejects);
    return out;
}

} // namespace pjl
