#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pjl {

// What tells a file from its next version without reading all of it: size, modification time and
// hashes of its first and last MiB (of the whole file when it is small enough to read cheaply).
struct FileFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(FileFingerprint)

public:
    static constexpr qint64 kEdgeBytes = 1 << 20;

    qint64 size = 0;
    qint64 modifiedMs = 0; // since the epoch, UTC
    QByteArray headMd5;    // hex
    QByteArray tailMd5;    // hex; equals headMd5 when the whole file was hashed

    bool wholeFileHashed() const { return size <= 2 * kEdgeBytes; }
    // Same content as far as we can tell. A small file is compared by its hash alone (a copy with
    // a new mtime is the same file); a large one also by mtime, which catches edits in its middle.
    bool sameContent(const FileFingerprint &other) const;

    static Result<FileFingerprint> compute(const QString &path);
};

} // namespace pjl
