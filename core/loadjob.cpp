#include "loadjob.h"

#include "batchproducer.h"
#include "batchqueue.h"
#include "fileexpander.h"
#include "loadjournal.h"
#include "loadstate.h"
#include "pgconnection.h"
#include "resumeplanner.h"
#include "sinkworker.h"
#include "tablesetup.h"
#include "workercount.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {
constexpr int kProgressIntervalMs = 100; // at most ten snapshots a second
constexpr qint64 kRateWindowMs = 3000;
constexpr int kCancelGraceMs = 2000; // then interrupt statements still running
} // namespace

LoadJob::LoadJob(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kProgressIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LoadJob::tick);
    m_cancelTimer.setSingleShot(true);
    m_cancelTimer.setInterval(kCancelGraceMs);
    connect(&m_cancelTimer, &QTimer::timeout, this, [this] {
        if (m_state)
            m_state->cancelConnections();
    });
}

LoadJob::~LoadJob()
{
    if (m_state)
        m_state->requestStop(true);
    if (m_pool) {
        m_pool->waitForDone();
    }
}

bool LoadJob::start(const LoadPlan &plan)
{
    if (m_running)
        return false;
    if (m_pool)
        m_pool->waitForDone();
    m_running = true;
    m_report = {};
    m_files.clear();
    m_state.reset();
    m_samples.clear();
    m_seenVersions.clear();
    m_pausedMs = 0;
    m_pauseClock.invalidate();
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setMaxThreadCount(plan.options.effectiveWorkers() + 2);
    m_pool->setExpiryTimeout(-1);
    // The coordinator reports back through queued calls; its future is not needed.
    (void)QtConcurrent::run(m_pool.get(), [this, plan] { coordinate(plan); });
    m_timer.start();
    return true;
}

bool LoadJob::isPaused() const
{
    return m_state && m_state->paused;
}

void LoadJob::cancel()
{
    if (!m_running || !m_state)
        return;
    if (m_state->cancelled)
        return;
    m_state->log(
        LogMessage::warning(tr("Cancelling: batches being sent are rolled back; committed ones stay.")));
    resume();
    m_state->requestStop(true);
    m_cancelTimer.start();
}

void LoadJob::pause()
{
    if (!m_state || m_state->paused || m_state->stop)
        return;
    m_state->setPaused(true);
    m_pauseClock.start();
    m_state->log(LogMessage::info(tr("Paused: batches under way finish, then loading waits.")));
}

void LoadJob::resume()
{
    if (!m_state || !m_state->paused)
        return;
    m_state->setPaused(false);
    if (m_pauseClock.isValid())
        m_pausedMs += m_pauseClock.elapsed();
    m_pauseClock.invalidate();
    m_state->log(LogMessage::info(tr("Resumed.")));
}

void LoadJob::coordinate(LoadPlan plan)
{
    const bool autoWorkers = plan.options.workers <= 0;
    m_synchronousCommit = plan.options.synchronousCommit;
    const auto finish = [this](const Error &setupError) {
        QMetaObject::invokeMethod(
            this,
            [this, setupError] {
                if (!setupError.isNull()) {
                    m_report.fatal = setupError;
                    if (m_logger)
                        m_logger->write(LogMessage::error(setupError.toString()));
                    Q_EMIT message(LogMessage::error(setupError.toString()));
                }
                onCoordinatorDone();
            },
            Qt::QueuedConnection);
    };

    auto files = FileExpander::expand(plan.sources, plan.options.recursive);
    if (!files)
        return finish(files.error());
    if (files->isEmpty())
        return finish(
            Error::make(tr("Nothing to load: no JSON files (*.json, *.jsonl, *.ndjson, .gz) were found.")));

    std::vector<LoadState::Table> tables;
    for (const FileEntry &file : std::as_const(files.value())) {
        if (std::any_of(tables.begin(), tables.end(), [&](const auto &t) { return t.display == file.table; }))
            continue;
        auto name = TableName::parse(file.table);
        if (!name)
            return finish(name.error());
        tables.push_back({name.value(), file.table, ColumnKind::Jsonb,
                          TableSetup::copyStatement(name.value(), plan.options.copyFormat)});
    }

    auto state = std::make_shared<LoadState>(files.value(), std::move(tables), m_logger);
    state->rejectTextBytes = plan.options.rejectTextBytes;
    if (!plan.options.rejectsPath.isEmpty()) {
        if (Error e = state->openRejects(plan.options.rejectsPath))
            return finish(e);
    }
    QMetaObject::invokeMethod(
        this, [this, files = files.value(), state] { onFilesResolved(files, state); }, Qt::QueuedConnection);

    // One connection for the preparation and, during the load, for the journal's file marks and
    // the per-table locks (they live as long as it does).
    PgConnection setup;
    if (Error e = setup.open(plan.connection)) {
        state->fail(e);
        return finish({});
    }
    state->journal = plan.options.journal;
    state->log(LogMessage::info(tr("Connected to %1 (%2).").arg(setup.describe(), setup.serverVersion())));
    // The user left the worker count to us: ask the server (WorkerCount).
    QString workersReason;
    bool serverIsLocal = false;
    if (autoWorkers) {
        const WorkerCount count = WorkerCount::choose(setup, plan.options.effectiveWorkers());
        plan.options.workers = count.workers;
        workersReason = count.reason();
        serverIsLocal = count.serverIsLocal;
        m_pool->setMaxThreadCount(count.workers + 2); // the producer, the workers and this thread
    } else if (plan.options.recordForm == RecordForm::Auto) {
        serverIsLocal = WorkerCount::isServerLocal(setup);
    }
    // Pretty-printed records: on a server that shares this computer's cores, the loader's CPU is
    // the server's, and compacting costs it half what the canonical form does for the same load
    // time; a server elsewhere is the one short of CPU, and sorting the keys spares it ~5% more
    // (bench/RESULTS.md, 2026-11-27 07:20).
    const auto pretty =
        serverIsLocal ? BatchProducer::PrettyForm::Compact : BatchProducer::PrettyForm::Canonical;
    if (plan.options.recordForm == RecordForm::Auto) {
        state->log(LogMessage::info(
            serverIsLocal
                ? tr("Pretty-printed records go without their whitespace: the server shares this "
                     "computer's CPU with the loader.")
                : tr("Pretty-printed records go in jsonb's form (keys in its order, no whitespace): "
                     "the server's CPU is spared what the loader can do.")));
    }
    if (Error e = prepareTables(setup, *state, plan.options)) {
        state->fail(e);
        return finish({});
    }
    if (state->stop)
        return finish({});

    const int workers = plan.options.workers;
    const QString howMany =
        autoWorkers ? tr("%1 workers (%2)").arg(workers).arg(workersReason) : tr("%1 workers").arg(workers);
    state->log(LogMessage::info(tr("Loading %1 files with %2, %3 rows per batch.")
                                    .arg(files->size())
                                    .arg(howMany)
                                    .arg(plan.options.chunkRows)));
    // The queue's byte bound is the loader's memory bound: up to two batches per worker, and no
    // more than 32 MB of them unless one batch is bigger. Big batches (wide or huge records) then
    // queue one at a time, which loads as fast and takes 25-30 MB less (bench/RESULTS.md 13:35).
    // A batch holds up to chunkBytes and one record more (RecordBatch::reset gives it room).
    const qint64 chunkBytes = plan.options.chunkBytes;
    std::vector<int> completed;
    // One round reads every file; another one is needed only when a transaction left open lost
    // its records (held for a gzip check, or streamed: SinkWorker) with a lost connection or a
    // refused row, and reads them again.
    std::vector<int> only;
    for (int round = 0; round == 0 || (!only.empty() && !state->stop); ++round) {
        if (round > 0) {
            // Each round follows a connection lost and found again; a server that keeps doing
            // that gets a rerun's worth of patience, not an endless one.
            if (round > 10) {
                state->fail(Error::make(tr("The connection to the server was lost too often while records "
                                           "waited uncommitted. Committed batches are safe: run the same "
                                           "load again to resume.")));
                break;
            }
            QStringList paths;
            for (int index : only)
                paths.append(state->files[size_t(index)]->entry.path);
            state->log(
                LogMessage::info(tr("Reading again for the records that were sent but not committed: %1.")
                                     .arg(paths.join(u", "_s))));
        }
        BatchQueue queue(2 * workers, std::max<qint64>(32LL << 20, chunkBytes), chunkBytes + chunkBytes / 4);
        state->setQueue(&queue);
        BatchProducer producer(*state, queue, plan.options, pretty, only);
        std::vector<std::unique_ptr<SinkWorker>> sinks;
        QList<QFuture<void>> futures;
        futures.append(QtConcurrent::run(m_pool.get(), [&producer] { producer.run(); }));
        for (int i = 0; i < workers; ++i) {
            sinks.push_back(std::make_unique<SinkWorker>(*state, queue, plan.connection, plan.options));
            futures.append(QtConcurrent::run(m_pool.get(), [sink = sinks.back().get()] { sink->run(); }));
        }
        const auto running = [&futures] {
            return std::any_of(futures.begin(), futures.end(),
                               [](const QFuture<void> &f) { return !f.isFinished(); });
        };
        while (running()) {
            QThread::msleep(50);
            markCompleted(setup, *state, plan.connection, completed);
        }
        state->setQueue(nullptr);
        only = state->takeFilesToReread();
    }
    // A server restart may have interrupted the marks: keep trying for as long as workers would.
    QElapsedTimer retrying;
    retrying.start();
    while (!markCompleted(setup, *state, plan.connection, completed) && !state->stop &&
           retrying.elapsed() < qint64(plan.options.retrySeconds) * 1000)
        QThread::msleep(500);
    for (int index : completed)
        state->log(
            LogMessage::warning(tr("Could not confirm that the batches of %1 are on disk (the server went "
                                   "away); the next run checks it against the journal.")
                                    .arg(state->files[size_t(index)]->entry.path)));
    finish({});
}

Error LoadJob::prepareTables(PgConnection &setup, LoadState &state, const LoadOptions &options)
{
    if (options.journal) {
        if (Error e = LoadJournal::ensureSchema(setup))
            return e;
    }
    for (size_t t = 0; t < state.tables.size(); ++t) {
        LoadState::Table &table = state.tables[t];
        const bool truncateHere = options.truncateFirst && !options.journal;
        auto kind = TableSetup::prepare(setup, table.name, options.createTable, truncateHere);
        if (!kind) {
            Error e = kind.error();
            e.message = tr("Table %1: %2").arg(table.display, e.message);
            return e;
        }
        table.kind = kind.value();
        if (!options.journal) {
            if (truncateHere)
                state.log(LogMessage::info(tr("Emptied table %1.").arg(table.display)));
            continue;
        }
        const auto oid = setup.exec("SELECT to_regclass($1)::oid", {table.name.quoted().toUtf8()});
        if (!oid)
            return oid.error();
        const quint32 tableOid = quint32(oid->toInt64(0, 0));
        if (Error e = LoadJournal::lockTarget(setup, tableOid, state.stop, [&] {
                state.log(
                    LogMessage::warning(tr("Another pgjsonload is loading into %1; waiting for it to finish.")
                                            .arg(table.display)));
            }))
            return e;
        table.beginStatement = LoadJournal::beginBatch(tableOid);
        table.oid = tableOid;
        if (options.truncateFirst) {
            // The table and its journal entries go together, or a rerun would skip the files.
            Error e;
            if (const auto r = setup.exec("BEGIN; TRUNCATE " + table.name.quoted().toUtf8()); !r)
                e = r.error();
            if (e.isNull())
                e = LoadJournal::forgetTable(setup, tableOid);
            if (const auto r = setup.exec(e.isNull() ? "COMMIT" : "ROLLBACK"); !r && e.isNull())
                e = r.error();
            if (!e.isNull())
                return e;
            state.log(
                LogMessage::info(tr("Emptied table %1 and forgot its journal entries.").arg(table.display)));
        }
        if (Error e = ResumePlanner::plan(setup, state, int(t), tableOid, options))
            return e;
    }
    return {};
}

bool LoadJob::markCompleted(PgConnection &setup, LoadState &state, const ConnectionSettings &settings,
                            std::vector<int> &pending)
{
    const std::vector<int> fresh = state.takeCompletedFiles();
    pending.insert(pending.end(), fresh.begin(), fresh.end());
    if (pending.empty())
        return true;
    if (!m_synchronousCommit) {
        // Batches commit asynchronously; one synchronous commit makes all of them durable before
        // any of their files is reported loaded. Thousands of small files cost a few flushes.
        if (setup.isBroken() && !setup.open(settings).isNull())
            return false;
        if (Error e = LoadJournal::flushCommits(setup))
            return false;
    }
    for (int index : pending)
        state.markLoaded(*state.files[size_t(index)]);
    pending.clear();
    return true;
}

void LoadJob::onFilesResolved(const FileEntries &files, const std::shared_ptr<LoadState> &state)
{
    m_files = files;
    m_state = state;
    m_seenVersions.assign(size_t(files.size()), quint32(-1));
    m_bytesTotal = 0;
    for (const FileEntry &file : files)
        m_bytesTotal += file.size;
    Q_EMIT filesResolved(m_files);
}

void LoadJob::emitMessages()
{
    if (!m_state)
        return;
    for (const LogMessage &m : m_state->takeMessages())
        Q_EMIT message(m);
    RejectedRecords rejects = m_state->takeRejects();
    if (!rejects.isEmpty())
        Q_EMIT rejected(rejects);
}

void LoadJob::tick()
{
    emitMessages();
    if (m_state)
        Q_EMIT progress(snapshot(false));
}

LoadProgress LoadJob::snapshot(bool all)
{
    LoadProgress p;
    const LoadState &s = *m_state;
    const qint64 now = s.clock.elapsed();
    p.paused = s.paused;
    p.elapsedMs = now - m_pausedMs - (m_pauseClock.isValid() ? m_pauseClock.elapsed() : 0);
    p.filesTotal = int(s.files.size());
    p.filesDone = s.filesDone;
    p.bytesTotal = m_bytesTotal;
    for (size_t i = 0; m_fileProgress && i < s.files.size(); ++i) {
        const LoadState::File &f = *s.files[i];
        const FileState state = f.fileState();
        const quint32 version = f.version.load(std::memory_order_relaxed);
        if (!all && version == m_seenVersions[i])
            continue;
        m_seenVersions[i] = version;
        FileProgress fp;
        fp.index = int(i);
        fp.state = state;
        fp.framing = Framing(f.framing.load());
        fp.bytesTotal = f.entry.size;
        fp.bytesRead = f.bytesRead;
        fp.bytesDone = f.bytesDone;
        fp.rowsLoaded = f.rowsLoaded;
        fp.rowsRejected = f.rowsRejected;
        const qint64 started = f.startedMs;
        const qint64 finished = f.finishedMs >= 0 ? f.finishedMs.load() : now;
        if (started >= 0 && finished > started)
            fp.mbPerSecond = double(f.jsonBytes) / 1e6 / (double(finished - started) / 1000.0);
        fp.error = m_state->fileError(f);
        p.files.append(fp);
    }
    p.bytesDone = s.bytesDone;
    p.rowsLoaded = s.rowsLoaded;
    p.rowsRejected = s.rowsRejected;
    p.jsonBytesLoaded = s.jsonBytes;

    // Rates over the last few seconds, so a pause or a slow start fades out.
    m_samples.push_back({p.elapsedMs, p.rowsLoaded + p.rowsRejected, p.jsonBytesLoaded, p.bytesDone});
    while (m_samples.size() > 2 && m_samples.back().ms - m_samples.front().ms > kRateWindowMs)
        m_samples.pop_front();
    const Sample &a = m_samples.front();
    const Sample &b = m_samples.back();
    if (b.ms > a.ms) {
        const double seconds = double(b.ms - a.ms) / 1000.0;
        p.rowsPerSecond = double(b.rows - a.rows) / seconds;
        p.mbPerSecond = double(b.json - a.json) / 1e6 / seconds;
        const double bytesPerSecond = double(b.bytesDone - a.bytesDone) / seconds;
        if (bytesPerSecond > 0)
            p.etaMs = qint64(double(p.bytesTotal - p.bytesDone) / bytesPerSecond * 1000.0);
    }
    return p;
}

LoadReport LoadJob::buildReport() const
{
    LoadReport r = m_report;
    if (!m_state)
        return r;
    const LoadState &s = *m_state;
    r.files.reserve(r.files.size() + qsizetype(s.files.size()));
    for (const auto &f : s.files) {
        FileReport fr;
        fr.path = f->entry.path;
        fr.table = f->entry.table;
        fr.state = f->fileState();
        if (fr.state == FileState::Reading)
            fr.state = FileState::Stopped;
        else if (fr.state == FileState::Queued)
            fr.state = FileState::Skipped;
        fr.framing = Framing(f->framing.load());
        fr.bytes = f->entry.size;
        fr.records = f->recordsDone;
        fr.rowsBefore = f->rowsBefore;
        fr.rowsLoaded = f->rowsLoaded;
        fr.rowsRejected = f->rowsRejected;
        fr.error = s.fileError(*f);
        r.files.append(std::move(fr));
    }
    r.rowsLoaded = s.rowsLoaded;
    r.rowsRejected = s.rowsRejected;
    r.jsonBytes = s.jsonBytes;
    r.storageBytes = s.bytesDone;
    r.elapsedMs = s.clock.elapsed() - m_pausedMs;
    if (r.fatal.isNull())
        r.fatal = s.fatal();
    r.cancelled = s.cancelled;
    if (r.rowsRejected > 0)
        r.rejectsPath = s.rejectsPath();
    return r;
}

void LoadJob::onCoordinatorDone()
{
    m_timer.stop();
    m_cancelTimer.stop();
    emitMessages();
    if (m_state) {
        // The last snapshot carries every file, so a view can settle on the final numbers.
        Q_EMIT progress(snapshot(true));
    }
    m_report = buildReport();
    m_running = false;
    Q_EMIT finished(m_report);
}

} // namespace pjl
