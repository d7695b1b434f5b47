#pragma once

#include "connectionsettings.h"
#include "error.h"
#include "loadjournal.h"
#include "loadplan.h"
#include "recordbatch.h"

#include <QCoreApplication>

namespace pjl {

class BatchQueue;
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
    };
    // The transaction left open for held batches, all of one file.
    struct Held
    {
        bool open = false;
        int fileIndex = -1;
        qint64 end = 0; // the stream offset the file's check must reach for them to commit
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
    void loseHeld(); // the connection and the open transaction are gone: read them again
    Error connect(PgConnection &connection);
    Error reconnect(PgConnection &connection, const Error &cause);
    int fileIndexOf(const RecordBatch &batch, qint64 ordinal, const QString &path) const;

    LoadState &m_state;
    BatchQueue &m_queue;
    ConnectionSettings m_connection;
    LoadOptions m_options;
    Held m_held;
};

} // namespace pjl
