#pragma once

#include "connectionsettings.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace pjl {

// One entry of a plan: a file, a directory (its JSON files) or a glob, and where it goes.
struct LoadSource
{
    QString path;
    QString table;

    friend bool operator==(const LoadSource &, const LoadSource &) = default;
};

// How records reach a jsonb column; json and text columns always get them as read (they keep the
// text). Every form is the same jsonb value and keeps the server's verdict, so a rewritten record
// may be left to the server's check like any other. The compact form (JsonCompactor) drops the
// whitespace between tokens; the canonical form (JsonbCanonicalizer) also puts every object's keys
// in jsonb's order, so the server sorts nothing. Measured on the pretty-printed GitHub events
// (bench/RESULTS.md, 2026-11-27 07:20): the same load time either way; the canonical form spares
// the server ~5% of its CPU, compacting costs the loader half as much (~0.6 ms of CPU per MB, not
// ~1). For one-line records neither pays (2% of server CPU for 40% more loader CPU).
enum class RecordForm
{
    Auto,      // a record spread over lines (pretty-printed) compact when the server runs on this
               // computer, canonical when it runs elsewhere; one-line records as read
    Canonical, // always canonical (--canonical)
    AsRead,    // never rewritten (--raw)
};

// How rows travel in COPY. Binary: each record's bytes as read behind a 7-byte row header, never
// escaped (the default; jsonb's binary input is its text behind a version byte). Text: PostgreSQL's
// text COPY format, for servers or proxies that take no binary COPY; every backslash, tab and line
// break in a record is escaped on the way (bench/RESULTS.md, 2026-11-27 13:33, measures both).
enum class CopyFormat
{
    Binary,
    Text,
};

struct LoadOptions
{
    // The limits the CLI, profiles and the window accept.
    static constexpr int kMaxChunkRows = 10'000'000;
    static constexpr int kMaxWorkers = 256;
    static constexpr int kMaxRecordMb = 1024;
    static constexpr int kMaxChunkMb = 4096;
    static constexpr int kMaxRetrySeconds = 86400;

    static constexpr int kMaxCommitMb = 65536;

    int chunkRows = 10000;          // rows per batch
    qint64 chunkBytes = 16LL << 20; // and cut once it holds this many bytes (a bigger record is a
                                    // batch of its own): the loader's memory is a few batches
    // A worker sends its batches in one COPY and commits them together once they hold this many
    // bytes of records (or the input ends, or a batch cannot join: another table, a small file's
    // first batch, records waiting for a gzip check); 0: every batch in its own transaction.
    qint64 commitBytes = 256LL << 20;
    int workers = 0;            // 0: automatic (WorkerCount)
    bool createTable = true;    // create a missing table (data jsonb NOT NULL)
    bool truncateFirst = false; // empty each target table before loading
    bool recursive = false;     // directories: include subdirectories
    qint64 maxRecordBytes = 64LL << 20;
    QString rejectsPath;            // NDJSON file of rejects; empty: none
    int rejectTextBytes = 64 << 10; // how much of a rejected record's text is kept
    bool journal = true;            // exactly-once bookkeeping in the target database (schema pgjsonload)
    bool reload = false;            // load files again even though the journal has them
    int retrySeconds = 60;          // how long to keep reconnecting after the server went away
    bool synchronousCommit = false; // off: batch commits do not wait for the WAL flush; the commit
                                    // that marks a file complete does, and flushes all before it
    // Large records (over ~2 KB, which the server compresses when it stores them) compressed with
    // lz4 rather than pglz, where the server has lz4 (PostgreSQL 14+) and its
    // default_toast_compression was left at its built-in default; a column set to a method keeps
    // it. Off: the server's setting. Measured on ~20 KB records: half the load time and half the
    // server's CPU, 3% more disk (bench/RESULTS.md, 2026-11-27 12:44).
    bool lz4Compression = true;
    RecordForm recordForm = RecordForm::Auto;
    CopyFormat copyFormat = CopyFormat::Binary;
    bool validateFirst = false; // off: records sent as read to a jsonb column go unchecked (the
                                // server's check is the same) and a batch the server refuses is
                                // validated then; on: every record is validated before it is sent

    int effectiveWorkers() const;

    friend bool operator==(const LoadOptions &, const LoadOptions &) = default;
};

struct LoadPlan
{
    ConnectionSettings connection;
    QList<LoadSource> sources;
    LoadOptions options;

    friend bool operator==(const LoadPlan &, const LoadPlan &) = default;
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::LoadPlan)
