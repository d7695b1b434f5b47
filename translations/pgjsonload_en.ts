<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliApplication</name>
    <message>
        <source>Try &apos;pgjsonload --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq connection string or URI (default: PG* environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only errors and the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print informational messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the log file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command (seed or load).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create table T (data jsonb NOT NULL) if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table to create, e.g. analytics.events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed needs --dst_table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: table %1 ready on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write rejected records to this NDJSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include subdirectories of directories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail if the table does not exist instead of creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the table (and forget its journal entries) before loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load files again even though the journal says they were loaded (their earlier rows stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep no journal in the database: no resume, no exactly-once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to keep reconnecting to a server that went away (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every batch commit wait for the WAL flush (slower; by default only the commit that completes a file does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest record accepted, in MiB (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load JSON files into a jsonb column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File, directory or glob pattern to load; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target table, e.g. analytics.events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (files go after --src_file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load needs at least one --src_file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load needs --dst_table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what the load journal knows: files, rows, rejects, complete or partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no files%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS    ROWS        REJECTS  FINISHED             TABLE / FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a load profile saved by pgjsonload-gui (or written by hand): its files, tables, connection and options. --dsn replaces the profile&apos;s connection; load options given here override the profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run needs exactly one profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgjsonload: rejected records are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgjsonload: cancelled; %1 rows were committed. Run the same command again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgjsonload: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pgjsonload COMMAND [OPTIONS]
Load JSON flat files (NDJSON, arrays, broken arrays, .gz) into a PostgreSQL jsonb column.

Commands:
  seed --dst_table T [--grant R] create table T (data jsonb NOT NULL) if it does not exist;
                                 --grant: and let role R load into it (journal included)
  load --src_file F --dst_table T [--chunk N] [--workers N] [--rejects FILE]
                                 load files, directories or glob patterns into T;
                                 run it again to resume: loaded files are skipped
  status [--dst_table T]         what the load journal knows about loaded files
  run PROFILE [--dsn DSN]        run a load profile saved by pgjsonload-gui (e.g. from cron)
  local start|stop|status        the private sandbox PostgreSQL that --local uses

Run &apos;pgjsonload COMMAND --help&apos; for the options of a command.
Connection: --dsn &quot;host=... dbname=...&quot; or postgresql://..., else the libpq environment
(PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ~/.pgpass); --local for a private server
made from this computer&apos;s PostgreSQL programs.
Exit status: 0 all records loaded, 3 some rejected, 1 error, 2 usage error, 130 cancelled.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the local sandbox PostgreSQL instead of a server: created and started when needed, stopped afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the local sandbox PostgreSQL running afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the local sandbox PostgreSQL (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder holding PostgreSQL&apos;s initdb and pg_ctl (default: found on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--local and --dsn exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--local-dir, --pg-bindir and --keep-local go with --local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local PostgreSQL running in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create the load journal and grant ROLE what loading into T needs (run as the owner; ROLE then needs no other privilege).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot grant %1 loading into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: role %1 may load into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox PostgreSQL: a private server made from this computer&apos;s PostgreSQL programs, which --local loads into.
  start   create it (first time) and start it; it keeps running
  stop    stop it
  status  whether it runs, and how to connect to it (e.g. with psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start, stop or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local needs one of start, stop, status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local PostgreSQL in %1 is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local PostgreSQL in %1 yet; &apos;pgjsonload local start&apos; creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local PostgreSQL in %1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every record as it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--raw and --canonical exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel connections (default: one per core of the server where that can be read, else of this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate every record before sending it. By default records for a jsonb column are left to the server, which checks them anyway; only a batch it refuses is validated, and every record after it. Choose this for files known to hold many bad records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every record to a jsonb column in jsonb&apos;s own form: the same value with each object&apos;s keys in jsonb&apos;s order and no whitespace (the server does less, the loader more). By default one-line records go as read, and records spread over several lines (pretty-printed) in that form to a server elsewhere, without their whitespace (keys as written) to one on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress large records (over ~2 KB) the way the server&apos;s default_toast_compression says (pglz unless set). By default they are compressed with lz4 where the server has it and that setting was left at its default: half the server&apos;s work for such records, a few % more disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send rows in COPY&apos;s text format rather than its binary one, for a server or proxy that takes no binary COPY (the loader escapes every backslash, tab and line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chunk needs a number of rows between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workers needs a number between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-record-mb needs a number between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-seconds needs a number of seconds between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per batch (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker sends its batches in one COPY and commits them together once they hold this many MiB of records (default 256: the server spends ~30% less on one long COPY than on one per batch); 0 commits every batch on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--commit-mb needs a number of MiB between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionString</name>
    <message>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local PostgreSQL (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local PostgreSQL (sandbox in %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopySink</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodingCheck</name>
    <message>
        <source>%1 is %2 (it starts with a byte order mark); only UTF-8 is read: convert it, e.g. iconv -f %3 -t UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (without a byte order mark, recognised by its zero bytes); only UTF-8 is read: convert it, e.g. iconv -f %3 -t UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a zip archive, not JSON text: unpack it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is compressed with bzip2, xz or zstd; only gzip is read: decompress it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not JSON text: %2 of its first %3 bytes are control characters or invalid UTF-8 (binary data?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileExpander</name>
    <message>
        <source>No file matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read directory %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileFingerprint</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileStateText</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 M/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FramingText</name>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concatenated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclosed array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not detected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One record per line (NDJSON / JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records one after another: pretty-printed, or several per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON array of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON array without its closing ] (loaded all the same)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: the gzip stream ends before its end marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid gzip data near compressed byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up gzip decoding for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew while it was being read (from %2 to %3 bytes): is it still being written? Load it once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was truncated while it was being read (from %2 to %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt: its gzip data from compressed byte %2 on fails the integrity check (%3, near compressed byte %4), so none of the records from there on were loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the load started (from %2 to %3 bytes); it is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its gzip data from compressed byte %2 on ends before the end of its member, which therefore cannot be checked, so none of the records from there on were loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonValidator</name>
    <message>
        <source>invalid input syntax for type json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid byte sequence for encoding &quot;UTF8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid byte sequence for encoding &quot;UTF8&quot;: 0x00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadJournal</name>
    <message>
        <source>The load journal (schema pgjsonload) was made by another version of pgjsonload; expected journal version %1. Drop or rename the schema to start a new journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the load journal (schema pgjsonload): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load journal (schema pgjsonload) does not exist and role %1 may not create it. Have the database owner create it once and grant it to you: pgjsonload seed --dst_table TABLE --grant %1; or load with --no-journal (no resume, no exactly-once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 may not write the load journal (schema pgjsonload). Have its owner grant it: pgjsonload seed --dst_table TABLE --grant %1; or load with --no-journal (no resume, no exactly-once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot grant role %1 the load journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load journal lists %1 for this table already, though it did not when the load started: is another pgjsonload loading it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadProfile</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not valid JSON: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a pgjsonload profile: the file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a pgjsonload profile: &quot;version&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has format version %1, written by a newer pgjsonload; this version reads format %2 and older. Please update pgjsonload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;connection&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;files&quot; is missing: it lists the files, directories or glob patterns to load, each with its table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;path&quot; (or &quot;glob&quot;) and &quot;table&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs either &quot;path&quot; or &quot;glob&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &quot;table&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 is too large to be a pgjsonload profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;connection.local&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;options.record_form&quot; must be &quot;auto&quot;, &quot;canonical&quot; or &quot;raw&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;options.copy_format&quot; must be &quot;binary&quot; or &quot;text&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>%1 does not contain PostgreSQL&apos;s initdb and pg_ctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s server programs (initdb, pg_ctl) were not found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install PostgreSQL: on Debian or Ubuntu &quot;sudo apt install postgresql&quot;, on Fedora &quot;sudo dnf install postgresql-server&quot;, on macOS &quot;brew install postgresql&quot;, on Windows the installer from postgresql.org. If it is installed somewhere unusual, give the folder that holds initdb (--pg-bindir, or the PJL_PG_BINDIR environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>%1 did not finish within %n second.</numerusform>
            <numerusform>%1 did not finish within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the local PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL does not run as root and there is no user &quot;postgres&quot; to run it as: run pgjsonload as a normal user, or install PostgreSQL&apos;s package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot hand the folder %1 to the user &quot;postgres&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;postgres&quot; cannot reach %1 (a folder above it is private); choose another folder for the local PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the local PostgreSQL in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local PostgreSQL in %1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local PostgreSQL in %1 is still starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is starting the local PostgreSQL in %1; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the local PostgreSQL in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop the local PostgreSQL in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the local PostgreSQL&apos;s socket belongs to someone else; remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Out of memory while connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending COPY data failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending COPY failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection during COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgJsonRules</name>
    <message>
        <source>invalid input syntax for type json: Token &quot;%1&quot; is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value overflows numeric format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported Unicode escape sequence: \u0000 cannot be converted to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid input syntax for type json: Unicode low surrogate must follow a high surrogate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files, %2 records loaded, %3 rejected, %4 MB read in %5 s (%6 MB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 file already loaded before, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 files already loaded before, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 rows were loaded by earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1%] %2/%3 files, %4 rows, %5 rejected, %6 MB/s, %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFramer</name>
    <message>
        <source>the record is larger than %1 bytes (the maximum record size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends inside this record (truncated record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line ends inside a string (unterminated string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key outside an object (a record&apos;s opening brace is missing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mismatched &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectWriter</name>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejects file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumePlanner</name>
    <message>
        <source>Reloading %1 as asked; the rows it loaded before stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since it was loaded into %2 (size, time or content); not loaded again. Use --reload (the &quot;Load again&quot; option) to load it on top of the rows already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming %1: %2 records were committed by an earlier run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 files already loaded into %2 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since an earlier run, which loaded none of its records; loading it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew from %2 to %3 bytes since it was loaded, its first %2 bytes unchanged; loading what was appended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2, rejected because the file ended inside it, is read again from the grown file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SinkWorker</name>
    <message>
        <source>Lost the connection to the server (%1); reconnecting for up to %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected after %1 s; resending the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stayed unreachable for %1 s (%2). Committed batches are safe: run the same load again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted commit had gone through; nothing is resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading into %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while a batch was committing, and without the journal there is no knowing whether it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a batch for %1 (%2): its records were checked here, and the good ones are sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 From now on every record is checked before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records of %2 that waited, uncommitted, for the check at the end of its gzip member were lost with the connection; they are read again once the other records are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a record for %1 (%2): the %3 records sent with it in one COPY are read again once the other records are in, and every batch commits on its own from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records sent to %2 in a transaction not yet committed were lost with the connection; they are read again once the other records are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cancelled a COPY to %1 that spanned several batches (%2: a statement_timeout?): its %3 records are read again once the other records are in, and every batch commits on its own from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableName</name>
    <message>
        <source>The table name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table name cannot contain a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated quoted identifier in table name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-length quoted identifier in table name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table name %1 has an empty part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid table name %1: %2 must start with a letter or underscore (quote it, as in &quot;%3&quot;, to use it literally).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid table name %1: %2 may contain only letters, digits, _ and $ (quote it, as in &quot;%3&quot;, to use it literally).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier %1 is longer than %2 bytes, the most PostgreSQL keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 after a quoted identifier in table name %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table name %1 ends with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table name %1 has more than two parts; use schema.table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSetup</name>
    <message>
        <source>Table %1 does not exist; create it first (pgjsonload seed) or allow creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 has a NOT NULL column %2 without a default; pgjsonload fills only the column data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 has no column named data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column data of table %1 has type %2; pgjsonload loads into jsonb, json or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1 does not exist; create it first (CREATE SCHEMA %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for schema %1: role %2 may not use it. Its owner can grant it: GRANT USAGE ON SCHEMA %1 TO %2;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 does not exist and role %2 may not create tables in schema %3. Have the schema&apos;s owner create it (pgjsonload seed --dst_table %1 --grant %2) or grant: GRANT CREATE ON SCHEMA %3 TO %2;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for table %1: role %2 may not insert into it. Its owner can grant it: GRANT INSERT ON %1 TO %2;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerCount</name>
    <message>
        <source>one per CPU core: the server runs on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per CPU core of this computer: the server&apos;s cores could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>one per core of the server (%n core(s))</source>
        <translation>
            <numerusform>one per core of the server (%n core)</numerusform>
            <numerusform>one per core of the server (%n cores)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pjl::AdvancedOptionsDialog</name>
    <message>
        <source>Wait for the WAL &amp;flush at every batch commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress large records with &amp;lz4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced Load Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bigger record is rejected as too large instead of loaded. The loader holds a few batches in memory, and a record bigger than a batch is a batch of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is cut at this size even before it has its rows per batch, so that large records do not make large batches: the loader&apos;s memory is a few batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to keep reconnecting to a server that went away before the load stops. What was committed stays; loading again resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower. Otherwise a batch&apos;s commit does not wait for the server&apos;s write-ahead log to reach disk; the commit that marks a file complete does, and flushes all before it. A batch lost in a server crash loses its journal entry with it, so loading again loads it again: nothing is lost or doubled either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records over about 2 KB are compressed by the server when it stores them. lz4 takes about half the server&apos;s time of its default (pglz), for a few percent more disk. Only where the server has lz4 (PostgreSQL 14 and later) and nobody chose its default_toast_compression; off: the server&apos;s own setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary (fastest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (for servers or proxies without binary COPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How rows travel to the server. Text costs the loader more CPU; the server&apos;s work and the loaded values are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep re&amp;connecting for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;OPY format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmit every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection sends its batches in one COPY and commits them together once they hold this much: the server spends about a third less on one long COPY than on one per batch. What a crash or a lost connection catches uncommitted is loaded again (by this load or the next). 0: every batch commits on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::ConnectionDialog</name>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database  or  host=… dbname=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost or a socket directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.pgpass or the keychain, or asked when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never written to a pgjsonload file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable — never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow — encrypt if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer — encrypt if the server can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca — encrypt, check the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full — encrypt, check certificate and host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a URI or libpq connection string to fill in the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a recent connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: use ~/.pgpass, or type the password when asked (it is kept in memory until you quit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a password: type it in Password, or add it to ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local PostgreSQL (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local PostgreSQL (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it running when pgjsonload quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.postgresql/postgresql.crt, if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.postgresql/postgresql.key (readable by you only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private PostgreSQL server on this computer, made from its installed PostgreSQL programs the first time and started when needed. Only you can connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the Local PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder Holding initdb and pg_ctl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for PostgreSQL&apos;s programs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s programs are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::FileListModel</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded, with rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target table of %1 (double-click or F2 to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier load brought this file in completely (%1 rows); it was skipped. Choose Load All Again to load it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was loaded before and has changed since; it was not loaded again. Choose Load All Again to load the new content as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tables cannot change while a load is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows loaded by this run, %2 by earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::FileListView</name>
    <message>
        <source>Drop JSON files or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or use Add Files… and Add Folder…
NDJSON, JSON arrays (even without the closing ]) and .gz files; each file goes to the table named after it unless you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclosed array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded, with rejects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::FileScanner</name>
    <message>
        <source>%1 contains no JSON files (*.json, *.jsonl, *.ndjson, and .gz).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::JournalDialog</name>
    <message>
        <source>Only partly loaded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table name (schema.table) to show only the files loaded into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files whose load stopped part way: loading them again resumes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the load journal from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the load journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been loaded into %1 yet: the load journal is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load journal has no files for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::JournalModel</name>
    <message>
        <source>Every record of the file is in the table or among the rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the file is committed; loading it again into %1 resumes after the committed records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the file has not been committed yet, so its record count is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 complete, %2 partial; %3 rows loaded, %4 rejected</source>
        <translation>
            <numerusform>%n file: %1 complete, %2 partial; %3 rows loaded, %4 rejected</numerusform>
            <numerusform>%n files: %1 complete, %2 partial; %3 rows loaded, %4 rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pjl::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgjsonload will follow the system&apos;s language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgjsonload will be in %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::LoadController</name>
    <message numerus="yes">
        <source>Starting a load of %n file(s) into %1.</source>
        <translation>
            <numerusform>Starting a load of %n file into %1.</numerusform>
            <numerusform>Starting a load of %n files into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The load stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows were committed before it stopped and stay in the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows were loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1. %2 rows were committed and stay in the tables; the batches in flight were rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 rows from %n file(s) in %2 (%3).</source>
        <translation>
            <numerusform>Loaded %1 rows from %n file in %2 (%3).</numerusform>
            <numerusform>Loaded %1 rows from %n files in %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows were rejected; they are listed under Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read to the end; see the Status column.</source>
        <translation>
            <numerusform>%n file could not be read to the end; see the Status column.</numerusform>
            <numerusform>%n files could not be read to the end; see the Status column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pjl::LoadJob</name>
    <message>
        <source>Cancelling: batches being sent are rolled back; committed ones stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: batches under way finish, then loading waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to load: no JSON files (*.json, *.jsonl, *.ndjson, .gz) were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptied table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another pgjsonload is loading into %1; waiting for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptied table %1 and forgot its journal entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not confirm that the batches of %1 are on disk (the server went away); the next run checks it against the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workers (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 files with %2, %3 rows per batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty-printed records go without their whitespace: the server shares this computer&apos;s CPU with the loader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty-printed records go in jsonb&apos;s form (keys in its order, no whitespace): the server&apos;s CPU is spared what the loader can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost too often while records waited uncommitted. Committed batches are safe: run the same load again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading again for the records that were sent but not committed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::LoadLauncher</name>
    <message>
        <source>Load Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the list were already loaded in this session. Loading them again adds their rows a second time.</source>
        <translation>
            <numerusform>%n file of the list was already loaded in this session. Loading it again adds its rows a second time.</numerusform>
            <numerusform>%n files of the list were already loaded in this session. Loading them again adds their rows a second time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Only the &amp;Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;All Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete every row of %n table(s) before loading?

%1

This cannot be undone.</source>
        <translation>
            <numerusform>Delete every row of %n table before loading?

%1

This cannot be undone.</numerusform>
            <numerusform>Delete every row of %n tables before loading?

%1

This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Empty and Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load not started: cancelled while connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load not started: no password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the list were already loaded in this session. Loading only what is new skips them, except records appended to them since; loading them again adds their rows a second time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load Only What Is &amp;New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::LoadSettingsWidget</name>
    <message>
        <source>&amp;Empty tables first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include sub&amp;folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per batch. Each batch is one transaction: committed whole, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missing table is created as (data jsonb NOT NULL), or the load stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every row of the target tables before loading (you will be asked to confirm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders you add bring the JSON files of their subfolders too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per &amp;batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In jsonb&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel connections to the server; automatic uses one per core of the server where that can be read (it runs on this computer, or the role may read server files), else one per CPU core of this computer. The log says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vali&amp;date first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every record before sending it. Otherwise records for a jsonb column are left to the server, which checks them anyway, until it refuses a batch; from then on every record is checked here. Choose this for files known to hold many bad records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How records reach a jsonb column. In jsonb&apos;s form: the same value with each object&apos;s keys in jsonb&apos;s order and no whitespace, so the server does less and the loader more. Automatic: one-line records as read, pretty-printed ones in jsonb&apos;s form for a server elsewhere and without their whitespace (keys as written) for one on this computer. json and text columns always get records as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Advanced (%n changed)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Largest record, batch size in bytes, reconnecting, commits, compression and the COPY format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::LoadStatusWidget</name>
    <message>
        <source>No files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, ready to load.</source>
        <translation>
            <numerusform>%n file, %1, ready to load.</numerusform>
            <numerusform>%n files, %1, ready to load.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::LogPane</name>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this view (the log file keeps everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this session. (The log file %1 could not be opened.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this session, also written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::MainActions</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add JSON files to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the JSON files of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every file from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Target Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the selected files into one table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database to load into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the files into their tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the batches under way finish, then wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading: committed batches stay, batches in flight are rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved load profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save files, tables, connection (without password) and settings as a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Profile &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the setup as a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;run Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log &amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About pgjsonload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or open a profile to rerun it in one click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 again and load it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the load journal in the database knows: files loaded, complete or partial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::MainWindow</name>
    <message>
        <source>Load profiles (*.pgjl.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the profile %1. Run it from a terminal or cron with: pgjsonload run &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target table was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About pgjsonload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of the target tables will be deleted first; you will be asked to confirm when the load starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected Rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (click to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgjsonload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — pgjsonload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for JSON files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add JSON Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json *.jsonl *.ndjson *.json.gz *.jsonl.gz *.ndjson.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Folder of JSON Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s)</source>
        <translation>
            <numerusform>Added %n file</numerusform>
            <numerusform>Added %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the list)</source>
        <translation>
            <numerusform>(%n already in the list)</numerusform>
            <numerusform>(%n already in the list)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see the &lt;a href=&quot;#log&quot;&gt;log&lt;/a&gt;.</source>
        <translation>
            <numerusform>… and %n more; see the &lt;a href=&quot;#log&quot;&gt;log&lt;/a&gt;.</numerusform>
            <numerusform>… and %n more; see the &lt;a href=&quot;#log&quot;&gt;log&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Load the %n selected file(s) into table (schema.table or table):</source>
        <translation>
            <numerusform>Load the %n selected file into table (schema.table or table):</numerusform>
            <numerusform>Load the %n selected files into table (schema.table or table):</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1, so nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server and the &lt;a href=&quot;#connection&quot;&gt;connection settings&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add JSON files first: drop them on the window, or use Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Load Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened the profile %1: %n file(s).</source>
        <translation>
            <numerusform>Opened the profile %1: %n file.</numerusform>
            <numerusform>Opened the profile %1: %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some entries of the profile could not be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Load Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit While Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load is running. Cancel it and quit?

Batches already committed stay in the tables; the batches in flight are rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Load and &amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;pgjsonload %1&lt;/h3&gt;&lt;p&gt;Loads JSON flat files (NDJSON, JSON arrays, arrays without their closing bracket, gzip) into a PostgreSQL &lt;code&gt;jsonb&lt;/code&gt; column, in parallel.&lt;/p&gt;&lt;p&gt;Every batch is one transaction: a cancelled or failed load leaves whole batches only, and a rerun skips what is loaded. Saved profiles run unattended with &lt;code&gt;pgjsonload run PROFILE&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the password for &lt;b&gt;%1&lt;/b&gt;. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server &lt;b&gt;%1&lt;/b&gt; asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s keychain, never in a pgjsonload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise it is kept in memory until you quit. A ~/.pgpass entry also works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::PasswordStore</name>
    <message>
        <source>No system keychain is available; the password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::RejectDialog</name>
    <message>
        <source>Rejected record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, byte offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (SQLSTATE %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; reading the whole record from the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. The rest could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is shorter than it was during the load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::RejectsModel</name>
    <message>
        <source>Double-click to see the whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pjl::RejectsPanel</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rejected rows shown to an NDJSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rejected row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n rejected row to %1.</numerusform>
            <numerusform>Exported %n rejected rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected rows; the first %2 are listed, the load&apos;s rejects file has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rejected rows shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s). Double-click one to see the whole record.</source>
        <translation>
            <numerusform>%n rejected row. Double-click one to see the whole record.</numerusform>
            <numerusform>%n rejected rows. Double-click one to see the whole record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDJSON files (*.ndjson *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
