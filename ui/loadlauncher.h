#pragma once

#include "loadplan.h"

#include <QObject>

class QWidget;

namespace pjl {

class ConnectionPreflight;
class FileListModel;
class LoadController;
class PasswordStore;

// From a click on Load to a running load: asks what must be asked (files this session loaded
// already; emptying the tables), checks the connection off the UI thread and asks for a password
// only if the server wants one nobody has, then starts the LoadController with one source per row.
// Every question is window-modal and asynchronous.
class LoadLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadLauncher)

public:
    LoadLauncher(FileListModel *files, LoadController *controller, PasswordStore *passwords, QWidget *window);

    // plan: the connection and the options; the sources come from the file list.
    void launch(const LoadPlan &plan);
    void abort(); // while connecting
    bool isConnecting() const { return m_connecting; }

Q_SIGNALS:
    void connecting(const QString &where);
    void started(const QString &serverVersion);
    void abandoned(const QString &why);                         // the user said no
    void failed(const QString &message, const QString &detail); // the server could not be reached

private:
    void confirmTruncate(const QList<int> &rows, bool reload);
    void begin(const QList<int> &rows, bool reload);
    void onPasswordNeeded(const QString &where, bool wrongPassword);
    void onReady(const ConnectionSettings &settings, const QString &serverVersion);

    FileListModel *m_files;
    LoadController *m_controller;
    PasswordStore *m_passwords;
    QWidget *m_window;
    ConnectionPreflight *m_preflight;
    LoadPlan m_plan;
    bool m_connecting = false;
};

} // namespace pjl
