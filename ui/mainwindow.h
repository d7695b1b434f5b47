#pragma once

#include "appsettings.h"
#include "connectionsettings.h"
#include "loadcontroller.h"
#include "loadplan.h"

#include <QMainWindow>
#include <QTimer>

class QSplitter;
class QTabWidget;

namespace pjl {

class FileListModel;
class FileListView;
class FileScanner;
class JournalDialog;
class LoadLauncher;
class LoadProfile;
class LoadSettingsWidget;
class LoadStatusWidget;
class LogPane;
class MainActions;
class NoticeBar;
class PasswordStore;
class ProfileIo;
class RejectsModel;
class RejectsPanel;
class SessionLog;
struct ScanResult;

// The desktop application's window: it wires the parts together and owns no loading logic. The
// file list (FileListModel + FileListView), the load settings, the rejects panel and the log pane
// are widgets of their own; scanning and sniffing (FileScanner), profile I/O (ProfileIo) and the
// way from Load to a running job (LoadLauncher, LoadController) are classes of their own, off the
// UI thread where they touch files or sockets. MainActions builds the menus and the tool bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConnection(const ConnectionSettings &settings);
    ConnectionSettings connection() const { return m_connection; }

    void addPaths(const QStringList &paths);
    void openProfile(const QString &path, bool thenLoad = false);
    void saveProfile(const QString &path);
    QString profilePath() const { return m_profilePath; }
    LoadProfile currentProfile() const;

    // Parts, for tests and the screenshot tool.
    FileListModel *fileModel() const { return m_files; }
    FileListView *fileView() const { return m_view; }
    RejectsModel *rejectsModel() const { return m_rejects; }
    RejectsPanel *rejectsPanel() const { return m_rejectsPanel; }
    LoadSettingsWidget *loadSettings() const { return m_loadSettings; }
    LoadController *controller() const { return m_controller; }
    SessionLog *sessionLog() const { return m_log; }
    NoticeBar *notice() const { return m_notice; }
    LoadStatusWidget *loadStatus() const { return m_status; }
    FileScanner *scanner() const { return m_scanner; }
    PasswordStore *passwords() const { return m_passwords; }
    QTabWidget *tabs() const { return m_tabs; }
    JournalDialog *historyDialog() const { return m_history; } // null until first shown
    bool isBusy() const;                                       // scanning, connecting, loading or saving

public Q_SLOTS:
    void startLoad();
    void cancelLoad();
    void togglePause();
    void editConnection();
    void setTableForSelection();
    void showHistory();

Q_SIGNALS:
    void profileSaved(const QString &path, const QString &error);
    void profileOpened(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createCentralWidget();
    void connectActions();
    void connectWorkers();
    void restoreLayout();
    void updateActions();
    void updateIdleStatus();
    void updateTitle();
    QString rerunTarget() const;

    void chooseFiles();
    void chooseFolder();
    void removeSelected();
    void clearList();
    void chooseProfileToOpen();
    void saveProfileInteractive(bool askForPath);

    void onScanned(const ScanResult &result);
    void onProfileOpened(const QString &path, const LoadProfile &profile, const ScanResult &files);
    void onConnectionFailed(const QString &message, const QString &detail);
    void onLoadFinished(const LoadReport &report);
    void onNoticeLink(const QString &link);
    void log(const LogMessage &message);
    void note(const QString &text); // in the status line for a few seconds, when idle

    AppSettings m_settings;
    FileListModel *m_files;
    RejectsModel *m_rejects;
    SessionLog *m_log;
    PasswordStore *m_passwords;
    FileScanner *m_scanner;
    ProfileIo *m_profiles;
    LoadController *m_controller;
    MainActions *m_actions;
    LoadLauncher *m_launcher = nullptr;

    FileListView *m_view = nullptr;
    LoadSettingsWidget *m_loadSettings = nullptr;
    RejectsPanel *m_rejectsPanel = nullptr;
    LogPane *m_logPane = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    NoticeBar *m_notice = nullptr;
    LoadStatusWidget *m_status = nullptr;
    JournalDialog *m_history = nullptr;

    ConnectionSettings m_connection;
    LoadOptions m_baseOptions; // options the widgets do not show (from a profile)
    QString m_profilePath;
    bool m_loadAfterOpen = false;
    bool m_closeAfterLoad = false;
    QTimer m_noteTimer;
};

} // namespace pjl
