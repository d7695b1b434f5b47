#pragma once

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>

#include <zlib.h>

namespace pjl {

struct IoError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// A file (or stdout for "-") written in large chunks, optionally through a gzip deflate stream.
// Callers append straight into buffer() so a record is never copied between generation and write.
class OutputFile
{
public:
    OutputFile(const std::string &path, bool gzip, int level); // throws IoError
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    std::string &buffer() { return m_buffer; }
    void maybeFlush()
    {
        if (m_buffer.size() >= kChunk)
            flush();
    }
    void close();                                                       // throws IoError
    std::uint64_t bytes() const { return m_flushed + m_buffer.size(); } // uncompressed

private:
    static constexpr std::size_t kChunk = 4 << 20;

    void flush();
    void writeRaw(const void *data, std::size_t size);
    void deflateBuffer(int mode);
    [[noreturn]] void fail(const std::string &what);

    std::string m_path;
    std::FILE *m_file = nullptr;
    bool m_gzip = false;
    z_stream m_zs{};
    std::string m_buffer;
    std::string m_compressed;
    std::uint64_t m_flushed = 0;
};

} // namespace pjl
