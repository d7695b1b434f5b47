#include "filefingerprint.h"
#include "gzipmembercheck.h"
#include "loadjob.h"
#include "loadjournal.h"
#include "pgconnection.h"
#include "rejectwriter.h"
#include "sampledata.h"
#include "tablecompare.h"
#include "testserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;

namespace {

// The records of a rejects file in file order; *ok false when it cannot be read or a line is not one.
QList<RejectedRecord> readRejects(const QString &path, bool *ok)
{
    QList<RejectedRecord> records;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    while (*ok && !file.atEnd())
        records.append(RejectWriter::fromJsonLine(file.readLine(), ok));
    return records;
}

LoadReport runLoad(const LoadPlan &plan, LoadJob *job = nullptr)
{
    LoadJob local;
    LoadJob &j = job ? *job : local;
    QSignalSpy finished(&j, &LoadJob::finished);
    if (!j.start(plan))
        qFatal("job already running");
    if (!finished.wait(300000))
        qFatal("load did not finish");
    return j.report();
}

struct ProgressRun
{
    LoadReport report;
    QList<LoadProgress> snapshots;
};

// A load with a progress snapshot as often as the job makes one (every millisecond at most).
ProgressRun runWithProgress(const LoadPlan &plan, bool fileProgress)
{
    LoadJob job;
    job.setFileProgress(fileProgress);
    job.setProgressInterval(1);
    ProgressRun run;
    QObject::connect(&job, &LoadJob::progress,
                     [&run](const LoadProgress &progress) { run.snapshots.append(progress); });
    run.report = runLoad(plan, &job);
    return run;
}

// Every message a job logged, one per line.
QString messageText(const QSignalSpy &messages)
{
    QStringList said;
    for (const QList<QVariant> &m : messages)
        said.append(m.at(0).value<LogMessage>().text);
    return said.join(u'\n');
}

// Defined after the test class: Qt 6.4's moc misreads raw strings with an odd number of quotes.
QByteArrayList trickyRecords();
QByteArray forbiddenRecord();
QByteArray forbiddenRecordCanonical();
QByteArray forbiddenRecordCompact();

} // namespace

class TestLoadJob final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionSettings m_db;

    LoadPlan plan(const QStringList &paths, const QString &table)
    {
        LoadPlan p;
        p.connection = m_db;
        for (const QString &path : paths)
            p.sources.append({path, table});
        p.options.workers = 2;
        p.options.chunkRows = 700;
        return p;
    }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, content);
        return path;
    }

    QString sql(const QString &query)
    {
        QString error;
        const QString value = TestServer::instance().query(u"loadjob"_s, query, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestServer::instance().isUp(), qPrintable(TestServer::instance().error()));
        m_db = TestServer::instance().freshDatabase(u"loadjob"_s);
        QVERIFY(m_dir.isValid());
    }

    void lockTargetWaitsForBatchesStillOpen()
    {
        // A killed loader's backend may still be committing a batch when the rerun reads the
        // journal; the rerun must wait for it, or it would plan that batch again.
        PgConnection old, rerun;
        QVERIFY(old.open(m_db).isNull());
        QVERIFY(rerun.open(m_db).isNull());
        QVERIFY(old.exec("CREATE TABLE lock_wait (data jsonb NOT NULL)"));
        const auto oid = old.exec("SELECT 'lock_wait'::regclass::oid");
        QVERIFY(oid);
        const quint32 tableOid = quint32(oid->toInt64(0, 0));
        QVERIFY(LoadJournal::ensureSchema(old).isNull());
        QVERIFY(old.exec(LoadJournal::beginBatch(tableOid)));

        std::atomic_bool stop = false;
        std::atomic_bool waited = false;
        QFuture<Error> locking = QtConcurrent::run(
            [&] { return LoadJournal::lockTarget(rerun, tableOid, stop, [&] { waited = true; }); });
        QTest::qWait(400);
        QVERIFY(!locking.isFinished());
        QVERIFY(waited);
        QVERIFY(old.exec("COMMIT"));
        QTRY_VERIFY_WITH_TIMEOUT(locking.isFinished(), 5000);
        QVERIFY2(locking.result().isNull(), qPrintable(locking.result().toString()));

        // The run lock itself stays with the rerun; the batch lock was only looked at.
        PgConnection third;
        QVERIFY(third.open(m_db).isNull());
        QVERIFY(third.exec(LoadJournal::beginBatch(tableOid)));
        QVERIFY(third.exec("COMMIT"));
        std::atomic_bool thirdWaited = false;
        QFuture<Error> second = QtConcurrent::run(
            [&] { return LoadJournal::lockTarget(third, tableOid, stop, [&] { thirdWaited = true; }); });
        QTRY_VERIFY_WITH_TIMEOUT(thirdWaited.load(), 5000);
        stop = true;
        QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 5000);
        QCOMPARE(second.result().sqlState, u"57014"_s);
    }

    // A small file's journal row comes with its batches: each inserts it once, concurrent ones wait
    // for each other, and a row for the same path under another id fails the batch rather than
    // leave its ranges belonging to no file (a rerun would load them again).
    void newFileRowsCommitWithTheirBatches()
    {
        PgConnection a, b;
        QVERIFY(a.open(m_db).isNull());
        QVERIFY(b.open(m_db).isNull());
        QVERIFY(a.exec("CREATE TABLE new_rows (data jsonb NOT NULL)"));
        const auto oid = a.exec("SELECT 'new_rows'::regclass::oid");
        QVERIFY(oid);
        const quint32 tableOid = quint32(oid->toInt64(0, 0));
        QVERIFY(LoadJournal::ensureSchema(a).isNull());
        const auto ids = LoadJournal::reserveFileIds(a, 3);
        QVERIFY(ids);
        QCOMPARE(ids->size(), size_t(3));
        const auto fileOf = [&](int i) {
            LoadJournal::NewFile f;
            f.id = ids->at(size_t(i));
            // Written into the journal's SQL as literals: quotes, backslashes, "$1" and unicode.
            f.path = u"/data/it's \"new\" \\ $1 \u00fc-%1.json"_s.arg(i);
            f.fingerprint.size = 100 + i;
            f.fingerprint.headHash = f.fingerprint.tailHash = QByteArray::number(i).repeated(8);
            return f;
        };
        const auto batch = [&](qint64 fileId, qint64 first, qint64 last) {
            return std::vector<LoadJournal::BatchEntry>{{fileId, first, last, 0, 10, last - first + 1, 0}};
        };
        // Two batches of file 0 at once: the second waits for the first, then inserts nothing.
        QVERIFY(a.exec("BEGIN"));
        QVERIFY(b.exec("BEGIN"));
        QVERIFY(
            LoadJournal::recordBatch(a, batch(fileOf(0).id, 1, 5), {}, {}, tableOid, {fileOf(0)}).isNull());
        QFuture<Error> second = QtConcurrent::run([&] {
            return LoadJournal::recordBatch(b, batch(fileOf(0).id, 6, 9), {}, {}, tableOid,
                                            {fileOf(0), fileOf(1)});
        });
        QTest::qWait(300);
        QVERIFY(!second.isFinished());
        QVERIFY(a.exec("COMMIT"));
        QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 5000);
        QVERIFY2(second.result().isNull(), qPrintable(second.result().toString()));
        QVERIFY(b.exec("COMMIT"));
        const auto rows = a.exec("SELECT file_id, path, size, head_hash, tail_hash FROM pgjsonload.files "
                                 "WHERE target = 'new_rows'::regclass ORDER BY file_id");
        QVERIFY(rows);
        QCOMPARE(rows->rows(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(rows->toInt64(i, 0), fileOf(i).id);
            QCOMPARE(rows->text(i, 1), fileOf(i).path);
            QCOMPARE(rows->toInt64(i, 2), fileOf(i).fingerprint.size);
            QCOMPARE(rows->bytes(i, 3), fileOf(i).fingerprint.headHash);
            QCOMPARE(rows->bytes(i, 4), fileOf(i).fingerprint.tailHash);
        }
        // The same path under a new id: refused, and nothing of that batch is left.
        LoadJournal::NewFile again = fileOf(1);
        again.id = ids->at(2);
        QVERIFY(a.exec("BEGIN"));
        const Error e = LoadJournal::recordBatch(a, batch(again.id, 1, 3), {}, {}, tableOid, {again});
        QVERIFY(a.exec("ROLLBACK"));
        QVERIFY2(e.message.contains(again.path), qPrintable(e.toString()));
        const auto orphans =
            a.exec("SELECT count(*) FROM pgjsonload.batches WHERE file_id = " + QByteArray::number(again.id));
        QVERIFY(orphans);
        QCOMPARE(orphans->toInt64(0, 0), 0);
    }

    void everyFraming_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArrayList>("records");
        const QByteArrayList records = sampleRecords(3000, 7);
        const QByteArrayList objects = sampleRecords(3000, 8, true);
        QTest::newRow("ndjson") << u"f1.ndjson"_s << asNdjson(records) << records;
        QTest::newRow("broken array") << u"f2.json"_s << asBrokenArray(records) << records;
        QTest::newRow("array") << u"f3.json"_s << asArray(records) << records;
        QTest::newRow("pretty array") << u"f4.json"_s << asPrettyArray(objects) << objects;
        QTest::newRow("concatenated pretty") << u"f5.json"_s << asConcatenated(records) << records;
        QTest::newRow("gzip broken array") << u"f6.json.gz"_s << gzip(asBrokenArray(records)) << records;
        QTest::newRow("crlf and blank lines")
            << u"f7.jsonl"_s << QByteArray("\xEF\xBB\xBF" + records.join("\r\n\r\n") + "\r\n") << records;
    }

    void everyFraming()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QByteArrayList, records);
        const QString table = u"framing_"_s + QString(name).replace(u'.', u'_');
        const LoadReport report = runLoad(plan({file(name, content)}, table));
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsRejected, 0);
        QCOMPARE(report.rowsLoaded, records.size());
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.files[0].state, FileState::Loaded);
        const TableDiff diff = compareTable(m_db, u"\"%1\""_s.arg(table), records);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
    }

    // By default the server is the first to see these records (they go unchecked), and the batch it
    // refuses is validated by the worker; validated first, the reader rejects them. The table, the
    // rejects and their messages are the same either way.
    // Gzipped, the records are in one member too large to be checked ahead: they are held in a
    // transaction left open until its CRC is known, each batch under a savepoint, so a batch the
    // server refuses is taken back alone and sent again (SinkWorker). The rejects are the same.
    void badRecordsAmongGood_data()
    {
        QTest::addColumn<bool>("validateFirst");
        QTest::addColumn<bool>("gzipped");
        QTest::newRow("left to the server") << false << false;
        QTest::newRow("validated first") << true << false;
        QTest::newRow("left to the server, gzipped") << false << true;
        QTest::newRow("validated first, gzipped") << true << true;
    }

    void badRecordsAmongGood()
    {
        QFETCH(bool, validateFirst);
        QFETCH(bool, gzipped);
        const QByteArrayList good = sampleRecords(60000, 3, true);
        const QList<QPair<QByteArray, QString>> bad = {
            {"{\"a\": tru}", u"22P02"_s},
            {"{\"a\": \"\\u0000\"}", u"22P05"_s},
            {"{\"a\": \"\xff\xfe\"}", u"22021"_s},
            {"{\"a\": 1e-99999}", u"22003"_s},
            {"{\"a\": \"\\udc00\"}", u"22P02"_s},
            {"{\"a\": [1, 2}", u"22P02"_s},
            {"{\"a\": \"unterminated}", u"22P02"_s},
            {"{\"a\": 1,}", u"22P02"_s},
        };
        QByteArrayList lines;
        QList<int> badLines;
        for (int i = 0; i < good.size(); ++i) {
            lines.append(good[i]);
            if (i % 1500 == 10 && badLines.size() < bad.size()) {
                lines.append(bad[badLines.size()].first);
                badLines.append(lines.size()); // 1-based line of the bad record
            }
        }
        lines.append("{\"truncated\": [1, 2"); // the file was cut while being written
        const QString tag = u"%1_%2"_s.arg(int(validateFirst)).arg(int(gzipped));
        const QString rejectsPath = m_dir.filePath(u"bad.rejects.%1.ndjson"_s.arg(tag));
        const QString table = u"bad_records_%1"_s.arg(tag);
        const QByteArray text = lines.join('\n');
        QVERIFY2(text.size() > GzipMemberCheck::kDefaultKeepLimit, QByteArray::number(text.size()));
        const QString path = gzipped ? file(u"bad.ndjson.gz"_s, gzip(text)) : file(u"bad.ndjson"_s, text);
        LoadPlan p = plan({path}, table);
        p.options.rejectsPath = rejectsPath;
        p.options.validateFirst = validateFirst;
        LoadJob job;
        QSignalSpy messages(&job, &LoadJob::message);
        const LoadReport report = runLoad(p, &job);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsLoaded, good.size());
        QCOMPARE(report.rowsRejected, bad.size() + 1);
        QCOMPARE(report.exitCode(), 3);
        QCOMPARE(report.rejectsPath, rejectsPath);
        const TableDiff diff = compareTable(m_db, table, good);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        int switches = 0;
        for (const QList<QVariant> &m : messages)
            switches += m.at(0).value<LogMessage>().text.contains(u"From now on every record is checked"_s);
        QCOMPARE(switches, validateFirst ? 0 : 1);

        bool ok = false;
        const QList<RejectedRecord> rejects = readRejects(rejectsPath, &ok);
        QVERIFY(ok);
        QStringList described;
        for (const RejectedRecord &r : rejects)
            described.append(u"%1 %2 %3 %4 %5 %6 %7"_s.arg(r.error.record)
                                 .arg(r.error.line)
                                 .arg(r.error.offset)
                                 .arg(r.error.sqlState, r.error.message, QString::fromUtf8(r.text.toHex()))
                                 .arg(r.textBytes));
        described.sort();
        static QStringList firstRun; // the rows' rejects must not differ in anything
        if (firstRun.isEmpty())
            firstRun = described;
        else
            QCOMPARE(described, firstRun);
        QMap<qint64, RejectedRecord> byLine;
        for (const RejectedRecord &r : rejects)
            byLine.insert(r.error.line, r);
        QCOMPARE(byLine.size(), bad.size() + 1);
        for (int i = 0; i < badLines.size(); ++i) {
            const RejectedRecord r = byLine.value(badLines[i]);
            QCOMPARE(r.error.record, qint64(badLines[i])); // one record per line here
            QCOMPARE(r.error.file, QFileInfo(path).absoluteFilePath());
            QCOMPARE(r.error.sqlState, bad[i].second);
            QVERIFY(!r.error.message.isEmpty());
            QVERIFY(bad[i].first.startsWith(r.text.left(6)));
        }
        QVERIFY(byLine.last().text.startsWith("{\"truncated\""));
        QVERIFY(byLine.last().error.message.contains(u"truncated"_s));
    }

    // Pretty-printed records are rewritten (compact form) without being validated: a bad one is
    // still rejected, as the same record, line and offset with the same SQLSTATE as when every
    // record is validated first. Only its text differs: it is shown as it was sent.
    void badPrettyRecordsAmongGood()
    {
        const QByteArrayList good = sampleRecords(300, 5, true);
        const QList<QPair<QByteArray, QString>> bad = {
            {"{\n  \"b\": 1,\n  \"a\": tru\n}", u"22P02"_s},
            {"{\n  \"a\": \"\\u0000\"\n}", u"22P05"_s},
            {"{\n  \"z\": [1, 2],\n  \"a\": 1e-99999\n}", u"22003"_s},
            {"{\n  \"a\": 1,\n  \"a\": tru\n}", u"22P02"_s}, // a duplicate key: kept, compact
        };
        QByteArrayList values;
        for (int i = 0; i < good.size(); ++i) {
            values.append(prettyPrint(good[i], 2));
            if (i % 70 == 20 && i / 70 < bad.size())
                values.append(bad[i / 70].first);
        }
        const QString path = file(u"bad-pretty.json"_s, values.join('\n') + '\n');
        QMap<bool, QStringList> described;
        for (const bool validateFirst : {false, true}) {
            const QString table = u"bad_pretty_%1"_s.arg(int(validateFirst));
            const QString rejectsPath = m_dir.filePath(table + u".rejects.ndjson"_s);
            LoadPlan p = plan({path}, table);
            p.options.rejectsPath = rejectsPath;
            p.options.validateFirst = validateFirst;
            const LoadReport report = runLoad(p);
            QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
            QCOMPARE(report.rowsLoaded, good.size());
            QCOMPARE(report.rowsRejected, bad.size());
            const TableDiff diff = compareTable(m_db, table, good);
            QVERIFY2(diff.equal(), qPrintable(diff.describe()));
            bool ok = false;
            const QList<RejectedRecord> rejects = readRejects(rejectsPath, &ok);
            QVERIFY(ok);
            QCOMPARE(rejects.size(), bad.size());
            QList<RejectedRecord> inOrder = rejects;
            std::sort(inOrder.begin(), inOrder.end(), [](const RejectedRecord &a, const RejectedRecord &b) {
                return a.error.record < b.error.record;
            });
            for (int k = 0; k < bad.size(); ++k) {
                const RejectedRecord &r = inOrder[k];
                described[validateFirst].append(u"%1 %2 %3 %4"_s.arg(r.error.record)
                                                    .arg(r.error.line)
                                                    .arg(r.error.offset)
                                                    .arg(r.error.sqlState));
                QCOMPARE(r.error.sqlState, bad[k].second);
                // As read when validated first, else as read again after a refused stream, or as
                // sent when it was in a batch of its own the server refused.
                if (validateFirst)
                    QCOMPARE(r.text, bad[k].first);
                else
                    QVERIFY2(r.text == bad[k].first || r.text.size() < bad[k].first.size(),
                             r.text.constData());
            }
            described[validateFirst].sort();
        }
        QCOMPARE(described[false], described[true]);
    }

    // After the server refused a batch of unchecked records, the reader validates every record:
    // a bad record much later in the load is rejected before it is sent, not by a second refusal.
    // A worker's batches go in one COPY and commit together, every commitBytes; 0: each batch in
    // a transaction of its own. The rows of a transaction share its xmin.
    void streamedBatchesCommitTogether_data()
    {
        QTest::addColumn<qint64>("commitBytes");
        QTest::newRow("default") << LoadOptions().commitBytes;
        QTest::newRow("every 256 KiB") << qint64(256 << 10);
        QTest::newRow("every batch") << qint64(0);
    }

    void streamedBatchesCommitTogether()
    {
        QFETCH(qint64, commitBytes);
        const QByteArrayList records = sampleRecords(30000, 41, true);
        const QByteArray text = records.join('\n');
        // Larger than a file fingerprinted while read, whose first batch carries its journal row.
        QVERIFY2(!FileFingerprint::hashesWholeFile(text.size()), QByteArray::number(text.size()));
        const QString table = u"streamed_%1"_s.arg(commitBytes);
        LoadPlan p = plan({file(table + u".ndjson"_s, text)}, table);
        p.options.workers = 1;
        p.options.chunkRows = 500;
        p.options.commitBytes = commitBytes;
        const LoadReport report = runLoad(p);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsLoaded, records.size());
        const TableDiff diff = compareTable(m_db, table, records);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        QCOMPARE(sql(u"SELECT sum(b.rows) FROM pgjsonload.batches b JOIN pgjsonload.files f USING (file_id) "
                     "WHERE f.target = '%1'::regclass"_s.arg(table))
                     .toLongLong(),
                 records.size());
        const int transactions = sql(u"SELECT count(DISTINCT xmin::text) FROM %1"_s.arg(table)).toInt();
        const int batches = int(records.size() / 500);
        if (commitBytes == 0)
            QVERIFY2(transactions >= batches, qPrintable(QString::number(transactions)));
        else if (commitBytes >= text.size())
            QCOMPARE(transactions, 1);
        else
            QVERIFY2(transactions >= text.size() / (commitBytes + (256 << 10)) &&
                         transactions <= text.size() / commitBytes + 1,
                     qPrintable(QString::number(transactions)));
    }

    // A row the server refuses in a COPY that spans batches: the batches sent in it are read again
    // (checked here this time), every batch commits on its own from then on, and the result is the
    // one a load that validated first would have.
    void refusedRowInAStream()
    {
        QByteArrayList lines = sampleRecords(20000, 43, true);
        const QByteArrayList good = lines;
        lines.insert(15000, "{\"streamed\": tru}");
        const QString rejectsPath = m_dir.filePath(u"in-stream.rejects.ndjson"_s);
        LoadPlan p = plan({file(u"in-stream.ndjson"_s, lines.join('\n'))}, u"refused_in_stream"_s);
        p.options.workers = 1;
        p.options.chunkRows = 500;
        p.options.rejectsPath = rejectsPath;
        LoadJob job;
        QSignalSpy messages(&job, &LoadJob::message);
        const LoadReport report = runLoad(p, &job);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsLoaded, good.size());
        QCOMPARE(report.rowsRejected, 1);
        const TableDiff diff = compareTable(m_db, u"refused_in_stream"_s, good);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        const QString all = messageText(messages);
        QCOMPARE(all.count(u"sent with it in one COPY are read again"_s), 1);
        QCOMPARE(all.count(u"From now on every record is checked"_s), 1);
        QVERIFY2(all.contains(u"Reading again"_s), qPrintable(all));
        bool ok = false;
        const QList<RejectedRecord> rejects = readRejects(rejectsPath, &ok);
        QVERIFY(ok);
        QCOMPARE(rejects.size(), 1);
        QCOMPARE(rejects[0].error.line, 15001);
        QCOMPARE(rejects[0].error.sqlState, u"22P02"_s);
        QCOMPARE(
            sql(u"SELECT sum(b.rows) || ' ' || sum(b.rejects) FROM pgjsonload.batches b "
                "JOIN pgjsonload.files f USING (file_id) WHERE f.target = 'refused_in_stream'::regclass"_s),
            u"%1 1"_s.arg(good.size()));
    }

    // The connection of a worker is cut while its COPY spans batches: those batches are lost with
    // the transaction, the worker reconnects and goes on, and another round reads them again.
    void connectionLostMidStream()
    {
        const QByteArrayList records = sampleRecords(40000, 47, true);
        LoadPlan p = plan({file(u"cut.ndjson"_s, records.join('\n'))}, u"cut_stream"_s);
        p.options.workers = 1;
        p.options.chunkRows = 500;
        LoadJob job;
        job.setProgressInterval(1);
        QSignalSpy messages(&job, &LoadJob::message);
        bool cut = false;
        connect(&job, &LoadJob::progress, this, [&](const LoadProgress &progress) {
            if (!cut && progress.rowsLoaded >= 5000) {
                cut = true;
                sql(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'BEGIN; SELECT "
                    "pg_advisory_xact_lock_shared%COPY%cut_stream%' AND pid <> pg_backend_pid()"_s);
            }
        });
        const LoadReport report = runLoad(p, &job);
        QVERIFY(cut);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsLoaded, records.size());
        const TableDiff diff = compareTable(m_db, u"cut_stream"_s, records);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        const QString all = messageText(messages);
        QVERIFY2(all.contains(u"in a transaction not yet committed were lost with the connection"_s),
                 qPrintable(all));
        QVERIFY2(all.contains(u"Reading again"_s), qPrintable(all));
        // And a rerun finds everything loaded.
        const LoadReport again = runLoad(p);
        QCOMPARE(again.rowsLoaded, 0);
        QCOMPARE(sql(u"SELECT count(*) FROM cut_stream"_s).toInt(), records.size());
    }

    // A statement_timeout shorter than a COPY spanning batches: that COPY's records are read again,
    // and every batch commits on its own (each a short COPY) from then on.
    void statementTimeoutEndsStreaming()
    {
        const QByteArrayList records = sampleRecords(250000, 53, true);
        LoadPlan p = plan({file(u"timeout.ndjson"_s, records.join('\n'))}, u"timed_out"_s);
        p.options.workers = 1;
        p.options.chunkRows = 500;
        QCOMPARE(sql(u"CREATE TABLE timed_out (data jsonb NOT NULL)"_s), QString());
        sql(u"ALTER DATABASE loadjob SET statement_timeout = '200ms'"_s);
        LoadJob job;
        QSignalSpy messages(&job, &LoadJob::message);
        const LoadReport report = runLoad(p, &job);
        sql(u"ALTER DATABASE loadjob RESET statement_timeout"_s);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsLoaded, records.size());
        const TableDiff diff = compareTable(m_db, u"timed_out"_s, records);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        const QString all = messageText(messages);
        QCOMPARE(all.count(u"The server cancelled a COPY to"_s), 1);
        QVERIFY2(all.contains(u"Reading again"_s), qPrintable(all));
    }

    void refusalSwitchesToValidateFirst()
    {
        QByteArrayList lines = sampleRecords(3000, 17, true);
        const QByteArrayList good = lines;
        lines.insert(2500, "{\"late\": nul}");
        lines.insert(50, "{\"early\": tru}");
        LoadPlan p = plan({file(u"twice.ndjson"_s, lines.join('\n'))}, u"refused_once"_s);
        p.options.workers = 1; // its queue holds 2 batches: the one at record 2500 is read long after
        p.options.chunkRows = 100;
        LoadJob job;
        QSignalSpy messages(&job, &LoadJob::message);
        const LoadReport report = runLoad(p, &job);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsLoaded, good.size());
        QCOMPARE(report.rowsRejected, 2);
        const TableDiff diff = compareTable(m_db, u"refused_once"_s, good);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        QStringList refusals;
        for (const QList<QVariant> &m : messages) {
            const QString text = m.at(0).value<LogMessage>().text;
            if (text.contains(u"refused a batch"_s) || text.contains(u"refused a record"_s))
                refusals.append(text);
        }
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals[0].contains(u"refused_once"_s) && refusals[0].contains(u"From now on"_s),
                 qPrintable(refusals[0]));
    }

    // What only the server can judge (nesting deeper than its stack, the table's own constraints)
    // is isolated in its batch; the rest of the batch loads.
    void serverRejectsAreIsolated()
    {
        QCOMPARE(sql(u"CREATE TABLE checked (data jsonb NOT NULL CHECK (NOT data ? 'forbidden'))"_s),
                 QString());
        QByteArrayList lines = sampleRecords(1000, 11, true);
        QByteArrayList expected = lines;
        lines.insert(100, "{\"forbidden\": 1}");
        lines.insert(500, QByteArray(60000, '[') + QByteArray(60000, ']'));
        lines.insert(501, "{\"forbidden\": 2}");
        LoadPlan p = plan({file(u"server.ndjson"_s, lines.join('\n'))}, u"checked"_s);
        p.options.chunkRows = 10000; // everything in one batch
        const LoadReport report = runLoad(p);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsRejected, 3);
        QCOMPARE(report.rowsLoaded, expected.size());
        const TableDiff diff = compareTable(m_db, u"checked"_s, expected);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
    }

    // The canonical form (each object's keys in jsonb's order, no whitespace) and the records as
    // read give the same table, value for value and text for text; so does the default, which
    // sends pretty-printed records compact (whitespace dropped, keys as written), and so does it
    // in text COPY.
    void canonicalEqualsRaw_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<int>("rows");

        // Every JSONTestSuite y_ case PostgreSQL accepts, one file each.
        QStringList cases;
        for (const JsonTestSuiteCase &c : jsonTestSuiteCases()) {
            if (c.name.startsWith(u"y_"_s) && c.pgAccepts)
                cases.append(c.path);
        }
        QCOMPARE(cases.size(), 93);
        QTest::newRow("JSONTestSuite y_") << cases << -1;

        QTest::newRow("GitHub events")
            << QStringList{QStringLiteral(PJL_SHARED_TESTDATA) +
                           u"/realworld/github-events/github_events_2015.json.gz"_s}
            << 198024;

        // Tricky records, one deep and one wide object, and ordinary ones, some pretty-printed.
        QByteArrayList tricky = trickyRecords();
        QByteArray deep;
        for (int i = 0; i < 3000; ++i)
            deep += i % 2 ? "[" : "{\"k\": ";
        deep += "1";
        for (int i = 2999; i >= 0; --i)
            deep += i % 2 ? "]" : "}";
        tricky.append(deep);
        QByteArray wide = "{";
        for (int i = 999; i >= 0; --i)
            wide += "\"key" + QByteArray::number(i * 7919 % 1000) + "\": " + QByteArray::number(i) +
                    (i ? ", " : "}");
        tricky.append(wide);
        tricky += sampleRecords(2000, 17, true);
        QTest::newRow("generated") << QStringList{file(u"tricky.ndjson"_s, tricky.join('\n'))}
                                   << int(tricky.size());
    }

    void canonicalEqualsRaw()
    {
        QFETCH(QStringList, paths);
        QFETCH(int, rows);
        static int run = 0;
        ++run;
        const QString raw = u"raw_%1"_s.arg(run);
        LoadPlan r = plan(paths, raw);
        r.options.chunkRows = 5000;
        r.options.recordForm = RecordForm::AsRead;
        const LoadReport rr = runLoad(r);
        QVERIFY2(rr.fatal.isNull(), qPrintable(rr.fatal.toString()));
        QCOMPARE(rr.rowsRejected, 0);
        QVERIFY(rr.rowsLoaded > 0);
        if (rows >= 0)
            QCOMPARE(rr.rowsLoaded, qint64(rows));
        const QString text = u"SELECT md5(string_agg(data::text, E'\\n' ORDER BY data::text)) FROM %1"_s;
        if (rows == 198024)
            QCOMPARE(sql(text.arg(raw)), u"eaec5f86e0431988129f5f29ccd96b17"_s);

        // Each form in binary COPY, and the default one in text COPY (every byte escaped there).
        const std::pair<RecordForm, CopyFormat> variants[] = {{RecordForm::Canonical, CopyFormat::Binary},
                                                              {RecordForm::Auto, CopyFormat::Binary},
                                                              {RecordForm::Auto, CopyFormat::Text}};
        for (const auto &[form, format] : variants) {
            const QString table = u"%1%2_%3"_s
                                      .arg(form == RecordForm::Canonical ? u"canonical"_s : u"auto"_s,
                                           format == CopyFormat::Text ? u"_text"_s : QString())
                                      .arg(run);
            LoadPlan c = r;
            for (LoadSource &source : c.sources)
                source.table = table;
            c.options.recordForm = form;
            c.options.copyFormat = format;
            const LoadReport rc = runLoad(c);
            QVERIFY2(rc.fatal.isNull(), qPrintable(rc.fatal.toString()));
            QCOMPARE(rc.rowsRejected, 0);
            QCOMPARE(rc.rowsLoaded, rr.rowsLoaded);
            const QString missing =
                u"SELECT count(*) FROM (SELECT data FROM %1 EXCEPT ALL SELECT data FROM %2) x"_s;
            QCOMPARE(sql(missing.arg(table, raw)), u"0"_s);
            QCOMPARE(sql(missing.arg(raw, table)), u"0"_s);
            QCOMPARE(sql(text.arg(table)), sql(text.arg(raw)));
        }
    }

    // A record only the server rejects is reported as it was sent, which also shows which form
    // each setting sends: by default the pretty-printed record compact and the one-line record as
    // read; --canonical both canonical; --raw both as read.
    void serverRejectShowsWhatWasSent()
    {
        QCOMPARE(sql(u"CREATE TABLE sent (data jsonb NOT NULL CHECK (NOT data ? 'forbidden'))"_s), QString());
        const QByteArray oneLine = forbiddenRecord();
        const QByteArray pretty = prettyPrint(oneLine, 2);
        QVERIFY(pretty.contains('\n'));
        const QString path = file(u"sent.ndjson"_s, "{\"ok\": 1}\n" + oneLine + "\n" + pretty + "\n");
        const QByteArray canonical = forbiddenRecordCanonical();
        const QByteArray compact = forbiddenRecordCompact();
        for (const RecordForm form : {RecordForm::Auto, RecordForm::Canonical, RecordForm::AsRead}) {
            const QString rejectsPath = m_dir.filePath(u"sent-%1.rejects.ndjson"_s.arg(int(form)));
            LoadPlan p = plan({path}, u"sent"_s);
            p.options.recordForm = form;
            p.options.reload = true;
            p.options.rejectsPath = rejectsPath;
            LoadJob job;
            QSignalSpy messages(&job, &LoadJob::message);
            const LoadReport report = runLoad(p, &job);
            QCOMPARE(report.rowsRejected, 2);
            // The test server runs here: compact, and the log says why. (A server elsewhere gets
            // the canonical form, as with RecordForm::Canonical.)
            int said = 0;
            for (const QList<QVariant> &m : messages)
                said += m.at(0).value<LogMessage>().text.contains(u"shares this computer's CPU"_s);
            QCOMPARE(said, form == RecordForm::Auto ? 1 : 0);
            bool ok = false;
            const QList<RejectedRecord> rejects = readRejects(rejectsPath, &ok);
            QVERIFY(ok);
            QMap<qint64, QByteArray> text;
            for (const RejectedRecord &r : rejects)
                text.insert(r.error.record, r.text);
            QCOMPARE(text.value(2), form == RecordForm::Canonical ? canonical : oneLine);
            QCOMPARE(text.value(3), form == RecordForm::AsRead      ? pretty
                                    : form == RecordForm::Canonical ? canonical
                                                                    : compact);
        }
    }

    void truncatedPrettyFile()
    {
        const QByteArrayList records = sampleRecords(400, 5, true);
        const QByteArray pretty = asPrettyArray(records);
        // Cut in the middle of record 201.
        const qsizetype cut = pretty.indexOf(prettyPrint(records[200], 4, 4)) + 20;
        const LoadReport report = runLoad(plan({file(u"cut.json"_s, pretty.left(cut))}, u"truncated"_s));
        QCOMPARE(report.rowsLoaded, 200);
        QCOMPARE(report.rowsRejected, 1);
        const TableDiff diff = compareTable(m_db, u"truncated"_s, records.mid(0, 200));
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
    }

    void manySmallFilesShareTransactions()
    {
        QByteArrayList all;
        QStringList paths;
        for (int f = 0; f < 1500; ++f) {
            const QByteArrayList records = sampleRecords(4 + f % 5, 1000 + f, true);
            all += records;
            paths.append(
                file(u"small/part-%1.json"_s.arg(f, 5, 10, QLatin1Char('0')), asBrokenArray(records)));
        }
        LoadPlan p = plan({m_dir.filePath(u"small"_s)}, u"small_files"_s);
        p.options.chunkRows = 1000;
        const LoadReport report = runLoad(p);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.files.size(), 1500);
        QCOMPARE(report.rowsLoaded, all.size());
        for (const FileReport &f : report.files)
            QCOMPARE(f.state, FileState::Loaded);
        const TableDiff diff = compareTable(m_db, u"small_files"_s, all);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        // Rows committed together share their inserting transaction: batches span files.
        const int transactions = sql(u"SELECT count(DISTINCT xmin::text) FROM small_files"_s).toInt();
        QVERIFY2(transactions <= int(all.size() / 1000) + 2, qPrintable(QString::number(transactions)));
    }

    // Each file goes to its own table, even when the tables alternate and batches would span files.
    void filesToSeveralTables()
    {
        const QByteArrayList a = sampleRecords(900, 61), b = sampleRecords(30, 62),
                             c = sampleRecords(1500, 63);
        LoadPlan p = plan({}, QString());
        p.sources = {{file(u"mt_a.ndjson"_s, asNdjson(a)), u"mt_one"_s},
                     {file(u"mt_b.json"_s, asArray(b)), u"mt_two"_s},
                     {file(u"mt_c.json"_s, asBrokenArray(c)), u"mt_one"_s}};
        const LoadReport report = runLoad(p);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsLoaded, a.size() + b.size() + c.size());
        TableDiff diff = compareTable(m_db, u"mt_one"_s, a + c);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        diff = compareTable(m_db, u"mt_two"_s, b);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
    }

    void hugeRecord()
    {
        QByteArray huge = "{\"blob\":[";
        for (int i = 0; huge.size() < (24 << 20); ++i)
            huge += "{\"i\":" + QByteArray::number(i) + ",\"s\":\"\\u00e9\\\"x\\\\y\"},";
        huge.chop(1);
        huge += "]}";
        const QByteArrayList records = {"{\"before\":1}", huge, "{\"after\":2}"};
        LoadPlan p = plan({file(u"huge.json"_s, asBrokenArray(records))}, u"huge"_s);
        p.options.chunkBytes = 1 << 20; // the record is far bigger than a batch: a batch of its own
        const LoadReport report = runLoad(p);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsLoaded, 3);
        const TableDiff diff = compareTable(m_db, u"huge"_s, records);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
    }

    void quotedIdentifiers()
    {
        const QString before = sql(
            u"SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relnamespace::regnamespace::text <> 'pgjsonload'"_s);
        QCOMPARE(sql(u"CREATE TABLE y (i int)"_s), QString());
        QCOMPARE(sql(u"CREATE SCHEMA analytics"_s), QString());
        const QByteArrayList records = sampleRecords(50, 2);
        const QString path = file(u"q.ndjson"_s, asNdjson(records));
        QCOMPARE(runLoad(plan({path}, u"\"x\"\"; drop table y; --\""_s)).rowsLoaded, 50);
        QCOMPARE(runLoad(plan({path}, u"analytics.\"Track Events\""_s)).rowsLoaded, 50);
        QCOMPARE(runLoad(plan({path}, u"Analytics.Mixed_Case"_s)).rowsLoaded, 50);
        QCOMPARE(sql(u"SELECT count(*) FROM \"x\"\"; drop table y; --\""_s), u"50"_s);
        QCOMPARE(sql(u"SELECT count(*) FROM analytics.\"Track Events\""_s), u"50"_s);
        QCOMPARE(sql(u"SELECT count(*) FROM analytics.mixed_case"_s), u"50"_s);
        QCOMPARE(sql(u"SELECT count(*) FROM y"_s), u"0"_s); // still there
        QCOMPARE(
            sql(u"SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relnamespace::regnamespace::text <> 'pgjsonload'"_s)
                .toInt(),
            before.toInt() + 4);
    }

    void invalidTableNameCreatesNothing()
    {
        const QString before = sql(u"SELECT count(*) FROM pg_class"_s);
        const LoadReport report = runLoad(plan({file(u"n.ndjson"_s, "{}\n")}, u"bad name; drop"_s));
        QVERIFY(!report.fatal.isNull());
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(report.rowsLoaded, 0);
        QCOMPARE(sql(u"SELECT count(*) FROM pg_class"_s), before);
    }

    void missingFileIsFatalBeforeLoading()
    {
        const LoadReport report =
            runLoad(plan({file(u"ok.ndjson"_s, "{}\n"), m_dir.filePath(u"missing.json"_s)}, u"missing"_s));
        QCOMPARE(report.exitCode(), 1);
        QVERIFY(report.fatal.message.contains(u"missing.json"_s));
        QCOMPARE(sql(u"SELECT to_regclass('missing') IS NULL"_s), u"t"_s);
    }

    void existingTablesOfOtherShapes()
    {
        QCOMPARE(sql(u"CREATE TABLE as_json (data json)"_s), QString());
        QCOMPARE(
            sql(u"CREATE TABLE as_text (id bigserial PRIMARY KEY, data text, loaded_at timestamptz DEFAULT now())"_s),
            QString());
        const QByteArrayList records = sampleRecords(300, 4);
        const QString path = file(u"shapes.json"_s, asPrettyArray(sampleRecords(300, 4, true)));
        const QString ndjson = file(u"shapes.ndjson"_s, asNdjson(records));
        QCOMPARE(runLoad(plan({ndjson}, u"as_json"_s)).rowsLoaded, 300);
        QCOMPARE(runLoad(plan({path}, u"as_text"_s)).rowsLoaded, 300);
        // json and text keep the text exactly as it was in the file.
        QByteArrayList stored =
            TestServer::instance().queryColumn(u"loadjob"_s, u"SELECT data FROM as_json"_s);
        QByteArrayList sorted = records;
        std::sort(stored.begin(), stored.end());
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(stored, sorted);
        QCOMPARE(
            sql(u"SELECT count(*) FROM as_text WHERE loaded_at IS NOT NULL AND data::jsonb IS NOT NULL"_s),
            u"300"_s);
        QCOMPARE(sql(u"CREATE TABLE wrong_type (data int)"_s), QString());
        const LoadReport wrong = runLoad(plan({ndjson}, u"wrong_type"_s));
        QCOMPARE(wrong.exitCode(), 1);
        QVERIFY(wrong.fatal.message.contains(u"integer"_s));
    }

    void noCreateFailsOnMissingTable()
    {
        LoadPlan p = plan({file(u"nc.ndjson"_s, "{}\n")}, u"not_there"_s);
        p.options.createTable = false;
        const LoadReport report = runLoad(p);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(report.fatal.sqlState, u"42P01"_s);
    }

    void truncateFirst()
    {
        const QString path = file(u"twice.ndjson"_s, asNdjson(sampleRecords(100, 9)));
        QCOMPARE(runLoad(plan({path}, u"twice"_s)).rowsLoaded, 100);
        LoadPlan p = plan({path}, u"twice"_s);
        p.options.truncateFirst = true;
        QCOMPARE(runLoad(p).rowsLoaded, 100);
        QCOMPARE(sql(u"SELECT count(*) FROM twice"_s), u"100"_s);
    }

    // Real data nobody on this project wrote: 198,024 GitHub events, one pretty-printed gzip array.
    // A file that ends where a batch ends gets its end marker (an empty range) in the next batch,
    // which may commit while the batch before it does not (two workers, a killed loader). The
    // rerun then sends the missing range, and when its batch ends at the same record, it makes the
    // same end marker again: already in the journal, and no reason to fail the load.
    void resumeWhenOnlyTheEndMarkerCommitted()
    {
        QByteArrayList records;
        for (int i = 1; i <= 1000; ++i)
            records.append("{\"n\": " + QByteArray::number(i) + "}");
        LoadPlan p = plan({file(u"edge.ndjson"_s, records.join('\n') + '\n')}, u"edge"_s);
        p.options.chunkRows = 500; // batches end at records 500 and 1000: the marker goes alone
        p.options.workers = 1;
        LoadReport report = runLoad(p);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        const QString ranges =
            u"SELECT string_agg(first_record || '-' || last_record, ',' ORDER BY first_record) "
            "FROM pgjsonload.batches b JOIN pgjsonload.files f USING (file_id) "
            "WHERE f.target = 'edge'::regclass"_s;
        QCOMPARE(sql(ranges), u"1-500,501-1000,1001-1000"_s);

        // The batch of records 501-1000 never committed; the end marker did.
        QCOMPARE(sql(u"DELETE FROM edge WHERE (data->>'n')::int > 500"_s), QString());
        QCOMPARE(sql(u"DELETE FROM pgjsonload.batches b USING pgjsonload.files f WHERE b.file_id = f.file_id "
                     "AND f.target = 'edge'::regclass AND b.first_record = 501"_s),
                 QString());
        report = runLoad(p);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsLoaded, 500);
        QCOMPARE(report.files[0].state, FileState::Loaded);
        QCOMPARE(sql(ranges), u"1-500,501-1000,1001-1000"_s);
        const TableDiff diff = compareTable(m_db, u"edge"_s, records);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
    }

    void githubEvents()
    {
        const QString path =
            QStringLiteral(PJL_SHARED_TESTDATA) + u"/realworld/github-events/github_events_2015.json.gz"_s;
        QVERIFY2(QFile::exists(path), "shared test data missing");
        LoadPlan p = plan({path}, u"github_events"_s);
        p.options.chunkRows = 10000;
        const LoadReport report = runLoad(p);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QCOMPARE(report.rowsLoaded, 198024);
        QCOMPARE(report.rowsRejected, 0);
        QCOMPARE(report.files[0].framing, Framing::Array);
        QCOMPARE(sql(u"SELECT count(*) FROM github_events"_s), u"198024"_s);
        QCOMPARE(sql(u"SELECT md5(string_agg(data::text, E'\\n' ORDER BY data::text)) FROM github_events"_s),
                 u"eaec5f86e0431988129f5f29ccd96b17"_s);
    }

    void progressAndCancel()
    {
        const QByteArrayList records = sampleRecords(60000, 21, true);
        LoadPlan p = plan({file(u"big.ndjson"_s, asNdjson(records))}, u"cancelled"_s);
        p.options.chunkRows = 500;
        p.options.workers = 1;
        LoadJob job;
        QList<LoadProgress> snapshots;
        bool cancelled = false;
        connect(&job, &LoadJob::progress, this, [&](const LoadProgress &progress) {
            snapshots.append(progress);
            if (!cancelled && progress.rowsLoaded >= 2000) {
                cancelled = true;
                job.cancel();
            }
        });
        const LoadReport report = runLoad(p, &job);
        QVERIFY(report.cancelled);
        QCOMPARE(report.exitCode(), 130);
        QVERIFY(report.rowsLoaded >= 2000);
        QVERIFY(report.rowsLoaded < records.size());
        // Only whole batches landed, and exactly the ones the report counts.
        const qint64 inTable = sql(u"SELECT count(*) FROM cancelled"_s).toLongLong();
        QCOMPARE(inTable, report.rowsLoaded);
        QCOMPARE(inTable % 500, 0);
        QCOMPARE(sql(u"SELECT sum(b.rows) FROM pgjsonload.batches b JOIN pgjsonload.files f USING (file_id) "
                     "WHERE f.target = 'cancelled'::regclass"_s)
                     .toLongLong(),
                 inTable);
        QCOMPARE(report.files[0].state, FileState::Stopped);
        QVERIFY(!snapshots.isEmpty());
        QCOMPARE(snapshots.last().files.size(), 1); // the final snapshot carries every file
    }

    // Without file progress (the CLI) snapshots carry the totals and no file entries; with it (the
    // default) each file shows up as it changes.
    void progressTotalsOnly_data()
    {
        QTest::addColumn<bool>("fileProgress");
        QTest::newRow("totals only") << false;
        QTest::newRow("with files") << true;
    }

    void progressTotalsOnly()
    {
        QFETCH(bool, fileProgress);
        QStringList paths;
        for (int i = 0; i < 5; ++i)
            paths.append(file(u"totals-%1.ndjson"_s.arg(i), asNdjson(sampleRecords(100, 30 + i, false))));
        const auto [report, snapshots] =
            runWithProgress(plan(paths, u"totals_%1"_s.arg(int(fileProgress))), fileProgress);
        QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
        QVERIFY(!snapshots.isEmpty());
        QSet<int> seen;
        for (const LoadProgress &s : snapshots) {
            for (const FileProgress &f : s.files)
                seen.insert(f.index);
        }
        QCOMPARE(seen.size(), fileProgress ? 5 : 0);
        const LoadProgress &last = snapshots.last();
        QCOMPARE(last.filesTotal, 5);
        QCOMPARE(last.filesDone, 5);
        QCOMPARE(last.rowsLoaded, 500);
        QCOMPARE(last.bytesDone, last.bytesTotal);
    }

    // Progress counts a file as done once it is in a state it keeps: loaded, failed, already
    // loaded by an earlier run, or changed since then; never twice, never more than there are.
    void progressCountsFilesDone()
    {
        const QString a = file(u"done-a.ndjson"_s, asNdjson(sampleRecords(900, 51, false)));
        const QString b = file(u"done-b.ndjson"_s, asNdjson(sampleRecords(40, 52, false)));
        const QString broken =
            file(u"done-broken.json.gz"_s, QByteArray("\x1f\x8b\x08\x00") + QByteArray(300, 'x'));
        const auto load = [this](const QStringList &paths, int expectDone) {
            const auto [report, snapshots] = runWithProgress(plan(paths, u"files_done"_s), false);
            QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
            QVERIFY(!snapshots.isEmpty());
            int previous = 0;
            for (const LoadProgress &s : snapshots) {
                QVERIFY(s.filesDone >= previous);
                QVERIFY(s.filesDone <= s.filesTotal);
                previous = s.filesDone;
            }
            QCOMPARE(snapshots.last().filesTotal, int(paths.size()));
            QCOMPARE(snapshots.last().filesDone, expectDone);
            int final = 0;
            for (const FileReport &f : report.files)
                final += f.state == FileState::Loaded || f.state == FileState::Failed ||
                         f.state == FileState::AlreadyLoaded || f.state == FileState::Changed;
            QCOMPARE(final, expectDone);
        };
        load({a, b, broken}, 3); // loaded, loaded, failed
        if (QTest::currentTestFailed())
            return;
        QFile change(b);
        QVERIFY(change.open(QIODevice::Append));
        change.write("{\"more\": 1}\n");
        change.close();
        const QString c = file(u"done-c.ndjson"_s, asNdjson(sampleRecords(30, 53, false)));
        load({a, b, broken, c}, 4); // already loaded, grown (its new record loads), failed again, loaded
        QCOMPARE(sql(u"SELECT count(*) FROM files_done"_s), u"971"_s);
    }

    // Records over ~2 KB are stored compressed: with lz4, unless the load asks for the server's
    // way or someone chose the server's default; a column set to a method keeps it.
    void largeRecordsCompressWithLz4()
    {
        if (!TestServer::instance().hasLz4())
            QSKIP("this server has no lz4");
        QByteArrayList records;
        for (int i = 0; i < 20; ++i)
            records.append("{\"i\": " + QByteArray::number(i) + ", \"text\": \"" +
                           QByteArray("lorem ipsum ").repeated(400) + "\"}");
        const QString path = file(u"large-records.ndjson"_s, asNdjson(records));
        const auto load = [&](const QString &table, bool lz4) {
            LoadPlan p = plan({path}, table);
            p.options.lz4Compression = lz4;
            const LoadReport report = runLoad(p);
            if (!report.fatal.isNull())
                qWarning("%s", qPrintable(report.fatal.toString()));
            return sql(
                u"SELECT count(*) || ' ' || string_agg(DISTINCT pg_column_compression(data), ',') FROM "_s +
                table);
        };
        QCOMPARE(load(u"compressed_default"_s, true), u"20 lz4"_s);
        QCOMPARE(load(u"compressed_server"_s, false), u"20 pglz"_s);
        sql(u"CREATE TABLE compressed_column (data jsonb COMPRESSION pglz NOT NULL)"_s);
        QCOMPARE(load(u"compressed_column"_s, true), u"20 pglz"_s);
        sql(u"ALTER DATABASE loadjob SET default_toast_compression = pglz"_s);
        const QString configured = load(u"compressed_configured"_s, true);
        sql(u"ALTER DATABASE loadjob RESET default_toast_compression"_s);
        QCOMPARE(configured, u"20 pglz"_s);
    }

    // A file the journal knows (over 2 MiB: registered before its records are read) that changed
    // since: started over when no earlier run committed any of its records, else left alone.
    // A file that grew by appending (a log, an export written to daily) loads what was appended,
    // each record once; one whose old records could have changed is not loaded again.
    void grownFileLoadsWhatWasAppended_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<bool>("grows");
        QTest::addColumn<int>("rowsAfter");
        QTest::addColumn<int>("rejectsAfter");
        const auto r = [](int i) -> QByteArray { return "{\"i\": " + QByteArray::number(i) + "}"; };
        const auto row = [](const char *name, const QByteArray &before, const QByteArray &after, bool grows,
                            int rowsAfter, int rejectsAfter = 0) {
            QTest::newRow(name) << before << after << grows << rowsAfter << rejectsAfter;
        };
        const QByteArray two = r(0) + '\n' + r(1) + '\n';
        row("ndjson", two, two + r(2) + '\n' + r(3) + '\n', true, 4);
        row("ndjson, its last line ended by the appending", r(0) + '\n' + r(1),
            r(0) + '\n' + r(1) + '\n' + r(2) + '\n', true, 3);
        row("ndjson, its last number followed by another", r(0) + "\n12", r(0) + "\n12\n3\n", true, 3);
        const QByteArray broken = "[\n" + r(0) + ",\n" + r(1) + ",\n";
        row("broken array", broken, broken + r(2) + ",\n", true, 3);
        row("broken array, the separator appended", "[\n" + r(0) + ",\n" + r(1),
            "[\n" + r(0) + ",\n" + r(1) + ",\n" + r(2) + "\n", true, 3);
        row("broken array, closed by the appending", "[\n" + r(0) + ",\n" + r(1),
            "[\n" + r(0) + ",\n" + r(1) + "\n]\n", true, 2);
        const QByteArray pretty = "[\n{\n  \"a\": 1\n},\n";
        row("pretty-printed records", pretty, pretty + "{\n  \"a\": 2\n},\n", true, 2);
        const QByteArray large = asNdjson(sampleRecords(60000, 67, true));
        const QByteArray more = asNdjson(sampleRecords(20000, 68, true));
        QVERIFY(!FileFingerprint::hashesWholeFile(large.size()));
        row("large (first and last MiB hashed)", large, large + more, true, 80000);
        const QByteArray badLast = r(0) + "\n{\"bad\": tru}\n";
        row("its last record a reject", badLast, badLast + r(2) + '\n', true, 2, 1);
        // Loaded while a line or a record was being written: rejected as cut short then, loaded now.
        row("its last line half written when loaded",
            r(0) + "\n{\"a\": ", r(0) + "\n{\"a\": 1}\n" + r(2) + '\n', true, 3);
        row("pretty-printed, cut short at a line end", "[\n{\n  \"a\": 1,\n",
            "[\n{\n  \"a\": 1,\n  \"b\": 2\n},\n", true, 1);
        row("its last line half written, still bad", r(0) + "\n{\"a\": tr", r(0) + "\n{\"a\": tru}\n", true,
            1, 1);

        row("its last number extended", r(0) + "\n12", r(0) + "\n123\n", false, 2);
        row("array closed", "[\n" + r(0) + "\n]\n", "[\n" + r(0) + "\n]\n[\n" + r(1) + "\n]\n", false, 1);
        row("first bytes edited", two, r(7) + '\n' + r(1) + '\n' + r(2) + '\n', false, 2);
        row("gzip, a member appended", gzip(two), gzip(two) + gzip(r(2) + '\n'), true, 3);
        // Members too large to be checked ahead: read (and held) as they are inflated.
        QVERIFY(large.size() > GzipMemberCheck::kDefaultKeepLimit);
        row("gzip, a member appended to a large one", gzip(large), gzip(large) + gzip(more), true, 80000);
        row("gzip, a large member appended", gzip(two), gzip(two) + gzip(large), true, 60002);
        const QByteArray members = gzip(two) + gzip(r(2) + '\n' + r(3) + '\n', 0);
        row("gzip, its cut last member now whole", members.left(gzip(two).size() + 20), members, true, 4);
        row("gzip, a number extended by a member", gzip(r(0) + "\n12"), gzip(r(0) + "\n12") + gzip("3\n"),
            false, 2);
        row("gzip, a member appended after a reject", gzip(r(0) + "\n{\"a\": "),
            gzip(r(0) + "\n{\"a\": ") + gzip("1}\n"), false, 1);
    }

    void grownFileLoadsWhatWasAppended()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(bool, grows);
        QFETCH(int, rowsAfter);
        QFETCH(int, rejectsAfter);
        const QString table = u"grown_%1"_s.arg(QString::fromUtf8(QTest::currentDataTag()))
                                  .toLower()
                                  .replace(QRegularExpression(u"\\W+"_s), u"_"_s);
        const QString path =
            file(table + (before.startsWith("\x1f\x8b") ? u".json.gz"_s : u".json"_s), before);
        const QString count = u"SELECT count(*) || ' ' || count(DISTINCT data) FROM "_s + table;
        const QString journalRejects =
            u"SELECT count(*) FROM pgjsonload.rejects JOIN pgjsonload.files USING (file_id) WHERE target = '%1'::regclass"_s
                .arg(table);
        const LoadReport first = runLoad(plan({path}, table));
        QVERIFY2(first.fatal.isNull(), qPrintable(first.fatal.toString()));
        const QString rowsBefore = sql(count);

        QVERIFY(writeFile(path, after));
        const LoadReport second = runLoad(plan({path}, table));
        QVERIFY2(second.fatal.isNull(), qPrintable(second.fatal.toString()));
        QCOMPARE(second.files.size(), size_t(1));
        const FileReport &report = second.files.front();
        if (!grows) {
            QCOMPARE(report.state, FileState::Changed);
            QVERIFY2(report.error.contains(u"--reload"_s), qPrintable(report.error));
            QCOMPARE(sql(count), rowsBefore);
            QCOMPARE(sql(count), u"%1 %1"_s.arg(rowsAfter));
            return;
        }
        QVERIFY2(report.state == FileState::Loaded, qPrintable(report.error));
        QCOMPARE(sql(count), u"%1 %1"_s.arg(rowsAfter)); // every record once
        QCOMPARE(report.rowsBefore + report.rowsLoaded, rowsAfter);
        QCOMPARE(sql(journalRejects), QString::number(rejectsAfter));
        QCOMPARE(report.rowsRejected, rejectsAfter);
        QCOMPARE(runLoad(plan({path}, table)).files.front().state, FileState::AlreadyLoaded);
        QCOMPARE(
            sql(u"SELECT records = records_committed FROM pgjsonload.file_status WHERE target = '%1'::regclass"_s
                    .arg(table)),
            u"t"_s);
    }

    // A .gz cut short (a download) and then downloaded again whole: every record loads, once.
    void cutGzipLoadsOnceWhenDownloadedWhole()
    {
        const QByteArrayList records = sampleRecords(40000, 61, false);
        const QByteArray head = asNdjson(records.mid(0, 100));
        const QByteArray rest = asNdjson(records.mid(100));
        const QByteArray whole = gzip(head + rest, 0); // stored: as large as its text
        QVERIFY(!FileFingerprint::hashesWholeFile(whole.size() * 2 / 3));
        const auto loadOnce = [this](const QString &path, const QString &table) {
            const LoadReport report = runLoad(plan({path}, table));
            if (!report.fatal.isNull() || report.files.size() != 1)
                qFatal("unexpected report: %s", qPrintable(report.fatal.toString()));
            return report.files.front();
        };

        // A download cut short: nothing of the member it ends in loads, so nothing at all.
        const QString cut = file(u"redownloaded.json.gz"_s, whole.left(whole.size() * 2 / 3));
        QCOMPARE(loadOnce(cut, u"redownloaded"_s).state, FileState::Failed);
        QCOMPARE(sql(u"SELECT count(*) FROM redownloaded"_s), u"0"_s);
        QVERIFY(writeFile(cut, whole));
        QCOMPARE(loadOnce(cut, u"redownloaded"_s).state, FileState::Loaded);
        QCOMPARE(sql(u"SELECT count(*) FROM redownloaded"_s), u"40000"_s);
        QCOMPARE(loadOnce(cut, u"redownloaded"_s).state, FileState::AlreadyLoaded);

        // Its first member whole, then one cut short: the first member's 100 records load; the
        // whole file, once there, grew from the cut one, and its other records load, once.
        const QByteArray twoMembers = gzip(head, 0) + gzip(rest, 0);
        const QString partly = file(u"partly.json.gz"_s, twoMembers.left(twoMembers.size() * 2 / 3));
        QCOMPARE(loadOnce(partly, u"partly"_s).state, FileState::Failed);
        QCOMPARE(sql(u"SELECT count(*) FROM partly"_s), u"100"_s);
        QVERIFY(writeFile(partly, twoMembers));
        const FileReport grown = loadOnce(partly, u"partly"_s);
        QVERIFY2(grown.state == FileState::Loaded, qPrintable(grown.error));
        QCOMPARE(grown.rowsLoaded, 40000 - 100);
        const TableDiff diff = compareTable(m_db, u"partly"_s, records); // each record once
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        QCOMPARE(loadOnce(partly, u"partly"_s).state, FileState::AlreadyLoaded);
    }

    // A gzip member too large to be checked ahead is inflated once; its records are held in
    // transactions left open until its CRC is known. One that fails its check, or that the file
    // ends in, loads none of its records, and the progress un-counts them; the member before it
    // loads, and so does the file after it. A rerun adds nothing and fails the same way.
    void largeGzipMemberCommitsOnlyOnceChecked_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("intact") << u"none"_s;
        QTest::newRow("silent damage") << u"silent"_s;
        QTest::newRow("cut short") << u"cut"_s;
        // A pause commits what was streamed, but not records waiting for their check.
        QTest::newRow("silent damage, paused") << u"silent paused"_s;
    }

    void largeGzipMemberCommitsOnlyOnceChecked()
    {
        QFETCH(QString, damage);
        const QByteArrayList records = sampleRecords(60000, 62, false);
        const QByteArrayList head = records.mid(0, 1000);
        const QByteArray restText = asNdjson(records.mid(1000));
        QVERIFY2(restText.size() > GzipMemberCheck::kDefaultKeepLimit, QByteArray::number(restText.size()));
        const QByteArray first = gzip(asNdjson(head));
        QByteArray content = first + gzip(restText, 0);
        const bool pause = damage.endsWith(u" paused"_s);
        if (damage.startsWith(u"silent"_s))
            content = first + gzipWithSilentDamage(restText);
        else if (damage == u"cut"_s)
            content.chop(1000);
        const QByteArrayList after = sampleRecords(3000, 63, true);
        const QString table = u"held_"_s + QString(damage).replace(u' ', u'_');
        const QString gz = file(table + u".json.gz"_s, content);
        const LoadPlan p = plan({gz, file(table + u"_after.ndjson"_s, asNdjson(after))}, table);
        const auto journaled = [&] {
            return sql(u"SELECT coalesce(sum(b.rows), 0) FROM pgjsonload.batches b JOIN pgjsonload.files f "
                       "USING (file_id) WHERE f.target = '%1'::regclass AND f.path LIKE '%.gz'"_s.arg(table));
        };
        for (int run = 0; run < 2; ++run) {
            ProgressRun loaded;
            LoadJob job;
            job.setProgressInterval(1);
            bool paused = false;
            connect(&job, &LoadJob::progress, this, [&](const LoadProgress &progress) {
                loaded.snapshots.append(progress);
                if (pause && !paused && progress.rowsLoaded > head.size() + 5000) {
                    paused = true;
                    job.pause();
                    QTimer::singleShot(300, &job, [&job] { job.resume(); });
                }
            });
            loaded.report = runLoad(p, &job);
            QCOMPARE(paused, pause);
            const LoadReport &report = loaded.report;
            QVERIFY2(report.fatal.isNull(), qPrintable(report.fatal.toString()));
            QCOMPARE(report.files.size(), 2);
            const FileReport &a = report.files.front();
            const FileReport &b = report.files.back();
            if (damage == u"none"_s) {
                QCOMPARE(a.state, FileState::Loaded);
                QCOMPARE(a.rowsLoaded, records.size());
                const TableDiff diff = compareTable(m_db, table, records + after);
                QVERIFY2(diff.equal(), qPrintable(diff.describe()));
                QCOMPARE(journaled(), QString::number(records.size()));
                return;
            }
            QCOMPARE(a.state, FileState::Failed);
            QVERIFY2(a.error.contains(u"from compressed byte %1 on"_s.arg(first.size())),
                     qPrintable(a.error));
            QCOMPARE(a.rowsLoaded, run == 0 ? head.size() : 0);
            QCOMPARE(b.state, run == 0 ? FileState::Loaded : FileState::AlreadyLoaded);
            QCOMPARE(report.rowsLoaded, run == 0 ? head.size() + after.size() : 0);
            // Counted while held, then un-counted: the last snapshot says what committed.
            QVERIFY(!loaded.snapshots.isEmpty());
            QCOMPARE(loaded.snapshots.back().rowsLoaded, report.rowsLoaded);
            const TableDiff diff = compareTable(m_db, table, head + after);
            QVERIFY2(diff.equal(), qPrintable(diff.describe()));
            QCOMPARE(journaled(), QString::number(head.size()));
        }
    }
};

namespace {

// Duplicate keys (the last wins, also when it is an object), keys that are equal only once
// unescaped, unicode and empty keys, numbers in every spelling, nesting.
QByteArrayList trickyRecords()
{
    return {
        R"({"a": 1, "a": 2})",
        R"({"b": {"x": 1, "y": 2}, "a": 0, "b": {"z": 3}})",
        R"({"b": [1, 2], "b": {"k": "v"}, "b": null})",
        R"({"\u0061": 1, "a": 2, "\u0062": {"c": 1, "\u0063": 2}})",
        R"({"é": 1, "e": 2, "😀": 3, "": 4, "\ud83d\ude00": 5, "ab": 6, "b": 7, "\u00e9": 8})",
        R"({"n": [1.0, -0, 0.0, 1E+2, 1e400, -1.5e-300, 12345678901234567890123456789]})",
        R"({"s": "tab\t nl\n quote\" slash\/ uni\u00e9 \u20ac \ud83d\ude00", "t": "\\"})",
        "{\n  \"pretty\": {\n    \"zz\": [ 1 , 2 ] ,\n    \"a\" : { }\n  } ,\r\n  \"e\": [ ]\n}",
        R"([{"b": 1, "a": 2}, [{"d": 1, "c": 2}], "x", 3])",
        R"("top-level string")",
        R"(42)",
        R"({})",
        R"({"x": {"x": {"x": {"x": {"x": {"y": 1, "x": 2}}}}}})",
    };
}

QByteArray forbiddenRecord()
{
    return R"({"forbidden": [1,  2], "a": {"z": 1, "y": 2}})";
}

QByteArray forbiddenRecordCanonical()
{
    return R"({"a":{"y":2,"z":1},"forbidden":[1,2]})";
}

QByteArray forbiddenRecordCompact()
{
    return R"({"forbidden":[1,2],"a":{"z":1,"y":2}})";
}

} // namespace

QTEST_GUILESS_MAIN(TestLoadJob)
#include "tst_loadjob.moc"
