#pragma once

#include "fileentry.h"
#include "loadplan.h"
#include "loadprogress.h"
#include "loadreport.h"
#include "logger.h"
#include "rejectedrecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <deque>
#include <memory>

class QThreadPool;

namespace pjl {

class LoadState;
class PgConnection;

// Runs one LoadPlan: expands its sources, prepares the tables, then reads on one thread and loads
// on N worker threads (one connection each). Lives in the caller's thread and never blocks it:
// progress (at most ten times a second), rejects and messages arrive as signals, and finished()
// carries the report. Used the same way by the CLI and the desktop application.
class LoadJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadJob)

public:
    explicit LoadJob(QObject *parent = nullptr);
    ~LoadJob() override; // cancels a running load and waits for its threads

    void setLogger(Logger *logger) { m_logger = logger; }
    void setProgressInterval(int ms) { m_timer.setInterval(ms); }
    // Whether progress snapshots list the files that changed (LoadProgress::files), on by default.
    // A listener that shows only the totals (the CLI) turns it off: building those entries was
    // ~3% of the loader's CPU on 10,000 small files.
    void setFileProgress(bool on) { m_fileProgress = on; }

    // Starts the load; false if one is running already.
    bool start(const LoadPlan &plan);
    bool isRunning() const { return m_running; }
    bool isPaused() const;

    const FileEntries &files() const { return m_files; }
    const LoadReport &report() const { return m_report; }

public Q_SLOTS:
    void cancel();
    void pause();
    void resume();

Q_SIGNALS:
    void filesResolved(const pjl::FileEntries &files);
    void progress(const pjl::LoadProgress &progress);
    void rejected(const pjl::RejectedRecords &rejects);
    void message(const pjl::LogMessage &message);
    void finished(const pjl::LoadReport &report);

private:
    void coordinate(LoadPlan plan); // on a pool thread
    Error prepareTables(PgConnection &setup, LoadState &state, const LoadOptions &options);
    // Reports files whose batches all committed as loaded, after making sure the commits are
    // durable; false while the server cannot be reached.
    bool markCompleted(PgConnection &setup, LoadState &state, const ConnectionSettings &settings,
                       std::vector<int> &pending);
    void onFilesResolved(const pjl::FileEntries &files, const std::shared_ptr<LoadState> &state);
    void onCoordinatorDone();
    void tick();
    LoadProgress snapshot(bool all);
    LoadReport buildReport() const;
    void emitMessages();

    Logger *m_logger = nullptr;
    std::unique_ptr<QThreadPool> m_pool;
    std::shared_ptr<LoadState> m_state;
    FileEntries m_files;
    std::vector<quint32> m_seenVersions;
    qint64 m_bytesTotal = 0;
    QTimer m_timer;
    QTimer m_cancelTimer;
    LoadReport m_report;
    bool m_running = false;
    bool m_fileProgress = true;
    std::atomic_bool m_synchronousCommit{false};

    struct Sample
    {
        qint64 ms;
        qint64 rows;
        qint64 json;
        qint64 bytesDone;
    };
    std::deque<Sample> m_samples; // the last few seconds, for rates and ETA
    qint64 m_pausedMs = 0;
    QElapsedTimer m_pauseClock;
};

} // namespace pjl
