#include "inputfile.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {
constexpr qint64 kCompressedReadSize = 1 << 20;
constexpr qint64 kHeadBytes = 64 << 10;
} // namespace

InputFile::InputFile() = default;

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

Error InputFile::open(const QString &path)
{
    close();
    m_path = path;
    if (!m_file.open(path)) {
        m_error = Error::make(tr("Cannot open %1: %2").arg(path, m_file.errorString()));
        m_error.file = path;
        return m_error;
    }
    m_size = m_file.size();
    // The first bytes tell gzip from plain; they are kept and handed out first, which saves a
    // seek, and a small file is then read in this one call.
    m_head.resize(qsizetype(std::min(kHeadBytes, std::max<qint64>(m_size, 2))));
    const qint64 got = m_file.read(m_head.data(), m_head.size());
    if (got < 0) {
        m_error = Error::make(tr("Read error in %1: %2").arg(path, m_file.errorString()));
        m_error.file = path;
        return m_error;
    }
    m_head.resize(qsizetype(got));
    if (m_head.size() >= 2 && uchar(m_head[0]) == 0x1f && uchar(m_head[1]) == 0x8b) {
        m_gzip = std::make_unique<GzipDecoder>();
        if (!m_gzip->isValid()) {
            m_gzip.reset();
            m_error = Error::make(tr("Cannot set up gzip decoding for %1").arg(path));
            return m_error;
        }
        m_input.resize(kCompressedReadSize);
        std::memcpy(m_input.data(), m_head.constData(), size_t(m_head.size()));
        m_gzip->setInput(m_input.data(), size_t(m_head.size()));
        m_storagePos = m_head.size();
        m_head.clear();
    }
    return {};
}

void InputFile::close()
{
    m_gzip.reset();
    m_input.clear();
    m_inputEof = false;
    m_streamEnded = false;
    m_storagePos = 0;
    m_head.clear();
    m_error = {};
    m_file.close();
}

qint64 InputFile::read(char *data, qint64 maxSize)
{
    if (!m_error.isNull())
        return -1;
    if (m_gzip)
        return readCompressed(data, maxSize);
    if (!m_head.isEmpty()) {
        const qint64 n = std::min<qint64>(maxSize, m_head.size());
        std::memcpy(data, m_head.constData(), size_t(n));
        m_head.remove(0, n);
        m_storagePos += n;
        return n;
    }
    // The size at open is what we load: no extra call to learn that the end is the end.
    if (m_storagePos >= m_size)
        return 0;
    const qint64 n = m_file.read(data, maxSize);
    if (n < 0) {
        m_error = Error::make(tr("Read error in %1: %2").arg(m_path, m_file.errorString()));
        m_error.file = m_path;
        m_error.offset = m_storagePos;
        return -1;
    }
    m_storagePos += n;
    return n;
}

qint64 InputFile::fillInput()
{
    const qint64 n = m_file.read(m_input.data(), qint64(m_input.size()));
    if (n < 0) {
        m_error = Error::make(tr("Read error in %1: %2").arg(m_path, m_file.errorString()));
        return -1;
    }
    if (n == 0)
        m_inputEof = true;
    m_storagePos += n;
    m_gzip->setInput(m_input.data(), size_t(n));
    return n;
}

qint64 InputFile::readCompressed(char *data, qint64 maxSize)
{
    char *out = data;
    size_t room = size_t(maxSize);
    while (room > 0) {
        if (m_gzip->inputLeft() == 0 && !m_inputEof) {
            if (fillInput() < 0)
                return -1;
        }
        if (m_gzip->inputLeft() == 0 && m_inputEof) {
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
        }
        const GzipDecoder::Status status = m_gzip->inflate(out, room);
        if (status == GzipDecoder::Status::MemberEnd) {
            m_streamEnded = true;
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
