#include "tablesetup.h"

using namespace Qt::StringLiterals;

namespace pjl {

Error TableSetup::create(PgConnection &connection, const TableName &table)
{
    const auto result =
        connection.exec("CREATE TABLE IF NOT EXISTS " + table.quoted().toUtf8() + " (data jsonb NOT NULL)");
    if (!result)
        return result.error();
    return {};
}

QByteArray TableSetup::copyStatement(const TableName &table)
{
    return "COPY " + table.quoted().toUtf8() + " (data) FROM STDIN (FORMAT binary)";
}

Result<ColumnKind> TableSetup::prepare(PgConnection &connection, const TableName &table, bool createIfMissing,
                                       bool truncate)
{
    const QByteArray quoted = table.quoted().toUtf8();
    auto exists = connection.exec("SELECT to_regclass($1) IS NOT NULL", {quoted});
    if (!exists)
        return exists.error();
    if (exists->bytes(0, 0) != "t") {
        if (!createIfMissing)
            return Error::make(
                tr("Table %1 does not exist; create it first (pgjsonload seed) or allow creating it.")
                    .arg(table.display()),
                u"42P01"_s);
        if (Error e = create(connection, table))
            return e;
    }

    auto columns = connection.exec(
        "SELECT a.attname, format_type(a.atttypid, NULL), a.attnotnull AND NOT a.atthasdef AND a.attidentity "
        "= '' "
        "AND a.attgenerated = '', has_table_privilege($1, 'INSERT') "
        "FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped",
        {quoted});
    if (!columns)
        return columns.error();
    if (columns->rows() > 0 && columns->bytes(0, 3) != "t")
        return Error::make(tr("Permission denied: you may not insert into table %1.").arg(table.display()),
                           u"42501"_s);
    std::optional<ColumnKind> kind;
    QString dataType;
    for (int row = 0; row < columns->rows(); ++row) {
        const QString name = columns->text(row, 0);
        if (name == u"data"_s) {
            dataType = columns->text(row, 1);
            if (dataType == u"jsonb"_s)
                kind = ColumnKind::Jsonb;
            else if (dataType == u"json"_s)
                kind = ColumnKind::Json;
            else if (dataType == u"text"_s || dataType == u"character varying"_s)
                kind = ColumnKind::Text;
        } else if (columns->bytes(row, 2) == "t") {
            return Error::make(
                tr("Table %1 has a NOT NULL column %2 without a default; pgjsonload fills only "
                   "the column data.")
                    .arg(table.display(), name),
                u"23502"_s);
        }
    }
    if (dataType.isEmpty())
        return Error::make(tr("Table %1 has no column named data.").arg(table.display()), u"42703"_s);
    if (!kind)
        return Error::make(
            tr("Column data of table %1 has type %2; pgjsonload loads into jsonb, json or text.")
                .arg(table.display(), dataType),
            u"42804"_s);
    if (truncate) {
        const auto done = connection.exec("TRUNCATE " + quoted);
        if (!done)
            return done.error();
    }
    return *kind;
}

} // namespace pjl
