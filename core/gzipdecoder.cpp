#include "gzipdecoder.h"

#include <zlib.h>

#ifdef PJL_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#endif

#include <QByteArray>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace pjl {

struct GzipDecoder::Zlib
{
    z_stream z{};
    bool ok = false;
};

#ifdef PJL_HAVE_ISAL
struct GzipDecoder::Isal
{
    inflate_state state; // large (tens of KB): lives on the heap with this struct
};
#else
struct GzipDecoder::Isal
{
};
#endif

bool GzipDecoder::hasIsal()
{
#ifdef PJL_HAVE_ISAL
    return true;
#else
    return false;
#endif
}

GzipDecoder::Engine GzipDecoder::defaultEngine()
{
    static const Engine engine = [] {
        const char *choice = std::getenv("PJL_GZIP");
        if (choice && QByteArray(choice) == "zlib")
            return Engine::Zlib;
        return hasIsal() ? Engine::Isal : Engine::Zlib;
    }();
    return engine;
}

GzipDecoder::GzipDecoder(Engine engine)
    : m_engine(hasIsal() ? engine : Engine::Zlib)
{
    if (m_engine == Engine::Zlib) {
        m_zlib = std::make_unique<Zlib>();
        // 16 + MAX_WBITS: expect a gzip header and trailer.
        m_zlib->ok = inflateInit2(&m_zlib->z, 16 + MAX_WBITS) == Z_OK;
        return;
    }
#ifdef PJL_HAVE_ISAL
    m_isal = std::make_unique<Isal>();
    isal_inflate_init(&m_isal->state);
    m_isal->state.crc_flag = ISAL_GZIP; // parse the header, check the trailer's CRC and size
#endif
}

GzipDecoder::~GzipDecoder()
{
    if (m_zlib && m_zlib->ok)
        inflateEnd(&m_zlib->z);
}

bool GzipDecoder::isValid() const
{
    return m_zlib ? m_zlib->ok : m_isal != nullptr;
}

void GzipDecoder::setInput(const char *data, size_t size)
{
    if (m_zlib) {
        m_zlib->z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_zlib->z.avail_in = uInt(size);
        return;
    }
#ifdef PJL_HAVE_ISAL
    m_isal->state.next_in = reinterpret_cast<uint8_t *>(const_cast<char *>(data));
    m_isal->state.avail_in = uint32_t(size);
#endif
}

size_t GzipDecoder::inputLeft() const
{
    if (m_zlib)
        return m_zlib->z.avail_in;
#ifdef PJL_HAVE_ISAL
    return m_isal->state.avail_in;
#else
    return 0;
#endif
}

GzipDecoder::Status GzipDecoder::inflate(char *&out, size_t &room)
{
    const uint32_t offered = uint32_t(std::min<size_t>(room, 1u << 30));
    if (m_zlib) {
        z_stream &z = m_zlib->z;
        z.next_out = reinterpret_cast<Bytef *>(out);
        z.avail_out = offered;
        const int rc = ::inflate(&z, Z_NO_FLUSH);
        const size_t wrote = offered - z.avail_out;
        out += wrote;
        room -= wrote;
        if (rc == Z_STREAM_END)
            return Status::MemberEnd;
        if (rc == Z_OK || rc == Z_BUF_ERROR)
            return Status::Ok;
        m_error = QString::fromUtf8(z.msg ? z.msg : "corrupt data");
        return Status::Failed;
    }
#ifdef PJL_HAVE_ISAL
    inflate_state &s = m_isal->state;
    s.next_out = reinterpret_cast<uint8_t *>(out);
    s.avail_out = offered;
    const int rc = isal_inflate(&s);
    const size_t wrote = offered - s.avail_out;
    out += wrote;
    room -= wrote;
    if (rc < 0) {
        switch (rc) {
        case ISAL_INCORRECT_CHECKSUM:
            m_error = u"incorrect data check"_s;
            break;
        case ISAL_INVALID_WRAPPER:
        case ISAL_UNSUPPORTED_METHOD:
            m_error = u"incorrect header"_s;
            break;
        default:
            m_error = u"invalid compressed data (igzip error %1)"_s.arg(rc);
        }
        return Status::Failed;
    }
    return s.block_state == ISAL_BLOCK_FINISH ? Status::MemberEnd : Status::Ok;
#else
    return Status::Failed;
#endif
}

void GzipDecoder::nextMember()
{
    if (m_zlib) {
        inflateReset(&m_zlib->z);
        return;
    }
#ifdef PJL_HAVE_ISAL
    isal_inflate_reset(&m_isal->state); // keeps the input and the gzip flag
#endif
}

} // namespace pjl
