#include "workercount.h"

#include "pgconnection.h"
#include "pgresult.h"

#include <QByteArray>
#include <QList>

#include <algorithm>

namespace pjl {

QString WorkerCount::reason() const
{
    if (serverIsLocal)
        return tr("one per CPU core: the server runs on this computer");
    if (serverCores > 0) {
        const QString perCore = tr("one per core of the server (%n core(s))", "", serverCores);
        return workers < serverCores ? tr("%1, at most %2").arg(perCore).arg(workers) : perCore;
    }
    return tr("one per CPU core of this computer: the server's cores could not be read");
}

WorkerCount WorkerCount::choose(PgConnection &connection, int clientCores)
{
    WorkerCount count;
    clientCores = std::max(1, clientCores);
    count.workers = clientCores;
    count.serverIsLocal = isServerLocal(connection);
    if (count.serverIsLocal)
        return count;
    count.serverCores = readServerCores(connection);
    if (count.serverCores > 0)
        count.workers = std::min(count.serverCores, std::max(kMaxRemote, clientCores));
    return count;
}

bool WorkerCount::isServerLocal(PgConnection &connection)
{
    // No address: a Unix-domain socket.
    const auto local =
        connection.exec("SELECT inet_server_addr() IS NULL OR inet_server_addr() << inet '127.0.0.0/8' "
                        "OR inet_server_addr() = inet '::1'");
    return local && local->rows() == 1 && local->bytes(0, 0) == "t";
}

int WorkerCount::readServerCores(PgConnection &connection)
{
    // Asked first, so that other roles leave no "permission denied" in the server's log (the
    // privilege is checked when a statement starts, whether the call is reached or not).
    const auto allowed = connection.exec(
        "SELECT has_function_privilege('pg_read_file(text,bigint,bigint,boolean)', 'EXECUTE') "
        "AND pg_has_role('pg_read_server_files', 'MEMBER')");
    if (!allowed || allowed->rows() != 1 || allowed->bytes(0, 0) != "t")
        return 0;
    // The four-argument form: PostgreSQL 15 has no (filename, missing_ok) one, and /proc files
    // report a size of 0, so a length must be given. /proc/self is the backend answering.
    const auto result = connection.exec("SELECT pg_read_file('/proc/self/status', 0, 65536, true), "
                                        "pg_read_file('/sys/fs/cgroup/cpu.max', 0, 4096, true)");
    if (!result || result->rows() != 1 || result->isNull(0, 0))
        return 0;
    int cores = allowedCpus(result->bytes(0, 0));
    if (cores > 0 && !result->isNull(0, 1)) {
        if (const int quota = quotaCpus(result->bytes(0, 1)); quota > 0)
            cores = std::min(cores, quota);
    }
    return cores;
}

int WorkerCount::countCpuList(QByteArrayView list)
{
    int count = 0;
    const QByteArray trimmed = list.toByteArray().trimmed();
    if (trimmed.isEmpty())
        return 0;
    for (const QByteArray &range : trimmed.split(',')) {
        const qsizetype dash = range.indexOf('-');
        bool okFirst = false, okLast = false;
        const int first = (dash < 0 ? range : range.left(dash)).trimmed().toInt(&okFirst);
        const int last = dash < 0 ? first : range.mid(dash + 1).trimmed().toInt(&okLast);
        if (!okFirst || (dash >= 0 && !okLast) || first < 0 || last < first)
            return 0;
        count += last - first + 1;
    }
    return count;
}

int WorkerCount::allowedCpus(QByteArrayView procStatus)
{
    static constexpr QByteArrayView kKey = "Cpus_allowed_list:";
    for (const QByteArray &line : procStatus.toByteArray().split('\n')) {
        if (line.startsWith(kKey))
            return countCpuList(QByteArrayView(line).sliced(kKey.size()));
    }
    return 0;
}

int WorkerCount::quotaCpus(QByteArrayView cpuMax)
{
    const QList<QByteArray> fields = cpuMax.toByteArray().simplified().split(' ');
    if (fields.size() != 2)
        return 0;
    bool okQuota = false, okPeriod = false;
    const qint64 quota = fields[0].toLongLong(&okQuota); // "max": no quota
    const qint64 period = fields[1].toLongLong(&okPeriod);
    if (!okQuota || !okPeriod || quota <= 0 || period <= 0)
        return 0;
    return int((quota + period - 1) / period);
}

} // namespace pjl
