#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace pjl {

// A file that a plan's sources expanded to, with the table it goes to.
struct FileEntry
{
    QString path; // absolute, clean
    qint64 size = 0;
    qint64 modifiedMs = -1; // since the epoch, UTC
    QString table;          // as the user wrote it
};

using FileEntries = QList<FileEntry>;

} // namespace pjl

Q_DECLARE_METATYPE(pjl::FileEntry)
