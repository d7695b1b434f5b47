#include "resumeplanner.h"

#include "filefingerprint.h"
#include "loadjournal.h"
#include "loadstate.h"

#include <QtConcurrent>

namespace pjl {

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
    std::vector<std::pair<LoadState::File *, FileFingerprint>> changed;
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
            changed.emplace_back(file, fp.value());
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
    // started over. Any record committed, loaded or rejected, keeps it from loading again.
    std::vector<qint64> changedIds;
    for (const auto &[file, fp] : changed)
        changedIds.push_back(file->journalId);
    const auto changedProgress = LoadJournal::progress(connection, changedIds);
    if (!changedProgress)
        return changedProgress.error();
    for (const auto &[file, fp] : changed) {
        const auto p = changedProgress->find(file->journalId);
        if (p == changedProgress->end() || (p->second.rows == 0 && p->second.rejects == 0)) {
            restart.push_back(file->journalId);
            toStart.append({file->entry.path, fp});
            state.log(
                LogMessage::info(tr("%1 changed since an earlier run, which loaded none of its records; "
                                    "loading it as it is now.")
                                     .arg(file->entry.path)));
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
