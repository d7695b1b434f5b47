#include "clirun.h"
#include "pgconnection.h"
#include "sampledata.h"
#include "tablecompare.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;
using Run = CliRun;

namespace {

constexpr auto kDatabase = "hostile";

// Records of the file that is not what it claims: numbered, so that what a failed file left in
// the table can be checked to be exactly its first records, each once.
QByteArray hostileRecord(int i, int padding = 40)
{
    return "{\"__hostile\": " + QByteArray::number(i) + ", \"pad\": \"" + QByteArray(padding, 'x') + "\"}";
}

QByteArray hostileNdjson(int count, int padding = 40)
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += hostileRecord(i, padding) + '\n';
    return out;
}

QByteArray encoded(const QByteArray &utf8, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(QString::fromUtf8(utf8));
}

} // namespace

// Files that are not what they claim and loads that come many at once, each through the real
// command-line program against the test server: a clear message naming the file, the other files
// of the load loaded, nothing lost or doubled, and the documented exit status.
class TestHostile final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dsn;
    int m_tables = 0;

    Run run(const QStringList &args) { return runCli(args); }

    QStringList loadArgs(const QString &source, const QString &table)
    {
        return {u"load"_s,
                u"--src_file"_s,
                source,
                u"--dst_table"_s,
                table,
                u"--rejects"_s,
                m_dir.filePath(table + u".rejects"_s),
                u"--dsn"_s,
                m_dsn,
                u"--log"_s,
                m_dir.filePath(u"pgjsonload.log"_s)};
    }

    QString sql(const QString &query)
    {
        return TestServer::instance().query(QString::fromLatin1(kDatabase), query);
    }

    // A folder with two good files (NDJSON and an array) and room for a hostile one.
    QByteArrayList goodFiles(const QString &dir)
    {
        QDir().mkpath(dir);
        const QByteArrayList a = sampleRecords(300, 7);
        const QByteArrayList b = sampleRecords(200, 8);
        writeFile(dir + u"/good-a.ndjson"_s, asNdjson(a));
        writeFile(dir + u"/good-b.json"_s, asBrokenArray(b));
        return a + b;
    }

    // The good records exactly; of the hostile ones, records 1..n once each, n within [min, max].
    void verify(const QString &table, const QByteArrayList &good, qint64 minHostile, qint64 maxHostile)
    {
        const QString hostile = u"jsonb_typeof(data) = 'object' AND data ? '__hostile'"_s;
        sql(u"CREATE OR REPLACE VIEW %1_good AS SELECT data FROM %1 WHERE NOT (%2)"_s.arg(table, hostile));
        const TableDiff diff = compareTable(TestServer::instance().settings(QString::fromLatin1(kDatabase)),
                                            table + u"_good"_s, good);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        const QString counts =
            sql(u"SELECT count(*) || ' ' || count(DISTINCT data->'__hostile') || ' ' || "
                "coalesce(min((data->>'__hostile')::int), 1) || ' ' || "
                "coalesce(max((data->>'__hostile')::int), 0) FROM %1 WHERE %2"_s.arg(table, hostile));
        const QStringList c = counts.split(u' ');
        QCOMPARE(c.size(), 4);
        const qint64 n = c[0].toLongLong();
        QVERIFY2(c[1].toLongLong() == n && c[2] == u"1"_s && c[3].toLongLong() == n,
                 qPrintable(u"hostile records not 1..n once each: "_s + counts));
        QVERIFY2(n >= minHostile && n <= maxHostile,
                 qPrintable(u"%1 hostile records, expected %2..%3"_s.arg(n).arg(minHostile).arg(maxHostile)));
    }

    QString nextTable() { return u"t%1"_s.arg(++m_tables); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestServer::instance().isUp(), qPrintable(TestServer::instance().error()));
        TestServer::instance().freshDatabase(QString::fromLatin1(kDatabase));
        m_dsn = TestServer::instance().dsn(QString::fromLatin1(kDatabase));
    }

    void fileNotWhatItClaims_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // on stderr, after the file's path
        QTest::addColumn<int>("minHostile");  // records of the hostile file in the table
        QTest::addColumn<int>("maxHostile");

        const QByteArray text = hostileNdjson(50);
        using E = QStringConverter::Encoding;
        const struct
        {
            const char *tag;
            E encoding;
            bool bom;
            const char *says;
        } wide[] = {
            {"UTF-16LE with BOM", E::Utf16LE, true,
             " is UTF-16LE (it starts with a byte order mark); only UTF-8 is "
             "read: convert it, e.g. iconv -f UTF-16 -t UTF-8"},
            {"UTF-16BE with BOM", E::Utf16BE, true, " is UTF-16BE (it starts with a byte order mark)"},
            {"UTF-32LE with BOM", E::Utf32LE, true, " is UTF-32LE (it starts with a byte order mark)"},
            {"UTF-32BE with BOM", E::Utf32BE, true,
             " is UTF-32BE (it starts with a byte order mark); only UTF-8 is read: convert it, e.g. iconv -f "
             "UTF-32 -t UTF-8"},
            {"UTF-16LE", E::Utf16LE, false,
             " is UTF-16LE (without a byte order mark, recognised by its zero bytes); "
             "only UTF-8 is read: convert it, e.g. iconv -f UTF-16LE -t UTF-8"},
            {"UTF-16BE", E::Utf16BE, false, " is UTF-16BE (without a byte order mark"},
            {"UTF-32LE", E::Utf32LE, false, " is UTF-32LE (without a byte order mark"},
            {"UTF-32BE", E::Utf32BE, false, " is UTF-32BE (without a byte order mark"},
        };
        for (const auto &w : wide) {
            QTest::newRow(w.tag) << u"wide.json"_s << encoded(text, w.encoding, w.bom) << QStringList() << 1
                                 << QString::fromUtf8(w.says) << 0 << 0;
        }
        QTest::newRow("UTF-16 gzipped")
            << u"wide.json.gz"_s << gzip(encoded(text, E::Utf16LE, true)) << QStringList() << 1
            << u" is UTF-16LE (it starts with a byte order mark)"_s << 0 << 0;

        const QString binary = u" is not JSON text: "_s;
        QTest::newRow("binary garbage")
            << u"garbage.json"_s << randomBytes(200000, 1) << QStringList() << 1 << binary << 0 << 0;
        QTest::newRow("binary garbage gzipped")
            << u"garbage.json.gz"_s << gzip(randomBytes(100000, 2)) << QStringList() << 1 << binary << 0 << 0;
        QTest::newRow("garbage named .gz")
            << u"fake.json.gz"_s << randomBytes(100000, 3) << QStringList() << 1 << binary << 0 << 0;
        QTest::newRow("zip archive") << u"archive.json"_s
                                     << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) + randomBytes(500, 4)
                                     << QStringList() << 1 << u" is a zip archive, not JSON text"_s << 0 << 0;
        QTest::newRow("xz") << u"packed.json"_s
                            << QByteArray("\xFD"
                                          "7zXZ\x00",
                                          6) +
                                   randomBytes(500, 5)
                            << QStringList() << 1 << u" is compressed with bzip2, xz or zstd"_s << 0 << 0;
        // Plain JSON under a .gz name is read as what it is (gzip is known by its magic bytes).
        QTest::newRow("plain named .gz")
            << u"plain.json.gz"_s << text << QStringList() << 0 << QString() << 50 << 50;

        const QByteArray bigText = hostileNdjson(20000);
        const QByteArray compressed = gzip(bigText);
        QTest::newRow("truncated .gz")
            << u"cut.json.gz"_s << compressed.left(compressed.size() / 2) << QStringList() << 1
            << u" is truncated or damaged: its gzip data from compressed byte 0 on ends before the end of its member"_s
            << 0 << 0;
        QByteArray corrupt = compressed;
        for (qsizetype i = corrupt.size() / 3; i < corrupt.size() / 3 + 64; ++i)
            corrupt[i] = char(~corrupt[i]);
        // Damage inside a deflate stream can decode to other bytes before gzip notices (its CRC
        // comes at the end of the member); each member is checked whole before any of it is read,
        // so nothing of a damaged one loads, also when the damage decodes to valid JSON.
        const QString corruptSays =
            u" is corrupt: its gzip data from compressed byte 0 on fails the integrity check"_s;
        QTest::newRow("corrupt .gz") << u"corrupt.json.gz"_s << corrupt << QStringList() << 1 << corruptSays
                                     << 0 << 0;
        QTest::newRow("corrupt .gz, damage that decodes")
            << u"silent.json.gz"_s << gzipWithSilentDamage(bigText) << QStringList() << 1 << corruptSays << 0
            << 0;
        QTest::newRow("gzip header only")
            << u"header.json.gz"_s << compressed.left(10) << QStringList() << 1
            << u" is truncated or damaged: its gzip data from compressed byte 0 on ends before the end of its member"_s
            << 0 << 0;

        // A record over --max-record-mb is one reject (named by file and record); the records
        // after it load.
        const QByteArray huge = "{\"huge\": \"" + QByteArray(3 << 20, 'y') + "\"}\n";
        QTest::newRow("record over --max-record-mb")
            << u"huge.ndjson"_s << hostileNdjson(10) + huge + hostileNdjson(0)
            << QStringList{u"--max-record-mb"_s, u"1"_s} << 3 << QString() << 10 << 10;
    }

    void fileNotWhatItClaims()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(int, minHostile);
        QFETCH(int, maxHostile);

        const QString table = nextTable();
        const QString dir = m_dir.filePath(table);
        const QByteArrayList good = goodFiles(dir);
        const QString path = dir + u'/' + name;
        QVERIFY(writeFile(path, content));
        const Run r = run(loadArgs(dir, table) + options);
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1\n%2\n%3"_s.arg(r.exitCode).arg(r.out, r.err)));
        if (!message.isEmpty())
            QVERIFY2(r.err.contains(path + message), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"3 files, "_s), qPrintable(r.out));
        if (minHostile < 0) {
            const TableDiff diff =
                compareTable(TestServer::instance().settings(QString::fromLatin1(kDatabase)), table, good);
            QVERIFY2(diff.missing == 0, qPrintable(diff.describe()));
        } else {
            verify(table, good, minHostile, maxHostile);
        }
        if (exitCode == 3) {
            QFile rejects(m_dir.filePath(table + u".rejects"_s));
            QVERIFY(rejects.open(QIODevice::ReadOnly));
            const QByteArray all = rejects.readAll();
            QVERIFY2(all.contains("\"record\":11") && all.contains("larger than 1048576 bytes") &&
                         all.contains(path.toUtf8()),
                     all.left(2000).constData());
        }
    }

    // A record larger than any jsonb value PostgreSQL accepts (256 MiB), at default settings: one
    // reject with its reason, the records around it load, and the loader never holds the record:
    // its peak memory stays far below the record's size.
    void recordLargerThanPostgresAccepts()
    {
        const QString table = nextTable();
        const QString dir = m_dir.filePath(table);
        const QByteArrayList good = goodFiles(dir);
        const QString path = dir + u"/huge.ndjson"_s;
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("{\"__hostile\": 1}\n{\"__hostile\": 0, \"blob\": \"");
            const QByteArray chunk(1 << 20, 'x');
            for (int i = 0; i < 300; ++i)
                QVERIFY(out.write(chunk) == chunk.size());
            out.write("\"}\n{\"__hostile\": 2}\n");
        }
        QProcess p;
        p.start(cliProgram(), loadArgs(dir, table));
        QVERIFY(p.waitForStarted());
        qint64 peakKiB = 0;
        // VmHWM of the running loader, read just before it exits (the test's own children are
        // counted together by getrusage, so this one is watched directly).
        while (!p.waitForFinished(50)) {
            QFile status(u"/proc/%1/status"_s.arg(p.processId()));
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmHWM:"))
                        peakKiB = std::max(peakKiB, line.mid(6).trimmed().split(' ').first().toLongLong());
                }
            }
        }
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 3, qPrintable(err));
        QVERIFY(QFileInfo::exists(path));
        QFile rejects(m_dir.filePath(table + u".rejects"_s));
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = rejects.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("\"record\":2") && lines.first().contains("larger than"),
                 lines.first().left(500).constData());
        QVERIFY2(lines.first().size() < (1 << 20), "the reject keeps a preview, not the record");
        QCOMPARE(
            sql(u"SELECT string_agg(data->>'__hostile', ',' ORDER BY data->>'__hostile') FROM %1 WHERE data ? '__hostile'"_s
                    .arg(table)),
            u"1,2"_s);
        const TableDiff diff =
            compareTable(TestServer::instance().settings(QString::fromLatin1(kDatabase)), table,
                         good + QByteArrayList{"{\"__hostile\": 1}", "{\"__hostile\": 2}"});
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        // Default --max-record-mb is 64: the framer's buffer is capped near it, whatever the record.
        qInfo("loader peak RSS with a 300 MiB record: %lld MiB", peakKiB / 1024);
        QVERIFY(peakKiB > 0);
#ifndef __SANITIZE_ADDRESS__ // AddressSanitizer's quarantine alone holds up to 256 MiB of freed memory
        QVERIFY2(peakKiB < 200 * 1024, qPrintable(u"peak %1 KiB"_s.arg(peakKiB)));
#endif
    }

    // Deterministic without sleeping: the table is locked, so the loader's first COPY waits and
    // its reader stops once the batch queue is full, a few MiB into a 24 MiB file. The test then
    // changes the file and lets the load go on.
    void fileChangesWhileRead_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << u"truncate"_s << 1
                                   << u" was truncated while it was being read (from "_s;
        QTest::newRow("grows") << u"append"_s << 1 << u" grew while it was being read (from "_s;
        // The open descriptor keeps the data: all of it loads.
        QTest::newRow("deleted") << u"delete"_s << 0 << QString();
    }

    void fileChangesWhileRead()
    {
        QFETCH(QString, change);
        QFETCH(int, exitCode);
        QFETCH(QString, message);

        const int count = 120000;
        const QString table = nextTable();
        const QString dir = m_dir.filePath(table);
        const QByteArrayList good = goodFiles(dir);
        const QString path = dir + u"/big.ndjson"_s;
        QVERIFY(writeFile(path, hostileNdjson(count, 160)));
        QCOMPARE(run({u"seed"_s, u"--dst_table"_s, table, u"--dsn"_s, m_dsn}).exitCode, 0);

        PgConnection lock;
        QVERIFY(lock.open(TestServer::instance().settings(QString::fromLatin1(kDatabase))).isNull());
        QVERIFY(lock.exec("BEGIN"));
        QVERIFY(lock.exec("LOCK TABLE " + table.toUtf8() + " IN SHARE MODE"));

        QProcess p;
        p.start(cliProgram(),
                loadArgs(dir, table) + QStringList{u"--workers"_s, u"1"_s, u"--chunk"_s, u"100"_s});
        QVERIFY(p.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (sql(u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                   "wait_event_type = 'Lock' AND query ~* '(^|; )copy '"_s) == u"0"_s) {
            QVERIFY2(waited.elapsed() < 120000 && p.state() == QProcess::Running, "the loader never waited");
            QThread::msleep(50);
        }
        // The reader is blocked well before the end; the change is seen when it reads on.
        QFile file(path);
        int records = count; // complete in what is left of the file
        if (change == u"truncate"_s) {
            const qint64 cut = file.size() / 2 + 7;
            QVERIFY(file.open(QIODevice::ReadOnly));
            records = int(file.read(cut).count('\n'));
            file.close();
            QVERIFY(file.resize(cut));
        } else if (change == u"append"_s) {
            QVERIFY(file.open(QIODevice::Append));
            QVERIFY(file.write(hostileRecord(count + 1) + '\n') > 0);
            file.close();
        } else {
            QVERIFY(file.remove());
        }
        QVERIFY(lock.exec("COMMIT"));
        QVERIFY(p.waitForFinished(300000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == exitCode, qPrintable(u"exit %1\n%2"_s.arg(p.exitCode()).arg(err)));
        if (!message.isEmpty())
            QVERIFY2(err.contains(path + message), qPrintable(err));
        if (change == u"truncate"_s)
            verify(table, good, 1, records); // the records read before the cut, none after
        else
            verify(table, good, count, count); // every record of the file as it was at the start
    }

    // dir/loop -> dir: each file once, and the load ends.
    void symlinkLoop()
    {
        const QString table = nextTable();
        const QString dir = m_dir.filePath(table);
        const QByteArrayList good = goodFiles(dir);
        QDir().mkpath(dir + u"/sub"_s);
        QVERIFY(writeFile(dir + u"/sub/h.ndjson"_s, hostileNdjson(30)));
        QVERIFY(QFile::link(dir, dir + u"/sub/loop"_s));
        QVERIFY(QFile::link(dir + u"/sub"_s, dir + u"/sub/self"_s));
        const Run r = run(loadArgs(dir, table) + QStringList{u"--recursive"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"3 files, "_s), qPrintable(r.out));
        verify(table, good, 30, 30);
    }

    // Root reads whatever the permission bits say, so as root the loader runs as nobody.
    void unreadableFile()
    {
        const QString table = nextTable();
        const QString dir = m_dir.filePath(table);
        const QByteArrayList good = goodFiles(dir);
        const QString path = dir + u"/secret.json"_s;
        QVERIFY(writeFile(path, hostileNdjson(5)));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        QStringList args = loadArgs(dir, table);
        QString command = cliProgram();
        if (::geteuid() == 0) {
            if (QStandardPaths::findExecutable(u"runuser"_s).isEmpty())
                QSKIP("running as root without runuser: root cannot be denied a read");
            // nobody must reach the good files, the server's socket and somewhere to write.
            for (QString d = dir; d.startsWith(m_dir.path()); d = QFileInfo(d).path())
                QFile::setPermissions(d, QFileDevice::Permissions(0x7755));
            for (const QString &f : {u"/good-a.ndjson"_s, u"/good-b.json"_s})
                QFile::setPermissions(dir + f, QFileDevice::Permissions(0x6444));
            const QString out = dir + u"/out"_s;
            QDir().mkpath(out);
            QVERIFY(QProcess::execute(u"chown"_s, {u"nobody"_s, out}) == 0);
            args = QStringList{
                u"load"_s,           u"--src_file"_s, dir,   u"--dst_table"_s, table,          u"--rejects"_s,
                out + u"/rejects"_s, u"--dsn"_s,      m_dsn, u"--log"_s,       out + u"/log"_s};
            args.prepend(command);
            args = QStringList{u"-u"_s, u"nobody"_s, u"--"_s} + args;
            command = QStandardPaths::findExecutable(u"runuser"_s);
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, dir + u"/out"_s);
        p.setProcessEnvironment(env);
        p.start(command, args);
        QVERIFY(p.waitForFinished(300000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (err.contains(u"connection to server"_s) ||
            (err.contains(u"Permission denied"_s) && !err.contains(path)))
            QSKIP(qPrintable(u"nobody cannot run the loader here: "_s + err));
        QVERIFY2(p.exitCode() == 1, qPrintable(err));
        QVERIFY2(err.contains(u"Cannot open %1: Permission denied"_s.arg(path)), qPrintable(err));
        verify(table, good, 0, 0);
    }

    // Eight loaders started together: into one table the same files (the journal lets each file in
    // once), into one table each its own files, and each into its own table.
    void concurrentLoads_data()
    {
        QTest::addColumn<bool>("sameFiles");
        QTest::addColumn<bool>("sameTable");
        QTest::newRow("same files, same table") << true << true;
        QTest::newRow("own files, same table") << false << true;
        QTest::newRow("own files, own tables") << false << false;
    }

    void concurrentLoads()
    {
        QFETCH(bool, sameFiles);
        QFETCH(bool, sameTable);
        constexpr int kLoaders = 8;
        const QString base = nextTable();
        const QString dir = m_dir.filePath(base);
        QList<QByteArrayList> records(kLoaders);
        for (int l = 0; l < kLoaders; ++l) {
            for (int f = 0; f < 4; ++f) {
                const QByteArrayList r = sampleRecords(1500, 100 * l + f);
                records[l] += r;
                QVERIFY(writeFile(u"%1/%2/part%3.ndjson"_s.arg(dir).arg(l).arg(f), asNdjson(r)));
            }
        }
        std::vector<std::unique_ptr<QProcess>> loaders;
        for (int l = 0; l < kLoaders; ++l) {
            const QString table = sameTable ? base : u"%1_%2"_s.arg(base).arg(l);
            const QString source = u"%1/%2"_s.arg(dir).arg(sameFiles ? 0 : l);
            loaders.push_back(std::make_unique<QProcess>());
            loaders.back()->start(cliProgram(),
                                  loadArgs(source, table) + QStringList{u"--chunk"_s, u"500"_s});
        }
        for (int l = 0; l < kLoaders; ++l) {
            QProcess &p = *loaders[size_t(l)];
            QVERIFY(p.waitForFinished(300000));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     qPrintable(QString::fromUtf8(p.readAllStandardError())));
        }
        const ConnectionSettings db = TestServer::instance().settings(QString::fromLatin1(kDatabase));
        if (sameTable) {
            QByteArrayList expected = records[0];
            for (int l = 1; l < kLoaders && !sameFiles; ++l)
                expected += records[l];
            const TableDiff diff = compareTable(db, base, expected);
            QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        } else {
            for (int l = 0; l < kLoaders; ++l) {
                const TableDiff diff = compareTable(db, u"%1_%2"_s.arg(base).arg(l), records[l]);
                QVERIFY2(diff.equal(), qPrintable(diff.describe()));
            }
        }
    }

    // 100,000 files of two records each in one load.
    void manySmallFiles()
    {
        constexpr int kFiles = 100000;
        const QString table = nextTable();
        const QString dir = m_dir.filePath(table);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < kFiles; ++i) {
            // Spread over folders: one folder of 100,000 entries is slow on some file systems.
            const QString sub = u"%1/%2"_s.arg(dir).arg(i / 1000, 3, 10, QChar(u'0'));
            if (i % 1000 == 0)
                QVERIFY(QDir().mkpath(sub));
            const QByteArray n = QByteArray::number(i);
            QFile f(u"%1/f%2.json"_s.arg(sub).arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"f\":" + n + ",\"r\":1}\n{\"f\":" + n + ",\"r\":2}\n");
        }
        qInfo("wrote %d files in %lld ms", kFiles, clock.restart());
        const Run r = run(loadArgs(dir, table) + QStringList{u"--recursive"_s});
        qInfo("loaded them in %lld ms", clock.restart());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"100000 files, 200,000 records loaded, 0 rejected"_s) ||
                     r.out.contains(u"100,000 files, 200,000 records loaded, 0 rejected"_s),
                 qPrintable(r.out));
        const TableDiff diff =
            compareTableWithQuery(TestServer::instance().settings(QString::fromLatin1(kDatabase)), table,
                                  u"SELECT jsonb_build_object('f', f, 'r', r) FROM generate_series(0, %1) f, "
                                  "generate_series(1, 2) r"_s.arg(kFiles - 1));
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        qInfo("compared in %lld ms", clock.restart());
        QDir(dir).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
