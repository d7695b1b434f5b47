#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace pjl {

// A table name as psql users write it: optionally schema-qualified; an unquoted part folds to lower
// case and must be a valid identifier; a double-quoted part is literal, with "" for a quote.
// In SQL it is always emitted quoted, so no name can inject anything.
class TableName final
{
    Q_DECLARE_TR_FUNCTIONS(TableName)

public:
    TableName() = default;

    static Result<TableName> parse(const QString &text);

    const QString &schema() const { return m_schema; } // empty: resolved by search_path
    const QString &name() const { return m_name; }
    bool isNull() const { return m_name.isEmpty(); }

    QString quoted() const;  // "schema"."name", safe to paste into SQL
    QString display() const; // as a user would type it: quotes only where needed

    static QString quoteIdentifier(const QString &identifier);

    friend bool operator==(const TableName &a, const TableName &b) = default;

private:
    QString m_schema;
    QString m_name;
};

} // namespace pjl
