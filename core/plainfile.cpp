#include "plainfile.h"

#ifdef Q_OS_UNIX
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QFileInfo>
#endif

namespace pjl {

PlainFile::~PlainFile()
{
    close();
}

#ifdef Q_OS_UNIX

bool PlainFile::openForReading(const QString &path)
{
    close();
    const QByteArray name = QFile::encodeName(path);
    do {
        m_fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    } while (m_fd < 0 && errno == EINTR);
    m_errno = m_fd < 0 ? errno : 0;
    return m_fd >= 0;
}

bool PlainFile::open(const QString &path)
{
    if (!openForReading(path))
        return false;
    struct stat st;
    const int error = ::fstat(m_fd, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
    if (error != 0) {
        close();
        m_errno = error;
        return false;
    }
    m_size = qint64(st.st_size);
    m_errno = 0;
    return true;
}

void PlainFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_size = 0;
}

bool PlainFile::isOpen() const
{
    return m_fd >= 0;
}

qint64 PlainFile::read(char *data, qint64 maxSize)
{
    ssize_t n;
    do {
        n = ::read(m_fd, data, size_t(maxSize));
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        m_errno = errno;
    return qint64(n);
}

qint64 PlainFile::readAt(char *data, qint64 maxSize, qint64 offset)
{
    ssize_t n;
    do {
        n = ::pread(m_fd, data, size_t(maxSize), off_t(offset));
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        m_errno = errno;
    return qint64(n);
}

qint64 PlainFile::currentSize()
{
    struct stat st;
    if (::fstat(m_fd, &st) != 0) {
        m_errno = errno;
        return -1;
    }
    return qint64(st.st_size);
}

QString PlainFile::errorString() const
{
    return QString::fromLocal8Bit(std::strerror(m_errno));
}

PlainFile::Info PlainFile::stat(const QString &path)
{
    Info info;
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return info;
    info.exists = true;
    info.size = qint64(st.st_size);
    info.modifiedMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    return info;
}

#else

bool PlainFile::openForReading(const QString &path)
{
    return open(path);
}

bool PlainFile::open(const QString &path)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    m_size = m_file.size();
    return true;
}

void PlainFile::close()
{
    if (m_file.isOpen())
        m_file.close();
    m_size = 0;
}

bool PlainFile::isOpen() const
{
    return m_file.isOpen();
}

qint64 PlainFile::read(char *data, qint64 maxSize)
{
    return m_file.read(data, maxSize);
}

qint64 PlainFile::readAt(char *data, qint64 maxSize, qint64 offset)
{
    if (!m_file.seek(offset))
        return -1;
    return m_file.read(data, maxSize);
}

qint64 PlainFile::currentSize()
{
    return m_file.isOpen() ? QFileInfo(m_file.fileName()).size() : -1;
}

QString PlainFile::errorString() const
{
    return m_file.errorString();
}

PlainFile::Info PlainFile::stat(const QString &path)
{
    const QFileInfo file(path);
    Info info;
    info.exists = file.exists();
    if (info.exists) {
        info.size = file.size();
        info.modifiedMs = file.lastModified().toMSecsSinceEpoch();
    }
    return info;
}

#endif

} // namespace pjl
