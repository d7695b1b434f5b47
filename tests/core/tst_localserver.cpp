#include "clirun.h"
#include "localserver.h"
#include "pgconnection.h"
#include "sampledata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;
using Run = CliRun;

// The sandbox server, from the real PostgreSQL programs of this machine: created, started, found
// running by a second instance, stopped, started again with its data; and the CLI's --local.
class TestLocalServer final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    // As root the server runs as "postgres", which must be able to enter the folder.
    QString sandboxFolder(const QString &name)
    {
        QFile::setPermissions(m_tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup);
        return m_tmp.filePath(name);
    }

    static QString query(const ConnectionSettings &settings, const QByteArray &sql)
    {
        PgConnection connection;
        if (Error e = connection.open(settings))
            return u"error: "_s + e.message;
        auto result = connection.exec(sql);
        if (!result)
            return u"error: "_s + result.error().message;
        return result->rows() > 0 ? result->text(0, 0) : QString();
    }

    static Run cli(const QStringList &args) { return runCli(args); }

private Q_SLOTS:
    void findsTheInstalledPrograms()
    {
        const Result<QString> found = LocalServer::findBinaries();
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QVERIFY(QFileInfo(found.value() + u"/initdb"_s).isExecutable());
        QVERIFY(QFileInfo(found.value() + u"/pg_ctl"_s).isExecutable());
        QCOMPARE(LocalServer::findBinaries(found.value()).value(), found.value());
    }

    void aFolderWithoutTheProgramsIsNamed()
    {
        QTemporaryDir empty;
        const Result<QString> found = LocalServer::findBinaries(empty.path());
        QVERIFY(!found.ok());
        QVERIFY2(found.error().message.contains(empty.path()), qPrintable(found.error().message));
        QVERIFY(found.error().message.contains(u"initdb"_s));

        ConnectionSettings settings;
        settings.local = true;
        settings.localDirectory = sandboxFolder(u"never"_s);
        settings.localBinDirectory = empty.path();
        const Result<ConnectionSettings> resolved = LocalServer::resolve(settings);
        QVERIFY(!resolved.ok());
        QVERIFY(!QFileInfo::exists(settings.localDirectory)); // nothing was created
    }

    void nonLocalSettingsPassThrough()
    {
        ConnectionSettings settings;
        settings.host = u"db.example.com"_s;
        settings.database = u"x"_s;
        const Result<ConnectionSettings> resolved = LocalServer::resolve(settings);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.value(), settings);
    }

    void startsStopsAndKeepsItsData()
    {
        LocalServer server(sandboxFolder(u"sandbox"_s));
        QVERIFY(!server.exists());
        QVERIFY(!server.isRunning());
        const Result<ConnectionSettings> started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message + u'\n' + started.error().detail));
        QVERIFY(server.exists());
        QVERIFY(server.isRunning());
        QVERIFY(LocalServer::anyStartedHere());
        QCOMPARE(query(started.value(), "SELECT current_setting('server_encoding')"), u"UTF8"_s);
        QCOMPARE(query(started.value(), "SELECT current_setting('listen_addresses')"), QString());
        QCOMPARE(query(started.value(),
                       "CREATE TABLE kept (data jsonb); INSERT INTO kept VALUES ('{\"a\":1}'); "
                       "SELECT 'done'"),
                 u"done"_s);
#ifdef Q_OS_UNIX
        // Trust is safe only because nobody else can enter the socket's folder.
        QCOMPARE(QFileInfo(started->host).permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther |
                                                           QFileDevice::ReadGroup | QFileDevice::ExeGroup),
                 QFileDevice::Permissions());
#endif

        // A second instance (another window, the CLI) finds it running and does not start another.
        const QString startedAt = query(started.value(), "SELECT pg_postmaster_start_time()::text");
        LocalServer again(sandboxFolder(u"sandbox"_s));
        const Result<ConnectionSettings> same = again.start();
        QVERIFY(same.ok());
        QCOMPARE(same.value(), started.value());
        QCOMPARE(query(same.value(), "SELECT pg_postmaster_start_time()::text"), startedAt);

        QVERIFY(!server.stop());
        QVERIFY(!server.isRunning());
        QVERIFY(!LocalServer::anyStartedHere());
        QVERIFY(query(started.value(), "SELECT 1").startsWith(u"error: "_s));
        QVERIFY(!server.stop()); // stopping a stopped server is no error

        // Started again, the data is still there.
        ConnectionSettings settings;
        settings.local = true;
        settings.localDirectory = sandboxFolder(u"sandbox"_s);
        const Result<ConnectionSettings> resolved = LocalServer::resolve(settings);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        QVERIFY(!resolved->local);
        QCOMPARE(query(resolved.value(), "SELECT data->>'a' FROM kept"), u"1"_s);
        LocalServer::stopStartedHere();
        QVERIFY(!server.isRunning());
    }

    void aDeepFolderGetsAShortSocketPath()
    {
        // Unix socket paths have room for about 100 bytes.
        QString deep = sandboxFolder(u"deep"_s);
        while (deep.size() < 140)
            deep += u"/a-rather-long-folder-name"_s;
        QVERIFY(QDir().mkpath(deep));
        for (QString dir = deep; dir.size() > m_tmp.path().size(); dir = QFileInfo(dir).path())
            QFile::setPermissions(dir, QFile::permissions(m_tmp.path()));
        LocalServer server(deep);
        const Result<ConnectionSettings> started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message + u'\n' + started.error().detail));
        QVERIFY(started->host.size() < 80);
        QCOMPARE(query(started.value(), "SELECT 42"), u"42"_s);
        QVERIFY(!server.stop());

#ifdef Q_OS_UNIX
        // That short folder is in /tmp: one that a stranger made first is refused.
        if (::geteuid() == 0) {
            QCOMPARE(QProcess::execute(u"chown"_s, {u"nobody"_s, started->host}), 0);
            const Result<ConnectionSettings> refused = server.start();
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(started->host), qPrintable(refused.error().message));
            QVERIFY(!server.isRunning());
        }
#endif
        QDir(started->host).removeRecursively();
    }

#ifdef Q_OS_UNIX
    void rootNeedsAFolderPostgresCanReach()
    {
        if (::geteuid() != 0)
            QSKIP("only root runs the server as another user");
        QTemporaryDir closed; // 0700, owned by root
        LocalServer server(closed.filePath(u"sandbox"_s));
        const Result<ConnectionSettings> started = server.start();
        QVERIFY(!started.ok());
        QVERIFY2(started.error().message.contains(u"postgres"_s), qPrintable(started.error().message));
    }
#endif

    void cliLoadsIntoTheSandboxAndStopsIt()
    {
        const QString dir = sandboxFolder(u"cli"_s);
        const QString input = m_tmp.filePath(u"events.ndjson"_s);
        writeFile(input, asNdjson(sampleRecords(500, 7)));

        Run r = cli({u"load"_s, u"--local"_s, u"--local-dir"_s, dir, u"--src_file"_s, input, u"--dst_table"_s,
                     u"events"_s, u"-q"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        LocalServer server(dir);
        QVERIFY(server.exists());
        QVERIFY(!server.isRunning()); // started for this command, stopped after it

        // --keep-local leaves it running; `local status` says where; `local stop` stops it.
        r = cli({u"status"_s, u"--local"_s, u"--local-dir"_s, dir, u"--keep-local"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"complete"_s) && r.out.contains(u"events.ndjson"_s), qPrintable(r.out));
        QVERIFY(server.isRunning());
        r = cli({u"local"_s, u"status"_s, u"--local-dir"_s, dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"host="_s), qPrintable(r.out));
        ConnectionSettings where = server.connectionSettings().value();
        QCOMPARE(query(where, "SELECT count(*) FROM events"), u"500"_s);
        r = cli({u"local"_s, u"stop"_s, u"--local-dir"_s, dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!server.isRunning());
        r = cli({u"local"_s, u"status"_s, u"--local-dir"_s, dir});
        QCOMPARE(r.exitCode, 1);

        r = cli({u"local"_s, u"start"_s, u"--local-dir"_s, dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(server.isRunning());
        QVERIFY(!server.stop());
    }

    void cliRefusesLocalWithDsn()
    {
        Run r = cli({u"seed"_s, u"--local"_s, u"--dsn"_s, u"host=x"_s, u"--dst_table"_s, u"t"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"seed"_s, u"--keep-local"_s, u"--dst_table"_s, u"t"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"local"_s, u"restart"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void cleanupTestCase()
    {
        LocalServer::stopStartedHere();
    }
};

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
