#include "jsonvalidator.h"
#include "pgjsonrules.h"
#include "sampledata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pjl::JsonValidator;
using pjl::ValidationVerdict;
using pjl::test::JsonTestSuiteCase;
using pjl::test::jsonTestSuiteCases;

namespace {

ValidationVerdict check(JsonValidator &validator, const QByteArray &text)
{
    QByteArray padded = text;
    padded.append(QByteArray(JsonValidator::kPadding, '\0'));
    return validator.check(padded.constData(), size_t(text.size()));
}

} // namespace

class TestJsonValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The oracle: PostgreSQL 15's own verdict on every JSONTestSuite file, taken as one jsonb value.
    void agreesWithPostgresOnJsonTestSuite()
    {
        const QList<JsonTestSuiteCase> suite = jsonTestSuiteCases();
        QVERIFY2(!suite.isEmpty(), "shared test data missing: ../shared/testdata");
        JsonValidator validator;
        int cases = 0;
        QStringList disagreements;
        for (const JsonTestSuiteCase &c : suite) {
            const ValidationVerdict verdict = check(validator, c.text);
            // "Defer to the server" counts as accepting: the record is sent and the server decides.
            if (verdict.ok != c.pgAccepts)
                disagreements.append(c.name + u" (PostgreSQL: "_s + (c.pgAccepts ? u"yes"_s : u"no"_s) +
                                     u", us: "_s + verdict.message + u')');
            if (!c.pgAccepts && !verdict.ok && !c.pgError.isEmpty()) {
                const QString pgState = QString::fromUtf8(c.pgError.left(5));
                // The server's SQLSTATE, except where it gave up on depth before seeing the error.
                if (pgState != u"22P02"_s && pgState != u"54001"_s && verdict.sqlState != pgState)
                    disagreements.append(c.name + u": SQLSTATE "_s + verdict.sqlState + u" vs "_s + pgState);
            }
            ++cases;
        }
        QCOMPARE(cases, 318);
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(u'\n')));
    }

    void postgresRules_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("sqlState"); // empty: accepted

        // Numbers: numeric's range, not double's.
        QTest::newRow("1E400 is numeric") << "[1E400]"_ba << QString();
        QTest::newRow("huge integer") << "123456789012345678901234567890123456789"_ba << QString();
        QTest::newRow("1e-400") << "1e-400"_ba << QString();
        QTest::newRow("1e-16383 fits the scale") << "1e-16383"_ba << QString();
        QTest::newRow("1e-16384 overflows the scale") << "1e-16384"_ba << u"22003"_s;
        QTest::newRow("1.5e-16383 overflows the scale") << "[1.5e-16383]"_ba << u"22003"_s;
        QTest::newRow("123.456e-16380 fits") << "123.456e-16380"_ba << QString();
        QTest::newRow("0e-16384 overflows") << "{\"z\":0e-16384}"_ba << u"22003"_s;
        QTest::newRow("9e131071 fits the weight") << "9e131071"_ba << QString();
        QTest::newRow("10e131071 overflows the weight") << "10e131071"_ba << u"22003"_s;
        QTest::newRow("0.1e131072 fits") << "0.1e131072"_ba << QString();
        QTest::newRow("0e1073741822 fits") << "0e1073741822"_ba << QString();
        QTest::newRow("0e1073741823 overflows") << "0e1073741823"_ba << u"22003"_s;
        QTest::newRow("exponent beyond long") << "0e99999999999999999999"_ba << u"22003"_s;
        QTest::newRow("1E400 next to a syntax error") << "[1E400,]"_ba << u"22P02"_s;
        QTest::newRow("bad number") << "[1.]"_ba << u"22P02"_s;
        QTest::newRow("leading zero") << "[01]"_ba << u"22P02"_s;
        QTest::newRow("minus alone") << "[-]"_ba << u"22P02"_s;
        QTest::newRow("number in a string is text") << "{\"n\":\"1e999999\"}"_ba << QString();

        // Escapes.
        QTest::newRow("\\u0000") << "{\"a\":\"x\\u0000\"}"_ba << u"22P05"_s;
        QTest::newRow("\\u0000 in a key") << "{\"\\u0000\":1}"_ba << u"22P05"_s;
        QTest::newRow("escaped backslash then u0000 is text") << "\"\\\\u0000\""_ba << QString();
        QTest::newRow("surrogate pair") << "\"\\ud83d\\ude00\""_ba << QString();
        QTest::newRow("lone high surrogate") << "\"\\ud83d x\""_ba << u"22P02"_s;
        QTest::newRow("lone low surrogate") << "\"\\ude00\""_ba << u"22P02"_s;
        QTest::newRow("high then non-surrogate") << "\"\\ud83d\\u0041\""_ba << u"22P02"_s;

        // Structure and encoding.
        QTest::newRow("raw tab in a string") << "\"a\tb\""_ba << u"22P02"_s;
        QTest::newRow("invalid UTF-8") << "\"\xff\""_ba << u"22021"_s;
        QTest::newRow("trailing comma") << "{\"a\":1,}"_ba << u"22P02"_s;
        QTest::newRow("two values") << "{} {}"_ba << u"22P02"_s;
        QTest::newRow("pretty with CRLF") << "{\r\n  \"a\": [1, 2]\r\n}"_ba << QString();
        QTest::newRow("deep but within simdjson's limit")
            << QByteArray(3000, '[') + QByteArray(3000, ']') << QString();
    }

    void postgresRules()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, sqlState);
        JsonValidator validator;
        const ValidationVerdict verdict = check(validator, json);
        QCOMPARE(verdict.ok, sqlState.isEmpty());
        QCOMPARE(verdict.sqlState, sqlState);
        if (!verdict.ok)
            QVERIFY(!verdict.message.isEmpty());
    }

    void deeperThanWeCheckGoesToTheServer()
    {
        JsonValidator validator;
        const QByteArray deep = QByteArray(20000, '[') + QByteArray(20000, ']');
        const ValidationVerdict verdict = check(validator, deep);
        QVERIFY(verdict.ok);
        QVERIFY(verdict.deferToServer);
        // ...unless something we can see is wrong anyway.
        QVERIFY(!check(validator, QByteArray(20000, '[') + "\"\\u0000\"" + QByteArray(20000, ']')).ok);
    }

    void parserMemoryIsGivenBack()
    {
        JsonValidator validator;
        QByteArray big = "[\"" + QByteArray(20 << 20, 'x') + "\"]";
        QVERIFY(check(validator, big).ok);
        QVERIFY(check(validator, "{\"small\":true}"_ba).ok);
    }
};

QTEST_GUILESS_MAIN(TestJsonValidator)
#include "tst_jsonvalidator.moc"
