#include "cliapplication.h"

#include "loadjob.h"
#include "loadjournal.h"
#include "loadprofile.h"
#include "localserver.h"
#include "manpage.h"
#include "pgconnection.h"
#include "progressprinter.h"
#include "tablename.h"
#include "tablesetup.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_WIN
#include <io.h>
#define PJL_ISATTY _isatty
#define PJL_FILENO _fileno
#else
#include <unistd.h>
#define PJL_ISATTY isatty
#define PJL_FILENO fileno
#endif

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

volatile std::sig_atomic_t g_interrupts = 0;

void onSignal(int)
{
    g_interrupts = g_interrupts + 1;
    if (g_interrupts > 1)
        std::_Exit(130); // a second Ctrl-C: the user means it
}

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stream);
}

QCommandLineOption option(const QStringList &names, const QString &description, const QString &valueName = {})
{
    return QCommandLineOption(names, description, valueName);
}

} // namespace

int CliApplication::usage(const QString &message) const
{
    printLine(stderr, u"pgjsonload: "_s + message);
    printLine(stderr, tr("Try 'pgjsonload --help'."));
    return Usage;
}

int CliApplication::fatal(const QString &message) const
{
    printLine(stderr, tr("pgjsonload: error: %1").arg(message));
    return Fatal;
}

int CliApplication::fatal(const Error &error) const
{
    printLine(stderr, u"pgjsonload: error: "_s + error.message);
    if (!error.detail.isEmpty())
        printLine(stderr, error.detail);
    return Fatal;
}

QString CliApplication::helpText() const
{
    return tr("Usage: pgjsonload COMMAND [OPTIONS]\n"
              "Load JSON flat files (NDJSON, arrays, broken arrays, .gz) into a PostgreSQL jsonb column.\n"
              "\n"
              "Commands:\n"
              "  seed --dst_table T [--grant R] create table T (data jsonb NOT NULL) if it does not exist;\n"
              "                                 --grant: and let role R load into it (journal included)\n"
              "  load --src_file F --dst_table T [--chunk N] [--workers N] [--rejects FILE]\n"
              "                                 load files, directories or glob patterns into T;\n"
              "                                 run it again to resume: loaded files are skipped\n"
              "  status [--dst_table T]         what the load journal knows about loaded files\n"
              "  run PROFILE [--dsn DSN]        run a load profile saved by pgjsonload-gui (e.g. from cron)\n"
              "  local start|stop|status        the private sandbox PostgreSQL that --local uses\n"
              "\n"
              "Run 'pgjsonload COMMAND --help' for the options of a command.\n"
              "Connection: --dsn \"host=... dbname=...\" or postgresql://..., else the libpq environment\n"
              "(PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ~/.pgpass); --local for a private server\n"
              "made from this computer's PostgreSQL programs.\n"
              "Exit status: 0 all records loaded, 3 some rejected, 1 error, 2 usage error, 130 cancelled.\n");
}

QList<QCommandLineOption> CliApplication::connectionOptions() const
{
    return QList<QCommandLineOption>{
               option({u"dsn"_s}, tr("libpq connection string or URI (default: PG* environment)."), u"DSN"_s),
               option({u"local"_s}, tr("Use the local sandbox PostgreSQL instead of a server: created "
                                       "and started when needed, stopped afterwards.")),
           } +
           localServerOptions() +
           QList<QCommandLineOption>{
               option({u"keep-local"_s}, tr("Leave the local sandbox PostgreSQL running afterwards.")),
               option({u"log"_s}, tr("Log file (default: %1).").arg(Logger::defaultPath()), u"FILE"_s),
               option({u"quiet"_s, u"q"_s}, tr("Print only errors and the summary.")),
               option({u"verbose"_s, u"v"_s}, tr("Also print informational messages.")),
           };
}

QList<QCommandLineOption> CliApplication::localServerOptions() const
{
    return {
        option({u"local-dir"_s},
               tr("Folder of the local sandbox PostgreSQL (default: %1).")
                   .arg(QDir::toNativeSeparators(LocalServer::defaultDirectory())),
               u"DIR"_s),
        option({u"pg-bindir"_s},
               tr("Folder holding PostgreSQL's initdb and pg_ctl (default: found on this computer)."),
               u"DIR"_s),
    };
}

QList<CommandSpec> CliApplication::commands() const
{
    const QCommandLineOption table({u"dst_table"_s, u"dst-table"_s, u"table"_s},
                                   tr("Target table, e.g. analytics.events."), u"T"_s);
    CommandSpec seed{u"seed"_s,
                     u"seed --dst_table T [--grant ROLE] [OPTIONS]"_s,
                     tr("Create table T (data jsonb NOT NULL) if it does not exist."),
                     {},
                     {option({u"dst_table"_s, u"dst-table"_s, u"table"_s},
                             tr("Table to create, e.g. analytics.events."), u"T"_s),
                      option({u"grant"_s},
                             tr("Also create the load journal and grant ROLE what loading into T needs "
                                "(run as the owner; ROLE then needs no other privilege)."),
                             u"ROLE"_s)}};
    seed.options += connectionOptions();
    CommandSpec load{u"load"_s,
                     u"load --src_file F [--src_file F2 ...] --dst_table T [OPTIONS]"_s,
                     tr("Load JSON files into a jsonb column."),
                     {},
                     {option({u"src_file"_s, u"src-file"_s, u"f"_s},
                             tr("File, directory or glob pattern to load; repeat for more."), u"F"_s),
                      table}};
    load.options += loadOptionList() + connectionOptions();
    CommandSpec status{
        u"status"_s,
        u"status [--dst_table T] [OPTIONS]"_s,
        tr("List what the load journal knows: files, rows, rejects, complete or partial."),
        {},
        {option({u"dst_table"_s, u"dst-table"_s, u"table"_s}, tr("Only this table."), u"T"_s)}};
    status.options += connectionOptions();
    CommandSpec run{u"run"_s,
                    u"run PROFILE [OPTIONS]"_s,
                    tr("Run a load profile saved by pgjsonload-gui (or written by hand): its "
                       "files, tables, connection and options. --dsn replaces the profile's "
                       "connection; load options given here override the profile's."),
                    {{u"PROFILE"_s, tr("The profile file (JSON).")}},
                    loadOptionList() + connectionOptions()};
    CommandSpec local{
        u"local"_s,
        u"local start|stop|status [OPTIONS]"_s,
        tr("The local sandbox PostgreSQL: a private server made from this computer's PostgreSQL "
           "programs, which --local loads into.\n"
           "  start   create it (first time) and start it; it keeps running\n"
           "  stop    stop it\n"
           "  status  whether it runs, and how to connect to it (e.g. with psql)"),
        {{u"ACTION"_s, tr("start, stop or status")}},
        localServerOptions()};
    return {seed, load, status, run, local};
}

std::optional<int> CliApplication::parse(QCommandLineParser &parser, const QString &command,
                                         const QStringList &arguments) const
{
    configure(parser, command);
    if (!parser.parse(arguments.mid(1)))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return Success;
    }
    return std::nullopt;
}

void CliApplication::configure(QCommandLineParser &parser, const QString &name) const
{
    for (const CommandSpec &command : commands()) {
        if (command.name == name) {
            command.configure(parser);
            return;
        }
    }
    Q_ASSERT_X(false, "CliApplication::configure", "unknown command");
}

ConnectionSettings CliApplication::connectionFrom(const QCommandLineParser &parser)
{
    ConnectionSettings settings;
    settings.dsn = parser.value(u"dsn"_s);
    settings.local = parser.isSet(u"local"_s);
    settings.localDirectory = parser.value(u"local-dir"_s);
    settings.localBinDirectory = parser.value(u"pg-bindir"_s);
    m_keepLocal = parser.isSet(u"keep-local"_s);
    return settings;
}

QString CliApplication::connectionUsageError(const QCommandLineParser &parser) const
{
    if (parser.isSet(u"local"_s) && parser.isSet(u"dsn"_s))
        return tr("--local and --dsn exclude each other.");
    if (!parser.isSet(u"local"_s) &&
        (parser.isSet(u"local-dir"_s) || parser.isSet(u"pg-bindir"_s) || parser.isSet(u"keep-local"_s)))
        return tr("--local-dir, --pg-bindir and --keep-local go with --local.");
    return {};
}

Result<ConnectionSettings> CliApplication::resolveConnection(const ConnectionSettings &settings)
{
    if (settings.local && PJL_ISATTY(PJL_FILENO(stderr)) && !LocalServer(settings.localDirectory).isRunning())
        printLine(stderr, tr("Starting the local PostgreSQL…"));
    Result<ConnectionSettings> resolved = LocalServer::resolve(settings);
    if (resolved && settings.local)
        m_logger.write(LogMessage::info(
            tr("Local PostgreSQL running in %1.")
                .arg(QDir::toNativeSeparators(LocalServer(settings.localDirectory).directory()))));
    return resolved;
}

bool CliApplication::openLog(const QString &path)
{
    const QString file = path.isEmpty() ? Logger::defaultPath() : path;
    if (m_logger.open(file))
        return true;
    // A log that cannot be written must not stop a load, unless the user asked for that file.
    if (!path.isEmpty()) {
        fatal(tr("Cannot write the log file %1.").arg(path));
        return false;
    }
    return true;
}

int CliApplication::run(const QStringList &arguments)
{
    const int code = dispatch(arguments);
    // A sandbox this command started goes down with it, unless asked to stay (or `local start`).
    if (!m_keepLocal && LocalServer::anyStartedHere())
        LocalServer::stopStartedHere();
    return code;
}

int CliApplication::dispatch(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(tr("missing command (seed or load)."));
    const QString command = args.first();
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        std::fputs(helpText().toLocal8Bit().constData(), stdout);
        return Success;
    }
    if (command == u"--man"_s) {
        // The manual page, from the same definitions as --help (the build installs it as pgjsonload.1).
        std::fputs(ManPage::render(helpText(), commands(), QCoreApplication::applicationVersion())
                       .toUtf8()
                       .constData(),
                   stdout);
        return Success;
    }
    if (command == u"--version"_s || command == u"version"_s) {
        printLine(stdout, u"pgjsonload "_s + QCoreApplication::applicationVersion());
        return Success;
    }
    if (command == u"seed"_s)
        return seed(arguments);
    if (command == u"load"_s)
        return load(arguments);
    if (command == u"status"_s)
        return status(arguments);
    if (command == u"run"_s)
        return runProfile(arguments);
    if (command == u"local"_s)
        return localServer(arguments);
    return usage(tr("unknown command '%1'.").arg(command));
}

int CliApplication::seed(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> done = parse(parser, u"seed"_s, arguments))
        return *done;
    if (!parser.isSet(u"dst_table"_s))
        return usage(tr("seed needs --dst_table."));
    if (const QString error = connectionUsageError(parser); !error.isEmpty())
        return usage(error);
    if (!openLog(parser.value(u"log"_s)))
        return Fatal;
    auto table = TableName::parse(parser.value(u"dst_table"_s));
    if (!table)
        return fatal(table.error().message);

    const Result<ConnectionSettings> settings = resolveConnection(connectionFrom(parser));
    if (!settings)
        return fatal(settings.error());
    PgConnection connection;
    if (Error e = connection.open(settings.value()))
        return fatal(e.message);
    if (Error e = TableSetup::create(connection, table.value()))
        return fatal(tr("Cannot create table %1: %2").arg(table->display(), e.toString()));
    if (parser.isSet(u"grant"_s)) {
        const QString role = parser.value(u"grant"_s);
        if (Error e = TableSetup::grantLoad(connection, table.value(), role))
            return fatal(tr("Cannot grant %1 loading into %2: %3").arg(role, table->display(), e.toString()));
        if (Error e = LoadJournal::grantTo(connection, role))
            return fatal(e.toString());
        m_logger.write(LogMessage::info(tr("seed: role %1 may load into %2.").arg(role, table->display())));
    }
    m_logger.write(
        LogMessage::info(tr("seed: table %1 ready on %2.").arg(table->display(), connection.describe())));
    if (!parser.isSet(u"quiet"_s))
        printLine(stdout, tr("Table %1 is ready.").arg(table->display()));
    return Success;
}

QList<QCommandLineOption> CliApplication::loadOptionList() const
{
    return {
        option({u"chunk"_s}, tr("Rows per batch (default 10000)."), u"N"_s),
        option({u"commit-mb"_s},
               tr("Each worker sends its batches in one COPY and commits them together once they hold this "
                  "many MiB of records (default 256: the server spends ~30% less on one long COPY than on "
                  "one per batch); 0 commits every batch on its own."),
               u"N"_s),
        option({u"workers"_s, u"j"_s},
               tr("Parallel connections (default: one per core of the server where that can be read, else of "
                  "this computer)."),
               u"N"_s),
        option({u"rejects"_s}, tr("Write rejected records to this NDJSON file."), u"FILE"_s),
        option({u"recursive"_s, u"r"_s}, tr("Include subdirectories of directories.")),
        option({u"no-create"_s}, tr("Fail if the table does not exist instead of creating it.")),
        option({u"truncate"_s}, tr("Empty the table (and forget its journal entries) before loading.")),
        option({u"reload"_s}, tr("Load files again even though the journal says they were loaded "
                                 "(their earlier rows stay).")),
        option({u"no-journal"_s}, tr("Keep no journal in the database: no resume, no exactly-once.")),
        option({u"retry-seconds"_s},
               tr("How long to keep reconnecting to a server that went away "
                  "(default 60)."),
               u"S"_s),
        option({u"synchronous-commit"_s}, tr("Make every batch commit wait for the WAL flush (slower; by "
                                             "default only the commit that completes a file does).")),
        option({u"server-compression"_s},
               tr("Compress large records (over ~2 KB) the way the server's default_toast_compression "
                  "says (pglz unless set). By default they are compressed with lz4 where the server "
                  "has it and that setting was left at its default: half the server's work for such "
                  "records, a few % more disk.")),
        option({u"text-copy"_s},
               tr("Send rows in COPY's text format rather than its binary one, for a server or proxy that "
                  "takes no binary COPY (the loader escapes every backslash, tab and line break).")),
        option({u"max-record-mb"_s}, tr("Largest record accepted, in MiB (default 64)."), u"N"_s),
        option({u"raw"_s}, tr("Send every record as it was read.")),
        option({u"canonical"_s}, tr("Send every record to a jsonb column in jsonb's own form: the same value "
                                    "with each object's keys in jsonb's order and no whitespace (the server "
                                    "does less, the loader more). By default one-line records go as read, "
                                    "and records spread over several lines (pretty-printed) in that form to "
                                    "a server elsewhere, without their whitespace (keys as written) to one "
                                    "on this computer.")),
        option({u"validate-first"_s},
               tr("Validate every record before sending it. By default records for a jsonb column are "
                  "left to the server, which checks them anyway; only a batch it refuses is validated, "
                  "and every record after it. Choose this for files known to hold many bad records.")),
    };
}

QString CliApplication::loadOptionsFrom(const QCommandLineParser &parser, LoadOptions &options) const
{
    const auto number = [&](const QString &name, qint64 max, qint64 *out) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const qint64 v = parser.value(name).toLongLong(&ok);
        if (!ok || v < 1 || v > max)
            return false;
        *out = v;
        return true;
    };
    qint64 chunk = options.chunkRows;
    qint64 workers = options.effectiveWorkers();
    qint64 maxRecordMb = options.maxRecordBytes >> 20;
    qint64 retry = options.retrySeconds;
    if (!number(u"chunk"_s, LoadOptions::kMaxChunkRows, &chunk))
        return tr("--chunk needs a number of rows between 1 and %1.").arg(LoadOptions::kMaxChunkRows);
    if (!number(u"workers"_s, LoadOptions::kMaxWorkers, &workers))
        return tr("--workers needs a number between 1 and %1.").arg(LoadOptions::kMaxWorkers);
    if (!number(u"max-record-mb"_s, LoadOptions::kMaxRecordMb, &maxRecordMb))
        return tr("--max-record-mb needs a number between 1 and %1.").arg(LoadOptions::kMaxRecordMb);
    if (!number(u"retry-seconds"_s, LoadOptions::kMaxRetrySeconds, &retry))
        return tr("--retry-seconds needs a number of seconds between 1 and %1.")
            .arg(LoadOptions::kMaxRetrySeconds);
    if (parser.isSet(u"commit-mb"_s)) {
        bool ok = false;
        const qint64 mb = parser.value(u"commit-mb"_s).toLongLong(&ok);
        if (!ok || mb < 0 || mb > LoadOptions::kMaxCommitMb)
            return tr("--commit-mb needs a number of MiB between 0 and %1.").arg(LoadOptions::kMaxCommitMb);
        options.commitBytes = mb << 20;
    }
    options.chunkRows = int(chunk);
    if (parser.isSet(u"workers"_s))
        options.workers = int(workers);
    options.maxRecordBytes = maxRecordMb << 20;
    options.retrySeconds = int(retry);
    options.recursive = options.recursive || parser.isSet(u"recursive"_s);
    options.createTable = options.createTable && !parser.isSet(u"no-create"_s);
    options.truncateFirst = options.truncateFirst || parser.isSet(u"truncate"_s);
    options.reload = options.reload || parser.isSet(u"reload"_s);
    options.journal = options.journal && !parser.isSet(u"no-journal"_s);
    options.synchronousCommit = options.synchronousCommit || parser.isSet(u"synchronous-commit"_s);
    options.lz4Compression = options.lz4Compression && !parser.isSet(u"server-compression"_s);
    if (parser.isSet(u"text-copy"_s))
        options.copyFormat = CopyFormat::Text;
    options.validateFirst = options.validateFirst || parser.isSet(u"validate-first"_s);
    if (parser.isSet(u"raw"_s) && parser.isSet(u"canonical"_s))
        return tr("--raw and --canonical exclude each other.");
    if (parser.isSet(u"raw"_s))
        options.recordForm = RecordForm::AsRead;
    else if (parser.isSet(u"canonical"_s))
        options.recordForm = RecordForm::Canonical;
    if (parser.isSet(u"rejects"_s))
        options.rejectsPath = parser.value(u"rejects"_s);
    return {};
}

QString CliApplication::defaultRejectsPath(const QString &table)
{
    // Rejects are never only counted: without --rejects they go next to the log.
    const auto name = TableName::parse(table);
    QString stem = name ? name->name() : u"load"_s;
    stem.replace(QRegularExpression(u"[^A-Za-z0-9_.-]"_s), u"_"_s);
    return QFileInfo(Logger::defaultPath()).absolutePath() + u"/rejects/"_s +
           QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u'-' + stem + u".ndjson"_s;
}

int CliApplication::load(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> done = parse(parser, u"load"_s, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1' (files go after --src_file).")
                         .arg(parser.positionalArguments().first()));
    const QStringList sources = parser.values(u"src_file"_s);
    if (sources.isEmpty())
        return usage(tr("load needs at least one --src_file."));
    if (!parser.isSet(u"dst_table"_s))
        return usage(tr("load needs --dst_table."));
    if (const QString error = connectionUsageError(parser); !error.isEmpty())
        return usage(error);

    LoadPlan plan;
    plan.connection = connectionFrom(parser);
    const QString table = parser.value(u"dst_table"_s);
    for (const QString &source : sources)
        plan.sources.append({source, table});
    if (const QString error = loadOptionsFrom(parser, plan.options); !error.isEmpty())
        return usage(error);
    if (plan.options.rejectsPath.isEmpty())
        plan.options.rejectsPath = defaultRejectsPath(table);
    if (!openLog(parser.value(u"log"_s)))
        return Fatal;
    return runPlan(plan, parser.isSet(u"quiet"_s), parser.isSet(u"verbose"_s));
}

int CliApplication::status(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> done = parse(parser, u"status"_s, arguments))
        return *done;
    if (const QString error = connectionUsageError(parser); !error.isEmpty())
        return usage(error);
    QString quoted;
    if (parser.isSet(u"dst_table"_s)) {
        auto table = TableName::parse(parser.value(u"dst_table"_s));
        if (!table)
            return fatal(table.error().message);
        quoted = table->quoted();
    }
    const Result<ConnectionSettings> settings = resolveConnection(connectionFrom(parser));
    if (!settings)
        return fatal(settings.error());
    PgConnection connection;
    if (Error e = connection.open(settings.value()))
        return fatal(e.message);
    const auto rows = LoadJournal::status(connection, quoted);
    if (!rows)
        return fatal(rows.error().toString());
    if (rows->isEmpty()) {
        printLine(
            stdout,
            tr("The journal has no files%1.").arg(quoted.isEmpty() ? QString() : tr(" for %1").arg(quoted)));
        return Success;
    }
    printLine(stdout, tr("STATUS    ROWS        REJECTS  FINISHED             TABLE / FILE"));
    for (const LoadJournal::StatusRow &row : rows.value()) {
        printLine(
            stdout,
            u"%1 %2 %3 %4 %5  %6"_s.arg(row.complete ? tr("complete") : tr("partial"), -9)
                .arg(ProgressPrinter::formatCount(row.rows), 11)
                .arg(ProgressPrinter::formatCount(row.rejects), 8)
                .arg(row.finishedAt.isValid() ? row.finishedAt.toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s,
                     -19)
                .arg(row.table, row.path));
    }
    return Success;
}

int CliApplication::runProfile(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> done = parse(parser, u"run"_s, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("run needs exactly one profile file."));
    const QString path = parser.positionalArguments().first();
    auto profile = LoadProfile::load(path);
    if (!profile)
        return fatal(profile.error().message);
    if (const QString error = connectionUsageError(parser); !error.isEmpty())
        return usage(error);
    LoadPlan plan = profile->plan();
    if (parser.isSet(u"dsn"_s) || parser.isSet(u"local"_s))
        plan.connection = connectionFrom(parser);
    m_keepLocal = parser.isSet(u"keep-local"_s);
    if (const QString error = loadOptionsFrom(parser, plan.options); !error.isEmpty())
        return usage(error);
    if (plan.options.rejectsPath.isEmpty())
        plan.options.rejectsPath =
            defaultRejectsPath(plan.sources.isEmpty() ? QString() : plan.sources.first().table);
    if (!openLog(parser.value(u"log"_s)))
        return Fatal;
    m_logger.write(LogMessage::info(
        tr("run: profile %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))));
    return runPlan(plan, parser.isSet(u"quiet"_s), parser.isSet(u"verbose"_s));
}

int CliApplication::runPlan(LoadPlan plan, bool quiet, bool verbose)
{
    const Result<ConnectionSettings> settings = resolveConnection(plan.connection);
    if (!settings)
        return fatal(settings.error());
    plan.connection = settings.value();
    const bool interactive = !quiet && PJL_ISATTY(PJL_FILENO(stderr));
    ProgressPrinter printer(interactive, verbose);
    LoadJob job;
    job.setLogger(&m_logger);
    job.setFileProgress(false); // the printer shows totals only
    QObject::connect(&job, &LoadJob::progress, [&](const LoadProgress &p) { printer.onProgress(p); });
    QObject::connect(&job, &LoadJob::message, [&](const LogMessage &m) { printer.onMessage(m); });

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer signalPoll;
    signalPoll.setInterval(100);
    QObject::connect(&signalPoll, &QTimer::timeout, [&] {
        if (g_interrupts > 0)
            job.cancel();
    });
    signalPoll.start();

    QEventLoop loop;
    QObject::connect(&job, &LoadJob::finished, &loop, &QEventLoop::quit);
    job.start(plan);
    loop.exec();
    signalPoll.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    const LoadReport &report = job.report();
    printer.clearLine();
    const QString summary = printer.summary(report);
    m_logger.write(LogMessage::info(summary));
    if (!report.fatal.isNull())
        printLine(stderr, tr("pgjsonload: error: %1").arg(report.fatal.toString()));
    for (const FileReport &file : report.files) {
        if (file.state == FileState::Failed && !file.error.isEmpty())
            m_logger.write(LogMessage::error(file.error));
    }
    printLine(stdout, summary);
    if (report.rowsRejected > 0 && !report.rejectsPath.isEmpty())
        printLine(
            stderr,
            tr("pgjsonload: rejected records are in %1").arg(QDir::toNativeSeparators(report.rejectsPath)));
    if (report.cancelled)
        printLine(stderr,
                  tr("pgjsonload: cancelled; %1 rows were committed. Run the same command again to resume.")
                      .arg(report.rowsLoaded));
    m_logger.flush();
    return report.exitCode();
}

int CliApplication::localServer(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> done = parse(parser, u"local"_s, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 ||
        !QStringList{u"start"_s, u"stop"_s, u"status"_s}.contains(positional.first()))
        return usage(tr("local needs one of start, stop, status."));
    const QString action = positional.first();
    QString binaries = parser.value(u"pg-bindir"_s);
    if (binaries.isEmpty()) {
        const Result<QString> found = LocalServer::findBinaries();
        if (!found)
            return fatal(found.error());
        binaries = found.value();
    }
    LocalServer server(parser.value(u"local-dir"_s), binaries);
    const QString where = QDir::toNativeSeparators(server.directory());
    const auto printConnection = [](const ConnectionSettings &s) {
        printLine(stdout, u"host=%1 port=%2 user=%3 dbname=%4"_s.arg(s.host, s.port, s.user, s.database));
    };
    if (action == u"start"_s) {
        m_keepLocal = true;
        const Result<ConnectionSettings> settings = server.start();
        if (!settings)
            return fatal(settings.error());
        printConnection(settings.value());
        return Success;
    }
    if (action == u"stop"_s) {
        if (Error e = server.stop())
            return fatal(e);
        printLine(stderr, tr("The local PostgreSQL in %1 is stopped.").arg(where));
        return Success;
    }
    if (!server.exists()) {
        printLine(
            stderr,
            tr("There is no local PostgreSQL in %1 yet; 'pgjsonload local start' creates it.").arg(where));
        return Fatal;
    }
    if (!server.isRunning()) {
        printLine(stderr, tr("The local PostgreSQL in %1 is not running.").arg(where));
        return Fatal;
    }
    const Result<ConnectionSettings> settings = server.connectionSettings();
    if (!settings)
        return fatal(settings.error());
    printConnection(settings.value());
    return Success;
}

} // namespace pjl
