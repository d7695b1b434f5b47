#include "journalmodel.h"

#include "format.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace pjl {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LoadJournal::StatusRow &f = m_rows.at(index.row());
    if (role == PathRole)
        return f.path;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case RowsColumn:
        case RejectsColumn:
        case RecordsColumn:
        case BatchesColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StatusColumn:
            return f.complete ? tr("Every record of the file is in the table or among the rejects.")
                              : tr("Part of the file is committed; loading it again into %1 resumes "
                                   "after the committed records.")
                                    .arg(f.table);
        case FileColumn:
            return QDir::toNativeSeparators(f.path);
        case RecordsColumn:
            return f.records < 0 ? tr("The end of the file has not been committed yet, so its record "
                                      "count is not known.")
                                 : QVariant();
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case StatusColumn:
            return f.complete;
        case TableColumn:
            return f.table;
        case FileColumn:
            return f.path;
        case RowsColumn:
            return f.rows;
        case RejectsColumn:
            return f.rejects;
        case RecordsColumn:
            return f.records < 0 ? f.committed : f.records;
        case BatchesColumn:
            return f.batches;
        case StartedColumn:
            return f.startedAt;
        case FinishedColumn:
            return f.finishedAt;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        if (f.complete)
            return tr("Complete");
        if (f.records > 0)
            return tr("Partial (%1%)").arg(int(100 * f.committed / f.records));
        return tr("Partial");
    case TableColumn:
        return f.table;
    case FileColumn:
        return QFileInfo(f.path).fileName();
    case RowsColumn:
        return Format::count(f.rows);
    case RejectsColumn:
        return Format::count(f.rejects);
    case RecordsColumn:
        if (f.records >= 0)
            return Format::count(f.records);
        return tr("%1 so far").arg(Format::count(f.committed));
    case BatchesColumn:
        return Format::count(f.batches);
    case StartedColumn:
        return when(f.startedAt);
    case FinishedColumn:
        return when(f.finishedAt);
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TableColumn:
        return tr("Table");
    case FileColumn:
        return tr("File");
    case RowsColumn:
        return tr("Rows");
    case RejectsColumn:
        return tr("Rejects");
    case RecordsColumn:
        return tr("Records");
    case BatchesColumn:
        return tr("Batches");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    default:
        return {};
    }
}

void JournalModel::setRows(const QList<LoadJournal::StatusRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString JournalModel::summary() const
{
    qint64 complete = 0, rows = 0, rejects = 0;
    for (const LoadJournal::StatusRow &f : m_rows) {
        complete += f.complete;
        rows += f.rows;
        rejects += f.rejects;
    }
    const int files = int(m_rows.size());
    return tr("%n file(s): %1 complete, %2 partial; %3 rows loaded, %4 rejected", nullptr, files)
        .arg(Format::count(complete), Format::count(files - complete), Format::count(rows),
             Format::count(rejects));
}

} // namespace pjl
