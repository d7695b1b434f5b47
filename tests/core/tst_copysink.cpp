#include "copysink.h"
#include "recordframer.h"
#include "tablename.h"
#include "testserver.h"

#include <QTest>

Q_DECLARE_METATYPE(pjl::CopyFormat)

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;

namespace {

std::unique_ptr<RecordBatch> batchOf(const QByteArrayList &records)
{
    auto batch = std::make_unique<RecordBatch>(0, 1024);
    batch->beginSegment(0, 1, 0);
    qint64 offset = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        FramedRecord r;
        r.data = records[i].constData();
        r.size = r.spanBytes = records[i].size();
        r.ordinal = i + 1;
        r.line = i + 1;
        r.offset = offset;
        offset += r.size + 1;
        batch->appendRecord(r);
    }
    batch->endSegment(records.size(), offset, offset, true);
    batch->finish();
    return batch;
}

} // namespace

class TestCopySink final : public QObject
{
    Q_OBJECT

    ConnectionSettings m_db;
    PgConnection m_connection;
    std::atomic_bool m_stop{false};

    QString count(const QString &table)
    {
        return TestServer::instance().query(u"copysink"_s, u"SELECT count(*) FROM "_s + table);
    }

    CopySink::Outcome load(const QString &table, const QByteArrayList &records, std::vector<char> send = {},
                           const CopySink::Epilogue &epilogue = {},
                           CopySink::OnRowError onRowError = CopySink::OnRowError::Isolate,
                           CopyFormat format = CopyFormat::Binary)
    {
        auto batch = batchOf(records);
        if (send.empty())
            send.assign(size_t(records.size()), 1);
        CopySink sink(m_connection, m_stop, format);
        return sink.load(*batch, send, "BEGIN",
                         TableSetup::copyStatement(TableName::parse(table).value(), format),
                         ColumnKind::Jsonb, onRowError, epilogue);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestServer::instance().isUp(), qPrintable(TestServer::instance().error()));
        m_db = TestServer::instance().freshDatabase(u"copysink"_s);
        QVERIFY(m_connection.open(m_db).isNull());
        QVERIFY(m_connection.exec("CREATE TABLE t (data jsonb NOT NULL CHECK (data->>'bad' IS NULL))"));
    }

    void init() { QVERIFY(m_connection.exec("TRUNCATE t")); }

    void allRowsInOneTransaction()
    {
        const auto outcome = load(u"t"_s, {"{\"a\":1}", "[1,2,3]", "\"text\"", "null", "1E400"});
        QVERIFY2(outcome.error.isNull(), qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.rowsLoaded, 5);
        QCOMPARE(count(u"t"_s), u"5"_s);
        QCOMPARE(TestServer::instance().query(u"copysink"_s, u"SELECT count(*) FROM t WHERE data IS NULL"_s),
                 u"0"_s);
    }

    // Text COPY gives backslashes, tabs and line breaks a meaning: escaped, every byte arrives as
    // in binary COPY.
    void textFormatKeepsEveryByte()
    {
        const QByteArrayList records = {
            R"({"s": "back\\slash \\\\ \\n \\t \\u00e9 \\\\N \\\\."})",
            "{\r\n\t\"a\": [1,\t2],\r\n\t\"b\": \"x\"\r\n}",
            R"("\\.")",
            R"("\\N")",
            "{\"\xc3\xa9\": \"\xf0\x9f\x98\x80\", \"\\\\\": 1}",
            "[\n1\n,\n2\n]",
        };
        QVERIFY(m_connection.exec("CREATE TABLE IF NOT EXISTS tb (data jsonb NOT NULL)"));
        QVERIFY(m_connection.exec("TRUNCATE tb"));
        const auto text = load(u"t"_s, records, {}, {}, CopySink::OnRowError::Isolate, CopyFormat::Text);
        QVERIFY2(text.error.isNull() && text.rejectedRows.empty(), qPrintable(text.error.toString()));
        const auto binary = load(u"tb"_s, records);
        QVERIFY2(binary.error.isNull() && binary.rejectedRows.empty(), qPrintable(binary.error.toString()));
        const QString all = u"SELECT string_agg(data::text, E'\\n' ORDER BY data::text) FROM %1"_s;
        const QString fromText = TestServer::instance().query(u"copysink"_s, all.arg(u"t"_s));
        QCOMPARE(fromText, TestServer::instance().query(u"copysink"_s, all.arg(u"tb"_s)));
        QCOMPARE(count(u"t"_s), QString::number(records.size()));
        QVERIFY2(fromText.contains(uR"({"s": "back\\slash \\\\ \\n \\t \\u00e9 \\\\N \\\\."})"_s),
                 qPrintable(fromText));
    }

    void skippedRowsAreNotSent()
    {
        const auto outcome = load(u"t"_s, {"{\"a\":1}", "not json", "{\"b\":2}"}, {1, 0, 1});
        QCOMPARE(outcome.rowsLoaded, 2);
        QCOMPARE(count(u"t"_s), u"2"_s);
    }

    void rowErrorsAreIsolated_data()
    {
        QTest::addColumn<CopyFormat>("format");
        QTest::newRow("binary") << CopyFormat::Binary;
        QTest::newRow("text") << CopyFormat::Text;
    }

    void rowErrorsAreIsolated()
    {
        QFETCH(CopyFormat, format);
        QByteArrayList records;
        for (int i = 0; i < 200; ++i)
            records.append(QByteArray(i % 37 == 3 ? "{\"bad\":" : "{\"ok\":") + QByteArray::number(i) + "}");
        records[150] = "{\"ok\": tru}";          // bad JSON the validator would have caught, sent anyway
        records[170] = "{\"ok\": \"raw\ttab\"}"; // a control character in a string: jsonb says no
        const auto outcome = load(u"t"_s, records, {}, {}, CopySink::OnRowError::Isolate, format);
        QVERIFY2(outcome.error.isNull(), qPrintable(outcome.error.toString()));
        QList<int> rejected;
        for (const auto &[row, error] : outcome.rejectedRows) {
            rejected.append(row);
            QVERIFY(!error.sqlState.isEmpty());
        }
        std::sort(rejected.begin(), rejected.end());
        QList<int> expected;
        for (int i = 0; i < 200; ++i) {
            if (i % 37 == 3 || i == 150 || i == 170)
                expected.append(i);
        }
        QCOMPARE(rejected, expected);
        QCOMPARE(outcome.rowsLoaded, 200 - expected.size());
        QCOMPARE(count(u"t"_s), QString::number(200 - expected.size()));
        QCOMPARE(TestServer::instance().query(u"copysink"_s, u"SELECT count(*) FROM t WHERE data ? 'bad'"_s),
                 u"0"_s);
    }

    void refusedBatchCommitsNothing()
    {
        QByteArrayList records;
        for (int i = 0; i < 100; ++i)
            records.append("{\"ok\":" + QByteArray::number(i) + "}");
        records[60] = "{\"ok\": tru}";
        const auto refused = load(u"t"_s, records, {}, {}, CopySink::OnRowError::Refuse);
        QVERIFY(refused.refused);
        QCOMPARE(refused.error.sqlState, u"22P02"_s);
        QVERIFY(!refused.connectionLost);
        QCOMPARE(refused.rowsLoaded, 0);
        QVERIFY(refused.rejectedRows.empty());
        QCOMPARE(count(u"t"_s), u"0"_s);

        // The session is usable at once, and a batch-level error is not a refusal.
        const auto missing = load(u"no_such_table"_s, {"{}"}, {}, {}, CopySink::OnRowError::Refuse);
        QVERIFY(!missing.refused);
        QCOMPARE(missing.error.sqlState, u"42P01"_s);
        std::vector<char> send(records.size(), 1);
        send[60] = 0;
        const auto resent = load(u"t"_s, records, send, {}, CopySink::OnRowError::Refuse);
        QVERIFY2(resent.error.isNull(), qPrintable(resent.error.toString()));
        QCOMPARE(count(u"t"_s), u"99"_s);
    }

    void batchErrorCommitsNothing()
    {
        const auto outcome = load(u"no_such_table"_s, {"{}"});
        QVERIFY(!outcome.error.isNull());
        QCOMPARE(outcome.error.sqlState, u"42P01"_s);
        QVERIFY(!outcome.connectionLost);
        QVERIFY(!m_connection.isBroken());
    }

    // The epilogue (the journal's rows) runs in the batch's transaction after its rows, and sees
    // them: with the COPY when all rows load, after the savepoints when some are rejected.
    void epilogueRunsInTheTransaction_data()
    {
        QTest::addColumn<QByteArrayList>("records");
        QTest::addColumn<std::vector<char>>("send");
        QTest::addColumn<qint64>("loaded");
        QTest::addColumn<int>("calls"); // for the COPY's message, again when rows were rejected
        QTest::addColumn<bool>("fails");
        QTest::addColumn<int>("padding"); // a long epilogue runs on its own, after the COPY
        const QByteArrayList good{"{\"a\":1}", "{\"a\":2}"};
        const QByteArrayList withBad{"{\"a\":1}", "{\"bad\":1}", "{\"a\":3}"};
        QTest::newRow("all rows") << good << std::vector<char>{} << qint64(2) << 1 << false << 0;
        QTest::newRow("all rows, check fails") << good << std::vector<char>{} << qint64(2) << 1 << true << 0;
        QTest::newRow("a row rejected") << withBad << std::vector<char>{} << qint64(2) << 2 << false << 0;
        QTest::newRow("a row rejected, check fails")
            << withBad << std::vector<char>{} << qint64(2) << 2 << true << 0;
        QTest::newRow("all rows, long epilogue")
            << good << std::vector<char>{} << qint64(2) << 1 << false << 70000;
        QTest::newRow("no rows to send") << good << std::vector<char>{0, 0} << qint64(0) << 1 << false << 0;
    }

    void epilogueRunsInTheTransaction()
    {
        QFETCH(QByteArrayList, records);
        QFETCH(std::vector<char>, send);
        QFETCH(qint64, loaded);
        QFETCH(int, calls);
        QFETCH(bool, fails);
        QFETCH(int, padding);
        int called = 0;
        qint64 told = -1;
        QByteArray seen;
        CopySink::Epilogue epilogue;
        epilogue.statements = [&](const CopySink::Outcome &o) -> QByteArray {
            ++called;
            told = o.rowsLoaded;
            return "SELECT '" + QByteArray(padding, 'x') + "'; SELECT count(*) FROM t";
        };
        epilogue.check = [&](const PgResult &last) {
            seen = last.bytes(0, 0);
            return fails ? Error::make(u"journal write failed"_s) : Error{};
        };
        const auto outcome = load(u"t"_s, records, send, epilogue);
        QCOMPARE(called, calls);
        QCOMPARE(told, loaded);
        QCOMPARE(seen, QByteArray::number(loaded)); // the last statement's result, own rows visible
        if (fails) {
            QCOMPARE(outcome.error.message, u"journal write failed"_s);
            QCOMPARE(count(u"t"_s), u"0"_s);
        } else {
            QVERIFY2(outcome.error.isNull(), qPrintable(outcome.error.toString()));
            QCOMPARE(count(u"t"_s), QString::number(loaded));
        }
        QVERIFY(!m_connection.isBroken());
    }

    // A failing epilogue fails the batch: its error is not mistaken for a rejected row, even when
    // it is a constraint's (a journal range written twice).
    void epilogueErrorIsTheBatchs()
    {
        QVERIFY(m_connection.exec("CREATE TEMP TABLE once (n int PRIMARY KEY); INSERT INTO once VALUES (1)"));
        CopySink::Epilogue epilogue;
        epilogue.statements = [](const CopySink::Outcome &) {
            return QByteArray("INSERT INTO once VALUES (1)");
        };
        const auto outcome = load(u"t"_s, {"{\"a\":1}", "{\"a\":2}"}, {}, epilogue);
        QCOMPARE(outcome.error.sqlState, u"23505"_s);
        QVERIFY(outcome.rejectedRows.empty());
        QVERIFY(!outcome.connectionLost);
        QCOMPARE(count(u"t"_s), u"0"_s);
        QVERIFY(!m_connection.isBroken());
    }

    void stopAbortsTheCopy()
    {
        m_stop = true;
        const auto outcome = load(u"t"_s, {"{\"a\":1}", "{\"a\":2}"});
        m_stop = false;
        QVERIFY(!outcome.error.isNull());
        QCOMPARE(count(u"t"_s), u"0"_s);
        QVERIFY(!m_connection.isBroken());
    }

    // Several batches in one COPY, one transaction, in both formats; a stop between them does not
    // cut the stream short: what was sent still commits.
    void streamSpansBatches_data()
    {
        QTest::addColumn<CopyFormat>("format");
        QTest::newRow("binary") << CopyFormat::Binary;
        QTest::newRow("text") << CopyFormat::Text;
    }

    void streamSpansBatches()
    {
        QFETCH(CopyFormat, format);
        CopySink sink(m_connection, m_stop, format);
        const QByteArray copy = TableSetup::copyStatement(TableName::parse(u"t"_s).value(), format);
        QVERIFY(sink.openStream("BEGIN", copy, ColumnKind::Jsonb).isNull());
        QVERIFY(sink.isStreaming());
        for (int b = 0; b < 3; ++b) {
            QByteArrayList records;
            for (int i = 0; i < 100; ++i)
                records.append("{\"b\": " + QByteArray::number(b) + ", \"i\": " + QByteArray::number(i) +
                               ", \"s\": \"tab\\t\\\\ back\"}");
            auto batch = batchOf(records);
            const Error e = sink.streamBatch(*batch);
            QVERIFY2(e.isNull(), qPrintable(e.toString()));
            m_stop = b == 1; // a stop is the caller's to act on, between batches
        }
        QVERIFY(sink.closeStream().isNull());
        m_stop = false;
        QVERIFY(!sink.isStreaming());
        QCOMPARE(count(u"t"_s), u"0"_s); // not committed yet
        QVERIFY(m_connection.exec("COMMIT"));
        QCOMPARE(TestServer::instance().query(
                     u"copysink"_s,
                     u"SELECT count(DISTINCT xmin::text) || ' ' || count(DISTINCT data->>'b') || "
                     "' ' || min(data->>'s') FROM t"_s),
                 u"1 3 tab\t\\ back"_s);
    }

    // A bad row early in a long COPY: the server ends the COPY at once, and the error the sender
    // gets is the server's (its SQLSTATE), not a lost connection; the session is usable after a
    // ROLLBACK.
    void streamReportsTheServersErrorEarly()
    {
        CopySink sink(m_connection, m_stop);
        QVERIFY(sink.openStream("BEGIN", "COPY t FROM STDIN (FORMAT binary)", ColumnKind::Jsonb).isNull());
        Error error = sink.streamBatch(*batchOf({"{\"ok\": 1}", "{\"ok\": tru}"}));
        QByteArrayList good;
        const QByteArray padding(1000, 'x');
        for (int i = 0; i < 1000; ++i)
            good.append("{\"pad\": \"" + padding + "\"}");
        auto batch = batchOf(good);
        // 64 MB more: far more than the socket and libpq buffer, so the server's answer is read.
        for (int b = 0; b < 64 && error.isNull(); ++b)
            error = sink.streamBatch(*batch);
        if (error.isNull())
            error = sink.closeStream();
        else
            sink.abortStream();
        QCOMPARE(error.sqlState, u"22P02"_s);
        QVERIFY(!m_connection.lostBy(error));
        QVERIFY(m_connection.exec("ROLLBACK"));
        QCOMPARE(count(u"t"_s), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestCopySink)
#include "tst_copysink.moc"
