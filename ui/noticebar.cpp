#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace pjl {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"noticeBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"noticeText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_icon->setAlignment(Qt::AlignTop);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_text, &QLabel::linkActivated, this, &NoticeBar::linkActivated);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString &richText)
{
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor background(0xe8, 0xf0, 0xfb);
    QColor border(0x9a, 0xb8, 0xe0);
    switch (kind) {
    case Kind::Info:
        break;
    case Kind::Success:
        icon = QStyle::SP_DialogApplyButton;
        background = QColor(0xe6, 0xf4, 0xea);
        border = QColor(0x8c, 0xc9, 0x9c);
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        background = QColor(0xfd, 0xf3, 0xdc);
        border = QColor(0xe0, 0xbe, 0x6a);
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        background = QColor(0xfb, 0xe7, 0xe8);
        border = QColor(0xe0, 0x93, 0x98);
        break;
    }
    setStyleSheet(u"QFrame#noticeBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                  "QFrame#noticeBar QLabel { color: #1f2328; }"_s.arg(background.name(), border.name()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(richText);
    show();
}

QString NoticeBar::text() const
{
    QTextDocument doc;
    doc.setHtml(m_text->text());
    return doc.toPlainText();
}

} // namespace pjl
