#pragma once

#include "fileentry.h"
#include "loadplan.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace pjl {

// Turns what a user named (files, directories, glob patterns) into the list of files to load.
// Directories contribute their *.json, *.jsonl, *.ndjson files and the .gz variants; a pattern
// may have wildcards in any path component. Each file appears once, at its first mention.
class FileExpander final
{
    Q_DECLARE_TR_FUNCTIONS(FileExpander)

public:
    // Fails (naming the culprit) when a path does not exist, a pattern matches nothing, or a file
    // cannot be read: better to say so before loading anything than halfway through.
    static Result<FileEntries> expand(const QList<LoadSource> &sources, bool recursive);

    static bool isJsonFileName(QStringView fileName); // by its suffix, in any case
    static bool hasWildcards(const QString &path);
};

} // namespace pjl
