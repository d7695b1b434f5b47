#pragma once

#include "loadprogress.h"
#include "loadreport.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace pjl {

// The status bar's view of a load: an overall bar and one line with files, rows, rows/s, MB/s,
// elapsed time and time left.
class LoadStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStatusWidget)

public:
    explicit LoadStatusWidget(QWidget *parent = nullptr);

    void showIdle(int files, qint64 bytes);
    void showMessage(const QString &text, bool busy);
    void showProgress(const LoadProgress &progress, bool cancelling);
    void showFinished(const LoadReport &report);

    QProgressBar *bar() const { return m_bar; }
    QString text() const;

private:
    QLabel *m_text;
    QProgressBar *m_bar;
};

} // namespace pjl
