#include "filelistmodel.h"

#include "format.h"
#include "tablename.h"

#include <QApplication>
#include <QBrush>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QPalette>
#include <QSet>
#include <QStyle>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

constexpr int kMaxIdentifierBytes = 63;
constexpr int kMaxSeparateRanges = 32; // more changed runs than this: one dataChanged for the span

} // namespace

FileListModel::FileListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

FileListModel::~FileListModel() = default;

int FileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FileListModel::statusText(const Entry &e)
{
    if (!e.active)
        return tr("Ready");
    switch (e.state) {
    case FileState::Queued:
        return tr("Waiting");
    case FileState::Reading:
        return tr("Loading");
    case FileState::Loaded:
        return e.rowsRejected > 0 ? tr("Loaded, with rejects") : tr("Loaded");
    case FileState::Failed:
        return tr("Failed");
    case FileState::Stopped:
        return tr("Stopped");
    case FileState::Skipped:
        return tr("Not loaded");
    case FileState::AlreadyLoaded:
        return tr("Already loaded");
    case FileState::Changed:
        return tr("Changed since loaded");
    }
    return QString();
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return QFileInfo(e.path).fileName();
        case SizeColumn:
            return Format::bytes(e.size);
        case FramingColumn:
            return FramingText::name(e.framing);
        case TableColumn:
            return e.table;
        case StatusColumn:
            return statusText(e);
        case ProgressColumn:
            return e.active ? u"%1%"_s.arg(int(e.fraction * 100)) : QString();
        case RowsColumn: // what the table holds from this file, earlier runs included
            return e.active ? Format::count(e.rowsLoaded + e.rowsBefore) : QString();
        case RejectedColumn:
            return e.active ? Format::count(e.rowsRejected) : QString();
        case SpeedColumn:
            return e.active && e.mbPerSecond > 0 ? Format::megabytesPerSecond(e.mbPerSecond) : QString();
        }
        return {};
    case Qt::EditRole:
        return column == TableColumn ? QVariant(e.table) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return QDir::toNativeSeparators(e.path);
        case FramingColumn:
            return FramingText::description(e.framing);
        case TableColumn:
            return m_locked ? e.table
                            : tr("Target table of %1 (double-click or F2 to change)")
                                  .arg(QFileInfo(e.path).fileName());
        case RowsColumn:
            if (e.rowsBefore > 0)
                return tr("%1 rows loaded by this run, %2 by earlier runs")
                    .arg(Format::count(e.rowsLoaded), Format::count(e.rowsBefore));
            return {};
        case StatusColumn:
        case ProgressColumn:
            if (!e.error.isEmpty())
                return e.error;
            if (e.state == FileState::AlreadyLoaded)
                return tr("An earlier load brought this file in completely (%1 rows); it was skipped. Choose "
                          "Load All Again to load it once more.")
                    .arg(Format::count(e.rowsBefore));
            if (e.state == FileState::Changed)
                return tr(
                    "This file was loaded before and has changed since; it was not loaded again. Choose "
                    "Load All Again to load the new content as well.");
            return statusText(e);
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case SizeColumn:
        case RowsColumn:
        case RejectedColumn:
        case SpeedColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == StatusColumn && e.active) {
            QStyle *style = QApplication::style();
            if (e.state == FileState::Failed || e.state == FileState::Changed)
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            if (e.rowsRejected > 0)
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            if (e.state == FileState::Loaded || e.state == FileState::AlreadyLoaded)
                return style->standardIcon(QStyle::SP_DialogApplyButton);
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == RejectedColumn && e.rowsRejected > 0) ||
            (column == StatusColumn && e.state == FileState::Failed))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if ((column == FramingColumn && e.framing == Framing::UnclosedArray))
            return QBrush(QColor(0x9a, 0x67, 0x00));
        return {};
    case PathRole:
        return e.path;
    case FractionRole:
        return e.fraction;
    case StateRole:
        return int(e.state);
    case ActiveRole:
        return e.active;
    }
    return {};
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("File");
        case SizeColumn:
            return tr("Size");
        case FramingColumn:
            return tr("Framing");
        case TableColumn:
            return tr("Target table");
        case StatusColumn:
            return tr("Status");
        case ProgressColumn:
            return tr("Progress");
        case RowsColumn:
            return tr("Rows loaded");
        case RejectedColumn:
            return tr("Rejected");
        case SpeedColumn:
            return tr("MB/s");
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case SizeColumn:
        case RowsColumn:
        case RejectedColumn:
        case SpeedColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

Qt::ItemFlags FileListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TableColumn && !m_locked)
        f |= Qt::ItemIsEditable;
    return f;
}

bool FileListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != TableColumn || role != Qt::EditRole || m_locked)
        return false;
    QString error;
    if (!setTable({index.row()}, value.toString(), &error)) {
        Q_EMIT tableEditRejected(error);
        return false;
    }
    return true;
}

bool FileListModel::setTable(const QList<int> &rows, const QString &table, QString *error)
{
    if (m_locked) {
        if (error)
            *error = tr("Target tables cannot change while a load is running.");
        return false;
    }
    const auto name = TableName::parse(table);
    if (!name) {
        if (error)
            *error = name.error().message;
        return false;
    }
    const QString display = name->display();
    QList<int> changed;
    for (int row : rows) {
        if (row < 0 || row >= m_entries.size() || m_entries[row].table == display)
            continue;
        m_entries[row].table = display;
        changed.append(row);
    }
    emitRowsChanged(changed, TableColumn, TableColumn);
    return true;
}

void FileListModel::sort(int column, Qt::SortOrder order)
{
    if (m_entries.size() < 2)
        return;
    std::vector<int> perm(size_t(m_entries.size()));
    std::iota(perm.begin(), perm.end(), 0);
    const auto key = [this, column](int row) -> QVariant {
        const Entry &e = m_entries.at(row);
        switch (column) {
        case SizeColumn:
            return e.size;
        case FramingColumn:
            return int(e.framing);
        case TableColumn:
            return e.table;
        case StatusColumn:
            return int(e.state) * 2 + (e.active ? 1 : 0);
        case ProgressColumn:
            return e.fraction;
        case RowsColumn:
            return e.rowsLoaded + e.rowsBefore;
        case RejectedColumn:
            return e.rowsRejected;
        case SpeedColumn:
            return e.mbPerSecond;
        default:
            return QFileInfo(e.path).fileName();
        }
    };
    std::stable_sort(perm.begin(), perm.end(), [&](int a, int b) {
        const QPartialOrdering c = QVariant::compare(key(a), key(b));
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRowOf(perm.size());
    QList<Entry> sorted;
    sorted.reserve(m_entries.size());
    for (size_t i = 0; i < perm.size(); ++i) {
        sorted.append(m_entries.at(perm[i]));
        newRowOf[size_t(perm[i])] = int(i);
    }
    m_entries = std::move(sorted);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after.append(index(newRowOf[size_t(i.row())], i.column()));
    changePersistentIndexList(before, after);
    rebuildIndex();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int FileListModel::addFiles(const FileEntries &files, const QStringList &origins)
{
    QList<Entry> added;
    QSet<QString> seen;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const FileEntry &file = files.at(i);
        const QString path = QDir::cleanPath(file.path);
        if (m_rowByPath.contains(path) || seen.contains(path))
            continue;
        seen.insert(path);
        Entry e;
        e.path = path;
        e.size = file.size;
        const auto name = TableName::parse(file.table);
        e.table = name ? name->display() : defaultTableFor(path);
        e.origin = i < origins.size() ? origins.at(i) : QString();
        added.append(e);
    }
    if (added.isEmpty())
        return 0;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Entry &e : std::as_const(added)) {
        m_rowByPath.insert(e.path, int(m_entries.size()));
        m_totalBytes += e.size;
        if (!e.origin.isEmpty())
            ++m_originCount[e.origin];
        m_entries.append(e);
    }
    endInsertRows();
    return int(added.size());
}

void FileListModel::removeFileRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Remove contiguous runs from the bottom up, one signal pair each.
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        qsizetype j = i + 1;
        while (j < rows.size() && rows.at(j) == first - 1)
            first = rows.at(j++);
        i = j;
        if (first < 0 || last >= m_entries.size())
            continue;
        beginRemoveRows({}, first, last);
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
    }
    rebuildIndex();
}

void FileListModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    m_originCount.clear();
    m_jobPaths.clear();
    rebuildIndex();
    endResetModel();
}

void FileListModel::setFraming(const QHash<QString, Framing> &framings)
{
    QList<int> changed;
    for (auto it = framings.cbegin(); it != framings.cend(); ++it) {
        const int row = rowForPath(it.key());
        if (row < 0 || m_entries[row].framing == it.value())
            continue;
        // The load's own finding wins over a guess that arrives late.
        if (m_entries[row].active && m_entries[row].framing != Framing::Unknown)
            continue;
        m_entries[row].framing = it.value();
        changed.append(row);
    }
    emitRowsChanged(changed, FramingColumn, FramingColumn);
}

void FileListModel::setLocked(bool locked)
{
    m_locked = locked;
}

QStringList FileListModel::paths() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.append(e.path);
    return out;
}

QList<LoadSource> FileListModel::loadSources(const QList<int> &rows) const
{
    QList<LoadSource> out;
    out.reserve(rows.size());
    for (int row : rows)
        out.append({m_entries.at(row).path, m_entries.at(row).table});
    return out;
}

QList<LoadSource> FileListModel::profileSources() const
{
    // An origin is written whole when all its files are still here with one table.
    QHash<QString, int> present;
    QHash<QString, QString> tableOf;
    QSet<QString> mixed;
    for (const Entry &e : m_entries) {
        if (e.origin.isEmpty())
            continue;
        ++present[e.origin];
        const auto it = tableOf.constFind(e.origin);
        if (it == tableOf.cend())
            tableOf.insert(e.origin, e.table);
        else if (it.value() != e.table)
            mixed.insert(e.origin);
    }
    QList<LoadSource> out;
    QSet<QString> written;
    for (const Entry &e : m_entries) {
        const bool whole = !e.origin.isEmpty() && !mixed.contains(e.origin) &&
                           present.value(e.origin) == m_originCount.value(e.origin);
        if (!whole) {
            out.append({e.path, e.table});
        } else if (!written.contains(e.origin)) {
            written.insert(e.origin);
            out.append({e.origin, e.table});
        }
    }
    return out;
}

void FileListModel::beginLoad(const FileEntries &jobFiles)
{
    m_jobPaths.clear();
    m_jobPaths.reserve(jobFiles.size());
    for (const FileEntry &file : jobFiles)
        m_jobPaths.append(QDir::cleanPath(file.path));
    rebuildIndex();
    QList<int> changed;
    for (int row : std::as_const(m_rowOfJobFile)) {
        if (row < 0)
            continue;
        Entry &e = m_entries[row];
        e.active = true;
        e.state = FileState::Queued;
        e.bytesDone = 0;
        e.rowsLoaded = 0;
        e.rowsRejected = 0;
        e.rowsBefore = 0;
        e.mbPerSecond = 0;
        e.fraction = 0;
        e.error.clear();
        changed.append(row);
    }
    emitRowsChanged(changed, FramingColumn, ColumnCount - 1);
}

void FileListModel::applyProgress(const LoadProgress &progress)
{
    QList<int> changed;
    changed.reserve(progress.files.size());
    for (const FileProgress &f : progress.files) {
        if (f.index < 0 || f.index >= m_rowOfJobFile.size())
            continue;
        const int row = m_rowOfJobFile.at(f.index);
        if (row < 0 || row >= m_entries.size())
            continue;
        Entry &e = m_entries[row];
        e.state = f.state;
        if (f.framing != Framing::Unknown)
            e.framing = f.framing;
        e.bytesDone = f.bytesDone;
        e.rowsLoaded = f.rowsLoaded;
        e.rowsRejected = f.rowsRejected;
        e.mbPerSecond = f.mbPerSecond;
        e.fraction = std::clamp(f.fraction(), 0.0, 1.0);
        e.error = f.error;
        changed.append(row);
    }
    emitRowsChanged(changed, FramingColumn, ColumnCount - 1);
}

void FileListModel::applyReport(const LoadReport &report)
{
    QList<int> changed;
    for (const FileReport &f : report.files) {
        const int row = rowForPath(QDir::cleanPath(f.path));
        if (row < 0)
            continue;
        Entry &e = m_entries[row];
        e.active = true;
        e.state = f.state;
        if (f.framing != Framing::Unknown)
            e.framing = f.framing;
        e.rowsLoaded = f.rowsLoaded;
        e.rowsRejected = f.rowsRejected;
        e.rowsBefore = f.rowsBefore;
        if (f.state == FileState::Loaded || f.state == FileState::AlreadyLoaded)
            e.fraction = 1.0;
        if (!f.error.isEmpty())
            e.error = f.error;
        changed.append(row);
    }
    emitRowsChanged(changed, FramingColumn, ColumnCount - 1);
}

QString FileListModel::defaultTableFor(const QString &path)
{
    QString stem = QFileInfo(path).fileName();
    if (stem.endsWith(u".gz"_s, Qt::CaseInsensitive))
        stem.chop(3);
    for (const QString &suffix : {u".json"_s, u".jsonl"_s, u".ndjson"_s}) {
        if (stem.endsWith(suffix, Qt::CaseInsensitive)) {
            stem.chop(suffix.size());
            break;
        }
    }
    QString out;
    bool pendingUnderscore = false;
    for (const QChar c : std::as_const(stem)) {
        const bool ascii = c.unicode() < 0x80;
        const bool keep = ascii ? (c.isLetterOrNumber() || c == u'_') : c.isLetterOrNumber();
        if (!keep || c == u'_') {
            pendingUnderscore = !out.isEmpty();
            continue;
        }
        if (pendingUnderscore)
            out += u'_';
        pendingUnderscore = false;
        out += c.toLower();
    }
    if (out.isEmpty() || out.at(0).isDigit())
        out.prepend(u"t_"_s);
    while (out.toUtf8().size() > kMaxIdentifierBytes)
        out.chop(1);
    return out;
}

void FileListModel::rebuildIndex()
{
    m_rowByPath.clear();
    m_rowByPath.reserve(m_entries.size());
    m_totalBytes = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        m_rowByPath.insert(m_entries.at(i).path, int(i));
        m_totalBytes += m_entries.at(i).size;
    }
    if (m_entries.isEmpty())
        m_originCount.clear();
    m_rowOfJobFile.clear();
    m_rowOfJobFile.reserve(m_jobPaths.size());
    for (const QString &path : std::as_const(m_jobPaths))
        m_rowOfJobFile.append(m_rowByPath.value(path, -1));
}

void FileListModel::emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<QPair<int, int>> runs;
    for (int row : std::as_const(rows)) {
        if (!runs.isEmpty() && runs.last().second == row - 1)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    if (runs.size() > kMaxSeparateRanges) {
        Q_EMIT dataChanged(index(rows.first(), firstColumn), index(rows.last(), lastColumn));
        return;
    }
    for (const auto &run : std::as_const(runs))
        Q_EMIT dataChanged(index(run.first, firstColumn), index(run.second, lastColumn));
}

} // namespace pjl
