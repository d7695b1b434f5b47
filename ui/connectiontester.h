#pragma once

#include "connectionsettings.h"

#include <QObject>

namespace pjl {

// What trying a connection found.
struct ConnectionCheck
{
    bool ok = false;
    QString serverVersion; // "PostgreSQL 15.18"
    QString where;         // user@host:port/database as connected
    QString message;       // the error, as libpq said it
    QString detail;
    bool needsPassword = false; // the server wants a password and none was given
    bool wrongPassword = false; // the server refused the password given
    // What was connected to: the settings tried, or for the sandbox where it runs (LocalServer).
    ConnectionSettings settings;
};

// Tries a connection on a pool thread and reports the server version or the exact error. A newer
// test() supersedes an older one still running.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);

    void test(const ConnectionSettings &settings);
    void abandon(); // forget the running test: its result will not be reported
    bool isRunning() const { return m_running; }

    static ConnectionCheck check(const ConnectionSettings &settings); // blocking

Q_SIGNALS:
    void finished(const pjl::ConnectionCheck &check);

private:
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::ConnectionCheck)
