#include "loadcontroller.h"

#include "connectionstring.h"
#include "filelistmodel.h"
#include "format.h"
#include "rejectsmodel.h"
#include "sessionlog.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace pjl {

LoadController::LoadController(FileListModel *files, RejectsModel *rejects, SessionLog *log, QObject *parent)
    : QObject(parent)
    , m_files(files)
    , m_rejects(rejects)
    , m_log(log)
{
    connect(&m_job, &LoadJob::filesResolved, m_files, &FileListModel::beginLoad);
    connect(&m_job, &LoadJob::progress, this, [this](const LoadProgress &p) {
        m_progress = p;
        m_files->applyProgress(p);
        if (m_state == State::Loading && p.paused)
            setState(State::Paused);
        Q_EMIT progressed(p);
    });
    connect(&m_job, &LoadJob::rejected, m_rejects, &RejectsModel::append);
    connect(&m_job, &LoadJob::message, this,
            [this](const LogMessage &m) { m_log->addFromJob(m, m_jobWritesLog); });
    connect(&m_job, &LoadJob::finished, this, &LoadController::onFinished);
}

bool LoadController::start(const LoadPlan &plan)
{
    if (isRunning() || m_job.isRunning())
        return false;
    m_rejects->clear();
    m_files->setLocked(true);
    Logger *logger = m_log->logger();
    m_jobWritesLog = logger != nullptr;
    m_job.setLogger(logger);
    m_progress = {};
    m_log->add(
        LogMessage::info(tr("Starting a load of %n file(s) into %1.", nullptr, int(plan.sources.size()))
                             .arg(ConnectionString::label(plan.connection))));
    if (!m_job.start(plan)) {
        m_files->setLocked(false);
        return false;
    }
    setState(State::Loading);
    return true;
}

void LoadController::pause()
{
    if (m_state != State::Loading)
        return;
    m_job.pause();
    if (m_job.isPaused()) // not before the job has resolved its files
        setState(State::Paused);
}

void LoadController::resume()
{
    if (m_state != State::Paused)
        return;
    m_job.resume();
    setState(State::Loading);
}

void LoadController::cancel()
{
    if (m_state != State::Loading && m_state != State::Paused)
        return;
    m_job.cancel();
    setState(State::Cancelling);
}

void LoadController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LoadController::onFinished(const LoadReport &report)
{
    m_report = report;
    m_files->applyReport(report);
    m_files->setLocked(false);
    const QString text = summary(report);
    if (!report.fatal.isNull() || report.filesFailed() > 0)
        m_log->add(LogMessage::error(text));
    else if (report.cancelled || report.rowsRejected > 0)
        m_log->add(LogMessage::warning(text));
    else
        m_log->add(LogMessage::info(text));
    for (const FileReport &file : report.files) {
        if (file.state == FileState::Failed && !file.error.isEmpty())
            m_log->add(LogMessage::error(file.error));
    }
    setState(State::Idle);
    Q_EMIT finished(report);
}

QString LoadController::summary(const LoadReport &r)
{
    const QString rows = Format::count(r.rowsLoaded);
    const QString elapsed = Format::duration(r.elapsedMs);
    QString text;
    if (!r.fatal.isNull()) {
        text = tr("The load stopped: %1").arg(r.fatal.toString());
        if (r.rowsLoaded > 0)
            text += u' ' + tr("%1 rows were committed before it stopped and stay in the tables.").arg(rows);
        else
            text += u' ' + tr("No rows were loaded.");
        return text;
    }
    if (r.cancelled) {
        text = tr("Cancelled after %1. %2 rows were committed and stay in the tables; the batches in flight "
                  "were "
                  "rolled back.")
                   .arg(elapsed, rows);
    } else {
        const double seconds = double(r.elapsedMs) / 1000.0;
        const double mb = double(r.jsonBytes) / 1e6;
        text = tr("Loaded %1 rows from %n file(s) in %2 (%3).", nullptr, int(r.files.size()))
                   .arg(rows, elapsed, Format::megabytesPerSecond(seconds > 0 ? mb / seconds : 0.0));
    }
    if (r.rowsRejected > 0) {
        text += u' ' + tr("%1 rows were rejected; they are listed under Rejected rows")
                           .arg(Format::count(r.rowsRejected));
        text += r.rejectsPath.isEmpty()
                    ? u"."_s
                    : u' ' + tr("and saved in %1.").arg(QDir::toNativeSeparators(r.rejectsPath));
    }
    if (const int failed = r.filesFailed(); failed > 0)
        text += u' ' + tr("%n file(s) could not be read to the end; see the Status column.", nullptr, failed);
    return text;
}

} // namespace pjl
