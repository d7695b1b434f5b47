#pragma once

#include "loadprogress.h"
#include "loadreport.h"
#include "logger.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace pjl {

// What the CLI prints: a live progress line on stderr (only when it is a terminal), warnings and
// errors as they come, and the closing summary line.
class ProgressPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressPrinter)

public:
    ProgressPrinter(bool interactive, bool verbose);

    void onProgress(const LoadProgress &progress);
    void onMessage(const LogMessage &message);
    QString summary(const LoadReport &report) const;
    void clearLine();

    static QString formatCount(qint64 n);
    static QString formatDuration(qint64 ms);

private:
    bool m_interactive;
    bool m_verbose;
    bool m_lineShown = false;
    QElapsedTimer m_lastPrint;
};

} // namespace pjl
