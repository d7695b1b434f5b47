#pragma once

#include "error.h"
#include "filestate.h"
#include "framing.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace pjl {

struct FileReport
{
    QString path;
    QString table;
    FileState state = FileState::Queued;
    Framing framing = Framing::Unknown;
    qint64 bytes = 0;
    qint64 records = 0;
    qint64 rowsLoaded = 0;   // by this run
    qint64 rowsRejected = 0; // by this run, or by the run it resumed
    qint64 rowsBefore = 0;   // loaded by earlier runs (resumed or already loaded files)
    QString error;
};

// How a load ended.
struct LoadReport
{
    QList<FileReport> files;
    qint64 rowsLoaded = 0;
    qint64 rowsRejected = 0;
    qint64 jsonBytes = 0;    // JSON text loaded or rejected (after decompression)
    qint64 storageBytes = 0; // bytes read from disk
    qint64 elapsedMs = 0;
    Error fatal; // set when the load stopped on an error
    bool cancelled = false;
    QString rejectsPath; // where the rejects were written, if anywhere

    int filesFailed() const; // failed to read, or changed since loaded and not reloaded
    int filesAlreadyLoaded() const;
    qint64 rowsBefore() const;
    // 0: everything loaded; 3: finished with rejects; 1: a fatal error, a file that failed or changed;
    // 130: cancelled (as a shell reports SIGINT).
    int exitCode() const;
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::LoadReport)
