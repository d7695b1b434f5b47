#pragma once

#include "logger.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pjl {

class RejectsModel;

// The rejected rows of the session: a table filtered by file, a double-click for the whole record,
// and an export of what is shown to an NDJSON rejects file (written off the UI thread, in the
// same format as the load's own rejects file).
class RejectsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectsPanel)

public:
    explicit RejectsPanel(RejectsModel *model, QWidget *parent = nullptr);
    ~RejectsPanel() override;

    QTableView *view() const { return m_view; }
    QComboBox *fileFilter() const { return m_fileFilter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    void setFileFilter(const QString &path); // empty: all files
    int shownCount() const;
    // Writes the rows shown to path; the result arrives as exported().
    void exportTo(const QString &path);
    void showRecord(int sourceRow);

Q_SIGNALS:
    void message(const pjl::LogMessage &message);
    void exported(const QString &path, int count, const QString &error);

private:
    void rebuildFileFilter();
    void updateSummary();
    void chooseExportFile();

    RejectsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_fileFilter;
    QLabel *m_summary;
    QPushButton *m_export;
    QFutureWatcher<QString> m_exportWatcher;
    QString m_exportPath;
    int m_exportCount = 0;
};

} // namespace pjl
