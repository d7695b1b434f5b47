#include "connectiontester.h"

#include "pgconnection.h"

#include <QFutureWatcher>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace pjl {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{}

ConnectionCheck ConnectionTester::check(const ConnectionSettings &settings)
{
    ConnectionCheck result;
    PgConnection connection;
    if (Error e = connection.open(settings, u"pgjsonload-gui"_s)) {
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
    const quint64 generation = ++m_generation;
    m_running = true;
    auto *watcher = new QFutureWatcher<ConnectionCheck>(this);
    connect(watcher, &QFutureWatcher<ConnectionCheck>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([settings] { return check(settings); }));
}

void ConnectionTester::abandon()
{
    ++m_generation;
    m_running = false;
}

} // namespace pjl
