#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace pjl {

// A dismissible line above the file list for what the user should know now: how a load ended,
// why it could not start. Links in the text are reported, not opened.
class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error,
    };

    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(Kind kind, const QString &richText);
    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void linkActivated(const QString &link);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Info;
};

} // namespace pjl
