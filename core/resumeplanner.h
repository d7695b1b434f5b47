#pragma once

#include "loadplan.h"
#include "result.h"

#include <QCoreApplication>

namespace pjl {

class LoadState;
class PgConnection;

// Before a load: asks the journal about every file bound for one table and decides, per file,
// to load it (new), skip it (complete before, or changed since an earlier run committed some of
// its records), resume it after its committed ranges (also when it grew by appending), or start
// it over (reload, or changed with nothing of it committed). Registers new and restarted files in
// the journal.
class ResumePlanner final
{
    Q_DECLARE_TR_FUNCTIONS(ResumePlanner)

public:
    static Error plan(PgConnection &connection, LoadState &state, int tableIndex, quint32 tableOid,
                      const LoadOptions &options);
};

} // namespace pjl
