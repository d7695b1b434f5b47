#pragma once

#include <QTableView>

class QMimeData;

namespace pjl {

class FileListModel;

// The file table: sensible column widths, a progress bar column painted by ProgressDelegate, a hint
// when empty, and drops of files and folders from a file manager (reported, not handled here).
class FileListView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileListView)

public:
    explicit FileListView(QWidget *parent = nullptr);

    void setFileModel(FileListModel *model);
    QList<int> selectedRows() const;

    // Local files and folders in a drag: what a file manager sends as URLs.
    static QStringList localPaths(const QMimeData *mime);

Q_SIGNALS:
    void pathsDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    FileListModel *m_model = nullptr;
};

} // namespace pjl
