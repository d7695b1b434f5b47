#include "loadlauncher.h"

#include "confirmation.h"
#include "connectionpreflight.h"
#include "connectionstring.h"
#include "filelistmodel.h"
#include "loadcontroller.h"
#include "logger.h"
#include "passworddialog.h"
#include "passwordstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pjl {

LoadLauncher::LoadLauncher(FileListModel *files, LoadController *controller, PasswordStore *passwords,
                           QWidget *window)
    : QObject(window)
    , m_files(files)
    , m_controller(controller)
    , m_passwords(passwords)
    , m_window(window)
    , m_preflight(new ConnectionPreflight(passwords, this))
{
    connect(m_preflight, &ConnectionPreflight::ready, this, &LoadLauncher::onReady);
    connect(m_preflight, &ConnectionPreflight::passwordNeeded, this, &LoadLauncher::onPasswordNeeded);
    connect(m_preflight, &ConnectionPreflight::failed, this,
            [this](const QString &message, const QString &detail) {
                m_connecting = false;
                Q_EMIT failed(message, detail);
            });
}

void LoadLauncher::launch(const LoadPlan &plan)
{
    if (m_controller->isRunning() || m_connecting || m_files->rowCount() == 0)
        return;
    m_plan = plan;
    QList<int> all;
    QList<int> notLoaded;
    for (int row = 0; row < m_files->rowCount(); ++row) {
        all.append(row);
        const FileListModel::Entry &e = m_files->entry(row);
        if (!(e.active && (e.rowsLoaded > 0 || e.state == FileState::AlreadyLoaded)))
            notLoaded.append(row);
    }
    const int loadedBefore = int(all.size() - notLoaded.size());
    if (loadedBefore == 0) {
        confirmTruncate(all, false);
        return;
    }
    // Loading them again on purpose is a reload. Without it the journal skips them, except the
    // records appended to one since (ResumePlanner): "only what is new" sends them all along. Without
    // a journal nothing would skip them, so that choice leaves them out.
    const bool journal = m_plan.options.journal;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Load Again"),
        journal ? tr("%n file(s) of the list were already loaded in this session. Loading only what is new "
                     "skips them, except records appended to them since; loading them again adds their "
                     "rows a second time.",
                     nullptr, loadedBefore)
                : tr("%n file(s) of the list were already loaded in this session. Loading them again adds "
                     "their rows a second time.",
                     nullptr, loadedBefore),
        QMessageBox::NoButton, m_window);
    box->setObjectName(u"confirmReload"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QList<int> newOnly = journal ? all : notLoaded;
    QPushButton *others = newOnly.isEmpty() ? nullptr
                                            : box->addButton(journal ? tr("Load Only What Is &New")
                                                                     : tr("Load Only the &Others"),
                                                             QMessageBox::AcceptRole);
    QPushButton *again = box->addButton(tr("Load &All Again"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(others ? others : qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)));
    connect(box, &QMessageBox::finished, this, [this, box, others, again, all, newOnly] {
        if (others && box->clickedButton() == others)
            confirmTruncate(newOnly, false);
        else if (box->clickedButton() == again)
            confirmTruncate(all, true);
        else
            Q_EMIT abandoned(tr("Load not started."));
    });
    box->open();
}

void LoadLauncher::confirmTruncate(const QList<int> &rows, bool reload)
{
    if (!m_plan.options.truncateFirst) {
        begin(rows, reload);
        return;
    }
    QStringList tables;
    for (int row : rows) {
        if (!tables.contains(m_files->entry(row).table))
            tables.append(m_files->entry(row).table);
    }
    Confirmation::ask(
        m_window, u"confirmTruncate"_s, tr("Empty Tables"),
        tr("Delete every row of %n table(s) before loading?\n\n%1\n\nThis cannot be undone.", nullptr,
           int(tables.size()))
            .arg(tables.join(u", "_s)),
        tr("&Empty and Load"), [this, rows, reload] { begin(rows, reload); },
        [this] { Q_EMIT abandoned(tr("Load not started.")); });
}

void LoadLauncher::begin(const QList<int> &rows, bool reload)
{
    if (m_controller->isRunning() || m_connecting || rows.isEmpty())
        return;
    m_plan.sources = m_files->loadSources(rows);
    m_plan.options.reload = reload;
    if (m_plan.options.rejectsPath.isEmpty()) {
        // As the CLI does: rejects are never only counted; they go next to the log.
        QString stem = m_plan.sources.first().table;
        stem.replace(QRegularExpression(u"[^A-Za-z0-9_.-]"_s), u"_"_s);
        m_plan.options.rejectsPath = QFileInfo(Logger::defaultPath()).absolutePath() + u"/rejects/"_s +
                                     QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u'-' +
                                     stem + u".ndjson"_s;
    }
    m_connecting = true;
    Q_EMIT connecting(ConnectionString::label(m_plan.connection));
    m_preflight->start(m_plan.connection);
}

void LoadLauncher::abort()
{
    if (!m_connecting)
        return;
    m_preflight->abort();
    m_connecting = false;
    Q_EMIT abandoned(tr("Load not started: cancelled while connecting."));
}

void LoadLauncher::onPasswordNeeded(const QString &where, bool wrongPassword)
{
    auto *dialog = new PasswordDialog(where, wrongPassword, m_passwords->isKeychainUsable(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (!m_connecting)
            return;
        if (result == QDialog::Accepted) {
            m_preflight->providePassword(dialog->password(), dialog->remember());
            return;
        }
        m_preflight->abort();
        m_connecting = false;
        Q_EMIT abandoned(tr("Load not started: no password given."));
    });
    dialog->open();
}

void LoadLauncher::onReady(const ConnectionSettings &settings, const QString &serverVersion)
{
    m_connecting = false;
    LoadPlan plan = m_plan;
    plan.connection = settings; // with the password, if one was needed: in memory only
    m_plan = {};
    if (!m_controller->start(plan)) {
        Q_EMIT abandoned(tr("A load is already running."));
        return;
    }
    Q_EMIT started(serverVersion);
}

} // namespace pjl
