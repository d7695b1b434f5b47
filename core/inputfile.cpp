#include "inputfile.h"

#include "encodingcheck.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {
constexpr qint64 kCompressedReadSize = 1 << 20;
constexpr qint64 kHeadBytes = 64 << 10;
} // namespace

InputFile::InputFile(GzipCheck check, qsizetype keepLimit)
    : m_check(check)
    , m_keepLimit(keepLimit)
{}

InputFile::~InputFile()
{
    close();
}

bool InputFile::looksCompressed(const QString &path)
{
    PlainFile f;
    char magic[2];
    return f.open(path) && f.read(magic, 2) == 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b;
}

Error InputFile::open(const QString &path, Fingerprint fingerprint, qint64 listedSize)
{
    close();
    m_path = path;
    const bool wholeAsListed = listedSize >= 0 && FileFingerprint::hashesWholeFile(listedSize);
    if (!(wholeAsListed ? m_file.openForReading(path) : m_file.open(path)))
        return fail(tr("Cannot open %1: %2").arg(path, m_file.errorString()));
    m_size = wholeAsListed ? listedSize : m_file.size();
    const auto changed = [&](qint64 now) {
        m_head.clear(); // nothing of it is handed out
        return fail(tr("%1 changed since the load started (from %2 to %3 bytes); it is not loaded.")
                        .arg(path)
                        .arg(listedSize)
                        .arg(now));
    };
    if (listedSize >= 0 && m_size != listedSize)
        return changed(m_size);
    // The first bytes tell gzip from plain; they are kept and handed out first, which saves a
    // seek, and a small file is then read in this one call.
    const bool whole =
        wholeAsListed || (fingerprint == Fingerprint::Yes && FileFingerprint::hashesWholeFile(m_size));
    // A byte more than the listed size: a file that grew since fills it, one that shrank falls
    // short, and a read that stops at exactly the listed size found the end (a regular file's
    // read returns less than asked only there).
    m_head.resize(qsizetype(wholeAsListed ? m_size + 1 : whole ? m_size : std::min(kHeadBytes, m_size)));
    qint64 got = 0;
    qint64 n = 0;
    do {
        n = m_file.read(m_head.data() + got, m_head.size() - got);
        if (n < 0)
            return fail(tr("Read error in %1: %2").arg(path, m_file.errorString()));
        got += n;
    } while (n > 0 && whole && got < m_size);
    if (wholeAsListed && got != m_size) {
        const qint64 now = m_file.currentSize();
        return changed(now >= 0 ? now : got);
    }
    m_head.resize(qsizetype(got));
    m_storagePos = got;
    if (whole) {
        if (got < m_size) {
            failTruncated(got);
            return m_error;
        }
        m_readWhole = wholeAsListed;
        if (fingerprint == Fingerprint::Yes)
            m_fingerprint = FileFingerprint::ofWholeFile(m_head.constData(), got);
    }
    if (m_head.size() >= 2 && uchar(m_head[0]) == 0x1f && uchar(m_head[1]) == 0x8b) {
        m_gzip = std::make_unique<GzipDecoder>();
        if (!m_gzip->isValid()) {
            m_gzip.reset();
            return fail(tr("Cannot set up gzip decoding for %1").arg(path));
        }
        // Room for what was read already (all of a file read whole); a small .gz gets no 1 MiB memset.
        m_input.resize(size_t(std::max<qint64>(m_head.size(), std::min(kCompressedReadSize, m_size))));
        std::memcpy(m_input.data(), m_head.constData(), size_t(m_head.size()));
        m_gzip->setInput(m_input.data(), size_t(m_head.size()));
        m_inputFilled = m_head.size();
        // What the encoding check below looks at is the decompressed text. A gzip error in it is
        // kept for read() to report after the bytes before it.
        m_head.resize(EncodingCheck::kHeadBytes);
        const qint64 decoded = readCompressed(m_head.data(), m_head.size());
        m_head.resize(qsizetype(std::max<qint64>(decoded, 0)));
    }
    if (Error e = EncodingCheck::check(m_head, path)) {
        m_head.clear();
        m_error = e;
        return e;
    }
    return {};
}

Error InputFile::fail(const QString &message)
{
    m_error = Error::make(message);
    m_error.file = m_path;
    return m_error;
}

void InputFile::failTruncated(qint64 size)
{
    fail(tr("%1 was truncated while it was being read (from %2 to %3 bytes).")
             .arg(m_path)
             .arg(m_size)
             .arg(size));
}

bool InputFile::checkSizeUnchanged()
{
    // Loading a file that changes under us would load something that never existed as a whole,
    // and the journal would describe the file by a size and hashes it did not have.
    if (m_readWhole)
        return true; // it was still its listed size when it was read, all at once
    const qint64 now = m_file.currentSize();
    if (now < 0) {
        fail(tr("Read error in %1: %2").arg(m_path, m_file.errorString()));
    } else if (now > m_size) {
        fail(tr("%1 grew while it was being read (from %2 to %3 bytes): is it still being written? "
                "Load it once it is complete.")
                 .arg(m_path)
                 .arg(m_size)
                 .arg(now));
    } else if (now < m_size) {
        failTruncated(now);
    } else {
        return true;
    }
    m_error.offset = m_gzip ? -1 : m_storagePos;
    return false;
}

void InputFile::close()
{
    m_gzip.reset();
    m_input.clear();
    m_inputEof = false;
    m_streamEnded = false;
    m_memberChecked = false;
    m_memberCheck.reset();
    m_keptPos = -1;
    m_keptMembers = 0;
    m_decoded = 0;
    m_uncheckedFrom = m_uncheckedStart = -1;
    m_inputFilled = 0;
    m_storagePos = 0;
    m_head.clear();
    m_headPos = 0;
    m_readWhole = false;
    m_fingerprint = {};
    m_error = {};
    m_file.close();
}

qint64 InputFile::read(char *data, qint64 maxSize)
{
    if (m_headPos < m_head.size()) {
        // Counted in m_storagePos when it was read.
        const qint64 n = std::min<qint64>(maxSize, m_head.size() - m_headPos);
        std::memcpy(data, m_head.constData() + m_headPos, size_t(n));
        m_headPos += qsizetype(n);
        return n;
    }
    if (!m_error.isNull())
        return -1;
    if (m_gzip)
        return readCompressed(data, maxSize);
    // The size at open is what we load, and a file that grew or shrank since fails.
    if (m_storagePos >= m_size)
        return checkSizeUnchanged() ? 0 : -1;
    const qint64 n = m_file.read(data, std::min(maxSize, m_size - m_storagePos));
    if (n < 0) {
        fail(tr("Read error in %1: %2").arg(m_path, m_file.errorString()));
        m_error.offset = m_storagePos;
        return -1;
    }
    if (n == 0) {
        checkSizeUnchanged();
        if (m_error.isNull()) // it shrank and grew back: still not the file we started
            failTruncated(m_storagePos);
        return -1;
    }
    m_storagePos += n;
    return n;
}

qint64 InputFile::fillInput()
{
    qint64 n = 0;
    if (m_storagePos < m_size) {
        // At an offset: a member handed out from its check was skipped, not read.
        n = m_file.readAt(m_input.data(), std::min(qint64(m_input.size()), m_size - m_storagePos),
                          m_storagePos);
        if (n < 0) {
            fail(tr("Read error in %1: %2").arg(m_path, m_file.errorString()));
            return -1;
        }
    }
    if (n == 0) {
        if (!checkSizeUnchanged())
            return -1;
        m_inputEof = true;
    }
    m_storagePos += n;
    m_gzip->setInput(m_input.data(), size_t(n));
    m_inputFilled = n;
    return n;
}

bool InputFile::checkMember()
{
    if (m_check == GzipCheck::AtItsEnd) {
        m_memberChecked = true;
        return true;
    }
    if (!m_memberCheck) {
        m_memberCheck = std::make_unique<GzipMemberCheck>(m_keepLimit, m_check == GzipCheck::WhileLoading
                                                                           ? GzipMemberCheck::Large::GiveUp
                                                                           : GzipMemberCheck::Large::Inflate);
    }
    const qint64 start = m_storagePos - qint64(m_gzip->inputLeft());
    const QByteArrayView readAlready(m_input.data(), m_inputFilled);
    switch (m_memberCheck->check(m_file, start, m_size, readAlready, m_storagePos - m_inputFilled)) {
    case GzipMemberCheck::Outcome::Intact:
        m_memberChecked = true;
        if (m_memberCheck->keptWhole()) {
            m_keptPos = 0;
            ++m_keptMembers;
        }
        return true;
    case GzipMemberCheck::Outcome::TooLarge:
        // Checked as it is read: the decoder checks the CRC at the member's end, and until then
        // checkedEnd() stays at its first byte.
        m_memberChecked = true;
        m_uncheckedFrom = m_decoded;
        m_uncheckedStart = start;
        return true;
    case GzipMemberCheck::Outcome::Truncated:
        failCutMember(start);
        return false;
    case GzipMemberCheck::Outcome::Corrupt:
        failCorrupt(start, m_memberCheck->errorText(), m_memberCheck->errorOffset());
        return false;
    case GzipMemberCheck::Outcome::ReadError:
        fail(tr("Read error in %1: %2").arg(m_path, m_memberCheck->errorText()));
        break;
    }
    m_error.offset = start;
    return false;
}

void InputFile::failCutMember(qint64 memberStart)
{
    // No CRC to check the member against: the file may have been cut short, or damaged so that the
    // deflate data runs past its end (then what it decodes to is garbage).
    fail(tr("%1 is truncated or damaged: its gzip data from compressed byte %2 on ends before the end "
            "of its member, which therefore cannot be checked, so none of the records from there on "
            "were loaded.")
             .arg(m_path)
             .arg(memberStart));
    m_error.offset = memberStart;
}

void InputFile::failCorrupt(qint64 memberStart, const QString &why, qint64 near)
{
    fail(tr("%1 is corrupt: its gzip data from compressed byte %2 on fails the integrity check (%3, near "
            "compressed byte %4), so none of the records from there on were loaded.")
             .arg(m_path)
             .arg(memberStart)
             .arg(why)
             .arg(near));
    m_error.offset = memberStart;
}

void InputFile::skipInputTo(qint64 offset)
{
    // The decoder's input ends at m_storagePos; the member began inside it, so offset (where the
    // member ends) is at or after the input's start.
    if (offset <= m_storagePos) {
        const qint64 left = m_storagePos - offset;
        Q_ASSERT(left <= m_inputFilled);
        m_gzip->setInput(m_input.data() + (m_inputFilled - left), size_t(left));
    } else {
        m_gzip->setInput(m_input.data(), 0);
        m_storagePos = offset;
    }
}

qint64 InputFile::readCompressed(char *data, qint64 maxSize)
{
    char *out = data;
    size_t room = size_t(maxSize);
    while (room > 0) {
        if (m_keptPos >= 0) {
            const QByteArrayView kept = m_memberCheck->kept();
            const size_t n = std::min(room, size_t(kept.size() - m_keptPos));
            std::memcpy(out, kept.data() + m_keptPos, n);
            out += n;
            m_decoded += qint64(n);
            room -= n;
            m_keptPos += qsizetype(n);
            if (m_keptPos == kept.size()) {
                skipInputTo(m_memberCheck->memberEnd());
                m_keptPos = -1;
                m_streamEnded = true;
            }
            continue;
        }
        if (m_gzip->inputLeft() == 0 && !m_inputEof) {
            if (fillInput() < 0)
                return out > data ? qint64(out - data) : -1;
        }
        if (m_gzip->inputLeft() == 0 && m_inputEof) {
            if (m_uncheckedFrom >= 0) {
                failCutMember(m_uncheckedStart);
                return out > data ? qint64(out - data) : -1;
            }
            if (!m_streamEnded) {
                m_error = Error::make(
                    tr("%1 is truncated: the gzip stream ends before its end marker.").arg(m_path));
                m_error.file = m_path;
                m_error.offset = m_storagePos;
                // Hand out what was decoded; the error is reported after the caller saw the bytes.
                return out > data ? qint64(out - data) : -1;
            }
            break;
        }
        if (m_streamEnded) {
            // Another gzip member follows (as `cat a.gz b.gz` makes).
            m_gzip->nextMember();
            m_streamEnded = false;
            m_memberChecked = false;
        }
        if (!m_memberChecked && !checkMember())
            return out > data ? qint64(out - data) : -1;
        if (m_keptPos >= 0)
            continue; // handed out from what the check kept
        char *const before = out;
        const GzipDecoder::Status status = m_gzip->inflate(out, room);
        m_decoded += out - before;
        if (status == GzipDecoder::Status::MemberEnd) {
            m_streamEnded = true;
            m_uncheckedFrom = m_uncheckedStart = -1;
        } else if (status == GzipDecoder::Status::Failed && m_uncheckedFrom >= 0) {
            failCorrupt(m_uncheckedStart, m_gzip->errorText(), m_storagePos - qint64(m_gzip->inputLeft()));
            return out > data ? qint64(out - data) : -1;
        } else if (status == GzipDecoder::Status::Failed) {
            m_error = Error::make(tr("%1 is not valid gzip data near compressed byte %2: %3")
                                      .arg(m_path)
                                      .arg(m_storagePos - qint64(m_gzip->inputLeft()))
                                      .arg(m_gzip->errorText()));
            m_error.file = m_path;
            return out > data ? qint64(out - data) : -1;
        }
    }
    return qint64(out - data);
}

} // namespace pjl
