#pragma once

#include "connectionsettings.h"

#include <QCoreApplication>

namespace pjl {

class BatchQueue;
class LoadState;

// One loading thread: owns one connection for its whole life, takes batches from the queue,
// validates their records, sends them with a CopySink and reports what committed.
class SinkWorker final
{
    Q_DECLARE_TR_FUNCTIONS(SinkWorker)
    Q_DISABLE_COPY_MOVE(SinkWorker)

public:
    SinkWorker(LoadState &state, BatchQueue &queue, const ConnectionSettings &connection);

    void run();

private:
    LoadState &m_state;
    BatchQueue &m_queue;
    ConnectionSettings m_connection;
};

} // namespace pjl
