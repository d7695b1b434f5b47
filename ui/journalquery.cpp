#include "journalquery.h"

#include "latestonly.h"
#include "localserver.h"
#include "pgconnection.h"
#include "tablename.h"

using namespace Qt::StringLiterals;

namespace pjl {

JournalQuery::JournalQuery(QObject *parent)
    : QObject(parent)
{}

JournalSnapshot JournalQuery::read(const ConnectionSettings &settings, const QString &table)
{
    JournalSnapshot snapshot;
    QString quoted;
    if (!table.trimmed().isEmpty()) {
        const auto name = TableName::parse(table.trimmed());
        if (!name) {
            snapshot.error = name.error().message;
            return snapshot;
        }
        quoted = name->quoted();
    }
    const Result<ConnectionSettings> resolved = LocalServer::resolve(settings);
    if (!resolved) {
        snapshot.error = resolved.error().message;
        return snapshot;
    }
    PgConnection connection;
    if (Error e = connection.open(resolved.value(), u"pgjsonload-gui"_s)) {
        snapshot.error = e.message;
        return snapshot;
    }
    snapshot.where = connection.describe();
    auto rows = LoadJournal::status(connection, quoted);
    if (!rows)
        snapshot.error = rows.error().toString();
    else
        snapshot.rows = std::move(rows.value());
    return snapshot;
}

void JournalQuery::fetch(const ConnectionSettings &settings, const QString &table)
{
    m_running = true;
    runLatestOnly(
        this, m_generation, [settings, table] { return read(settings, table); },
        [this](const JournalSnapshot &snapshot) {
            m_running = false;
            Q_EMIT finished(snapshot);
        });
}

} // namespace pjl
