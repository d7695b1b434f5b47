#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;
class QToolButton;
class QWidget;

namespace pjl {

// The window's commands: actions with icons (the desktop theme's, else the style's), shortcuts
// and tips, laid out in the menu bar, the tool bar and the file list's context menu. What they do
// and when they are enabled is the window's business; this class only builds and arranges them.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    explicit MainActions(QMainWindow *window);

    // Menu bar, tool bar and the context menu of fileView.
    void populate(QMainWindow *window, QWidget *fileView);
    void setRecentProfiles(const QStringList &paths, bool enabled);
    void setPaused(bool paused); // Pause becomes Resume
    void setRerunTarget(const QString &path);

    QAction *addFiles() const { return m_addFiles; }
    QAction *addFolder() const { return m_addFolder; }
    QAction *remove() const { return m_remove; }
    QAction *clear() const { return m_clear; }
    QAction *setTable() const { return m_setTable; }
    QAction *selectAll() const { return m_selectAll; }
    QAction *connection() const { return m_connection; }
    QAction *load() const { return m_load; }
    QAction *pause() const { return m_pause; }
    QAction *cancel() const { return m_cancel; }
    QAction *openProfile() const { return m_openProfile; }
    QAction *saveProfile() const { return m_saveProfile; }
    QAction *saveProfileAs() const { return m_saveProfileAs; }
    QAction *rerun() const { return m_rerun; }
    QAction *quit() const { return m_quit; }
    QAction *showRejects() const { return m_showRejects; }
    QAction *showLog() const { return m_showLog; }
    QAction *openLogFile() const { return m_openLogFile; }
    QAction *showHistory() const { return m_showHistory; }
    QAction *about() const { return m_about; }
    QAction *aboutQt() const { return m_aboutQt; }

Q_SIGNALS:
    void recentProfileChosen(const QString &path, bool rerun);
    void recentMenuAboutToShow(); // a chance to call setRecentProfiles with fresh entries

private:
    QAction *m_addFiles;
    QAction *m_addFolder;
    QAction *m_remove;
    QAction *m_clear;
    QAction *m_setTable;
    QAction *m_selectAll;
    QAction *m_connection;
    QAction *m_load;
    QAction *m_pause;
    QAction *m_cancel;
    QAction *m_openProfile;
    QAction *m_saveProfile;
    QAction *m_saveProfileAs;
    QAction *m_rerun;
    QAction *m_quit;
    QAction *m_showRejects;
    QAction *m_showLog;
    QAction *m_openLogFile;
    QAction *m_showHistory;
    QAction *m_about;
    QAction *m_aboutQt;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_rerunMenu = nullptr;
};

} // namespace pjl
