#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pjl {

class PlainFile;

// What tells a file from its next version without reading all of it: size, modification time and
// CRC-32s of its first and last MiB (of the whole file when it is small enough to read cheaply).
// CRC-32 rather than a cryptographic hash: it detects edits, not attacks, and thousands of small
// files are fingerprinted before a load starts, so it has to be cheap (ISA-L's CRC-32, or zlib's).
struct FileFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(FileFingerprint)

public:
    static constexpr qint64 kEdgeBytes = 1 << 20;

    qint64 size = 0;
    qint64 modifiedMs = 0; // since the epoch, UTC
    QByteArray headHash;   // hex
    QByteArray tailHash;   // hex; equals headHash when the whole file was hashed

    static bool hashesWholeFile(qint64 size) { return size <= 2 * kEdgeBytes; }
    bool wholeFileHashed() const { return hashesWholeFile(size); }
    // Same content as far as we can tell. A small file is compared by its hash alone (a copy with
    // a new mtime is the same file); a large one also by mtime, which catches edits in its middle.
    bool sameContent(const FileFingerprint &other) const;

    // size and modifiedMs as the caller already knows them (a directory listing), or -1 to stat.
    static Result<FileFingerprint> compute(const QString &path, qint64 size = -1, qint64 modifiedMs = -1);
    // The hashes compute() gave the file when it had only its first size bytes (modifiedMs 0): a
    // file that grew by appending still has its old fingerprint's hashes here.
    static Result<FileFingerprint> ofPrefix(const QString &path, qint64 size);
    // The same as compute() gives for a file of this content, when hashesWholeFile(size).
    static FileFingerprint ofWholeFile(const char *data, qint64 size);

private:
    bool hash(PlainFile &file); // headHash and tailHash of the first size bytes
};

} // namespace pjl
