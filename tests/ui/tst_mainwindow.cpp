// The desktop application's window, driven as a user would (drops, clicks, keys) against the
// private PostgreSQL of the test fixture.
#include "advancedoptionsdialog.h"
#include "filelistmodel.h"
#include "filelistview.h"
#include "filescanner.h"
#include "format.h"
#include "loadcontroller.h"
#include "loadprofile.h"
#include "loadsettingswidget.h"
#include "loadstatuswidget.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "rejectsmodel.h"
#include "rejectspanel.h"
#include "sessionlog.h"
#include "tablecompare.h"
#include "testserver.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <zlib.h>

using namespace Qt::StringLiterals;
using pjl::FileListModel;
using pjl::FileState;
using pjl::LoadController;
using pjl::MainWindow;
using pjl::test::TestServer;

namespace {

constexpr int kLoadTimeoutMs = 120000;

QByteArray record(int i)
{
    return R"({"id": )" + QByteArray::number(i) + R"(, "event": "view", "props": {"page": "/p/)" +
           QByteArray::number(i % 97) + R"(", "ok": true, "tags": ["a", "b"]}})";
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(content), content.size());
}

QByteArray ndjson(int first, int count)
{
    QByteArray out;
    for (int i = first; i < first + count; ++i)
        out += record(i) + '\n';
    return out;
}

QByteArrayList recordList(int first, int count)
{
    QByteArrayList out;
    for (int i = first; i < first + count; ++i)
        out.append(record(i));
    return out;
}

// A big file for the cancel tests: about 50 MB, several seconds of loading on two workers.
QByteArray bigNdjson(int count)
{
    QByteArray out;
    out.reserve(qsizetype(count) * 140);
    const QByteArray pad(90, 'x');
    for (int i = 0; i < count; ++i)
        out += R"({"i": )" + QByteArray::number(i) + R"(, "pad": ")" + pad + R"(", "n": )" +
               QByteArray::number(i % 1000) + "}\n";
    return out;
}

qint64 tableCount(const QString &database, const QString &table)
{
    QString error;
    const QString n = TestServer::instance().query(database, u"SELECT count(*) FROM %1"_s.arg(table), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return n.isEmpty() ? -1 : n.toLongLong();
}

void drop(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls.append(QUrl::fromLocalFile(p));
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

QAction *action(MainWindow &window, const QString &name)
{
    auto *a = window.findChild<QAction *>(name);
    if (!a)
        qWarning("no action %s", qPrintable(name));
    return a;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    pjl::ConnectionSettings m_db;
    const QString m_dbName = u"pjl_ui_mainwindow"_s;

    void prepare(MainWindow &window, int chunk = 500)
    {
        window.setConnection(m_db);
        window.loadSettings()->setOptions(pjl::LoadOptions()); // not what an earlier test left remembered
        window.loadSettings()->chunkBox()->setValue(chunk);
        window.loadSettings()->workersBox()->setValue(2);
        window.loadSettings()->truncateBox()->setChecked(false);
        window.loadSettings()->tableModeBox()->setCurrentIndex(0);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

    void addAndWait(MainWindow &window, const QStringList &paths, int expectedRows)
    {
        window.addPaths(paths);
        QTRY_COMPARE(window.fileModel()->rowCount(), expectedRows);
        QTRY_VERIFY(!window.scanner()->isBusy());
    }

    static pjl::LoadReport loadAndWait(MainWindow &window)
    {
        QSignalSpy finished(window.controller(), &LoadController::finished);
        action(window, u"actionLoad"_s)->trigger();
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, kLoadTimeoutMs))
            return {};
        return finished.first().first().value<pjl::LoadReport>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"pgjsonload-tests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY2(TestServer::instance().isUp(), qPrintable(TestServer::instance().error()));
        m_db = TestServer::instance().freshDatabase(m_dbName);
    }

    void dropAddsRowsWithDefaultTables()
    {
        const QString base = m_dir.filePath(u"drop"_s);
        writeFile(base + u"/track_events.json"_s, ndjson(0, 5));
        writeFile(base + u"/sub/page_views.ndjson"_s, "[" + record(1) + ",\n" + record(2) + "\n]");
        writeFile(base + u"/sub/readme.txt"_s, "not json");
        writeFile(base + u"/sub/deeper/other.json"_s, ndjson(0, 1));
        MainWindow window;
        prepare(window);
        window.loadSettings()->recursiveBox()->setChecked(false);
        FileListModel *model = window.fileModel();

        // A file and a folder dropped from a file manager, onto the window.
        drop(&window, {base + u"/track_events.json"_s, base + u"/sub"_s});
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->entry(0).path, base + u"/track_events.json"_s);
        QCOMPARE(model->entry(0).table, u"track_events"_s);
        QCOMPARE(model->entry(1).path, base + u"/sub/page_views.ndjson"_s);
        QCOMPARE(model->entry(1).table, u"page_views"_s);
        QCOMPARE(model->data(model->index(0, FileListModel::TableColumn)).toString(), u"track_events"_s);
        // The framing is sniffed in the background.
        QTRY_COMPARE(model->entry(0).framing, pjl::Framing::JsonLines);
        QTRY_COMPARE(model->entry(1).framing, pjl::Framing::Array);

        // Dropped again, onto the list itself: nothing is added twice.
        drop(window.fileView()->viewport(),
             {base + u"/sub/page_views.ndjson"_s, base + u"/track_events.json"_s});
        QTRY_VERIFY(window.sessionLog()->messages().constLast().text.contains(u"already in the list"_s));
        QCOMPARE(model->rowCount(), 2);

        // With subfolders on, the deeper file comes too; a missing path is reported, not fatal.
        window.loadSettings()->recursiveBox()->setChecked(true);
        drop(&window, {base + u"/sub"_s, base + u"/gone.json"_s});
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->entry(2).table, u"other"_s);
        QTRY_VERIFY(window.notice()->isVisible());
        QVERIFY(window.notice()->text().contains(u"gone.json"_s));
    }

    void editingTheTableCellChangesTheTarget()
    {
        const QString base = m_dir.filePath(u"edit"_s);
        writeFile(base + u"/a.json"_s, ndjson(0, 3));
        writeFile(base + u"/b.json"_s, ndjson(0, 3));
        writeFile(base + u"/c.json"_s, ndjson(0, 3));
        MainWindow window;
        prepare(window);
        addAndWait(window, {base}, 3);
        pjl::FileListView *view = window.fileView();
        FileListModel *model = window.fileModel();

        // Double-click the cell, type, Enter.
        const QRect cell = view->visualRect(model->index(1, FileListModel::TableColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = view->viewport()->findChild<QLineEdit *>()) && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, u"Analytics.Events"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model->entry(1).table, u"analytics.events"_s);
        QCOMPARE(model->loadSources({1}).first().table, u"analytics.events"_s);

        // An invalid name is refused with a reason, and the old one stays.
        view->setCurrentIndex(model->index(0, FileListModel::TableColumn));
        QTest::keyClick(view, Qt::Key_F2);
        QTRY_VERIFY((editor = view->viewport()->findChild<QLineEdit *>()) && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, u"2 bad"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(window.notice()->isVisible());
        QVERIFY(window.notice()->text().contains(u"2 bad"_s));
        QCOMPARE(model->entry(0).table, u"a"_s);

        // A multi-selection goes to one table at once.
        view->selectAll();
        action(window, u"actionSetTable"_s)->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QInputDialog *>(u"setTableDialog"_s)));
        dialog->setTextValue(u"all_events"_s);
        dialog->accept();
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model->entry(row).table, u"all_events"_s);
    }

    void realLoadFillsEveryBarAndCountsMatchTheTables()
    {
        const QString base = m_dir.filePath(u"load"_s);
        writeFile(base + u"/ui_ndjson.ndjson"_s, ndjson(0, 3000));
        writeFile(base + u"/ui_array.json"_s, "[\n" + recordList(10000, 2000).join(",\n") + "\n]\n");
        writeFile(base + u"/ui_broken.json"_s, "[\n" + recordList(20000, 1500).join(",\n") + ",\n");
        {
            const QByteArray content = ndjson(30000, 1000);
            gzFile out = gzopen(QFile::encodeName(base + u"/ui_gzip.ndjson.gz"_s).constData(), "wb");
            QVERIFY(out);
            gzwrite(out, content.constData(), unsigned(content.size()));
            gzclose(out);
        }
        MainWindow window;
        prepare(window, 400);
        addAndWait(window, {base}, 4);
        FileListModel *model = window.fileModel();

        const pjl::LoadReport report = loadAndWait(window);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsLoaded, 7500);
        QCOMPARE(report.rowsRejected, 0);
        QCOMPARE(window.controller()->state(), LoadController::State::Idle);

        const QHash<QString, QPair<int, pjl::Framing>> expected = {
            {u"ui_ndjson"_s, {3000, pjl::Framing::JsonLines}},
            {u"ui_array"_s, {2000, pjl::Framing::Array}},
            {u"ui_broken"_s, {1500, pjl::Framing::UnclosedArray}},
            {u"ui_gzip"_s, {1000, pjl::Framing::JsonLines}},
        };
        for (int row = 0; row < model->rowCount(); ++row) {
            const FileListModel::Entry &e = model->entry(row);
            QVERIFY2(expected.contains(e.table), qPrintable(e.table));
            // The bar is full and the counts are what the table holds.
            QCOMPARE(
                model->data(model->index(row, FileListModel::ProgressColumn), FileListModel::FractionRole)
                    .toDouble(),
                1.0);
            QCOMPARE(model->data(model->index(row, FileListModel::ProgressColumn)).toString(), u"100%"_s);
            QCOMPARE(e.state, FileState::Loaded);
            QCOMPARE(e.rowsLoaded, expected.value(e.table).first);
            QCOMPARE(tableCount(m_dbName, e.table), e.rowsLoaded);
            QCOMPARE(model->data(model->index(row, FileListModel::RowsColumn)).toString(),
                     pjl::Format::count(e.rowsLoaded));
            QCOMPARE(e.framing, expected.value(e.table).second);
        }
        // Row for row, the NDJSON file is in its table.
        const pjl::test::TableDiff diff =
            pjl::test::compareTable(m_db, u"\"ui_ndjson\""_s, recordList(0, 3000));
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));

        QCOMPARE(window.loadStatus()->bar()->value(), window.loadStatus()->bar()->maximum());
        QVERIFY(window.loadStatus()->text().contains(pjl::Format::count(7500)));
        QCOMPARE(window.notice()->kind(), pjl::NoticeBar::Kind::Success);
        QVERIFY(window.notice()->text().contains(pjl::Format::count(7500)));
        QCOMPARE(window.rejectsModel()->rowCount(), 0);
        QVERIFY(action(window, u"actionLoad"_s)->isEnabled());

        // The session's messages are in the log pane and in the log file.
        window.sessionLog()->flush();
        QFile log(window.sessionLog()->path());
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        const QByteArray logged = log.readAll();
        QVERIFY(logged.contains(pjl::LoadController::summary(report).toUtf8()));
        QVERIFY(logged.contains("Connected to"));
    }

    void badRecordsShowInTheRejectsPanel()
    {
        const QString base = m_dir.filePath(u"rejects"_s);
        QByteArray content;
        for (int i = 1; i <= 50; ++i) {
            if (i == 5)
                content += "{\"id\": 5, \"broken\": [1, 2,}\n";
            else if (i == 20)
                content += "{\"id\": 20, \"nul\": \"a\\u0000b\"}\n";
            else if (i == 33)
                content += "{\"id\": 33 \"missing\": \"comma\"}\n";
            else
                content += record(i) + '\n';
        }
        writeFile(base + u"/orders_bad.ndjson"_s, content);
        writeFile(base + u"/orders_good.ndjson"_s, ndjson(100, 20));
        MainWindow window;
        prepare(window, 10);
        addAndWait(window, {base}, 2);
        const pjl::LoadReport report = loadAndWait(window);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsRejected, 3);

        pjl::RejectsModel *rejects = window.rejectsModel();
        QTRY_COMPARE(rejects->rowCount(), 3);
        QList<qint64> lines;
        for (int row = 0; row < rejects->rowCount(); ++row) {
            const pjl::RejectedRecord &r = rejects->reject(row);
            QCOMPARE(r.error.file, base + u"/orders_bad.ndjson"_s);
            QVERIFY(!r.error.message.isEmpty());
            QVERIFY(r.error.offset >= 0);
            QVERIFY(r.text.contains(QByteArray("\"id\": " + QByteArray::number(r.error.line))));
            lines.append(r.error.line);
        }
        std::sort(lines.begin(), lines.end());
        QCOMPARE(lines, (QList<qint64>{5, 20, 33}));

        // The panel is in front, says how many, and filters by file.
        pjl::RejectsPanel *panel = window.rejectsPanel();
        QCOMPARE(window.tabs()->currentWidget(), panel);
        QVERIFY(window.tabs()->tabText(0).contains(u"3"_s));
        QCOMPARE(panel->view()->model()->rowCount(), 3);
        QVERIFY(panel->fileFilter()->findData(QString(base + u"/orders_bad.ndjson"_s)) > 0);
        QCOMPARE(panel->fileFilter()->findData(QString(base + u"/orders_good.ndjson"_s)), -1);
        QCOMPARE(window.notice()->kind(), pjl::NoticeBar::Kind::Warning);

        FileListModel *model = window.fileModel();
        const FileListModel::Entry &bad = model->entry(model->rowForPath(base + u"/orders_bad.ndjson"_s));
        QCOMPARE(bad.rowsRejected, 3);
        QCOMPARE(bad.rowsLoaded, 47);
        QCOMPARE(tableCount(m_dbName, u"orders_bad"_s), 47);
        QCOMPARE(
            model->data(model->index(model->rowForPath(bad.path), FileListModel::RejectedColumn)).toString(),
            u"3"_s);
    }

    void cancelLeavesOnlyWholeCommittedBatches()
    {
        constexpr int kRows = 400000;
        constexpr int kChunk = 1000;
        const QString file = m_dir.filePath(u"cancel/big_cancel.ndjson"_s);
        writeFile(file, bigNdjson(kRows));
        MainWindow window;
        prepare(window, kChunk);
        addAndWait(window, {file}, 1);

        QSignalSpy finished(window.controller(), &LoadController::finished);
        action(window, u"actionLoad"_s)->trigger();
        // Once batches have landed: pause (batches under way finish), then cancel.
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->lastProgress().rowsLoaded > 0, kLoadTimeoutMs);
        QVERIFY(action(window, u"actionPause"_s)->isEnabled());
        action(window, u"actionPause"_s)->trigger();
        QTRY_COMPARE(action(window, u"actionPause"_s)->text(), u"&Resume"_s);
        action(window, u"actionCancel"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLoadTimeoutMs);
        const auto report = finished.first().first().value<pjl::LoadReport>();
        QVERIFY(report.cancelled);

        const qint64 inTable = tableCount(m_dbName, u"big_cancel"_s);
        qInfo("cancelled with %lld of %d rows committed", inTable, kRows);
        QCOMPARE(inTable, report.rowsLoaded); // what committed is there, nothing else
        QCOMPARE(inTable % kChunk, 0);        // in whole batches
        QVERIFY(inTable > 0);
        QVERIFY2(inTable < kRows, "the load finished before it could be cancelled");
        QCOMPARE(window.fileModel()->entry(0).rowsLoaded, inTable);
        QCOMPARE(window.fileModel()->entry(0).state, FileState::Stopped);
        // The user is told how many rows landed.
        QCOMPARE(window.notice()->kind(), pjl::NoticeBar::Kind::Warning);
        QVERIFY2(window.notice()->text().contains(pjl::Format::count(inTable) + u" rows were committed"_s),
                 qPrintable(window.notice()->text()));
        QVERIFY(window.loadStatus()->text().contains(u"Cancelled"_s));
    }

    void closingDuringALoadAsksThenCancels()
    {
        const QString file = m_dir.filePath(u"close/big_close.ndjson"_s);
        writeFile(file, bigNdjson(400000));
        MainWindow window;
        prepare(window, 1000);
        addAndWait(window, {file}, 1);
        QSignalSpy finished(window.controller(), &LoadController::finished);
        action(window, u"actionLoad"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->lastProgress().rowsLoaded > 0, kLoadTimeoutMs);

        QVERIFY(!window.close()); // asks first
        QVERIFY(window.isVisible());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"confirmQuit"_s)) && box->isVisible());
        QVERIFY(window.controller()->isRunning());
        QAbstractButton *quit = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                quit = b;
        }
        QVERIFY(quit);
        quit->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), kLoadTimeoutMs); // closes once cancelled
        QCOMPARE(finished.count(), 1);
        const auto report = finished.first().first().value<pjl::LoadReport>();
        QVERIFY(report.cancelled);
        QCOMPARE(tableCount(m_dbName, u"big_close"_s), report.rowsLoaded);
    }

    void emptyingTheTableFirstAsks()
    {
        QString error;
        TestServer::instance().query(m_dbName,
                                     u"CREATE TABLE trunc_t (data jsonb NOT NULL); "
                                     "INSERT INTO trunc_t SELECT jsonb_build_object('old', g) "
                                     "FROM generate_series(1, 5) g"_s,
                                     &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString file = m_dir.filePath(u"trunc/trunc_t.ndjson"_s);
        writeFile(file, ndjson(0, 10));
        MainWindow window;
        prepare(window);
        addAndWait(window, {file}, 1);
        window.loadSettings()->truncateBox()->setChecked(true);
        const auto answer = [&](QMessageBox::ButtonRole role) {
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"confirmTruncate"_s)) && box->isVisible());
            QVERIFY(box->text().contains(u"trunc_t"_s));
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == role) {
                    b->click();
                    return;
                }
            }
            QFAIL("no such button");
        };

        // Said no: nothing happens.
        action(window, u"actionLoad"_s)->trigger();
        answer(QMessageBox::RejectRole);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(u"confirmTruncate"_s));
        QVERIFY(!window.controller()->isRunning());
        QCOMPARE(tableCount(m_dbName, u"trunc_t"_s), 5);

        // Said yes: the old rows go, the file's come.
        QSignalSpy finished(window.controller(), &LoadController::finished);
        action(window, u"actionLoad"_s)->trigger();
        answer(QMessageBox::AcceptRole);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLoadTimeoutMs);
        QCOMPARE(tableCount(m_dbName, u"trunc_t"_s), 10);
        QCOMPARE(TestServer::instance().query(m_dbName, u"SELECT count(*) FROM trunc_t WHERE data ? 'old'"_s),
                 u"0"_s);
    }

    void rerunLoadsTheProfileAgainAndSkipsWhatIsLoaded()
    {
        const QString file = m_dir.filePath(u"rerun/rerun_t.ndjson"_s);
        writeFile(file, ndjson(0, 100));
        const QString path = m_dir.filePath(u"rerun/rerun.pgjl.json"_s);
        MainWindow window;
        prepare(window);
        addAndWait(window, {file}, 1);
        QSignalSpy saved(&window, &MainWindow::profileSaved);
        window.saveProfile(path);
        QTRY_COMPARE(saved.count(), 1);
        QAction *rerun = action(window, u"actionRerun"_s);
        QTRY_VERIFY(rerun->isEnabled());

        QSignalSpy finished(window.controller(), &LoadController::finished);
        rerun->trigger(); // opens the profile from disk and loads it
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLoadTimeoutMs);
        QCOMPARE(finished.at(0).first().value<pjl::LoadReport>().rowsLoaded, 100);
        QCOMPARE(tableCount(m_dbName, u"rerun_t"_s), 100);

        // Once more: the journal knows the file, so nothing is loaded twice.
        QTRY_VERIFY(rerun->isEnabled());
        rerun->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kLoadTimeoutMs);
        const auto second = finished.at(1).first().value<pjl::LoadReport>();
        QCOMPARE(second.rowsLoaded, 0);
        QCOMPARE(tableCount(m_dbName, u"rerun_t"_s), 100);
        FileListModel *model = window.fileModel();
        QCOMPARE(model->entry(0).state, FileState::AlreadyLoaded);
        QCOMPARE(model->data(model->index(0, FileListModel::StatusColumn)).toString(), u"Already loaded"_s);
        QCOMPARE(model->data(model->index(0, FileListModel::RowsColumn)).toString(), u"100"_s);

        // Loading it again on purpose: the window asks, and "Load All Again" is a reload.
        action(window, u"actionLoad"_s)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"confirmReload"_s)) && box->isVisible());
        QAbstractButton *again = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                again = b;
        }
        QVERIFY(again);
        again->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, kLoadTimeoutMs);
        QCOMPARE(finished.at(2).first().value<pjl::LoadReport>().rowsLoaded, 100);
        QCOMPARE(tableCount(m_dbName, u"rerun_t"_s), 200);

        // Records appended to it: the window asks again, and "only what is new" loads just those.
        QFile append(file);
        QVERIFY(append.open(QIODevice::Append));
        append.write(ndjson(100, 5));
        append.close();
        action(window, u"actionLoad"_s)->trigger();
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"confirmReload"_s)) && box->isVisible());
        QAbstractButton *newOnly = box->defaultButton();
        QVERIFY(newOnly);
        QCOMPARE(box->buttonRole(newOnly), QMessageBox::AcceptRole);
        newOnly->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, kLoadTimeoutMs);
        QCOMPARE(finished.at(3).first().value<pjl::LoadReport>().rowsLoaded, 5);
        QCOMPARE(tableCount(m_dbName, u"rerun_t"_s), 205);
        QCOMPARE(model->entry(0).state, FileState::Loaded);
    }

    // Advanced… sets what the CLI has as switches, and the load obeys: a trigger on the table notes
    // each COPY's format and the session's synchronous_commit and default_toast_compression; xmin
    // tells the batches apart; the largest record is a reject. Then the window remembers them.
    void advancedOptionsReachTheLoad()
    {
        const QString base = m_dir.filePath(u"advanced"_s);
        const QByteArray wide = "{\"text\": \"" + QByteArray("lorem ipsum ").repeated(10000) + "\"}";
        QByteArray content;
        for (int i = 0; i < 50; ++i)
            content += wide + '\n';
        content += "{\"huge\": \"" + QByteArray(1600 << 10, 'x') + "\"}\n";
        writeFile(base + u"/adv_custom.ndjson"_s, content);
        writeFile(base + u"/adv_default.ndjson"_s, wide + '\n' + wide + '\n');
        QString error;
        TestServer::instance().query(
            m_dbName,
            // The fixture's server runs with synchronous_commit off: this database's sessions start
            // with "local" instead, which the loader leaves with Wait for the WAL flush ticked.
            u"ALTER DATABASE pjl_ui_mainwindow SET synchronous_commit = local;"
            u"CREATE TABLE adv_custom (data jsonb NOT NULL);"
            u"CREATE TABLE adv_default (data jsonb NOT NULL);"_s +
                TestServer::sessionNotes(u"adv_seen"_s, {u"adv_custom"_s, u"adv_default"_s}),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        pjl::LoadOptions chosen;
        {
            MainWindow window;
            prepare(window);
            pjl::LoadSettingsWidget *settings = window.loadSettings();
            addAndWait(window, {base + u"/adv_default.ndjson"_s}, 1);
            pjl::LoadReport report = loadAndWait(window);
            QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
            QCOMPARE(report.rowsLoaded, 2);

            QVERIFY(!settings->advancedButton()->text().contains(u"changed"_s));
            settings->advancedButton()->click();
            pjl::AdvancedOptionsDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<pjl::AdvancedOptionsDialog *>()) && dialog->isVisible());
            dialog->findChild<QSpinBox *>(u"maxRecordMb"_s)->setValue(1);
            dialog->findChild<QSpinBox *>(u"chunkMb"_s)->setValue(1);
            dialog->findChild<QSpinBox *>(u"commitMb"_s)->setValue(0);
            dialog->findChild<QSpinBox *>(u"retrySeconds"_s)->setValue(7);
            dialog->findChild<QCheckBox *>(u"synchronousCommit"_s)->setChecked(true);
            dialog->findChild<QCheckBox *>(u"lz4Compression"_s)->setChecked(false);
            dialog->findChild<QComboBox *>(u"copyFormat"_s)->setCurrentIndex(1);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QTRY_VERIFY(!window.findChild<pjl::AdvancedOptionsDialog *>());
            QVERIFY2(settings->advancedButton()->text().contains(u"7 changed"_s),
                     qPrintable(settings->advancedButton()->text()));
            chosen = settings->options();
            QCOMPARE(chosen.maxRecordBytes, 1LL << 20);
            QCOMPARE(chosen.chunkBytes, 1LL << 20);
            QCOMPARE(chosen.commitBytes, qint64(0));
            QCOMPARE(chosen.retrySeconds, 7);
            QCOMPARE(chosen.synchronousCommit, true);
            QCOMPARE(chosen.lz4Compression, false);
            QCOMPARE(chosen.copyFormat, pjl::CopyFormat::Text);
            QCOMPARE(chosen.chunkRows, 500); // the settings bar's own options are untouched

            window.fileModel()->clear();
            addAndWait(window, {base + u"/adv_custom.ndjson"_s}, 1);
            report = loadAndWait(window);
            QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
            QCOMPARE(report.rowsLoaded, 50);
            QCOMPARE(report.rowsRejected, 1);
            QCOMPARE(window.rejectsModel()->rowCount(), 1);
            window.close(); // remembers the settings
        }
        TestServer::instance().query(m_dbName, u"ALTER DATABASE pjl_ui_mainwindow RESET synchronous_commit"_s,
                                     &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString defaultCompression = TestServer::instance().hasLz4() ? u"lz4"_s : u"pglz"_s;
        QCOMPARE(TestServer::instance().query(m_dbName,
                                              u"SELECT string_agg(what, ', ' ORDER BY what) FROM adv_seen"_s),
                 u"adv_custom local pglz text, adv_default off %1 binary"_s.arg(defaultCompression));
        QCOMPARE(
            TestServer::instance().query(
                m_dbName, u"SELECT string_agg(DISTINCT pg_column_compression(data), ',') FROM adv_custom"_s),
            u"pglz"_s);
        // 50 records of 120 KB in batches of 1 MiB, each committed on its own: at least 6 (16 MiB
        // batches: the two of the ramp and one; streamed: one per worker).
        QVERIFY(TestServer::instance()
                    .query(m_dbName, u"SELECT count(DISTINCT xmin::text) FROM adv_custom"_s)
                    .toInt() >= 6);

        MainWindow next;
        QCOMPARE(next.loadSettings()->options(), chosen);
        QVERIFY(next.loadSettings()->advancedButton()->text().contains(u"7 changed"_s));
        // Restore Defaults, and the other tests start from the defaults again.
        next.loadSettings()->advancedButton()->click();
        pjl::AdvancedOptionsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = next.findChild<pjl::AdvancedOptionsDialog *>()));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        buttons->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(next.loadSettings()->options(), next.loadSettings()->options(pjl::LoadOptions()));
        QCOMPARE(pjl::AdvancedOptionsDialog::changedCount(next.loadSettings()->options()), 0);
        next.show();
        next.close();
    }

    void profileSavedAndReopenedGivesTheSameSetup()
    {
        const QString base = m_dir.filePath(u"profile"_s);
        writeFile(base + u"/in/part_1.json"_s, ndjson(0, 2));
        writeFile(base + u"/in/part_2.json"_s, ndjson(0, 2));
        writeFile(base + u"/single.ndjson"_s, ndjson(0, 2));
        const QString path = base + u"/setup.pgjl.json"_s;

        MainWindow window;
        prepare(window);
        addAndWait(window, {base + u"/in"_s, base + u"/single.ndjson"_s}, 3);
        FileListModel *model = window.fileModel();
        QVERIFY(model->setTable({0, 1}, u"analytics.parts"_s));
        QVERIFY(model->setTable({2}, u"Single_T"_s));
        window.loadSettings()->chunkBox()->setValue(777);
        window.loadSettings()->workersBox()->setValue(3);
        window.loadSettings()->tableModeBox()->setCurrentIndex(1);  // must exist
        window.loadSettings()->recordFormBox()->setCurrentIndex(2); // as read
        window.loadSettings()->recursiveBox()->setChecked(true);
        window.loadSettings()->validateFirstBox()->setChecked(true);
        window.loadSettings()->advancedButton()->click();
        pjl::AdvancedOptionsDialog *advanced = nullptr;
        QTRY_VERIFY((advanced = window.findChild<pjl::AdvancedOptionsDialog *>()));
        advanced->findChild<QComboBox *>(u"copyFormat"_s)->setCurrentIndex(1);
        advanced->findChild<QSpinBox *>(u"retrySeconds"_s)->setValue(9);
        advanced->accept();
        pjl::ConnectionSettings connection;
        connection.host = u"db.example.com"_s;
        connection.port = u"6543"_s;
        connection.database = u"warehouse"_s;
        connection.user = u"loader"_s;
        connection.password = u"never-on-disk"_s;
        connection.sslMode = u"require"_s;
        window.setConnection(connection);

        QSignalSpy saved(&window, &MainWindow::profileSaved);
        window.saveProfile(path);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY2(saved.first().at(1).toString().isEmpty(), qPrintable(saved.first().at(1).toString()));
        QCOMPARE(window.profilePath(), path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(!json.contains("never-on-disk"));
        QVERIFY(json.contains("\"version\": 1"));
        QVERIFY(json.contains(QDir(base + u"/in"_s).path().toUtf8())); // the folder, so new files come too

        MainWindow reopened;
        QSignalSpy opened(&reopened, &MainWindow::profileOpened);
        reopened.openProfile(path);
        QTRY_COMPARE(opened.count(), 1);
        QVERIFY(opened.first().at(1).toString().isEmpty());
        FileListModel *model2 = reopened.fileModel();
        QCOMPARE(model2->rowCount(), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model2->entry(row).path, model->entry(row).path);
            QCOMPARE(model2->entry(row).table, model->entry(row).table);
        }
        const pjl::LoadOptions a = window.loadSettings()->options();
        const pjl::LoadOptions b = reopened.loadSettings()->options();
        QCOMPARE(b.chunkRows, 777);
        QCOMPARE(b.workers, 3);
        QCOMPARE(b.createTable, false);
        QCOMPARE(b.recursive, true);
        QCOMPARE(b.recordForm, pjl::RecordForm::AsRead);
        QVERIFY(json.contains("\"record_form\": \"raw\""));
        QCOMPARE(b.validateFirst, true);
        QVERIFY(json.contains("\"validate_first\": true"));
        QCOMPARE(b.copyFormat, pjl::CopyFormat::Text);
        QVERIFY(json.contains("\"copy_format\": \"text\""));
        QCOMPARE(b.retrySeconds, 9);
        QVERIFY(json.contains("\"retry_seconds\": 9"));
        QCOMPARE(b, a);
        pjl::ConnectionSettings expected = connection;
        expected.password.clear();
        QCOMPARE(reopened.connection(), expected);
        QCOMPARE(reopened.profilePath(), path);
        QVERIFY(reopened.windowTitle().contains(u"setup.pgjl.json"_s));
        QCOMPARE(reopened.currentProfile(), window.currentProfile());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
