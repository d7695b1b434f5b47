#include "gzipmembercheck.h"

#include "plainfile.h"

#include <algorithm>

namespace pjl {

namespace {
constexpr qint64 kInputSize = 1 << 20;
constexpr size_t kScratchSize = 256 << 10; // stays in L2; the bytes are never looked at
} // namespace

GzipMemberCheck::GzipMemberCheck(qsizetype keepLimit, Large large)
    : m_keepLimit(keepLimit)
    , m_large(large)
{}

GzipMemberCheck::~GzipMemberCheck() = default;

GzipMemberCheck::Outcome GzipMemberCheck::check(PlainFile &file, qint64 start, qint64 size,
                                                QByteArrayView readAlready, qint64 readAlreadyAt)
{
    m_end = m_errorOffset = -1;
    m_error.clear();
    m_keptSize = 0;
    m_keptWhole = false;
    bool keeping = m_keepLimit > 0;
    if (!keeping && m_large == Large::GiveUp)
        return Outcome::TooLarge;
    if (!m_decoder) {
        // The first member starts the file, so no later one needs more input room than this.
        m_decoder = std::make_unique<GzipDecoder>();
        m_inputSize = size_t(std::clamp<qint64>(size - start, 1, kInputSize));
        m_input.reset(new char[m_inputSize]);
    } else {
        // What is left of the last read lies after the member before, not necessarily at start:
        // reading from start again keeps position (and the reads) right.
        m_decoder->nextMember();
        m_decoder->setInput(m_input.get(), 0);
    }
    if (!m_decoder->isValid()) {
        m_error = QStringLiteral("gzip decoding could not be set up");
        return Outcome::ReadError;
    }
    qint64 position = start; // compressed bytes handed to the decoder so far
    if (start >= readAlreadyAt && start < readAlreadyAt + readAlready.size()) {
        m_decoder->setInput(readAlready.data() + (start - readAlreadyAt),
                            size_t(readAlreadyAt + readAlready.size() - start));
        position = readAlreadyAt + readAlready.size();
    }
    for (;;) {
        if (m_decoder->inputLeft() == 0) {
            if (position >= size)
                return Outcome::Truncated;
            const qint64 n =
                file.readAt(m_input.get(), std::min(qint64(m_inputSize), size - position), position);
            if (n < 0) {
                m_error = file.errorString();
                return Outcome::ReadError;
            }
            if (n == 0)
                return Outcome::Truncated; // it shrank; the reader reports that
            m_decoder->setInput(m_input.get(), size_t(n));
            position += n;
        }
        if (keeping && m_keptSize == m_kept.size()) {
            if (m_kept.size() >= m_keepLimit) {
                if (m_large == Large::GiveUp)
                    return Outcome::TooLarge;
                keeping = false; // too large to keep: the reader inflates it again
            } else {
                // Room for what the compressed bytes read so far may decode to, at least.
                const qint64 guess = std::max<qint64>({64 << 10, 2 * m_kept.size(), 4 * (position - start)});
                m_kept.resize(qsizetype(std::min<qint64>(guess, m_keepLimit)));
            }
        }
        if (!keeping && !m_scratch)
            m_scratch.reset(new char[kScratchSize]); // only for members too large to keep
        char *const begin = keeping ? m_kept.data() + m_keptSize : m_scratch.get();
        char *out = begin;
        size_t room = keeping ? size_t(m_kept.size() - m_keptSize) : kScratchSize;
        const GzipDecoder::Status status = m_decoder->inflate(out, room);
        if (keeping)
            m_keptSize += out - begin;
        switch (status) {
        case GzipDecoder::Status::Ok:
            break;
        case GzipDecoder::Status::MemberEnd:
            m_end = position - qint64(m_decoder->inputLeft());
            m_keptWhole = keeping;
            return Outcome::Intact;
        case GzipDecoder::Status::Failed:
            m_errorOffset = position - qint64(m_decoder->inputLeft());
            m_error = m_decoder->errorText();
            return Outcome::Corrupt;
        }
    }
}

} // namespace pjl
