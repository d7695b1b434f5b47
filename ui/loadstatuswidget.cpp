#include "loadstatuswidget.h"

#include "format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {
const QString kSeparator = u"   ·   "_s;
}

LoadStatusWidget::LoadStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(u"loadStatus"_s);
    m_text->setObjectName(u"statusText"_s);
    m_bar->setObjectName(u"overallProgress"_s);
    m_bar->setRange(0, 1000);
    m_bar->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    m_bar->setFormat(u"%p%"_s);
    m_bar->setTextVisible(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_bar);
    showIdle(0, 0);
}

QString LoadStatusWidget::text() const
{
    return m_text->text();
}

void LoadStatusWidget::showIdle(int files, qint64 bytes)
{
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_bar->setVisible(false);
    m_text->setText(files == 0
                        ? tr("No files yet.")
                        : tr("%n file(s), %1, ready to load.", nullptr, files).arg(Format::bytes(bytes)));
}

void LoadStatusWidget::showMessage(const QString &text, bool busy)
{
    m_bar->setVisible(busy);
    if (busy)
        m_bar->setRange(0, 0);
    m_text->setText(text);
}

void LoadStatusWidget::showProgress(const LoadProgress &p, bool cancelling)
{
    m_bar->setVisible(true);
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(p.fraction() * 1000));
    QStringList parts;
    if (cancelling)
        parts.append(tr("Cancelling…"));
    else if (p.paused)
        parts.append(tr("Paused"));
    parts.append(tr("%1 of %2 files").arg(p.filesDone).arg(p.filesTotal));
    parts.append(tr("%1 rows").arg(Format::count(p.rowsLoaded)));
    if (p.rowsRejected > 0)
        parts.append(tr("%1 rejected").arg(Format::count(p.rowsRejected)));
    parts.append(Format::rate(p.rowsPerSecond).replace(u"/s"_s, tr(" rows/s")));
    parts.append(Format::megabytesPerSecond(p.mbPerSecond));
    parts.append(tr("%1 elapsed").arg(Format::duration(p.elapsedMs)));
    if (!p.paused && !cancelling)
        parts.append(p.etaMs >= 0 ? tr("%1 left").arg(Format::duration(p.etaMs)) : tr("estimating…"));
    m_text->setText(parts.join(kSeparator));
}

void LoadStatusWidget::showFinished(const LoadReport &r)
{
    m_bar->setRange(0, 1000);
    m_bar->setVisible(true);
    const bool complete = r.fatal.isNull() && !r.cancelled && r.filesFailed() == 0;
    m_bar->setValue(complete ? 1000 : m_bar->value());
    QStringList parts;
    parts.append(r.cancelled         ? tr("Cancelled")
                 : !r.fatal.isNull() ? tr("Stopped by an error")
                                     : tr("Finished"));
    parts.append(tr("%1 rows loaded").arg(Format::count(r.rowsLoaded)));
    if (r.rowsRejected > 0)
        parts.append(tr("%1 rejected").arg(Format::count(r.rowsRejected)));
    const double seconds = double(r.elapsedMs) / 1000.0;
    parts.append(Format::megabytesPerSecond(seconds > 0 ? double(r.jsonBytes) / 1e6 / seconds : 0.0));
    parts.append(tr("%1 elapsed").arg(Format::duration(r.elapsedMs)));
    m_text->setText(parts.join(kSeparator));
}

} // namespace pjl
