#pragma once

#include "connectionsettings.h"

#include <QString>

namespace pjl::test {

// One PostgreSQL server of our own, for tests that restart or stop it (the shared one must stay up
// for the tests running beside them).
class PrivateServer final
{
public:
    // serverOptions: more postgres options, e.g. "-c ssl=on -c hba_file=/x/pg_hba.conf".
    explicit PrivateServer(const QString &name, const QString &serverOptions = {});
    ~PrivateServer();

    bool isUp() const { return !m_dsn.isEmpty(); }
    QString error() const { return m_error; }
    QString dsn() const { return m_dsn; }
    ConnectionSettings settings() const;
    bool stop();
    bool start();
    bool restart(); // pg_ctl restart -m fast
    QString directory() const { return m_dir; }
    QString port() const { return m_port; }

private:
    QString m_dir;
    QString m_options;
    QString m_port;
    QString m_dsn;
    QString m_error;
};

// The private PostgreSQL server the db tests run against. Under ctest the fixture has started it
// (PJL_TEST_SERVER_DIR names its directory); a test run by hand starts its own in a temporary
// directory and stops it on exit. Never skipped: no server is a failure.
class TestServer final
{
public:
    static TestServer &instance();

    bool isUp() const { return !m_dsn.isEmpty(); }
    QString error() const { return m_error; }
    QString dsn(const QString &database = QStringLiteral("postgres")) const;
    ConnectionSettings settings(const QString &database = QStringLiteral("postgres")) const;

    // A fresh, empty database for one test executable (dropped first if left over).
    ConnectionSettings freshDatabase(const QString &name);

    // Runs SQL as the superuser; returns the first column of the first row (or an error text).
    QString query(const QString &database, const QString &sql, QString *error = nullptr) const;

    // All values of the first column.
    QByteArrayList queryColumn(const QString &database, const QString &sql) const;

    // Whether the server can compress with lz4 (default_toast_compression = lz4).
    bool hasLz4() const;
    // SQL that makes every row inserted into tables note, in table seen (created), the table's name,
    // the session's synchronous_commit and default_toast_compression, and the COPY's format
    // ("binary" or "text"), once each: what a load's options did in the server's session.
    static QString sessionNotes(const QString &seen, const QStringList &tables);

    QString directory() const { return m_dir; }

private:
    TestServer();
    ~TestServer();

    QString m_dir;
    QString m_dsn;
    QString m_error;
    bool m_own = false;
};

} // namespace pjl::test
