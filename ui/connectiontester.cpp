#include "connectiontester.h"

#include "latestonly.h"
#include "localserver.h"
#include "pgconnection.h"

using namespace Qt::StringLiterals;

namespace pjl {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{}

ConnectionCheck ConnectionTester::check(const ConnectionSettings &settings)
{
    ConnectionCheck result;
    const Result<ConnectionSettings> resolved = LocalServer::resolve(settings);
    if (!resolved) {
        result.message = resolved.error().message;
        result.detail = resolved.error().detail;
        return result;
    }
    result.settings = resolved.value();
    PgConnection connection;
    if (Error e = connection.open(result.settings, u"pgjsonload-gui"_s)) {
        result.message = e.message;
        result.detail = e.detail;
        // libpq's own words (fe-auth.c, auth.c); PQconnectionNeedsPassword is not exposed by core.
        const QString text = e.message + u'\n' + e.detail;
        result.needsPassword = text.contains(u"no password supplied"_s);
        result.wrongPassword = text.contains(u"password authentication failed"_s);
        return result;
    }
    result.ok = true;
    result.serverVersion = connection.serverVersion();
    result.where = connection.describe();
    return result;
}

void ConnectionTester::test(const ConnectionSettings &settings)
{
    m_running = true;
    runLatestOnly(
        this, m_generation, [settings] { return check(settings); },
        [this](const ConnectionCheck &result) {
            m_running = false;
            Q_EMIT finished(result);
        });
}

void ConnectionTester::abandon()
{
    ++m_generation;
    m_running = false;
}

} // namespace pjl
