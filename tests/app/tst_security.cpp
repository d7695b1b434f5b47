#include "clirun.h"
#include "connectionsecrets.h"
#include "loadprofile.h"
#include "pgconnection.h"
#include "sampledata.h"
#include "testserver.h"
#include "tlsserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;
using Run = CliRun;

namespace {

const QString kSecret = u"Pw-s3cr3t-7f1d"_s;
// With a space, a quote and URI delimiters: it has to be quoted in a keyword string and
// percent-encoded in a URI, and found in both.
const QString kOddSecret = u"Sp 3c'ial?/pw-9q"_s;
const QString kWrongSecret = u"Wr0ng-guess-42"_s;

} // namespace

// Connections and secrets, against a server of our own (TlsServer: a throwaway CA, a server
// certificate for "localhost" only, a client certificate, password authentication for some roles),
// and least-privilege roles. Everything runs the real pgjsonload program.
class TestSecurity final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TlsServer> m_server;
    QTemporaryDir m_work; // input files, logs, per-run HOMEs
    QString m_port;
    int m_runs = 0;

    QString cert(const QString &name) const { return m_server->cert(name); }
    ConnectionSettings admin(const QString &database = u"sec"_s) const { return m_server->admin(database); }
    QString sql(const QString &query, const QString &database = u"sec"_s) const
    {
        return m_server->sql(query, database);
    }

    static bool writeText(const QString &path, const QByteArray &text, QFile::Permissions permissions)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
            return false;
        f.close();
        return QFile::setPermissions(path, permissions);
    }

    QString tcp(const QString &host, const QString &user, const QString &database = u"sec"_s) const
    {
        return u"host=%1 port=%2 dbname=%3 user=%4 connect_timeout=10"_s.arg(host, m_port, database, user);
    }

    QString socket(const QString &user, const QString &database) const
    {
        return u"host=%1 port=%2 dbname=%3 user=%4"_s.arg(m_server->socketDirectory(), m_port, database,
                                                          user);
    }

    // The environment of a run: no PG* variable of ours, and a HOME of its own (where the default
    // log and rejects land) unless given.
    QProcessEnvironment environment(const QString &home = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"PG"_s))
                env.remove(key);
        }
        env.remove(u"XDG_DATA_HOME"_s);
        const QString dir = home.isEmpty() ? m_work.filePath(u"home-%1"_s.arg(++m_runs)) : home;
        QDir().mkpath(dir);
        env.insert(u"HOME"_s, dir);
        return env;
    }

    Run run(const QStringList &args, const QProcessEnvironment &env) { return runCli(args, env); }

    QString input(const QString &name, const QByteArray &content)
    {
        const QString path = m_work.filePath(name);
        writeFile(path, content);
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_server = std::make_unique<TlsServer>(u"sec"_s);
        QVERIFY2(m_server->isUp(), qPrintable(m_server->error()));
        m_port = m_server->port();
        QCOMPARE(sql(u"CREATE DATABASE sec"_s, u"postgres"_s), QString());
        QCOMPARE(sql(u"CREATE ROLE pwuser LOGIN SUPERUSER PASSWORD '%1'"_s.arg(kSecret)), QString());
        QCOMPARE(sql(u"CREATE ROLE pwuser2 LOGIN SUPERUSER PASSWORD '%1'"_s.arg(
                     QString(kOddSecret).replace(u"'"_s, u"''"_s))),
                 QString());
    }

    void cleanupTestCase()
    {
        m_server.reset(); // stops it, also after a failure
    }

    // Where the secrets of a connection string are, as written, and the argument memory scrubbed.
    void secretsAreFound_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QStringList>("secrets");
        QTest::newRow("keywords") << u"host=h password=abc user=u"_s << QStringList{u"abc"_s};
        QTest::newRow("spaces around =") << u"password = abc"_s << QStringList{u"abc"_s};
        QTest::newRow("quoted") << u"password='a b\\'c' user=u"_s << QStringList{u"a b\\'c"_s};
        QTest::newRow("escaped space") << u"password=a\\ b user=u"_s << QStringList{u"a\\ b"_s};
        QTest::newRow("sslpassword") << u"sslkey=/k sslpassword=kp password=pw"_s
                                     << QStringList{u"kp"_s, u"pw"_s};
        QTest::newRow("not a password") << u"user=password dbname=x"_s << QStringList{};
        QTest::newRow("uri") << u"postgresql://u:p%40ss@h:5/d"_s << QStringList{u"p%40ss"_s};
        QTest::newRow("uri with ? in password") << u"postgres://u:a?b@h/d?x=1"_s << QStringList{u"a?b"_s};
        QTest::newRow("uri query") << u"postgresql://h/d?sslmode=require&password=q1&sslpassword=q2"_s
                                   << QStringList{u"q1"_s, u"q2"_s};
        QTest::newRow("uri, no password") << u"postgresql://u@h/d?user=x"_s << QStringList{};
        QTest::newRow("upper-case scheme") << u"POSTGRESQL://u:pw@h/d"_s << QStringList{u"pw"_s};
    }

    void secretsAreFound()
    {
        QFETCH(QString, dsn);
        QFETCH(QStringList, secrets);
        const QByteArray bytes = dsn.toUtf8();
        QStringList found;
        for (const ConnectionSecrets::Span &span : ConnectionSecrets::find(bytes))
            found.append(QString::fromUtf8(bytes.mid(span.start, span.length)));
        QCOMPARE(found, secrets);

        QByteArray program = "pgjsonload";
        QByteArray option = "--dsn";
        QByteArray value = bytes;
        QByteArray joined = "--dsn=" + bytes;
        char *argv[] = {program.data(), option.data(), value.data(), joined.data(), nullptr};
        ConnectionSecrets::scrubArguments(4, argv);
        for (const QString &secret : secrets) {
            QVERIFY(!QByteArray(argv[2]).contains(secret.toUtf8()));
            QVERIFY(!QByteArray(argv[3]).contains(secret.toUtf8()));
        }
        QCOMPARE(QByteArray(argv[2]).size(), bytes.size()); // overwritten in place
        if (secrets.isEmpty())
            QCOMPARE(QByteArray(argv[2]), bytes);

        // Saved connections keep no secret either.
        const QString saved = LoadProfile::dsnWithoutPassword(dsn);
        for (const QString &secret : secrets)
            QVERIFY2(!saved.contains(secret), qPrintable(saved));
    }

    // Every sslmode through the CLI. The roles prove what happened: "sslonly" may only connect
    // with SSL, "plainonly" only without it.
    void sslModes_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("options"); // appended to the DSN
        QTest::addColumn<bool>("loads");
        QTest::addColumn<QString>("error"); // part of the message when it must not load

        const QString ca = u" sslrootcert="_s + cert(u"ca.crt"_s);
        const QString wrongCa = u" sslrootcert="_s + cert(u"wrongca.crt"_s);
        const QString localhost = u"localhost"_s;
        const QString ip = u"127.0.0.1"_s;
        QTest::newRow("disable") << u"plainonly"_s << localhost << u"sslmode=disable"_s << true << QString();
        QTest::newRow("disable, server wants SSL")
            << u"sslonly"_s << localhost << u"sslmode=disable"_s << false << u"no encryption"_s;
        QTest::newRow("allow: plain first")
            << u"plainonly"_s << localhost << u"sslmode=allow"_s << true << QString();
        QTest::newRow("allow: SSL when the server insists")
            << u"sslonly"_s << localhost << u"sslmode=allow"_s << true << QString();
        QTest::newRow("prefer: SSL") << u"sslonly"_s << localhost << u"sslmode=prefer"_s << true << QString();
        QTest::newRow("prefer: plain when the server insists")
            << u"plainonly"_s << localhost << u"sslmode=prefer"_s << true << QString();
        QTest::newRow("require") << u"sslonly"_s << localhost << u"sslmode=require"_s << true << QString();
        QTest::newRow("require, server refuses SSL")
            << u"plainonly"_s << localhost << u"sslmode=require"_s << false << u"SSL encryption"_s;
        QTest::newRow("verify-ca") << u"sslonly"_s << ip << u"sslmode=verify-ca"_s + ca << true << QString();
        QTest::newRow("verify-ca, wrong CA") << u"sslonly"_s << ip << u"sslmode=verify-ca"_s + wrongCa
                                             << false << u"certificate verify failed"_s;
        QTest::newRow("verify-full") << u"sslonly"_s << localhost << u"sslmode=verify-full"_s + ca << true
                                     << QString();
        QTest::newRow("verify-full, wrong CA")
            << u"sslonly"_s << localhost << u"sslmode=verify-full"_s + wrongCa << false
            << u"certificate verify failed"_s;
        QTest::newRow("verify-full, wrong host name")
            << u"sslonly"_s << ip << u"sslmode=verify-full"_s + ca << false << u"does not match host name"_s;
        QTest::newRow("client certificate") << u"certuser"_s << localhost
                                            << u"sslmode=verify-full sslcert=%1 sslkey=%2"_s.arg(
                                                   cert(u"client.crt"_s), cert(u"client.key"_s)) +
                                                   ca
                                            << true << QString();
        QTest::newRow("client certificate missing")
            << u"certuser"_s << localhost << u"sslmode=verify-full"_s + ca << false << u"certificate"_s;
    }

    void sslModes()
    {
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(QString, options);
        QFETCH(bool, loads);
        QFETCH(QString, error);
        const QString table = u"tls_%1"_s.arg(QString::fromUtf8(QTest::currentDataTag()))
                                  .replace(QRegularExpression(u"\\W+"_s), u"_"_s);
        const QString path = input(table + u".ndjson"_s, asNdjson(sampleRecords(3, 11)));
        const Run r = run({u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, table, u"--dsn"_s,
                           tcp(host, user) + u' ' + options},
                          environment());
        if (!loads) {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(error), qPrintable(r.err));
            QCOMPARE(sql(u"SELECT to_regclass('%1') IS NULL"_s.arg(table)), u"t"_s);
            return;
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(sql(u"SELECT count(*) FROM %1"_s.arg(table)), u"3"_s);
    }

    // The same through libpq's environment: PGSSLMODE, PGSSLROOTCERT, PGSSLCERT, PGSSLKEY.
    void sslFromTheEnvironment()
    {
        const QString path = input(u"tls_env.ndjson"_s, asNdjson(sampleRecords(4, 12)));
        QProcessEnvironment env = environment();
        env.insert(u"PGSSLMODE"_s, u"verify-full"_s);
        env.insert(u"PGSSLROOTCERT"_s, cert(u"ca.crt"_s));
        env.insert(u"PGSSLCERT"_s, cert(u"client.crt"_s));
        env.insert(u"PGSSLKEY"_s, cert(u"client.key"_s));
        Run r = run({u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, u"tls_env"_s, u"--dsn"_s,
                     tcp(u"localhost"_s, u"certuser"_s)},
                    env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(sql(u"SELECT count(*) FROM tls_env"_s), u"4"_s);

        env.insert(u"PGSSLROOTCERT"_s, cert(u"wrongca.crt"_s));
        r = run({u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, u"tls_env"_s, u"--reload"_s, u"--dsn"_s,
                 tcp(u"localhost"_s, u"certuser"_s)},
                env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"certificate verify failed"_s), qPrintable(r.err));
        QCOMPARE(sql(u"SELECT count(*) FROM tls_env"_s), u"4"_s);
    }

    // A load that authenticated with a password, given four ways; then nothing it wrote or printed
    // holds the password: output, log, rejects, the default data directory, the journal.
    void passwordNeverShows_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("how"); // dsn, env, pgpass
        const QString base = tcp(u"127.0.0.1"_s, u"pwuser"_s);
        QTest::newRow("--dsn keywords") << base + u" password="_s + kSecret << u"dsn"_s;
        QTest::newRow("--dsn URI") << u"postgresql://pwuser:%1@127.0.0.1:%2/sec"_s.arg(kSecret, m_port)
                                   << u"dsn"_s;
        QTest::newRow("PGPASSWORD") << base << u"env"_s;
        QTest::newRow("~/.pgpass") << base << u"pgpass"_s;
    }

    void passwordNeverShows()
    {
        QFETCH(QString, dsn);
        QFETCH(QString, how);
        QProcessEnvironment env = environment();
        const QString home = env.value(u"HOME"_s);
        if (how == u"env"_s)
            env.insert(u"PGPASSWORD"_s, kSecret);
        if (how == u"pgpass"_s) {
            const QString pgpass = home + u"/.pgpass"_s;
            QVERIFY(writeText(pgpass, u"127.0.0.1:%1:sec:pwuser:%2\n"_s.arg(m_port, kSecret).toUtf8(),
                              QFile::ReadOwner | QFile::WriteOwner));
            // The libpq of PostgreSQL 15 finds ~ through getpwuid, not HOME: name the file.
            env.insert(u"PGPASSFILE"_s, pgpass);
        }
        const QString table = u"pw_"_s + how + QString::number(m_runs);
        const QString path = input(table + u".ndjson"_s, "{\"a\":1}\n{\"a\": broken}\n{\"a\":3}\n");
        const QString log = m_work.filePath(table + u".log"_s);
        const QString rejects = m_work.filePath(table + u".rejects.ndjson"_s);
        const Run r = run({u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, table, u"--verbose"_s,
                           u"--log"_s, log, u"--rejects"_s, rejects, u"--dsn"_s, dsn},
                          env);
        QVERIFY2(r.exitCode == 3, qPrintable(r.err)); // loaded, with the one reject
        QCOMPARE(sql(u"SELECT count(*) FROM %1"_s.arg(table)), u"2"_s);

        QVERIFY(!r.out.contains(kSecret));
        QVERIFY(!r.err.contains(kSecret));
        QVERIFY(readAll(log).contains("Connected to pwuser@"));
        QVERIFY(!readAll(log).contains(kSecret.toUtf8()));
        QVERIFY(readAll(rejects).contains("broken"));
        QVERIFY(!readAll(rejects).contains(kSecret.toUtf8()));
        QDirIterator files(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            if (!file.endsWith(u"/.pgpass"_s))
                QVERIFY2(!readAll(file).contains(kSecret.toUtf8()), qPrintable(file));
        }
        QCOMPARE(
            sql(u"SELECT count(*) FROM pgjsonload.files f JOIN pgjsonload.rejects r USING (file_id) "
                "WHERE strpos(f.path || r.message || encode(r.text, 'escape'), '%1') > 0"_s.arg(kSecret)),
            u"0"_s);

        // A profile of this load (as the window saves it) keeps no password either.
        LoadPlan plan;
        plan.connection.dsn =
            dsn +
            (dsn.startsWith(u"postgresql:"_s) ? u"?sslpassword=%1"_s : u" sslpassword=%1"_s).arg(kSecret);
        plan.connection.password = kSecret;
        plan.sources.append({path, table});
        const QString profile = m_work.filePath(table + u".pgjl.json"_s);
        QVERIFY(LoadProfile(plan).save(profile).isNull());
        QVERIFY(readAll(profile).contains("pwuser"));
        QVERIFY2(!readAll(profile).contains(kSecret.toUtf8()), readAll(profile).constData());
    }

    // Failing authentication, and connection strings libpq cannot read (its message quotes them):
    // the password is in no message.
    void failuresNeverShowThePassword_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("password"); // PGPASSWORD, if any
        QTest::addColumn<bool>("defaults");    // PGHOST, PGPORT, PGUSER name our server
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("error");
        const QString base = tcp(u"127.0.0.1"_s, u"pwuser"_s);
        QTest::newRow("wrong password, --dsn") << base + u" password="_s + kWrongSecret << QString() << false
                                               << kWrongSecret << u"password authentication failed"_s;
        QTest::newRow("wrong password, URI")
            << u"postgresql://pwuser:%1@127.0.0.1:%2/sec"_s.arg(kWrongSecret, m_port) << QString() << false
            << kWrongSecret << u"password authentication failed"_s;
        QTest::newRow("wrong password, PGPASSWORD")
            << base << kWrongSecret << false << kWrongSecret << u"password authentication failed"_s;
        QTest::newRow("bad percent-encoding in the password")
            << u"postgresql://pwuser:Pw%zz-s3cr3t@127.0.0.1:%1/sec"_s.arg(m_port) << QString() << false
            << u"s3cr3t"_s << u"percent"_s;
        // libpq takes it for a database name (its scheme is case-sensitive), which the server
        // then says does not exist, quoting it.
        QTest::newRow("upper-case scheme")
            << u"POSTGRESQL://pwuser:%1@127.0.0.1:%2/sec"_s.arg(kSecret, m_port) << QString() << true
            << kSecret << u"does not exist"_s;
        QTest::newRow("bad quoting after the password") << base + u" password="_s + kSecret + u" user='x"_s
                                                        << QString() << false << kSecret << u"unterminated"_s;
    }

    void failuresNeverShowThePassword()
    {
        QFETCH(QString, dsn);
        QFETCH(QString, password);
        QFETCH(bool, defaults);
        QFETCH(QString, secret);
        QFETCH(QString, error);
        QProcessEnvironment env = environment();
        if (!password.isEmpty())
            env.insert(u"PGPASSWORD"_s, password);
        if (defaults) {
            env.insert(u"PGHOST"_s, u"127.0.0.1"_s);
            env.insert(u"PGPORT"_s, m_port);
            env.insert(u"PGUSER"_s, u"postgres"_s);
        }
        const QString log = m_work.filePath(u"failed-%1.log"_s.arg(m_runs));
        const QString path = input(u"auth.ndjson"_s, "{}\n");
        for (const QString &command : {u"load"_s, u"seed"_s, u"status"_s}) {
            QStringList args = {command, u"--dst_table"_s, u"never"_s, u"--log"_s, log, u"--dsn"_s, dsn};
            if (command == u"load"_s)
                args << u"--src_file"_s << path;
            const Run r = run(args, env);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(error), qPrintable(r.err));
            QVERIFY2(!r.err.contains(secret) && !r.out.contains(secret), qPrintable(r.err));
        }
        QVERIFY(!readAll(log).contains(secret.toUtf8()));
        QCOMPARE(sql(u"SELECT to_regclass('never') IS NULL"_s), u"t"_s);
    }

    // ps shows a process's argument memory: a password given with --dsn is overwritten there as
    // soon as the arguments are read. The loader is held (another loader's lock on the table) so
    // that it is certainly running while we look.
    void passwordHiddenFromProcessList_data()
    {
        QTest::addColumn<QStringList>("dsnArguments");
        QTest::addColumn<QStringList>("hidden");
        const QString keywords = tcp(u"127.0.0.1"_s, u"pwuser2"_s) +
                                 u" password='%1'"_s.arg(QString(kOddSecret).replace(u"'"_s, u"\\'"_s));
        const QString uri = u"postgresql://pwuser2:%1@127.0.0.1:%2/sec"_s.arg(
            QString::fromUtf8(QUrl::toPercentEncoding(kOddSecret)), m_port);
        const QStringList hidden = {u"pw-9q"_s, u"Sp 3c"_s, u"Sp%203c"_s, u"3c'ial"_s, u"3c%27ial"_s};
        QTest::newRow("--dsn keywords") << QStringList{u"--dsn"_s, keywords} << hidden;
        QTest::newRow("--dsn URI") << QStringList{u"--dsn"_s, uri} << hidden;
        QTest::newRow("--dsn=URI") << QStringList{u"--dsn="_s + uri} << hidden;
    }

    void passwordHiddenFromProcessList()
    {
        QFETCH(QStringList, dsnArguments);
        QFETCH(QStringList, hidden);
        const QString table = u"ps_%1"_s.arg(++m_runs);
        QCOMPARE(sql(u"CREATE TABLE %1 (data jsonb NOT NULL)"_s.arg(table)), QString());
        const QString path = input(table + u".ndjson"_s, asNdjson(sampleRecords(5, 13)));

        PgConnection holder; // as another pgjsonload would: the table's lock (LoadJournal's namespace)
        QVERIFY(holder.open(admin()).isNull());
        QVERIFY(holder.exec("SELECT pg_advisory_lock((x'706A6C00'::bigint << 32) + '" + table.toUtf8() +
                            "'::regclass::oid::bigint)"));

        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(cliProgram(),
                QStringList{u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, table} + dsnArguments);
        QVERIFY(p.waitForStarted());
        p.setReadChannel(QProcess::StandardError);
        QByteArray err;
        while (!err.contains("Another pgjsonload is loading") && p.state() == QProcess::Running &&
               p.waitForReadyRead(60000))
            err += p.readAllStandardError();
        QVERIFY2(err.contains("Another pgjsonload is loading"), err.constData());

        const QByteArray cmdline = readAll(u"/proc/%1/cmdline"_s.arg(p.processId()));
        QVERIFY2(cmdline.contains("--dst_table") && cmdline.contains(path.toUtf8()), cmdline.constData());
        QVERIFY2(cmdline.contains("pwuser2"), cmdline.constData()); // only the password goes
        for (const QString &part : hidden)
            QVERIFY2(!cmdline.contains(part.toUtf8()), cmdline.constData());

        holder.close(); // the "other loader" finishes
        QVERIFY(p.waitForFinished(300000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(sql(u"SELECT count(*) FROM %1"_s.arg(table)), u"5"_s);
    }

    // Least privilege: the rule (README, "Least privilege") is that a loading role needs USAGE on
    // the schema and INSERT on the table, CREATE on the schema only to create a missing table, and
    // the journal's grants, which the owner gives with "pgjsonload seed --grant ROLE" (or
    // --no-journal). A fresh database: no journal yet.
    void leastPrivilegeSetup()
    {
        QCOMPARE(sql(u"CREATE DATABASE lp"_s, u"postgres"_s), QString());
        for (const QString &statement :
             {u"CREATE ROLE loader LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"_s,
              u"CREATE ROLE loader2 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"_s, u"CREATE SCHEMA app"_s,
              u"CREATE SCHEMA private"_s, u"CREATE TABLE app.events (data jsonb NOT NULL)"_s,
              u"CREATE TABLE app.noinsert (data jsonb NOT NULL)"_s,
              u"CREATE TABLE private.hidden (data jsonb NOT NULL)"_s,
              u"GRANT USAGE ON SCHEMA app TO loader, loader2"_s,
              u"GRANT INSERT ON app.events TO loader, loader2"_s,
              u"GRANT INSERT ON private.hidden TO loader"_s}) // INSERT without USAGE on the schema
            QCOMPARE(sql(statement, u"lp"_s), QString());
    }

    void leastPrivilege_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // part of stderr
        QTest::addColumn<QString>("rows");    // in the table afterwards, "missing" when it must not exist

        const QStringList noJournal = {u"--no-journal"_s};
        QTest::newRow("no journal yet, may not create it")
            << u"loader"_s << u"app.events"_s << QStringList() << 1
            << u"does not exist and role loader may not create it. Have the database owner create it once "
               u"and "
               "grant it to you: pgjsonload seed --dst_table TABLE --grant loader; or load with --no-journal"_s
            << u"0"_s;
        QTest::newRow("INSERT and USAGE are enough without a journal")
            << u"loader"_s << u"app.events"_s << noJournal << 0 << QString() << u"3"_s;
        QTest::newRow("no INSERT")
            << u"loader"_s << u"app.noinsert"_s << noJournal << 1
            << u"Permission denied for table app.noinsert: role \"loader\" may not insert "
               "into it. Its owner can grant it: GRANT INSERT ON app.noinsert TO \"loader\";"_s
            << u"0"_s;
        QTest::newRow("no USAGE on the schema") << u"loader"_s << u"private.hidden"_s << noJournal << 1
                                                << u"Permission denied for schema \"private\": role "
                                                   u"\"loader\" may not use it. Its owner can grant "
                                                   "it: GRANT USAGE ON SCHEMA \"private\" TO \"loader\";"_s
                                                << u"0"_s;
        QTest::newRow("no CREATE for a missing table")
            << u"loader"_s << u"app.created"_s << noJournal << 1
            << u"Table app.created does not exist and role \"loader\" may not create tables in schema "
               u"\"app\". "
               "Have the schema's owner create it (pgjsonload seed --dst_table app.created --grant "
               "\"loader\") "
               "or grant: GRANT CREATE ON SCHEMA \"app\" TO \"loader\";"_s
            << u"missing"_s;
        QTest::newRow("--no-create, missing table")
            << u"loader"_s << u"app.created"_s << QStringList{u"--no-journal"_s, u"--no-create"_s} << 1
            << u"Table app.created does not exist; create it first"_s << u"missing"_s;
    }

    void leastPrivilege()
    {
        QFETCH(QString, role);
        QFETCH(QString, table);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(QString, rows);
        const QString path = input(u"lp.ndjson"_s, "{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n");
        const Run r = run(QStringList{u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, table, u"--dsn"_s,
                                      socket(role, u"lp"_s)} +
                              options,
                          environment());
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (rows == u"missing"_s)
            QCOMPARE(sql(u"SELECT to_regclass('%1') IS NULL"_s.arg(table), u"lp"_s), u"t"_s);
        else
            QCOMPARE(sql(u"SELECT count(*) FROM %1"_s.arg(table), u"lp"_s), rows);
        // Nothing of the journal was made on the way.
        QCOMPARE(sql(u"SELECT count(*) FROM pg_namespace WHERE nspname = 'pgjsonload'"_s, u"lp"_s), u"0"_s);
    }

    void createOnTheSchemaCreatesTheTable()
    {
        QCOMPARE(sql(u"GRANT CREATE ON SCHEMA app TO loader"_s, u"lp"_s), QString());
        const QString path = input(u"lp2.ndjson"_s, "{\"b\":1}\n{\"b\":2}\n");
        const Run r = run({u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, u"app.created"_s,
                           u"--no-journal"_s, u"--dsn"_s, socket(u"loader"_s, u"lp"_s)},
                          environment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(sql(u"SELECT count(*) FROM app.created"_s, u"lp"_s), u"2"_s);
        QCOMPARE(sql(u"SELECT tableowner FROM pg_tables WHERE schemaname = 'app' AND tablename = 'created'"_s,
                     u"lp"_s),
                 u"loader"_s);
        QCOMPARE(sql(u"REVOKE CREATE ON SCHEMA app FROM loader"_s, u"lp"_s), QString());
    }

    // The owner runs seed --grant once; the role loads with the journal (exactly once, resumable)
    // and has no privilege beyond what that needs.
    void seedGrantsWhatLoadingNeeds()
    {
        Run r = run({u"seed"_s, u"--dst_table"_s, u"app.granted"_s, u"--grant"_s, u"loader"_s, u"--dsn"_s,
                     socket(u"postgres"_s, u"lp"_s)},
                    environment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString path = input(u"lp3.ndjson"_s, asNdjson(sampleRecords(20, 14)));
        const QStringList load = {u"load"_s,
                                  u"--src_file"_s,
                                  path,
                                  u"--dst_table"_s,
                                  u"app.granted"_s,
                                  u"--dsn"_s,
                                  socket(u"loader"_s, u"lp"_s)};
        r = run(load, environment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(sql(u"SELECT count(*) FROM app.granted"_s, u"lp"_s), u"20"_s);
        r = run(load, environment()); // the journal answers: nothing to do
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"0 records loaded"_s), qPrintable(r.out));
        QCOMPARE(sql(u"SELECT count(*) FROM app.granted"_s, u"lp"_s), u"20"_s);
        r = run({u"status"_s, u"--dst_table"_s, u"app.granted"_s, u"--dsn"_s, socket(u"loader"_s, u"lp"_s)},
                environment());
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"complete"_s), qPrintable(r.out + r.err));

        // No more than that: it may not read or empty the table, nor create anything.
        QCOMPARE(
            sql(u"SELECT has_table_privilege('loader', 'app.granted', 'SELECT') OR has_table_privilege("
                "'loader', 'app.granted', 'TRUNCATE') OR has_schema_privilege('loader', 'app', 'CREATE') OR "
                "has_database_privilege('loader', 'lp', 'CREATE') OR (SELECT rolsuper FROM pg_roles WHERE "
                "rolname = 'loader')"_s,
                u"lp"_s),
            u"f"_s);
    }

    // A journal exists, but this role was never granted it.
    void journalWithoutGrantsIsAClearError()
    {
        const QString path = input(u"lp4.ndjson"_s, "{}\n");
        const Run r = run({u"load"_s, u"--src_file"_s, path, u"--dst_table"_s, u"app.events"_s, u"--dsn"_s,
                           socket(u"loader2"_s, u"lp"_s)},
                          environment());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(u"Role loader2 may not write the load journal (schema pgjsonload). Have its owner "
                           "grant it: pgjsonload seed --dst_table TABLE --grant loader2"_s),
            qPrintable(r.err));
        QCOMPARE(sql(u"SELECT count(*) FROM app.events"_s, u"lp"_s), u"3"_s); // as before
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
