#pragma once

#include "loadplan.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pjl {

// A load saved for later: where to connect (never with a password), which files, directories or
// glob patterns go to which table, and the options. Written by the desktop application, read by it
// and by `pgjsonload run PROFILE` (so a load built in the window can run from cron). A
// human-readable, versioned JSON file:
//
//   {
//     "version": 1,
//     "connection": {"host": "db1", "port": "5432", "database": "analytics", "user": "loader",
//                    "sslmode": "verify-full", "sslrootcert": "/etc/ssl/db-root.crt"},
//     "defaults": {"chunk": 10000, "workers": 4},
//     "files": [{"path": "/data/track_events.json", "table": "track_events"},
//               {"path": "/data/exports", "table": "analytics.exports"},
//               {"glob": "/data/2024-*/events*.ndjson.gz", "table": "analytics.events"}],
//     "options": {"create_table": true, "truncate_first": false, "recursive": false,
//                 "max_record_mb": 64}
//   }
//
// Optional: "defaults.chunk_mb" (batch byte cap), "options.rejects" (NDJSON file of rejected
// records), "options.journal": false (no exactly-once bookkeeping), "connection.connect_timeout".
//
// "connection" may instead (or also) hold a libpq "dsn" (keyword/value or URI); fields override it.
// workers 0 means one per CPU core. Relative paths (files, globs, "rejects", "sslrootcert", "sslcert",
// "sslkey") start at the profile's own directory, and "~/" at the home directory. Unknown keys are
// ignored; a version newer than this program's is refused with a message saying so.
class LoadProfile final
{
    Q_DECLARE_TR_FUNCTIONS(LoadProfile)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kFileSuffix = "pgjl.json"; // suggested: name.pgjl.json

    LoadProfile() = default;
    explicit LoadProfile(const LoadPlan &plan) { setPlan(plan); }

    const LoadPlan &plan() const { return m_plan; }
    void setPlan(const LoadPlan &plan); // drops the password, from the fields and from the DSN

    QByteArray toJson() const;
    // baseDirectory: where relative paths start, normally the directory of the profile file.
    static Result<LoadProfile> fromJson(const QByteArray &json, const QString &baseDirectory);

    // Files: save() replaces the file atomically; both name the file in their errors.
    Error save(const QString &path) const;
    static Result<LoadProfile> load(const QString &path);

    static ConnectionSettings withoutPassword(const ConnectionSettings &settings);
    // Removes password=... from a keyword/value DSN and user:password@ / ?password= from a URI.
    static QString dsnWithoutPassword(const QString &dsn);
    // The "connection" object (never with a password) and back. Also used to remember connections.
    static QJsonObject connectionToJson(const ConnectionSettings &settings);
    static ConnectionSettings connectionFromJson(const QJsonObject &object);

    friend bool operator==(const LoadProfile &, const LoadProfile &) = default;

private:
    LoadPlan m_plan;
};

} // namespace pjl
