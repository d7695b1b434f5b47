#include "jsoncompactor.h"
#include "jsonvalidator.h"
#include "pgconnection.h"
#include "recordgenerator.h"
#include "sampledata.h"
#include "testserver.h"

#include <QRandomGenerator>
#include <QTest>

#include <iterator>

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;

// JsonCompactor sends pretty-printed records to jsonb columns by default, unvalidated: its output
// must be the same value, and get the same verdict from the server, whatever the input.
class TestJsonCompactor final : public QObject
{
    Q_OBJECT

    // Every implementation (compact() as dispatched: AVX-512 VBMI2 where the CPU has it; the
    // portable block scan; the byte-at-a-time one) on input padded with bytes that would change
    // the result if they were read as part of it, into a buffer whose bytes past the allowed
    // padding must stay untouched. A mismatch or an overrun fails the running test.
    static QByteArray compacted(const QByteArray &json)
    {
        using Compact = size_t (*)(const char *, size_t, char *);
        static const struct
        {
            const char *name;
            Compact compact;
        } kWays[] = {{"compact()", JsonCompactor::compact},
                     {"compactPortable()", JsonCompactor::compactPortable},
                     {"compactExact()", JsonCompactor::compactExact}};
        QByteArray in = json;
        for (size_t i = 0; i < JsonCompactor::kReadPadding; ++i)
            in.append("1 \"\\"[i % 4]);
        const QByteArray guard(64, '\x5A');
        QByteArray results[std::size(kWays)];
        for (size_t w = 0; w < std::size(kWays); ++w) {
            QByteArray out(json.size() + qsizetype(JsonCompactor::kWritePadding), '\0');
            out += guard;
            const size_t length = kWays[w].compact(in.constData(), size_t(json.size()), out.data());
            if (length > size_t(json.size()))
                QTest::qFail(qPrintable(QLatin1StringView(kWays[w].name) +
                                        u": output longer than the input: "_s + shown(json)),
                             __FILE__, __LINE__);
            if (!out.endsWith(guard))
                QTest::qFail(qPrintable(QLatin1StringView(kWays[w].name) + u": wrote past its padding: "_s +
                                        shown(json)),
                             __FILE__, __LINE__);
            results[w] = out.left(qsizetype(length));
            if (results[w] != results[0])
                QTest::qFail(qPrintable(QLatin1StringView(kWays[w].name) + u" and compact() differ on "_s +
                                        shown(json) + u": "_s + shown(results[w]) + u" / "_s +
                                        shown(results[0])),
                             __FILE__, __LINE__);
        }
        return results[0];
    }

    bool accepts(const QByteArray &json) { return m_db.exec("SELECT $1::text::jsonb", {json}).ok(); }

    bool validatorAccepts(const QByteArray &json)
    {
        const QByteArray in = json + QByteArray(JsonValidator::kPadding, ' ');
        return m_validator.check(in.constData(), size_t(json.size())).ok;
    }

    PgConnection m_db;
    JsonValidator m_validator;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestServer::instance().isUp(), qPrintable(TestServer::instance().error()));
        QVERIFY(m_db.open(TestServer::instance().freshDatabase(u"jsoncompactor"_s)).isNull());
    }

    void compactForm_data();
    void compactForm()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(compacted(input), expected);
    }

    // Inputs around the 64-byte blocks: whitespace runs, strings and escapes across a block's end,
    // and whitespace between two numbers that only the next block shows to be such.
    void acrossBlocks_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        for (int n = 50; n < 80; ++n) {
            const QByteArray spaces(n, ' ');
            QTest::addRow("numbers %d apart", n) << "[1" + spaces + "2]"
                                                 << "[1" + spaces + "2]";
            QTest::addRow("comma after %d", n) << "[1" + spaces + ",2]" << QByteArray("[1,2]");
            QTest::addRow("string of %d", n) << "[ \"" + spaces + "\" ]"
                                             << "[\"" + spaces + "\"]";
            const QByteArray pad(n, 'x');
            QTest::addRow("escaped quote at %d", n) << "[\"" + pad + "\\\" \" , 1 ]"
                                                    << "[\"" + pad + "\\\" \",1]";
            QTest::addRow("escaped backslash at %d", n) << "[\"" + pad + "\\\\\" , \" a\" ]"
                                                        << "[\"" + pad + "\\\\\",\" a\"]";
        }
    }
    void acrossBlocks() { compactForm(); }

    // compact() against compactExact() (in compacted()) on generated records, whole and damaged,
    // and on random bytes from the characters that matter.
    void blockScanAgreesWithExact_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 300; seed < 306; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void blockScanAgreesWithExact()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        RecordGenerator generator(seed, int(seed % 3) * 25 + 10);
        static const char kAlphabet[] = "{}[],:\" \\\n\t\r1ae-";
        for (int i = 0; i < 3000; ++i) {
            const QByteArray record = generator.record(4);
            compacted(record);
            compacted(mutated(record, random));
            QByteArray noise;
            const int length = int(random.bounded(300u));
            for (int k = 0; k < length; ++k)
                noise.append(kAlphabet[random.bounded(quint32(sizeof kAlphabet - 1))]);
            compacted(noise);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The value: the server stores the same jsonb, and prints it the same.
    void sameValue()
    {
        RecordGenerator generator(7, 40);
        int changed = 0;
        for (int i = 0; i < 1500; ++i) {
            const QByteArray record = generator.record(4);
            const QByteArray out = compacted(record);
            changed += out != record;
            const auto same = m_db.exec("SELECT $1::text::jsonb = $2::text::jsonb "
                                        "AND $1::text::jsonb::text = $2::text::jsonb::text",
                                        {record, out});
            QVERIFY2(same, qPrintable(same.error().toString()));
            QVERIFY2(same->text(0, 0) == u"t"_s, qPrintable(shown(record) + u" -> "_s + shown(out)));
        }
        QVERIFY(changed > 1000);
    }

    // The verdict: every JSONTestSuite case, as it is and spread out with whitespace in two ways
    // (after and before punctuation, as a pretty-printer would, and between any two bytes), both
    // texts judged by the server itself.
    void keepsTheServersVerdictOnJsonTestSuite()
    {
        const QList<JsonTestSuiteCase> cases = jsonTestSuiteCases();
        QCOMPARE(cases.size(), 318);
        int changed = 0, rejectedChanged = 0;
        for (const JsonTestSuiteCase &c : cases) {
            QByteArray pretty, spread;
            for (const char ch : c.text) {
                if (ch == ']' || ch == '}')
                    pretty.append("\n  ");
                pretty.append(ch);
                if (ch == ',' || ch == ':' || ch == '[' || ch == '{')
                    pretty.append("\n  ");
                spread.append(ch).append(spread.size() % 3 ? " " : "\t\r\n");
            }
            const QByteArrayList texts = {c.text, pretty, spread};
            for (qsizetype t = 0; t < texts.size(); ++t) {
                const QByteArray &text = texts[t];
                const QByteArray output = compacted(text);
                if (QTest::currentTestFailed())
                    return;
                // A parameter ends at a NUL byte, and an empty one is NULL: such cases are left to
                // the validator (the server refuses both, and so does the validator).
                const bool nul = text.isEmpty() || text.contains('\0');
                const bool before = nul ? validatorAccepts(text) : accepts(text);
                if (t == 0) // the file's verdict is still the server's
                    QVERIFY2(before == c.pgAccepts, qPrintable(c.name));
                if (output == text)
                    continue;
                ++changed;
                rejectedChanged += before ? 0 : 1;
                const bool after = nul ? validatorAccepts(output) : accepts(output);
                QVERIFY2(after == before,
                         qPrintable(c.name + u": "_s + shown(text) + u" -> "_s + shown(output)));
            }
        }
        // Not a vacuous pass: most texts are changed, refused ones among them.
        QVERIFY2(changed > 600 && rejectedChanged > 300,
                 qPrintable(u"changed %1, of them rejected %2"_s.arg(changed).arg(rejectedChanged)));
    }

    // The same on generated records damaged at random, judged by JsonValidator, which agrees with
    // PostgreSQL (tst_pgagreement).
    void keepsTheVerdictOnDamagedRecords()
    {
        QRandomGenerator random(400);
        RecordGenerator generator(400, 30);
        int changed = 0, invalidChanged = 0;
        for (int i = 0; i < 20000; ++i) {
            const QByteArray input = mutated(generator.record(4), random);
            const QByteArray output = compacted(input);
            if (QTest::currentTestFailed())
                return;
            if (output == input)
                continue;
            ++changed;
            const bool before = validatorAccepts(input);
            invalidChanged += before ? 0 : 1;
            QVERIFY2(validatorAccepts(output) == before,
                     qPrintable(shown(input) + u" -> "_s + shown(output)));
        }
        QVERIFY2(changed > 10000 && invalidChanged > 3000,
                 qPrintable(u"changed %1, of them invalid %2"_s.arg(changed).arg(invalidChanged)));
    }
};

// Defined after the test class: moc (Qt 6.4) misreads raw strings that hold an odd number of
// quotes.
void TestJsonCompactor::compactForm_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char *name, const QByteArray &input, const QByteArray &expected) {
        QTest::newRow(name) << input << expected;
    };
    row("empty", "", "");
    row("compact already", R"({"a":1,"b":[true,null]})", R"({"a":1,"b":[true,null]})");
    row("pretty-printed", "{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ]\n}", R"({"a":1,"b":[1,2]})");
    row("every whitespace", "{ \t\r\n\"a\" \t\r\n: \t\r\n1 \t\r\n}", R"({"a":1})");
    row("around the record", " \r\n [ ] \n ", "[]");
    row("keys as written, duplicates kept", R"({"b": 1, "a": 2, "b": 3})", R"({"b":1,"a":2,"b":3})");
    row("whitespace in strings", "{ \"a b\" : \" x\ty \" }", "{\"a b\":\" x\ty \"}");
    row("escaped quote", R"([ "a\" b" , 1 ])", R"(["a\" b",1])");
    row("escaped backslash", R"([ "a\\" , " b" ])", R"(["a\\"," b"])");
    row("three backslashes", R"([ "\\\" x" ])", R"(["\\\" x"])");
    row("unicode escapes", R"({ "\u00e9 \ud83d\ude00" : "é 😀" })", R"({"\u00e9 \ud83d\ude00":"é 😀"})");
    row("top-level scalar", "  42\n", "42");
    row("top-level string", "\n\"a b\"\n", "\"a b\"");
    // Between two tokens that are neither strings nor punctuation the whitespace stays, so that
    // they stay two and the record stays refused.
    row("two numbers", "[1 2]", "[1 2]");
    row("two numbers, run kept whole", "[1 \n\t 2]", "[1 \n\t 2]");
    row("split literal", "[tru e]", "[tru e]");
    row("sign apart", "[- 1]", "[- 1]");
    row("fraction apart", "[1 .5]", "[1 .5]");
    row("two top-level values", "1 2", "1 2");
    row("number then string", R"([1 "a"])", R"([1"a"])");
    row("string then string", R"({"a" "b"})", R"({"a""b"})");
    row("unterminated string", "{\"a\": \"b c", "{\"a\":\"b c");
    row("ends in a backslash", "[ \"a\\", "[\"a\\");
    row("backslash outside a string", R"([\ "a b"])", R"([\"a b"])");
    row("escaped quote outside a string", R"([1 \" 2])", R"([1 \"2])");
    row("other bytes", "[ \f 1 ]", "[\f 1]");
}

QTEST_GUILESS_MAIN(TestJsonCompactor)
#include "tst_jsoncompactor.moc"
