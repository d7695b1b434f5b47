#include "clirun.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace pjl::test {

QString cliProgram()
{
    return QStringLiteral(PJL_BIN_DIR) + u"/pgjsonload"_s;
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(cliProgram(), args);
    if (!p.waitForFinished(300000))
        qFatal("pgjsonload did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace pjl::test
