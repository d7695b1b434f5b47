#include "cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pgjsonload"));
    QCoreApplication::setOrganizationName(QStringLiteral("pgjsonload"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PJL_VERSION));
    pjl::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
