#pragma once

#include "jsonbcanonicalizer.h"
#include "jsonvalidator.h"
#include "loadplan.h"
#include "loadstate.h"
#include "recordframer.h"

#include <QtGlobal>

namespace pjl {

class BatchQueue;
class InputFile;
struct FramedRecord;
class RecordBatch;

// The reading stage: walks the files in order, frames and validates their records and packs them
// into batches of at most chunkRows rows and chunkBytes bytes for one table. One thread does it
// at several hundred MB/s, well above what a server ingests. A batch may span many small files
// (so thousands of them cost no per-file transaction); it never spans two tables.
class BatchProducer final
{
    Q_DISABLE_COPY_MOVE(BatchProducer)

public:
    // What RecordForm::Auto makes of a record spread over lines (pretty-printed): LoadJob chooses
    // by where the server runs.
    enum class PrettyForm
    {
        Compact,   // JsonCompactor: the least loader CPU
        Canonical, // JsonbCanonicalizer: the least server CPU
    };

    // only: the files to read (another round, for records whose transactions were lost:
    // LoadState::takeFilesToReread); empty: all.
    BatchProducer(LoadState &state, BatchQueue &queue, const LoadOptions &options,
                  PrettyForm pretty = PrettyForm::Compact, std::vector<int> only = {});

    // How a load frames a file: a record's ordinal and span come out the same wherever a file is
    // framed again with these (ResumePlanner checks a grown .gz's last committed record).
    static RecordFramer::Options framerOptions(const LoadOptions &options);

    void run(); // returns when every file was read, or the load stops; closes the queue

private:
    bool readFile(int fileIndex);
    bool flush(int nextTable); // hands the batch over and starts one for nextTable
    void startBatch(int tableIndex);
    bool batchIsFull(qint64 storagePosition) const;

    LoadState &m_state;
    BatchQueue &m_queue;
    // The file being read, whose checkedEnd flush() brings up to date before a batch goes out.
    LoadState::File *m_readingFile = nullptr;
    const InputFile *m_readingInput = nullptr;
    qint64 m_heldFrom = -1; // the batch holds records past this checked end (InputFile::checkedEnd())
    LoadOptions m_options;
    qint64 m_workers;
    PrettyForm m_pretty;
    std::vector<int> m_only;
    std::unique_ptr<RecordBatch> m_batch;
    JsonValidator m_validator;
    JsonbCanonicalizer m_canonicalizer;
    qint64 m_expectedBytes = 1 << 20;

    // For sizing the first and the last batches.
    static constexpr qint64 kRampBytes = 1 << 20; // of JSON
    qint64 m_storageTotal = 0;                    // bytes on disk of the files to read
    qint64 m_storageDone = 0;                     // of the files read to the end
    qint64 m_fileStorage = 0;                     // of the current file, so far
    qint64 m_jsonDone = 0;                        // JSON bytes in batches handed over
    qint64 m_batchesPushed = 0;
    qint64 m_lastFullBatch = 0; // JSON bytes of the last batch cut at chunk size
};

} // namespace pjl
