#include "logpane.h"

#include "sessionlog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pjl {

LogPane::LogPane(SessionLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_text(new QPlainTextEdit(this))
    , m_path(new QLabel(this))
{
    setObjectName(u"logPane"_s);
    m_text->setObjectName(u"logText"_s);
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(int(SessionLog::kMaxKept));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_path->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_path->setOpenExternalLinks(false);
    connect(m_path, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setToolTip(tr("Clear this view (the log file keeps everything)"));
    connect(clear, &QPushButton::clicked, m_text, &QPlainTextEdit::clear);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_path, 1);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    for (const LogMessage &m : log->messages())
        append(m);
    connect(log, &SessionLog::added, this, &LogPane::append);
    connect(log, &SessionLog::opened, this, &LogPane::showPath);
    showPath(log->isOpen(), log->isOpen() ? log->path() : QString());
}

QString LogPane::plainText() const
{
    return m_text->toPlainText();
}

void LogPane::append(const LogMessage &message)
{
    QString color;
    QString level;
    switch (message.level) {
    case LogMessage::Level::Info:
        color = palette().color(QPalette::Text).name();
        break;
    case LogMessage::Level::Warning:
        color = u"#9a6700"_s;
        level = tr("Warning: ");
        break;
    case LogMessage::Level::Error:
        color = u"#c01c28"_s;
        level = tr("Error: ");
        break;
    }
    const QString time = message.time.time().toString(u"HH:mm:ss"_s);
    m_text->appendHtml(u"<span style=\"color:%1\">%2&nbsp;&nbsp;%3%4</span>"_s.arg(
        color, time, level.toHtmlEscaped(), message.text.toHtmlEscaped()));
}

void LogPane::showPath(bool ok, const QString &path)
{
    if (path.isEmpty()) {
        m_path->setText(tr("Messages of this session."));
    } else if (!ok) {
        m_path->setText(tr("Messages of this session. (The log file %1 could not be opened.)")
                            .arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    } else {
        m_path->setText(
            tr("Messages of this session, also written to <a href=\"%1\">%2</a>.")
                .arg(QUrl::fromLocalFile(path).toString(), QDir::toNativeSeparators(path).toHtmlEscaped()));
    }
}

} // namespace pjl
