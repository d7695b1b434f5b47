#include "jsonvalidator.h"
#include "memorysource.h"
#include "recordframer.h"
#include "sampledata.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using pjl::FramedRecord;
using pjl::Framing;
using pjl::RecordFramer;

namespace {

struct Framed
{
    QByteArray text; // the record, or for a reject its (preview) text
    bool reject = false;
    qint64 ordinal = 0;
    qint64 line = 0;
    qint64 offset = 0;
    qint64 spanBytes = 0;
    QString error;
    qint64 newlines = 0;
};

struct FrameResult
{
    QList<Framed> records;
    Framing framing = Framing::Unknown;
};

FrameResult frame(const QByteArray &data, qint64 step = 1 << 30, RecordFramer::Options options = {})
{
    pjl::test::MemorySource source(data, step);
    RecordFramer framer(source, options);
    FrameResult result;
    FramedRecord r;
    while (framer.next(r) == RecordFramer::Status::Record) {
        result.records.append({QByteArray(r.data, r.size), r.isReject(), r.ordinal, r.line, r.offset,
                               r.spanBytes, r.error, r.newlines});
    }
    result.framing = framer.framing();
    return result;
}

// "!" marks a reject; its text must start with the rest of the string.
QStringList describe(const QList<Framed> &records)
{
    QStringList out;
    for (const Framed &f : records)
        out.append((f.reject ? u"!"_s : QString()) + QString::fromUtf8(f.text));
    return out;
}

bool matches(const QStringList &actual, const QStringList &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (expected[i].startsWith(u'!') ? !actual[i].startsWith(expected[i]) : actual[i] != expected[i])
            return false;
    }
    return true;
}

// Buffer boundaries anywhere: source steps and framer read sizes, small and large.
const QList<QPair<qint64, qint64>> kSplits = {
    {1 << 30, 4 << 20}, {1, 4 << 20}, {1, 7},      {2, 16}, {3, 7}, {3, 10}, {7, 64}, {13, 5},
    {64, 4096},         {133, 422},   {1 << 30, 8}};

QByteArray sharedCase(const QString &name)
{
    QFile f(QStringLiteral(PJL_SHARED_TESTDATA) + u"/jsontestsuite/cases/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace

class TestRecordFramer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<Framing>("framing");

        QTest::newRow("ndjson") << "{\"a\":1}\n{\"b\":2}\n"_ba << QStringList{u"{\"a\":1}"_s, u"{\"b\":2}"_s}
                                << Framing::JsonLines;
        QTest::newRow("ndjson without final newline")
            << "{\"a\":1}\n{\"b\":2}"_ba << QStringList{u"{\"a\":1}"_s, u"{\"b\":2}"_s} << Framing::JsonLines;
        QTest::newRow("crlf") << "{\"a\":1}\r\n{\"b\":2}\r\n"_ba
                              << QStringList{u"{\"a\":1}"_s, u"{\"b\":2}"_s} << Framing::JsonLines;
        QTest::newRow("blank lines") << "\n\n{\"a\":1}\n\n\r\n\n{\"b\":2}\n\n"_ba
                                     << QStringList{u"{\"a\":1}"_s, u"{\"b\":2}"_s} << Framing::JsonLines;
        QTest::newRow("bom") << "\xEF\xBB\xBF{\"a\":1}\n{\"b\":2}\n"_ba
                             << QStringList{u"{\"a\":1}"_s, u"{\"b\":2}"_s} << Framing::JsonLines;
        QTest::newRow("closed array")
            << "[{\"a\":1},{\"b\":2}]"_ba << QStringList{u"{\"a\":1}"_s, u"{\"b\":2}"_s} << Framing::Array;
        QTest::newRow("array of scalars")
            << "[1, \"two\", null, -2.5e3, true]\n"_ba
            << QStringList{u"1"_s, u"\"two\""_s, u"null"_s, u"-2.5e3"_s, u"true"_s} << Framing::Array;
        QTest::newRow("pretty array with ,\\n inside records")
            << "[\n    {\n        \"a\": 1,\n        \"b\": [1,\n2]\n    },\n    {\n        \"c\": \"x,\\n]\"\n    }\n]\n"_ba
            << QStringList{u"{\n        \"a\": 1,\n        \"b\": [1,\n2]\n    }"_s,
                           u"{\n        \"c\": \"x,\\n]\"\n    }"_s}
            << Framing::Array;
        QTest::newRow("broken array")
            << "[{\"a\":1},\n{\"b\":2},\n{\"c\":3}"_ba
            << QStringList{u"{\"a\":1}"_s, u"{\"b\":2}"_s, u"{\"c\":3}"_s} << Framing::UnclosedArray;
        QTest::newRow("broken array, trailing comma")
            << "[{\"a\":1},\n{\"b\":2},\n"_ba << QStringList{u"{\"a\":1}"_s, u"{\"b\":2}"_s}
            << Framing::UnclosedArray;
        QTest::newRow("concatenated, no whitespace")
            << "{\"a\":1}{\"b\":2}[3]\"x\""_ba
            << QStringList{u"{\"a\":1}"_s, u"{\"b\":2}"_s, u"[3]"_s, u"\"x\""_s} << Framing::Concatenated;
        QTest::newRow("comma-separated values")
            << "{\"a\":1},\n{\"b\":2},\n"_ba << QStringList{u"{\"a\":1}"_s, u"{\"b\":2}"_s}
            << Framing::JsonLines;
        QTest::newRow("pretty concatenated")
            << "{\n  \"a\": 1\n}\n{\n  \"b\": {\n    \"c\": [\n      1\n    ]\n  }\n}\n"_ba
            << QStringList{u"{\n  \"a\": 1\n}"_s, u"{\n  \"b\": {\n    \"c\": [\n      1\n    ]\n  }\n}"_s}
            << Framing::Concatenated;
        QTest::newRow("top-level scalars")
            << "1 2.5 \"x y\" true\nnull\n-3e5\n\"z\""_ba
            << QStringList{u"1"_s, u"2.5"_s, u"\"x y\""_s, u"true"_s, u"null"_s, u"-3e5"_s, u"\"z\""_s}
            << Framing::Concatenated;
        QTest::newRow("stream of arrays")
            << "[1,2]\n[3]\n"_ba << QStringList{u"[1,2]"_s, u"[3]"_s} << Framing::JsonLines;
        QTest::newRow("double array") << "[][]"_ba << QStringList{u"[]"_s, u"[]"_s} << Framing::Concatenated;
        QTest::newRow("empty array") << "[]"_ba << QStringList{} << Framing::Array;
        QTest::newRow("empty file") << ""_ba << QStringList{} << Framing::Empty;
        QTest::newRow("whitespace only") << " \n\t\r\n"_ba << QStringList{} << Framing::Empty;
        QTest::newRow("brackets and quotes inside strings")
            << "{\"a\":\"}]\\\"{[\"}\n{\"b\":\"\\\\\"}\n"_ba
            << QStringList{u"{\"a\":\"}]\\\"{[\"}"_s, u"{\"b\":\"\\\\\"}"_s} << Framing::JsonLines;
        QTest::newRow("unicode") << "{\"k\":\"Ærøskøbing 李雷 😀\"}\n"_ba
                                 << QStringList{u"{\"k\":\"Ærøskøbing 李雷 😀\"}"_s} << Framing::JsonLines;

        // Malformed records: one reject each, and every valid record after it survives.
        QTest::newRow("unterminated string")
            << "{\"a\":\"abc}\n{\"b\":2}\n"_ba << QStringList{u"!{\"a\":\"abc}"_s, u"{\"b\":2}"_s}
            << Framing::JsonLines;
        QTest::newRow("mismatched bracket")
            << "{\"a\":1}\n{\"a\":[1,2}\n{\"b\":2}\n"_ba
            << QStringList{u"{\"a\":1}"_s, u"!{\"a\":[1,2}"_s, u"{\"b\":2}"_s} << Framing::JsonLines;
        QTest::newRow("missing closing brace")
            << "{\"a\":1\n{\"b\":2}\n{\"c\":3}\n"_ba
            << QStringList{u"!{\"a\":1"_s, u"{\"b\":2}"_s, u"{\"c\":3}"_s} << Framing::JsonLines;
        QTest::newRow("truncated last record")
            << "{\"a\":1}\n{\"b\":"_ba << QStringList{u"{\"a\":1}"_s, u"!{\"b\":"_s} << Framing::JsonLines;
        QTest::newRow("truncated broken array")
            << "[{\"a\":1},\n{\"b\":[1,2"_ba << QStringList{u"{\"a\":1}"_s, u"!{\"b\":[1,2"_s}
            << Framing::UnclosedArray;
        QTest::newRow("garbage line")
            << "{\"a\":1}\nhello world\n{\"b\":2}\n"_ba
            << QStringList{u"{\"a\":1}"_s, u"!hello world"_s, u"{\"b\":2}"_s} << Framing::JsonLines;
        QTest::newRow("stray closing brace")
            << "{\"a\":1}}\n{\"b\":2}\n"_ba << QStringList{u"{\"a\":1}"_s, u"!}"_s, u"{\"b\":2}"_s}
            << Framing::Concatenated;
        QTest::newRow("compact array, mismatch repaired in place")
            << "[{\"a\":[1,2},{\"b\":2},{\"c\":3}]"_ba
            << QStringList{u"!{\"a\":[1,2}"_s, u"{\"b\":2}"_s, u"{\"c\":3}"_s} << Framing::Array;
        QTest::newRow("pretty array, mismatch inside a record")
            << "[\n    {\n        \"a\": [1, 2},\n        \"b\": 3\n    },\n    {\n        \"c\": 4\n    }\n]\n"_ba
            << QStringList{u"!{\n        \"a\": [1, 2}"_s, u"{\n        \"c\": 4\n    }"_s} << Framing::Array;
        QTest::newRow("pretty array, record end lost")
            << "[\n    {\n        \"a\": 1\n    {\n        \"c\": 4\n    }\n]\n"_ba
            << QStringList{u"!{\n        \"a\": 1\n"_s, u"{\n        \"c\": 4\n    }"_s} << Framing::Array;
        QTest::newRow("raw newline in a string in a pretty array")
            << "[\n    {\n        \"a\": \"x\ny\"\n    },\n    {\n        \"c\": 4\n    }\n]\n"_ba
            << QStringList{u"!{\n        \"a\": \"x"_s, u"{\n        \"c\": 4\n    }"_s} << Framing::Array;
        QTest::newRow("scalar lines with garbage")
            << "1\n2\nxyz\n3\n"_ba << QStringList{u"1"_s, u"2"_s, u"!xyz"_s, u"3"_s} << Framing::JsonLines;
        QTest::newRow("record lost its opening brace")
            << "[\n    {\n        \"a\": 1\n    },\n        \"b\": {\"c\": 2},\n        \"d\": 3\n    },\n    {\n        \"e\": 4\n    }\n]\n"_ba
            << QStringList{u"{\n        \"a\": 1\n    }"_s, u"!\"b\""_s, u"{\n        \"e\": 4\n    }"_s}
            << Framing::Array;
    }

    void framings()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        QFETCH(Framing, framing);
        for (const auto &[step, readSize] : kSplits) {
            RecordFramer::Options options;
            options.readSize = readSize;
            const FrameResult result = frame(input, step, options);
            const QStringList actual = describe(result.records);
            QVERIFY2(matches(actual, expected),
                     qPrintable(
                         u"step %1 read %2: got [%3]"_s.arg(step).arg(readSize).arg(actual.join(u" | "_s))));
            QCOMPARE(result.framing, framing);
            for (qsizetype i = 0; i < result.records.size(); ++i)
                QCOMPARE(result.records[i].ordinal, i + 1);
        }
    }

    void positions()
    {
        const QByteArray input = "\xEF\xBB\xBF{\"a\":1}\r\n\n  {\"b\":\n2}\n{\"c\":3}"_ba;
        const auto records = frame(input, 3).records;
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].offset, 3);
        QCOMPARE(records[0].line, 1);
        QCOMPARE(records[1].offset, 15);
        QCOMPARE(records[1].line, 3);
        QCOMPARE(records[2].offset, 24);
        QCOMPARE(records[2].line, 5);
        QCOMPARE(records[2].text, "{\"c\":3}"_ba);
        // What tells the reader a record is pretty-printed (and goes in canonical form).
        QCOMPARE(records[0].newlines, 0);
        QCOMPARE(records[1].newlines, 1);
        QCOMPARE(records[2].newlines, 0);
    }

    // Every record's line is 1 + the newlines before it, also after a reject the scan went past
    // (it counts lines as it goes, 64 bytes at a time): a record that never closes, whose end is
    // found at the end of the data or, too large, far past its limit, and framing goes on from a
    // line inside it.
    void linesAfterARejectTheScanWentPast_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("maxRecordBytes");
        const auto record = [](int i) -> QByteArray {
            return "  {\n    \"id\": " + QByteArray::number(i) + ",\n    \"text\": \"" +
                   QByteArray(40, 'a' + i % 26) + "\",\n    \"list\": [\n      1,\n      2\n    ]\n  }";
        };
        QByteArray unclosed = "[\n" + record(1) + ",\n";
        unclosed += record(2).chopped(1) + ",\n"; // its closing brace is missing
        for (int i = 3; i <= 8; ++i)
            unclosed += record(i) + (i < 8 ? ",\n" : "\n");
        unclosed += "]\n";
        QTest::newRow("ends at the end of the data") << unclosed << qint64(64 << 20);
        QTest::newRow("too large") << unclosed << qint64(150);
        QByteArray nested = "[\n" + record(1) + ",\n  {\n    \"deep\": [[[[[[[[[[\n";
        for (int i = 3; i <= 8; ++i)
            nested += record(i) + ",\n";
        nested += record(9) + "\n]\n";
        QTest::newRow("too large, brackets left open") << nested << qint64(120);
    }

    void linesAfterARejectTheScanWentPast()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, maxRecordBytes);
        for (const qint64 step : {qint64(1) << 30, qint64(7), qint64(100)}) {
            RecordFramer::Options options;
            options.maxRecordBytes = maxRecordBytes;
            const auto records = frame(input, step, options).records;
            QVERIFY(records.size() >= 5);
            QVERIFY(std::any_of(records.begin(), records.end(), [](const Framed &r) { return r.reject; }));
            for (const Framed &r : records) {
                QCOMPARE(r.line, 1 + input.left(r.offset).count('\n'));
                if (!r.reject)
                    QCOMPARE(r.newlines, qint64(r.text.count('\n')));
            }
            QVERIFY(records.last().text.contains(input.contains("[[[[") ? "\"id\": 9" : "\"id\": 8"));
        }
    }

    // Newlines inside records, whatever the reads cut, in both framings; each record's text
    // holds exactly as many as the framer counted.
    void newlinesInsideRecords()
    {
        const QByteArray ndjsonish = "{\"a\":\n [1,\n  2]}\n{\"b\":\"x\\ny\"}\n\n{\n}\n"_ba;
        const QByteArray array = "[\n  {\n    \"a\": 1\n  },\n  {\"b\": 2},\n  {\n\"c\":\n3\n}\n"_ba;
        for (const QByteArray &input : {ndjsonish, array}) {
            for (const qint64 step : {1, 2, 5, 1 << 20}) {
                const auto records = frame(input, step).records;
                QCOMPARE(records.size(), 3);
                for (const Framed &r : records) {
                    QVERIFY(!r.reject);
                    QCOMPARE(r.newlines, qint64(r.text.count('\n')));
                }
                QVERIFY(records[0].newlines > 0);
                QCOMPARE(records[1].newlines, 0);
                QVERIFY(records[2].newlines > 0);
            }
        }
    }

    void rejectReasonsAreReadable()
    {
        const auto records = frame("{\"a\":\"abc\n{\"b\":[}\n"_ba).records;
        QCOMPARE(records.size(), 2);
        QVERIFY(records[0].error.contains(u"unterminated string"_s));
        QVERIFY(records[1].error.contains(u"mismatched"_s));
    }

    void maxRecordSize()
    {
        RecordFramer::Options options;
        options.maxRecordBytes = 64;
        options.readSize = 16;
        const QByteArray big = "{\"a\":\"" + QByteArray(200, 'x') + "\"}";
        const auto records = frame(big + "\n{\"b\":1}\n" + big + "\n{\"c\":2}\n", 1 << 30, options).records;
        QCOMPARE(describe(records).size(), 4);
        QVERIFY(records[0].reject);
        QVERIFY(records[0].error.contains(u"larger than"_s));
        QVERIFY(records[0].spanBytes >= big.size());
        QCOMPARE(records[1].text, "{\"b\":1}"_ba);
        QVERIFY(records[2].reject);
        QCOMPARE(records[3].text, "{\"c\":2}"_ba);
    }

    // Resuming a load counts on record ordinals, so framing must not depend on buffer sizes:
    // the same damaged input gives the same records, rejects, offsets and reject texts however it
    // is read. The rows after the first are what the fuzzer found (tests/fuzz/regressions/).
    void framingIsIndependentOfBuffers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("maxRecordBytes");
        QTest::addColumn<qint64>("previewBytes");
        QTest::addColumn<int>("records");
        QTest::addColumn<qint64>("detectBytes"); // small: detection reads no further than that

        QByteArray messy = "{\"a\":1}\n{\"a\":[1,2}\n{\"b\":\"x\n{\"c\":3}\n[{\"d\":[}, {\"e\":5}]\n";
        messy += "{\"big\":\"" + QByteArray(300, 'y') + "\"}\n{\"f\":6}\n\"k\": 1\n{\"g\":7\n{\"h\":8}\n";
        QTest::newRow("damaged ndjson") << messy << qint64(100) << qint64(64 << 10) << 10 << qint64(1);
        // A reject's text ended with the next record's indentation when a buffer ended inside it.
        QTest::newRow("reject text before an indented record")
            << "[\n    {\n        \"a\": \"x\ny\"\n    },\n    {\n        \"c\": 4\n    }\n]\n"_ba
            << qint64(64 << 20) << qint64(64 << 10) << 2 << qint64(1);
        // An error found further into a record than its maximum size was reported as that error
        // when the buffer reached it, and as "too large" when the buffer ended first.
        QTest::newRow("stray text longer than the maximum")
            << "xxxxxxxxxxxxxxxxxxxx[1]\n{\"a\":1}\n"_ba << qint64(10) << qint64(64 << 10) << 2 << qint64(1);
        QTest::newRow("repaired record longer than the maximum")
            << "[{\"a\":[1,2},{\"b\":2}]"_ba << qint64(8) << qint64(64 << 10) << 1 << qint64(1);
        // Detection looked at whatever the first reads brought, not just its window.
        QTest::newRow("array closing after the detection window")
            << "[1,2]\n[3]\n"_ba << qint64(64 << 20) << qint64(64 << 10) << 3 << qint64(4);
        // A backslash outside a string escaped the next quote in 64-byte blocks but not byte by byte.
        QTest::newRow("backslash outside a string")
            << "{ b\":\"\\\"}\"} [\\\\\"]\n{\"pad\":\""_ba + QByteArray(80, 'x') + "\"}\n"_ba
            << qint64(64 << 20) << qint64(64 << 10) << 4 << qint64(1);
        // A top-level string found too large before its closing quote left its "top-level" mark
        // behind, and the next record's first key was framed as a record of its own (fuzzer).
        QTest::newRow("damaged record over a small maximum")
            << QByteArray("\x20\x20\x20\x20\x20\x20\x22\x31\x0d\x0d\x00\x00\x90\x61\x20\x20"
                          "\x20\x80\x0a\x20\x20\x20\x20\x7b\x20\x20\x22\x6a\x20\x22\x00\x00"
                          "\x00\x2d\x80\x6f\x77\x90\x61\x20\x20",
                          41)
            << qint64(11) << qint64(64 << 10) << 2 << qint64(16);
        QFile fuzzed(QStringLiteral(PJL_SOURCE_DIR) +
                     u"/tests/fuzz/regressions/top-level-string-too-large-then-object.bin"_s);
        QVERIFY(fuzzed.open(QIODevice::ReadOnly));
        QTest::newRow("damaged GitHub slice, the same with a longer maximum")
            << fuzzed.readAll() << qint64(31) << qint64(44) << 17 << qint64(9);
        QTest::newRow("BOM with a detection window shorter than it")
            << "\xEF\xBB\xBF{\"a\":1}"_ba << qint64(64 << 20) << qint64(64 << 10) << 1 << qint64(1);
    }

    void framingIsIndependentOfBuffers()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, maxRecordBytes);
        QFETCH(qint64, previewBytes);
        QFETCH(int, records);
        QFETCH(qint64, detectBytes);
        RecordFramer::Options reference;
        reference.maxRecordBytes = maxRecordBytes;
        reference.previewBytes = previewBytes;
        reference.detectBytes = detectBytes;
        const FrameResult whole = frame(input, 1 << 30, reference);
        const auto &expected = whole.records;
        QCOMPARE(expected.size(), records);
        for (const auto &[step, readSize] : kSplits) {
            RecordFramer::Options options = reference;
            options.readSize = readSize;
            const FrameResult split = frame(input, step, options);
            QCOMPARE(split.framing, whole.framing);
            const auto &got = split.records;
            QCOMPARE(got.size(), expected.size());
            for (qsizetype i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].ordinal, expected[i].ordinal);
                QCOMPARE(got[i].offset, expected[i].offset);
                QCOMPARE(got[i].spanBytes, expected[i].spanBytes);
                QCOMPARE(got[i].reject, expected[i].reject);
                QCOMPARE(got[i].error, expected[i].error);
                QCOMPARE(got[i].text, expected[i].text);
            }
        }
    }

    void longRejectKeepsOnlyAPreview()
    {
        RecordFramer::Options options;
        options.previewBytes = 10;
        options.readSize = 32;
        const QByteArray garbage = "{\"a\": [}" + QByteArray(5000, 'z') + "\n";
        const auto records = frame(garbage + "{\"ok\":1}\n", 7, options).records;
        QCOMPARE(records.size(), 2);
        QVERIFY(records[0].reject);
        QCOMPARE(records[0].text, garbage.left(10)); // at most the preview
        QCOMPARE(records[0].spanBytes, garbage.size());
        QCOMPARE(records[1].text, "{\"ok\":1}"_ba);
        QCOMPARE(records[1].offset, garbage.size());
    }

    void largeRecordAcrossManyBuffers()
    {
        QByteArray record = "{\"k\":[";
        for (int i = 0; i < 20000; ++i)
            record += "{\"s\":\"a\\\"b\\\\\",\"n\":" + QByteArray::number(i) + "},";
        record.chop(1);
        record += "]}";
        RecordFramer::Options options;
        options.readSize = 4096;
        const auto records = frame(record + "\n" + record + "\n", 4093, options).records;
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].text, record);
        QCOMPARE(records[1].text, record);
        QCOMPARE(records[1].line, 2);
    }

    // Cut any line of an NDJSON file anywhere: that line is one reject, every other line loads.
    void truncatedLineNeverSwallowsOthers()
    {
        QList<QByteArray> lines;
        for (int i = 0; i < 12; ++i)
            lines.append("{\"id\":" + QByteArray::number(i) +
                         ",\"s\":\"x,\\\"}\\n\",\"a\":[{\"b\":[1,{}]}],\"o\":{\"p\":null}}");
        for (int victim = 0; victim < lines.size(); victim += 5) {
            for (int cut = 1; cut < lines[victim].size(); ++cut) {
                QList<QByteArray> damaged = lines;
                damaged[victim] = lines[victim].left(cut);
                const auto records = frame(damaged.join('\n') + '\n', 17).records;
                int rejects = 0;
                QList<QByteArray> good;
                for (const Framed &f : records) {
                    if (f.reject) {
                        ++rejects;
                        QCOMPARE(f.text.left(cut), damaged[victim]);
                    } else {
                        good.append(f.text);
                    }
                }
                QList<QByteArray> expected = lines;
                expected.removeAt(victim);
                QVERIFY2(good == expected, qPrintable(u"victim %1 cut %2"_s.arg(victim).arg(cut)));
                QCOMPARE(rejects, 1);
            }
        }
    }

    // Delete any line of a pretty-printed array: every untouched record still loads exactly once.
    void deletedLineInPrettyArray()
    {
        QList<QByteArray> records;
        for (int i = 0; i < 6; ++i) {
            records.append(
                "{\n        \"id\": " + QByteArray::number(i) +
                ",\n        \"payload\": {\n            \"list\": [\n                1,\n                {\n"
                "                    \"x\": \"a,\\n\"\n                }\n            ],\n"
                "            \"t\": true\n        }\n    }");
        }
        const QByteArray file = "[\n    " + records.join(",\n    ") + "\n]\n";
        const QList<QByteArray> fileLines = file.split('\n');
        for (int victim = 1; victim < fileLines.size() - 2; ++victim) {
            QList<QByteArray> damagedLines = fileLines;
            damagedLines.removeAt(victim);
            const QByteArray damaged = damagedLines.join('\n');
            const auto framed = frame(damaged, 11).records;
            QList<QByteArray> good;
            for (const Framed &f : framed) {
                if (!f.reject)
                    good.append(f.text);
            }
            // The record that lost a line is the one whose lines held it.
            for (int r = 0; r < records.size(); ++r) {
                const qint64 start = file.indexOf(records[r]);
                const int firstLine = int(file.left(start).count('\n'));
                const int lastLine = firstLine + int(records[r].count('\n'));
                if (victim < firstLine || victim > lastLine)
                    QVERIFY2(good.count(records[r]) == 1,
                             qPrintable(u"deleted line %1: record %2 lost"_s.arg(victim).arg(r)));
            }
            for (const QByteArray &g : good)
                QVERIFY2(records.contains(g) || damaged.contains(g),
                         qPrintable(u"deleted line %1: invented %2"_s.arg(victim).arg(QString::fromUtf8(g))));
        }
    }

    // Every JSONTestSuite file PostgreSQL accepts frames into records our validator accepts, with
    // no rejects; no file crashes the framer.
    void jsonTestSuite()
    {
        const QList<pjl::test::JsonTestSuiteCase> suite = pjl::test::jsonTestSuiteCases();
        QVERIFY2(!suite.isEmpty(), "shared test data missing");
        pjl::JsonValidator validator;
        int checked = 0;
        for (const pjl::test::JsonTestSuiteCase &c : suite) {
            for (qint64 step : {qint64(1), qint64(1 << 30)}) {
                const auto records = frame(c.text, step).records;
                if (!c.pgAccepts)
                    continue;
                for (const Framed &f : records) {
                    QVERIFY2(!f.reject, qPrintable(c.name + u": "_s + f.error));
                    QByteArray padded = f.text;
                    padded.append(QByteArray(pjl::JsonValidator::kPadding, ' '));
                    QVERIFY2(validator.check(padded.constData(), size_t(f.text.size())).ok,
                             qPrintable(c.name));
                }
            }
            ++checked;
        }
        QCOMPARE(checked, 318);
        QCOMPARE(describe(frame(sharedCase(u"i_structure_UTF-8_BOM_empty_object.json"_s)).records),
                 QStringList{u"{}"_s});
        QCOMPARE(describe(frame(sharedCase(u"n_structure_double_array.json"_s)).records),
                 (QStringList{u"[]"_s, u"[]"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRecordFramer)
#include "tst_recordframer.moc"
