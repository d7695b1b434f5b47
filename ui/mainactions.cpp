#include "mainactions.h"

#include "languagemenu.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

QAction *make(QObject *parent, const QString &name, const QString &text, const QIcon &icon,
              const QKeySequence &key = {}, const QString &tip = {})
{
    auto *action = new QAction(icon, text, parent);
    action->setObjectName(name);
    if (!key.isEmpty())
        action->setShortcut(key);
    if (!tip.isEmpty())
        action->setToolTip(tip);
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
    , m_addFiles(make(window, u"actionAddFiles"_s, tr("Add &Files…"),
                      themeIcon(u"document-new"_s, QStyle::SP_FileIcon), QKeySequence(Qt::CTRL | Qt::Key_I),
                      tr("Add JSON files to the list")))
    , m_addFolder(make(window, u"actionAddFolder"_s, tr("Add F&older…"),
                       themeIcon(u"folder-new"_s, QStyle::SP_DirOpenIcon),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), tr("Add the JSON files of a folder")))
    , m_remove(make(window, u"actionRemove"_s, tr("&Remove"),
                    themeIcon(u"list-remove"_s, QStyle::SP_TrashIcon), QKeySequence::Delete,
                    tr("Remove the selected files from the list")))
    , m_clear(make(window, u"actionClear"_s, tr("C&lear List"),
                   themeIcon(u"edit-clear-all"_s, QStyle::SP_DialogResetButton), {},
                   tr("Remove every file from the list")))
    , m_setTable(make(window, u"actionSetTable"_s, tr("Set &Target Table…"),
                      themeIcon(u"edit-rename"_s, QStyle::SP_FileDialogDetailedView),
                      QKeySequence(Qt::CTRL | Qt::Key_T), tr("Load the selected files into one table")))
    , m_selectAll(make(window, u"actionSelectAll"_s, tr("Select &All"), QIcon(), QKeySequence::SelectAll))
    , m_connection(make(window, u"actionConnection"_s, tr("&Connection…"),
                        themeIcon(u"network-server"_s, QStyle::SP_DriveNetIcon),
                        QKeySequence(Qt::CTRL | Qt::Key_K), tr("Choose the database to load into")))
    , m_load(make(window, u"actionLoad"_s, tr("&Load"),
                  themeIcon(u"media-playback-start"_s, QStyle::SP_MediaPlay),
                  QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Load the files into their tables")))
    , m_pause(make(window, u"actionPause"_s, tr("&Pause"),
                   themeIcon(u"media-playback-pause"_s, QStyle::SP_MediaPause), {},
                   tr("Let the batches under way finish, then wait")))
    , m_cancel(make(window, u"actionCancel"_s, tr("&Cancel"),
                    themeIcon(u"media-playback-stop"_s, QStyle::SP_MediaStop), {},
                    tr("Stop loading: committed batches stay, batches in flight are rolled back")))
    , m_openProfile(make(window, u"actionOpenProfile"_s, tr("&Open Profile…"),
                         themeIcon(u"document-open"_s, QStyle::SP_DialogOpenButton), QKeySequence::Open,
                         tr("Open a saved load profile")))
    , m_saveProfile(make(window, u"actionSaveProfile"_s, tr("&Save Profile"),
                         themeIcon(u"document-save"_s, QStyle::SP_DialogSaveButton), QKeySequence::Save,
                         tr("Save files, tables, connection (without password) and settings as a profile")))
    , m_saveProfileAs(make(window, u"actionSaveProfileAs"_s, tr("Save Profile &As…"),
                           themeIcon(u"document-save-as"_s, QStyle::SP_DialogSaveButton),
                           QKeySequence::SaveAs, tr("Save the setup as a new profile")))
    , m_rerun(make(window, u"actionRerun"_s, tr("Re&run Profile"),
                   themeIcon(u"view-refresh"_s, QStyle::SP_BrowserReload),
                   QKeySequence(Qt::CTRL | Qt::Key_R)))
    , m_quit(make(window, u"actionQuit"_s, tr("&Quit"),
                  themeIcon(u"application-exit"_s, QStyle::SP_DialogCloseButton), QKeySequence::Quit))
    , m_showRejects(make(window, u"actionShowRejects"_s, tr("&Rejected Rows"), QIcon(),
                         QKeySequence(Qt::ALT | Qt::Key_1)))
    , m_showLog(make(window, u"actionShowLog"_s, tr("&Log"), QIcon(), QKeySequence(Qt::ALT | Qt::Key_2)))
    , m_openLogFile(make(window, u"actionOpenLogFile"_s, tr("Open Log &File"), QIcon()))
    , m_showHistory(
          make(window, u"actionShowHistory"_s, tr("Load &History…"),
               themeIcon(u"document-open-recent"_s, QStyle::SP_FileDialogDetailedView),
               QKeySequence(Qt::CTRL | Qt::Key_H),
               tr("What the load journal in the database knows: files loaded, complete or partial")))
    , m_about(make(window, u"actionAbout"_s, tr("&About pgjsonload"), QIcon()))
    , m_aboutQt(make(window, u"actionAboutQt"_s, tr("About &Qt"), QIcon()))
{
    setRerunTarget(QString());
}

void MainActions::populate(QMainWindow *window, QWidget *fileView)
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(m_addFiles);
    file->addAction(m_addFolder);
    file->addSeparator();
    file->addAction(m_openProfile);
    m_recentMenu = file->addMenu(tr("Recent &Profiles"));
    m_recentMenu->setObjectName(u"recentProfilesMenu"_s);
    file->addAction(m_saveProfile);
    file->addAction(m_saveProfileAs);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(m_setTable);
    edit->addAction(m_remove);
    edit->addAction(m_clear);
    edit->addSeparator();
    edit->addAction(m_selectAll);

    QMenu *load = bar->addMenu(tr("&Load"));
    load->addAction(m_connection);
    load->addSeparator();
    load->addAction(m_load);
    load->addAction(m_pause);
    load->addAction(m_cancel);
    load->addSeparator();
    load->addAction(m_rerun);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(m_showRejects);
    view->addAction(m_showLog);
    view->addAction(m_openLogFile);
    view->addSeparator();
    view->addAction(m_showHistory);
    view->addSeparator();
    view->addMenu(new LanguageMenu(window));

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);

    QToolBar *tools = window->addToolBar(tr("Main"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(20, 20));
    tools->addAction(m_addFiles);
    tools->addAction(m_addFolder);
    tools->addAction(m_remove);
    tools->addSeparator();
    auto *connectionButton = new QToolButton(tools);
    connectionButton->setObjectName(u"connectionButton"_s);
    connectionButton->setDefaultAction(m_connection); // its text is the connection's name
    connectionButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addWidget(connectionButton);
    tools->addSeparator();
    tools->addAction(m_load);
    tools->addAction(m_pause);
    tools->addAction(m_cancel);
    tools->addSeparator();
    tools->addAction(m_openProfile);
    tools->addAction(m_saveProfile);
    auto *rerunButton = new QToolButton(tools);
    rerunButton->setObjectName(u"rerunButton"_s);
    rerunButton->setDefaultAction(m_rerun);
    rerunButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    rerunButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_rerunMenu = new QMenu(rerunButton);
    rerunButton->setMenu(m_rerunMenu);
    tools->addWidget(rerunButton);
    for (QMenu *menu : {m_recentMenu, m_rerunMenu})
        connect(menu, &QMenu::aboutToShow, this, &MainActions::recentMenuAboutToShow);

    fileView->addAction(m_setTable);
    fileView->addAction(m_remove);
    auto *separator = new QAction(fileView);
    separator->setSeparator(true);
    fileView->addAction(separator);
    fileView->addAction(m_addFiles);
    fileView->addAction(m_addFolder);
}

void MainActions::setRecentProfiles(const QStringList &paths, bool enabled)
{
    for (QMenu *menu : {m_recentMenu, m_rerunMenu}) {
        if (!menu)
            continue;
        menu->clear();
        const bool rerun = menu == m_rerunMenu;
        for (const QString &path : paths) {
            QAction *action = menu->addAction(QFileInfo(path).fileName());
            action->setToolTip(QDir::toNativeSeparators(path));
            action->setEnabled(enabled);
            connect(action, &QAction::triggered, this,
                    [this, path, rerun] { Q_EMIT recentProfileChosen(path, rerun); });
        }
        if (paths.isEmpty())
            menu->addAction(tr("No recent profiles"))->setEnabled(false);
    }
}

void MainActions::setPaused(bool paused)
{
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setIcon(paused ? themeIcon(u"media-playback-start"_s, QStyle::SP_MediaPlay)
                            : themeIcon(u"media-playback-pause"_s, QStyle::SP_MediaPause));
    m_pause->setToolTip(paused ? tr("Go on loading") : tr("Let the batches under way finish, then wait"));
}

void MainActions::setRerunTarget(const QString &path)
{
    m_rerun->setToolTip(path.isEmpty() ? tr("Save or open a profile to rerun it in one click")
                                       : tr("Open %1 again and load it").arg(QFileInfo(path).fileName()));
}

} // namespace pjl
