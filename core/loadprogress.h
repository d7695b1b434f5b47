#pragma once

#include "filestate.h"
#include "framing.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace pjl {

// One file's counters at one moment.
struct FileProgress
{
    int index = -1; // position in LoadJob::files()
    FileState state = FileState::Queued;
    Framing framing = Framing::Unknown;
    qint64 bytesTotal = 0; // file size on disk
    qint64 bytesRead = 0;  // read from disk so far
    qint64 bytesDone = 0;  // of it, committed (or rejected)
    qint64 rowsLoaded = 0;
    qint64 rowsRejected = 0;
    double mbPerSecond = 0; // of JSON text loaded, over the file's loading time
    QString error;

    double fraction() const
    {
        return bytesTotal > 0 ? double(bytesDone) / double(bytesTotal)
                              : (state == FileState::Loaded ? 1.0 : 0.0);
    }
};

// A snapshot of a running load, emitted at most ten times a second. files holds only the files
// that changed since the previous snapshot, so thousands of files cost nothing when idle.
struct LoadProgress
{
    QList<FileProgress> files;
    int filesTotal = 0;
    int filesDone = 0;
    qint64 bytesTotal = 0;
    qint64 bytesDone = 0;
    qint64 rowsLoaded = 0;
    qint64 rowsRejected = 0;
    qint64 jsonBytesLoaded = 0;
    qint64 elapsedMs = 0;
    double rowsPerSecond = 0;
    double mbPerSecond = 0;
    qint64 etaMs = -1; // -1: unknown
    bool paused = false;

    double fraction() const { return bytesTotal > 0 ? double(bytesDone) / double(bytesTotal) : 0.0; }
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::FileProgress)
Q_DECLARE_METATYPE(pjl::LoadProgress)
