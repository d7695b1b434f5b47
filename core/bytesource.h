#pragma once

#include "error.h"

namespace pjl {

// Where the framer gets its bytes: a file (plain or gzip) in production, memory in tests.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // Reads up to maxSize bytes; returns 0 at the end and -1 on an error (see error()).
    virtual qint64 read(char *data, qint64 maxSize) = 0;
    virtual Error error() const = 0;
    // Bytes consumed from the underlying storage (compressed bytes for gzip): drives progress bars.
    virtual qint64 storagePosition() const = 0;
    // How many bytes read() will deliver in all, or -1 when unknown (gzip): sizes buffers.
    virtual qint64 sizeHint() const { return -1; }
};

} // namespace pjl
