#include "sinkworker.h"

#include "batchqueue.h"
#include "copysink.h"
#include "jsonvalidator.h"
#include "loadstate.h"
#include "pgconnection.h"

namespace pjl {

SinkWorker::SinkWorker(LoadState &state, BatchQueue &queue, const ConnectionSettings &connection)
    : m_state(state)
    , m_queue(queue)
    , m_connection(connection)
{
}

void SinkWorker::run()
{
    PgConnection connection;
    if (Error e = connection.open(m_connection)) {
        m_state.fail(e);
        m_queue.abort();
        return;
    }
    m_state.registerConnection(&connection);
    JsonValidator validator;
    CopySink sink(connection, m_state.stop);
    std::vector<char> send;

    while (std::unique_ptr<RecordBatch> batch = m_queue.pop()) {
        m_state.waitWhilePaused();
        if (m_state.stop)
            break;
        batch->finish();
        const auto &rows = batch->rows();
        const auto &segments = batch->segments();
        const LoadState::Table &table = m_state.tables[size_t(batch->tableIndex())];
        // Rows the validator or the server turned down, per segment; framing rejects are no rows.
        std::vector<qint64> rowsRejected(segments.size(), 0);
        RejectedRecords rejects = batch->rejects();

        const auto reject = [&](size_t rowIndex, const QString &sqlState, const QString &message, const QString &detail) {
            const RecordBatch::Row &row = rows[rowIndex];
            RejectedRecord r;
            r.error.message = message;
            r.error.sqlState = sqlState;
            r.error.detail = detail;
            r.error.file = m_state.files[size_t(segments[size_t(row.segment)].fileIndex)]->entry.path;
            r.error.record = row.ordinal;
            r.error.line = row.line;
            r.error.offset = row.fileOffset;
            r.table = table.display;
            r.text = QByteArray(batch->data() + row.dataOffset, qsizetype(std::min<qint64>(row.size, m_state.rejectTextBytes)));
            r.textBytes = row.size;
            rejects.append(std::move(r));
            ++rowsRejected[size_t(row.segment)];
        };

        send.assign(rows.size(), 1);
        for (size_t i = 0; i < rows.size(); ++i) {
            const ValidationVerdict verdict = validator.check(batch->data() + rows[i].dataOffset, size_t(rows[i].size));
            if (!verdict.ok) {
                send[i] = 0;
                reject(i, verdict.sqlState, verdict.message, {});
            }
        }

        const CopySink::Outcome outcome = sink.load(*batch, send, table.copyStatement, table.kind);
        if (!outcome.error.isNull()) {
            if (!m_state.stop) {
                Error e = outcome.error;
                e.message = tr("Loading into %1 failed: %2").arg(table.display, e.message);
                m_state.fail(e);
            }
            break;
        }
        for (const auto &[rowIndex, error] : outcome.rejectedRows)
            reject(size_t(rowIndex), error.sqlState, error.message, error.detail);

        std::vector<qint64> segmentLoaded(segments.size(), 0);
        std::vector<qint64> segmentRejected = rowsRejected;
        for (size_t s = 0; s < segments.size(); ++s)
            segmentLoaded[s] = segments[s].rowEnd - segments[s].rowBegin - rowsRejected[s];
        for (int s : batch->rejectSegments())
            ++segmentRejected[size_t(s)];
        m_state.batchCommitted(*batch, segmentLoaded, segmentRejected, std::move(rejects));
    }
    m_state.unregisterConnection(&connection);
    if (m_state.stop)
        m_queue.abort();
}

} // namespace pjl
