#include "progressprinter.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pjl {

ProgressPrinter::ProgressPrinter(bool interactive, bool verbose)
    : m_interactive(interactive)
    , m_verbose(verbose)
{}

QString ProgressPrinter::formatCount(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return n < 0 ? u'-' + digits : digits;
}

QString ProgressPrinter::formatDuration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void ProgressPrinter::clearLine()
{
    if (m_lineShown) {
        std::fputs("\r\033[K", stderr);
        m_lineShown = false;
    }
}

void ProgressPrinter::onProgress(const LoadProgress &p)
{
    if (!m_interactive)
        return;
    if (m_lastPrint.isValid() && m_lastPrint.elapsed() < 250)
        return;
    m_lastPrint.start();
    QString line = tr("[%1%] %2/%3 files, %4 rows, %5 rejected, %6 MB/s, %7")
                       .arg(int(p.fraction() * 100), 3)
                       .arg(p.filesDone)
                       .arg(p.filesTotal)
                       .arg(formatCount(p.rowsLoaded), formatCount(p.rowsRejected))
                       .arg(p.mbPerSecond, 0, 'f', 1)
                       .arg(p.paused ? tr("paused")
                                     : (p.etaMs >= 0 ? tr("ETA %1").arg(formatDuration(p.etaMs))
                                                     : tr("elapsed %1").arg(formatDuration(p.elapsedMs))));
    std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
    std::fflush(stderr);
    m_lineShown = true;
}

void ProgressPrinter::onMessage(const LogMessage &message)
{
    if (message.level == LogMessage::Level::Info && !m_verbose)
        return;
    clearLine();
    const QString prefix = message.level == LogMessage::Level::Error     ? tr("error: ")
                           : message.level == LogMessage::Level::Warning ? tr("warning: ")
                                                                         : QString();
    std::fprintf(stderr, "pgjsonload: %s\n", (prefix + message.text).toLocal8Bit().constData());
    std::fflush(stderr);
}

QString ProgressPrinter::summary(const LoadReport &r) const
{
    const double seconds = double(r.elapsedMs) / 1000.0;
    const double mb = double(r.jsonBytes) / 1e6;
    QString line = tr("%1 files, %2 records loaded, %3 rejected, %4 MB read in %5 s (%6 MB/s)")
                       .arg(r.files.size())
                       .arg(formatCount(r.rowsLoaded), formatCount(r.rowsRejected))
                       .arg(mb, 0, 'f', 1)
                       .arg(seconds, 0, 'f', 1)
                       .arg(seconds > 0 ? mb / seconds : 0.0, 0, 'f', 1);
    if (const int already = r.filesAlreadyLoaded(); already > 0)
        line += already == 1 ? tr("; 1 file already loaded before, skipped")
                             : tr("; %1 files already loaded before, skipped").arg(already);
    const qint64 resumed = r.rowsBefore();
    if (resumed > 0)
        line += tr("; %1 rows were loaded by earlier runs").arg(formatCount(resumed));
    if (r.cancelled)
        line += tr("; cancelled");
    return line;
}

} // namespace pjl
