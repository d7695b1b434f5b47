#pragma once

#include "connectionsettings.h"
#include "loadjournal.h"

#include <QObject>

namespace pjl {

// What reading the load journal found: its rows, or why it could not be read.
struct JournalSnapshot
{
    QList<LoadJournal::StatusRow> rows;
    QString error; // empty when rows is the journal's answer (which may be no rows)
    QString where; // the server asked, user@host:port/database
};

// Reads the load journal (LoadJournal::status) on a pool thread with a connection of its own. A
// newer fetch() supersedes an older one still running.
class JournalQuery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalQuery)

public:
    explicit JournalQuery(QObject *parent = nullptr);

    // table: "schema.name" or "name" as a user types it; empty for every table.
    void fetch(const ConnectionSettings &settings, const QString &table);
    bool isRunning() const { return m_running; }

    static JournalSnapshot read(const ConnectionSettings &settings, const QString &table); // blocking

Q_SIGNALS:
    void finished(const pjl::JournalSnapshot &snapshot);

private:
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::JournalSnapshot)
