#include "cliapplication.h"
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
    pjl::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
