// Renders the desktop application's main states to PNG files, for the README and for review
// (empty, files queued, load in progress, finished with rejects, its log, load history, connection
// dialog):
//   screenshooter OUTDIR DATADIR DSN
// DATADIR holds the JSON files to show (tests/gui/screenshots.sh makes them); DSN is a server to
// load into. Run under a (virtual) display: the pictures are what a user sees.
#include "connectiondialog.h"
#include "filelistmodel.h"
#include "filelistview.h"
#include "filescanner.h"
#include "journaldialog.h"
#include "journalmodel.h"
#include "loadcontroller.h"
#include "loadsettingswidget.h"
#include "mainwindow.h"
#include "rejectsmodel.h"
#include "rejectspanel.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool save(QWidget *widget, const QString &path)
{
    QApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    const bool ok = pixmap.save(path, "PNG", 9);
    std::fprintf(stderr, "%s %s (%dx%d)\n", ok ? "wrote" : "FAILED", qPrintable(path), pixmap.width(),
                 pixmap.height());
    return ok;
}

template<typename Predicate> bool waitFor(Predicate predicate, int ms, const char *what)
{
    if (QTest::qWaitFor(predicate, ms))
        return true;
    std::fprintf(stderr, "timed out waiting for %s\n", what);
    return false;
}

// A small file with a few records the loader turns down, so the rejects panel has something to show.
void writeBadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    for (int i = 1; i <= 400; ++i) {
        if (i == 57)
            f.write("{\"order\": 57, \"total\": 12.5, \"items\": [1, 2,}\n");
        else if (i == 133)
            f.write("{\"order\": 133, \"note\": \"bad \\u0000 escape\", \"total\": 3}\n");
        else if (i == 250)
            f.write("{\"order\": 250, \"customer\": \"ACME, \"total\": 99.0}\n");
        else if (i == 311)
            f.write("{\"order\": 311, \"total\": 1e999999}\n");
        else
            f.write(
                QStringLiteral("{\"order\": %1, \"customer\": \"c%2\", \"total\": %3, \"items\": [%4, %5]}\n")
                    .arg(i)
                    .arg(i % 37)
                    .arg(i * 1.25)
                    .arg(i % 7)
                    .arg(i % 11)
                    .toUtf8());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"pgjsonload"_s);
    QApplication::setOrganizationName(u"pgjsonload"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    pjl::Translations translations; // English, with its plural forms
    translations.install(u"en"_s);
    if (argc < 4) {
        std::fprintf(stderr, "usage: screenshooter OUTDIR DATADIR DSN\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString data = QString::fromLocal8Bit(argv[2]);
    const QString dsn = QString::fromLocal8Bit(argv[3]);
    QDir().mkpath(out);
    writeBadFile(data + u"/orders_2024-11.ndjson"_s);

    pjl::MainWindow window;
    window.resize(1240, 760);
    window.show();
    bool ok = QTest::qWaitForWindowExposed(&window);
    ok = save(&window, out + u"/empty.png"_s) && ok;

    // Files queued: a drop of the data folder's files, framings detected.
    QStringList files;
    const QStringList names =
        QDir(data).entryList({u"*.json"_s, u"*.ndjson"_s, u"*.gz"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(data + u'/' + name);
    window.addPaths(files);
    ok =
        waitFor([&] { return window.fileModel()->rowCount() == files.size() && !window.scanner()->isBusy(); },
                20000, "the files") &&
        ok;
    pjl::ConnectionSettings connection;
    connection.dsn = dsn;
    window.setConnection(connection);
    window.loadSettings()->chunkBox()->setValue(5000);
    window.loadSettings()->workersBox()->setValue(2);
    window.fileView()->selectRow(0);
    ok = save(&window, out + u"/files-queued.png"_s) && ok;

    // Load in progress.
    window.startLoad();
    ok = waitFor(
             [&] {
                 const pjl::LoadProgress &p = window.controller()->lastProgress();
                 return p.fraction() > 0.35 || !window.isBusy();
             },
             120000, "progress") &&
         ok;
    ok = save(&window, out + u"/load-in-progress.png"_s) && ok;

    // Finished, with rejects.
    ok = waitFor([&] { return !window.controller()->isRunning(); }, 300000, "the end of the load") && ok;
    QTest::qWait(200);
    window.rejectsPanel()->view()->selectRow(0);
    ok = save(&window, out + u"/finished-with-rejects.png"_s) && ok;
    window.tabs()->setCurrentIndex(1);
    ok = save(&window, out + u"/log.png"_s) && ok;
    window.tabs()->setCurrentIndex(0);

    // Load History: what the journal in the database now knows.
    window.showHistory();
    pjl::JournalDialog *history = window.historyDialog();
    ok = history && QTest::qWaitForWindowExposed(history) && ok;
    ok =
        history && waitFor([&] { return history->model()->rowCount() > 0; }, 20000, "the load history") && ok;
    if (history) {
        history->resize(1180, 360);
        ok = save(history, out + u"/load-history.png"_s) && ok;
        history->close();
    }

    // The connection dialog, after a successful test.
    pjl::ConnectionDialog dialog(&window);
    pjl::ConnectionSettings shown;
    shown.host = u"localhost"_s; // the server listens on the loopback interface too
    shown.port = dsn.section(u"port="_s, 1).section(u' ', 0, 0);
    shown.user = u"postgres"_s;
    shown.database = u"postgres"_s;
    dialog.setRecent({shown});
    dialog.setSettings(shown);
    dialog.show();
    ok = QTest::qWaitForWindowExposed(&dialog) && ok;
    dialog.testConnection();
    ok = waitFor([&] { return !dialog.isTesting(); }, 20000, "the connection test") && ok;
    ok = save(&dialog, out + u"/connection-dialog.png"_s) && ok;
    dialog.close();

    window.close();
    return ok ? 0 : 1;
}
