#include "framingsniffer.h"
#include "sampledata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Qt::StringLiterals;
using pjl::Framing;
using pjl::FramingSniffer;

class TestFramingSniffer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &content, bool gzip = false)
    {
        const QString path = m_dir.filePath(u"f%1.json%2"_s.arg(++m_files).arg(gzip ? u".gz"_s : QString()));
        if (gzip) {
            gzFile out = gzopen(QFile::encodeName(path).constData(), "wb");
            gzwrite(out, content.constData(), unsigned(content.size()));
            gzclose(out);
        } else {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(content);
        }
        return path;
    }

    static QByteArray records(int n, const char *separator)
    {
        QByteArray out;
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                out += separator;
            out +=
                R"({"i": )" + QByteArray::number(i) + R"(, "text": "some words, [brackets] and {braces}"})";
        }
        return out;
    }

private Q_SLOTS:
    void sniff_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<Framing>("expected");
        QTest::newRow("NDJSON") << records(10, "\n") + "\n" << false << Framing::JsonLines;
        QTest::newRow("array") << "[" + records(10, ",\n") + "]\n" << false << Framing::Array;
        QTest::newRow("broken array") << "[" + records(10, ",\n") + ",\n" << false << Framing::UnclosedArray;
        QTest::newRow("concatenated") << records(10, " ") << false << Framing::Concatenated;
        QTest::newRow("pretty") << QByteArray("{\n  \"a\": 1\n}\n{\n  \"a\": 2\n}\n") << false
                                << Framing::Concatenated;
        QTest::newRow("empty") << QByteArray("  \n") << false << Framing::Empty;
        QTest::newRow("BOM + NDJSON") << "\xEF\xBB\xBF" + records(3, "\n") << false << Framing::JsonLines;
        // Larger than what the sniffer reads: the head says "array", the tail says whether it closes.
        QTest::newRow("big array") << "[" + records(20000, ",\n") + "\n]\n" << false << Framing::Array;
        QTest::newRow("big broken array") << "[" + records(20000, ",\n") << false << Framing::UnclosedArray;
        QTest::newRow("big NDJSON") << records(20000, "\n") << false << Framing::JsonLines;
        QTest::newRow("gzip NDJSON") << records(50, "\n") << true << Framing::JsonLines;
        QTest::newRow("gzip small broken array") << "[" + records(50, ",") << true << Framing::UnclosedArray;
        // A compressed file's end is not looked at: a big one is reported as an array.
        QTest::newRow("gzip big broken array") << "[" + records(20000, ",\n") << true << Framing::Array;
    }

    void sniff()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, gzip);
        QFETCH(Framing, expected);
        const auto framing = FramingSniffer::sniff(write(content, gzip), 64 << 10);
        QVERIFY2(framing.ok(), qPrintable(framing.error().message));
        QCOMPARE(framing.value(), expected);
    }

    // A peek reads the first records only: a large gzip member is not inflated whole first (as a
    // load checks it), so damage far into it does not keep the sniffer from the framing.
    void gzipDamageAfterWhatIsSniffed()
    {
        const QByteArray damaged = pjl::test::gzipWithSilentDamage(records(20000, "\n"));
        QVERIFY(damaged.size() > (1 << 20));
        const QString path = m_dir.filePath(u"damaged-late.json.gz"_s);
        QVERIFY(pjl::test::writeFile(path, damaged));
        const auto framing = FramingSniffer::sniff(path, 64 << 10);
        QVERIFY2(framing.ok(), qPrintable(framing.error().message));
        QCOMPARE(framing.value(), Framing::JsonLines);
    }

    void missingFileIsAnError()
    {
        const auto framing = FramingSniffer::sniff(m_dir.filePath(u"missing.json"_s));
        QVERIFY(!framing.ok());
        QVERIFY(framing.error().message.contains(u"missing.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestFramingSniffer)
#include "tst_framingsniffer.moc"
