#include "framingsniffer.h"

#include "inputfile.h"
#include "recordframer.h"

#include <QFile>

namespace pjl {

namespace {

constexpr int kMaxRecords = 200; // enough to tell one record per line from several
constexpr qint64 kTailBytes = 4096;

// The first maxBytes of a source; remembers whether there was more.
class PrefixSource final : public ByteSource
{
public:
    PrefixSource(ByteSource &source, qint64 maxBytes)
        : m_source(source)
        , m_left(maxBytes)
    {}

    qint64 read(char *data, qint64 maxSize) override
    {
        if (m_left <= 0) {
            char probe = 0;
            m_truncated = m_truncated || m_source.read(&probe, 1) > 0;
            return 0;
        }
        const qint64 n = m_source.read(data, std::min(maxSize, m_left));
        if (n > 0)
            m_left -= n;
        return n;
    }
    Error error() const override { return m_source.error(); }
    qint64 storagePosition() const override { return m_source.storagePosition(); }
    bool truncated() const { return m_truncated; }

private:
    ByteSource &m_source;
    qint64 m_left;
    bool m_truncated = false;
};

// Whether the last non-blank byte of a plain file closes the array.
bool endsWithBracket(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    file.seek(std::max<qint64>(0, file.size() - kTailBytes));
    const QByteArray tail = file.readAll().trimmed();
    return tail.endsWith(']');
}

} // namespace

Result<Framing> FramingSniffer::sniff(const QString &path, qint64 maxBytes)
{
    // A peek: loading checks each gzip member whole first, which here would inflate all of a large
    // one to look at its first records.
    InputFile file(InputFile::GzipCheck::AtItsEnd);
    if (Error e = file.open(path))
        return e;
    PrefixSource prefix(file, maxBytes);
    RecordFramer::Options options;
    options.readSize = std::min<qint64>(options.readSize, std::max<qint64>(maxBytes, 4096));
    options.detectBytes = std::min(options.detectBytes, maxBytes);
    options.previewBytes = 256;
    RecordFramer framer(prefix, options);
    FramedRecord record;
    int good = 0;
    for (;;) {
        const RecordFramer::Status status = framer.next(record);
        if (status == RecordFramer::Status::Failed)
            return framer.error();
        if (status == RecordFramer::Status::End)
            break;
        if (!record.isReject() && ++good >= kMaxRecords)
            break;
    }
    const Framing framing = framer.framing();
    if (good == 0 && prefix.truncated())
        return Framing::Unknown; // a first record larger than what we read
    if (framing != Framing::Array && framing != Framing::UnclosedArray)
        return framing;
    // The framer knows whether the array closed only if it saw the end of the file.
    const bool sawEnd = !prefix.truncated() && good < kMaxRecords;
    if (sawEnd)
        return framing;
    if (file.isCompressed())
        return Framing::Array; // finding out would mean decompressing everything
    return endsWithBracket(path) ? Framing::Array : Framing::UnclosedArray;
}

} // namespace pjl
