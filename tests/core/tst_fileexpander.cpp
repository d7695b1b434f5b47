#include "fileexpander.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pjl::FileExpander;
using pjl::LoadSource;

class TestFileExpander final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void touch(const QString &relative)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("{}\n");
    }

    QStringList names(const pjl::FileEntries &entries)
    {
        QStringList out;
        for (const auto &e : entries)
            out.append(QDir(m_dir.path()).relativeFilePath(e.path));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *name :
             {"a.json", "b.ndjson", "c.jsonl", "d.json.gz", "notes.txt", "sub/e.json",
              "sub/deeper/f.ndjson.gz", "2024-01/x.json", "2024-02/y.json", "2023-12/z.json"})
            touch(QString::fromUtf8(name));
    }

    void directory()
    {
        const auto r = FileExpander::expand({{m_dir.path(), u"t"_s}}, false);
        QVERIFY(r.ok());
        QCOMPARE(names(r.value()), (QStringList{u"a.json"_s, u"b.ndjson"_s, u"c.jsonl"_s, u"d.json.gz"_s}));
        QCOMPARE(r->first().table, u"t"_s);
    }

    void recursiveDirectory()
    {
        const auto r = FileExpander::expand({{m_dir.path() + u"/sub"_s, u"t"_s}}, true);
        QVERIFY(r.ok());
        QCOMPARE(names(r.value()), (QStringList{u"sub/deeper/f.ndjson.gz"_s, u"sub/e.json"_s}));
    }

    void globInDirectoryPart()
    {
        const auto r = FileExpander::expand({{m_dir.path() + u"/2024-*/*.json"_s, u"t"_s}}, false);
        QVERIFY(r.ok());
        QCOMPARE(names(r.value()), (QStringList{u"2024-01/x.json"_s, u"2024-02/y.json"_s}));
    }

    void duplicatesOnce()
    {
        const auto r =
            FileExpander::expand({{m_dir.filePath(u"a.json"_s), u"t1"_s}, {m_dir.path(), u"t2"_s}}, false);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 4);
        QCOMPARE(r->first().table, u"t1"_s); // the first mention wins
    }

    void explicitFileWithAnyName()
    {
        const auto r = FileExpander::expand({{m_dir.filePath(u"notes.txt"_s), u"t"_s}}, false);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 1);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing file") << u"missing.json"_s;
        QTest::newRow("glob matching nothing") << u"*.nothing"_s;
    }

    void errors()
    {
        QFETCH(QString, path);
        const auto r = FileExpander::expand({{m_dir.filePath(path), u"t"_s}}, false);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(path.left(5)) || r.error().message.contains(u"match"_s));
    }
};

QTEST_GUILESS_MAIN(TestFileExpander)
#include "tst_fileexpander.moc"
