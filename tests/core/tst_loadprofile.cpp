#include "loadprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pjl::ConnectionSettings;
using pjl::LoadPlan;
using pjl::LoadProfile;

class TestLoadProfile final : public QObject
{
    Q_OBJECT

private:
    static LoadPlan samplePlan(const QString &dir)
    {
        LoadPlan plan;
        plan.connection.host = u"db1.example.com"_s;
        plan.connection.port = u"5433"_s;
        plan.connection.database = u"analytics"_s;
        plan.connection.user = u"loader"_s;
        plan.connection.sslMode = u"verify-full"_s;
        plan.connection.sslRootCert = dir + u"/root.crt"_s;
        plan.sources = {{dir + u"/track_events.json"_s, u"track_events"_s},
                        {dir + u"/exports"_s, u"analytics.exports"_s},
                        {dir + u"/2024-*/events*.ndjson.gz"_s, u"analytics.\"Events\""_s}};
        plan.options.chunkRows = 5000;
        plan.options.workers = 3;
        plan.options.createTable = false;
        plan.options.truncateFirst = true;
        plan.options.recursive = true;
        plan.options.recordForm = pjl::RecordForm::Canonical;
        plan.options.validateFirst = true;
        plan.options.lz4Compression = false;
        plan.options.copyFormat = pjl::CopyFormat::Text;
        plan.options.synchronousCommit = true;
        plan.options.retrySeconds = 300;
        plan.options.maxRecordBytes = 16LL << 20;
        plan.options.chunkBytes = 48LL << 20;
        plan.options.commitBytes = 0;
        plan.options.rejectsPath = dir + u"/rejects.ndjson"_s;
        return plan;
    }

private Q_SLOTS:
    void roundTripThroughAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LoadPlan plan = samplePlan(dir.path());
        plan.connection.password = u"s3cret-pw"_s;
        const QString path = dir.filePath(u"nightly.pgjl.json"_s);
        QVERIFY(LoadProfile(plan).save(path).isNull());

        const auto loaded = LoadProfile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        LoadPlan expected = plan;
        expected.connection.password.clear();
        QCOMPARE(loaded->plan().connection, expected.connection);
        QCOMPARE(loaded->plan().sources, expected.sources);
        QCOMPARE(loaded->plan().options, expected.options);
        QCOMPARE(loaded->plan(), expected);

        // Saving what was read gives the same bytes: stable, diffable files.
        QCOMPARE(loaded->toJson(), LoadProfile(plan).toJson());
    }

    void defaultOptionsRoundTrip()
    {
        LoadPlan plan;
        plan.sources = {{u"/data/a.json"_s, u"a"_s}};
        const auto back = LoadProfile::fromJson(LoadProfile(plan).toJson(), u"/"_s);
        QVERIFY(back.ok());
        QCOMPARE(back->plan(), plan);
    }

    void fileIsVersionedHumanReadableJson()
    {
        QTemporaryDir dir;
        const QByteArray json = LoadProfile(samplePlan(dir.path())).toJson();
        QVERIFY(json.contains('\n')); // indented, one key per line
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(u"version"_s).toInt(), LoadProfile::kFormatVersion);
        QCOMPARE(root.value(u"defaults"_s).toObject().value(u"chunk"_s).toInt(), 5000);
        QCOMPARE(root.value(u"defaults"_s).toObject().value(u"workers"_s).toInt(), 3);
        QCOMPARE(root.value(u"connection"_s).toObject().value(u"host"_s).toString(), u"db1.example.com"_s);
        QCOMPARE(root.value(u"connection"_s).toObject().value(u"sslmode"_s).toString(), u"verify-full"_s);
        const QJsonObject options = root.value(u"options"_s).toObject();
        QCOMPARE(options.value(u"create_table"_s).toBool(true), false);
        QCOMPARE(options.value(u"truncate_first"_s).toBool(), true);
        QCOMPARE(options.value(u"recursive"_s).toBool(), true);
        QCOMPARE(options.value(u"synchronous_commit"_s).toBool(), true);
        QCOMPARE(options.value(u"retry_seconds"_s).toInt(), 300);
        const QJsonArray files = root.value(u"files"_s).toArray();
        QCOMPARE(files.size(), 3);
        QVERIFY(files.at(0).toObject().contains(u"path"_s));
        QVERIFY(files.at(2).toObject().contains(u"glob"_s)); // wildcards are a pattern
        QCOMPARE(files.at(2).toObject().value(u"table"_s).toString(), u"analytics.\"Events\""_s);
    }

    void passwordIsNeverWritten_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("field");
        QTest::newRow("password field") << QString() << u"hunter2-secret"_s;
        QTest::newRow("keyword DSN") << u"host=db password=hunter2-secret dbname=x"_s << QString();
        QTest::newRow("quoted keyword DSN") << u"password = 'hunter2 -secret\\' x' host=db"_s << QString();
        QTest::newRow("URI user:password@") << u"postgresql://loader:hunter2-secret@db:5432/x"_s << QString();
        QTest::newRow("URI ?password=")
            << u"postgres://db/x?sslmode=require&password=hunter2-secret"_s << QString();
        QTest::newRow("both") << u"postgresql://u:hunter2-secret@h/db"_s << u"hunter2-secret"_s;
    }

    void passwordIsNeverWritten()
    {
        QFETCH(QString, dsn);
        QFETCH(QString, field);
        LoadPlan plan;
        plan.connection.dsn = dsn;
        plan.connection.password = field;
        plan.sources = {{u"/data/a.json"_s, u"a"_s}};
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.pgjl.json"_s);
        QVERIFY(LoadProfile(plan).save(path).isNull());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY2(!written.contains("hunter2"), written.constData());
        QVERIFY(!written.contains("\"password\""));
        QVERIFY(LoadProfile(plan).plan().connection.password.isEmpty());
    }

    void dsnWithoutPassword_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("expected");
        QTest::newRow("keywords") << u"host=db password=x dbname=y"_s << u"host=db dbname=y"_s;
        QTest::newRow("first keyword") << u"password=x host=db"_s << u"host=db"_s;
        QTest::newRow("spaces around =") << u"host=db password = x"_s << u"host=db"_s;
        QTest::newRow("quoted") << u"host=db password='a b\\'c' user=u"_s << u"host=db user=u"_s;
        QTest::newRow("passfile stays") << u"host=db passfile=/p"_s << u"host=db passfile=/p"_s;
        QTest::newRow("uri userinfo") << u"postgresql://u:p%40ss@h:5/d"_s << u"postgresql://u@h:5/d"_s;
        QTest::newRow("uri multi-host")
            << u"postgresql://u:p@h1:5,h2:6/d"_s << u"postgresql://u@h1:5,h2:6/d"_s;
        QTest::newRow("uri query") << u"postgresql://h/d?password=p&sslmode=require"_s
                                   << u"postgresql://h/d?sslmode=require"_s;
        QTest::newRow("uri only password query") << u"postgres://h/d?password=p"_s << u"postgres://h/d"_s;
        QTest::newRow("uri user only") << u"postgresql://u@h/d"_s << u"postgresql://u@h/d"_s;
        QTest::newRow("uri @ in path") << u"postgresql://h/d@x"_s << u"postgresql://h/d@x"_s;
        QTest::newRow("key passphrase")
            << u"host=db sslkey=/k sslpassword='p q' user=u"_s << u"host=db sslkey=/k user=u"_s;
        QTest::newRow("escaped space") << u"host=db password=a\\ b user=u"_s << u"host=db user=u"_s;
        QTest::newRow("uri ? in password")
            << u"postgresql://u:a?b@h/d?sslmode=require"_s << u"postgresql://u@h/d?sslmode=require"_s;
        QTest::newRow("uri sslpassword between")
            << u"postgresql://h/d?sslmode=require&sslpassword=p&sslkey=/k"_s
            << u"postgresql://h/d?sslmode=require&sslkey=/k"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void dsnWithoutPassword()
    {
        QFETCH(QString, dsn);
        QFETCH(QString, expected);
        QCOMPARE(LoadProfile::dsnWithoutPassword(dsn), expected);
    }

    void relativePathsStartAtTheProfile()
    {
        // (Not a raw string: moc reads the "/*" of a pattern in one as the start of a comment.)
        const QByteArray json =
            "{\"version\": 1,\n"
            " \"connection\": {\"dsn\": \"host=/tmp/s dbname=x\", \"sslrootcert\": \"certs/root.crt\","
            " \"sslcert\": \"certs/me.crt\", \"sslkey\": \"~/me.key\", \"port\": 5432},\n"
            " \"files\": [{\"path\": \"data/a.json\", \"table\": \"a\"},\n"
            "           {\"glob\": \"data/*.ndjson\", \"table\": \"b\"},\n"
            "           {\"path\": \"/abs/c.json\", \"table\": \"c\"},\n"
            "           {\"path\": \"~/d.json\", \"table\": \"d\"}],\n"
            " \"options\": {\"rejects\": \"out/rejects.ndjson\"}}";
        const auto profile = LoadProfile::fromJson(json, u"/srv/loads"_s);
        QVERIFY2(profile.ok(), qPrintable(profile.error().message));
        const auto &sources = profile->plan().sources;
        QCOMPARE(sources.size(), 4);
        QCOMPARE(sources.at(0).path, u"/srv/loads/data/a.json"_s);
        QCOMPARE(sources.at(1).path, u"/srv/loads/data/*.ndjson"_s);
        QCOMPARE(sources.at(2).path, u"/abs/c.json"_s);
        QCOMPARE(sources.at(3).path, QDir::homePath() + u"/d.json"_s);
        QCOMPARE(profile->plan().options.rejectsPath, u"/srv/loads/out/rejects.ndjson"_s);
        QCOMPARE(profile->plan().connection.sslRootCert, u"/srv/loads/certs/root.crt"_s);
        QCOMPARE(profile->plan().connection.sslCert, u"/srv/loads/certs/me.crt"_s);
        QCOMPARE(profile->plan().connection.sslKey, QDir::homePath() + u"/me.key"_s);
        QCOMPARE(profile->plan().connection.port, u"5432"_s);
        QCOMPARE(profile->plan().connection.dsn, u"host=/tmp/s dbname=x"_s);
    }

    void minimalProfileGetsDefaults()
    {
        const auto profile =
            LoadProfile::fromJson(R"({"version":1,"files":[{"path":"/a.json","table":"T"}]})", {});
        QVERIFY2(profile.ok(), qPrintable(profile.error().message));
        pjl::LoadOptions expected;
        QCOMPARE(profile->plan().options, expected);
        QCOMPARE(profile->plan().connection, ConnectionSettings());
        QCOMPARE(profile->plan().sources.first().table, u"T"_s);
    }

    void newerVersionIsRefusedClearly()
    {
        const auto profile = LoadProfile::fromJson(R"({"version": 2, "files": []})", {});
        QVERIFY(!profile.ok());
        QVERIFY2(profile.error().message.contains(u"newer"_s), qPrintable(profile.error().message));
        QVERIFY(profile.error().message.contains(u"2"_s));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << QByteArray("{\"version\": 1,\n  oops}") << u"line 2"_s;
        QTest::newRow("array") << QByteArray("[1]") << u"object"_s;
        QTest::newRow("no version") << QByteArray(R"({"files": []})") << u"version"_s;
        QTest::newRow("version text") << QByteArray(R"({"version": "1", "files": []})") << u"version"_s;
        QTest::newRow("no files") << QByteArray(R"({"version": 1})") << u"files"_s;
        QTest::newRow("chunk zero") << QByteArray(R"({"version":1,"defaults":{"chunk":0},"files":[]})")
                                    << u"defaults.chunk"_s;
        QTest::newRow("chunk fraction")
            << QByteArray(R"({"version":1,"defaults":{"chunk":1.5},"files":[]})") << u"defaults.chunk"_s;
        QTest::newRow("workers huge")
            << QByteArray(R"({"version":1,"defaults":{"workers":1e300},"files":[]})")
            << u"defaults.workers"_s;
        QTest::newRow("bool as text")
            << QByteArray(R"({"version":1,"options":{"truncate_first":"yes"},"files":[]})")
            << u"options.truncate_first"_s;
        QTest::newRow("unknown record form")
            << QByteArray(R"({"version":1,"options":{"record_form":"sorted"},"files":[]})")
            << u"options.record_form"_s;
        QTest::newRow("unknown copy format")
            << QByteArray(R"({"version":1,"options":{"copy_format":"csv"},"files":[]})")
            << u"options.copy_format"_s;
        QTest::newRow("retry zero") << QByteArray(R"({"version":1,"options":{"retry_seconds":0},"files":[]})")
                                    << u"options.retry_seconds"_s;
        QTest::newRow("synchronous commit as text")
            << QByteArray(R"({"version":1,"options":{"synchronous_commit":"on"},"files":[]})")
            << u"options.synchronous_commit"_s;
        QTest::newRow("no table") << QByteArray(R"({"version":1,"files":[{"path":"a.json"}]})")
                                  << u"files[0]"_s;
        QTest::newRow("bad table") << QByteArray(R"({"version":1,"files":[{"path":"a.json","table":"1x"}]})")
                                   << u"files[0].table"_s;
        QTest::newRow("path and glob")
            << QByteArray(R"({"version":1,"files":[{"path":"a","glob":"*","table":"t"}]})") << u"files[0]"_s;
        QTest::newRow("neither path nor glob")
            << QByteArray(R"({"version":1,"files":[{"table":"t"}]})") << u"files[0]"_s;
        QTest::newRow("entry not object")
            << QByteArray(R"({"version":1,"files":["a.json"]})") << u"files[0]"_s;
        QTest::newRow("connection not object")
            << QByteArray(R"({"version":1,"connection":"x","files":[]})") << u"connection"_s;
    }

    void invalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto profile = LoadProfile::fromJson(json, u"/tmp"_s);
        QVERIFY(!profile.ok());
        QVERIFY2(profile.error().message.contains(mentions), qPrintable(profile.error().message));
    }

    void loadNamesTheFile()
    {
        const auto missing = LoadProfile::load(u"/nonexistent/x.pgjl.json"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"/nonexistent/x.pgjl.json"_s));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.pgjl.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version": 7, "files": []})");
        f.close();
        const auto newer = LoadProfile::load(path);
        QVERIFY(!newer.ok());
        QVERIFY(newer.error().message.contains(path));
        QVERIFY(newer.error().message.contains(u"newer"_s));
    }
};

QTEST_GUILESS_MAIN(TestLoadProfile)
#include "tst_loadprofile.moc"
