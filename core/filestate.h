#pragma once

#include <QCoreApplication>
#include <QMetaType>

namespace pjl {

enum class FileState
{
    Queued,
    Reading,       // being read; batches are on their way
    Loaded,        // every record is in the table or in the rejects
    Failed,        // could not be read to the end (see the file's error)
    Stopped,       // the load stopped part way (cancel or an error); committed batches stay
    Skipped,       // not started
    AlreadyLoaded, // the journal says a previous run loaded it completely
    Changed,       // the journal has it, but the file changed since: not loaded (use reload)
};

class FileStateText
{
    Q_DECLARE_TR_FUNCTIONS(FileStateText)

public:
    static QString name(FileState state);
};

} // namespace pjl

Q_DECLARE_METATYPE(pjl::FileState)
