// `pgjsonload run PROFILE`: a profile written by LoadProfile (as the desktop application writes
// it) runs from the command line, e.g. from cron.
#include "loadprofile.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pjl::LoadProfile;
using pjl::test::TestServer;

class TestCliProfile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    pjl::ConnectionSettings m_db;
    const QString m_dbName = u"pjl_ui_cliprofile"_s;

    static QString binary() { return QStringLiteral(PJL_BIN_DIR) + u"/pgjsonload"_s; }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments)
    {
        QProcess p;
        p.start(binary(), arguments);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    qint64 count(const QString &table)
    {
        return TestServer::instance().query(m_dbName, u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo(binary()).isExecutable());
        QVERIFY2(TestServer::instance().isUp(), qPrintable(TestServer::instance().error()));
        m_db = TestServer::instance().freshDatabase(m_dbName);
    }

    void runsAProfileSavedByLoadProfile()
    {
        QByteArray a;
        for (int i = 0; i < 120; ++i)
            a += "{\"i\": " + QByteArray::number(i) + "}\n";
        write(m_dir.filePath(u"data/a.ndjson"_s), a);
        write(m_dir.filePath(u"data/more/b.json"_s), "[{\"b\": 1}, {\"b\": 2}]");
        write(m_dir.filePath(u"data/more/c.json"_s), "[{\"c\": 1}, {\"c\": 2}, {\"c\": 3}");

        pjl::LoadPlan plan;
        plan.connection = m_db;
        plan.sources = {{m_dir.filePath(u"data/a.ndjson"_s), u"cli_a"_s},
                        {m_dir.filePath(u"data/more"_s), u"cli_more"_s}};
        plan.options.chunkRows = 50;
        plan.options.workers = 2;
        const QString profile = m_dir.filePath(u"nightly.pgjl.json"_s);
        QVERIFY(LoadProfile(plan).save(profile).isNull());

        const Run r = run({u"run"_s, profile, u"--log"_s, m_dir.filePath(u"run.log"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(count(u"cli_a"_s), 120);
        QCOMPARE(count(u"cli_more"_s), 5);
        QVERIFY(r.out.contains(u"120"_s) || r.out.contains(u"125"_s));
    }

    void relativePathsAndDsnOverride()
    {
        // A hand-written profile next to its data, pointing at a server that is not there; --dsn wins.
        write(m_dir.filePath(u"portable/events.ndjson"_s), "{\"e\": 1}\n{\"e\": 2}\n{\"bad\": }\n");
        write(m_dir.filePath(u"portable/load.pgjl.json"_s), R"({
            "version": 1,
            "connection": {"host": "127.0.0.1", "port": 1, "database": "nowhere"},
            "defaults": {"chunk": 10, "workers": 1},
            "files": [{"path": "events.ndjson", "table": "cli_rel"}],
            "options": {"rejects": "out/rejects.ndjson"}
        })");
        const Run r =
            run({u"run"_s, m_dir.filePath(u"portable/load.pgjl.json"_s), u"--dsn"_s,
                 TestServer::instance().dsn(m_dbName), u"-q"_s, u"--log"_s, m_dir.filePath(u"run2.log"_s)});
        QCOMPARE(r.exitCode, 3); // loaded, with a reject
        QCOMPARE(count(u"cli_rel"_s), 2);
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"portable/out/rejects.ndjson"_s)));
    }

    void errorsAndUsage()
    {
        Run r = run({u"run"_s});
        QCOMPARE(r.exitCode, 2);
        r = run({u"run"_s, m_dir.filePath(u"missing.pgjl.json"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"missing.pgjl.json"_s));
        write(m_dir.filePath(u"future.pgjl.json"_s), R"({"version": 99, "files": []})");
        r = run({u"run"_s, m_dir.filePath(u"future.pgjl.json"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"newer"_s), qPrintable(r.err));
        // The server named in the profile is unreachable: a fatal error, not a usage error.
        write(m_dir.filePath(u"unreachable.pgjl.json"_s),
              R"({"version": 1, "connection": {"host": "127.0.0.1", "port": 1},
                  "files": [{"path": "portable/events.ndjson", "table": "x"}]})");
        r = run({u"run"_s, m_dir.filePath(u"unreachable.pgjl.json"_s), u"--log"_s,
                 m_dir.filePath(u"run3.log"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"connect"_s, Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cliprofile.moc"
