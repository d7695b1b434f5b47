#pragma once

#include "loadplan.h"
#include "pgconnection.h"
#include "recordbatch.h"
#include "tablesetup.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <vector>

namespace pjl {

// Sends a batch's rows to one table over one connection with COPY (binary, or text: CopyFormat),
// in one transaction.
// Knows nothing about files: a batch is rows of bytes. When the server rejects a row (bad JSON it
// alone could judge, a CHECK constraint, nesting beyond its stack), the batch is redone inside the
// same transaction with savepoints, guided by the row number in the server's error, so only the
// offending rows are left out; everything else in the batch commits. Or, on request, the batch is
// refused as a whole, for a caller that can find bad rows more cheaply than row by row.
class CopySink final
{
    Q_DECLARE_TR_FUNCTIONS(CopySink)
    Q_DISABLE_COPY_MOVE(CopySink)

public:
    struct Outcome
    {
        qint64 rowsLoaded = 0;
        std::vector<std::pair<int, Error>> rejectedRows; // batch row index, the server's reason
        Error error;                                     // set: nothing of the batch was committed
        bool connectionLost = false;  // the error is a lost connection: reconnect and retry
        bool commitUncertain = false; // lost while committing: it may or may not have committed
        bool refused = false;         // a row-level error with OnRowError::Refuse
        bool transactionLost = false; // the transaction left open is gone, with every batch in it
    };

    enum class OnRowError
    {
        Isolate, // leave out just the rows the server rejects; the rest commits
        Refuse,  // roll the batch back and return the error
    };

    // The caller's statements in the batch's transaction after its rows (the journal's rows go
    // here), values written in: when every row loads (and they are short) they travel in the
    // message that starts the COPY, so the server runs them as soon as the rows are in, instead of
    // idling until this thread gets a core to send them (a few ms per batch on a busy machine).
    // check judges their last result.
    struct Epilogue
    {
        std::function<QByteArray(const Outcome &)> statements;
        std::function<Error(const PgResult &)> check;
    };

    // The transaction a batch is sent in.
    enum class Transaction
    {
        Own,      // its own: opened with beginStatement, committed
        Open,     // one opened with beginStatement and left open for more: the caller ends it
        Continue, // the one left open
    };

    CopySink(PgConnection &connection, const std::atomic_bool &stop, CopyFormat format = CopyFormat::Binary);

    // beginStatement opens the batch's transaction ("BEGIN", or BEGIN and a lock the caller needs).
    // In a transaction left open (Open, Continue) the batch is sent under a savepoint: a batch that
    // fails with a row-level error (refused or isolated) takes back only its own rows. An error that
    // is not the batch's own (a lost connection, a failed savepoint) loses the open transaction.
    Outcome load(RecordBatch &batch, const std::vector<char> &send, const QByteArray &beginStatement,
                 const QByteArray &copyStatement, ColumnKind kind, OnRowError onRowError,
                 const Epilogue &epilogue = {}, Transaction transaction = Transaction::Own);

    // One COPY for many batches, in a transaction the caller ends: the server fills its own ring
    // of buffers for a long COPY, and spends ~30% less CPU on it than on a COPY per batch, each
    // of which takes fresh buffers from shared memory (bench/RESULTS.md, 2026-11-27 21:30).
    // Nothing is sent under a savepoint: any error loses the transaction, and the caller has to
    // know the batches it sent in it.
    Error openStream(const QByteArray &beginStatement, const QByteArray &copyStatement, ColumnKind kind);
    Error streamBatch(RecordBatch &batch);
    Error closeStream(); // ends the COPY; the transaction stays open
    void abortStream();  // ends the COPY, failing it (the transaction is then to be rolled back)
    bool isStreaming() const { return m_streaming; }

    // Errors that belong to one row rather than to the batch or the session.
    static bool isRowLevelError(const QString &sqlState);

private:
    Error copyRows(RecordBatch &batch, const std::vector<int> &rows, size_t begin, size_t end,
                   const QByteArray &sql, Result<PgResult> *after = nullptr);
    Error send(const char *data, qint64 size);
    // The rows [begin, end) of rows, in the COPY format of the sink; the caller ends the COPY.
    Error sendBinary(const RecordBatch &batch, const std::vector<int> &rows, size_t begin, size_t end);
    Error sendBinaryRows(const RecordBatch &batch, const std::vector<int> &rows, size_t begin, size_t end);
    // Indexes of the rows to send (all when send is empty), their binary headers written in.
    std::vector<int> rowsToSend(RecordBatch &batch, const std::vector<char> &send) const;
    Error sendText(const RecordBatch &batch, const std::vector<int> &rows, size_t begin, size_t end);
    Error isolate(RecordBatch &batch, const std::vector<int> &rows, const QByteArray &copyStatement,
                  const Error &firstError, Outcome &outcome);
    Error run(const char *sql);
    static int failedRowHint(const Error &error);

    PgConnection &m_connection;
    const std::atomic_bool &m_stop;
    ColumnKind m_kind = ColumnKind::Jsonb;
    CopyFormat m_format;
    QByteArray m_text; // text COPY: escaped rows on their way
    bool m_streaming = false;
};

} // namespace pjl
