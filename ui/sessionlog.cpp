#include "sessionlog.h"

#include <QtConcurrent>

namespace pjl {

SessionLog::SessionLog(QObject *parent)
    : QObject(parent)
    , m_logger(std::make_unique<Logger>())
{
    connect(&m_opening, &QFutureWatcher<bool>::finished, this, [this] {
        m_open = m_opening.result();
        if (m_open) {
            for (const LogMessage &m : std::as_const(m_pending))
                m_logger->write(m);
        }
        m_pending.clear();
        Q_EMIT opened(m_open, m_path);
    });
}

SessionLog::~SessionLog()
{
    m_opening.waitForFinished();
}

void SessionLog::open(const QString &path)
{
    if (m_opening.isRunning() || m_open)
        return;
    m_path = path;
    Logger *logger = m_logger.get();
    m_opening.setFuture(QtConcurrent::run([logger, path] { return logger->open(path); }));
}

void SessionLog::add(const LogMessage &message)
{
    keep(message);
    if (m_open)
        m_logger->write(message);
    else if (m_opening.isRunning())
        m_pending.append(message);
}

void SessionLog::addFromJob(const LogMessage &message, bool writtenByJob)
{
    if (writtenByJob)
        keep(message);
    else
        add(message);
}

void SessionLog::flush()
{
    m_opening.waitForFinished();
    if (m_open)
        m_logger->flush();
}

void SessionLog::keep(const LogMessage &message)
{
    m_messages.append(message);
    if (m_messages.size() > kMaxKept)
        m_messages.remove(0, m_messages.size() - kMaxKept);
    Q_EMIT added(message);
}

} // namespace pjl
