#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace pjl {

struct LogMessage
{
    enum class Level
    {
        Info,
        Warning,
        Error,
    };
    Level level = Level::Info;
    QDateTime time;
    QString text;

    QString toLine() const; // "2026-11-25T18:01:02.345 warning: text"
    static LogMessage info(const QString &text) { return {Level::Info, QDateTime::currentDateTime(), text}; }
    static LogMessage warning(const QString &text)
    {
        return {Level::Warning, QDateTime::currentDateTime(), text};
    }
    static LogMessage error(const QString &text)
    {
        return {Level::Error, QDateTime::currentDateTime(), text};
    }
};

// The session's log file. write() only queues the line; a background thread appends it, so the
// UI thread never waits for a disk. Thread-safe.
class Logger final
{
    Q_DECLARE_TR_FUNCTIONS(Logger)
    Q_DISABLE_COPY_MOVE(Logger)

public:
    Logger() = default;
    ~Logger();

    // Opens (appending) the log; rotates it to path.1 when it is over maxBytes.
    bool open(const QString &path, qint64 maxBytes = 10LL << 20);
    QString path() const { return m_path; }
    void write(const LogMessage &message);
    void flush(); // waits until everything queued is on disk

    static QString defaultPath(); // in the platform's application data location

private:
    void run();

    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_drained;
    std::deque<QByteArray> m_lines;
    bool m_stop = false;
    bool m_writing = false;
    std::thread m_thread;
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::LogMessage)
