#include "logger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pjl {

QString LogMessage::toLine() const
{
    const char *levelName = level == Level::Error ? "error" : level == Level::Warning ? "warning" : "info";
    return time.toString(Qt::ISODateWithMs) + u' ' + QLatin1StringView(levelName) + u": "_s + text;
}

Logger::~Logger()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

QString Logger::defaultPath()
{
    // The generic location plus our own folder: the same for the CLI and the GUI, whatever
    // organisation and application names each sets (~/.local/share/pgjsonload on Linux).
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    dir = dir.isEmpty() ? QDir::homePath() + u"/.pgjsonload"_s : dir + u"/pgjsonload"_s;
    return dir + u"/pgjsonload.log"_s;
}

bool Logger::open(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return false;
    if (info.exists() && info.size() > maxBytes) {
        QFile::remove(path + u".1"_s);
        QFile::rename(path, path + u".1"_s);
    }
    QFile probe(path);
    if (!probe.open(QIODevice::Append))
        return false;
    probe.close();
    m_path = path;
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    return true;
}

void Logger::write(const LogMessage &message)
{
    if (m_path.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_lines.push_back(message.toLine().toUtf8() + '\n');
    }
    m_wake.notify_one();
}

void Logger::flush()
{
    std::unique_lock lock(m_mutex);
    m_drained.wait(lock, [this] { return (m_lines.empty() && !m_writing) || !m_thread.joinable(); });
}

void Logger::run()
{
    QFile file(m_path);
    file.open(QIODevice::Append);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_lines.empty(); });
        std::deque<QByteArray> lines;
        lines.swap(m_lines);
        m_writing = true;
        lock.unlock();
        for (const QByteArray &line : lines)
            file.write(line);
        file.flush();
        lock.lock();
        m_writing = false;
        m_drained.notify_all();
        if (m_stop && m_lines.empty())
            return;
    }
}

} // namespace pjl
