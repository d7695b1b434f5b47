#pragma once

#include "rejectedrecord.h"

#include <QCoreApplication>
#include <QFile>

#include <mutex>

namespace pjl {

// Appends rejects to an NDJSON file, one object per record:
// {"file","record","line","offset","error","sqlstate","table","text","text_bytes"}.
// Thread-safe: sink workers write their batch's rejects once the batch has committed.
class RejectWriter final
{
    Q_DECLARE_TR_FUNCTIONS(RejectWriter)
    Q_DISABLE_COPY_MOVE(RejectWriter)

public:
    RejectWriter() = default;

    Error open(const QString &path, bool append = false);
    // The file is created by the first write(), so a load without rejects leaves nothing behind.
    void openLazily(const QString &path) { m_lazyPath = path; }
    bool isOpen() const { return m_file.isOpen() || !m_lazyPath.isEmpty(); }
    QString path() const { return m_lazyPath.isEmpty() ? m_file.fileName() : m_lazyPath; }
    Error write(const RejectedRecords &rejects);
    void close();

    static QByteArray toJsonLine(const RejectedRecord &reject);
    static RejectedRecord fromJsonLine(const QByteArray &line, bool *ok = nullptr);

private:
    Error openLocked(const QString &path, bool append);

    std::mutex m_mutex;
    QFile m_file;
    QString m_lazyPath;
};

} // namespace pjl
