#pragma once

#include "fileentry.h"
#include "framing.h"
#include "loadplan.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace pjl {

// What a scan found: files (with the table of the source they came from, possibly empty), the
// folder or pattern each came from (empty for a file named by itself), and one message per source
// that could not be used.
struct ScanResult
{
    FileEntries files;
    QStringList origins;
    QStringList errors;
};

// Turns dropped or chosen paths (and a profile's sources) into files, then guesses each file's
// framing, all on pool threads; results come back as signals on the owner's thread. The UI thread
// never lists a directory or opens a file.
class FileScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileScanner)

public:
    explicit FileScanner(QObject *parent = nullptr);
    ~FileScanner() override; // stops sniffing and waits for the threads

    void scan(const QList<LoadSource> &sources, bool recursive);
    void sniff(const QStringList &paths);
    void stopSniffing();
    bool isBusy() const { return m_scans > 0 || m_sniffers > 0; }
    bool isScanning() const { return m_scans > 0; }

    // Blocking: expands each source on its own, so that one missing path does not hide the others.
    static ScanResult expand(const QList<LoadSource> &sources, bool recursive);

Q_SIGNALS:
    void scanned(const pjl::ScanResult &result);
    void framingsDetected(const QHash<QString, pjl::Framing> &framings);
    void busyChanged(bool busy);

private:
    void setCounts(int scans, int sniffers);

    int m_scans = 0;
    int m_sniffers = 0;
    QList<QFutureWatcher<QPair<QString, Framing>> *> m_sniffWatchers;
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::ScanResult)
