#pragma once

#include "filefingerprint.h"
#include "pgconnection.h"
#include "rejectedrecord.h"

#include <QCoreApplication>
#include <QDateTime>

#include <map>
#include <vector>

namespace pjl {

// The load journal, kept in the target database (schema pgjsonload) so that it commits with the
// rows it describes:
//   files   - one row per (path, target table) and its fingerprint
//   batches - one row per committed record range of a file, inserted in the batch's transaction;
//             the range that ends a file also holds the file's record count
//   rejects - every rejected record, also inserted in its batch's transaction
//   file_status (a view) - per file: records committed, rows, rejects, complete or not
// A rerun reads it to skip complete files and the committed ranges of partial ones; the primary
// key on (file, first record) makes a range impossible to commit twice.
class LoadJournal final
{
    Q_DECLARE_TR_FUNCTIONS(LoadJournal)

public:
    using Range = std::pair<qint64, qint64>; // first and last record ordinal, inclusive

    struct FileRow
    {
        qint64 id = 0;
        QString path;
        FileFingerprint fingerprint;
        bool complete = false;
        qint64 records = -1;
        QDateTime finishedAt;
    };

    struct Progress // what a partly loaded file already has
    {
        std::vector<Range> ranges; // sorted
        qint64 rows = 0;
        qint64 rejects = 0;
    };

    struct BatchEntry
    {
        qint64 fileId;
        qint64 firstRecord;
        qint64 lastRecord;
        qint64 firstOffset;
        qint64 endOffset;
        qint64 rows;
        qint64 rejects;
        qint64 fileRecords = -1; // on the range that ends the file: its record count
    };

    struct StatusRow
    {
        QString path;
        QString table;
        bool complete = false;
        qint64 records = -1;  // the file's record count, once the range that ends it is committed
        qint64 committed = 0; // records whose fate is committed: loaded or rejected
        qint64 rows = 0;
        qint64 rejects = 0;
        qint64 batches = 0;
        QDateTime startedAt;
        QDateTime finishedAt;
    };

    // Creates the journal if it is missing; an error that says what to grant when this role may
    // neither create it nor write it.
    static Error ensureSchema(PgConnection &connection);
    // Creates the journal if needed and grants role what loading needs on it (run as its owner).
    static Error grantTo(PgConnection &connection, const QString &role);
    static Result<bool> exists(PgConnection &connection);

    // Waits (checking stop) until no other pgjsonload loads into this table and no batch of an
    // earlier one is still open on the server; the lock lasts as long as the connection.
    static Error lockTarget(PgConnection &connection, quint32 tableOid, const std::atomic_bool &stop,
                            const std::function<void()> &onWait);
    // Opens a batch's transaction on this table, so that lockTarget can wait for it.
    static QByteArray beginBatch(quint32 tableOid);

    static Result<std::map<QString, FileRow>> lookup(PgConnection &connection, quint32 tableOid,
                                                     const QStringList &paths);
    // Creates the rows of new files and restarts the given ones (their batches and rejects go).
    static Result<std::map<QString, qint64>> start(PgConnection &connection, quint32 tableOid,
                                                   const QList<std::pair<QString, FileFingerprint>> &files,
                                                   const std::vector<qint64> &restart);
    // The furthest record of a file that a batch committed: its ordinal, where it ends, and, when
    // it was rejected, where it starts (else -1). ordinal 0: none.
    struct LastCommitted
    {
        qint64 ordinal = 0;
        qint64 endOffset = 0;
        qint64 rejectOffset = -1;
    };
    static Result<LastCommitted> lastCommitted(PgConnection &connection, qint64 fileId);
    // A file that grew by appending: its row takes the new fingerprint, and its range that ended
    // the file no longer does (its records are to be counted again), in one transaction. With
    // reopen (a LastCommitted reject that the old end cut short), that reject is undone: its record
    // is framed again from the grown file.
    static Error grow(PgConnection &connection, qint64 fileId, const FileFingerprint &now,
                      const LastCommitted &reopen);
    // File ids for files whose row is inserted by their first committed batch (recordBatch).
    static Result<std::vector<qint64>> reserveFileIds(PgConnection &connection, qsizetype count);
    static Result<std::map<qint64, Progress>> progress(PgConnection &connection,
                                                       const std::vector<qint64> &fileIds);
    static Result<std::map<qint64, RejectedRecords>> rejects(PgConnection &connection,
                                                             const std::vector<qint64> &fileIds);

    // A small file new to the journal, fingerprinted by the reader: its row commits with the first
    // batch of its records to commit (every batch of it carries it), so the journal never holds a
    // file without its fingerprint or a fingerprint of bytes that were not loaded.
    struct NewFile
    {
        qint64 id = 0; // from reserveFileIds
        QString path;
        FileFingerprint fingerprint;
    };

    // The statements that journal a batch, values written in (the simple protocol's way, so that
    // they can travel in one message with the batch's COPY); checkBatch judges their last result.
    static QByteArray batchStatements(PgConnection &connection, const std::vector<BatchEntry> &entries,
                                      const RejectedRecords &rejects,
                                      const std::vector<qint64> &rejectFileIds, quint32 tableOid,
                                      const std::vector<NewFile> &newFiles);
    static Error checkBatch(const PgResult &last, const std::vector<NewFile> &newFiles);
    // Both at once, inside a batch's transaction.
    static Error recordBatch(PgConnection &connection, const std::vector<BatchEntry> &entries,
                             const RejectedRecords &rejects, const std::vector<qint64> &rejectFileIds,
                             quint32 tableOid = 0, const std::vector<NewFile> &newFiles = {});
    // After a connection died during COMMIT: did this batch commit? Its ranges' counts if so.
    static Result<std::vector<BatchEntry>> committedBatch(PgConnection &connection,
                                                          const std::vector<BatchEntry> &entries);

    // One synchronous commit: everything committed before it is durable. Run before a file is
    // reported loaded, since batches commit with synchronous_commit = off.
    static Error flushCommits(PgConnection &connection);
    static Error forgetTable(PgConnection &connection, quint32 tableOid);
    static Result<QList<StatusRow>> status(PgConnection &connection, const QString &quotedTable);
};

} // namespace pjl
