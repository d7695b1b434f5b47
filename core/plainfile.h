#pragma once

#include <QString>

#ifndef Q_OS_UNIX
#include <QFile>
#endif

namespace pjl {

// A file opened for reading, by its descriptor: open (one fstat for the size), read, read at an
// offset, close, and nothing else. QFile does more on every open (two or three stat calls, a
// time-zone lookup for its times); with ten thousand small files that was a third of the loader's
// CPU. Elsewhere than on Unix it is a QFile underneath.
class PlainFile final
{
    Q_DISABLE_COPY_MOVE(PlainFile)

public:
    struct Info
    {
        bool exists = false;
        qint64 size = -1;
        qint64 modifiedMs = -1; // since the epoch, UTC
    };

    PlainFile() = default;
    ~PlainFile();

    bool open(const QString &path); // false: errorString() says why
    // Without open()'s fstat, for a caller that knows the size from a listing: size() is 0, and a
    // directory shows as a read error. One system call less per file, for thousands of files.
    bool openForReading(const QString &path);
    void close();
    bool isOpen() const;

    qint64 size() const { return m_size; }                    // as it was at open
    qint64 currentSize();                                     // as it is now; -1 on error
    qint64 read(char *data, qint64 maxSize);                  // -1 on error
    qint64 readAt(char *data, qint64 maxSize, qint64 offset); // -1 on error; no seek state
    QString errorString() const;

    static Info stat(const QString &path); // one system call, no time-zone lookup

private:
#ifdef Q_OS_UNIX
    int m_fd = -1;
    int m_errno = 0;
#else
    QFile m_file;
#endif
    qint64 m_size = 0;
};

} // namespace pjl
