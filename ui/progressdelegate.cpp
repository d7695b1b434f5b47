#include "progressdelegate.h"

#include "filelistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace pjl {

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    // Background and selection as for any cell, without the text.
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    if (!index.data(FileListModel::ActiveRole).toBool())
        return;

    const double fraction = std::clamp(index.data(FileListModel::FractionRole).toDouble(), 0.0, 1.0);
    const auto state = FileState(index.data(FileListModel::StateRole).toInt());
    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    bar.state = QStyle::State_Horizontal | (option.state & QStyle::State_Enabled);
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(fraction * 1000);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.palette = option.palette;
    if (state == FileState::Failed)
        bar.palette.setColor(QPalette::Highlight, QColor(0xc0, 0x1c, 0x28));
    else if (state == FileState::Stopped || state == FileState::Skipped)
        bar.palette.setColor(QPalette::Highlight, QColor(0x8a, 0x8a, 0x8a));
    else if (state == FileState::Loaded)
        bar.palette.setColor(QPalette::Highlight, QColor(0x2e, 0x9e, 0x4f));
    // The selection must not recolour the bar's text.
    bar.palette.setColor(QPalette::HighlightedText,
                         option.palette.color(QPalette::Active, QPalette::HighlightedText));
    painter->save();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 120));
    return size;
}

} // namespace pjl
