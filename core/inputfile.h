#pragma once

#include "bytesource.h"
#include "filefingerprint.h"
#include "gzipdecoder.h"
#include "gzipmembercheck.h"
#include "plainfile.h"

#include <QCoreApplication>

#include <limits>
#include <memory>
#include <vector>

namespace pjl {

// A file as a stream of bytes: plain, or gzip (detected by its magic bytes, whatever the name),
// including multi-member gzip files. Reads straight into the caller's buffer. With
// GzipCheck::Ahead each gzip member is checked whole (GzipMemberCheck) before its first byte is
// handed out, so a corrupt member, or one the file ends in (cut short, or damaged so that it runs
// past the end), yields an error and no records rather than records that only its CRC would have
// shown to be wrong. A member that decodes to less than keepLimit bytes is handed out from what
// the check kept. GzipCheck::WhileLoading hands a larger member out as it inflates it, and
// checkedEnd() tells the caller which bytes it must not act on for good yet.
class InputFile final : public ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
    Q_DISABLE_COPY_MOVE(InputFile)

public:
    enum class GzipCheck
    {
        Ahead,        // each member whole before any of it is handed out
        WhileLoading, // a member small enough to keep, ahead (then handed out from what was kept);
                      // a larger one by the decoder as it reads, at its end, so it is inflated
                      // once: checkedEnd() says how far the bytes handed out are known to be
                      // right, and the caller commits nothing past it (BatchProducer, SinkWorker)
        AtItsEnd      // by the decoder as it reads, after the bytes (a peek at the first bytes,
                      // which would otherwise wait for all of a large member to be inflated)
    };

    explicit InputFile(GzipCheck check = GzipCheck::Ahead,
                       qsizetype keepLimit = GzipMemberCheck::kDefaultKeepLimit);
    ~InputFile() override;

    enum class Fingerprint
    {
        No,
        Yes
    };
    // With Fingerprint::Yes, a file small enough to be fingerprinted whole
    // (FileFingerprint::hashesWholeFile) is read in one go here and fingerprinted from those very
    // bytes: the journal then describes exactly what was loaded, and the file is read once, not
    // twice (10,000 small files: the loader's CPU -18%).
    // listedSize: the size a listing gave the file, or -1. A file that has another size now fails
    // to open: it changed since it was listed. A small file (as above, fingerprinted or not) is
    // then read whole here, without an fstat at open or at its end: asking for a byte more than
    // its listed size shows whether it still has that size (four system calls per small file
    // instead of six).
    Error open(const QString &path, Fingerprint fingerprint = Fingerprint::No, qint64 listedSize = -1);
    void close();
    // After open(path, Fingerprint::Yes) of a small file; empty otherwise.
    const FileFingerprint &fingerprint() const { return m_fingerprint; }

    qint64 read(char *data, qint64 maxSize) override;
    Error error() const override { return m_error; }
    qint64 storagePosition() const override { return m_storagePos; }
    qint64 sizeHint() const override { return m_gzip ? -1 : m_size; }

    bool isCompressed() const { return m_gzip != nullptr; }
    // The stream offset up to which the bytes decoded so far passed their gzip check, or
    // kAllChecked when they all did (a plain file's always do). Below the bytes read only while
    // GzipCheck::WhileLoading reads a large member: from its first byte on, until its end.
    static constexpr qint64 kAllChecked = std::numeric_limits<qint64>::max();
    qint64 checkedEnd() const { return m_uncheckedFrom < 0 ? kAllChecked : m_uncheckedFrom; }
    int keptMembers() const { return m_keptMembers; } // gzip members inflated once (see above)
    qint64 size() const { return m_size; }
    const QString &path() const { return m_path; }

    static bool looksCompressed(const QString &path); // gzip magic bytes

private:
    qint64 readCompressed(char *data, qint64 maxSize);
    qint64 fillInput();
    Error fail(const QString &message);
    bool checkSizeUnchanged(); // at the end: false (and an error) when the file changed size
    void failTruncated(qint64 size);
    bool checkMember();              // before a member's first byte: false (and an error) when corrupt
    void skipInputTo(qint64 offset); // after a member handed out from what its check kept
    void failCorrupt(qint64 memberStart, const QString &why, qint64 near);
    void failCutMember(qint64 memberStart);

    QString m_path;
    PlainFile m_file;
    qint64 m_size = 0;
    qint64 m_storagePos = 0;
    Error m_error;
    QByteArray m_head;        // read at open
    bool m_readWhole = false; // all of the file is in m_head, and it had its listed size then
    qsizetype m_headPos = 0;  // how much of m_head was handed out
    FileFingerprint m_fingerprint;

    std::unique_ptr<GzipDecoder> m_gzip;
    std::vector<char> m_input;
    qint64 m_inputFilled = 0; // how much of m_input the last read filled; it ends at m_storagePos
    bool m_inputEof = false;
    bool m_streamEnded = false; // the last gzip member ended cleanly
    bool m_memberChecked = false;
    std::unique_ptr<GzipMemberCheck> m_memberCheck;
    GzipCheck m_check;
    qsizetype m_keepLimit;
    qsizetype m_keptPos = -1; // while a member kept by its check is handed out: how much of it was
    int m_keptMembers = 0;
    qint64 m_decoded = 0;         // stream offset: bytes decoded so far
    qint64 m_uncheckedFrom = -1;  // stream offset where the member being read unchecked began
    qint64 m_uncheckedStart = -1; // and its compressed offset
};

} // namespace pjl
