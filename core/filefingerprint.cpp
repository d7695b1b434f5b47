#include "filefingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace pjl {

bool FileFingerprint::sameContent(const FileFingerprint &other) const
{
    if (size != other.size || headMd5 != other.headMd5 || tailMd5 != other.tailMd5)
        return false;
    return wholeFileHashed() || modifiedMs == other.modifiedMs;
}

Result<FileFingerprint> FileFingerprint::compute(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(tr("Cannot read %1: %2").arg(path, file.errorString()));
    FileFingerprint fp;
    fp.size = file.size();
    fp.modifiedMs = QFileInfo(file).lastModified().toMSecsSinceEpoch();
    const auto hash = [&file](qint64 from, qint64 bytes) {
        QCryptographicHash md5(QCryptographicHash::Md5);
        file.seek(from);
        while (bytes > 0) {
            const QByteArray chunk = file.read(std::min<qint64>(bytes, 256 << 10));
            if (chunk.isEmpty())
                break;
            md5.addData(chunk);
            bytes -= chunk.size();
        }
        return md5.result().toHex();
    };
    if (fp.wholeFileHashed()) {
        fp.headMd5 = hash(0, fp.size);
        fp.tailMd5 = fp.headMd5;
    } else {
        fp.headMd5 = hash(0, kEdgeBytes);
        fp.tailMd5 = hash(fp.size - kEdgeBytes, kEdgeBytes);
    }
    if (file.error() != QFileDevice::NoError)
        return Error::make(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return fp;
}

} // namespace pjl
