#pragma once

#include "loadplan.h"
#include "pgconnection.h"
#include "tablename.h"

#include <QCoreApplication>

namespace pjl {

// The type of the target's "data" column decides how rows are encoded in binary COPY (in text COPY
// all are text).
enum class ColumnKind
{
    Jsonb, // version byte 1 + text
    Json,  // text as is
    Text,  // text as is
};

// Creates or checks a target table once per load (never once per file).
class TableSetup final
{
    Q_DECLARE_TR_FUNCTIONS(TableSetup)

public:
    // CREATE TABLE IF NOT EXISTS t (data jsonb NOT NULL).
    static Error create(PgConnection &connection, const TableName &table);

    // Creates a missing table (when allowed), empties it (when asked), and checks that rows of a
    // single "data" column can go in: the column exists with a JSON or text type, no other column
    // needs a value, and we may insert.
    static Result<ColumnKind> prepare(PgConnection &connection, const TableName &table, bool createIfMissing,
                                      bool truncate);

    // What loading into the table needs, for a role that may do no more: USAGE on its schema and
    // INSERT on it (the journal's share: LoadJournal::grantTo).
    static Error grantLoad(PgConnection &connection, const TableName &table, const QString &role);

    static QByteArray copyStatement(const TableName &table, CopyFormat format = CopyFormat::Binary);
};

} // namespace pjl
