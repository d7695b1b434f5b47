#include "resumeplanner.h"

#include "batchproducer.h"
#include "filefingerprint.h"
#include "inputfile.h"
#include "loadjournal.h"
#include "loadstate.h"
#include "plainfile.h"

#include <QtConcurrent>

namespace pjl {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Whether the record the journal has as the last one committed still ends where it did when the
// file is framed again, as the load frames it.
bool stillEndsThere(const QString &path, qint64 size, const LoadJournal::LastCommitted &last,
                    const LoadOptions &options)
{
    // Inflated as far as the record, not first to the end of each large member to check it: this
    // only decides where to resume, and the load commits nothing of a member that fails its check.
    InputFile input(InputFile::GzipCheck::WhileLoading);
    if (input.open(path, InputFile::Fingerprint::No, size))
        return false;
    RecordFramer framer(input, BatchProducer::framerOptions(options));
    FramedRecord record;
    while (framer.next(record) == RecordFramer::Status::Record) {
        if (record.ordinal == last.ordinal)
            return record.offset + record.spanBytes == last.endOffset;
    }
    return false;
}

// Whether the file is the one the journal knows with records appended, so that loading what
// follows its old end adds each record once: larger now; its first bytes hash as they did; not
// an array closed with ']' at its old end; and its last committed record not extended by what was
// appended. When that record was rejected and reaches the old end (cut short there, say a log
// line half written when it was loaded), it is to be framed again: *reopen says which.
Result<bool> grewByAppending(PgConnection &connection, const LoadJournal::FileRow &entry,
                             const FileFingerprint &now, const QString &path, const LoadOptions &options,
                             LoadJournal::LastCommitted *reopen)
{
    const FileFingerprint &then = entry.fingerprint;
    if (then.size <= 0 || now.size <= then.size)
        return false;
    const auto prefix = FileFingerprint::ofPrefix(path, then.size);
    if (!prefix)
        return prefix.error();
    if (prefix->headHash != then.headHash || prefix->tailHash != then.tailHash)
        return false;
    const auto last = LoadJournal::lastCommitted(connection, entry.id);
    if (!last)
        return last.error();

    if (InputFile::looksCompressed(path)) {
        // The journal's offsets are of the inflated text, whose old length it does not keep: the
        // grown file is inflated and framed up to the last committed record, which must end where
        // it did (a member appended, or a cut last member now whole). A reject there is refused:
        // whether the old end cut it short is not known.
        return last->rejectOffset < 0 && stillEndsThere(path, now.size, last.value(), options);
    }

    PlainFile file;
    char head[64];
    char tail[65]; // up to 64 bytes before the old end, and the first byte after it
    const qint64 tailFrom = std::max<qint64>(0, then.size - 64);
    const qint64 headBytes = file.open(path) ? file.readAt(head, sizeof head, 0) : -1;
    const qint64 tailBytes = headBytes > 0 ? file.readAt(tail, then.size - tailFrom + 1, tailFrom) : -1;
    if (tailBytes != then.size - tailFrom + 1)
        return Error::make(ResumePlanner::tr("Cannot read %1: %2").arg(path, file.errorString()));
    std::string_view first(head, size_t(headBytes));
    if (first.starts_with("\xEF\xBB\xBF"))
        first.remove_prefix(3);
    while (!first.empty() && isJsonSpace(first.front()))
        first.remove_prefix(1);
    std::string_view before(tail, size_t(tailBytes - 1));
    const char lastByte = before.back();
    const char after = tail[tailBytes - 1];
    while (!before.empty() && isJsonSpace(before.back()))
        before.remove_suffix(1);
    // What follows would be data after the array's end. (Also refuses NDJSON whose records are
    // arrays: the file's first bytes do not tell them apart; --reload loads such a file.)
    if (first.starts_with('[') && before.ends_with(']'))
        return false;

    if (last->endOffset < then.size)
        return true; // the committed records end before the old end: appending cannot change them
    if (last->rejectOffset >= 0) {
        *reopen = last.value();
        return true;
    }
    // A loaded record ends at the old end: a number, true, false or null there would go on in
    // appended bytes that are not whitespace ("12" + "3"); an object, array or string would not.
    const bool token = lastByte != '}' && lastByte != ']' && lastByte != '"';
    return !token || isJsonSpace(after);
}

} // namespace

Error ResumePlanner::plan(PgConnection &connection, LoadState &state, int tableIndex, quint32 tableOid,
                          const LoadOptions &options)
{
    std::vector<LoadState::File *> files;
    QStringList paths;
    for (auto &file : state.files) {
        if (file->tableIndex == tableIndex) {
            files.push_back(file.get());
            paths.append(file->entry.path);
        }
    }
    if (files.empty())
        return {};

    const auto known = LoadJournal::lookup(connection, tableOid, paths);
    if (!known)
        return known.error();

    // A small file new to the journal is fingerprinted by the reader, from the bytes it loads, and
    // its row commits with its records; the others are fingerprinted now, to compare with the
    // journal or to register (a large file costs its first and last MiB).
    QList<const FileEntry *> entries;
    qsizetype newSmallFiles = 0;
    for (LoadState::File *file : files) {
        file->fingerprintWhileReading =
            FileFingerprint::hashesWholeFile(file->entry.size) && !known->contains(file->entry.path);
        if (file->fingerprintWhileReading)
            ++newSmallFiles;
        else
            entries.append(&file->entry);
    }
    const auto reserved = LoadJournal::reserveFileIds(connection, newSmallFiles);
    if (!reserved)
        return reserved.error();
    auto nextId = reserved->cbegin();
    // In parallel: it is mostly waiting for the disk.
    const QList<Result<FileFingerprint>> fingerprints =
        QtConcurrent::blockingMapped(entries, [](const FileEntry *entry) {
            return FileFingerprint::compute(entry->path, entry->size, entry->modifiedMs);
        });

    QList<std::pair<QString, FileFingerprint>> toStart;
    std::vector<qint64> restart;
    std::vector<qint64> resume;
    std::vector<qint64> alreadyLoaded;
    struct Changed
    {
        LoadState::File *file;
        const LoadJournal::FileRow *entry;
        FileFingerprint now;
    };
    std::vector<Changed> changed;
    qsizetype computed = 0;
    for (LoadState::File *file : files) {
        if (file->fingerprintWhileReading) {
            file->journalId = *nextId++;
            continue;
        }
        const Result<FileFingerprint> &fp = fingerprints[computed++];
        if (!fp) {
            state.finish(*file, FileState::Failed);
            state.setFileError(*file, fp.error().message);
            state.log(LogMessage::error(fp.error().message));
            continue;
        }
        const auto row = known->find(file->entry.path);
        if (row == known->end()) {
            toStart.append({file->entry.path, fp.value()});
            continue;
        }
        const LoadJournal::FileRow &entry = row->second;
        file->journalId = entry.id;
        if (options.reload) {
            restart.push_back(entry.id);
            toStart.append({file->entry.path, fp.value()});
            state.log(LogMessage::info(
                tr("Reloading %1 as asked; the rows it loaded before stay.").arg(file->entry.path)));
        } else if (!entry.fingerprint.sameContent(fp.value())) {
            changed.push_back({file, &entry, fp.value()});
        } else if (entry.complete) {
            state.finish(*file, FileState::AlreadyLoaded);
            file->bytesDone = file->entry.size;
            file->records = entry.records;
            alreadyLoaded.push_back(entry.id);
        } else {
            resume.push_back(entry.id);
        }
    }

    // A changed file of which no earlier run committed a record (say a truncated .gz, of which
    // nothing loads, downloaded again whole) has nothing that loading it could duplicate: it is
    // started over. One that grew by appending resumes after what was committed of it. Any other
    // with a record committed, loaded or rejected, is not loaded again.
    std::vector<qint64> changedIds;
    for (const Changed &c : changed)
        changedIds.push_back(c.file->journalId);
    const auto changedProgress = LoadJournal::progress(connection, changedIds);
    if (!changedProgress)
        return changedProgress.error();
    for (const Changed &c : changed) {
        LoadState::File *file = c.file;
        const auto p = changedProgress->find(file->journalId);
        if (p == changedProgress->end() || (p->second.rows == 0 && p->second.rejects == 0)) {
            restart.push_back(file->journalId);
            toStart.append({file->entry.path, c.now});
            state.log(
                LogMessage::info(tr("%1 changed since an earlier run, which loaded none of its records; "
                                    "loading it as it is now.")
                                     .arg(file->entry.path)));
            continue;
        }
        LoadJournal::LastCommitted reopen;
        const auto grown = grewByAppending(connection, *c.entry, c.now, file->entry.path, options, &reopen);
        if (!grown)
            return grown.error();
        if (grown.value()) {
            if (Error e = LoadJournal::grow(connection, file->journalId, c.now, reopen))
                return e;
            resume.push_back(file->journalId);
            state.log(LogMessage::info(tr("%1 grew from %2 to %3 bytes since it was loaded, its first %2 "
                                          "bytes unchanged; loading what was appended.")
                                           .arg(file->entry.path)
                                           .arg(c.entry->fingerprint.size)
                                           .arg(c.now.size)));
            if (reopen.rejectOffset >= 0)
                state.log(LogMessage::info(tr("%1: record %2, rejected because the file ended inside it, is "
                                              "read again from the grown file.")
                                               .arg(file->entry.path)
                                               .arg(reopen.ordinal)));
            continue;
        }
        state.finish(*file, FileState::Changed);
        const QString message =
            tr("%1 changed since it was loaded into %2 (size, time or content); not loaded again. Use "
               "--reload "
               "(the \"Load again\" option) to load it on top of the rows already there.")
                .arg(file->entry.path, state.tables[size_t(tableIndex)].display);
        state.setFileError(*file, message);
        state.log(LogMessage::warning(message));
    }

    const auto started = LoadJournal::start(connection, tableOid, toStart, restart);
    if (!started)
        return started.error();
    for (LoadState::File *file : files) {
        const auto id = started->find(file->entry.path);
        if (id != started->end())
            file->journalId = id->second;
    }

    std::vector<qint64> withHistory = resume;
    withHistory.insert(withHistory.end(), alreadyLoaded.begin(), alreadyLoaded.end());
    const auto progress = LoadJournal::progress(connection, withHistory);
    if (!progress)
        return progress.error();
    const auto earlierRejects = LoadJournal::rejects(connection, resume);
    if (!earlierRejects)
        return earlierRejects.error();
    qint64 skipped = 0;
    for (LoadState::File *file : files) {
        const auto p = progress->find(file->journalId);
        if (p == progress->end())
            continue;
        file->rowsBefore = p->second.rows;
        if (file->fileState() == FileState::AlreadyLoaded) {
            ++skipped;
            state.bytesDone += file->entry.size;
            state.touch(*file);
            continue;
        }
        file->committed = p->second.ranges;
        qint64 done = 0;
        for (const auto &[first, last] : file->committed)
            done += last - first + 1;
        file->recordsDone = done;
        state.log(LogMessage::info(
            tr("Resuming %1: %2 records were committed by an earlier run.").arg(file->entry.path).arg(done)));
        const auto rejects = earlierRejects->find(file->journalId);
        if (rejects != earlierRejects->end())
            state.addEarlierRejects(*file, rejects->second);
    }
    if (skipped > 0)
        state.log(LogMessage::info(tr("Skipped %1 files already loaded into %2 before.")
                                       .arg(skipped)
                                       .arg(state.tables[size_t(tableIndex)].display)));
    return {};
}

} // namespace pjl
