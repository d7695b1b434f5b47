#include "filestate.h"

namespace pjl {

QString FileStateText::name(FileState state)
{
    switch (state) {
    case FileState::Queued:
        return tr("queued");
    case FileState::Reading:
        return tr("loading");
    case FileState::Loaded:
        return tr("loaded");
    case FileState::Failed:
        return tr("failed");
    case FileState::Stopped:
        return tr("stopped");
    case FileState::Skipped:
        return tr("skipped");
    case FileState::AlreadyLoaded:
        return tr("already loaded");
    case FileState::Changed:
        return tr("changed since loaded");
    }
    return {};
}

} // namespace pjl
