#include "inputfile.h"
#include "jsonbcanonicalizer.h"
#include "jsonvalidator.h"
#include "pgconnection.h"
#include "recordframer.h"
#include "recordgenerator.h"
#include "sampledata.h"
#include "testserver.h"

#include <QRandomGenerator>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;

namespace {

QByteArray padded(const QByteArray &json)
{
    return json + QByteArray(JsonValidator::kPadding, ' ');
}

// COPY text format: backslash, tab, newline and carriage return escaped.
void appendCopyField(QByteArray &row, const QByteArray &value)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            row.append("\\\\");
            break;
        case '\t':
            row.append("\\t");
            break;
        case '\n':
            row.append("\\n");
            break;
        case '\r':
            row.append("\\r");
            break;
        default:
            row.append(c);
        }
    }
}

QByteArray nested(int depth, const QByteArray &open, const QByteArray &inner, const QByteArray &close)
{
    QByteArray out;
    for (int i = 0; i < depth; ++i)
        out.append(open);
    out.append(inner);
    for (int i = 0; i < depth; ++i)
        out.append(close);
    return out;
}

// The size of json without the whitespace outside its strings (json is valid).
qsizetype minifiedSize(const QByteArray &json)
{
    qsizetype size = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\') {
                size += 2;
                ++i;
                continue;
            }
            inString = c != '"';
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        } else {
            inString = c == '"';
        }
        ++size;
    }
    return size;
}

// Defined after the test class: moc (Qt 6.4) misreads raw strings that hold an odd number of
// quotes, and everything after the class is no concern of it.
struct UnitCase
{
    const char *name;
    QByteArray input;
    QByteArray expected;
};
QList<UnitCase> unitCases();
QByteArray keyOrderQuery();

} // namespace

class TestJsonbCanonicalizer final : public QObject
{
    Q_OBJECT

    PgConnection m_db;
    JsonValidator m_validator;
    JsonbCanonicalizer m_canonicalizer;

    // canonicalizeUncheckedInPlace on a padded copy of input: its output, or nullopt when it
    // refused the record, which must then be left as it was (a QTest failure is recorded if not).
    // canonicalizeUnchecked, which writes elsewhere (the reader: from the framer's buffer into the
    // batch), must give the same.
    std::optional<QByteArray> uncheckedRewrite(const QByteArray &input)
    {
        const QByteArray source = padded(input);
        QByteArray elsewhere(input.size() + 1, '\0');
        const auto copied =
            m_canonicalizer.canonicalizeUnchecked(source.constData(), size_t(input.size()), elsewhere.data());
        QByteArray buffer = padded(input);
        const auto length = m_canonicalizer.canonicalizeUncheckedInPlace(buffer.data(), size_t(input.size()));
        if (copied.has_value() != length.has_value() ||
            (length && elsewhere.left(qsizetype(*copied)) != buffer.left(qsizetype(*length))))
            QTest::qFail(qPrintable(u"canonicalizeUnchecked differs from canonicalizeUncheckedInPlace: "_s +
                                    shown(input)),
                         __FILE__, __LINE__);
        if (length)
            return buffer.left(qsizetype(*length));
        if (buffer.left(input.size()) != input)
            QTest::qFail(qPrintable(u"a refused record was changed: "_s + shown(input)), __FILE__, __LINE__);
        return std::nullopt;
    }

    // The canonical form, after the checks every input gets: accepted by the validator, output no
    // longer than the input, a fixed point, the same in place. Empty on a failed check (a QTest
    // failure is recorded) or on a fallback (*fallback set).
    QByteArray canonical(const QByteArray &json, bool *fallback = nullptr)
    {
        QByteArray in = padded(json);
        const ValidationVerdict verdict = m_validator.check(in.constData(), size_t(json.size()));
        if (!verdict.ok || verdict.deferToServer) {
            QTest::qFail(qPrintable(u"validator rejects the input: "_s + verdict.message), __FILE__,
                         __LINE__);
            return {};
        }
        QByteArray out(json.size(), '\0');
        const auto length = m_canonicalizer.canonicalize(in.constData(), size_t(json.size()), out.data());
        if (fallback)
            *fallback = !length;
        if (!length)
            return {};
        if (*length > size_t(json.size())) {
            QTest::qFail("output longer than the input", __FILE__, __LINE__);
            return {};
        }
        out.truncate(qsizetype(*length));

        QByteArray again = padded(out);
        QByteArray twice(out.size(), '\0');
        const auto length2 =
            m_canonicalizer.canonicalize(again.constData(), size_t(out.size()), twice.data());
        if (!length2 || twice.left(qsizetype(*length2)) != out) {
            QTest::qFail(QByteArray("not a fixed point: " + out.left(200)).constData(), __FILE__, __LINE__);
            return {};
        }
        const auto inPlace = m_canonicalizer.canonicalizeInPlace(in.data(), size_t(json.size()));
        if (!inPlace || in.left(qsizetype(*inPlace)) != out) {
            QTest::qFail("canonicalizeInPlace differs from canonicalize", __FILE__, __LINE__);
            return {};
        }
        // Without validation: the same text, or a refusal exactly when a duplicate was dropped
        // (the output is then shorter than the input without its whitespace).
        const std::optional<QByteArray> unchecked = uncheckedRewrite(json);
        const bool dropped = out.size() < minifiedSize(json);
        if (unchecked.has_value() == dropped) {
            QTest::qFail(qPrintable(u"canonicalizeUncheckedInPlace "_s +
                                    (dropped ? u"kept a record with duplicate keys: "_s
                                             : u"refused a record without duplicate keys: "_s) +
                                    QString::fromUtf8(json.left(200))),
                         __FILE__, __LINE__);
            return {};
        }
        if (unchecked && *unchecked != out) {
            QTest::qFail("canonicalizeUncheckedInPlace differs from canonicalize", __FILE__, __LINE__);
            return {};
        }
        return QTest::currentTestFailed() ? QByteArray() : out;
    }

    // For every input and its canonical form, the server must find: the same jsonb value (as text,
    // row by row) and, walking both trees, the same key at every position: canon read as json (which
    // keeps its text's order) against the input read as jsonb (which sorts). Returns the failures.
    QStringList serverDisagreements(const QByteArrayList &inputs, const QByteArrayList &canonicals)
    {
        QStringList failures;
        const auto fail = [&](const QString &what) { failures.append(what); };
        if (!m_db.exec("DROP TABLE IF EXISTS c") ||
            !m_db.exec("CREATE TABLE c (id int PRIMARY KEY, input text NOT NULL, canon text NOT NULL)")) {
            fail(u"cannot create table c"_s);
            return failures;
        }
        if (Error e = m_db.beginCopy("COPY c (id, input, canon) FROM STDIN")) {
            fail(e.toString());
            return failures;
        }
        QByteArray rows;
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            rows.append(QByteArray::number(i)).append('\t');
            appendCopyField(rows, inputs[i]);
            rows.append('\t');
            appendCopyField(rows, canonicals[i]);
            rows.append('\n');
            if (rows.size() > (1 << 20) || i + 1 == inputs.size()) {
                if (Error e = m_db.putCopyData(rows.constData(), rows.size())) {
                    fail(e.toString());
                    return failures;
                }
                rows.clear();
            }
        }
        if (Error e = m_db.endCopy()) {
            fail(e.toString());
            return failures;
        }

        const auto count = m_db.exec("SELECT count(*) FROM c");
        if (!count || count->toInt64(0, 0) != inputs.size())
            fail(u"rows in c: "_s + (count ? count->text(0, 0) : count.error().toString()));

        const auto differing = m_db.exec("SELECT id, left(input, 200), left(canon, 200) FROM c "
                                         "WHERE input::jsonb::text IS DISTINCT FROM canon::jsonb::text "
                                         "ORDER BY id LIMIT 10");
        if (!differing)
            fail(differing.error().toString());
        for (int r = 0; differing && r < differing->rows(); ++r)
            fail(u"value differs, record "_s + differing->text(r, 0) + u": "_s + differing->text(r, 1) +
                 u" -> "_s + differing->text(r, 2));

        const auto order = m_db.exec(keyOrderQuery());
        if (!order)
            fail(order.error().toString());
        for (int r = 0; order && r < order->rows(); ++r)
            fail(u"key order: "_s + order->text(r, 0) + u" in record "_s + order->text(r, 1) + u" at "_s +
                 order->text(r, 2) + u": "_s + order->text(r, 3));
        return failures;
    }

    // Canonicalizes every input and has the server judge the lot.
    void checkAgainstServer(const QByteArrayList &inputs, int expectedFallbacks = 0)
    {
        QByteArrayList kept;
        QByteArrayList canonicals;
        int fallbacks = 0;
        for (const QByteArray &json : inputs) {
            bool fallback = false;
            const QByteArray out = canonical(json, &fallback);
            if (QTest::currentTestFailed())
                return;
            if (fallback) {
                ++fallbacks;
                continue;
            }
            kept.append(json);
            canonicals.append(out);
        }
        QCOMPARE(fallbacks, expectedFallbacks);
        const QStringList failures = serverDisagreements(kept, canonicals);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    static QByteArrayList jsonTestSuiteAccepted()
    {
        QByteArrayList out;
        for (const JsonTestSuiteCase &c : jsonTestSuiteCases()) {
            if (c.pgAccepts && !c.name.startsWith(u"n_"_s))
                out.append(c.text);
        }
        return out;
    }

    // Every step-th of the 198,024 GitHub events (pretty-printed: whitespace everywhere).
    static QByteArrayList githubEvents(int step)
    {
        InputFile file;
        if (file.open(QStringLiteral(PJL_SHARED_TESTDATA) +
                      u"/realworld/github-events/github_events_2015.json.gz"_s))
            return {};
        RecordFramer framer(file);
        QByteArrayList out;
        FramedRecord record;
        for (qint64 n = 0; framer.next(record) == RecordFramer::Status::Record; ++n) {
            if (n % step == 0 && !record.isReject())
                out.append(QByteArray(record.data, qsizetype(record.size)));
        }
        return out;
    }

    static QByteArrayList generated(quint32 seed, int count, int whitespacePercent, int maxDepth)
    {
        RecordGenerator generator(seed, whitespacePercent);
        QByteArrayList out;
        for (int i = 0; i < count; ++i)
            out.append(generator.record(maxDepth));
        return out;
    }

    static QByteArrayList generatedDeep(quint32 seed, int count, int maxDepth)
    {
        RecordGenerator generator(seed, 5);
        QByteArrayList out;
        for (int i = 0; i < count; ++i)
            out.append(generator.deepRecord(1 + i * maxDepth / count));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestServer::instance().isUp(), qPrintable(TestServer::instance().error()));
        QVERIFY(m_db.open(TestServer::instance().freshDatabase(u"jsonbcanonicalizer"_s)).isNull());
    }

    void canonicalForm_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        for (const UnitCase &c : unitCases())
            QTest::newRow(c.name) << c.input << c.expected;
    }

    void canonicalForm()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        bool fallback = false;
        const QByteArray out = canonical(input, &fallback);
        QVERIFY(!fallback);
        QCOMPARE(out, expected);
    }

    void unitCasesAgreeWithServer()
    {
        QByteArrayList inputs;
        for (const UnitCase &c : unitCases())
            inputs.append(c.input);
        checkAgainstServer(inputs);
    }

    void fallbacks_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("handled");
        QTest::newRow("arrays at the limit")
            << nested(int(JsonbCanonicalizer::kMaxDepth), "[", "", "]") << true;
        QTest::newRow("arrays beyond")
            << nested(int(JsonbCanonicalizer::kMaxDepth) + 1, "[", "", "]") << false;
        QTest::newRow("objects beyond")
            << nested(int(JsonbCanonicalizer::kMaxDepth) + 1, "{\"a\":", "1", "}") << false;
    }

    void fallbacks()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, handled);
        QByteArray in = padded(input);
        QByteArray out(input.size(), '\0');
        const auto length = m_canonicalizer.canonicalize(in.constData(), size_t(input.size()), out.data());
        QCOMPARE(length.has_value(), handled);
        const auto inPlace = m_canonicalizer.canonicalizeInPlace(in.data(), size_t(input.size()));
        QCOMPARE(inPlace.has_value(), handled);
        QCOMPARE(in.left(input.size()), input); // fallback or not, already canonical
        // The instance is still usable afterwards.
        QCOMPARE(canonical("{\"b\":1,\"a\":2}"), QByteArray("{\"a\":2,\"b\":1}"));
    }

    // Found by fuzz_canonical (tests/fuzz/regressions/empty-object-with-whitespace-fresh.json):
    // an empty object written with whitespace, as the first record an instance rewrites, took
    // first + 1 on the member storage it had not allocated yet (nullptr), undefined behaviour
    // that UBSan reports (tests/sanitize.sh). A fresh instance for each call, as a new reading
    // thread has.
    void emptyObjectOnFreshInstance_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("root") << QByteArray("{ }");
        QTest::newRow("root, lines around") << QByteArray("\n{\n}\n");
        QTest::newRow("every whitespace") << QByteArray("{ \t\r\n}");
    }

    void emptyObjectOnFreshInstance()
    {
        QFETCH(QByteArray, input);
        QByteArray in = padded(input);
        QByteArray out(input.size(), '\0');
        const auto length =
            JsonbCanonicalizer().canonicalize(in.constData(), size_t(input.size()), out.data());
        QVERIFY(length.has_value());
        QCOMPARE(out.left(qsizetype(*length)), QByteArray("{}"));
        const auto inPlace = JsonbCanonicalizer().canonicalizeInPlace(in.data(), size_t(input.size()));
        QVERIFY(inPlace.has_value());
        QCOMPARE(in.left(qsizetype(*inPlace)), QByteArray("{}"));
    }

    void agreesWithServer_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("JSONTestSuite, accepted by PostgreSQL") << u"jsontestsuite"_s;
        QTest::newRow("GitHub events") << u"github"_s;
        QTest::newRow("generated, compact") << u"compact"_s;
        QTest::newRow("generated, whitespace") << u"whitespace"_s;
        QTest::newRow("generated, deep") << u"deep"_s;
    }

    void agreesWithServer()
    {
        QFETCH(QString, source);
        QByteArrayList inputs;
        if (source == u"jsontestsuite"_s) {
            inputs = jsonTestSuiteAccepted();
            QCOMPARE(inputs.size(), 102); // y_ 93, i_ 9
        } else if (source == u"github"_s) {
            inputs = githubEvents(10);
            QCOMPARE(inputs.size(), 19803);
        } else if (source == u"compact"_s) {
            inputs = generated(1, 3000, 0, 5);
        } else if (source == u"whitespace"_s) {
            inputs = generated(2, 3000, 30, 5);
        } else {
            inputs = generatedDeep(3, 200, int(JsonbCanonicalizer::kMaxDepth) - 4);
        }
        checkAgainstServer(inputs);
    }

    // Nobody validated the input of canonicalizeUncheckedInPlace (the default for pretty-printed
    // records): whatever it does not refuse must get the input's verdict from the server, or a bad
    // record would load. Every JSONTestSuite case, both texts judged by the server itself.
    void uncheckedRewriteKeepsTheServersVerdictOnJsonTestSuite()
    {
        const auto accepts = [&](const QByteArray &json) {
            return m_db.exec("SELECT $1::text::jsonb", {json}).ok();
        };
        const QList<JsonTestSuiteCase> cases = jsonTestSuiteCases();
        QCOMPARE(cases.size(), 318);
        int rewritten = 0, rejectedRewritten = 0;
        for (const JsonTestSuiteCase &c : cases) {
            const QByteArray &input = c.text;
            const std::optional<QByteArray> rewrite = uncheckedRewrite(input);
            if (QTest::currentTestFailed())
                return;
            if (!rewrite)
                continue;
            ++rewritten;
            const QByteArray &output = *rewrite;
            const bool before = accepts(input);
            QCOMPARE(before, c.pgAccepts); // the file's verdict is still the server's
            rejectedRewritten += before ? 0 : 1;
            QVERIFY2(accepts(output) == before,
                     qPrintable(c.name + u": "_s + shown(input) + u" -> "_s + shown(output)));
        }
        // Not a vacuous pass: most cases are rewritten, rejected ones among them.
        QVERIFY2(rewritten > 150 && rejectedRewritten > 50,
                 qPrintable(u"rewritten %1, of them rejected %2"_s.arg(rewritten).arg(rejectedRewritten)));
    }

    // What the unchecked rewrite must refuse, leaving the record as it was. The mismatched
    // brackets were found by the damaged records below: the emitter writes brackets by kind, so
    // "[1}" came out as the valid "[1]".
    void uncheckedRefuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("array closed by a brace") << QByteArray("[1}");
        QTest::newRow("object closed by a bracket") << QByteArray("{\"a\":1]");
        QTest::newRow("inner mismatch") << QByteArray("[ {} }");
        QTest::newRow("duplicate key") << QByteArray("{\"a\": 1, \"a\": 2}");
        QTest::newRow("duplicate key, escaped") << QByteArray("{\"a\": tru, \"\\u0061\": 2}");
        QTest::newRow("missing comma") << QByteArray("[1 2]");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}");
        QTest::newRow("key not a string") << QByteArray("{a: 1}");
        QTest::newRow("unclosed") << QByteArray("{\"a\": [1, 2]");
        QTest::newRow("two values") << QByteArray("{} {}");
    }

    void uncheckedRefuses()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!uncheckedRewrite(input));
    }

    // The same property on generated records damaged at random (one to three bytes), judged by
    // JsonValidator, which agrees with PostgreSQL (tst_pgagreement): 40,000 damaged records.
    void uncheckedRewriteKeepsTheVerdictOnDamagedRecords_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 200; seed < 204; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void uncheckedRewriteKeepsTheVerdictOnDamagedRecords()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        int rewritten = 0, invalidRewritten = 0;
        const QByteArrayList records = generated(seed, 10000, int(seed % 3) * 20, 4);
        for (const QByteArray &record : records) {
            const QByteArray input = mutated(record, random);
            const std::optional<QByteArray> rewrite = uncheckedRewrite(input);
            if (QTest::currentTestFailed())
                return;
            if (!rewrite)
                continue;
            const ValidationVerdict before =
                m_validator.check(padded(input).constData(), size_t(input.size()));
            const QByteArray &output = *rewrite;
            const ValidationVerdict after =
                m_validator.check(padded(output).constData(), size_t(output.size()));
            if (before.deferToServer || after.deferToServer)
                continue; // nesting the validator leaves to the server: not in these records
            ++rewritten;
            invalidRewritten += before.ok ? 0 : 1;
            // The verdict, not the first error: with members reordered another one may come first.
            QVERIFY2(before.ok == after.ok, qPrintable(shown(input) + u" -> "_s + shown(output) + u": "_s +
                                                       before.message + u" / "_s + after.message));
        }
        QVERIFY2(rewritten > 2000 && invalidRewritten > 500,
                 qPrintable(u"rewritten %1, of them invalid %2"_s.arg(rewritten).arg(invalidRewritten)));
    }

    // Property test: many seeds, small records, every invariant and the server's verdict.
    void fuzz_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 100; seed < 110; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void fuzz()
    {
        QFETCH(quint32, seed);
        checkAgainstServer(generated(seed, 500, int(seed % 4) * 15, 4));
    }
};

namespace {

QList<UnitCase> unitCases()
{
    QList<UnitCase> cases;
    const auto row = [&](const char *name, const QByteArray &input, const QByteArray &expected) {
        cases.append({name, input, expected});
    };
    row("sorted already", R"({"a":1,"bb":{"c":[1,{"d":2}]}})", R"({"a":1,"bb":{"c":[1,{"d":2}]}})");
    row("bytes", R"({"b":1,"a":2})", R"({"a":2,"b":1})");
    row("shorter first", R"({"aa":1,"b":2})", R"({"b":2,"aa":1})");
    row("length, then bytes", R"({"ccc":1,"bb":2,"a":3,"ab":4,"aaa":5})",
        R"({"a":3,"ab":4,"bb":2,"aaa":5,"ccc":1})");
    row("duplicate: last wins", R"({"b":1,"a":2,"a":3})", R"({"a":3,"b":1})");
    row("duplicate around another key", R"({"a":1,"b":2,"a":3})", R"({"a":3,"b":2})");
    row("duplicate in sorted order", R"({"a":1,"a":2})", R"({"a":2})");
    row("three duplicates", R"({"k":1,"k":2,"k":3})", R"({"k":3})");
    row("duplicate objects: no merging", R"({"a":{"x":1,"y":2},"a":{"z":3}})", R"({"a":{"z":3}})");
    row("duplicate: earlier object dropped", R"({"a":{"y":1,"x":2},"a":1})", R"({"a":1})");
    row("nested duplicates", R"({"o":{"k":1,"k":2},"a":[{"k":3,"k":4}]})", R"({"a":[{"k":4}],"o":{"k":2}})");
    row("escaped duplicate, escaped first", R"({"\u0061":1,"a":2})", R"({"a":2})");
    row("escaped duplicate, escaped last", R"({"a":1,"\u0061":2})", R"({"\u0061":2})");
    row("escaped key sorts de-escaped", R"({"\u0062":1,"a":2})", R"({"a":2,"\u0062":1})");
    row("escaped key: decoded length", R"({"ab":2,"\u00e9":1})", R"({"ab":2,"\u00e9":1})");
    row("escaped key: decoded length 2", R"({"abc":2,"\u00e9":1})", R"({"\u00e9":1,"abc":2})");
    row("escaped solidus", R"({"\/":1,"/":2})", R"({"/":2})");
    row("escaped solidus sorts as /", R"({"0":1,"\/":2})", R"({"\/":2,"0":1})");
    row("escapes by byte", R"({"\\":1,"\b":2,"\f":3,"\t":4,"\r":5,"\"":6,"\n":7})",
        R"({"\b":2,"\t":4,"\n":7,"\f":3,"\r":5,"\"":6,"\\":1})");
    row("surrogate pair = raw", R"({"\ud83d\ude00":1,"😀":2})", R"({"😀":2})");
    row("surrogate pair upper case", R"({"😀":1,"\uD83D\uDE00":2})", R"({"\uD83D\uDE00":2})");
    row("surrogate pair sorts as 4 bytes", R"({"abcde":1,"\ud83d\ude00":2,"abc":3})",
        R"({"abc":3,"\ud83d\ude00":2,"abcde":1})");
    row("unicode keys by bytes", R"({"é":1,"z":2,"ab":3,"日本":4,"😀":5})",
        R"({"z":2,"ab":3,"é":1,"😀":5,"日本":4})");
    row("empty key", R"({"a":1,"":2})", R"({"":2,"a":1})");
    row("empty keys duplicate", R"({"":1,"":2})", R"({"":2})");
    row("empty object with whitespace", " { \n} ", "{}");
    row("whitespace everywhere", " \t{ \"b\" :\n[ 1 ,\r\n2 ] , \"a\" : { } }\n ", R"({"a":{},"b":[1,2]})");
    row("whitespace, keys in order", "{\"a\" : 1, \"b\" : [ ] }", R"({"a":1,"b":[]})");
    row("whitespace only inside", R"({"a":[1, 2]})", R"({"a":[1,2]})");
    row("scalar number", " 1 ", "1");
    row("scalar string", "\"x\"", "\"x\"");
    row("scalar null", "\n null", "null");
    row("true", "true", "true");
    row("false", "false ", "false");
    row("-0", "-0", "-0");
    row("1.0", "1.0", "1.0");
    row("1E+2", "1E+2", "1E+2");
    row("1e400", "1e400", "1e400");
    row("1e-400", "[1e-400]", "[1e-400]");
    row("numbers kept as written", R"({"n":[-0, 1.0, 1E+2, 1e400, 0.00001, -0.0]})",
        R"({"n":[-0,1.0,1E+2,1e400,0.00001,-0.0]})");
    row("empty object", "{}", "{}");
    row("empty array", "[]", "[]");
    row("empty containers with spaces", "[ { } , [ ] ]", "[{},[]]");
    row("array order kept", "[3,1,2,{\"b\":1,\"a\":2}]", R"([3,1,2,{"a":2,"b":1}])");
    row("string with escapes kept", R"({"s":"a\"b\\c\/d\u00e9\ud83d\ude00\n","a":"\t"})",
        R"({"a":"\t","s":"a\"b\\c\/d\u00e9\ud83d\ude00\n"})");
    row("string holding structure", R"({"b":"{\"z\":1, \"a\":2}","a":"] , ["})",
        R"({"a":"] , [","b":"{\"z\":1, \"a\":2}"})");
    const QByteArray longString = '"' + QByteArray("ab\\n\\u00e9\\\" \\\\").repeated(5000) + '"';
    row("long string", "{\"z\":" + longString + ",\"a\" : 1}", "{\"a\":1,\"z\":" + longString + '}');
    QByteArray many = "{";
    QByteArray manySorted = "{";
    for (int i = 59; i >= 0; --i)
        many.append(QByteArray(i < 59 ? "," : "") + "\"k" + QByteArray::number(i % 40) +
                    "\":" + QByteArray::number(i));
    many.append('}');
    for (int i = 0; i < 40; ++i)
        manySorted.append(QByteArray(i ? "," : "") + "\"k" + QByteArray::number(i) +
                          "\":" + QByteArray::number(i));
    manySorted.append('}');
    // k0..k9 sort before k10..k39 (shorter); of each duplicate the last written (the lower value).
    row("many members, duplicates", many, manySorted);
    row("deep arrays", nested(1000, "[", "1", "]"), nested(1000, "[", "1", "]"));
    row("deep objects, unsorted", nested(600, R"({"bb":1,"a":)", "{}", "}"),
        nested(600, R"({"a":)", "{}", R"(,"bb":1})"));
    row("deep objects, spaces", nested(300, R"({ "a" : [)", "0", "] }"), nested(300, R"({"a":[)", "0", "]}"));
    return cases;
}

// Every key of a value of the test table c with its position (the path of member/element ordinals
// from the root), the value read as type: json keeps its text's order, jsonb sorts.
QByteArray keysOf(const char *name, const char *column, const char *type)
{
    return QString::fromLatin1(R"(
            %1(id, path, k, v) AS (
                SELECT id, ARRAY[]::int[], NULL::text, %2::%3 FROM c
                UNION ALL
                SELECT p.id, p.path || e.n::int, e.k, e.v FROM %1 p, LATERAL (
                    SELECT key, value, n FROM %3_each(
                        CASE WHEN %3_typeof(p.v) = 'object' THEN p.v ELSE '{}' END) WITH ORDINALITY x(key, value, n)
                    UNION ALL
                    SELECT NULL, value, n FROM %3_array_elements(
                        CASE WHEN %3_typeof(p.v) = 'array' THEN p.v ELSE '[]' END) WITH ORDINALITY x(value, n)
                ) e(k, v, n)))")
        .arg(QLatin1String(name), QLatin1String(column), QLatin1String(type))
        .toLatin1();
}

// The keys of canon read as json and of input read as jsonb: the differences.
QByteArray keyOrderQuery()
{
    return "WITH RECURSIVE" + keysOf("canon_keys", "canon", "json") + "," +
           keysOf("jsonb_keys", "input", "jsonb") + R"(,
            missing AS (SELECT id, path, k FROM jsonb_keys EXCEPT ALL SELECT id, path, k FROM canon_keys),
            extra AS (SELECT id, path, k FROM canon_keys EXCEPT ALL SELECT id, path, k FROM jsonb_keys)
            SELECT 'jsonb has, canon lacks', id, path::text, k FROM missing
            UNION ALL SELECT 'canon has, jsonb lacks', id, path::text, k FROM extra
            ORDER BY 2, 3 LIMIT 10)";
}

} // namespace

QTEST_GUILESS_MAIN(TestJsonbCanonicalizer)
#include "tst_jsonbcanonicalizer.moc"
