#pragma once

#include "logger.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace pjl {

class SessionLog;

// The session's messages, newest at the bottom, warnings and errors in colour, with a link to the
// log file that has the same lines.
class LogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPane)

public:
    explicit LogPane(SessionLog *log, QWidget *parent = nullptr);

    QString plainText() const;

private:
    void append(const LogMessage &message);
    void showPath(bool ok, const QString &path);

    SessionLog *m_log;
    QPlainTextEdit *m_text;
    QLabel *m_path;
};

} // namespace pjl
