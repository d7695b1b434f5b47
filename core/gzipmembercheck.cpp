#include "gzipmembercheck.h"

#include "plainfile.h"

#include <algorithm>

namespace pjl {

namespace {
constexpr qint64 kInputSize = 1 << 20;
constexpr size_t kScratchSize = 256 << 10; // stays in L2; the bytes are never looked at
} // namespace

GzipMemberCheck::GzipMemberCheck() = default;
GzipMemberCheck::~GzipMemberCheck() = default;

GzipMemberCheck::Outcome GzipMemberCheck::check(PlainFile &file, qint64 start, qint64 size)
{
    m_end = m_errorOffset = -1;
    m_error.clear();
    if (!m_decoder) {
        // The first member starts the file, so no later one needs more input room than this.
        m_decoder = std::make_unique<GzipDecoder>();
        m_inputSize = size_t(std::clamp<qint64>(size - start, 1, kInputSize));
        m_input.reset(new char[m_inputSize]);
        m_scratch.reset(new char[kScratchSize]);
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
        char *out = m_scratch.get();
        size_t room = kScratchSize;
        switch (m_decoder->inflate(out, room)) {
        case GzipDecoder::Status::Ok:
            break;
        case GzipDecoder::Status::MemberEnd:
            m_end = position - qint64(m_decoder->inputLeft());
            return Outcome::Intact;
        case GzipDecoder::Status::Failed:
            m_errorOffset = position - qint64(m_decoder->inputLeft());
            m_error = m_decoder->errorText();
            return Outcome::Corrupt;
        }
    }
}

} // namespace pjl
