#pragma once

#include "connectionsettings.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace pjl {

// The "Local PostgreSQL (sandbox)": a private cluster for people without a database server, made
// from the PostgreSQL programs already installed on the machine. The first start runs initdb in
// the directory; every start runs pg_ctl with a unix socket in a directory only the user can enter
// (loopback TCP where there are no unix sockets), so nobody else can connect although the
// cluster trusts local connections. Running as root, the server runs as user "postgres", because
// PostgreSQL refuses root. Every call blocks (initdb takes seconds): call it off the UI thread.
class LocalServer final
{
    Q_DECLARE_TR_FUNCTIONS(LocalServer)

public:
    // directory: where the cluster lives (empty: defaultDirectory()); binDirectory: initdb's and
    // pg_ctl's directory (empty: found by findBinaries()).
    explicit LocalServer(const QString &directory = {}, const QString &binDirectory = {});

    // ~/.local/share/pgjsonload/sandbox (the platform's data location); for root, whose home
    // the "postgres" user cannot enter, /var/lib/pgjsonload/sandbox.
    static QString defaultDirectory();

    // The directory holding initdb and pg_ctl: `configured` if given, else PJL_PG_BINDIR,
    // pg_config --bindir, the usual install places (newest version first), then PATH. The error
    // says how to install PostgreSQL.
    static Result<QString> findBinaries(const QString &configured = {});

    QString directory() const { return m_directory; }
    bool exists() const; // initdb has run here

    bool isRunning() const;
    // Creates the cluster the first time and starts it unless it runs already (this process or
    // another may have started it); returns how to connect to it.
    Result<ConnectionSettings> start();
    // Stops the server whoever started it. No error when it is not running.
    Error stop();
    // How to connect while it runs (read off postmaster.pid), or an error saying it does not run.
    Result<ConnectionSettings> connectionSettings() const;

    // settings.local: start the sandbox it names and fill in where to connect; otherwise the
    // settings unchanged. The one call the CLI, the tester and the load need.
    static Result<ConnectionSettings> resolve(const ConnectionSettings &settings);
    // Stops every sandbox this process started (the GUI at exit, unless asked to keep it).
    static void stopStartedHere();
    static bool anyStartedHere();

private:
    struct Run
    {
        int exitCode = -1; // -1: it did not start, crashed or timed out
        QString output;
    };
    Run runTool(const QString &tool, const QStringList &arguments, int timeoutMs) const;
    // As the user the server runs as: "postgres" when we are root, else ourselves.
    static Run runAsServerUser(const QString &program, const QStringList &arguments, int timeoutMs);
    Error findOwnBinaries() const; // the configured folder checked, or one found
    Error prepareDirectory() const;
    Error initialise() const;
    Error writeServerConfig() const;
    QString socketDirectory() const;
    QString dataDirectory() const;
    QString logTail() const;

    QString m_directory;
    // Found on first use: constructing a LocalServer only to ask for its directory costs nothing.
    mutable QString m_binDirectory;
    mutable bool m_binariesChecked = false;
};

} // namespace pjl
