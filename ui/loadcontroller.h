#pragma once

#include "loadjob.h"

#include <QObject>

namespace pjl {

class FileListModel;
class RejectsModel;
class SessionLog;

// Runs loads for the window: starts a LoadJob on a plan and routes what it reports to the models
// and the session log — progress to the file list, rejects to the rejects list, messages to the
// log. Widget-free; the window only watches state and progress.
class LoadController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadController)

public:
    enum class State
    {
        Idle,
        Loading,
        Paused,
        Cancelling,
    };
    Q_ENUM(State)

    LoadController(FileListModel *files, RejectsModel *rejects, SessionLog *log, QObject *parent = nullptr);

    bool start(const LoadPlan &plan);
    void pause();
    void resume();
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; }
    const LoadReport &lastReport() const { return m_report; }
    const LoadProgress &lastProgress() const { return m_progress; }
    LoadJob *job() { return &m_job; }

    // One paragraph a user can act on: what landed, what did not, and why.
    static QString summary(const LoadReport &report);

Q_SIGNALS:
    void stateChanged(pjl::LoadController::State state);
    void progressed(const pjl::LoadProgress &progress);
    void finished(const pjl::LoadReport &report);

private:
    void setState(State state);
    void onFinished(const LoadReport &report);

    FileListModel *m_files;
    RejectsModel *m_rejects;
    SessionLog *m_log;
    LoadJob m_job;
    State m_state = State::Idle;
    bool m_jobWritesLog = false;
    LoadReport m_report;
    LoadProgress m_progress;
};

} // namespace pjl
