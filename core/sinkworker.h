#pragma once

#include "connectionsettings.h"
#include "error.h"
#include "loadplan.h"

#include <QCoreApplication>

namespace pjl {

class BatchQueue;
class LoadState;
class PgConnection;
class RecordBatch;

// One loading thread: owns one connection for its whole life, takes batches from the queue,
// sends them with a CopySink (with the journal's rows in the same transaction) and reports what
// committed. A batch of unchecked records that the server refuses is validated here and sent again
// without the bad ones. A lost connection is retried with backoff for up to
// retrySeconds, the same batch resent: the failed transaction committed nothing.
class SinkWorker final
{
    Q_DECLARE_TR_FUNCTIONS(SinkWorker)
    Q_DISABLE_COPY_MOVE(SinkWorker)

public:
    SinkWorker(LoadState &state, BatchQueue &queue, const ConnectionSettings &connection,
               const LoadOptions &options);

    void run();

private:
    Error connect(PgConnection &connection);
    Error reconnect(PgConnection &connection, const Error &cause);
    int fileIndexOf(const RecordBatch &batch, qint64 ordinal, const QString &path) const;

    LoadState &m_state;
    BatchQueue &m_queue;
    ConnectionSettings m_connection;
    LoadOptions m_options;
};

} // namespace pjl
