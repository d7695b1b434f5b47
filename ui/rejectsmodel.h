#pragma once

#include "rejectedrecord.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pjl {

// The records a load turned down, as the load reports them (in batches). Memory stays bounded:
// past a text budget only a preview of each record is kept (the rejects file and the source file
// still have everything), and past kMaxRows rejects are counted, not kept.
class RejectsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectsModel)

public:
    enum Column
    {
        FileColumn,
        RecordColumn,
        LineColumn,
        OffsetColumn,
        ReasonColumn,
        PreviewColumn,
        ColumnCount
    };

    enum Role
    {
        PathRole = Qt::UserRole + 1,
    };

    static constexpr qsizetype kMaxRows = 100000;
    static constexpr qint64 kTextBudget = 64LL << 20;
    static constexpr qsizetype kPreviewBytes = 1024;

    explicit RejectsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const RejectedRecords &rejects);
    void clear();

    const RejectedRecord &reject(int row) const { return m_rejects.at(row); }
    RejectedRecords rejects(const QList<int> &rows) const;
    qint64 total() const { return qint64(m_rejects.size()) + m_dropped; } // kept + only counted
    qint64 dropped() const { return m_dropped; }
    // The files that had rejects, in the order they first appeared, and how many each.
    QStringList files() const { return m_files; }
    int countForFile(const QString &path) const { return m_countByFile.value(path); }

    static QString previewOf(const QByteArray &text, int maxChars = 160);

Q_SIGNALS:
    void filesChanged();
    void totalChanged(qint64 total);

private:
    RejectedRecords m_rejects;
    QStringList m_files;
    QHash<QString, int> m_countByFile;
    qint64 m_textBytes = 0;
    qint64 m_dropped = 0;
};

} // namespace pjl
