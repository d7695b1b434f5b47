#include "testserver.h"

#include "pgconnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace pjl::test {

namespace {
QString script()
{
    return QStringLiteral(PJL_SOURCE_DIR) + u"/tests/pgserver.sh"_s;
}

bool runScript(const QStringList &args, QString *out)
{
    QProcess p;
    p.start(u"bash"_s, QStringList{script()} + args);
    p.waitForFinished(120000);
    *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed() +
           QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
        *out = out->section(u'\n', -1);
        return true;
    }
    return false;
}
} // namespace

PrivateServer::PrivateServer(const QString &name, const QString &serverOptions)
    : m_dir(QDir::tempPath() + u"/pgjsonload-"_s + name + u'-' +
            QString::number(QCoreApplication::applicationPid()))
    , m_options(serverOptions)
{
    start();
}

PrivateServer::~PrivateServer()
{
    stop();
    QDir(m_dir).removeRecursively();
}

ConnectionSettings PrivateServer::settings() const
{
    ConnectionSettings s;
    s.dsn = m_dsn;
    return s;
}

bool PrivateServer::start()
{
    // Tests run in parallel, each starting servers on the first free port from 55432: while this
    // one was stopped, another may have taken its port, and two starting at once may pick the same
    // one. Then a fresh port (callers take dsn() after a start); a restart keeps its port anyway.
    QString out;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString port = attempt == 0 ? m_port : QString();
        if (runScript({u"start"_s, m_dir, port, u"tuned"_s, m_options}, &out)) {
            m_dsn = out;
            m_port = m_dsn.section(u"port="_s, 1).section(u' ', 0, 0);
            return true;
        }
    }
    m_error = out;
    return false;
}

bool PrivateServer::stop()
{
    QString out;
    return runScript({u"stop"_s, m_dir}, &out);
}

bool PrivateServer::restart()
{
    QString out;
    return runScript({u"restart"_s, m_dir}, &out);
}

TestServer &TestServer::instance()
{
    static TestServer server;
    return server;
}

TestServer::TestServer()
{
    const QString fixtureDir = qEnvironmentVariable("PJL_TEST_SERVER_DIR");
    QFile dsnFile(fixtureDir + u"/dsn"_s);
    if (!fixtureDir.isEmpty() && dsnFile.open(QIODevice::ReadOnly)) {
        m_dir = fixtureDir;
        m_dsn = QString::fromUtf8(dsnFile.readAll()).trimmed();
        return;
    }
    // Run by hand: our own server, in /tmp so that the postgres user can reach it.
    m_dir =
        QDir::tempPath() + u"/pgjsonload-test-own-"_s + QString::number(QCoreApplication::applicationPid());
    QString out;
    if (runScript({u"start"_s, m_dir, QString(), u"tuned"_s}, &out)) {
        m_dsn = out;
        m_own = true;
    } else {
        m_error = out;
        qWarning("TestServer: could not start PostgreSQL: %s", qPrintable(out));
    }
}

TestServer::~TestServer()
{
    if (m_own) {
        QString out;
        runScript({u"stop"_s, m_dir}, &out);
        QDir(m_dir).removeRecursively();
    }
}

QString TestServer::dsn(const QString &database) const
{
    QString d = m_dsn;
    d.replace(u"dbname=postgres"_s, u"dbname="_s + database);
    return d;
}

ConnectionSettings TestServer::settings(const QString &database) const
{
    ConnectionSettings s;
    s.dsn = dsn(database);
    return s;
}

bool TestServer::hasLz4() const
{
    return query(QStringLiteral("postgres"), QStringLiteral("SELECT 'lz4' = ANY (enumvals) FROM pg_settings "
                                                            "WHERE name = 'default_toast_compression'")) ==
           QStringLiteral("t");
}

QString TestServer::sessionNotes(const QString &seen, const QStringList &tables)
{
    QString sql =
        QStringLiteral(
            "CREATE TABLE %1 (what text PRIMARY KEY);"
            "CREATE FUNCTION %1_note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            "  INSERT INTO %1 VALUES (TG_TABLE_NAME || ' ' || current_setting('synchronous_commit') ||"
            "      ' ' || current_setting('default_toast_compression') || ' ' ||"
            "      CASE WHEN current_query() ILIKE '%(FORMAT binary)%' THEN 'binary' ELSE 'text' END)"
            "  ON CONFLICT DO NOTHING;"
            "  RETURN NEW; END $$;")
            .arg(seen);
    for (const QString &table : tables)
        sql +=
            QStringLiteral("CREATE TRIGGER note BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION %2_note();")
                .arg(table, seen);
    return sql;
}

QString TestServer::query(const QString &database, const QString &sql, QString *error) const
{
    PgConnection c;
    if (Error e = c.open(settings(database))) {
        if (error)
            *error = e.toString();
        return {};
    }
    auto r = c.exec(sql.toUtf8());
    if (!r) {
        if (error)
            *error = r.error().toString();
        return {};
    }
    if (error)
        error->clear();
    return (r->rows() > 0 && r->columns() > 0) ? r->text(0, 0) : QString();
}

QByteArrayList TestServer::queryColumn(const QString &database, const QString &sql) const
{
    PgConnection c;
    QByteArrayList out;
    if (c.open(settings(database)))
        return out;
    auto r = c.exec(sql.toUtf8());
    for (int row = 0; r && row < r->rows(); ++row)
        out.append(r->bytes(row, 0));
    return out;
}

ConnectionSettings TestServer::freshDatabase(const QString &name)
{
    QString error;
    query(u"postgres"_s, u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(name), &error);
    query(u"postgres"_s, u"CREATE DATABASE \"%1\""_s.arg(name), &error);
    if (!error.isEmpty())
        qWarning("TestServer: %s", qPrintable(error));
    return settings(name);
}

} // namespace pjl::test
