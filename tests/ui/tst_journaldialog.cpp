#include "journaldialog.h"
#include "journalmodel.h"
#include "loadjob.h"
#include "mainwindow.h"
#include "sampledata.h"
#include "testserver.h"

#include <QAction>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;

namespace {

LoadJournal::StatusRow statusRow(const QString &path, const QString &table, bool complete, qint64 records,
                                 qint64 committed, qint64 rows, qint64 rejects)
{
    LoadJournal::StatusRow r;
    r.path = path;
    r.table = table;
    r.complete = complete;
    r.records = records;
    r.committed = committed;
    r.rows = rows;
    r.rejects = rejects;
    r.batches = 1;
    r.startedAt = QDateTime::currentDateTime();
    if (complete)
        r.finishedAt = r.startedAt;
    return r;
}

} // namespace

// The Load History dialog against the journal real loads wrote: a complete file with a reject,
// a partial file from a cancelled load, and the ways reading the journal can fail.
class TestJournalDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionSettings m_db;

    LoadReport load(const QString &name, const QByteArray &content, const QString &table,
                    qint64 cancelAfterRows)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, content);
        LoadPlan plan;
        plan.connection = m_db;
        plan.sources.append({path, table});
        plan.options.workers = 1;
        plan.options.chunkRows = 500;
        LoadJob job;
        bool cancelled = false;
        connect(&job, &LoadJob::progress, this, [&](const LoadProgress &progress) {
            if (cancelAfterRows > 0 && !cancelled && progress.rowsLoaded >= cancelAfterRows) {
                cancelled = true;
                job.cancel();
            }
        });
        QSignalSpy finished(&job, &LoadJob::finished);
        if (!job.start(plan) || !finished.wait(120000))
            qFatal("load did not run");
        return job.report();
    }

    static bool refreshed(JournalDialog &dialog)
    {
        QSignalSpy spy(&dialog, &JournalDialog::refreshed);
        dialog.refresh();
        return spy.wait(30000) && spy.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"pgjsonload-tests"_s);
        QCoreApplication::setApplicationName(u"tst_journaldialog"_s);
        QVERIFY2(TestServer::instance().isUp(), qPrintable(TestServer::instance().error()));
        m_db = TestServer::instance().freshDatabase(u"tst_journaldialog"_s);
    }

    void modelShowsWhatTheRowsSay()
    {
        JournalModel model;
        model.setRows({statusRow(u"/d/a.json"_s, u"events"_s, true, 10, 10, 9, 1),
                       statusRow(u"/d/sub/b.json"_s, u"public.weather"_s, false, -1, 1500, 1500, 0),
                       statusRow(u"/d/c.json"_s, u"events"_s, false, 4000, 1000, 1000, 0)});
        QCOMPARE(model.rowCount(), 3);
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, JournalModel::StatusColumn), u"Complete"_s);
        QCOMPARE(text(1, JournalModel::StatusColumn), u"Partial"_s);
        QCOMPARE(text(2, JournalModel::StatusColumn), u"Partial (25%)"_s);
        QCOMPARE(text(1, JournalModel::FileColumn), u"b.json"_s);
        QCOMPARE(model.index(1, JournalModel::FileColumn).data(Qt::ToolTipRole).toString(),
                 QDir::toNativeSeparators(u"/d/sub/b.json"_s));
        QCOMPARE(text(1, JournalModel::RecordsColumn), u"1,500 so far"_s);
        QCOMPARE(model.index(1, JournalModel::RowsColumn).data(JournalModel::SortRole).toLongLong(), 1500);
        // (the plural form of "files" comes from the .qm the application loads, not here)
        QVERIFY2(model.summary().endsWith(u": 1 complete, 2 partial; 2,509 rows loaded, 1 rejected"_s),
                 qPrintable(model.summary()));
        QVERIFY(text(0, JournalModel::FinishedColumn).size() > 0);
        QVERIFY(text(1, JournalModel::FinishedColumn).isEmpty());
    }

    void showsCompleteAndPartialFilesFromRealLoads()
    {
        QByteArrayList records = sampleRecords(300, 5, true);
        records.insert(100, "{\"broken\": ]}");
        const LoadReport complete = load(u"a.ndjson"_s, asNdjson(records), u"hist_a"_s, 0);
        QCOMPARE(complete.rowsLoaded, 300);
        QCOMPARE(complete.rowsRejected, 1);
        const LoadReport partial =
            load(u"b.ndjson"_s, asNdjson(sampleRecords(20000, 6, true)), u"hist_b"_s, 1000);
        QVERIFY(partial.cancelled);
        QVERIFY(partial.rowsLoaded >= 1000 && partial.rowsLoaded < 20000);

        JournalDialog dialog;
        dialog.setConnection(m_db);
        dialog.show();
        QVERIFY(refreshed(dialog));
        JournalModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 2);
        int a = model->file(0).table == u"hist_a"_s ? 0 : 1;
        const LoadJournal::StatusRow &ra = model->file(a);
        QVERIFY(ra.complete);
        QCOMPARE(ra.rows, 300);
        QCOMPARE(ra.rejects, 1);
        QCOMPARE(ra.records, 301);
        QVERIFY(ra.finishedAt.isValid());
        const LoadJournal::StatusRow &rb = model->file(1 - a);
        QVERIFY(!rb.complete);
        QCOMPARE(rb.rows, partial.rowsLoaded);
        QCOMPARE(rb.committed, partial.rowsLoaded);
        QVERIFY(!rb.finishedAt.isValid());
        QVERIFY2(dialog.statusText().contains(u": 1 complete, 1 partial; "_s),
                 qPrintable(dialog.statusText()));

        dialog.partialOnly()->setChecked(true);
        QCOMPARE(dialog.shownCount(), 1);
        QCOMPARE(dialog.view()->model()->index(0, JournalModel::TableColumn).data().toString(), u"hist_b"_s);
        dialog.partialOnly()->setChecked(false);
        QCOMPARE(dialog.shownCount(), 2);

        // The table field asks the server for that table only.
        dialog.setTable(u"public.hist_a"_s);
        QVERIFY(refreshed(dialog));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->file(0).table, u"hist_a"_s);

        // A rerun that completes the partial file shows it complete.
        const LoadReport resumed =
            load(u"b.ndjson"_s, asNdjson(sampleRecords(20000, 6, true)), u"hist_b"_s, 0);
        QCOMPARE(resumed.rowsLoaded + partial.rowsLoaded, 20000);
        dialog.setTable(u"hist_b"_s);
        QVERIFY(refreshed(dialog));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->file(0).complete);
        QCOMPARE(model->file(0).rows, 20000);
    }

    void failuresAreShownNotSwallowed()
    {
        JournalDialog dialog;
        dialog.setConnection(m_db);
        QVERIFY(refreshed(dialog));
        QVERIFY(dialog.model()->rowCount() > 0);
        dialog.setTable(u"no.such.deep.name"_s);
        QVERIFY(!refreshed(dialog));
        QVERIFY2(dialog.statusText().startsWith(u"Could not read the load journal: "_s),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.model()->rowCount(), 0); // no stale rows under an error

        ConnectionSettings nowhere = m_db;
        nowhere.host = u"127.0.0.1"_s;
        nowhere.port = u"1"_s; // nothing listens there
        dialog.setConnection(nowhere);
        dialog.setTable(QString());
        QVERIFY(!refreshed(dialog));
        QVERIFY2(dialog.statusText().contains(u"127.0.0.1"_s), qPrintable(dialog.statusText()));
    }

    void emptyJournalSaysSo()
    {
        const ConnectionSettings empty = TestServer::instance().freshDatabase(u"tst_journaldialog_empty"_s);
        JournalDialog dialog;
        dialog.setConnection(empty);
        QVERIFY(refreshed(dialog));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY2(dialog.statusText().contains(u"the load journal is empty"_s),
                 qPrintable(dialog.statusText()));
    }

    void mainWindowOpensItForItsConnection()
    {
        MainWindow window;
        window.setConnection(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = window.findChild<QAction *>(u"actionShowHistory"_s);
        QVERIFY(action);
        action->trigger();
        JournalDialog *dialog = window.historyDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 2, 30000);
    }
};

QTEST_MAIN(TestJournalDialog)
#include "tst_journaldialog.moc"
