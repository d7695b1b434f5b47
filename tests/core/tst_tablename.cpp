#include "tablename.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pjl::TableName;

class TestTableName final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quoted");

        QTest::newRow("plain") << u"events"_s << QString() << u"events"_s << u"\"events\""_s;
        QTest::newRow("folds to lower case")
            << u"Track_Events"_s << QString() << u"track_events"_s << u"\"track_events\""_s;
        QTest::newRow("schema-qualified")
            << u"analytics.events"_s << u"analytics"_s << u"events"_s << u"\"analytics\".\"events\""_s;
        QTest::newRow("quoted part is literal") << u"analytics.\"Track Events\""_s << u"analytics"_s
                                                << u"Track Events"_s << u"\"analytics\".\"Track Events\""_s;
        QTest::newRow("doubled quote") << u"\"a\"\"b\""_s << QString() << u"a\"b"_s << u"\"a\"\"b\""_s;
        QTest::newRow("injection attempt stays one name")
            << u"\"x\"\"; drop table y; --\""_s << QString() << u"x\"; drop table y; --"_s
            << u"\"x\"\"; drop table y; --\""_s;
        QTest::newRow("dot inside quotes") << u"\"a.b\".c"_s << u"a.b"_s << u"c"_s << u"\"a.b\".\"c\""_s;
        QTest::newRow("digits, dollar, underscore")
            << u"_t1$x"_s << QString() << u"_t1$x"_s << u"\"_t1$x\""_s;
        QTest::newRow("non-ASCII kept, not folded")
            << u"Événements"_s << QString() << u"Événements"_s << u"\"Événements\""_s;
        QTest::newRow("reserved word is fine quoted")
            << u"select"_s << QString() << u"select"_s << u"\"select\""_s;
        QTest::newRow("surrounding spaces trimmed")
            << u"  events  "_s << QString() << u"events"_s << u"\"events\""_s;
        QTest::newRow("63 bytes") << QString(63, u'a') << QString() << QString(63, u'a')
                                  << u'"' + QString(63, u'a') + u'"';
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, schema);
        QFETCH(QString, name);
        QFETCH(QString, quoted);
        const auto parsed = TableName::parse(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->schema(), schema);
        QCOMPARE(parsed->name(), name);
        QCOMPARE(parsed->quoted(), quoted);
        // display() gives back a spelling that parses to the same name.
        const auto again = TableName::parse(parsed->display());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), parsed.value());
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("starts with a digit") << u"1events"_s;
        QTest::newRow("space unquoted") << u"track events"_s;
        QTest::newRow("semicolon unquoted") << u"x;drop table y"_s;
        QTest::newRow("hyphen unquoted") << u"my-table"_s;
        QTest::newRow("unterminated quote") << u"\"abc"_s;
        QTest::newRow("empty quoted") << u"\"\""_s;
        QTest::newRow("three parts") << u"db.schema.table"_s;
        QTest::newRow("trailing dot") << u"schema."_s;
        QTest::newRow("leading dot") << u".table"_s;
        QTest::newRow("text after quote") << u"\"a\"b"_s;
        QTest::newRow("64 bytes") << QString(64, u'a');
        QTest::newRow("64 bytes of UTF-8") << QString(32, QChar(0xe9));
    }

    void invalid()
    {
        QFETCH(QString, input);
        const auto parsed = TableName::parse(input);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTableName)
#include "tst_tablename.moc"
