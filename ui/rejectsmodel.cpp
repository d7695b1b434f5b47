#include "rejectsmodel.h"

#include "format.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pjl {

RejectsModel::RejectsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RejectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejects.size());
}

int RejectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RejectsModel::previewOf(const QByteArray &text, int maxChars)
{
    QString s = QString::fromUtf8(text.left(maxChars * 4)).simplified();
    if (s.size() > maxChars)
        s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}

QVariant RejectsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rejects.size())
        return {};
    const RejectedRecord &r = m_rejects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(r.error.file).fileName();
        case RecordColumn:
            return r.error.record > 0 ? Format::count(r.error.record) : QString();
        case LineColumn:
            return r.error.line > 0 ? Format::count(r.error.line) : QString();
        case OffsetColumn:
            return r.error.offset >= 0 ? Format::count(r.error.offset) : QString();
        case ReasonColumn:
            return r.error.sqlState.isEmpty() ? r.error.message
                                              : u"%1 (%2)"_s.arg(r.error.message, r.error.sqlState);
        case PreviewColumn:
            return previewOf(r.text);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FileColumn:
            return QDir::toNativeSeparators(r.error.file);
        case ReasonColumn:
            return r.error.detail.isEmpty() ? r.error.message : r.error.message + u"\n\n"_s + r.error.detail;
        case PreviewColumn:
            return tr("Double-click to see the whole record");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RecordColumn || index.column() == LineColumn || index.column() == OffsetColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case PathRole:
        return r.error.file;
    }
    return {};
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case RecordColumn:
        return tr("Record");
    case LineColumn:
        return tr("Line");
    case OffsetColumn:
        return tr("Byte offset");
    case ReasonColumn:
        return tr("Reason");
    case PreviewColumn:
        return tr("Text");
    }
    return {};
}

void RejectsModel::append(const RejectedRecords &rejects)
{
    if (rejects.isEmpty())
        return;
    const qsizetype room = std::max<qsizetype>(0, kMaxRows - m_rejects.size());
    const qsizetype keep = std::min(room, rejects.size());
    m_dropped += rejects.size() - keep;
    bool newFile = false;
    for (const RejectedRecord &r : rejects) {
        if (!m_countByFile.contains(r.error.file)) {
            m_files.append(r.error.file);
            newFile = true;
        }
        ++m_countByFile[r.error.file];
    }
    if (keep > 0) {
        const int first = int(m_rejects.size());
        beginInsertRows({}, first, first + int(keep) - 1);
        for (qsizetype i = 0; i < keep; ++i) {
            RejectedRecord r = rejects.at(i);
            if (m_textBytes + r.text.size() > kTextBudget && r.text.size() > kPreviewBytes)
                r.text.truncate(kPreviewBytes); // textBytes still says how long it was
            m_textBytes += r.text.size();
            m_rejects.append(std::move(r));
        }
        endInsertRows();
    }
    if (newFile)
        Q_EMIT filesChanged();
    Q_EMIT totalChanged(total());
}

void RejectsModel::clear()
{
    beginResetModel();
    m_rejects.clear();
    m_files.clear();
    m_countByFile.clear();
    m_textBytes = 0;
    m_dropped = 0;
    endResetModel();
    Q_EMIT filesChanged();
    Q_EMIT totalChanged(0);
}

RejectedRecords RejectsModel::rejects(const QList<int> &rows) const
{
    RejectedRecords out;
    out.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < m_rejects.size())
            out.append(m_rejects.at(row));
    }
    return out;
}

} // namespace pjl
