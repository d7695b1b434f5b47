#include "outputfile.h"

#include <cerrno>
#include <cstring>

namespace pjl {

OutputFile::OutputFile(const std::string &path, bool gzip, int level)
    : m_path(path)
    , m_gzip(gzip)
{
    errno = 0;
    m_file = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
    if (!m_file)
        fail("cannot create");
    // windowBits 15 + 16 asks zlib for a gzip header and trailer instead of a raw zlib stream.
    if (gzip && deflateInit2(&m_zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        fail("deflateInit2 failed");
    m_buffer.reserve(kChunk + (1 << 16));
    if (gzip)
        m_compressed.resize(kChunk);
}

OutputFile::~OutputFile()
{
    if (m_gzip)
        deflateEnd(&m_zs);
    if (m_file && m_file != stdout)
        std::fclose(m_file);
}

void OutputFile::fail(const std::string &what)
{
    const int err = errno;
    throw IoError(m_path + ": " + what + (err ? std::string(": ") + std::strerror(err) : std::string()));
}

void OutputFile::writeRaw(const void *data, std::size_t size)
{
    errno = 0;
    if (std::fwrite(data, 1, size, m_file) != size)
        fail("write failed");
}

void OutputFile::deflateBuffer(int mode)
{
    m_zs.next_in = reinterpret_cast<Bytef *>(m_buffer.data());
    m_zs.avail_in = static_cast<uInt>(m_buffer.size());
    int rc;
    do {
        m_zs.next_out = reinterpret_cast<Bytef *>(m_compressed.data());
        m_zs.avail_out = static_cast<uInt>(m_compressed.size());
        rc = deflate(&m_zs, mode);
        if (rc == Z_STREAM_ERROR)
            fail("deflate failed");
        writeRaw(m_compressed.data(), m_compressed.size() - m_zs.avail_out);
    } while (m_zs.avail_out == 0 || (mode == Z_FINISH && rc != Z_STREAM_END));
}

void OutputFile::flush()
{
    if (m_gzip)
        deflateBuffer(Z_NO_FLUSH);
    else
        writeRaw(m_buffer.data(), m_buffer.size());
    m_flushed += m_buffer.size();
    m_buffer.clear();
}

void OutputFile::close()
{
    if (m_gzip)
        deflateBuffer(Z_FINISH);
    else
        writeRaw(m_buffer.data(), m_buffer.size());
    m_flushed += m_buffer.size();
    m_buffer.clear();
    errno = 0;
    std::FILE *f = m_file;
    m_file = nullptr;
    // fclose/fflush report errors the buffered writes deferred (e.g. disk full).
    if ((f == stdout ? std::fflush(f) : std::fclose(f)) != 0)
        fail("close failed");
}

} // namespace pjl
