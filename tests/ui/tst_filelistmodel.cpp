#include "filelistmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using pjl::FileEntries;
using pjl::FileEntry;
using pjl::FileListModel;
using pjl::FileState;
using pjl::LoadProgress;

class TestFileListModel final : public QObject
{
    Q_OBJECT

private:
    static FileEntries entries(const QStringList &paths)
    {
        FileEntries out;
        for (const QString &p : paths)
            out.append({p, 1000, {}, {}});
        return out;
    }

    static QStringList tables(const FileListModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.entry(row).table);
        return out;
    }

private Q_SLOTS:
    void defaultTable_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("table");
        QTest::newRow("plain") << u"/d/track_events.json"_s << u"track_events"_s;
        QTest::newRow("ndjson.gz") << u"/d/page_views.ndjson.gz"_s << u"page_views"_s;
        QTest::newRow("jsonl") << u"/d/Clicks.JSONL"_s << u"clicks"_s;
        QTest::newRow("spaces and dashes")
            << u"/d/Sales Export - 2024-11.json"_s << u"sales_export_2024_11"_s;
        QTest::newRow("leading digit") << u"/d/2024_events.json"_s << u"t_2024_events"_s;
        QTest::newRow("dots") << u"/d/analytics.events.json"_s << u"analytics_events"_s;
        QTest::newRow("only symbols") << u"/d/---.json"_s << u"t_"_s;
        QTest::newRow("non-ASCII letters") << u"/d/Événements.json"_s << u"événements"_s;
        QTest::newRow("other extension") << u"/d/export.txt"_s << u"export_txt"_s;
        QTest::newRow("long") << u"/d/"_s + QString(80, u'a') + u".json"_s << QString(63, u'a');
    }

    void defaultTable()
    {
        QFETCH(QString, path);
        QFETCH(QString, table);
        QCOMPARE(FileListModel::defaultTableFor(path), table);
    }

    void addSkipsDuplicatesAndDerivesTables()
    {
        FileListModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.addFiles(entries({u"/d/a.json"_s, u"/d/b.ndjson"_s, u"/d/a.json"_s})), 2);
        QCOMPARE(model.addFiles(entries({u"/d/b.ndjson"_s, u"/d//c.json"_s})), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(tables(model), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(model.entry(2).path, u"/d/c.json"_s);
        QCOMPARE(model.totalBytes(), 3000);
        QCOMPARE(model.data(model.index(0, FileListModel::NameColumn)).toString(), u"a.json"_s);
        QCOMPARE(model.data(model.index(0, FileListModel::StatusColumn)).toString(), u"Ready"_s);
        // A table given with the file wins over the default.
        FileEntries withTable = entries({u"/d/x.json"_s});
        withTable[0].table = u"Analytics.Events"_s;
        model.addFiles(withTable);
        QCOMPARE(model.entry(3).table, u"analytics.events"_s);
    }

    void editingTheTableCell()
    {
        FileListModel model;
        model.addFiles(entries({u"/d/a.json"_s, u"/d/b.json"_s}));
        const QModelIndex cell = model.index(1, FileListModel::TableColumn);
        QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, FileListModel::NameColumn)) & Qt::ItemIsEditable));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(cell, u"Staging.\"Raw B\""_s));
        QCOMPARE(model.entry(1).table, u"staging.\"Raw B\""_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), cell);

        QSignalSpy rejected(&model, &FileListModel::tableEditRejected);
        QVERIFY(!model.setData(cell, u"1bad name"_s));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!rejected.first().at(0).toString().isEmpty());
        QCOMPARE(model.entry(1).table, u"staging.\"Raw B\""_s);

        model.setLocked(true);
        QVERIFY(!(model.flags(cell) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(cell, u"other"_s));
        model.setLocked(false);
    }

    void oneTableForASelection()
    {
        FileListModel model;
        model.addFiles(entries({u"/d/a.json"_s, u"/d/b.json"_s, u"/d/c.json"_s, u"/d/d.json"_s}));
        QString error;
        QVERIFY(model.setTable({0, 2, 3}, u"events"_s, &error));
        QCOMPARE(tables(model), (QStringList{u"events"_s, u"b"_s, u"events"_s, u"events"_s}));
        QVERIFY(!model.setTable({1}, u"a.b.c"_s, &error));
        QVERIFY(error.contains(u"a.b.c"_s));
        QCOMPARE(model.loadSources({1, 2}).at(1).table, u"events"_s);
    }

    void progressIsMatchedByPathAndOnlyChangedRowsAreSignalled()
    {
        FileListModel model;
        model.addFiles(
            entries({u"/d/a.json"_s, u"/d/b.json"_s, u"/d/c.json"_s, u"/d/d.json"_s, u"/d/e.json"_s}));
        model.sort(FileListModel::NameColumn, Qt::DescendingOrder); // rows: e d c b a
        QCOMPARE(model.entry(0).path, u"/d/e.json"_s);

        // The job knows the files in its own order.
        const FileEntries job = entries({u"/d/b.json"_s, u"/d/d.json"_s, u"/d/a.json"_s});
        model.beginLoad(job);
        QCOMPARE(
            model.data(model.index(model.rowForPath(u"/d/b.json"_s), FileListModel::StatusColumn)).toString(),
            u"Waiting"_s);
        QCOMPARE(
            model.data(model.index(model.rowForPath(u"/d/e.json"_s), FileListModel::StatusColumn)).toString(),
            u"Ready"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        LoadProgress p;
        pjl::FileProgress f;
        f.index = 1; // d.json
        f.state = FileState::Reading;
        f.bytesTotal = 1000;
        f.bytesDone = 500;
        f.rowsLoaded = 42;
        p.files.append(f);
        model.applyProgress(p);
        QCOMPARE(changed.count(), 1);
        const int dRow = model.rowForPath(u"/d/d.json"_s);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), dRow);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), dRow);
        QCOMPARE(model.entry(dRow).rowsLoaded, 42);
        QCOMPARE(model.data(model.index(dRow, FileListModel::ProgressColumn), FileListModel::FractionRole)
                     .toDouble(),
                 0.5);
        QCOMPARE(model.data(model.index(dRow, FileListModel::ProgressColumn)).toString(), u"50%"_s);
        QCOMPARE(model.entry(model.rowForPath(u"/d/b.json"_s)).rowsLoaded, 0);

        // Sorting while loading keeps the mapping.
        model.sort(FileListModel::NameColumn, Qt::AscendingOrder);
        changed.clear();
        p.files.clear();
        f.index = 2; // a.json
        f.state = FileState::Loaded;
        f.bytesDone = 1000;
        f.rowsLoaded = 7;
        f.rowsRejected = 1;
        p.files.append(f);
        model.applyProgress(p);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.entry(0).path, u"/d/a.json"_s);
        QCOMPARE(model.entry(0).rowsLoaded, 7);
        QCOMPARE(model.entry(0).rowsRejected, 1);
        QCOMPARE(model.entry(0).state, FileState::Loaded);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);

        // Many scattered rows: bounded number of signals.
        changed.clear();
        p.files.clear();
        for (int i = 0; i < 3; ++i) {
            f.index = i;
            p.files.append(f);
        }
        model.applyProgress(p);
        QVERIFY(changed.count() <= 3);
    }

    void thousandsOfFilesCostOneSignalPerSnapshot()
    {
        FileListModel model;
        QStringList paths;
        for (int i = 0; i < 5000; ++i)
            paths.append(u"/many/f%1.json"_s.arg(i, 5, 10, QLatin1Char('0')));
        model.addFiles(entries(paths));
        model.beginLoad(entries(paths));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        LoadProgress p;
        for (int i = 0; i < 5000; i += 2) { // every other file changed: 2,500 separate rows
            pjl::FileProgress f;
            f.index = i;
            f.state = FileState::Reading;
            f.bytesTotal = 1000;
            f.bytesDone = 10;
            p.files.append(f);
        }
        model.applyProgress(p);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 4998);
        QCOMPARE(model.entry(4998).state, FileState::Reading);
        QCOMPARE(model.entry(4999).state, FileState::Queued);

        // An idle snapshot (nothing changed) costs nothing.
        changed.clear();
        model.applyProgress(LoadProgress());
        QCOMPARE(changed.count(), 0);
    }

    void reportSettlesTheRows()
    {
        FileListModel model;
        model.addFiles(entries({u"/d/a.json"_s, u"/d/b.json"_s}));
        model.beginLoad(entries({u"/d/a.json"_s, u"/d/b.json"_s}));
        pjl::LoadReport report;
        pjl::FileReport a;
        a.path = u"/d/a.json"_s;
        a.state = FileState::Loaded;
        a.rowsLoaded = 10;
        pjl::FileReport b;
        b.path = u"/d/b.json"_s;
        b.state = FileState::Failed;
        b.error = u"Cannot open /d/b.json: gone"_s;
        report.files = {b, a};
        model.applyReport(report);
        QCOMPARE(model.entry(0).fraction, 1.0);
        QCOMPARE(model.entry(0).rowsLoaded, 10);
        QCOMPARE(model.entry(1).state, FileState::Failed);
        QCOMPARE(model.data(model.index(1, FileListModel::StatusColumn), Qt::ToolTipRole).toString(),
                 u"Cannot open /d/b.json: gone"_s);
    }

    void removeAndClear()
    {
        FileListModel model;
        model.addFiles(entries({u"/d/a.json"_s, u"/d/b.json"_s, u"/d/c.json"_s, u"/d/d.json"_s}));
        model.removeFileRows({3, 1, 0});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowForPath(u"/d/c.json"_s), 0);
        QCOMPARE(model.rowForPath(u"/d/a.json"_s), -1);
        QCOMPARE(model.totalBytes(), 1000);
        QCOMPARE(model.addFiles(entries({u"/d/a.json"_s})), 1); // gone, so it can come back
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalBytes(), 0);
    }

    void profileSourcesKeepWholeFolders()
    {
        FileListModel model;
        model.addFiles(entries({u"/in/x/1.json"_s, u"/in/x/2.json"_s}), {u"/in/x"_s, u"/in/x"_s});
        model.addFiles(entries({u"/in/y/1.json"_s, u"/in/y/2.json"_s}), {u"/in/y"_s, u"/in/y"_s});
        model.addFiles(entries({u"/in/z/1.json"_s, u"/in/z/2.json"_s}), {u"/in/z"_s, u"/in/z"_s});
        model.addFiles(entries({u"/solo.json"_s}));
        model.setTable({0, 1}, u"xs"_s);                             // x: one table → written as the folder
        model.setTable({2}, u"y1"_s);                                // y: two tables → file by file
        model.removeFileRows({model.rowForPath(u"/in/z/2.json"_s)}); // z: incomplete → file by file
        const QList<pjl::LoadSource> sources = model.profileSources();
        const QList<pjl::LoadSource> expected = {{u"/in/x"_s, u"xs"_s},
                                                 {u"/in/y/1.json"_s, u"y1"_s},
                                                 {u"/in/y/2.json"_s, u"t_2"_s},
                                                 {u"/in/z/1.json"_s, u"t_1"_s},
                                                 {u"/solo.json"_s, u"solo"_s}};
        QCOMPARE(sources, expected);
    }
};

QTEST_MAIN(TestFileListModel)
#include "tst_filelistmodel.moc"
