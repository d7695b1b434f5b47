#include "pgconnection.h"

#include "connectionsecrets.h"

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

QString firstLine(const char *text)
{
    return QString::fromUtf8(text).trimmed().section(u'\n', 0, 0);
}

} // namespace

PgConnection::~PgConnection()
{
    close();
}

Error PgConnection::open(const ConnectionSettings &settings, const QString &applicationName)
{
    close();
    const auto params = settings.libpqParams(applicationName);
    std::vector<const char *> keys;
    std::vector<const char *> values;
    for (const auto &p : params) {
        keys.push_back(p.first.constData());
        values.push_back(p.second.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!m_conn)
        return Error::make(tr("Out of memory while connecting."), u"08000"_s);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        // libpq quotes the parts of a connection string it cannot read, a password among them.
        Error e =
            Error::make(tr("Cannot connect to PostgreSQL: %1")
                            .arg(ConnectionSecrets::redact(firstLine(PQerrorMessage(m_conn)), settings)),
                        u"08001"_s);
        e.detail = ConnectionSecrets::redact(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), settings);
        close();
        return e;
    }
    std::lock_guard lock(m_cancelMutex);
    m_cancel = PQgetCancel(m_conn);
    return {};
}

void PgConnection::close()
{
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool PgConnection::isBroken() const
{
    return !m_conn || PQstatus(m_conn) != CONNECTION_OK;
}

Error PgConnection::connectionError(const QString &context) const
{
    Error e = Error::make(
        context + u": "_s + (m_conn ? firstLine(PQerrorMessage(m_conn)) : tr("not connected")), u"08006"_s);
    return e;
}

Error PgConnection::errorFromResult(pg_result *result) const
{
    if (!result)
        return connectionError(tr("Lost the connection to the server"));
    const auto field = [result](int code) { return QString::fromUtf8(PQresultErrorField(result, code)); };
    Error e;
    e.sqlState = field(PG_DIAG_SQLSTATE);
    e.message = field(PG_DIAG_MESSAGE_PRIMARY);
    if (e.message.isEmpty())
        e.message = firstLine(PQresultErrorMessage(result));
    if (e.message.isEmpty())
        e.message = firstLine(PQerrorMessage(m_conn));
    QStringList more;
    for (int code : {PG_DIAG_MESSAGE_DETAIL, PG_DIAG_MESSAGE_HINT, PG_DIAG_CONTEXT}) {
        const QString text = field(code);
        if (!text.isEmpty())
            more.append(text);
    }
    e.detail = more.join(u'\n');
    if (e.sqlState.isEmpty() && isBroken())
        e.sqlState = u"08006"_s;
    return e;
}

Result<PgResult> PgConnection::exec(const QByteArray &sql)
{
    if (!m_conn)
        return connectionError(tr("Cannot run a query"));
    PgResult result(PQexec(m_conn, sql.constData()));
    const auto status = PQresultStatus(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    return errorFromResult(result.get());
}

Result<PgResult> PgConnection::exec(const QByteArray &sql, const QByteArrayList &params)
{
    if (!m_conn)
        return connectionError(tr("Cannot run a query"));
    std::vector<const char *> values;
    std::vector<int> lengths;
    for (const QByteArray &p : params) {
        values.push_back(p.isNull() ? nullptr : p.constData());
        lengths.push_back(int(p.size()));
    }
    PgResult result(PQexecParams(m_conn, sql.constData(), int(params.size()), nullptr, values.data(),
                                 lengths.data(), nullptr, 0));
    const auto status = PQresultStatus(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    return errorFromResult(result.get());
}

Error PgConnection::beginCopy(const QByteArray &sql)
{
    if (!m_conn)
        return connectionError(tr("Cannot start COPY"));
    PgResult result(PQexec(m_conn, sql.constData()));
    if (PQresultStatus(result.get()) == PGRES_COPY_IN)
        return {};
    return errorFromResult(result.get());
}

Error PgConnection::putCopyData(const char *data, qint64 size)
{
    // libpq copies into its output buffer; bounded pieces keep that buffer small.
    constexpr qint64 kPiece = 1 << 20;
    while (size > 0) {
        const int n = int(std::min(size, kPiece));
        if (PQputCopyData(m_conn, data, n) != 1) {
            // The server may have ended the COPY with an error of its own (a bad row early in a
            // long COPY): that error, not "no COPY in progress", is the one to act on.
            Error error;
            if (!isBroken()) {
                while (PGresult *raw = PQgetResult(m_conn)) {
                    PgResult result(raw);
                    if (error.isNull() && PQresultStatus(raw) == PGRES_FATAL_ERROR)
                        error = errorFromResult(raw);
                }
            }
            return error.isNull() ? connectionError(tr("Sending COPY data failed")) : error;
        }
        data += n;
        size -= n;
    }
    return {};
}

Error PgConnection::endCopy(const char *abortReason, Result<PgResult> *after)
{
    if (PQputCopyEnd(m_conn, abortReason) != 1)
        return connectionError(tr("Ending COPY failed"));
    Error error;
    // Drain every result: the COPY's, then one per statement after it (none once one failed); a
    // broken connection may need more.
    bool first = true;
    while (PGresult *raw = PQgetResult(m_conn)) {
        PgResult result(raw);
        const auto status = PQresultStatus(raw);
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (first) {
            first = false;
            if (status != PGRES_COMMAND_OK)
                error = errorFromResult(raw);
        } else if (!after) {
            if (!ok && error.isNull())
                error = errorFromResult(raw);
        } else if (*after) { // the first error stays
            *after = ok ? Result<PgResult>(std::move(result)) : Result<PgResult>(errorFromResult(raw));
        }
    }
    if (error.isNull() && isBroken())
        error = connectionError(tr("Lost the connection during COPY"));
    return error;
}

QByteArray PgConnection::literal(const QByteArray &text) const
{
    if (!m_conn)
        return {};
    char *quoted = PQescapeLiteral(m_conn, text.constData(), size_t(text.size()));
    if (!quoted)
        return {};
    QByteArray out(quoted);
    PQfreemem(quoted);
    return out;
}

int PgConnection::serverVersionNumber() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

QString PgConnection::serverVersion() const
{
    const int v = serverVersionNumber();
    return u"PostgreSQL %1.%2"_s.arg(v / 10000).arg(v % 10000);
}

QString PgConnection::describe() const
{
    if (!m_conn)
        return tr("(not connected)");
    QString host = QString::fromUtf8(PQhost(m_conn));
    if (host.startsWith(u'/'))
        host = tr("socket %1").arg(host);
    return u"%1@%2:%3/%4"_s.arg(QString::fromUtf8(PQuser(m_conn)), host, QString::fromUtf8(PQport(m_conn)),
                                QString::fromUtf8(PQdb(m_conn)));
}

void PgConnection::cancel()
{
    std::lock_guard lock(m_cancelMutex);
    if (!m_cancel)
        return;
    char buffer[256];
    PQcancel(m_cancel, buffer, sizeof buffer);
}

bool PgConnection::isConnectionSqlState(const QString &sqlState)
{
    return sqlState.startsWith(u"08"_s) || sqlState == u"57P01"_s || sqlState == u"57P02"_s ||
           sqlState == u"57P03"_s;
}

} // namespace pjl
