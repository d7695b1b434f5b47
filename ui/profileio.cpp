#include "profileio.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace pjl {

namespace {

struct Opened
{
    LoadProfile profile;
    ScanResult files;
    QString error;
    bool missing = false;
};

} // namespace

ProfileIo::ProfileIo(QObject *parent)
    : QObject(parent)
{}

void ProfileIo::open(const QString &path)
{
    auto *watcher = new QFutureWatcher<Opened>(this);
    ++m_busy;
    connect(watcher, &QFutureWatcher<Opened>::finished, this, [this, watcher, path] {
        const Opened result = watcher->result();
        watcher->deleteLater();
        --m_busy;
        if (!result.error.isEmpty())
            Q_EMIT openFailed(path, result.error, result.missing);
        else
            Q_EMIT opened(path, result.profile, result.files);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Opened out;
        auto profile = LoadProfile::load(path);
        if (!profile) {
            out.error = profile.error().message;
            out.missing = !QFileInfo::exists(path);
            return out;
        }
        out.profile = profile.value();
        out.files = FileScanner::expand(out.profile.plan().sources, out.profile.plan().options.recursive);
        return out;
    }));
}

void ProfileIo::save(const QString &path, const LoadProfile &profile)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    ++m_busy;
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        --m_busy;
        if (error.isEmpty())
            Q_EMIT saved(path);
        else
            Q_EMIT saveFailed(path, error);
    });
    watcher->setFuture(QtConcurrent::run([path, profile] { return profile.save(path).message; }));
}

} // namespace pjl
