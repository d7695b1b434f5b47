#pragma once

#include "error.h"
#include "fileentry.h"
#include "filefingerprint.h"
#include "filestate.h"
#include "framing.h"
#include "logger.h"
#include "recordbatch.h"
#include "rejectedrecord.h"
#include "rejectwriter.h"
#include "tablename.h"
#include "tablesetup.h"

#include <QElapsedTimer>

#include <atomic>
#include <condition_variable>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

namespace pjl {

class BatchQueue;
class PgConnection;

// What the threads of one load share: per-file counters (atomics, read by the progress timer),
// the stop/pause flags, the first fatal error, and inboxes of messages and rejects that the
// LoadJob drains on its own thread. Stages talk through this and the BatchQueue, not signals.
class LoadState final
{
    Q_DECLARE_TR_FUNCTIONS(LoadState)
    Q_DISABLE_COPY_MOVE(LoadState)

public:
    struct File
    {
        FileEntry entry;
        int tableIndex = 0;
        std::atomic<int> state{int(FileState::Queued)};
        std::atomic<int> framing{int(Framing::Unknown)};
        std::atomic<qint64> bytesRead{0};
        std::atomic<qint64> bytesDone{0};
        std::atomic<qint64> rowsLoaded{0};
        std::atomic<qint64> rowsRejected{0};
        std::atomic<qint64> jsonBytes{0};
        std::atomic<qint64> records{-1}; // total once the reader reached the end
        std::atomic<qint64> recordsDone{0};
        std::atomic<bool> completionQueued{false}; // every record committed; Loaded once flushed
        std::atomic<qint64> startedMs{-1};
        std::atomic<qint64> finishedMs{-1};
        std::atomic<quint32> version{0}; // bumped on every change the UI should see
        // Set by the reader before it hands over a batch: the stream offset up to which the file's
        // bytes passed their gzip check (InputFile::checkedEnd()), and whether they never will
        // past it. A sink worker keeps records after it uncommitted (SinkWorker: held) until
        // it moves past them, or rolls them back on a failed check.
        std::atomic<qint64> checkedEnd{std::numeric_limits<qint64>::max()};
        std::atomic<bool> checkFailed{false};
        QString error; // guarded by LoadState's mutex

        // From the journal, set before reading starts.
        qint64 journalId = 0;
        // A small file new to the journal: the reader fingerprints it (into fingerprint, before any
        // batch with its records goes out), and its journal row (journalId reserved) commits with
        // its first batch to commit (LoadJournal::NewFile).
        bool fingerprintWhileReading = false;
        FileFingerprint fingerprint;
        std::atomic<bool> rowCommitted{false}; // that journal row, committed on its own (SinkWorker)
        std::vector<std::pair<qint64, qint64>> committed; // record ranges committed by earlier runs
        qint64 rowsBefore = 0;

        // Record ranges of held batches lost with a worker's connection (guarded by LoadState's
        // mutex), read again in another round (takeFilesToReread); and whether this is that round.
        std::vector<std::pair<qint64, qint64>> lost;
        bool rereading = false;

        FileState fileState() const { return FileState(state.load()); }
    };

    struct Table
    {
        TableName name;
        QString display;
        ColumnKind kind = ColumnKind::Jsonb;
        QByteArray copyStatement;
        QByteArray beginStatement = "BEGIN"; // opens each batch's transaction
        quint32 oid = 0;                     // with the journal
    };

    LoadState(const FileEntries &files, std::vector<Table> tables, Logger *logger);

    std::vector<std::unique_ptr<File>> files;
    std::vector<Table> tables;
    QElapsedTimer clock;
    qint64 rejectTextBytes = 64 << 10;
    bool journal = false;

    std::atomic_bool stop{false}; // cancel or a fatal error: no new batches, COPY aborts
    std::atomic_bool cancelled{false};
    std::atomic_bool paused{false};
    // Set once the server refused a batch of unchecked records: the data has bad records, so the
    // reader validates every record from then on rather than have more batches refused.
    std::atomic_bool validateAll{false};
    // Set once the server refused a row of a COPY spanning several batches (SinkWorker): that
    // transaction's batches are read again, and from then on each batch commits on its own, so
    // that a bad row costs one batch its savepoints, not a whole COPY.
    std::atomic_bool commitEachBatch{false};

    std::atomic<qint64> rowsLoaded{0};
    std::atomic<qint64> rowsRejected{0};
    std::atomic<qint64> jsonBytes{0};
    std::atomic<qint64> bytesDone{0};
    // Files in a state they keep (Loaded, Failed, AlreadyLoaded, Changed): counted as they get
    // there, so that progress does not walk thousands of files ten times a second to count them.
    std::atomic<int> filesDone{0};

    // While loading: aborted on stop so that nobody waits on it.
    void setQueue(BatchQueue *queue);

    void fail(const Error &error); // the first fatal error wins and stops the load
    Error fatal() const;
    void requestStop(bool cancel);

    void setPaused(bool paused);
    void waitWhilePaused();

    void log(const LogMessage &message);
    // Puts a file in a state it keeps (Failed, AlreadyLoaded, Changed; Loaded is markLoaded's).
    void finish(File &file, FileState state);
    void setFileError(File &file, const QString &error);
    QString fileError(const File &file) const;
    void touch(File &file) { file.version.fetch_add(1, std::memory_order_relaxed); }

    using Segments = std::vector<RecordBatch::Segment>;
    // A sink worker committed a batch: count it, write its rejects, mark finished files.
    void batchCommitted(const Segments &segments, const std::vector<qint64> &segmentLoaded,
                        const std::vector<qint64> &segmentRejected, RejectedRecords rejects);
    // A batch sent in a transaction left open until its file's check is known: counted for the
    // progress now, and then either committed or rolled back (uncounted).
    void batchHeld(const Segments &segments, const std::vector<qint64> &segmentLoaded,
                   const std::vector<qint64> &segmentRejected);
    void heldBatchCommitted(const Segments &segments, RejectedRecords rejects);
    void heldBatchRolledBack(const Segments &segments, const std::vector<qint64> &segmentLoaded,
                             const std::vector<qint64> &segmentRejected);
    // Rolled back with a lost connection: uncounted, and its records to be read again.
    void heldBatchLost(const Segments &segments, const std::vector<qint64> &segmentLoaded,
                       const std::vector<qint64> &segmentRejected);
    // Once a round of reading and loading is over: the files to read again for their lost ranges,
    // each with committed set to all of its records but those (the reader skips committed ranges).
    std::vector<int> takeFilesToReread();

    // Rejects a resumed file had before this run: reported again, counted, written to the file.
    void addEarlierRejects(File &file, RejectedRecords rejects);
    // Files whose every record committed since the last call: they become Loaded (markLoaded)
    // once a synchronous commit has made their batches durable.
    std::vector<int> takeCompletedFiles();
    void markLoaded(File &file);

    Error openRejects(const QString &path);
    QString rejectsPath() const;

    // Connections of the workers, so a cancel can interrupt a statement that takes long.
    void registerConnection(PgConnection *connection);
    void unregisterConnection(PgConnection *connection);
    void cancelConnections();

    std::vector<LogMessage> takeMessages();
    RejectedRecords takeRejects();

private:
    void count(const Segments &segments, const std::vector<qint64> &segmentLoaded,
               const std::vector<qint64> &segmentRejected, qint64 sign);
    void complete(const Segments &segments, RejectedRecords rejects);
    void writeRejects(RejectedRecords rejects);

    mutable std::mutex m_mutex;
    std::condition_variable m_pauseWake;
    Error m_fatal;
    Logger *m_logger;
    RejectWriter m_rejectWriter;
    QString m_rejectsPath;
    std::vector<LogMessage> m_messages;
    RejectedRecords m_rejects;
    std::vector<PgConnection *> m_connections;
    std::vector<int> m_completed;
    BatchQueue *m_queue = nullptr;
};

} // namespace pjl
