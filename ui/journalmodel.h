#pragma once

#include "loadjournal.h"

#include <QAbstractTableModel>

namespace pjl {

// The load journal's files as a table: whether each is complete, its rows and rejects, when it
// was loaded. SortRole gives numbers and times as values, so a proxy sorts them as such.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)

public:
    enum Column
    {
        StatusColumn,
        TableColumn,
        FileColumn,
        RowsColumn,
        RejectsColumn,
        RecordsColumn,
        BatchesColumn,
        StartedColumn,
        FinishedColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        PathRole,
    };

    explicit JournalModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<LoadJournal::StatusRow> &rows);
    const LoadJournal::StatusRow &file(int row) const { return m_rows.at(row); }

    // "12 files: 10 complete, 2 partial; 1,234 rows loaded, 5 rejected"
    QString summary() const;

private:
    QList<LoadJournal::StatusRow> m_rows;
};

} // namespace pjl
