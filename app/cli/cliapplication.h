#pragma once

#include "commandspec.h"
#include "loadplan.h"
#include "logger.h"
#include "result.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace pjl {

// The command-line front end: parses a command into a LoadPlan (or a smaller job), runs it on the
// core, prints what happened. Keeps the original tool's interface:
//   pgjsonload seed --dst_table T
//   pgjsonload load --src_file F [--src_file F2 ...] --dst_table T [--chunk N] [--workers N] ...
// Exit codes: 0 all loaded, 3 loaded with rejects, 1 fatal error, 2 usage error, 130 cancelled.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    CliApplication() = default;
    int run(const QStringList &arguments);

    enum ExitCode
    {
        Success = 0,
        Fatal = 1,
        Usage = 2,
        Rejects = 3,
    };

private:
    int seed(const QStringList &arguments);
    int load(const QStringList &arguments);
    int status(const QStringList &arguments);
    int dispatch(const QStringList &arguments);
    int runProfile(const QStringList &arguments);  // pgjsonload run PROFILE (see LoadProfile)
    int localServer(const QStringList &arguments); // pgjsonload local start|stop|status
    // Every command with its options: what parses the arguments, --help and the manual page show.
    QList<CommandSpec> commands() const;
    void configure(QCommandLineParser &parser, const QString &command) const;
    // Parses a command's arguments; an exit code when nothing is left to do (a usage error, --help).
    std::optional<int> parse(QCommandLineParser &parser, const QString &command,
                             const QStringList &arguments) const;
    QList<QCommandLineOption> loadOptionList() const;
    QList<QCommandLineOption> connectionOptions() const;
    QList<QCommandLineOption> localServerOptions() const;
    // Applies the load options that are set on top of options; returns a usage error or nothing.
    QString loadOptionsFrom(const QCommandLineParser &parser, LoadOptions &options) const;
    static QString defaultRejectsPath(const QString &table);
    int runPlan(LoadPlan plan, bool quiet, bool verbose);
    int usage(const QString &message) const;
    int fatal(const QString &message) const;
    int fatal(const Error &error) const; // the message, then its detail on the next lines
    bool openLog(const QString &path);
    ConnectionSettings connectionFrom(const QCommandLineParser &parser);
    QString connectionUsageError(const QCommandLineParser &parser) const;
    // --local: starts the sandbox (remembered, so run() stops it at the end unless --keep-local).
    Result<ConnectionSettings> resolveConnection(const ConnectionSettings &settings);
    QString helpText() const;

    Logger m_logger;
    bool m_keepLocal = false;
};

} // namespace pjl
