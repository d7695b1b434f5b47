#include "journalquery.h"

#include "pgconnection.h"
#include "tablename.h"

#include <QFutureWatcher>
#include <QtConcurrent>

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
    PgConnection connection;
    if (Error e = connection.open(settings, u"pgjsonload-gui"_s)) {
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
    const quint64 generation = ++m_generation;
    m_running = true;
    auto *watcher = new QFutureWatcher<JournalSnapshot>(this);
    connect(watcher, &QFutureWatcher<JournalSnapshot>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([settings, table] { return read(settings, table); }));
}

} // namespace pjl
