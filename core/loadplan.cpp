#include "loadplan.h"

#include <QThread>

namespace pjl {

int LoadOptions::effectiveWorkers() const
{
    return workers > 0 ? workers : std::max(1, QThread::idealThreadCount());
}

} // namespace pjl
