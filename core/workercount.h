#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace pjl {

class PgConnection;

// How many worker connections a load opens when the user leaves it to us (workers = 0). The work
// being spread is the server's (its jsonb input), so: one per core of the server where that can
// be read, else one per core of this computer. A server on this computer shares its cores with
// the loader: one per core, as before. A remote one is asked through pg_read_file (superusers and
// members of pg_read_server_files only; anyone else gets the local count) for the CPUs its
// backend may run on and its cgroup's CPU quota, so a container counts what it was given.
// Never more than max(kMaxRemote, this computer's cores) for a remote server: one reading thread
// frames ~550 MB/s and a backend takes ~65 MB/s of events, so about eight keep it busy.
struct WorkerCount
{
    Q_DECLARE_TR_FUNCTIONS(WorkerCount)

public:
    static constexpr int kMaxRemote = 8;

    int workers = 1;
    int serverCores = 0; // 0: not known
    bool serverIsLocal = false;

    // Why this many, for the log ("one per core of the server (16 cores)").
    QString reason() const;

    // Asks the server (a query that fails counts as "not known": no transaction may be open on
    // connection).
    static WorkerCount choose(PgConnection &connection, int clientCores);

    // Whether the server runs on this computer (a Unix-domain socket or a loopback address);
    // false when the query fails.
    static bool isServerLocal(PgConnection &connection);

    // Cores the server's backend may use: its allowed CPU list, capped by its cgroup's quota;
    // 0 when they cannot be read.
    static int readServerCores(PgConnection &connection);

    // "0-3,8,10-11" (Cpus_allowed_list, /sys/.../cpu/online) -> 7; 0 when it does not parse.
    static int countCpuList(QByteArrayView list);
    // The contents of /proc/self/status -> its Cpus_allowed_list count; 0 when missing.
    static int allowedCpus(QByteArrayView procStatus);
    // cgroup v2 cpu.max, "200000 100000" -> 2 (rounded up); 0 for "max ..." or what does not parse.
    static int quotaCpus(QByteArrayView cpuMax);
};

} // namespace pjl
