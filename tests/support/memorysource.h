#pragma once

#include "bytesource.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace pjl::test {

// Bytes from memory, handed out at most `step` at a time, so tests can put buffer boundaries
// anywhere (inside strings, escapes, a BOM, a CRLF).
class MemorySource final : public ByteSource
{
public:
    explicit MemorySource(QByteArray data, qint64 step = 1 << 30)
        : m_data(std::move(data))
        , m_step(step)
    {}

    qint64 read(char *out, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_pos});
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    Error error() const override { return {}; }
    qint64 storagePosition() const override { return m_pos; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

} // namespace pjl::test
