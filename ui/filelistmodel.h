#pragma once

#include "fileentry.h"
#include "filestate.h"
#include "framing.h"
#include "loadplan.h"
#include "loadprogress.h"
#include "loadreport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pjl {

// The files of the next load: one row per file with its target table (editable), its framing and,
// once a load runs, its progress. Progress snapshots are applied with one dataChanged per run of
// changed rows, so thousands of idle files cost nothing. Rows are matched to a load's files by
// path, never by position. Owns no files: scanning and sniffing happen elsewhere, off the UI thread.
class FileListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileListModel)

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        FramingColumn,
        TableColumn,
        StatusColumn,
        ProgressColumn,
        RowsColumn,
        RejectedColumn,
        SpeedColumn,
        ColumnCount
    };

    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString, absolute
        FractionRole,                // double 0..1
        StateRole,                   // int (FileState)
        ActiveRole,                  // bool: part of the current or last load
    };

    struct Entry
    {
        QString path;
        qint64 size = 0;
        QString table;
        QString origin; // the folder or glob it came from, empty for a file added by itself
        Framing framing = Framing::Unknown;
        bool active = false; // part of the current or last load
        FileState state = FileState::Queued;
        qint64 bytesDone = 0;
        qint64 rowsLoaded = 0;
        qint64 rowsRejected = 0;
        qint64 rowsBefore = 0; // loaded by an earlier run (the journal's count)
        double mbPerSecond = 0;
        double fraction = 0;
        QString error;
    };

    explicit FileListModel(QObject *parent = nullptr);
    ~FileListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Adds the files that are not in the list yet (an empty table gets the default for the file
    // name); origins, if given, parallel files. Returns how many were added.
    int addFiles(const FileEntries &files, const QStringList &origins = {});
    void removeFileRows(QList<int> rows);
    void clear();
    // Validates the name (TableName rules) and sets it on every given row; false with a message.
    bool setTable(const QList<int> &rows, const QString &table, QString *error = nullptr);
    void setFraming(const QHash<QString, Framing> &framings);
    // While a load runs the list is fixed: no table edits (the view also disables remove/clear).
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    const Entry &entry(int row) const { return m_entries.at(row); }
    int rowForPath(const QString &path) const { return m_rowByPath.value(path, -1); }
    QStringList paths() const;
    qint64 totalBytes() const { return m_totalBytes; }

    // One source per file, for a load.
    QList<LoadSource> loadSources(const QList<int> &rows) const;
    // For a profile: a folder or glob whose files are all still here with one table is written
    // once, so that a rerun picks up new files; everything else file by file.
    QList<LoadSource> profileSources() const;

    // A load: the job's files (their order defines FileProgress::index), its snapshots, its end.
    void beginLoad(const FileEntries &jobFiles);
    void applyProgress(const LoadProgress &progress);
    void applyReport(const LoadReport &report);

    // track_events.json → track_events; 2024 Sales-Export.ndjson.gz → t_2024_sales_export.
    static QString defaultTableFor(const QString &path);
    static QString statusText(const Entry &entry);

Q_SIGNALS:
    void tableEditRejected(const QString &message);

private:
    void rebuildIndex();
    void emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn);

    QList<Entry> m_entries;
    QHash<QString, int> m_rowByPath;
    QHash<QString, int> m_originCount; // files each origin had when it was added
    QStringList m_jobPaths;            // the running (or last) load's files, in the job's order
    QList<int> m_rowOfJobFile;         // FileProgress::index → row, -1 when not in the list
    qint64 m_totalBytes = 0;
    bool m_locked = false;
};

} // namespace pjl
