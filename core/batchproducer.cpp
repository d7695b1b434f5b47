#include "batchproducer.h"

#include "batchqueue.h"
#include "inputfile.h"
#include "jsoncompactor.h"
#include "jsonvalidator.h"
#include "loadstate.h"

#include <QScopeGuard>

#include <cstring>

using namespace Qt::StringLiterals;

namespace pjl {

BatchProducer::BatchProducer(LoadState &state, BatchQueue &queue, const LoadOptions &options,
                             PrettyForm pretty, std::vector<int> only)
    : m_state(state)
    , m_queue(queue)
    , m_options(options)
    , m_workers(options.effectiveWorkers()) // once: it asks the OS each time
    , m_pretty(pretty)
    , m_only(std::move(only))
{}

void BatchProducer::run()
{
    if (m_only.empty()) {
        for (size_t i = 0; i < m_state.files.size(); ++i)
            m_only.push_back(int(i));
    }
    for (const int i : m_only) {
        const LoadState::File &file = *m_state.files[size_t(i)];
        if (file.fileState() == FileState::Queued || file.rereading)
            m_storageTotal += file.entry.size;
    }
    for (const int i : m_only) {
        if (m_state.stop || !readFile(i))
            break;
    }
    if (!m_state.stop && m_batch)
        flush(m_batch->tableIndex());
    m_queue.close();
}

void BatchProducer::startBatch(int tableIndex)
{
    // A batch is cut once it reaches chunkBytes, so it holds up to one record more: the eighth
    // RecordBatch::reset adds when it grows.
    const qint64 expectedBytes = std::min(m_expectedBytes, m_options.chunkBytes);
    m_batch = m_queue.takeRecycled();
    if (m_batch)
        m_batch->reset(tableIndex, expectedBytes);
    else
        m_batch = std::make_unique<RecordBatch>(tableIndex, expectedBytes);
}

RecordFramer::Options BatchProducer::framerOptions(const LoadOptions &options)
{
    RecordFramer::Options framer;
    framer.maxRecordBytes = options.maxRecordBytes;
    framer.previewBytes = options.rejectTextBytes;
    return framer;
}

bool BatchProducer::batchIsFull(qint64 storagePosition) const
{
    if (qint64(m_batch->rows().size() + size_t(m_batch->rejects().size())) >= m_options.chunkRows ||
        m_batch->dataBytes() >= m_options.chunkBytes)
        return true;
    // Every worker idles until it has a batch and once the batches run out, so the first batches
    // are small (the workers start at once) and so are the last (they finish together).
    const qint64 workers = m_workers;
    const qint64 inBatch = m_batch->jsonBytes();
    if (m_batchesPushed < workers)
        return inBatch >= kRampBytes;
    if (m_lastFullBatch <= 0 || storagePosition <= 0)
        return false;
    // Remaining JSON bytes, from the file bytes left and the ratio seen so far (gzip!).
    const double jsonPerStorageByte = double(m_jsonDone + inBatch) / double(storagePosition);
    const qint64 remaining = qint64(double(m_storageTotal - storagePosition) * jsonPerStorageByte);
    if (remaining < workers * m_lastFullBatch)
        return inBatch >= std::max(kRampBytes / 4, remaining / (2 * workers));
    return false;
}

bool BatchProducer::flush(int nextTable)
{
    m_heldFrom = -1;
    if (m_batch->segments().empty()) {
        m_batch->reset(nextTable);
        return true;
    }
    if (m_readingFile)
        m_readingFile->checkedEnd.store(m_readingInput->checkedEnd(), std::memory_order_release);
    // Size the next batch like the largest of late, so that a recycled batch takes it without
    // growing: new memory costs page faults, and at --chunk 50000, where every few batches grew
    // into new memory, that doubled the reader's CPU (bench/RESULTS.md). Slow to shrink, so one
    // small batch does not undo it; a recycled batch never shrinks anyway.
    m_expectedBytes =
        std::max(m_batch->dataBytes() + m_batch->dataBytes() / 8, m_expectedBytes - m_expectedBytes / 16);
    if (qint64(m_batch->rows().size()) >= m_options.chunkRows || m_batch->dataBytes() >= m_options.chunkBytes)
        m_lastFullBatch = m_batch->jsonBytes();
    m_jsonDone += m_batch->jsonBytes();
    const bool pushed = m_queue.push(std::move(m_batch));
    ++m_batchesPushed;
    startBatch(nextTable);
    return pushed;
}

bool BatchProducer::readFile(int fileIndex)
{
    LoadState::File &file = *m_state.files[size_t(fileIndex)];
    const FileState initial = file.fileState();
    if (initial == FileState::AlreadyLoaded || initial == FileState::Changed)
        return true; // the journal decided: nothing to read
    if (!m_batch)
        startBatch(file.tableIndex);
    else if (m_batch->tableIndex() != file.tableIndex && !flush(file.tableIndex))
        return false;

    file.state = int(FileState::Reading);
    if (!file.rereading)
        file.startedMs = m_state.clock.elapsed();
    m_state.touch(file);

    // json and text columns keep the text as it was: only jsonb gets the canonical form.
    const bool jsonb = m_state.tables[size_t(file.tableIndex)].kind == ColumnKind::Jsonb;
    const RecordForm form = jsonb ? m_options.recordForm : RecordForm::AsRead;
    // Validating costs the reader half its CPU, and jsonb's input checks every record anyway, by
    // the rules the validator mirrors: a record sent to a jsonb column as read, or rewritten by
    // JsonbCanonicalizer::canonicalizeUncheckedInPlace (same verdict), may go unchecked,
    // and only a batch the server refuses is validated (by the SinkWorker, before resending it).
    // json and text columns take records jsonb refuses, so theirs are always validated here.
    const bool mayGoUnchecked = jsonb && !m_options.validateFirst;
    // A large gzip member is inflated once, checked at its end; its records wait uncommitted
    // until then (SinkWorker). A small one is checked whole before any of it is handed out.
    InputFile input(InputFile::GzipCheck::WhileLoading);
    m_readingFile = &file;
    m_readingInput = &input;
    const auto notReading = qScopeGuard([this] { m_readingFile = nullptr; });
    // The journal knows the file by the size (and hashes) it had when the load started: a file of
    // another size now fails to open.
    Error e =
        input.open(file.entry.path,
                   file.fingerprintWhileReading ? InputFile::Fingerprint::Yes : InputFile::Fingerprint::No,
                   file.entry.size);
    if (!e && file.fingerprintWhileReading) {
        // Before any batch with its records goes out: each one carries the file's journal row.
        Q_ASSERT(!input.fingerprint().headHash.isEmpty());
        file.fingerprint = input.fingerprint();
    }
    if (e) {
        m_state.finish(file, FileState::Failed);
        m_state.setFileError(file, e.message);
        m_state.log(LogMessage::error(e.message));
        return true;
    }

    RecordFramer framer(input, framerOptions(m_options));
    const QString &table = m_state.tables[size_t(file.tableIndex)].display;

    // Records in ranges an earlier run committed are framed (to count them) but not sent; a
    // segment never spans such a range, so each committed range stays exactly as it was.
    auto committed = file.committed.cbegin();
    const auto isCommitted = [&](qint64 ordinal) {
        while (committed != file.committed.cend() && committed->second < ordinal)
            ++committed;
        return committed != file.committed.cend() && committed->first <= ordinal;
    };

    qint64 storageAccounted = 0;
    qint64 lastOrdinal = 0;
    qint64 endOffset = 0;
    const auto closeSegment = [&](bool endsFile, qint64 storage) {
        if (!m_batch->hasOpenSegment())
            m_batch->beginSegment(fileIndex, lastOrdinal + 1,
                                  endOffset); // an empty one: "the file ends here"
        m_batch->endSegment(lastOrdinal, endOffset, storage - storageAccounted, endsFile);
        storageAccounted = storage;
    };
    const auto creditSkipped = [&](qint64 storage) {
        // Bytes of committed ranges count as done for the progress bars (once: read again for its
        // lost ranges, the file's other bytes were counted as they committed).
        if (!file.rereading) {
            file.bytesDone += storage - storageAccounted;
            m_state.bytesDone += storage - storageAccounted;
        }
        storageAccounted = storage;
    };

    FramedRecord record;
    for (;;) {
        const RecordFramer::Status status = framer.next(record);
        if (status != RecordFramer::Status::Record) {
            file.framing = int(framer.framing());
            if (status == RecordFramer::Status::Failed) {
                // What was read is loaded, but for records that a gzip check had yet to confirm;
                // the rest of the file is unknown, so the file fails.
                const Error e = framer.error();
                if (m_batch->hasOpenSegment())
                    closeSegment(false, input.storagePosition());
                file.checkedEnd.store(input.checkedEnd(), std::memory_order_release);
                file.checkFailed.store(true, std::memory_order_release);
                m_state.finish(file, FileState::Failed);
                m_state.setFileError(file, e.message);
                m_state.log(LogMessage::error(e.message));
                // Those records are in batches of their own: the next file's do not roll back.
                if (m_heldFrom >= 0 && !flush(file.tableIndex))
                    return false;
            } else {
                file.checkedEnd.store(input.checkedEnd(), std::memory_order_release); // all of it
                file.records = lastOrdinal;
                closeSegment(true, file.entry.size);
            }
            file.bytesRead = file.entry.size;
            m_state.touch(file);
            m_storageDone += file.entry.size;
            m_fileStorage = 0;
            return !m_state.stop;
        }
        const bool skip = isCommitted(record.ordinal);
        if (skip) {
            if (m_batch->hasOpenSegment())
                closeSegment(false, input.storagePosition());
            lastOrdinal = record.ordinal;
            endOffset = record.offset + record.spanBytes;
            creditSkipped(input.storagePosition());
            continue;
        }
        if (const qint64 checked = input.checkedEnd();
            record.offset + record.spanBytes > checked && m_heldFrom != checked) {
            // The first record of a gzip member still to be checked starts a batch, so that a
            // failed check rolls back no record before the member, nor another file's.
            if (m_batch->hasOpenSegment())
                closeSegment(false, input.storagePosition());
            if (!flush(file.tableIndex))
                return false;
            m_heldFrom = checked;
        }
        if (!m_batch->hasOpenSegment())
            m_batch->beginSegment(fileIndex, record.ordinal, record.offset);
        lastOrdinal = record.ordinal;
        endOffset = record.offset + record.spanBytes;
        const auto reject = [&](const QString &message, const QString &sqlState) {
            RejectedRecord r;
            r.error.message = message;
            r.error.sqlState = sqlState;
            r.error.file = file.entry.path;
            r.error.record = record.ordinal;
            r.error.line = record.line;
            r.error.offset = record.offset;
            r.table = table;
            r.text =
                QByteArray(record.data, qsizetype(std::min<qint64>(record.size, m_options.rejectTextBytes)));
            r.textBytes = record.spanBytes;
            m_batch->appendReject(std::move(r));
        };
        if (record.isReject()) {
            reject(record.error, u"22P02"_s);
        } else {
            // A raw newline is only ever whitespace between tokens: the record is pretty-printed.
            const bool pretty = form == RecordForm::Auto && record.newlines > 0;
            const bool canonical =
                form == RecordForm::Canonical || (pretty && m_pretty == PrettyForm::Canonical);
            const bool compact = pretty && m_pretty == PrettyForm::Compact;
            const bool unchecked = mayGoUnchecked && !m_state.validateAll.load(std::memory_order_relaxed);
            // Written from the framer's buffer straight into the batch (not copied in, rewritten
            // aside and copied back). Either form keeps the server's verdict, so a rewritten record
            // may go unchecked; the canonical form of an unvalidated record is refused where that
            // could change (duplicate keys, structure the canonicalizer does not follow): it goes in
            // as read and is validated first, as are all records once the server refused a batch.
            bool refused = false;
            m_batch->appendRecord(record, [&](char *out) {
                static_assert(RecordFramer::kPadding >= JsonCompactor::kReadPadding &&
                              RecordBatch::kPadding >= JsonCompactor::kWritePadding);
                if (compact)
                    return JsonCompactor::compact(record.data, size_t(record.size), out);
                if (canonical && unchecked) {
                    static_assert(RecordFramer::kPadding >= JsonValidator::kPadding);
                    if (const auto size =
                            m_canonicalizer.canonicalizeUnchecked(record.data, size_t(record.size), out))
                        return *size;
                    refused = true;
                }
                std::memcpy(out, record.data, size_t(record.size));
                return size_t(record.size);
            });
            const RecordBatch::Row &row = m_batch->rows().back();
            char *data = m_batch->data() + row.dataOffset;
            if (unchecked && !refused) {
                m_batch->markLastUnchecked();
            } else {
                // Validated here, on the reading thread, so that the sink workers only ever send: a
                // backend then never waits while its worker checks the next batch.
                const ValidationVerdict verdict = m_validator.check(data, size_t(row.size));
                if (!verdict.ok) {
                    m_batch->dropLastRecord();
                    reject(verdict.message, verdict.sqlState);
                } else if (canonical && !verdict.deferToServer) {
                    // One the canonicalizer does not take (too deep) goes as read.
                    if (const auto size = m_canonicalizer.canonicalizeInPlace(data, size_t(row.size)))
                        m_batch->shrinkLastRecord(qint64(*size));
                }
            }
        }
        m_fileStorage = input.storagePosition();
        if (batchIsFull(m_storageDone + m_fileStorage)) {
            closeSegment(false, input.storagePosition());
            file.bytesRead = input.storagePosition();
            file.framing = int(framer.framing());
            m_state.touch(file);
            if (!flush(file.tableIndex))
                return false;
        }
        if (m_state.stop)
            return false;
    }
}

} // namespace pjl
