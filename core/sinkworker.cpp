#include "sinkworker.h"

#include "batchqueue.h"
#include "copysink.h"
#include "jsonvalidator.h"
#include "loadjournal.h"
#include "loadstate.h"
#include "pgconnection.h"

#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pjl {

SinkWorker::SinkWorker(LoadState &state, BatchQueue &queue, const ConnectionSettings &connection,
                       const LoadOptions &options)
    : m_state(state)
    , m_queue(queue)
    , m_connection(connection)
    , m_options(options)
{}

Error SinkWorker::connect(PgConnection &connection)
{
    if (Error e = connection.open(m_connection))
        return e;
    QByteArray settings;
    if (!m_options.synchronousCommit) {
        // Safe with the journal: a batch commit lost in a server crash loses its journal row with
        // it, so a rerun loads it again; the synchronous commit that marks a file complete flushes
        // every batch before it.
        settings += "SET synchronous_commit = off;";
    }
    if (m_options.lz4Compression) {
        // Only where the server has lz4 and nobody chose a default (postgresql.conf, the role, the
        // database, PGOPTIONS). With pglz the server spends twice the CPU on ~20 KB records.
        settings += "SELECT set_config('default_toast_compression', 'lz4', false) FROM pg_settings "
                    "WHERE name = 'default_toast_compression' AND source = 'default' "
                    "AND 'lz4' = ANY (enumvals);";
    }
    if (!settings.isEmpty()) {
        const auto r = connection.exec(settings);
        if (!r)
            return r.error();
    }
    return {};
}

Error SinkWorker::reconnect(PgConnection &connection, const Error &cause)
{
    connection.close();
    m_state.log(LogMessage::warning(tr("Lost the connection to the server (%1); reconnecting for up to %2 s.")
                                        .arg(cause.message)
                                        .arg(m_options.retrySeconds)));
    QElapsedTimer outage;
    outage.start();
    int delayMs = 250;
    Error last = cause;
    while (!m_state.stop) {
        if (Error e = connect(connection); e.isNull()) {
            m_state.log(LogMessage::info(tr("Reconnected after %1 s; resending the batch.")
                                             .arg(outage.elapsed() / 1000.0, 0, 'f', 1)));
            return {};
        } else {
            last = e;
        }
        if (outage.elapsed() > qint64(m_options.retrySeconds) * 1000)
            break;
        // Sleep in small steps so that a cancel is noticed at once.
        for (int slept = 0; slept < delayMs && !m_state.stop; slept += 50)
            QThread::msleep(50);
        delayMs = std::min(delayMs * 2, 5000);
    }
    if (m_state.stop)
        return Error::make(tr("Cancelled."), u"57014"_s);
    Error e = last;
    e.message =
        tr("The server stayed unreachable for %1 s (%2). Committed batches are safe: run the same load again "
           "to resume.")
            .arg(m_options.retrySeconds)
            .arg(last.message);
    return e;
}

void SinkWorker::run()
{
    PgConnection connection;
    if (Error e = connect(connection)) {
        m_state.fail(e);
        m_queue.abort();
        return;
    }
    m_state.registerConnection(&connection);
    CopySink sink(connection, m_state.stop, m_options.copyFormat);
    m_sink = &sink;
    std::vector<char> send;
    std::unique_ptr<JsonValidator> validator; // for refused batches of unchecked records

    while (std::unique_ptr<RecordBatch> batch = m_queue.pop()) {
        // A paused load commits what it streamed rather than leave a COPY open for the pause (not
        // records still waiting for their gzip check).
        if (m_state.paused.load() && m_held.streaming && !m_held.checkPending && !commitHeld(connection))
            break;
        m_state.waitWhilePaused();
        if (m_state.stop)
            break;
        const Hold hold = holdOf(*batch);
        const int fileIndex = batch->segments().front().fileIndex;
        const auto &rows = batch->rows();
        const auto &segments = batch->segments();
        const LoadState::Table &table = m_state.tables[size_t(batch->tableIndex())];

        // Files whose journal row commits with their first batch to commit.
        std::vector<LoadJournal::NewFile> newFiles;
        for (const RecordBatch::Segment &segment : segments) {
            const LoadState::File &file = *m_state.files[size_t(segment.fileIndex)];
            if (file.fingerprintWhileReading && !file.rowCommitted.load(std::memory_order_acquire) &&
                (newFiles.empty() || newFiles.back().id != file.journalId))
                newFiles.push_back({file.journalId, file.entry.path, file.fingerprint});
        }
        // Streamed, unless they continue a held transaction that is not. New files' journal rows
        // go in when the stream commits, with its ranges: other workers whose batches have the
        // same file wait for the row only that long.
        const bool stream = hold != Hold::Never && m_options.commitBytes > 0 &&
                            !m_state.commitEachBatch.load(std::memory_order_relaxed) &&
                            !(m_held.open && !m_held.streaming);
        // The held batches commit as soon as they may; this one joins them only if it is held
        // for the same file, or streamed into the same table (checked records with checked ones),
        // and otherwise waits for them to be settled (the reader has moved on: at once).
        const bool sameFile = hold == Hold::Yes && fileIndex == m_held.fileIndex;
        const bool joins = m_held.streaming ? stream && batch->tableIndex() == m_held.tableIndex &&
                                                  (m_held.checkPending ? sameFile : hold == Hold::No)
                                            : sameFile;
        if (!settle(connection, m_held.open && !joins))
            break;
        if (hold == Hold::Never) {
            m_queue.recycle(std::move(batch)); // records a failed gzip check leaves unconfirmed
            continue;
        }
        batch->finish();

        const auto rejectRow = [&](size_t rowIndex, const Error &why, BatchResult &result) {
            const RecordBatch::Row &row = rows[rowIndex];
            RejectedRecord r;
            r.error = why;
            r.error.file = m_state.files[size_t(segments[size_t(row.segment)].fileIndex)]->entry.path;
            r.error.record = row.ordinal;
            r.error.line = row.line;
            r.error.offset = row.fileOffset;
            r.table = table.display;
            r.text = QByteArray(batch->data() + row.dataOffset,
                                qsizetype(std::min<qint64>(row.size, m_state.rejectTextBytes)));
            r.textBytes = row.size;
            result.rejects.append(std::move(r));
            ++result.rejected[size_t(row.segment)];
            --result.loaded[size_t(row.segment)];
        };

        // What the reader found (framing and validation rejects); the server's verdicts come per attempt.
        BatchResult validated;
        validated.loaded.resize(segments.size());
        validated.rejected.assign(segments.size(), 0);
        for (size_t s = 0; s < segments.size(); ++s)
            validated.loaded[s] = segments[s].rowEnd - segments[s].rowBegin;
        validated.rejects = batch->rejects();
        for (int s : batch->rejectSegments())
            ++validated.rejected[size_t(s)];
        send.assign(rows.size(), 1);

        // One journal row per segment; an empty one (first > last) still says where its file ends.
        const auto journalEntries = [&](const BatchResult &result) {
            std::vector<LoadJournal::BatchEntry> entries;
            for (size_t s = 0; s < segments.size(); ++s) {
                const RecordBatch::Segment &segment = segments[s];
                const LoadState::File &file = *m_state.files[size_t(segment.fileIndex)];
                entries.push_back({file.journalId, segment.firstOrdinal, segment.lastOrdinal,
                                   segment.firstOffset, segment.endOffset, result.loaded[s],
                                   result.rejected[s], segment.endsFile ? file.records.load() : -1});
            }
            return entries;
        };

        if (stream) {
            HeldBatch held{segments, validated, journalEntries(validated), {}, newFiles};
            for (const RejectedRecord &r : held.result.rejects)
                held.rejectFileIds.push_back(
                    m_state.files[size_t(fileIndexOf(*batch, r.error.record, r.error.file))]->journalId);
            if (!streamBatch(connection, *batch, std::move(held), hold == Hold::Yes))
                break;
            m_queue.recycle(std::move(batch));
            if (!settle(connection, false))
                break;
            continue;
        }

        // A held batch may wait long in its open transaction, and the other workers' batches of the
        // file would wait as long for the file's row in it: the row commits first, on its own (a
        // file's row with no ranges yet says nothing of it is loaded). Before the transaction is
        // opened: by the time one is, this worker has committed the row, and it is not new.
        if (hold == Hold::Yes && !newFiles.empty() && !m_held.open) {
            if (!commitFileRows(connection, newFiles, table.oid))
                break;
            for (const RecordBatch::Segment &segment : segments)
                m_state.files[size_t(segment.fileIndex)]->rowCommitted.store(true, std::memory_order_release);
            newFiles.clear();
        }

        BatchResult result;
        bool committed = false;
        bool uncertain = false; // the connection died during COMMIT: it may have gone through
        while (!committed && !m_state.stop) {
            const CopySink::Transaction transaction = hold == Hold::No ? CopySink::Transaction::Own
                                                      : m_held.open    ? CopySink::Transaction::Continue
                                                                       : CopySink::Transaction::Open;
            if (uncertain) {
                // The journal row commits with the batch, so it knows.
                const auto found = LoadJournal::committedBatch(connection, journalEntries(validated));
                if (!found) {
                    if (Error e = reconnect(connection, found.error())) {
                        if (!m_state.stop)
                            m_state.fail(e);
                        break;
                    }
                    continue;
                }
                if (!found.value().empty()) {
                    // Every segment has its row, in segment order: take the counts the journal kept.
                    result = validated;
                    result.rejects.clear(); // in the journal already, and reported by its rows count
                    for (size_t s = 0; s < segments.size() && s < found.value().size(); ++s) {
                        result.loaded[s] = found.value()[s].rows;
                        result.rejected[s] = found.value()[s].rejects;
                    }
                    m_state.log(
                        LogMessage::info(tr("The interrupted commit had gone through; nothing is resent.")));
                    committed = true;
                    break;
                }
                uncertain = false;
            }
            result = validated;
            CopySink::Epilogue journal;
            if (m_state.journal) {
                journal.statements = [&](const CopySink::Outcome &outcome) {
                    BatchResult final = result;
                    for (const auto &[rowIndex, error] : outcome.rejectedRows)
                        rejectRow(size_t(rowIndex), error, final);
                    std::vector<qint64> fileIds;
                    for (const RejectedRecord &r : final.rejects)
                        fileIds.push_back(
                            m_state.files[size_t(fileIndexOf(*batch, r.error.record, r.error.file))]
                                ->journalId);
                    return LoadJournal::batchStatements(connection, journalEntries(final), final.rejects,
                                                        fileIds, table.oid, newFiles);
                };
                journal.check = [&](const PgResult &last) { return LoadJournal::checkBatch(last, newFiles); };
            }
            // Unchecked records with a bad one among them: validating the batch here is cheaper
            // than having the server find the bad ones row by row.
            const auto onRowError =
                batch->hasUncheckedRows() ? CopySink::OnRowError::Refuse : CopySink::OnRowError::Isolate;
            const CopySink::Outcome outcome =
                sink.load(*batch, send, table.beginStatement, table.copyStatement, table.kind, onRowError,
                          journal, transaction);
            if (transaction != CopySink::Transaction::Own) {
                m_held.open = !outcome.transactionLost;
                m_held.fileIndex = fileIndex;
                m_held.tableIndex = batch->tableIndex();
                if (outcome.transactionLost && !m_held.batches.empty()) {
                    if (outcome.connectionLost)
                        loseHeld(); // then this batch is sent again after reconnecting, as always
                    else
                        rollBackHeld(connection); // and the load stops with the error below
                }
            }
            if (outcome.error.isNull()) {
                for (const auto &[rowIndex, error] : outcome.rejectedRows)
                    rejectRow(size_t(rowIndex), error, result);
                committed = true;
                break;
            }
            if (m_state.stop)
                break;
            if (outcome.refused) {
                if (!validator)
                    validator = std::make_unique<JsonValidator>();
                for (size_t i = 0; i < rows.size(); ++i) {
                    if (!rows[i].unchecked || !send[i])
                        continue;
                    const ValidationVerdict verdict =
                        validator->check(batch->data() + rows[i].dataOffset, size_t(rows[i].size));
                    if (!verdict.ok) {
                        rejectRow(i, Error::make(verdict.message, verdict.sqlState), validated);
                        send[i] = 0;
                    }
                }
                batch->markAllChecked();
                const QString refused =
                    tr("The server refused a batch for %1 (%2): its records were checked here, and the good "
                       "ones are sent again.")
                        .arg(table.display, outcome.error.message);
                // Batches already on their way may be refused too; the reader switches once.
                if (!m_state.validateAll.exchange(true))
                    m_state.log(LogMessage::info(
                        tr("%1 From now on every record is checked before it is sent.").arg(refused)));
                else
                    m_state.log(LogMessage::info(refused));
                continue; // nothing was committed, and the connection is fine: send it again
            }
            if (!outcome.connectionLost) {
                Error e = outcome.error;
                e.message = tr("Loading into %1 failed: %2").arg(table.display, e.message);
                m_state.fail(e);
                break;
            }
            if (outcome.commitUncertain) {
                if (!m_state.journal) {
                    m_state.fail(
                        Error::make(tr("The connection was lost while a batch was committing, and without "
                                       "the journal there is no knowing whether it did.")));
                    break;
                }
                uncertain = true;
            }
            if (Error e = reconnect(connection, outcome.error)) {
                if (!m_state.stop)
                    m_state.fail(e);
                break;
            }
        }
        if (!committed)
            break;
        if (hold == Hold::Yes) {
            for (const RecordBatch::Segment &segment : segments)
                m_held.end = std::max(m_held.end, segment.endOffset);
            m_held.lastEntries = journalEntries(result);
            m_state.batchHeld(segments, result.loaded, result.rejected);
            m_held.batches.push_back({segments, std::move(result), {}, {}, {}});
        } else {
            m_state.batchCommitted(segments, result.loaded, result.rejected, std::move(result.rejects));
            // The new files' rows are in: their next batches may be streamed.
            for (const RecordBatch::Segment &segment : segments)
                m_state.files[size_t(segment.fileIndex)]->rowCommitted.store(true, std::memory_order_release);
        }
        m_queue.recycle(std::move(batch));
        if (!settle(connection, false))
            break;
    }
    // The reader is done (all checks known) or the load stops (then they roll back).
    settle(connection, true);
    m_state.unregisterConnection(&connection);
    if (m_state.stop)
        m_queue.abort();
}

bool SinkWorker::commitFileRows(PgConnection &connection, const std::vector<LoadJournal::NewFile> &newFiles,
                                quint32 tableOid)
{
    while (!m_state.stop) {
        Error e;
        if (const auto begun = connection.exec("BEGIN"); !begun)
            e = begun.error();
        else
            e = LoadJournal::recordBatch(connection, {}, {}, {}, tableOid, newFiles);
        if (e.isNull()) {
            if (const auto done = connection.exec("COMMIT"); !done)
                e = done.error(); // if it went through, the next try finds the rows and does nothing
        }
        if (e.isNull())
            return true;
        if (!connection.lostBy(e)) {
            connection.exec("ROLLBACK");
            m_state.fail(e);
            return false;
        }
        if (Error again = reconnect(connection, e)) {
            if (!m_state.stop)
                m_state.fail(again);
            return false;
        }
    }
    return false;
}

SinkWorker::Hold SinkWorker::holdOf(const RecordBatch &batch) const
{
    // The reader starts a batch at the first record past a check, so a batch holds either none
    // or only such records, of one file.
    for (const RecordBatch::Segment &segment : batch.segments()) {
        const LoadState::File &file = *m_state.files[size_t(segment.fileIndex)];
        const bool failed = file.checkFailed.load(std::memory_order_acquire); // final checkedEnd then
        if (segment.endOffset > file.checkedEnd.load(std::memory_order_acquire))
            return failed ? Hold::Never : Hold::Yes;
    }
    return Hold::No;
}

bool SinkWorker::streamBatch(PgConnection &connection, RecordBatch &batch, HeldBatch held, bool checkPending)
{
    Error error;
    if (checkPending) {
        for (const RecordBatch::Segment &segment : batch.segments())
            m_held.end = std::max(m_held.end, segment.endOffset);
    }
    if (!m_held.open) {
        const LoadState::Table &table = m_state.tables[size_t(batch.tableIndex())];
        m_held.open = true;
        m_held.streaming = true;
        m_held.checkPending = checkPending;
        m_held.tableIndex = batch.tableIndex();
        m_held.fileIndex = batch.segments().front().fileIndex;
        error = m_sink->openStream(table.beginStatement, table.copyStatement, table.kind);
    }
    if (error.isNull())
        error = m_sink->streamBatch(batch);
    // Counted as sent; a failed send loses it with the rest of the transaction.
    m_held.bytes += batch.dataBytes();
    m_held.lastEntries = held.entries;
    m_state.batchHeld(held.segments, held.result.loaded, held.result.rejected);
    m_held.batches.push_back(std::move(held));
    return error.isNull() || streamFailed(connection, error);
}

bool SinkWorker::streamFailed(PgConnection &connection, const Error &error)
{
    m_sink->abortStream();
    if (m_state.stop) {
        rollBackHeld(connection);
        return false;
    }
    if (connection.lostBy(error)) {
        loseHeld();
        if (Error e = reconnect(connection, error)) {
            if (!m_state.stop)
                m_state.fail(e);
            return false;
        }
        return true;
    }
    // A row refused, or the long COPY itself (a statement_timeout): from now on each batch
    // commits on its own, in a short COPY.
    const bool refused = CopySink::isRowLevelError(error.sqlState);
    if (refused || error.sqlState == u"57014"_s) {
        connection.exec("ROLLBACK");
        loseHeld(refused ? Loss::RefusedRow : Loss::Cancelled, error);
        return true;
    }
    const QString table = m_state.tables[size_t(m_held.tableIndex)].display;
    rollBackHeld(connection);
    Error e = error;
    e.message = tr("Loading into %1 failed: %2").arg(table, e.message);
    m_state.fail(e);
    return false;
}

bool SinkWorker::settle(PgConnection &connection, bool wait)
{
    if (!m_held.open)
        return true;
    if (m_held.streaming && !m_held.checkPending) {
        // Whole batches only were sent (a stream's batch is not cut short by a stop), so on a stop
        // they commit, as a batch that was committing would: a cancel keeps what was sent.
        return wait || m_state.stop || m_held.bytes >= m_options.commitBytes ? commitHeld(connection) : true;
    }
    const LoadState::File &file = *m_state.files[size_t(m_held.fileIndex)];
    for (;;) {
        const bool failed = file.checkFailed.load(std::memory_order_acquire);
        if (m_held.end <= file.checkedEnd.load(std::memory_order_acquire) && !m_state.stop)
            return commitHeld(connection);
        if (failed || m_state.stop) {
            rollBackHeld(connection);
            return true;
        }
        if (!wait)
            return true;
        QThread::msleep(5);
    }
}

bool SinkWorker::commitHeld(PgConnection &connection)
{
    if (m_held.streaming) {
        // The COPY ends, then the journal rows of all its batches go in.
        Error e = m_sink->closeStream();
        if (e.isNull() && m_state.journal) {
            std::vector<LoadJournal::BatchEntry> entries;
            RejectedRecords rejects;
            std::vector<qint64> rejectFileIds;
            std::vector<LoadJournal::NewFile> newFiles; // in file order, as every worker inserts them
            for (const HeldBatch &held : m_held.batches) {
                entries.insert(entries.end(), held.entries.begin(), held.entries.end());
                rejects.append(held.result.rejects);
                rejectFileIds.insert(rejectFileIds.end(), held.rejectFileIds.begin(),
                                     held.rejectFileIds.end());
                for (const LoadJournal::NewFile &file : held.newFiles) {
                    if (newFiles.empty() || newFiles.back().id != file.id)
                        newFiles.push_back(file);
                }
            }
            e = LoadJournal::recordBatch(connection, entries, rejects, rejectFileIds,
                                         m_state.tables[size_t(m_held.tableIndex)].oid, newFiles);
        }
        if (!e.isNull())
            return streamFailed(connection, e);
    }
    const auto done = connection.exec("COMMIT");
    if (!done) {
        const Error &e = done.error();
        if (!connection.lostBy(e)) {
            rollBackHeld(connection);
            if (!m_state.stop) // else a cancel's grace ran out
                m_state.fail(e);
            return false;
        }
        // Lost during COMMIT: the journal rows of its last batch say whether it went through.
        if (!m_state.journal) {
            rollBackHeld(connection);
            m_state.fail(Error::make(tr("The connection was lost while a batch was committing, and without "
                                        "the journal there is no knowing whether it did.")));
            return false;
        }
        if (Error again = reconnect(connection, e)) {
            rollBackHeld(connection);
            if (!m_state.stop)
                m_state.fail(again);
            return false;
        }
        const auto found = LoadJournal::committedBatch(connection, m_held.lastEntries);
        if (!found) {
            rollBackHeld(connection);
            m_state.fail(found.error());
            return false;
        }
        if (found.value().empty()) {
            loseHeld();
            return true;
        }
        m_state.log(LogMessage::info(tr("The interrupted commit had gone through; nothing is resent.")));
    }
    for (HeldBatch &held : m_held.batches) {
        for (const RecordBatch::Segment &segment : held.segments)
            m_state.files[size_t(segment.fileIndex)]->rowCommitted.store(true, std::memory_order_release);
        m_state.heldBatchCommitted(held.segments, std::move(held.result.rejects));
    }
    m_held = {};
    return true;
}

void SinkWorker::rollBackHeld(PgConnection &connection)
{
    m_sink->abortStream();
    if (!connection.isBroken())
        connection.exec("ROLLBACK");
    for (const HeldBatch &held : m_held.batches)
        m_state.heldBatchRolledBack(held.segments, held.result.loaded, held.result.rejected);
    m_held = {};
}

void SinkWorker::loseHeld(Loss loss, const Error &why)
{
    // After a refusal every batch commits on its own, and its records are checked here first.
    const bool switched = loss == Loss::RefusedRow && !m_state.validateAll.exchange(true);
    if (loss != Loss::Connection)
        m_state.commitEachBatch.store(true);
    if (m_held.batches.empty()) {
        m_held = {};
        return;
    }
    qint64 records = 0;
    for (const HeldBatch &held : m_held.batches) {
        for (const RecordBatch::Segment &segment : held.segments)
            records += std::max<qint64>(0, segment.lastOrdinal - segment.firstOrdinal + 1);
        m_state.heldBatchLost(held.segments, held.result.loaded, held.result.rejected);
    }
    const QString table = m_state.tables[size_t(std::max(0, m_held.tableIndex))].display;
    if (loss == Loss::RefusedRow) {
        const QString refused = tr("The server refused a record for %1 (%2): the %3 records sent with it in "
                                   "one COPY are read again once the other records are in, and every batch "
                                   "commits on its own from now on.")
                                    .arg(table, why.message)
                                    .arg(records);
        m_state.log(LogMessage::info(
            switched ? tr("%1 From now on every record is checked before it is sent.").arg(refused)
                     : refused));
    } else if (loss == Loss::Cancelled) {
        m_state.log(LogMessage::warning(
            tr("The server cancelled a COPY to %1 that spanned several batches (%2: a statement_timeout?): "
               "its "
               "%3 records are read again once the other records are in, and every batch commits on its own "
               "from now on.")
                .arg(table, why.message)
                .arg(records)));
    } else if (!m_held.checkPending && m_held.streaming) {
        m_state.log(LogMessage::warning(
            tr("%1 records sent to %2 in a transaction not yet committed were lost with the connection; they "
               "are read again once the other records are in.")
                .arg(records)
                .arg(table)));
    } else {
        m_state.log(LogMessage::warning(
            tr("%1 records of %2 that waited, uncommitted, for the check at the end of its gzip member were "
               "lost with the connection; they are read again once the other records are in.")
                .arg(records)
                .arg(m_state.files[size_t(m_held.fileIndex)]->entry.path)));
    }
    m_held = {};
}

int SinkWorker::fileIndexOf(const RecordBatch &batch, qint64 ordinal, const QString &path) const
{
    for (const RecordBatch::Segment &segment : batch.segments()) {
        if (ordinal >= segment.firstOrdinal && ordinal <= segment.lastOrdinal &&
            m_state.files[size_t(segment.fileIndex)]->entry.path == path)
            return segment.fileIndex;
    }
    return batch.segments().front().fileIndex;
}

} // namespace pjl
