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

    // Which names a directory contributes: the six suffixes in any case, hidden files too, and
    // nothing else (not a directory named like a JSON file, not a suffix followed by more).
    void directoryNames()
    {
        QTemporaryDir dir;
        const auto make = [&dir](const QString &relative) {
            const QString path = dir.filePath(relative);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        };
        for (const char *name : {"UP.JSON", "mixed.NdJson", "e.JSONL.GZ", ".hidden.json", "p.jsonl",
                                 "q.ndjson.gz", "r.json.gz", "x.json.bak", "json", "x.gz", "x.tar.gz",
                                 "x.ndjson.gz.part", "x.jsonx", "x_json", "folder.json/inner.json"})
            make(QString::fromUtf8(name));
        QVERIFY(QFile::link(dir.filePath(u"p.jsonl"_s), dir.filePath(u"link.json"_s)));
        const auto listed = [&dir](bool recursive) {
            const auto r = FileExpander::expand({{dir.path(), u"t"_s}}, recursive);
            QStringList out;
            for (const auto &e : r.value())
                out.append(QDir(dir.path()).relativeFilePath(e.path));
            return out;
        };
        const QStringList top{u".hidden.json"_s, u"UP.JSON"_s, u"e.JSONL.GZ"_s,  u"link.json"_s,
                              u"mixed.NdJson"_s, u"p.jsonl"_s, u"q.ndjson.gz"_s, u"r.json.gz"_s};
        QCOMPARE(listed(false), top);
        QStringList all = top;
        all.insert(3, u"folder.json/inner.json"_s);
        QCOMPARE(listed(true), all);
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
