// pgjsonload-gui: the desktop application. Everything lives in pgjsonload_ui; this only sets up the
// application (names, icon, translations) and opens the window.
//   pgjsonload-gui [PROFILE.pgjl.json | FILE_OR_FOLDER...]
#include "appsettings.h"
#include "loadprofile.h"
#include "localserver.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"pgjsonload"_s); // shares settings and log file with the CLI
    QApplication::setOrganizationName(u"pgjsonload"_s);
    QApplication::setApplicationDisplayName(u"pgjsonload"_s);
    QApplication::setApplicationVersion(QStringLiteral(PJL_VERSION));
    QApplication::setDesktopFileName(u"io.github.pgjsonload"_s); // installer/io.github.pgjsonload.desktop
    QIcon icon;
    for (const char *size : {"16", "32", "48", "64", "128"})
        icon.addFile(u":/icons/pgjsonload-%1.png"_s.arg(QLatin1StringView(size)));
    icon.addFile(u":/icons/pgjsonload.png"_s);
    QApplication::setWindowIcon(icon);

    // The language chosen in the settings (View > Language), by default the system's.
    pjl::Translations translations;
    translations.install(pjl::AppSettings().language());

    pjl::MainWindow window;
    window.show();
    const QStringList arguments = QApplication::arguments().mid(1);
    QStringList paths;
    for (const QString &argument : arguments) {
        if (argument.endsWith(u'.' + QLatin1StringView(pjl::LoadProfile::kFileSuffix)))
            window.openProfile(argument);
        else if (!argument.startsWith(u'-'))
            paths.append(argument);
    }
    window.addPaths(paths);
    const int code = QApplication::exec();
    // The window is gone; a sandbox server this session started goes with it unless asked to stay.
    if (!pjl::AppSettings().keepSandboxRunning())
        pjl::LocalServer::stopStartedHere();
    return code;
}
