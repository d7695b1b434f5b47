#include "cliapplication.h"
#include "connectionsecrets.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pgjsonload"));
    QCoreApplication::setOrganizationName(QStringLiteral("pgjsonload"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PJL_VERSION));
    // The locale's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as command-line tools do; the
    // window's language setting is not the CLI's: scripts get what their environment says.
    pjl::Translations translations;
    translations.install();
    const QStringList arguments = QCoreApplication::arguments();
    // ps shows argv as it is in memory: a password given with --dsn must not stay readable there
    // for the hours a load may take. Qt has copied the arguments; ours are kept in `arguments`.
    pjl::ConnectionSecrets::scrubArguments(argc, argv);
    pjl::CliApplication cli;
    return cli.run(arguments);
}
