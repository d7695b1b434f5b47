#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pjl {

// A file that a plan's sources expanded to, with the table it goes to.
struct FileEntry
{
    QString path; // absolute, clean
    qint64 size = 0;
    QDateTime modified;
    QString table; // as the user wrote it
};

using FileEntries = QList<FileEntry>;

} // namespace pjl

Q_DECLARE_METATYPE(pjl::FileEntry)
