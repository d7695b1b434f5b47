#pragma once

#include "logger.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <memory>

namespace pjl {

// The session's messages: kept for the log pane and written to the log file (the one the CLI
// uses too). The file is opened on a pool thread; messages that come earlier wait in memory.
// A LoadJob given logger() writes its own messages, so those are only shown (addFromJob).
class SessionLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLog)

public:
    static constexpr qsizetype kMaxKept = 20000;

    explicit SessionLog(QObject *parent = nullptr);
    ~SessionLog() override;

    void open(const QString &path);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    Logger *logger() { return m_open ? m_logger.get() : nullptr; }

    void add(const LogMessage &message);
    void addFromJob(const LogMessage &message, bool writtenByJob);
    const QList<LogMessage> &messages() const { return m_messages; }
    void flush(); // blocks until the file has everything: for shutdown and tests

Q_SIGNALS:
    void added(const pjl::LogMessage &message);
    void opened(bool ok, const QString &path);

private:
    void keep(const LogMessage &message);

    std::unique_ptr<Logger> m_logger;
    QFutureWatcher<bool> m_opening;
    QString m_path;
    bool m_open = false;
    QList<LogMessage> m_messages;
    QList<LogMessage> m_pending; // to write once the file is open
};

} // namespace pjl
