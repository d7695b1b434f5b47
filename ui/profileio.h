#pragma once

#include "filescanner.h"
#include "loadprofile.h"

#include <QObject>

namespace pjl {

// Opens and saves load profiles on pool threads. Opening also expands the profile's files,
// folders and patterns, so the window gets rows it can show at once.
class ProfileIo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileIo)

public:
    explicit ProfileIo(QObject *parent = nullptr);

    void open(const QString &path);
    void save(const QString &path, const LoadProfile &profile);
    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void opened(const QString &path, const pjl::LoadProfile &profile, const pjl::ScanResult &files);
    void openFailed(const QString &path, const QString &error, bool missing); // missing: the file is gone
    void saved(const QString &path);
    void saveFailed(const QString &path, const QString &error);

private:
    int m_busy = 0;
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::LoadProfile)
