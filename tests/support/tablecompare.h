#pragma once

#include "connectionsettings.h"

#include <QByteArrayList>
#include <QString>

namespace pjl::test {

// Compares a table's data column with the records a load should have produced, row by row as
// jsonb values: EXCEPT ALL both ways, so duplicates, losses and extra rows (NULL padding) all show.
struct TableDiff
{
    qint64 tableRows = -1;
    qint64 expectedRows = -1;
    qint64 missing = -1; // expected but not in the table
    qint64 extra = -1;   // in the table but not expected
    QString error;

    bool equal() const { return error.isEmpty() && missing == 0 && extra == 0 && tableRows == expectedRows; }
    QString describe() const;
};

TableDiff compareTable(const ConnectionSettings &connection, const QString &quotedTable,
                       const QByteArrayList &expected);

// Same, with the expected records given as an SQL query returning one jsonb column.
TableDiff compareTableWithQuery(const ConnectionSettings &connection, const QString &quotedTable,
                                const QString &query);

} // namespace pjl::test
