#include "mainwindow.h"

#include "confirmation.h"
#include "connectiondialog.h"
#include "connectionstring.h"
#include "filelistmodel.h"
#include "filelistview.h"
#include "filescanner.h"
#include "format.h"
#include "journaldialog.h"
#include "loadlauncher.h"
#include "loadprofile.h"
#include "loadsettingswidget.h"
#include "loadstatuswidget.h"
#include "logpane.h"
#include "mainactions.h"
#include "noticebar.h"
#include "passwordstore.h"
#include "profileio.h"
#include "rejectsmodel.h"
#include "rejectspanel.h"
#include "sessionlog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

QString documentsDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir.isEmpty() ? QDir::homePath() : dir;
}

QString profileFilter()
{
    return MainWindow::tr("Load profiles (*.pgjl.json *.json);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_files(new FileListModel(this))
    , m_rejects(new RejectsModel(this))
    , m_log(new SessionLog(this))
    , m_passwords(new PasswordStore(this))
    , m_scanner(new FileScanner(this))
    , m_profiles(new ProfileIo(this))
    , m_controller(new LoadController(m_files, m_rejects, m_log, this))
    , m_actions(new MainActions(this))
    , m_baseOptions(LoadOptions())
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    m_log->open(Logger::defaultPath());
    m_launcher = new LoadLauncher(m_files, m_controller, m_passwords, this);

    createCentralWidget();
    m_actions->populate(this, m_view);
    m_status = new LoadStatusWidget(this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);
    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(5000);
    connect(&m_noteTimer, &QTimer::timeout, this, &MainWindow::updateIdleStatus);
    connectActions();
    connectWorkers();

    setConnection(m_settings.lastConnection());
    m_loadSettings->setOptions(m_settings.loadOptions());
    restoreLayout();
    updateTitle();
    updateActions();
    updateIdleStatus();
}

MainWindow::~MainWindow()
{
    m_scanner->stopSniffing();
}

void MainWindow::createCentralWidget()
{
    m_notice = new NoticeBar(this);
    connect(m_notice, &NoticeBar::linkActivated, this, &MainWindow::onNoticeLink);
    m_loadSettings = new LoadSettingsWidget(this);
    connect(m_loadSettings->truncateBox(), &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            note(tr("Every row of the target tables will be deleted first; you will be asked to confirm "
                    "when the load starts."));
    });

    m_view = new FileListView(this);
    m_view->setFileModel(m_files);
    connect(m_view, &FileListView::pathsDropped, this, &MainWindow::addPaths);

    m_rejectsPanel = new RejectsPanel(m_rejects, this);
    m_logPane = new LogPane(m_log, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"bottomTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_rejectsPanel, style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("Rejected Rows"));
    m_tabs->addTab(m_logPane, style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Log"));
    connect(m_rejects, &RejectsModel::totalChanged, this, [this](qint64 total) {
        m_tabs->setTabText(0, total > 0 ? tr("Rejected Rows (%1)").arg(Format::count(total))
                                        : tr("Rejected Rows"));
    });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_notice);
    layout->addWidget(m_loadSettings);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::connectActions()
{
    const MainActions *a = m_actions;
    connect(a->addFiles(), &QAction::triggered, this, &MainWindow::chooseFiles);
    connect(a->addFolder(), &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(a->remove(), &QAction::triggered, this, &MainWindow::removeSelected);
    connect(a->clear(), &QAction::triggered, this, &MainWindow::clearList);
    connect(a->setTable(), &QAction::triggered, this, &MainWindow::setTableForSelection);
    connect(a->selectAll(), &QAction::triggered, m_view, &QTableView::selectAll);
    connect(a->connection(), &QAction::triggered, this, &MainWindow::editConnection);
    connect(a->load(), &QAction::triggered, this, &MainWindow::startLoad);
    connect(a->pause(), &QAction::triggered, this, &MainWindow::togglePause);
    connect(a->cancel(), &QAction::triggered, this, &MainWindow::cancelLoad);
    connect(a->openProfile(), &QAction::triggered, this, &MainWindow::chooseProfileToOpen);
    connect(a->saveProfile(), &QAction::triggered, this, [this] { saveProfileInteractive(false); });
    connect(a->saveProfileAs(), &QAction::triggered, this, [this] { saveProfileInteractive(true); });
    connect(a->rerun(), &QAction::triggered, this, [this] {
        if (const QString path = rerunTarget(); !path.isEmpty())
            openProfile(path, true);
    });
    connect(a->quit(), &QAction::triggered, this, &QWidget::close);
    connect(a->showRejects(), &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_rejectsPanel); });
    connect(a->showLog(), &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_logPane); });
    connect(a->openLogFile(), &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_log->path())); });
    connect(a->showHistory(), &QAction::triggered, this, &MainWindow::showHistory);
    connect(a->about(), &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About pgjsonload"),
            tr("<h3>pgjsonload %1</h3><p>Loads JSON flat files (NDJSON, JSON arrays, arrays without "
               "their closing bracket, gzip) into a PostgreSQL <code>jsonb</code> column, in "
               "parallel.</p><p>Every batch is one transaction: a cancelled or failed load leaves "
               "whole batches only, and a rerun skips what is loaded. Saved profiles run unattended "
               "with <code>pgjsonload run PROFILE</code>.</p>")
                .arg(QApplication::applicationVersion()));
    });
    connect(a->aboutQt(), &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_actions, &MainActions::recentMenuAboutToShow, this, [this] {
        m_actions->setRecentProfiles(m_settings.recentProfiles(),
                                     !m_controller->isRunning() && !m_launcher->isConnecting());
    });
    connect(m_actions, &MainActions::recentProfileChosen, this, &MainWindow::openProfile);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
}

void MainWindow::connectWorkers()
{
    const auto refresh = [this] {
        updateActions();
        updateIdleStatus();
    };
    connect(m_scanner, &FileScanner::scanned, this, &MainWindow::onScanned);
    connect(m_scanner, &FileScanner::framingsDetected, m_files, &FileListModel::setFraming);
    connect(m_scanner, &FileScanner::busyChanged, this, refresh);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_files, signal, this, refresh);
    connect(m_files, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_files, &FileListModel::tableEditRejected, this, [this](const QString &message) {
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             tr("The target table was not changed: %1").arg(message.toHtmlEscaped()));
    });
    connect(m_rejectsPanel, &RejectsPanel::message, this, &MainWindow::log);

    connect(m_profiles, &ProfileIo::opened, this, &MainWindow::onProfileOpened);
    connect(m_profiles, &ProfileIo::openFailed, this,
            [this, refresh](const QString &path, const QString &error, bool missing) {
                m_loadAfterOpen = false;
                m_notice->showNotice(NoticeBar::Kind::Error, error.toHtmlEscaped());
                log(LogMessage::error(error));
                if (missing)
                    m_settings.removeRecentProfile(path);
                refresh();
                Q_EMIT profileOpened(path, error);
            });
    connect(m_profiles, &ProfileIo::saved, this, [this](const QString &path) {
        m_profilePath = path;
        m_settings.addRecentProfile(path);
        updateTitle();
        updateActions();
        log(LogMessage::info(
            tr("Saved the profile %1. Run it from a terminal or cron with: pgjsonload run \"%1\"")
                .arg(QDir::toNativeSeparators(path))));
        note(tr("Profile saved."));
        Q_EMIT profileSaved(path, QString());
    });
    connect(m_profiles, &ProfileIo::saveFailed, this, [this](const QString &path, const QString &error) {
        m_notice->showNotice(NoticeBar::Kind::Error, error.toHtmlEscaped());
        log(LogMessage::error(error));
        updateActions();
        Q_EMIT profileSaved(path, error);
    });

    connect(m_launcher, &LoadLauncher::connecting, this, [this](const QString &where) {
        m_notice->hide();
        m_status->showMessage(tr("Connecting to %1…").arg(where), true);
        updateActions();
    });
    connect(m_launcher, &LoadLauncher::started, this, [this](const QString &serverVersion) {
        log(LogMessage::info(tr("Server: %1.").arg(serverVersion)));
        m_status->showMessage(tr("Starting…"), true);
        updateActions();
    });
    connect(m_launcher, &LoadLauncher::abandoned, this, [this, refresh](const QString &why) {
        log(LogMessage::info(why));
        refresh();
    });
    connect(m_launcher, &LoadLauncher::failed, this, &MainWindow::onConnectionFailed);

    connect(m_controller, &LoadController::stateChanged, this, [this] { updateActions(); });
    connect(m_controller, &LoadController::progressed, this, [this](const LoadProgress &p) {
        m_status->showProgress(p, m_controller->state() == LoadController::State::Cancelling);
    });
    connect(m_controller, &LoadController::finished, this, &MainWindow::onLoadFinished);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        const QRect screen = QApplication::primaryScreen()
                                 ? QApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1280, 800);
        resize(std::min(1200, screen.width() * 9 / 10), std::min(760, screen.height() * 9 / 10));
    }
    restoreState(m_settings.windowState());
    if (!m_splitter->restoreState(m_settings.splitterState()))
        m_splitter->setSizes({460, 220});
}

bool MainWindow::isBusy() const
{
    return m_scanner->isBusy() || m_profiles->isBusy() || m_launcher->isConnecting() ||
           m_controller->isRunning();
}

void MainWindow::setConnection(const ConnectionSettings &settings)
{
    m_connection = settings;
    const QString text = ConnectionString::label(m_connection);
    m_actions->connection()->setText(text);
    m_actions->connection()->setToolTip(tr("Database: %1 (click to change)").arg(text));
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_profilePath.isEmpty() ? tr("pgjsonload")
                                           : tr("%1 — pgjsonload").arg(QFileInfo(m_profilePath).fileName()));
}

QString MainWindow::rerunTarget() const
{
    if (!m_profilePath.isEmpty())
        return m_profilePath;
    const QStringList recent = m_settings.recentProfiles();
    return recent.isEmpty() ? QString() : recent.first();
}

void MainWindow::updateActions()
{
    const LoadController::State state = m_controller->state();
    const bool running = m_controller->isRunning();
    const bool connecting = m_launcher->isConnecting();
    const bool idle = !running && !connecting;
    const bool hasFiles = m_files->rowCount() > 0;
    const bool hasSelection = !m_view->selectedRows().isEmpty();
    const bool profileIo = m_profiles->isBusy();
    m_actions->remove()->setEnabled(idle && hasSelection);
    m_actions->clear()->setEnabled(idle && hasFiles);
    m_actions->setTable()->setEnabled(idle && hasSelection);
    m_actions->connection()->setEnabled(idle);
    m_actions->load()->setEnabled(idle && hasFiles && !m_scanner->isScanning() && !profileIo);
    m_actions->pause()->setEnabled(state == LoadController::State::Loading ||
                                   state == LoadController::State::Paused);
    m_actions->cancel()->setEnabled(connecting || (running && state != LoadController::State::Cancelling));
    m_actions->openProfile()->setEnabled(idle);
    m_actions->saveProfile()->setEnabled(hasFiles && !profileIo);
    m_actions->saveProfileAs()->setEnabled(hasFiles && !profileIo);
    const QString rerun = rerunTarget();
    m_actions->rerun()->setEnabled(idle && !rerun.isEmpty() && !profileIo);
    m_actions->setRerunTarget(rerun);
    m_actions->setPaused(state == LoadController::State::Paused);
    m_loadSettings->setEnabled(idle);
}

void MainWindow::updateIdleStatus()
{
    if (m_controller->isRunning() || m_launcher->isConnecting())
        return;
    if (m_scanner->isScanning() || m_profiles->isBusy())
        m_status->showMessage(tr("Looking for JSON files…"), true);
    else if (!m_noteTimer.isActive())
        m_status->showIdle(m_files->rowCount(), m_files->totalBytes());
}

void MainWindow::note(const QString &text)
{
    if (m_controller->isRunning() || m_launcher->isConnecting())
        return;
    m_status->showMessage(text, false);
    m_noteTimer.start();
}

void MainWindow::log(const LogMessage &message)
{
    m_log->add(message);
}

// ---- Files -----------------------------------------------------------------------------------

void MainWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add JSON Files"), documentsDir(),
        tr("JSON files (*.json *.jsonl *.ndjson *.json.gz *.jsonl.gz *.ndjson.gz);;All files (*)"));
    addPaths(files);
}

void MainWindow::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Add a Folder of JSON Files"), documentsDir());
    if (!dir.isEmpty())
        addPaths({dir});
}

void MainWindow::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QList<LoadSource> sources;
    for (const QString &path : paths)
        sources.append({path, QString()});
    m_scanner->scan(sources, m_loadSettings->recursive());
    updateIdleStatus();
    updateActions();
}

void MainWindow::onScanned(const ScanResult &result)
{
    const int before = m_files->rowCount();
    const int added = m_files->addFiles(result.files, result.origins);
    const int duplicates = int(result.files.size()) - added;
    if (added > 0 || duplicates > 0) {
        QString text = tr("Added %n file(s)", nullptr, added);
        if (duplicates > 0)
            text += u' ' + tr("(%n already in the list)", nullptr, duplicates);
        log(LogMessage::info(text + u'.'));
        if (duplicates > 0)
            note(text + u'.');
    }
    for (const QString &error : result.errors)
        log(LogMessage::warning(error));
    if (!result.errors.isEmpty()) {
        QStringList escaped;
        for (const QString &e : result.errors.mid(0, 3))
            escaped.append(e.toHtmlEscaped());
        QString text = escaped.join(u"<br>"_s);
        if (result.errors.size() > 3)
            text += u"<br>"_s + tr("… and %n more; see the <a href=\"#log\">log</a>.", nullptr,
                                   int(result.errors.size()) - 3);
        m_notice->showNotice(NoticeBar::Kind::Warning, text);
    }
    QStringList newPaths;
    for (int row = before; row < m_files->rowCount(); ++row)
        newPaths.append(m_files->entry(row).path);
    m_scanner->sniff(newPaths);
    updateIdleStatus();
    updateActions();
}

void MainWindow::removeSelected()
{
    if (!m_controller->isRunning())
        m_files->removeFileRows(m_view->selectedRows());
}

void MainWindow::clearList()
{
    if (m_controller->isRunning())
        return;
    m_scanner->stopSniffing();
    m_files->clear();
    m_rejects->clear();
    m_profilePath.clear();
    m_baseOptions = LoadOptions();
    updateTitle();
}

void MainWindow::setTableForSelection()
{
    const QList<int> rows = m_view->selectedRows();
    if (rows.isEmpty() || m_controller->isRunning())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"setTableDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Target Table"));
    dialog->setLabelText(
        tr("Load the %n selected file(s) into table (schema.table or table):", nullptr, int(rows.size())));
    dialog->setTextValue(m_files->entry(rows.first()).table);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, rows](const QString &table) {
        QString error;
        if (!m_files->setTable(rows, table, &error))
            m_notice->showNotice(NoticeBar::Kind::Warning,
                                 tr("The target table was not changed: %1").arg(error.toHtmlEscaped()));
    });
    dialog->open();
}

// ---- Connection and loading -----------------------------------------------------------------

void MainWindow::editConnection()
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRecent(m_settings.recentConnections());
    dialog->setKeychainAvailable(m_passwords->isKeychainUsable());
    dialog->setKeepSandboxRunning(m_settings.keepSandboxRunning());
    ConnectionSettings current = m_connection;
    if (current.password.isEmpty())
        current.password = m_passwords->sessionPassword(PasswordStore::keyFor(current));
    dialog->setSettings(current);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionSettings settings = dialog->settings();
        m_settings.setKeepSandboxRunning(dialog->keepSandboxRunning());
        const QString key = PasswordStore::keyFor(settings);
        if (!settings.password.isEmpty()) {
            m_passwords->setSessionPassword(key, settings.password);
            if (dialog->rememberPassword())
                m_passwords->writeKeychain(key, settings.password);
        }
        const ConnectionSettings withoutPassword = LoadProfile::withoutPassword(settings);
        m_settings.addRecentConnection(withoutPassword);
        setConnection(withoutPassword);
        log(LogMessage::info(tr("Connection set to %1.").arg(ConnectionString::label(withoutPassword))));
    });
    dialog->open();
}

void MainWindow::showHistory()
{
    if (!m_history)
        m_history = new JournalDialog(this); // every table at first; its Table field narrows it
    ConnectionSettings settings = m_connection;
    if (settings.password.isEmpty())
        settings.password = m_passwords->sessionPassword(PasswordStore::keyFor(settings));
    m_history->setConnection(settings);
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    m_history->refresh();
}

void MainWindow::onConnectionFailed(const QString &message, const QString &detail)
{
    QString text = tr("Could not connect to %1, so nothing was loaded.")
                       .arg(ConnectionString::label(m_connection).toHtmlEscaped());
    text += u"<br>"_s + message.toHtmlEscaped();
    if (!detail.isEmpty() && !message.contains(detail))
        text += u"<br>"_s + detail.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    text += u"<br>"_s + tr("Check the server and the <a href=\"#connection\">connection settings</a>.");
    m_notice->showNotice(NoticeBar::Kind::Error, text);
    log(LogMessage::error(message));
    updateActions();
    updateIdleStatus();
}

void MainWindow::startLoad()
{
    if (m_files->rowCount() == 0) {
        m_notice->showNotice(NoticeBar::Kind::Info,
                             tr("Add JSON files first: drop them on the window, or use Add Files…"));
        return;
    }
    LoadPlan plan;
    plan.connection = m_connection;
    plan.options = m_loadSettings->options(m_baseOptions);
    m_launcher->launch(plan);
}

void MainWindow::togglePause()
{
    if (m_controller->state() == LoadController::State::Paused)
        m_controller->resume();
    else
        m_controller->pause();
    updateActions();
}

void MainWindow::cancelLoad()
{
    if (m_launcher->isConnecting()) {
        m_launcher->abort();
        return;
    }
    if (!m_controller->isRunning())
        return;
    m_controller->cancel();
    m_status->showProgress(m_controller->lastProgress(), true);
}

void MainWindow::onLoadFinished(const LoadReport &report)
{
    m_status->showFinished(report);
    NoticeBar::Kind kind = NoticeBar::Kind::Success;
    if (!report.fatal.isNull() || report.filesFailed() > 0)
        kind = NoticeBar::Kind::Error;
    else if (report.cancelled || report.rowsRejected > 0)
        kind = NoticeBar::Kind::Warning;
    QString text = LoadController::summary(report).toHtmlEscaped();
    if (report.rowsRejected > 0) {
        text += u" <a href=\"#rejects\">"_s + tr("Show rejected rows") + u"</a>"_s;
        m_tabs->setCurrentWidget(m_rejectsPanel);
    } else if (!report.fatal.isNull()) {
        text += u" <a href=\"#log\">"_s + tr("Show the log") + u"</a>"_s;
    }
    m_notice->showNotice(kind, text);
    if (m_history && m_history->isVisible())
        m_history->refresh();
    updateActions();
    if (m_closeAfterLoad)
        close();
}

void MainWindow::onNoticeLink(const QString &link)
{
    if (link == u"#rejects"_s)
        m_tabs->setCurrentWidget(m_rejectsPanel);
    else if (link == u"#log"_s)
        m_tabs->setCurrentWidget(m_logPane);
    else if (link == u"#connection"_s)
        editConnection();
}

// ---- Profiles --------------------------------------------------------------------------------

LoadProfile MainWindow::currentProfile() const
{
    LoadPlan plan;
    plan.connection = LoadProfile::withoutPassword(m_connection);
    plan.sources = m_files->profileSources();
    plan.options = m_loadSettings->options(m_baseOptions);
    return LoadProfile(plan);
}

void MainWindow::chooseProfileToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Load Profile"), documentsDir(), profileFilter());
    if (!path.isEmpty())
        openProfile(path);
}

void MainWindow::openProfile(const QString &path, bool thenLoad)
{
    if (m_controller->isRunning() || m_launcher->isConnecting())
        return;
    m_loadAfterOpen = thenLoad;
    m_profiles->open(path);
    updateIdleStatus();
    updateActions();
}

void MainWindow::onProfileOpened(const QString &path, const LoadProfile &profile, const ScanResult &files)
{
    const LoadPlan &plan = profile.plan();
    m_scanner->stopSniffing();
    m_files->clear();
    m_rejects->clear();
    m_files->addFiles(files.files, files.origins);
    m_baseOptions = plan.options;
    m_loadSettings->setOptions(plan.options);
    setConnection(plan.connection);
    m_profilePath = QFileInfo(path).absoluteFilePath();
    m_settings.addRecentProfile(m_profilePath);
    updateTitle();
    log(LogMessage::info(tr("Opened the profile %1: %n file(s).", nullptr, int(m_files->rowCount()))
                             .arg(QDir::toNativeSeparators(path))));
    for (const QString &error : files.errors)
        log(LogMessage::warning(error));
    if (!files.errors.isEmpty())
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             tr("Some entries of the profile could not be used:") + u"<br>"_s +
                                 files.errors.join(u'\n').toHtmlEscaped().replace(u'\n', u"<br>"_s));
    else
        m_notice->hide();
    m_scanner->sniff(m_files->paths());
    updateActions();
    updateIdleStatus();
    Q_EMIT profileOpened(path, QString());
    if (m_loadAfterOpen) {
        m_loadAfterOpen = false;
        if (m_files->rowCount() > 0)
            startLoad();
    }
}

void MainWindow::saveProfileInteractive(bool askForPath)
{
    QString path = m_profilePath;
    if (askForPath || path.isEmpty()) {
        const QString suggested =
            path.isEmpty() ? documentsDir() + u"/load."_s + QLatin1StringView(LoadProfile::kFileSuffix)
                           : path;
        path = QFileDialog::getSaveFileName(this, tr("Save Load Profile"), suggested, profileFilter());
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += u'.' + QLatin1StringView(LoadProfile::kFileSuffix);
    }
    saveProfile(path);
}

void MainWindow::saveProfile(const QString &path)
{
    m_profiles->save(QFileInfo(path).absoluteFilePath(), currentProfile());
    updateActions();
}

// ---- Window ----------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_controller->isRunning()) {
        event->ignore();
        if (m_closeAfterLoad)
            return; // already cancelling; the window closes when the load has stopped
        Confirmation::ask(
            this, u"confirmQuit"_s, tr("Quit While Loading"),
            tr("A load is running. Cancel it and quit?\n\nBatches already committed stay in the "
               "tables; the batches in flight are rolled back."),
            tr("Cancel Load and &Quit"), [this] {
                m_closeAfterLoad = true;
                cancelLoad();
            });
        return;
    }
    m_launcher->abort();
    m_scanner->stopSniffing();
    m_settings.setLoadOptions(m_loadSettings->options());
    m_settings.setWindowLayout(saveGeometry(), saveState(), m_splitter->saveState());
    m_log->flush();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!FileListView::localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = FileListView::localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

} // namespace pjl
