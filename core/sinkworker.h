#pragma once

#include "connectionsettings.h"
#include "error.h"
#include "loadjournal.h"
#include "loadplan.h"
#include "recordbatch.h"

#include <QCoreApplication>

namespace pjl {

class BatchQueue;
class CopySink;
class LoadState;
class PgConnection;

// One loading thread: owns one connection for its whole life, takes batches from the queue,
// sends them with a CopySink (with the journal's rows in the same transaction) and reports what
// committed. A batch of unchecked records that the server refuses is validated here and sent again
// without the bad ones. A lost connection is retried with backoff for up to
// retrySeconds, the same batch resent: the failed transaction committed nothing.
//
// Records a gzip check has yet to confirm (a large member is checked at its end:
// LoadState::File::checkedEnd) are held: sent, each batch under a savepoint, in one transaction
// left open until the reader gets past them (then it commits) or the check fails (then it rolls
// back). A lost connection loses such a transaction: its records are read again in another
// round (LoadJob), once the rest is in.
//
// Batches are streamed: sent in one COPY left open across batches, in one transaction committed
// every LoadOptions::commitBytes (a long COPY costs the server far less than a COPY per batch), or,
// for records past a gzip check, once the check passed. Such a transaction is held the same way:
// its batches count for the progress when sent and, if the transaction is lost (a lost connection,
// a row the server refuses), are read again in another round; after a refused row every batch
// commits on its own (held ones under a savepoint each, in a transaction left open, as above).
class SinkWorker final
{
    Q_DECLARE_TR_FUNCTIONS(SinkWorker)
    Q_DISABLE_COPY_MOVE(SinkWorker)

public:
    SinkWorker(LoadState &state, BatchQueue &queue, const ConnectionSettings &connection,
               const LoadOptions &options);

    void run();

private:
    // What one batch did, per segment, ready for LoadState and the journal.
    struct BatchResult
    {
        std::vector<qint64> loaded;
        std::vector<qint64> rejected;
        RejectedRecords rejects;
    };
    struct HeldBatch
    {
        std::vector<RecordBatch::Segment> segments;
        BatchResult result;
        // A streamed batch's journal rows, written when its COPY ends.
        std::vector<LoadJournal::BatchEntry> entries;
        std::vector<qint64> rejectFileIds;
        std::vector<LoadJournal::NewFile> newFiles;
    };
    // The transaction left open for held batches: all of one file, waiting for its check; or
    // streamed (one COPY still open), all for one table.
    struct Held
    {
        bool open = false;
        bool streaming = false;
        bool checkPending = false; // streamed records past a gzip check: they commit once it passes
        int fileIndex = -1;
        int tableIndex = -1;
        qint64 bytes = 0; // streamed: of records
        qint64 end = 0;   // the stream offset the file's check must reach for them to commit
        std::vector<HeldBatch> batches;
        std::vector<LoadJournal::BatchEntry> lastEntries; // of the last one: did a lost COMMIT go through?
    };
    enum class Hold
    {
        No,    // every record checked: commit it now
        Yes,   // records past the file's check: hold it
        Never, // and the check failed: it is not to be loaded
    };

    Hold holdOf(const RecordBatch &batch) const;
    // Journal rows of files new to the journal, in a transaction of their own. False: the load failed.
    bool commitFileRows(PgConnection &connection, const std::vector<LoadJournal::NewFile> &newFiles,
                        quint32 tableOid);
    // Commits the held batches once their file's check got past them, rolls them back if it
    // failed or the load stops; with wait, waits for one or the other. False: the load failed.
    bool settle(PgConnection &connection, bool wait);
    bool commitHeld(PgConnection &connection);
    void rollBackHeld(PgConnection &connection);
    // Why an open transaction was lost, with its records (read again in another round).
    enum class Loss
    {
        Connection,
        RefusedRow, // a row the server refused in a streamed COPY
        Cancelled,  // a streamed COPY the server cancelled (a statement_timeout)
    };
    void loseHeld(Loss loss = Loss::Connection, const Error &why = {});
    // Sends the batch in the open COPY (opened first if needed). False: the load failed.
    bool streamBatch(PgConnection &connection, RecordBatch &batch, HeldBatch held, bool checkPending);
    bool streamFailed(PgConnection &connection, const Error &error);
    Error connect(PgConnection &connection);
    Error reconnect(PgConnection &connection, const Error &cause);
    int fileIndexOf(const RecordBatch &batch, qint64 ordinal, const QString &path) const;

    LoadState &m_state;
    BatchQueue &m_queue;
    ConnectionSettings m_connection;
    LoadOptions m_options;
    Held m_held;
    CopySink *m_sink = nullptr; // run()'s
};

} // namespace pjl
