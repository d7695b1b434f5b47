#include "localserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVersionNumber>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

constexpr auto kSuperuser = "postgres";
#ifdef Q_OS_UNIX
constexpr int kDefaultPort = 5432; // the socket directory is private, so the usual port never clashes
#else
constexpr int kTcpPort = 55432; // where there are no unix sockets
#endif

// One start or stop at a time in this process; QLockFile keeps other processes out.
QMutex s_mutex;
QHash<QString, QString> s_startedHere; // directory -> its binaries

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

QString toolName(const QString &tool)
{
#ifdef Q_OS_WIN
    return tool + u".exe"_s;
#else
    return tool;
#endif
}

bool hasServerTools(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo(dir + u'/' + toolName(u"initdb"_s)).isExecutable() &&
           QFileInfo(dir + u'/' + toolName(u"pg_ctl"_s)).isExecutable();
}

// Newest version first: /usr/lib/postgresql/16/bin before .../15/bin.
QStringList versionedDirectories(const QString &parent, const QString &nameFilter, const QString &suffix)
{
    QStringList names = QDir(parent).entryList({nameFilter}, QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const auto version = [](const QString &name) {
            const qsizetype digit = name.indexOf(QRegularExpression(u"\\d"_s));
            return digit < 0 ? QVersionNumber() : QVersionNumber::fromString(name.mid(digit));
        };
        return version(a) > version(b);
    });
    QStringList out;
    for (const QString &name : names)
        out.append(parent + u'/' + name + suffix);
    return out;
}

QString configQuoted(const QString &value)
{
    QString out = value;
    out.replace(u'\'', u"''"_s);
    return u'\'' + out + u'\'';
}

} // namespace

LocalServer::LocalServer(const QString &directory, const QString &binDirectory)
    : m_directory(
          QDir::cleanPath(QFileInfo(directory.isEmpty() ? defaultDirectory() : directory).absoluteFilePath()))
    , m_binDirectory(binDirectory)
{}

QString LocalServer::defaultDirectory()
{
    if (runningAsRoot())
        return u"/var/lib/pgjsonload/sandbox"_s;
    // Next to the log and the rejects (Logger::defaultPath), whatever names the application sets.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return (data.isEmpty() ? QDir::homePath() + u"/.pgjsonload"_s : data + u"/pgjsonload"_s) + u"/sandbox"_s;
}

Result<QString> LocalServer::findBinaries(const QString &configured)
{
    if (!configured.isEmpty()) {
        if (hasServerTools(configured))
            return QDir::cleanPath(configured);
        return Error::make(tr("%1 does not contain PostgreSQL's initdb and pg_ctl.").arg(configured));
    }
    const QString fromEnvironment = qEnvironmentVariable("PJL_PG_BINDIR");
    if (!fromEnvironment.isEmpty())
        return findBinaries(fromEnvironment);

    QStringList candidates;
    // Debian's pg_config belongs to libpq-dev and says /usr/bin, which has no initdb; others say
    // the server's directory.
    const QString pgConfig = QStandardPaths::findExecutable(u"pg_config"_s);
    if (!pgConfig.isEmpty()) {
        QProcess process;
        process.start(pgConfig, {u"--bindir"_s});
        if (process.waitForFinished(10000) && process.exitCode() == 0)
            candidates.append(QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed());
    }
    candidates += versionedDirectories(u"/usr/lib/postgresql"_s, u"*"_s, u"/bin"_s); // Debian, Ubuntu
    candidates += versionedDirectories(u"/usr"_s, u"pgsql-*"_s, u"/bin"_s);          // RHEL, Fedora
    candidates += versionedDirectories(u"/opt/homebrew/opt"_s, u"postgresql@*"_s, u"/bin"_s);
    candidates += versionedDirectories(u"/usr/local/opt"_s, u"postgresql@*"_s, u"/bin"_s);
    candidates += versionedDirectories(u"/Applications/Postgres.app/Contents/Versions"_s, u"*"_s, u"/bin"_s);
    candidates += versionedDirectories(u"C:/Program Files/PostgreSQL"_s, u"*"_s, u"/bin"_s);
    candidates << u"/usr/local/pgsql/bin"_s << u"/usr/lib/postgresql/bin"_s;
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    if (!initdb.isEmpty())
        candidates.append(QFileInfo(initdb).absolutePath());
    for (const QString &dir : std::as_const(candidates)) {
        if (hasServerTools(dir))
            return QDir::cleanPath(dir);
    }
    Error e =
        Error::make(tr("PostgreSQL's server programs (initdb, pg_ctl) were not found on this computer."));
    e.detail = tr("Install PostgreSQL: on Debian or Ubuntu \"sudo apt install postgresql\", on Fedora "
                  "\"sudo dnf install postgresql-server\", on macOS \"brew install postgresql\", on Windows "
                  "the installer from postgresql.org. If it is installed somewhere unusual, give the folder "
                  "that holds initdb (--pg-bindir, or the PJL_PG_BINDIR environment variable).");
    return e;
}

QString LocalServer::dataDirectory() const
{
    return m_directory + u"/pgdata"_s;
}

QString LocalServer::socketDirectory() const
{
    // A unix socket path has room for about 100 bytes; a deep home directory gets a short private
    // directory in /tmp instead, named after the sandbox so two sandboxes never share one.
    const QString inside = m_directory + u"/socket"_s;
    if (inside.toLocal8Bit().size() + 20 < 100)
        return inside;
    const QByteArray hash = QCryptographicHash::hash(m_directory.toUtf8(), QCryptographicHash::Sha1).toHex();
#ifdef Q_OS_UNIX
    const QString user = QString::number(::geteuid());
#else
    const QString user;
#endif
    return u"/tmp/pgjsonload-%1-%2"_s.arg(user, QString::fromLatin1(hash.left(12)));
}

bool LocalServer::exists() const
{
    return QFileInfo::exists(dataDirectory() + u"/PG_VERSION"_s);
}

LocalServer::Run LocalServer::runTool(const QString &tool, const QStringList &arguments, int timeoutMs) const
{
    return runAsServerUser(m_binDirectory + u'/' + toolName(tool), arguments, timeoutMs);
}

LocalServer::Run LocalServer::runAsServerUser(const QString &program, const QStringList &arguments,
                                              int timeoutMs)
{
    Run run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The server programs speak English in our messages and logs whatever the desktop's locale.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_MESSAGES"_s, u"C"_s);
    environment.remove(u"PGDATA"_s);
    process.setProcessEnvironment(environment);
    if (runningAsRoot())
        process.start(u"runuser"_s,
                      QStringList{u"-u"_s, QString::fromLatin1(kSuperuser), u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        run.output = process.errorString();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.output = tr("%1 did not finish within %n second(s).", nullptr, timeoutMs / 1000)
                         .arg(QFileInfo(program).fileName());
        return run;
    }
    run.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

Error LocalServer::prepareDirectory() const
{
    if (!QDir().mkpath(m_directory))
        return Error::make(tr("Cannot create the folder %1 for the local PostgreSQL.").arg(m_directory));
    const QString sockets = socketDirectory();
#ifdef Q_OS_UNIX
    // The short socket directory lives in /tmp, where anybody could have made it first: use an
    // existing one only if it is ours (or, for root, the server user's), or a stranger could stand
    // in for the server. Checked before the chmod and chown below, which would follow a symlink.
    if (const QFileInfo existing(sockets); existing.exists() || existing.isSymLink()) {
        const passwd *serverUser = runningAsRoot() ? ::getpwnam(kSuperuser) : nullptr;
        const uint owner = existing.ownerId();
        const bool ours = owner == ::geteuid() || (serverUser && owner == serverUser->pw_uid);
        if (existing.isSymLink() || !existing.isDir() || !ours)
            return Error::make(tr("The folder %1 for the local PostgreSQL's socket belongs to someone else; "
                                  "remove it and try again.")
                                   .arg(sockets));
    }
#endif
    if (!QDir().mkpath(sockets))
        return Error::make(tr("Cannot create the folder %1 for the local PostgreSQL.").arg(sockets));
    // Only the server's user may enter the socket directory: that, not a password, keeps others out.
    QFile::setPermissions(sockets, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#ifdef Q_OS_UNIX
    if (runningAsRoot()) {
        const passwd *owner = ::getpwnam(kSuperuser);
        if (!owner)
            return Error::make(
                tr("PostgreSQL does not run as root and there is no user \"postgres\" to run it "
                   "as: run pgjsonload as a normal user, or install PostgreSQL's package."));
        for (const QString &dir : {m_directory, sockets}) {
            if (::chown(QFile::encodeName(dir).constData(), owner->pw_uid, owner->pw_gid) != 0)
                return Error::make(tr("Cannot hand the folder %1 to the user \"postgres\".").arg(dir));
        }
        if (runAsServerUser(u"test"_s, {u"-w"_s, m_directory}, 10000).exitCode != 0)
            return Error::make(tr("The user \"postgres\" cannot reach %1 (a folder above it is private); "
                                  "choose another folder for the local PostgreSQL.")
                                   .arg(m_directory));
    }
#endif
    return {};
}

Error LocalServer::initialise() const
{
    // Trust is safe here only because nobody else can reach the socket (see prepareDirectory).
    const Run run = runTool(u"initdb"_s,
                            {u"-D"_s, dataDirectory(), u"-U"_s, QString::fromLatin1(kSuperuser), u"-A"_s,
                             u"trust"_s, u"-E"_s, u"UTF8"_s, u"--no-locale"_s, u"--no-instructions"_s},
                            180000);
    if (run.exitCode != 0) {
        Error e = Error::make(tr("Could not create the local PostgreSQL in %1.").arg(m_directory));
        e.detail = run.output.section(u'\n', -6);
        return e;
    }
    // Where to listen is ours to decide at every start (the socket directory may move), so it
    // lives in a file of its own that postgresql.conf includes.
    QFile conf(dataDirectory() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append | QIODevice::Text) ||
        conf.write("\n# Written by pgjsonload: where the sandbox listens.\n"
                   "include_if_exists = 'pgjsonload.conf'\n") < 0)
        return Error::make(tr("Cannot write %1.").arg(conf.fileName()));
    return {};
}

Error LocalServer::writeServerConfig() const
{
    QByteArray text = "# Rewritten by pgjsonload at every start of the sandbox.\n";
#ifdef Q_OS_UNIX
    text += "listen_addresses = ''\n";
    text += "unix_socket_directories = " + configQuoted(socketDirectory()).toUtf8() + '\n';
    text += "port = " + QByteArray::number(kDefaultPort) + '\n';
#else
    text += "listen_addresses = '127.0.0.1'\n";
    text += "port = " + QByteArray::number(kTcpPort) + '\n';
#endif
    QFile file(dataDirectory() + u"/pgjsonload.conf"_s);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
        file.write(text) != text.size())
        return Error::make(tr("Cannot write %1.").arg(file.fileName()));
    return {};
}

QString LocalServer::logTail() const
{
    QFile log(m_directory + u"/server.log"_s);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > 4096)
        log.seek(log.size() - 4096);
    return QString::fromUtf8(log.readAll()).trimmed().section(u'\n', -6);
}

Error LocalServer::findOwnBinaries() const
{
    if (m_binariesChecked)
        return {};
    const Result<QString> found = findBinaries(m_binDirectory);
    if (!found)
        return found.error();
    m_binDirectory = found.value();
    m_binariesChecked = true;
    return {};
}

bool LocalServer::isRunning() const
{
    if (!exists() || findOwnBinaries())
        return false;
    return runTool(u"pg_ctl"_s, {u"status"_s, u"-D"_s, dataDirectory()}, 30000).exitCode == 0;
}

Result<ConnectionSettings> LocalServer::connectionSettings() const
{
    // postmaster.pid: pid, data directory, start time, port, socket directory, listen address, ...
    QFile pidFile(dataDirectory() + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::make(tr("The local PostgreSQL in %1 is not running.").arg(m_directory));
    const QStringList lines = QString::fromUtf8(pidFile.readAll()).split(u'\n');
    if (lines.size() < 6)
        return Error::make(tr("The local PostgreSQL in %1 is still starting.").arg(m_directory));
    ConnectionSettings settings;
    const QString socket = lines.at(4).trimmed();
    settings.host = socket.isEmpty() ? lines.at(5).trimmed() : socket;
    settings.port = lines.at(3).trimmed();
    settings.user = QString::fromLatin1(kSuperuser);
    settings.database = u"postgres"_s;
    return settings;
}

Result<ConnectionSettings> LocalServer::start()
{
    QMutexLocker locker(&s_mutex);
    if (Error e = findOwnBinaries())
        return e;
    if (Error e = prepareDirectory())
        return e;
    QLockFile lock(m_directory + u"/.lock"_s);
    lock.setStaleLockTime(0); // a dead process's lock is stale at once; a live one may hold it long
    if (!lock.tryLock(240000))
        return Error::make(
            tr("Another program is starting the local PostgreSQL in %1; try again.").arg(m_directory));

    if (!exists()) {
        if (Error e = initialise())
            return e;
    }
    if (isRunning())
        return connectionSettings();
    if (Error e = writeServerConfig())
        return e;
    const Run run = runTool(u"pg_ctl"_s,
                            {u"start"_s, u"-D"_s, dataDirectory(), u"-l"_s, m_directory + u"/server.log"_s,
                             u"-w"_s, u"-t"_s, u"120"_s},
                            150000);
    if (run.exitCode != 0) {
        Error e = Error::make(tr("Could not start the local PostgreSQL in %1.").arg(m_directory));
        const QString log = logTail();
        e.detail = log.isEmpty() ? run.output : log;
        return e;
    }
    s_startedHere.insert(m_directory, m_binDirectory);
    return connectionSettings();
}

Error LocalServer::stop()
{
    QMutexLocker locker(&s_mutex);
    if (Error e = findOwnBinaries())
        return e;
    s_startedHere.remove(m_directory);
    if (!exists() || !isRunning())
        return {};
    const Run run =
        runTool(u"pg_ctl"_s, {u"stop"_s, u"-D"_s, dataDirectory(), u"-m"_s, u"fast"_s, u"-w"_s}, 120000);
    if (run.exitCode != 0) {
        Error e = Error::make(tr("Could not stop the local PostgreSQL in %1.").arg(m_directory));
        e.detail = run.output;
        return e;
    }
    return {};
}

Result<ConnectionSettings> LocalServer::resolve(const ConnectionSettings &settings)
{
    if (!settings.local)
        return settings;
    LocalServer server(settings.localDirectory, settings.localBinDirectory);
    Result<ConnectionSettings> where = server.start();
    if (!where)
        return where;
    ConnectionSettings resolved = where.value();
    resolved.connectTimeoutSeconds = settings.connectTimeoutSeconds;
    if (!settings.database.isEmpty())
        resolved.database = settings.database;
    return resolved;
}

void LocalServer::stopStartedHere()
{
    QHash<QString, QString> started;
    {
        QMutexLocker locker(&s_mutex);
        started = s_startedHere;
    }
    for (auto it = started.cbegin(); it != started.cend(); ++it)
        LocalServer(it.key(), it.value()).stop();
}

bool LocalServer::anyStartedHere()
{
    QMutexLocker locker(&s_mutex);
    return !s_startedHere.isEmpty();
}

} // namespace pjl
