#include "filelistview.h"

#include "filelistmodel.h"
#include "progressdelegate.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QPainter>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pjl {

FileListView::FileListView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("fileListView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::SelectedClicked);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setSortingEnabled(false);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSectionsClickable(true);
    setItemDelegateForColumn(FileListModel::ProgressColumn, new ProgressDelegate(this));
}

void FileListView::setFileModel(FileListModel *model)
{
    m_model = model;
    setModel(model);
    // Clicking a header sorts; the model keeps its path index, so a running load is unaffected.
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, model,
            [model](int column, Qt::SortOrder order) { model->sort(column, order); });
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FileListModel::NameColumn, QHeaderView::Stretch);
    // Wide enough for the header and for typical content, whichever is wider.
    const QFontMetrics metrics = fontMetrics();
    const int padding = 3 * metrics.horizontalAdvance(QLatin1Char('M'));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    const auto fit = [&](int column, const QString &sample, int extra = 0) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        setColumnWidth(column,
                       std::max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample) + extra) +
                           padding);
    };
    fit(FileListModel::SizeColumn, u"999.9 MB"_s);
    fit(FileListModel::FramingColumn, tr("Unclosed array"));
    fit(FileListModel::TableColumn, u"analytics.track_events"_s);
    fit(FileListModel::StatusColumn, tr("Loaded, with rejects"), icon);
    fit(FileListModel::ProgressColumn, u"100%"_s, 6 * metrics.horizontalAdvance(QLatin1Char('M')));
    fit(FileListModel::RowsColumn, u"99,999,999"_s);
    fit(FileListModel::RejectedColumn, u"99,999"_s);
    fit(FileListModel::SpeedColumn, u"999 MB/s"_s);
    header->setMinimumSectionSize(metrics.horizontalAdvance(u"MMMM"_s));
}

QList<int> FileListView::selectedRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    const QModelIndexList indexes = selectionModel()->selectedRows();
    for (const QModelIndex &i : indexes)
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList FileListView::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void FileListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void FileListView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void FileListView::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT pathsDropped(paths);
}

void FileListView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!m_model || m_model->rowCount() > 0)
        return;
    QPainter painter(viewport());
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    QColor color = palette().color(QPalette::PlaceholderText);
    painter.setPen(color);
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.35);
    painter.setFont(title);
    const int titleHeight = QFontMetrics(title).height();
    const QRect titleRect(area.left(), area.center().y() - titleHeight, area.width(), titleHeight);
    painter.drawText(titleRect, Qt::AlignCenter, tr("Drop JSON files or folders here"));
    painter.setFont(font());
    const QRect hintRect(area.left(), titleRect.bottom() + 8, area.width(),
                         area.bottom() - titleRect.bottom() - 8);
    painter.drawText(hintRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     tr("or use Add Files… and Add Folder…\nNDJSON, JSON arrays (even without the closing ]) "
                        "and .gz files; each file goes to the table named after it unless you change it."));
}

} // namespace pjl
