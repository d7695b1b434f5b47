#pragma once

#include <QStyledItemDelegate>

namespace pjl {

// Paints a progress bar in a cell (no widget per row), the way qBittorrent's transfer list does:
// the fraction comes from FileListModel::FractionRole, the text from the display role, the colour
// from the file's state (failed red, stopped grey). Cells of files not in a load stay empty.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pjl
