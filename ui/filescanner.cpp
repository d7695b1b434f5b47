#include "filescanner.h"

#include "fileexpander.h"
#include "framingsniffer.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {
constexpr qint64 kSniffBytes = 64 << 10; // a guess for display; the load reports the real framing
}

FileScanner::FileScanner(QObject *parent)
    : QObject(parent)
{}

FileScanner::~FileScanner()
{
    for (auto *watcher : std::as_const(m_sniffWatchers)) {
        watcher->cancel();
        watcher->waitForFinished();
    }
}

ScanResult FileScanner::expand(const QList<LoadSource> &sources, bool recursive)
{
    ScanResult result;
    for (const LoadSource &source : sources) {
        auto files = FileExpander::expand({source}, recursive);
        if (!files) {
            result.errors.append(files.error().message);
            continue;
        }
        const QFileInfo info(source.path);
        const bool single = !FileExpander::hasWildcards(source.path) && !info.isDir();
        const QString origin =
            single ? QString() : QDir::cleanPath(info.isDir() ? info.absoluteFilePath() : source.path);
        if (files->isEmpty() && info.isDir())
            result.errors.append(tr("%1 contains no JSON files (*.json, *.jsonl, *.ndjson, and .gz).")
                                     .arg(QDir::toNativeSeparators(source.path)));
        for (const FileEntry &file : std::as_const(files.value())) {
            result.files.append(file);
            result.origins.append(origin);
        }
    }
    return result;
}

void FileScanner::scan(const QList<LoadSource> &sources, bool recursive)
{
    auto *watcher = new QFutureWatcher<ScanResult>(this);
    connect(watcher, &QFutureWatcher<ScanResult>::finished, this, [this, watcher] {
        const ScanResult result = watcher->result();
        watcher->deleteLater();
        setCounts(m_scans - 1, m_sniffers);
        Q_EMIT scanned(result);
    });
    setCounts(m_scans + 1, m_sniffers);
    watcher->setFuture(QtConcurrent::run([sources, recursive] { return expand(sources, recursive); }));
}

void FileScanner::sniff(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    using Item = QPair<QString, Framing>;
    auto *watcher = new QFutureWatcher<Item>(this);
    m_sniffWatchers.append(watcher);
    connect(watcher, &QFutureWatcher<Item>::resultsReadyAt, this, [this, watcher](int begin, int end) {
        QHash<QString, Framing> framings;
        for (int i = begin; i < end; ++i) {
            const Item item = watcher->resultAt(i);
            framings.insert(item.first, item.second);
        }
        Q_EMIT framingsDetected(framings);
    });
    connect(watcher, &QFutureWatcher<Item>::finished, this, [this, watcher] {
        m_sniffWatchers.removeOne(watcher);
        watcher->deleteLater();
        setCounts(m_scans, m_sniffers - 1);
    });
    setCounts(m_scans, m_sniffers + 1);
    // One thread walks the files in order, so a thousand dropped files do not start a thousand reads.
    watcher->setFuture(QtConcurrent::run([paths](QPromise<Item> &promise) {
        for (const QString &path : paths) {
            if (promise.isCanceled())
                return;
            const auto framing = FramingSniffer::sniff(path, kSniffBytes);
            promise.addResult(qMakePair(path, framing ? framing.value() : Framing::Unknown));
        }
    }));
}

void FileScanner::stopSniffing()
{
    for (auto *watcher : std::as_const(m_sniffWatchers))
        watcher->cancel();
}

void FileScanner::setCounts(int scans, int sniffers)
{
    const bool wasBusy = isBusy();
    m_scans = scans;
    m_sniffers = sniffers;
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

} // namespace pjl
