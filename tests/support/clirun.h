#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pjl::test {

// What one run of the real pgjsonload program printed and returned.
struct CliRun
{
    int exitCode = -1; // -1: it crashed or was killed
    QString out;
    QString err;
};

QString cliProgram(); // build/bin/pgjsonload

// Runs pgjsonload as a user runs it and waits for it (a hang ends the test with a fatal error).
CliRun runCli(const QStringList &args,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace pjl::test
