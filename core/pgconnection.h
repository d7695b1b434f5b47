#pragma once

#include "connectionsettings.h"
#include "pgresult.h"
#include "result.h"

#include <QByteArrayList>
#include <QCoreApplication>

#include <mutex>

struct pg_conn;
struct pg_cancel;

namespace pjl {

// One libpq connection, used by one thread. We talk to libpq directly rather than through the
// QPSQL driver: COPY, SQLSTATE and error fields, and PQcancel are libpq features QSqlDatabase
// hides, and a worker thread has no use for QSqlDatabase's per-thread connection registry.
class PgConnection final
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
    Q_DISABLE_COPY_MOVE(PgConnection)

public:
    PgConnection() = default;
    ~PgConnection();

    Error open(const ConnectionSettings &settings,
               const QString &applicationName = QStringLiteral("pgjsonload"));
    void close();
    bool isOpen() const { return m_conn != nullptr; }
    // True once the server is gone (crash, restart, network): the caller should reconnect.
    bool isBroken() const;
    // Whether error, from this connection, means it is gone (isBroken, or a connection SQLSTATE).
    bool lostBy(const Error &error) const { return isBroken() || isConnectionSqlState(error.sqlState); }
    pg_conn *handle() const { return m_conn; }

    Result<PgResult> exec(const QByteArray &sql);
    Result<PgResult> exec(const QByteArray &sql, const QByteArrayList &params);

    // COPY ... FROM STDIN: start, send bytes, end. endCopy() with a reason aborts the COPY.
    // beginCopy's sql may hold statements before the COPY and after it (the simple protocol runs
    // them in turn); endCopy's error is the COPY's own, and the statements after it run once the
    // COPY ends: the last one's result, or the first error among them, goes to *after (which the
    // caller sets to an empty PgResult).
    Error beginCopy(const QByteArray &sql);
    Error putCopyData(const char *data, qint64 size);
    Error endCopy(const char *abortReason = nullptr, Result<PgResult> *after = nullptr);

    // text as an SQL string literal, quoted as this connection's server reads it.
    QByteArray literal(const QByteArray &text) const;

    int serverVersionNumber() const;
    QString serverVersion() const; // e.g. "PostgreSQL 15.18"
    QString describe() const;      // user@host:port/database as actually connected

    // Thread-safe: asks the server to stop the running statement.
    void cancel();

    static bool isConnectionSqlState(const QString &sqlState);

private:
    Error errorFromResult(pg_result *result) const;
    Error connectionError(const QString &context) const;

    pg_conn *m_conn = nullptr;
    std::mutex m_cancelMutex;
    pg_cancel *m_cancel = nullptr;
};

} // namespace pjl
