#include "loadjournal.h"

#include "tablename.h"

#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <cctype>
#include <charconv>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

constexpr qint64 kLockNamespace = 0x706A6C00LL << 32;      // "pjl\0": keeps our advisory locks apart
constexpr qint64 kBatchLockNamespace = 0x706A6C01LL << 32; // held (shared) by every batch transaction

// A PostgreSQL array literal ({"a","b"}): the way to send many values in one parameter.
QByteArray arrayLiteral(const QByteArrayList &items)
{
    // Sized and copied in runs: the journal lookup of 10,000 small files puts 0.6 MB of paths in
    // one array, and each batch its new files' paths; appended a byte at a time, the arrays cost
    // a tenth of the loader's instructions on such a load.
    qsizetype size = 2;
    for (const QByteArray &item : items)
        size += item.size() + 3;
    QByteArray out;
    out.reserve(size + size / 16);
    out += '{';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        const char *run = items[i].constData();
        const char *const end = run + items[i].size();
        for (const char *p = run; p < end; ++p) {
            if (*p == '"' || *p == '\\') {
                out.append(run, p - run);
                out += '\\';
                run = p;
            }
        }
        out.append(run, end - run);
        out += '"';
    }
    out += '}';
    return out;
}

template<typename T, typename F> QByteArray arrayOf(const T &items, F &&field)
{
    QByteArrayList values;
    values.reserve(qsizetype(items.size()));
    for (const auto &item : items)
        values.append(field(item));
    return arrayLiteral(values);
}

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

// An array literal of numbers ({1,2,3}): they need no quotes, nor a QByteArray each (a batch of
// small files has a dozen numbers for each of its hundreds of files).
template<typename T, typename F> QByteArray numberArray(const T &items, F &&field)
{
    QByteArray out;
    out.reserve(qsizetype(items.size()) * 21 + 2);
    out += '{';
    char digits[24];
    for (auto it = std::begin(items); it != std::end(items); ++it) {
        if (it != std::begin(items))
            out += ',';
        const auto end = std::to_chars(digits, digits + sizeof digits, qint64(field(*it))).ptr;
        out.append(digits, end - digits);
    }
    out += '}';
    return out;
}

// sql with its parameters ($1, $2, ...) written in as literals: for the simple protocol, which
// runs several statements sent at once and can follow a COPY in the same message.
QByteArray inlined(const PgConnection &connection, const QByteArray &sql, const QByteArrayList &params)
{
    // One pass: a value may itself contain "$1".
    QByteArray out;
    const char *run = sql.constData();
    for (const char *p = run; *p;) {
        if (*p != '$' || !std::isdigit(static_cast<unsigned char>(p[1]))) {
            ++p;
            continue;
        }
        out.append(run, p - run);
        int n = 0;
        for (++p; std::isdigit(static_cast<unsigned char>(*p)); ++p)
            n = n * 10 + (*p - '0');
        out += connection.literal(params.value(n - 1));
        run = p;
    }
    out.append(run, sql.constData() + sql.size() - run);
    return out;
}

Error execute(PgConnection &connection, const QByteArray &sql, const QByteArrayList &params = {})
{
    // Without parameters: the simple protocol, which takes several statements at once.
    const auto result = params.isEmpty() ? connection.exec(sql) : connection.exec(sql, params);
    return result ? Error{} : result.error();
}

QDateTime timestamp(const QString &text)
{
    // timestamptz as text, e.g. "2026-11-25 18:01:02.345+00"
    QDateTime t = QDateTime::fromString(text.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
    t.setTimeZone(QTimeZone::utc());
    return t.toLocalTime();
}

const char *const kSchemaVersion = "1";
const char *const kSchema = R"sql(
CREATE SCHEMA IF NOT EXISTS pgjsonload;
CREATE TABLE IF NOT EXISTS pgjsonload.files (
    file_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path text NOT NULL,
    target regclass NOT NULL,
    size bigint NOT NULL,
    mtime_ms bigint NOT NULL,
    head_hash text NOT NULL,
    tail_hash text NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (path, target)
);
-- No foreign keys on purpose: checking one locks the files row for every batch row (a WAL record
-- each), which thousands of small files pay for; pgjsonload deletes a file's rows itself.
CREATE TABLE IF NOT EXISTS pgjsonload.batches (
    file_id bigint NOT NULL,
    first_record bigint NOT NULL,
    last_record bigint NOT NULL,
    first_offset bigint NOT NULL,
    end_offset bigint NOT NULL,
    rows bigint NOT NULL,
    rejects bigint NOT NULL,
    file_records bigint, -- on the range that ends the file: how many records the file has
    committed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (file_id, first_record)
);
CREATE TABLE IF NOT EXISTS pgjsonload.rejects (
    file_id bigint NOT NULL,
    record bigint NOT NULL,
    line bigint NOT NULL,
    byte_offset bigint NOT NULL,
    sqlstate text NOT NULL,
    message text NOT NULL,
    text bytea NOT NULL,
    text_bytes bigint NOT NULL,
    PRIMARY KEY (file_id, record)
);
-- A file is complete when its committed ranges cover all its records: derived, never updated.
CREATE OR REPLACE VIEW pgjsonload.file_status AS
SELECT f.file_id, f.path, f.target, f.size, f.mtime_ms, f.head_hash, f.tail_hash, f.started_at,
       coalesce(b.covered, 0) AS records_committed, b.file_records AS records,
       coalesce(b.rows, 0) AS rows, coalesce(b.rejects, 0) AS rejects, coalesce(b.batches, 0) AS batches,
       coalesce(b.covered = b.file_records, false) AS complete,
       CASE WHEN b.covered = b.file_records THEN b.last_commit END AS finished_at
FROM pgjsonload.files f
LEFT JOIN (SELECT file_id, sum(last_record - first_record + 1) AS covered, max(file_records) AS file_records,
                  sum(rows) AS rows, sum(rejects) AS rejects, count(*) FILTER (WHERE last_record >= first_record) AS batches,
                  max(committed_at) AS last_commit
           FROM pgjsonload.batches GROUP BY file_id) b USING (file_id);
CREATE TABLE IF NOT EXISTS pgjsonload.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO pgjsonload.meta VALUES ('schema_version', '1') ON CONFLICT DO NOTHING;
COMMENT ON SCHEMA pgjsonload IS 'Load journal of pgjsonload: which file records are committed in which table';
)sql";

// What a loading role needs on the journal, per object (has_table_privilege with a list is true when
// any one is held, hence one call per privilege). Asked by oid: naming pgjsonload.files would fail
// with "permission denied for schema" before the answer.
const char *const kAccessQuery = R"sql(
SELECT current_user,
       n.oid IS NOT NULL,
       count(c.oid) = 6,
       coalesce(has_schema_privilege(n.oid, 'USAGE') AND bool_and(CASE
           WHEN c.relname = 'files' THEN has_table_privilege(c.oid, 'SELECT') AND has_table_privilege(c.oid, 'INSERT')
                AND has_table_privilege(c.oid, 'UPDATE') AND has_table_privilege(c.oid, 'DELETE')
           WHEN c.relname IN ('batches', 'rejects') THEN has_table_privilege(c.oid, 'SELECT')
                AND has_table_privilege(c.oid, 'INSERT') AND has_table_privilege(c.oid, 'DELETE')
           WHEN c.relname IN ('file_status', 'meta') THEN has_table_privilege(c.oid, 'SELECT')
           WHEN c.relname = 'files_file_id_seq' THEN has_sequence_privilege(c.oid, 'USAGE')
       END), false),
       has_database_privilege(current_database(), 'CREATE')
FROM (SELECT 1) one
LEFT JOIN pg_namespace n ON n.nspname = 'pgjsonload'
LEFT JOIN pg_class c ON c.relnamespace = n.oid
     AND c.relname IN ('files', 'batches', 'rejects', 'file_status', 'meta', 'files_file_id_seq')
GROUP BY n.oid
)sql";

// The same privileges, granted; %1 is the quoted role.
const char *const kGrants = R"sql(
GRANT USAGE ON SCHEMA pgjsonload TO %1;
GRANT SELECT, INSERT, UPDATE, DELETE ON pgjsonload.files TO %1;
GRANT SELECT, INSERT, DELETE ON pgjsonload.batches, pgjsonload.rejects TO %1;
GRANT SELECT ON pgjsonload.file_status, pgjsonload.meta TO %1;
GRANT USAGE ON SEQUENCE pgjsonload.files_file_id_seq TO %1;
)sql";

} // namespace

Result<bool> LoadJournal::exists(PgConnection &connection)
{
    const auto r = connection.exec("SELECT to_regclass('pgjsonload.batches') IS NOT NULL");
    if (!r)
        return r.error();
    return r->bytes(0, 0) == "t";
}

Error LoadJournal::ensureSchema(PgConnection &connection)
{
    // A role that may only load (see README, "Least privilege") neither creates the journal nor
    // writes it without grants: say so, and what fixes it, before anything is written.
    const auto access = connection.exec(kAccessQuery);
    if (!access)
        return access.error();
    const QString role = access->text(0, 0);
    const bool schemaExists = access->bytes(0, 1) == "t";
    const bool complete = access->bytes(0, 2) == "t";
    const bool allowed = access->bytes(0, 3) == "t";
    const bool mayCreate = access->bytes(0, 4) == "t";
    if (!schemaExists && !mayCreate)
        return Error::make(
            tr("The load journal (schema pgjsonload) does not exist and role %1 may not create "
               "it. Have the database owner create it once and grant it to you: pgjsonload "
               "seed --dst_table TABLE --grant %1; or load with --no-journal (no resume, no "
               "exactly-once).")
                .arg(role),
            u"42501"_s);
    if (schemaExists && complete && !allowed)
        return Error::make(tr("Role %1 may not write the load journal (schema pgjsonload). Have its owner "
                              "grant it: pgjsonload seed --dst_table TABLE --grant %1; or load with "
                              "--no-journal (no resume, no exactly-once).")
                               .arg(role),
                           u"42501"_s);

    const auto present = exists(connection);
    if (present && present.value()) {
        const auto version =
            connection.exec("SELECT value FROM pgjsonload.meta WHERE key = 'schema_version'");
        if (version && version->rows() == 1 && version->text(0, 0) == QLatin1StringView(kSchemaVersion))
            return {};
        return Error::make(
            tr("The load journal (schema pgjsonload) was made by another version of pgjsonload; "
               "expected journal version %1. Drop or rename the schema to start a new journal.")
                .arg(QLatin1StringView(kSchemaVersion)));
    }
    Error error;
    // Two loaders creating it at once: one of them loses a race on the catalog; the second try
    // finds everything there.
    for (int attempt = 0; attempt < 2; ++attempt) {
        error = execute(connection, "BEGIN");
        if (error.isNull())
            error = execute(connection, kSchema);
        if (error.isNull())
            error = execute(connection, "COMMIT");
        if (error.isNull())
            return {};
        execute(connection, "ROLLBACK");
    }
    error.message = tr("Cannot create the load journal (schema pgjsonload): %1").arg(error.message);
    return error;
}

Error LoadJournal::grantTo(PgConnection &connection, const QString &role)
{
    if (Error e = ensureSchema(connection))
        return e;
    const QByteArray sql = QString::fromLatin1(kGrants).arg(TableName::quoteIdentifier(role)).toUtf8();
    for (const char *step : {"BEGIN", sql.constData(), "COMMIT"}) {
        if (Error e = execute(connection, step)) {
            execute(connection, "ROLLBACK");
            e.message = tr("Cannot grant role %1 the load journal: %2").arg(role, e.message);
            return e;
        }
    }
    return {};
}

Error LoadJournal::lockTarget(PgConnection &connection, quint32 tableOid, const std::atomic_bool &stop,
                              const std::function<void()> &onWait)
{
    const auto tryLock = [&](qint64 lockNamespace) -> Result<bool> {
        const auto r =
            connection.exec("SELECT pg_try_advisory_lock($1::bigint)", {number(lockNamespace + tableOid)});
        if (!r)
            return r.error();
        return r->bytes(0, 0) == "t";
    };
    bool waited = false;
    bool locked = false;
    while (!stop) {
        if (!locked) {
            const auto got = tryLock(kLockNamespace);
            if (!got)
                return got.error();
            locked = got.value();
        }
        if (locked) {
            // A loader that was killed leaves backends that may still be committing a batch: the
            // server only notices a dead client when it next reads from it. Every batch holds this
            // lock shared, so getting it once means none is left, and the journal read next sees
            // every commit there will be.
            const auto idle = tryLock(kBatchLockNamespace);
            if (!idle)
                return idle.error();
            if (idle.value()) {
                const auto r = connection.exec("SELECT pg_advisory_unlock($1::bigint)",
                                               {number(kBatchLockNamespace + tableOid)});
                return r ? Error{} : r.error();
            }
        }
        if (!waited && onWait)
            onWait();
        waited = true;
        QThread::msleep(locked ? 50 : 500);
    }
    return Error::make(tr("Cancelled."), u"57014"_s);
}

QByteArray LoadJournal::beginBatch(quint32 tableOid)
{
    return "BEGIN; SELECT pg_advisory_xact_lock_shared(" +
           QByteArray::number(kBatchLockNamespace + tableOid) + ")";
}

Result<std::map<QString, LoadJournal::FileRow>>
LoadJournal::lookup(PgConnection &connection, quint32 tableOid, const QStringList &paths)
{
    const auto r = connection.exec(
        "SELECT file_id, path, size, mtime_ms, head_hash, tail_hash, complete, records, finished_at "
        "FROM pgjsonload.file_status WHERE target = $1::oid AND path = ANY ($2::text[])",
        {number(tableOid), arrayOf(paths, [](const QString &p) { return p.toUtf8(); })});
    if (!r)
        return r.error();
    std::map<QString, FileRow> rows;
    for (int i = 0; i < r->rows(); ++i) {
        FileRow row;
        row.id = r->toInt64(i, 0);
        row.path = r->text(i, 1);
        row.fingerprint.size = r->toInt64(i, 2);
        row.fingerprint.modifiedMs = r->toInt64(i, 3);
        row.fingerprint.headHash = r->bytes(i, 4);
        row.fingerprint.tailHash = r->bytes(i, 5);
        row.complete = r->bytes(i, 6) == "t";
        row.records = r->isNull(i, 7) ? -1 : r->toInt64(i, 7);
        row.finishedAt = r->isNull(i, 8) ? QDateTime() : timestamp(r->text(i, 8));
        rows.emplace(row.path, row);
    }
    return rows;
}

Result<std::map<QString, qint64>> LoadJournal::start(PgConnection &connection, quint32 tableOid,
                                                     const QList<std::pair<QString, FileFingerprint>> &files,
                                                     const std::vector<qint64> &restart)
{
    if (!restart.empty()) {
        const QByteArray ids = numberArray(restart, [](qint64 id) { return id; });
        if (Error e = execute(connection, "DELETE FROM pgjsonload.batches WHERE file_id = ANY ($1::bigint[])",
                              {ids}))
            return e;
        if (Error e = execute(connection, "DELETE FROM pgjsonload.rejects WHERE file_id = ANY ($1::bigint[])",
                              {ids}))
            return e;
    }
    std::map<QString, qint64> ids;
    if (files.isEmpty())
        return ids;
    const auto r = connection.exec(
        "INSERT INTO pgjsonload.files AS f (path, target, size, mtime_ms, head_hash, tail_hash) "
        "SELECT p, $1::oid::regclass, s, m, h, t FROM unnest($2::text[], $3::bigint[], $4::bigint[], "
        "$5::text[], $6::text[]) "
        "AS u(p, s, m, h, t) "
        "ON CONFLICT (path, target) DO UPDATE SET size = EXCLUDED.size, mtime_ms = EXCLUDED.mtime_ms, "
        "head_hash = EXCLUDED.head_hash, tail_hash = EXCLUDED.tail_hash, started_at = now() "
        "RETURNING file_id, path",
        {number(tableOid), arrayOf(files, [](const auto &f) { return f.first.toUtf8(); }),
         numberArray(files, [](const auto &f) { return f.second.size; }),
         numberArray(files, [](const auto &f) { return f.second.modifiedMs; }),
         arrayOf(files, [](const auto &f) { return f.second.headHash; }),
         arrayOf(files, [](const auto &f) { return f.second.tailHash; })});
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i)
        ids.emplace(r->text(i, 1), r->toInt64(i, 0));
    return ids;
}

Result<LoadJournal::LastCommitted> LoadJournal::lastCommitted(PgConnection &connection, qint64 fileId)
{
    const auto r = connection.exec(
        "SELECT b.last_record, b.end_offset, coalesce(r.byte_offset, -1) FROM pgjsonload.batches b "
        "LEFT JOIN pgjsonload.rejects r ON r.file_id = b.file_id AND r.record = b.last_record "
        "WHERE b.file_id = $1 ORDER BY b.last_record DESC LIMIT 1",
        {number(fileId)});
    if (!r)
        return r.error();
    LastCommitted last;
    if (r->rows() > 0) {
        last.ordinal = r->toInt64(0, 0);
        last.endOffset = r->toInt64(0, 1);
        last.rejectOffset = r->toInt64(0, 2);
    }
    return last;
}

Error LoadJournal::grow(PgConnection &connection, qint64 fileId, const FileFingerprint &now,
                        const LastCommitted &reopen)
{
    // Together or not at all: the new fingerprint with the old end marker would make the file
    // complete at its old record count.
    const QByteArray id = number(fileId);
    QList<std::pair<QByteArray, QByteArrayList>> statements = {
        {"UPDATE pgjsonload.batches SET file_records = NULL WHERE file_id = $1 AND file_records IS NOT NULL",
         {id}},
        {"UPDATE pgjsonload.files SET size = $2, mtime_ms = $3, head_hash = $4, tail_hash = $5 WHERE file_id "
         "= $1",
         {id, number(now.size), number(now.modifiedMs), now.headHash, now.tailHash}}};
    if (reopen.rejectOffset >= 0) {
        // The range that holds it ends one record earlier, where that record's bytes began.
        const QByteArray ordinal = number(reopen.ordinal);
        statements.append(
            {"DELETE FROM pgjsonload.rejects WHERE file_id = $1 AND record = $2", {id, ordinal}});
        statements.append(
            {"DELETE FROM pgjsonload.batches WHERE file_id = $1 AND first_record = $2 AND last_record = $2",
             {id, ordinal}});
        statements.append({"UPDATE pgjsonload.batches SET last_record = $2 - 1, rejects = rejects - 1, "
                           "end_offset = $3 WHERE file_id = $1 AND first_record < $2 AND last_record = $2",
                           {id, ordinal, number(reopen.rejectOffset)}});
    }
    if (Error e = execute(connection, "BEGIN"))
        return e;
    for (const auto &[sql, params] : statements) {
        if (Error e = execute(connection, sql, params)) {
            execute(connection, "ROLLBACK");
            return e;
        }
    }
    if (Error e = execute(connection, "COMMIT")) {
        execute(connection, "ROLLBACK");
        return e;
    }
    return {};
}

Result<std::vector<qint64>> LoadJournal::reserveFileIds(PgConnection &connection, qsizetype count)
{
    std::vector<qint64> ids;
    if (count == 0)
        return ids;
    const auto r = connection.exec(
        "SELECT nextval('pgjsonload.files_file_id_seq') FROM generate_series(1, $1)", {number(count)});
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i)
        ids.push_back(r->toInt64(i, 0));
    return ids;
}

Result<std::map<qint64, LoadJournal::Progress>> LoadJournal::progress(PgConnection &connection,
                                                                      const std::vector<qint64> &fileIds)
{
    std::map<qint64, Progress> out;
    if (fileIds.empty())
        return out;
    const auto r =
        connection.exec("SELECT file_id, first_record, last_record, rows, rejects FROM pgjsonload.batches "
                        "WHERE file_id = ANY ($1::bigint[]) ORDER BY file_id, first_record",
                        {numberArray(fileIds, [](qint64 id) { return id; })});
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i) {
        Progress &p = out[r->toInt64(i, 0)];
        p.ranges.emplace_back(r->toInt64(i, 1), r->toInt64(i, 2));
        p.rows += r->toInt64(i, 3);
        p.rejects += r->toInt64(i, 4);
    }
    return out;
}

Result<std::map<qint64, RejectedRecords>> LoadJournal::rejects(PgConnection &connection,
                                                               const std::vector<qint64> &fileIds)
{
    std::map<qint64, RejectedRecords> out;
    if (fileIds.empty())
        return out;
    const auto r =
        connection.exec("SELECT r.file_id, f.path, f.target::text, r.record, r.line, r.byte_offset, "
                        "r.sqlstate, r.message, r.text, "
                        "r.text_bytes FROM pgjsonload.rejects r JOIN pgjsonload.files f USING (file_id) "
                        "WHERE r.file_id = ANY ($1::bigint[]) ORDER BY r.file_id, r.record",
                        {numberArray(fileIds, [](qint64 id) { return id; })});
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i) {
        RejectedRecord reject;
        reject.error.file = r->text(i, 1);
        reject.table = r->text(i, 2);
        reject.error.record = r->toInt64(i, 3);
        reject.error.line = r->toInt64(i, 4);
        reject.error.offset = r->toInt64(i, 5);
        reject.error.sqlState = r->text(i, 6);
        reject.error.message = r->text(i, 7);
        reject.text = QByteArray::fromHex(r->bytes(i, 8).mid(2)); // bytea as \x...
        reject.textBytes = r->toInt64(i, 9);
        out[r->toInt64(i, 0)].append(reject);
    }
    return out;
}

QByteArray LoadJournal::batchStatements(PgConnection &connection, const std::vector<BatchEntry> &entries,
                                        const RejectedRecords &rejects,
                                        const std::vector<qint64> &rejectFileIds, quint32 tableOid,
                                        const std::vector<NewFile> &newFiles)
{
    QByteArrayList statements;
    const auto add = [&](const QByteArray &sql, const QByteArrayList &params) {
        statements.append(inlined(connection, sql, params));
    };
    const QByteArray newIds = numberArray(newFiles, [](const NewFile &f) { return f.id; });
    QByteArrayList newPaths;
    newPaths.reserve(qsizetype(newFiles.size()));
    for (const NewFile &f : newFiles)
        newPaths.append(f.path.toUtf8());
    if (!newFiles.empty()) {
        // Another batch of the same file may have committed it already, or be committing it: then
        // this waits for that one to end, and does nothing. Every unique index must be an arbiter
        // for that: with ON CONFLICT (file_id), the wait on (path, target) ends in an error.
        add("INSERT INTO pgjsonload.files (file_id, path, target, size, mtime_ms, head_hash, tail_hash) "
            "OVERRIDING SYSTEM VALUE "
            "SELECT i, p, $1::oid::regclass, s, m, h, t FROM unnest($2::bigint[], $3::text[], "
            "$4::bigint[], $5::bigint[], $6::text[], $7::text[]) AS u(i, p, s, m, h, t) "
            "ON CONFLICT DO NOTHING",
            {number(tableOid), newIds, arrayLiteral(newPaths),
             numberArray(newFiles, [](const NewFile &f) { return f.fingerprint.size; }),
             numberArray(newFiles, [](const NewFile &f) { return f.fingerprint.modifiedMs; }),
             arrayOf(newFiles, [](const NewFile &f) { return f.fingerprint.headHash; }),
             arrayOf(newFiles, [](const NewFile &f) { return f.fingerprint.tailHash; })});
    }
    // A range of records is journaled once: a second row for it means it was loaded twice, and the
    // primary key makes that batch fail. An end marker (an empty range after a file's last record,
    // when the file ended where a batch did) is different: a rerun that resumes the file makes it
    // again when its batch ends there too, and an earlier run may have committed it while the range
    // before it was lost. It says the same (the file's record count), so the second one is dropped.
    std::vector<BatchEntry> ranges, endMarkers;
    for (const BatchEntry &entry : entries)
        (entry.lastRecord < entry.firstRecord ? endMarkers : ranges).push_back(entry);
    for (const auto *rows : {&ranges, &endMarkers}) {
        if (rows->empty())
            continue;
        const auto column = [rows](qint64 BatchEntry::*field) {
            return numberArray(*rows, [field](const BatchEntry &e) { return e.*field; });
        };
        QByteArray sql = "INSERT INTO pgjsonload.batches (file_id, first_record, last_record, first_offset, "
                         "end_offset, rows, rejects, file_records) "
                         "SELECT f, fr, lr, fo, eo, r, j, nullif(n, -1) FROM "
                         "unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], "
                         "$6::bigint[], $7::bigint[], $8::bigint[]) AS u(f, fr, lr, fo, eo, r, j, n)";
        if (rows == &endMarkers)
            sql += " ON CONFLICT (file_id, first_record) DO NOTHING";
        add(sql,
            {column(&BatchEntry::fileId), column(&BatchEntry::firstRecord), column(&BatchEntry::lastRecord),
             column(&BatchEntry::firstOffset), column(&BatchEntry::endOffset), column(&BatchEntry::rows),
             column(&BatchEntry::rejects), column(&BatchEntry::fileRecords)});
    }
    if (!rejects.isEmpty()) {
        add("INSERT INTO pgjsonload.rejects (file_id, record, line, byte_offset, sqlstate, message, text, "
            "text_bytes) "
            "SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::text[], "
            "$6::text[], $7::bytea[], $8::bigint[])",
            {numberArray(rejectFileIds, [](qint64 id) { return id; }),
             numberArray(rejects, [](const RejectedRecord &r) { return r.error.record; }),
             numberArray(rejects, [](const RejectedRecord &r) { return r.error.line; }),
             numberArray(rejects, [](const RejectedRecord &r) { return r.error.offset; }),
             arrayOf(rejects, [](const RejectedRecord &r) { return r.error.sqlState.toUtf8(); }),
             arrayOf(rejects, [](const RejectedRecord &r) { return r.error.message.toUtf8(); }),
             arrayOf(rejects, [](const RejectedRecord &r) -> QByteArray { return "\\x" + r.text.toHex(); }),
             numberArray(rejects, [](const RejectedRecord &r) { return r.textBytes; })});
    }
    if (!newFiles.empty()) {
        // Last, for checkBatch. Nothing was done for a path that has a row under another id only if
        // the plan missed it; these ranges would then belong to no file, and a rerun would load
        // them again.
        add("SELECT u.p FROM unnest($1::bigint[], $2::text[]) AS u(i, p) WHERE NOT EXISTS "
            "(SELECT FROM pgjsonload.files f WHERE f.file_id = u.i AND f.path = u.p) LIMIT 1",
            {newIds, arrayLiteral(newPaths)});
    }
    return statements.join("; ");
}

Error LoadJournal::checkBatch(const PgResult &last, const std::vector<NewFile> &newFiles)
{
    if (newFiles.empty() || last.rows() == 0)
        return {};
    return Error::make(tr("The load journal lists %1 for this table already, though it did not when "
                          "the load started: is another pgjsonload loading it?")
                           .arg(last.text(0, 0)));
}

Error LoadJournal::recordBatch(PgConnection &connection, const std::vector<BatchEntry> &entries,
                               const RejectedRecords &rejects, const std::vector<qint64> &rejectFileIds,
                               quint32 tableOid, const std::vector<NewFile> &newFiles)
{
    const QByteArray sql = batchStatements(connection, entries, rejects, rejectFileIds, tableOid, newFiles);
    if (sql.isEmpty())
        return {};
    const auto last = connection.exec(sql);
    if (!last)
        return last.error();
    return checkBatch(last.value(), newFiles);
}

Result<std::vector<LoadJournal::BatchEntry>>
LoadJournal::committedBatch(PgConnection &connection, const std::vector<BatchEntry> &entries)
{
    std::vector<BatchEntry> found;
    for (const BatchEntry &entry : entries) {
        const auto r = connection.exec(
            "SELECT rows, rejects FROM pgjsonload.batches WHERE file_id = $1 AND first_record = $2",
            {number(entry.fileId), number(entry.firstRecord)});
        if (!r)
            return r.error();
        if (r->rows() == 0)
            continue;
        BatchEntry e = entry;
        e.rows = r->toInt64(0, 0);
        e.rejects = r->toInt64(0, 1);
        found.push_back(e);
    }
    return found;
}

Error LoadJournal::flushCommits(PgConnection &connection)
{
    // A transaction with an xid writes a commit record; committing it synchronously flushes the WAL
    // up to there, so every batch committed before (asynchronously) is on disk too.
    for (const char *sql :
         {"BEGIN", "SELECT pg_current_xact_id()", "SET LOCAL synchronous_commit = on", "COMMIT"}) {
        if (Error e = execute(connection, sql)) {
            execute(connection, "ROLLBACK");
            return e;
        }
    }
    return {};
}

Error LoadJournal::forgetTable(PgConnection &connection, quint32 tableOid)
{
    const auto present = exists(connection);
    if (!present)
        return present.error();
    if (!present.value())
        return {};
    for (const char *sql : {"DELETE FROM pgjsonload.batches WHERE file_id IN (SELECT file_id FROM "
                            "pgjsonload.files WHERE target = $1::oid)",
                            "DELETE FROM pgjsonload.rejects WHERE file_id IN (SELECT file_id FROM "
                            "pgjsonload.files WHERE target = $1::oid)",
                            "DELETE FROM pgjsonload.files WHERE target = $1::oid"}) {
        if (Error e = execute(connection, sql, {number(tableOid)}))
            return e;
    }
    return {};
}

Result<QList<LoadJournal::StatusRow>> LoadJournal::status(PgConnection &connection,
                                                          const QString &quotedTable)
{
    QList<StatusRow> rows;
    const auto present = exists(connection);
    if (!present)
        return present.error();
    if (!present.value())
        return rows;
    const auto r = connection.exec(
        "SELECT path, target::text, complete, records, rows, rejects, batches, started_at, finished_at, "
        "records_committed FROM pgjsonload.file_status WHERE coalesce($1, '') = '' OR target = "
        "to_regclass($1) ORDER BY target::text, path",
        {quotedTable.toUtf8()});
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i) {
        StatusRow row;
        row.path = r->text(i, 0);
        row.table = r->text(i, 1);
        row.complete = r->bytes(i, 2) == "t";
        row.records = r->isNull(i, 3) ? -1 : r->toInt64(i, 3);
        row.rows = r->toInt64(i, 4);
        row.rejects = r->toInt64(i, 5);
        row.batches = r->toInt64(i, 6);
        row.startedAt = timestamp(r->text(i, 7));
        row.finishedAt = r->isNull(i, 8) ? QDateTime() : timestamp(r->text(i, 8));
        row.committed = r->toInt64(i, 9);
        rows.append(row);
    }
    return rows;
}

} // namespace pjl
