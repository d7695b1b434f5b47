#include "clirun.h"
#include "rejectwriter.h"
#include "sampledata.h"
#include "tablecompare.h"
#include "tablename.h"
#include "testserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;
using Run = CliRun;

// The command-line program, run as a user runs it.
class TestCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dsn;

    Run run(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return runCli(args, env);
    }

    QString sql(const QString &query) { return TestServer::instance().query(u"cli"_s, query); }

    // "load" of path into table on the test database, then the given options.
    QStringList load(const QString &path, const QString &table, const QStringList &options = {}) const
    {
        return QStringList{u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, table, u"--dsn"_s, m_dsn} +
               options;
    }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestServer::instance().isUp(), qPrintable(TestServer::instance().error()));
        TestServer::instance().freshDatabase(u"cli"_s);
        m_dsn = TestServer::instance().dsn(u"cli"_s);
    }

    void seedCreatesTheTable()
    {
        Run r = run({u"seed"_s, u"--dst_table"_s, u"seeded"_s, u"--dsn"_s, m_dsn});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sql(u"SELECT format_type(atttypid, NULL) || ' ' || attnotnull FROM pg_attribute "
                     "WHERE attrelid = 'seeded'::regclass AND attname = 'data'"_s),
                 u"jsonb true"_s);
        r = run({u"seed"_s, u"--dst_table"_s, u"seeded"_s, u"--dsn"_s, m_dsn});
        QCOMPARE(r.exitCode, 0); // again: nothing to do, no error
    }

    void loadPrintsASummary()
    {
        const QByteArrayList records = sampleRecords(2500, 31);
        const QString path = file(u"events.json"_s, asBrokenArray(records));
        const Run r = run({u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, u"events"_s, u"--chunk"_s,
                           u"1000"_s, u"--dsn"_s, m_dsn});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"1 files, 2,500 records loaded, 0 rejected"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u" MB read in "_s));
        QVERIFY(r.out.contains(u" MB/s"_s));
        const TableDiff diff = compareTable(TestServer::instance().settings(u"cli"_s), u"events"_s, records);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
    }

    void rejectsGiveExitCode3AndAFile()
    {
        const QString path =
            file(u"mixed.ndjson"_s, "{\"a\":1}\n{\"a\": oops}\n{\"a\":3}\n{\"a\":\"\\u0000\"}\n");
        const QString rejects = m_dir.filePath(u"rejects.ndjson"_s);
        const Run r = run({u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, u"mixed"_s, u"--rejects"_s,
                           rejects, u"--dsn"_s, m_dsn});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains(u"2 records loaded, 2 rejected"_s));
        QVERIFY(r.err.contains(rejects));
        QFile f(rejects);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            for (const char *key : {"file", "record", "line", "offset", "error", "text"})
                QVERIFY2(o.contains(QString::fromUtf8(key)), key);
        }
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        const auto byRecord =
            first.value(u"record"_s).toInt() == 2 ? std::pair{first, second} : std::pair{second, first};
        QCOMPARE(byRecord.first.value(u"line"_s).toInt(), 2);
        QCOMPARE(byRecord.first.value(u"offset"_s).toInt(), 8);
        QCOMPARE(byRecord.first.value(u"text"_s).toString(), u"{\"a\": oops}"_s);
        QCOMPARE(byRecord.second.value(u"record"_s).toInt(), 4);
        QCOMPARE(byRecord.second.value(u"sqlstate"_s).toString(), u"22P05"_s);
    }

    // By default a pretty-printed record goes to a jsonb column compact (no whitespace, keys as
    // written) and a one-line record as read; --canonical sends both in jsonb's form (keys in its
    // order, no whitespace), --raw both as read. Which one the server got shows in what it rejected (a CHECK
    // constraint here).
    void recordForms()
    {
        QCOMPARE(sql(u"CREATE TABLE guarded (data jsonb NOT NULL CHECK (NOT data ? 'no'))"_s), QString());
        const QString oneLine = u"{\"no\": [1, 2], \"a\": {\"z\": 1, \"y\": 2}}"_s;
        const QString pretty = u"{\n  \"no\": 1,\n  \"b\": true\n}"_s;
        const QString path =
            file(u"guarded.ndjson"_s, "{\"ok\": 1}\n" + oneLine.toUtf8() + "\n" + pretty.toUtf8() + "\n");
        const QString oneLineCanonical = u"{\"a\":{\"y\":2,\"z\":1},\"no\":[1,2]}"_s;
        const QString prettyCanonical = u"{\"b\":true,\"no\":1}"_s;
        const QString prettyCompact = u"{\"no\":1,\"b\":true}"_s;
        const struct
        {
            QString flag, first, second;
        } cases[] = {{QString(), oneLine, prettyCompact},
                     {u"--canonical"_s, oneLineCanonical, prettyCanonical},
                     {u"--raw"_s, oneLine, pretty}};
        int n = 0;
        for (const auto &c : cases) {
            const QString rejects = m_dir.filePath(u"guarded-%1.ndjson"_s.arg(++n));
            QStringList args = {u"load"_s,    u"--src_file"_s, path,    u"--dst_table"_s,
                                u"guarded"_s, u"--rejects"_s,  rejects, u"--dsn"_s,
                                m_dsn,        u"--reload"_s};
            if (!c.flag.isEmpty())
                args << c.flag;
            const Run r = run(args);
            QCOMPARE(r.exitCode, 3);
            QFile f(rejects);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QMap<int, QString> text;
            for (const QByteArray &line : f.readAll().trimmed().split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                text.insert(o.value(u"record"_s).toInt(), o.value(u"text"_s).toString());
            }
            QCOMPARE(text.value(2), c.first);
            QCOMPARE(text.value(3), c.second);
        }
        QCOMPARE(sql(u"SELECT count(*) FROM guarded"_s), u"3"_s); // {"ok": 1}, loaded three times (--reload)
        const Run both = run({u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, u"guarded"_s, u"--raw"_s,
                              u"--canonical"_s, u"--dsn"_s, m_dsn});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(u"--raw and --canonical exclude each other."_s), qPrintable(both.err));
    }

    // A bad record sent unchecked makes the server refuse its batch, which is then validated and
    // sent again without it (--verbose shows that); --validate-first rejects it before sending.
    // The outcome is the same.
    void validateFirst()
    {
        QByteArray content;
        for (int i = 0; i < 50; ++i)
            content += "{\"n\": " + QByteArray::number(i) + "}\n";
        content += "{\"n\": tru}\n";
        const QString path = file(u"lazy.ndjson"_s, content);
        for (const bool first : {false, true}) {
            const QString table = first ? u"checked_first"_s : u"checked_late"_s;
            const QString rejects = m_dir.filePath(table + u".rejects.ndjson"_s);
            QStringList args = {u"load"_s, u"--src_file"_s, path,    u"--dst_table"_s, table, u"--dsn"_s,
                                m_dsn,     u"--rejects"_s,  rejects, u"--verbose"_s};
            if (first)
                args << u"--validate-first"_s;
            const Run r = run(args);
            QCOMPARE(r.exitCode, 3);
            QCOMPARE(sql(u"SELECT count(*) FROM "_s + table), u"50"_s);
            // A batch of its own or a stream of them, refused.
            QCOMPARE(r.err.contains(u"The server refused a batch for checked_late"_s) ||
                         r.err.contains(u"The server refused a record for checked_late"_s),
                     !first);
            QFile f(rejects);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject reject = QJsonDocument::fromJson(f.readAll().trimmed()).object();
            QCOMPARE(reject.value(u"record"_s).toInt(), 51);
            QCOMPARE(reject.value(u"sqlstate"_s).toString(), u"22P02"_s);
            QVERIFY2(reject.value(u"error"_s).toString().contains(u"atom starting with the letter 't'"_s),
                     qPrintable(QString::fromUtf8(QJsonDocument(reject).toJson())));
        }
    }

    // --text-copy sends the same rows in COPY's text format.
    void textCopy()
    {
        const QString path =
            file(u"escapes.json"_s, "[\n\t{\"s\": \"a\\\\b \\n \\\\N\"},\r\n\t{\"t\": [1,\t2]}\n]\n");
        const QString all =
            u"SELECT count(*) || ':' || string_agg(data::text, ' ' ORDER BY data::text) FROM "_s;
        QCOMPARE(run(load(path, u"copied_as_binary"_s)).exitCode, 0);
        QCOMPARE(run(load(path, u"copied_as_text"_s, {u"--text-copy"_s})).exitCode, 0);
        QCOMPARE(sql(all + u"copied_as_binary"_s), uR"(2:{"s": "a\\b \n \\N"} {"t": [1, 2]})"_s);
        QCOMPARE(sql(all + u"copied_as_text"_s), sql(all + u"copied_as_binary"_s));
    }

    // What the switches change in the server's session, seen from inside: a trigger on the table
    // notes each COPY's format and the session's synchronous_commit and default_toast_compression.
    void switchesReachTheServersSession()
    {
        const QString path = file(u"session.ndjson"_s, "{\"a\": 1}\n{\"a\": 2}\n");
        // The fixture's server runs with synchronous_commit off; this database's sessions start
        // with "local", which --synchronous-commit leaves.
        sql(u"ALTER DATABASE cli SET synchronous_commit = local;"
            u"CREATE TABLE session_default (data jsonb NOT NULL);"
            u"CREATE TABLE session_switched (data jsonb NOT NULL);"_s +
            TestServer::sessionNotes(u"session_seen"_s, {u"session_default"_s, u"session_switched"_s}));
        const Run plain = run(load(path, u"session_default"_s));
        const Run switched =
            run(load(path, u"session_switched"_s,
                     {u"--text-copy"_s, u"--synchronous-commit"_s, u"--server-compression"_s}));
        sql(u"ALTER DATABASE cli RESET synchronous_commit"_s);
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(switched.exitCode, 0);
        const QString lz4 = TestServer::instance().hasLz4() ? u"lz4"_s : u"pglz"_s;
        QCOMPARE(sql(u"SELECT string_agg(what, ', ' ORDER BY what) FROM session_seen"_s),
                 u"session_default off %1 binary, session_switched local pglz text"_s.arg(lz4));
    }

    // Large records go lz4-compressed by default, as the server's default (pglz) says with
    // --server-compression.
    void serverCompression()
    {
        if (!TestServer::instance().hasLz4())
            QSKIP("this server has no lz4");
        const QString path =
            file(u"wide.ndjson"_s, "{\"text\": \"" + QByteArray("lorem ipsum ").repeated(400) + "\"}\n");
        QCOMPARE(run(load(path, u"compressed_lz4"_s)).exitCode, 0);
        QCOMPARE(run(load(path, u"compressed_server"_s, {u"--server-compression"_s})).exitCode, 0);
        QCOMPARE(sql(u"SELECT pg_column_compression(data) FROM compressed_lz4"_s), u"lz4"_s);
        QCOMPARE(sql(u"SELECT pg_column_compression(data) FROM compressed_server"_s), u"pglz"_s);
    }

    // Without --workers the log says how many and why (WorkerCount); with it, just how many.
    void workersDefaultFollowsTheServer()
    {
        const QString path = file(u"workers.ndjson"_s, "{\"a\":1}\n{\"a\":2}\n");
        const QStringList args = {u"load"_s,    u"--src_file"_s, path,  u"--dst_table"_s,
                                  u"workers"_s, u"--dsn"_s,      m_dsn, u"--verbose"_s};
        const Run automatic = run(args);
        QCOMPARE(automatic.exitCode, 0);
        const QString chosen = u"with %1 workers (one per CPU core: the server runs on this computer)"_s.arg(
            QThread::idealThreadCount());
        QVERIFY2(automatic.err.contains(chosen), qPrintable(automatic.err));
        const Run given = run(args + QStringList{u"--workers"_s, u"3"_s, u"--reload"_s});
        QCOMPARE(given.exitCode, 0);
        QVERIFY2(given.err.contains(u"with 3 workers, "_s), qPrintable(given.err));
        QCOMPARE(sql(u"SELECT count(*) FROM workers"_s), u"4"_s);
    }

    void rejectsWithoutTheOptionStillLand()
    {
        const QString path = file(u"mixed2.ndjson"_s, "{\"a\":1}\n{oops}\n");
        const Run r =
            run({u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, u"mixed2"_s, u"--dsn"_s, m_dsn});
        QCOMPARE(r.exitCode, 3);
        const QString where = r.err.section(u"rejected records are in "_s, 1).trimmed();
        QVERIFY2(QFile::exists(where), qPrintable(r.err));
    }

    void directoriesAndGlobs()
    {
        for (int i = 0; i < 5; ++i)
            file(u"dir/part%1.ndjson"_s.arg(i), asNdjson(sampleRecords(10, 40 + i)));
        file(u"dir/readme.txt"_s, "not json");
        Run r = run({u"load"_s, u"--src_file"_s, m_dir.filePath(u"dir"_s), u"--dst_table"_s, u"from_dir"_s,
                     u"--dsn"_s, m_dsn});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sql(u"SELECT count(*) FROM from_dir"_s), u"50"_s);
        r = run({u"load"_s, u"--src_file"_s, m_dir.filePath(u"dir/part[0-2].ndjson"_s), u"--src_file"_s,
                 m_dir.filePath(u"dir/part4.ndjson"_s), u"--dst_table"_s, u"from_glob"_s, u"--dsn"_s, m_dsn});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sql(u"SELECT count(*) FROM from_glob"_s), u"40"_s);
    }

    void libpqEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString dsn = m_dsn;
        env.insert(u"PGHOST"_s, dsn.section(u"host="_s, 1).section(u' ', 0, 0));
        env.insert(u"PGPORT"_s, dsn.section(u"port="_s, 1).section(u' ', 0, 0));
        env.insert(u"PGUSER"_s, u"postgres"_s);
        env.insert(u"PGDATABASE"_s, u"cli"_s);
        const QString path = file(u"env.ndjson"_s, asNdjson(sampleRecords(7, 3)));
        const Run r = run({u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, u"from_env"_s}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sql(u"SELECT count(*) FROM from_env"_s), u"7"_s);
    }

    void fatalErrorsExit1()
    {
        const QString before = sql(u"SELECT count(*) FROM pg_class"_s);
        Run r = run({u"load"_s, u"--src_file"_s, m_dir.filePath(u"nope.json"_s), u"--dst_table"_s,
                     u"t_missing"_s, u"--dsn"_s, m_dsn});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"nope.json"_s));
        const QString ok = file(u"ok.ndjson"_s, "{}\n");
        r = run({u"load"_s, u"--src_file"_s, ok, u"--dst_table"_s, u"1bad"_s, u"--dsn"_s, m_dsn});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"1bad"_s));
        QCOMPARE(sql(u"SELECT count(*) FROM pg_class"_s), before);
        r = run({u"seed"_s, u"--dst_table"_s, u"a.b.c.d"_s, u"--dsn"_s, m_dsn});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(sql(u"SELECT count(*) FROM pg_class"_s), before);
    }

    void unreachableServerNeverShowsThePassword()
    {
        const QString ok = file(u"ok2.ndjson"_s, "{}\n");
        const Run r =
            run({u"load"_s, u"--src_file"_s, ok, u"--dst_table"_s, u"t"_s, u"--dsn"_s,
                 u"host=127.0.0.1 port=1 user=me password=s3cret-Pa55 dbname=x connect_timeout=3"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"connect"_s, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"s3cret-Pa55"_s));
        QVERIFY(!r.out.contains(u"s3cret-Pa55"_s));
        const Run uri = run({u"load"_s, u"--src_file"_s, ok, u"--dst_table"_s, u"t"_s, u"--dsn"_s,
                             u"postgresql://me:s3cret-Pa55@127.0.0.1:1/x?connect_timeout=3"_s});
        QCOMPARE(uri.exitCode, 1);
        QVERIFY(!uri.err.contains(u"s3cret-Pa55"_s));
    }

    // Every relation and schema of the database (toast and temp schemas aside), with oids: a
    // load must add exactly its table and drop nothing.
    QStringList catalog()
    {
        const QByteArrayList rows = TestServer::instance().queryColumn(
            u"cli"_s,
            u"SELECT format('%s|%s|%s', n.nspname, c.relname, c.oid) FROM pg_class c "
            "JOIN pg_namespace n ON c.relnamespace = n.oid "
            "WHERE n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' "
            "UNION ALL SELECT format('schema %s||%s', nspname, oid) FROM pg_namespace ORDER BY 1"_s);
        QStringList out;
        for (const QByteArray &row : rows)
            out.append(QString::fromUtf8(row));
        return out;
    }

    // Names that would inject SQL if pasted unquoted, or be folded, or lose bytes: each load makes
    // exactly the one table, in the schema named, and the journal and status find it by that name.
    void oddTableNameIsExactlyOneTable_data()
    {
        QTest::addColumn<QString>("schema"); // created first by the test, as written here (quoted SQL)
        QTest::addColumn<QString>("table");  // --dst_table
        QTest::addColumn<QString>("nspname");
        QTest::addColumn<QString>("relname");
        QTest::newRow("quote, semicolon, comment") << QString() << u"\"x\"\"; drop table events; --\""_s
                                                   << u"public"_s << u"x\"; drop table events; --"_s;
        QTest::newRow("schema and table with quotes, semicolons, spaces, unicode")
            << u"\"Sch \"\"; drop\""_s << u"\"Sch \"\"; drop\".\"Tä;ble \"\"x\"\"\""_s << u"Sch \"; drop"_s
            << u"Tä;ble \"x\""_s;
        QTest::newRow("single quotes close a literal, not an identifier")
            << u"\"a'b\""_s << u"\"a'b\".\"c'); DROP SCHEMA public CASCADE; --\""_s << u"a'b"_s
            << u"c'); DROP SCHEMA public CASCADE; --"_s;
        QTest::newRow("upper case, quoted: kept")
            << u"\"Ünïcode Schéma\""_s << u"\"Ünïcode Schéma\".\"UPPER Case\""_s << u"Ünïcode Schéma"_s
            << u"UPPER Case"_s;
        QTest::newRow("upper case, unquoted: folded")
            << QString() << u"MixedCase"_s << u"public"_s << u"mixedcase"_s;
        QTest::newRow("a parameter's look") << QString() << u"\"$1\""_s << u"public"_s << u"$1"_s;
    }

    void oddTableNameIsExactlyOneTable()
    {
        QFETCH(QString, schema);
        QFETCH(QString, table);
        QFETCH(QString, nspname);
        QFETCH(QString, relname);
        if (sql(u"SELECT to_regclass('pgjsonload.batches') IS NULL"_s) == u"t"_s) // the journal, first
            QCOMPARE(run({u"load"_s, u"--src_file"_s, file(u"warm.ndjson"_s, "{}\n"), u"--dst_table"_s,
                          u"warm"_s, u"--dsn"_s, m_dsn})
                         .exitCode,
                     0);
        if (!schema.isEmpty())
            QCOMPARE(sql(u"CREATE SCHEMA "_s + schema), QString());
        const QStringList before = catalog();
        const QString ok = file(u"odd.ndjson"_s, "{\"x\":1}\n");
        Run r = run({u"load"_s, u"--src_file"_s, ok, u"--dst_table"_s, table, u"--dsn"_s, m_dsn});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList after = catalog();

        QStringList added;
        for (const QString &entry : after) {
            if (!before.contains(entry))
                added.append(entry.section(u'|', 0, 1));
        }
        QCOMPARE(added, QStringList{nspname + u'|' + relname});
        for (const QString &entry : before)
            QVERIFY2(after.contains(entry), qPrintable(entry)); // nothing dropped, nothing replaced

        const QString quoted =
            TableName::quoteIdentifier(nspname) + u'.' + TableName::quoteIdentifier(relname);
        QCOMPARE(sql(u"SELECT count(*) FROM "_s + quoted), u"1"_s);
        QCOMPARE(
            sql(u"SELECT count(*) FROM pgjsonload.files WHERE path = '%1' AND target = '%2'::regclass"_s.arg(
                ok, QString(quoted).replace(u'\'', u"''"_s))),
            u"1"_s);
        // A rerun and the status find the same table by the same name.
        r = run({u"load"_s, u"--src_file"_s, ok, u"--dst_table"_s, table, u"--dsn"_s, m_dsn});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"0 records loaded"_s), qPrintable(r.out + r.err));
        QCOMPARE(sql(u"SELECT count(*) FROM "_s + quoted), u"1"_s);
        r = run({u"status"_s, u"--dst_table"_s, table, u"--dsn"_s, m_dsn});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"complete"_s), qPrintable(r.out + r.err));
        QCOMPARE(sql(u"SELECT to_regclass('events') IS NOT NULL"_s), u"t"_s);
        QCOMPARE(catalog(), after);
    }

    void usageErrorsExit2()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(run({u"load"_s, u"--dst_table"_s, u"t"_s}).exitCode, 2);
        // Numbers out of range name the range (the limits profiles and the window share).
        const QList<std::pair<QStringList, QString>> ranges = {
            {{u"--chunk"_s, u"0"_s}, u"--chunk needs a number of rows between 1 and 10000000."_s},
            {{u"--workers"_s, u"257"_s}, u"--workers needs a number between 1 and 256."_s},
            {{u"--max-record-mb"_s, u"1025"_s}, u"--max-record-mb needs a number between 1 and 1024."_s},
            {{u"--retry-seconds"_s, u"86401"_s},
             u"--retry-seconds needs a number of seconds between 1 and 86400."_s},
            {{u"--commit-mb"_s, u"-1"_s}, u"--commit-mb needs a number of MiB between 0 and 65536."_s}};
        for (const auto &[option, message] : ranges) {
            const Run refused =
                run(QStringList{u"load"_s, u"--src_file"_s, u"x"_s, u"--dst_table"_s, u"t"_s} + option);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        }
        const Run help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"seed"_s) && help.out.contains(u"load"_s));
    }

    // --help, --version and the manual page come from one set of definitions: every option any
    // command's --help lists is in the manual, under that command.
    void manualListsEveryOption()
    {
        const Run version = run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(u"pgjsonload "_s) && version.out.contains(u'.'),
                 qPrintable(version.out));
        const Run man = run({u"--man"_s});
        QCOMPARE(man.exitCode, 0);
        QVERIFY(man.out.startsWith(u".TH PGJSONLOAD 1"_s));
        const QString manual = QString(man.out).replace(u"\\-"_s, u"-"_s);
        for (const QString &command : {u"seed"_s, u"load"_s, u"status"_s, u"run"_s, u"local"_s}) {
            const Run help = run({command, u"--help"_s});
            QCOMPARE(help.exitCode, 0);
            const qsizetype section = manual.indexOf(u".SS "_s + command + u'\n');
            QVERIFY2(section > 0, qPrintable(command));
            const qsizetype next = manual.indexOf(u".SS "_s, section + 4);
            const QString part = manual.mid(section, next < 0 ? -1 : next - section);
            const QRegularExpression optionName(u"(?:^|[ ,])(--[a-z][a-z_-]+)"_s);
            int options = 0;
            for (const QString &line : help.out.split(u'\n')) {
                if (!line.trimmed().startsWith(u'-'))
                    continue;
                for (auto it = optionName.globalMatch(line); it.hasNext();) {
                    const QString name = it.next().captured(1);
                    if (name == u"--help"_s || name == u"--help-all"_s)
                        continue;
                    ++options;
                    QVERIFY2(part.contains(name), qPrintable(command + u": "_s + name));
                }
            }
            QVERIFY2(options > 0, qPrintable(command));
        }
    }

    void logFile()
    {
        const QString log = m_dir.filePath(u"logs/run.log"_s);
        const QString ok = file(u"logged.ndjson"_s, "{}\n[]\n");
        QCOMPARE(run({u"load"_s, u"--src_file"_s, ok, u"--dst_table"_s, u"logged"_s, u"--log"_s, log,
                      u"--dsn"_s, m_dsn})
                     .exitCode,
                 0);
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(u"2 records loaded"_s), qPrintable(text));
        QVERIFY(text.contains(u"Connected to"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
