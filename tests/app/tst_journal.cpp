#include "filefingerprint.h"
#include "pgconnection.h"
#include "sampledata.h"
#include "tablecompare.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;

// Exactly once, proven with real processes against a real server: rerun after success, reload,
// changed files, SIGKILL at random moments, a server restart, a server that stays away, SIGTERM.
class TestJournal final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PrivateServer> m_server; // ours alone: these tests stop and restart it
    QByteArrayList m_records;                // every record of the multi-file input
    QString m_inputDir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QStringList loadArgs(const QString &table, const QStringList &extra = {}) const
    {
        return QStringList{u"load"_s, u"--src_file"_s, m_inputDir, u"--dst_table"_s, table, u"--chunk"_s,
                           u"2000"_s, u"--dsn"_s, m_server->dsn(), u"--log"_s, m_dir.filePath(u"log"_s),
                           // Streams committed every MiB: faults land among committed and
                           // uncommitted ones alike, and the waits on committed rows below end.
                           u"--commit-mb"_s, u"1"_s} +
               extra;
    }

    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(PJL_BIN_DIR) + u"/pgjsonload"_s, args);
        if (!p.waitForFinished(600000))
            qFatal("pgjsonload did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString sql(const QString &query)
    {
        PgConnection c;
        if (c.open(m_server->settings()))
            return u"(no connection)"_s;
        const auto r = c.exec(query.toUtf8());
        return r ? (r->rows() ? r->text(0, 0) : QString()) : r.error().toString();
    }

    void expectExactlyTheInput(const QString &table) { expectExactly(table, m_records); }

    void expectExactly(const QString &table, const QByteArrayList &records)
    {
        const TableDiff diff = compareTable(m_server->settings(), table, records);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
        // The journal claims exactly the rows that are there.
        QCOMPARE(sql(u"SELECT sum(b.rows) FROM pgjsonload.batches b JOIN pgjsonload.files f USING (file_id) "
                     "WHERE f.target = '%1'::regclass"_s.arg(table)),
                 QString::number(records.size()));
        QCOMPARE(
            sql(u"SELECT count(*) FROM pgjsonload.file_status WHERE target = '%1'::regclass AND NOT complete"_s
                    .arg(table)),
            u"0"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<PrivateServer>(u"journal"_s);
        QVERIFY2(m_server->isUp(), qPrintable(m_server->error()));
        // 20 files, 210,000 records in all, in three framings.
        m_inputDir = m_dir.filePath(u"input"_s);
        for (int f = 0; f < 20; ++f) {
            const QByteArrayList records = sampleRecords(10500, 500 + f, true);
            m_records += records;
            const QByteArray content = f % 3 == 0   ? asNdjson(records)
                                       : f % 3 == 1 ? asBrokenArray(records)
                                                    : asPrettyArray(records);
            QVERIFY(writeFile(m_inputDir + u"/part-%1.json"_s.arg(f, 2, 10, QLatin1Char('0')), content));
        }
        QVERIFY(m_records.size() >= 200000);
    }

    void rerunAfterSuccessLoadsNothing()
    {
        Run r = run(loadArgs(u"once"_s));
        QCOMPARE(r.exitCode, 0);
        expectExactlyTheInput(u"once"_s);
        r = run(loadArgs(u"once"_s));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"0 records loaded"_s) && r.out.contains(u"20 files already loaded"_s),
                 qPrintable(r.out));
        expectExactlyTheInput(u"once"_s);

        const Run status = run({u"status"_s, u"--dst_table"_s, u"once"_s, u"--dsn"_s, m_server->dsn()});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.out.count(u"complete"_s), 20);
        QVERIFY(status.out.contains(u"10,500"_s));
        // Without a table it lists every table's files (a null parameter once matched none).
        const Run all = run({u"status"_s, u"--dsn"_s, m_server->dsn()});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.out.count(u"complete"_s) >= 20, qPrintable(all.out));
    }

    void reloadLoadsAgainAndChangesAreDetected()
    {
        const QString dir = m_dir.filePath(u"small"_s);
        const QByteArrayList a = sampleRecords(300, 1);
        QVERIFY(writeFile(dir + u"/a.ndjson"_s, asNdjson(a)));
        const QStringList base{u"load"_s,  u"--src_file"_s, dir, u"--dst_table"_s, u"reloaded"_s,
                               u"--dsn"_s, m_server->dsn()};
        QCOMPARE(run(base).exitCode, 0);
        QCOMPARE(run(base + QStringList{u"--reload"_s}).exitCode, 0);
        QCOMPARE(sql(u"SELECT count(*) FROM reloaded"_s), u"600"_s); // on purpose, twice

        // The file changes: reported, not loaded on top of the old rows.
        QThread::msleep(20);
        QVERIFY(writeFile(dir + u"/a.ndjson"_s, asNdjson(sampleRecords(301, 2))));
        Run r = run(base);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"changed since it was loaded"_s), qPrintable(r.err));
        QCOMPARE(sql(u"SELECT count(*) FROM reloaded"_s), u"600"_s);
        r = run(base + QStringList{u"--reload"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sql(u"SELECT count(*) FROM reloaded"_s), u"901"_s);
        // --truncate starts the table and its journal over.
        QCOMPARE(run(base + QStringList{u"--truncate"_s}).exitCode, 0);
        QCOMPARE(sql(u"SELECT count(*) FROM reloaded"_s), u"301"_s);
        // What it forgot is gone: no ranges or rejects left of files it no longer lists.
        for (const QString &journalTable : {u"batches"_s, u"rejects"_s})
            QCOMPARE(sql(u"SELECT count(*) FROM pgjsonload.%1 x WHERE NOT EXISTS "
                         "(SELECT FROM pgjsonload.files f WHERE f.file_id = x.file_id)"_s.arg(journalTable)),
                     u"0"_s);
        QCOMPARE(sql(u"SELECT sum(rows) FROM pgjsonload.file_status WHERE target = 'reloaded'::regclass"_s),
                 u"301"_s);
    }

    void rejectsAreJournaledAndReportedAgainOnResume()
    {
        const QString dir = m_dir.filePath(u"withrejects"_s);
        QByteArrayList lines = sampleRecords(5000, 9, true);
        const QByteArrayList good = lines;
        lines.insert(10, "{\"bad\": }");
        lines.insert(4000, "{\"bad\": \"\\u0000\"}");
        QVERIFY(writeFile(dir + u"/r.ndjson"_s, lines.join('\n')));
        // A first run that stops part way (a quota trigger), after the first reject committed.
        QCOMPARE(sql(u"CREATE TABLE rj (data jsonb NOT NULL)"_s), QString());
        QCOMPARE(
            sql(u"CREATE FUNCTION rj_quota() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "IF (SELECT count(*) FROM rj) >= 2000 THEN RAISE EXCEPTION 'quota' USING ERRCODE = '53100'; "
                "END IF; RETURN NEW; END $$"_s),
            QString());
        QCOMPARE(
            sql(u"CREATE TRIGGER quota BEFORE INSERT ON rj FOR EACH STATEMENT EXECUTE FUNCTION rj_quota()"_s),
            QString());
        // Each batch its own COPY (--commit-mb 0), so that the statement trigger sees every one.
        const QStringList args{u"load"_s,  u"--src_file"_s,  dir,          u"--dst_table"_s, u"rj"_s,
                               u"--dsn"_s, m_server->dsn(),  u"--chunk"_s, u"1000"_s,        u"--workers"_s,
                               u"1"_s,     u"--commit-mb"_s, u"0"_s};
        Run r = run(args + QStringList{u"--rejects"_s, m_dir.filePath(u"r1.ndjson"_s)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(sql(u"SELECT string_agg(r.record::text || ':' || r.sqlstate, ',') FROM pgjsonload.rejects r "
                     "JOIN pgjsonload.files f USING (file_id) WHERE f.target = 'rj'::regclass"_s),
                 u"11:22P02"_s);
        QCOMPARE(sql(u"SELECT complete FROM pgjsonload.file_status WHERE target = 'rj'::regclass"_s), u"f"_s);

        QCOMPARE(sql(u"DROP TRIGGER quota ON rj"_s), QString());
        const QString rejects = m_dir.filePath(u"r2.ndjson"_s);
        r = run(args + QStringList{u"--rejects"_s, rejects});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(u"2 rejected"_s), qPrintable(r.out));
        QFile f(rejects);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text.count('\n'), 2);
        QVERIFY(text.contains("\"record\":11") && text.contains("\"record\":4001"));
        // The journal keeps each reject's bytes exactly (quotes and backslashes written into its SQL).
        QCOMPARE(
            sql(u"SELECT string_agg(convert_from(r.text, 'UTF8'), '|' ORDER BY r.record) FROM "
                "pgjsonload.rejects r JOIN pgjsonload.files f USING (file_id) WHERE f.target = 'rj'::regclass"_s),
            u"{\"bad\": }|{\"bad\": \"\\u0000\"}"_s);
        const TableDiff diff = compareTable(m_server->settings(), u"rj"_s, good);
        QVERIFY2(diff.equal(), qPrintable(diff.describe()));
    }

    void sigkillAtRandomMomentsThenRerun()
    {
        // Every kill is followed by a rerun and a full comparison; odd attempts are killed twice
        // first, so a resumed load is itself interrupted before the rerun that completes it.
        QRandomGenerator random(20261125);
        for (int attempt = 0; attempt < 5; ++attempt) {
            const QString table = u"killed_%1"_s.arg(attempt);
            for (int kill = 0; kill < 1 + attempt % 2; ++kill) {
                QProcess p;
                p.start(QStringLiteral(PJL_BIN_DIR) + u"/pgjsonload"_s, loadArgs(table));
                QVERIFY(p.waitForStarted());
                const int delay = 30 + int(random.bounded(700));
                QThread::msleep(ulong(delay));
                ::kill(pid_t(p.processId()), SIGKILL);
                p.waitForFinished();
                qInfo("%s: killed after %d ms; %s rows in the table", qPrintable(table), delay,
                      qPrintable(sql(u"SELECT count(*) FROM %1"_s.arg(table))));
            }
            const Run r = run(loadArgs(table));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            expectExactlyTheInput(table);
        }
    }

    // A small file's journal row commits with the first of its batches to commit, holding the
    // fingerprint the reader took from the bytes it loaded. Killed at any moment, the journal has
    // no range without its file's row, every row has the file's true fingerprint, and the table
    // holds exactly the rows the journal claims; the rerun completes it exactly once.
    void smallFilesJournalRowsCommitWithTheirRecords()
    {
        const QString dir = m_dir.filePath(u"many-small"_s);
        QByteArrayList records;
        QStringList paths;
        for (int f = 0; f < 600; ++f) {
            const QByteArrayList part = sampleRecords(200, 7000 + f, true);
            records += part;
            paths.append(dir + u"/s-%1.json"_s.arg(f, 3, 10, QLatin1Char('0')));
            QVERIFY(writeFile(paths.back(), f % 2 ? asNdjson(part) : asBrokenArray(part)));
        }
        const auto argsFor = [&](const QString &table) {
            return QStringList{
                u"load"_s, u"--src_file"_s, dir,    u"--dst_table"_s, table,          u"--chunk"_s,
                u"350"_s,  u"--workers"_s,  u"2"_s, u"--dsn"_s,       m_server->dsn()};
        };
        const auto journalIsTrue = [&](const QString &table) {
            QCOMPARE(sql(u"SELECT count(*) FROM pgjsonload.batches b WHERE NOT EXISTS "
                         "(SELECT 1 FROM pgjsonload.files f WHERE f.file_id = b.file_id)"_s),
                     u"0"_s);
            QCOMPARE(sql(u"SELECT count(*) FROM %1"_s.arg(table)),
                     sql(u"SELECT coalesce(sum(b.rows), 0) FROM pgjsonload.batches b JOIN pgjsonload.files f "
                         "USING (file_id) WHERE f.target = '%1'::regclass"_s.arg(table)));
            PgConnection c;
            QVERIFY(c.open(m_server->settings()).isNull());
            const auto rows = c.exec(u"SELECT path, size, head_hash, tail_hash FROM pgjsonload.files "
                                     "WHERE target = '%1'::regclass"_s.arg(table)
                                         .toUtf8());
            QVERIFY(rows);
            for (int i = 0; i < rows->rows(); ++i) {
                const auto fp = FileFingerprint::compute(rows->text(i, 0));
                QVERIFY(fp);
                QCOMPARE(rows->toInt64(i, 1), fp->size);
                QCOMPARE(rows->bytes(i, 2), fp->headHash);
                QCOMPARE(rows->bytes(i, 3), fp->tailHash);
            }
        };
        // Each attempt kills a first load part way (the files' rows are being inserted then), and
        // the rerun completes it.
        QRandomGenerator random(20261126);
        for (int attempt = 0; attempt < 3; ++attempt) {
            const QString table = u"small_killed_%1"_s.arg(attempt);
            QProcess p;
            p.start(QStringLiteral(PJL_BIN_DIR) + u"/pgjsonload"_s, argsFor(table));
            QVERIFY(p.waitForStarted());
            const int delay = 80 + int(random.bounded(500));
            QThread::msleep(ulong(delay));
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished();
            qInfo(
                "%s: killed after %d ms; %s rows, %s file rows", qPrintable(table), delay,
                qPrintable(sql(u"SELECT count(*) FROM %1"_s.arg(table))),
                qPrintable(sql(
                    u"SELECT count(*) FROM pgjsonload.files WHERE target = to_regclass('%1')"_s.arg(table))));
            if (sql(u"SELECT to_regclass('%1') IS NOT NULL"_s.arg(table)) == u"t"_s)
                journalIsTrue(table);
            const Run r = run(argsFor(table));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            expectExactly(table, records);
            journalIsTrue(table);
            QCOMPARE(
                sql(u"SELECT count(*) FROM pgjsonload.file_status WHERE target = '%1'::regclass AND complete"_s
                        .arg(table)),
                u"600"_s);
        }
        // A small file changed since: caught by its hash, as before.
        QVERIFY(writeFile(paths[5], asNdjson(sampleRecords(100, 1))));
        const Run again = run(argsFor(u"small_killed_0"_s));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"changed since it was loaded"_s), qPrintable(again.err));
    }

    void serverRestartDuringLoad()
    {
        QProcess p;
        p.start(QStringLiteral(PJL_BIN_DIR) + u"/pgjsonload"_s,
                loadArgs(u"restarted"_s, {u"--workers"_s, u"2"_s}));
        QVERIFY(p.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (sql(u"SELECT count(*) FROM restarted"_s).toLongLong() < 20000 && t.elapsed() < 60000)
            QThread::msleep(20);
        QVERIFY(m_server->restart());
        QVERIFY(p.waitForFinished(300000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(u"Lost the connection"_s), qPrintable(err)); // a warning, not a failure
        expectExactlyTheInput(u"restarted"_s);
    }

    void serverGoneTooLongThenRerunResumes()
    {
        QProcess p;
        p.start(QStringLiteral(PJL_BIN_DIR) + u"/pgjsonload"_s,
                loadArgs(u"outage"_s, {u"--retry-seconds"_s, u"2"_s}));
        QVERIFY(p.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (sql(u"SELECT count(*) FROM outage"_s).toLongLong() < 20000 && t.elapsed() < 60000)
            QThread::msleep(20);
        QVERIFY(m_server->stop());
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(u"run the same load again to resume"_s), qPrintable(err));
        QVERIFY(m_server->start());
        const Run r = run(loadArgs(u"outage"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        expectExactlyTheInput(u"outage"_s);
    }

    void sigtermStopsPromptlyAndConsistently()
    {
        QProcess p;
        p.start(QStringLiteral(PJL_BIN_DIR) + u"/pgjsonload"_s, loadArgs(u"terminated"_s));
        QVERIFY(p.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (sql(u"SELECT count(*) FROM terminated"_s).toLongLong() < 10000 && t.elapsed() < 60000)
            QThread::msleep(20);
        ::kill(pid_t(p.processId()), SIGTERM);
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(p.waitForFinished(30000));
        qInfo("stopped %lld ms after SIGTERM", stopping.elapsed());
        QCOMPARE(p.exitCode(), 130);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(out.contains(u"cancelled"_s));
        // Whatever committed is in the journal, nothing else is.
        QCOMPARE(sql(u"SELECT count(*) FROM terminated"_s),
                 sql(u"SELECT coalesce(sum(b.rows), 0) FROM pgjsonload.batches b JOIN pgjsonload.files f "
                     u"USING (file_id) "
                     "WHERE f.target = 'terminated'::regclass"_s));
        const Run r = run(loadArgs(u"terminated"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        expectExactlyTheInput(u"terminated"_s);
    }

    // A gzip member too large to be checked ahead is inflated once, and its records wait in
    // transactions left open until its CRC is known (that none commits before is tst_loadjob's):
    // killed at any moment, the table holds exactly what the journal says, and a rerun completes
    // it exactly once; the server restarting while they wait loses those transactions, and the load
    // reads them again.
    void heldGzipMemberThroughKillsAndARestart()
    {
        const QString dir = m_dir.filePath(u"held"_s);
        const QByteArrayList held = sampleRecords(250000, 900, false);
        const QByteArrayList plain = sampleRecords(20000, 901, true);
        QVERIFY(writeFile(dir + u"/a-held.json.gz"_s, gzip(asNdjson(held), 1)));
        QVERIFY(writeFile(dir + u"/b-plain.json"_s, asNdjson(plain)));
        const auto argsFor = [&](const QString &table) {
            return QStringList{
                u"load"_s, u"--src_file"_s, dir,    u"--dst_table"_s, table,           u"--chunk"_s,
                u"5000"_s, u"--workers"_s,  u"2"_s, u"--dsn"_s,       m_server->dsn(), u"--retry-seconds"_s,
                u"2"_s};
        };
        const auto heldRows = [&](const QString &table) {
            return sql(u"SELECT coalesce(sum(b.rows), 0) FROM pgjsonload.batches b JOIN pgjsonload.files f "
                       "USING (file_id) WHERE f.target = to_regclass('%1') AND f.path LIKE '%.gz'"_s.arg(
                           table))
                .toLongLong();
        };
        QRandomGenerator random(20261127);
        for (int attempt = 0; attempt < 3; ++attempt) {
            const QString table = u"held_killed_%1"_s.arg(attempt);
            QProcess p;
            p.start(QStringLiteral(PJL_BIN_DIR) + u"/pgjsonload"_s, argsFor(table));
            QVERIFY(p.waitForStarted());
            const int delay = 200 + int(random.bounded(1500));
            QThread::msleep(ulong(delay));
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished();
            const qint64 committed = heldRows(table);
            qInfo("%s: killed after %d ms; %lld of the member's rows committed", qPrintable(table), delay,
                  committed);
            if (sql(u"SELECT to_regclass('%1') IS NOT NULL"_s.arg(table)) == u"t"_s) {
                QCOMPARE(
                    sql(u"SELECT count(*) FROM %1"_s.arg(table)),
                    sql(u"SELECT coalesce(sum(b.rows), 0) FROM pgjsonload.batches b JOIN "
                        "pgjsonload.files f USING (file_id) WHERE f.target = '%1'::regclass"_s.arg(table)));
            }
            const Run r = run(argsFor(table));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            expectExactly(table, held + plain);
        }

        // The server restarts while the member's records wait (sent, none committed): they are
        // lost with the connections, and read again once the rest is in; exactly once, no rerun.
        QProcess p;
        p.start(QStringLiteral(PJL_BIN_DIR) + u"/pgjsonload"_s, argsFor(u"held_restarted"_s));
        QVERIFY(p.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (sql(u"SELECT coalesce(pg_relation_size(to_regclass('held_restarted')), 0)"_s).toLongLong() <
                   (4 << 20) &&
               t.elapsed() < 60000)
            QThread::msleep(20);
        QCOMPARE(sql(u"SELECT count(*) FROM held_restarted"_s), u"0"_s); // in the open transactions
        QVERIFY(m_server->restart());
        QVERIFY(p.waitForFinished(300000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY2(
            err.contains(u"waited, uncommitted, for the check at the end of its gzip member were lost"_s),
            qPrintable(err));
        expectExactly(u"held_restarted"_s, held + plain);
        const Run again = run(argsFor(u"held_restarted"_s));
        QVERIFY2(again.exitCode == 0 && again.out.contains(u"already loaded"_s), qPrintable(again.out));
    }

    void nonRowErrorStopsWithTheServerMessage()
    {
        QCOMPARE(sql(u"CREATE TABLE guarded (data jsonb NOT NULL)"_s), QString());
        QCOMPARE(sql(u"CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                     "IF (SELECT count(*) FROM guarded) >= 30000 THEN RAISE EXCEPTION 'quota reached' USING "
                     "ERRCODE = '53100'; "
                     "END IF; RETURN NEW; END $$"_s),
                 QString());
        QCOMPARE(
            sql(u"CREATE TRIGGER quota BEFORE INSERT ON guarded FOR EACH STATEMENT EXECUTE FUNCTION refuse()"_s),
            QString());
        const Run r = run(loadArgs(u"guarded"_s, {u"--workers"_s, u"1"_s}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"quota reached"_s), qPrintable(r.err));
        // Only whole batches, each with its journal row.
        const qint64 rows = sql(u"SELECT count(*) FROM guarded"_s).toLongLong();
        QCOMPARE(rows % 2000, 0);
        QCOMPARE(sql(u"SELECT coalesce(sum(b.rows), 0) FROM pgjsonload.batches b JOIN pgjsonload.files f "
                     u"USING (file_id) "
                     "WHERE f.target = 'guarded'::regclass"_s),
                 QString::number(rows));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
