#include "rejectdialog.h"
#include "rejectsmodel.h"
#include "rejectspanel.h"
#include "rejectwriter.h"
#include "sampledata.h"

#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pjl::RejectedRecord;
using pjl::RejectedRecords;
using pjl::RejectsModel;
using pjl::RejectsPanel;

class TestRejectsPanel final : public QObject
{
    Q_OBJECT

private:
    static RejectedRecord reject(const QString &file, qint64 record, const QByteArray &text)
    {
        RejectedRecord r;
        r.error.file = file;
        r.error.record = record;
        r.error.line = record;
        r.error.offset = record * 100;
        r.error.message = u"invalid JSON: unexpected character"_s;
        r.table = u"events"_s;
        r.text = text;
        r.textBytes = text.size();
        return r;
    }

private Q_SLOTS:
    void listsFiltersAndCounts()
    {
        RejectsModel model;
        RejectsPanel panel(&model);
        QSignalSpy total(&model, &RejectsModel::totalChanged);
        model.append({reject(u"/d/a.json"_s, 3, "{\"a\": 1,}"), reject(u"/d/b.json"_s, 7, "{oops\n  more}")});
        model.append({reject(u"/d/a.json"_s, 9, "[1,2")});
        QCOMPARE(total.count(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.files(), (QStringList{u"/d/a.json"_s, u"/d/b.json"_s}));
        QCOMPARE(model.countForFile(u"/d/a.json"_s), 2);
        QCOMPARE(model.data(model.index(1, RejectsModel::FileColumn)).toString(), u"b.json"_s);
        QCOMPARE(model.data(model.index(1, RejectsModel::RecordColumn)).toString(), u"7"_s);
        QCOMPARE(model.data(model.index(1, RejectsModel::OffsetColumn)).toString(), QLocale().toString(700));
        QCOMPARE(model.data(model.index(1, RejectsModel::PreviewColumn)).toString(),
                 u"{oops more}"_s); // one line
        QVERIFY(model.data(model.index(0, RejectsModel::ReasonColumn)).toString().contains(u"unexpected"_s));

        // The file filter: "All files" plus one entry per file.
        QComboBox *filter = panel.fileFilter();
        QCOMPARE(filter->count(), 3);
        filter->setCurrentIndex(filter->findData(u"/d/a.json"_s));
        QCOMPARE(panel.shownCount(), 2);
        QCOMPARE(panel.view()->model()->rowCount(), 2);
        panel.setFileFilter(u"/d/b.json"_s);
        QCOMPARE(panel.shownCount(), 1);
        QCOMPARE(filter->currentData().toString(), u"/d/b.json"_s);
        // A path that is a prefix of another must not match it.
        model.append({reject(u"/d/b.json.gz"_s, 1, "x")});
        QCOMPARE(panel.shownCount(), 1);
        panel.setFileFilter(QString());
        QCOMPARE(panel.shownCount(), 4);
    }

    void exportWritesTheShownRowsAsNdjson()
    {
        QTemporaryDir dir;
        RejectsModel model;
        RejectsPanel panel(&model);
        model.append({reject(u"/d/a.json"_s, 3, "{\"a\": 1,}"), reject(u"/d/b.json"_s, 7, "{\"b\"\n:}"),
                      reject(u"/d/a.json"_s, 9, "[1,2")});
        panel.setFileFilter(u"/d/a.json"_s);
        QSignalSpy exported(&panel, &RejectsPanel::exported);
        const QString path = dir.filePath(u"out.ndjson"_s);
        panel.exportTo(path);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(1).toInt(), 2);
        QVERIFY(exported.first().at(2).toString().isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the final newline
        bool ok = false;
        const RejectedRecord first = pjl::RejectWriter::fromJsonLine(lines.at(0), &ok);
        QVERIFY(ok);
        QCOMPARE(first.error.record, 3);
        QCOMPARE(first.text, QByteArray("{\"a\": 1,}"));
        QCOMPARE(pjl::RejectWriter::fromJsonLine(lines.at(1)).error.record, 9);

        // An unwritable place is reported, not thrown away.
        exported.clear();
        panel.exportTo(dir.filePath(u"no/such/dir/x.ndjson"_s));
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(!exported.first().at(2).toString().isEmpty());
    }

    void doubleClickShowsTheWholeRecord()
    {
        RejectsModel model;
        RejectsPanel panel(&model);
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QByteArray text = "{\n  \"id\": 1,\n  \"broken\": [1, 2,\n}";
        model.append({reject(u"/d/a.json"_s, 1, text)});
        QTableView *view = panel.view();
        const QRect cell = view->visualRect(view->model()->index(0, RejectsModel::PreviewColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        pjl::RejectDialog *dialog = panel.findChild<pjl::RejectDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->text(), QString::fromUtf8(text));
        dialog->close();
    }

    void truncatedRecordIsReadFromTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.json"_s);
        QByteArray big = "{\"pad\": \"" + QByteArray(200000, 'x') + "\", \"bad\": ]}";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"first\": 1}\n");
        f.write(big);
        f.write("\n");
        f.close();
        RejectedRecord r = reject(path, 2, big.left(1000));
        r.error.offset = 13; // after {"first": 1} and its newline
        r.textBytes = big.size();
        QVERIFY(r.isTruncated());
        pjl::RejectDialog dialog(r);
        dialog.show();
        QTRY_COMPARE(dialog.text().size(), big.size());
        QCOMPARE(dialog.text().toUtf8(), big);
    }

    // From a .gz, the record is inflated to and no further: damage later in its member (that only
    // its CRC would show) does not keep it from being shown.
    void truncatedRecordIsReadFromAGzipFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.json.gz"_s);
        const QByteArray big = "{\"pad\": \"" + QByteArray(200000, 'x') + "\", \"bad\": ]}";
        const QByteArray text =
            "{\"first\": 1}\n" + big + "\n" + QByteArray(300000, ' ') + "{\"last\": 42}\n";
        QVERIFY(pjl::test::writeFile(path, pjl::test::gzipWithSilentDamage(text)));
        RejectedRecord r = reject(path, 2, big.left(1000));
        r.error.offset = 13;
        r.textBytes = big.size();
        pjl::RejectDialog dialog(r);
        dialog.show();
        QTRY_COMPARE(dialog.text().size(), big.size());
        QCOMPARE(dialog.text().toUtf8(), big);
    }

    void memoryStaysBounded()
    {
        RejectsModel model;
        RejectedRecords batch;
        for (int i = 0; i < 1000; ++i)
            batch.append(reject(u"/d/a.json"_s, i + 1, QByteArray(100 << 10, 'y')));
        model.append(batch); // 100 MB offered: past the budget only previews are kept
        qint64 kept = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            kept += model.reject(row).text.size();
        QVERIFY(kept <= RejectsModel::kTextBudget + model.rowCount() * RejectsModel::kPreviewBytes);
        QCOMPARE(model.reject(999).text.size(), RejectsModel::kPreviewBytes);
        QCOMPARE(model.reject(999).textBytes, 100 << 10);
        QCOMPARE(model.total(), 1000);
    }
};

QTEST_MAIN(TestRejectsPanel)
#include "tst_rejectspanel.moc"
