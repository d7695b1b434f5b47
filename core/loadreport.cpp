#include "loadreport.h"

namespace pjl {

int LoadReport::filesFailed() const
{
    int n = 0;
    for (const FileReport &f : files)
        n += (f.state == FileState::Failed || f.state == FileState::Changed) ? 1 : 0;
    return n;
}

int LoadReport::filesAlreadyLoaded() const
{
    int n = 0;
    for (const FileReport &f : files)
        n += f.state == FileState::AlreadyLoaded ? 1 : 0;
    return n;
}

qint64 LoadReport::rowsBefore() const
{
    qint64 n = 0;
    for (const FileReport &f : files)
        n += f.rowsBefore;
    return n;
}

int LoadReport::exitCode() const
{
    if (!fatal.isNull() || filesFailed() > 0)
        return 1;
    if (cancelled)
        return 130;
    return rowsRejected > 0 ? 3 : 0;
}

} // namespace pjl
