#include "tablesetup.h"

using namespace Qt::StringLiterals;

namespace pjl {

Error TableSetup::create(PgConnection &connection, const TableName &table)
{
    const QByteArray sql = "CREATE TABLE IF NOT EXISTS " + table.quoted().toUtf8() + " (data jsonb NOT NULL)";
    // IF NOT EXISTS is no lock: of loaders creating the table at once, all but one can fail on the
    // catalog's unique index (23505), find it created (42P07) or find its row type created (42710,
    // seen with eight loaders at once); a second try sees the table.
    for (int attempt = 0;; ++attempt) {
        const auto result = connection.exec(sql);
        if (result)
            return {};
        const QString state = result.error().sqlState;
        if (attempt > 0 || (state != u"23505"_s && state != u"42P07"_s && state != u"42710"_s))
            return result.error();
    }
}

Error TableSetup::grantLoad(PgConnection &connection, const TableName &table, const QString &role)
{
    // The schema the table is in, also when its name was unqualified.
    const auto schema = connection.exec(
        "SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = "
        "to_regclass($1)",
        {table.quoted().toUtf8()});
    if (!schema)
        return schema.error();
    if (schema->rows() != 1)
        return Error::make(tr("Table %1 does not exist.").arg(table.display()), u"42P01"_s);
    const QString grantee = TableName::quoteIdentifier(role);
    const QByteArray statements[] = {
        "GRANT USAGE ON SCHEMA " + TableName::quoteIdentifier(schema->text(0, 0)).toUtf8() + " TO " +
            grantee.toUtf8(),
        "GRANT INSERT ON " + table.quoted().toUtf8() + " TO " + grantee.toUtf8()};
    for (const QByteArray &sql : statements) {
        const auto done = connection.exec(sql);
        if (!done)
            return done.error();
    }
    return {};
}

QByteArray TableSetup::copyStatement(const TableName &table, CopyFormat format)
{
    return "COPY " + table.quoted().toUtf8() + " (data) FROM STDIN" +
           (format == CopyFormat::Binary ? " (FORMAT binary)" : "");
}

Result<ColumnKind> TableSetup::prepare(PgConnection &connection, const TableName &table, bool createIfMissing,
                                       bool truncate)
{
    const QByteArray quoted = table.quoted().toUtf8();
    // The schema's privileges first, asked by name (to_regclass on a schema we may not use fails
    // with a bare "permission denied"): a missing privilege stops the load before anything is
    // written, with the GRANT that fixes it. An unqualified name is created in current_schema().
    auto access = connection.exec(
        "SELECT current_user, n.nspname, n.oid IS NOT NULL, has_schema_privilege(n.oid, 'USAGE'), "
        "has_schema_privilege(n.oid, 'CREATE') FROM (SELECT 1) one LEFT JOIN pg_namespace n "
        "ON n.nspname = coalesce(nullif($1, ''), current_schema())",
        {table.schema().toUtf8()});
    if (!access)
        return access.error();
    const QString role = TableName::quoteIdentifier(access->text(0, 0));
    const QString schema = TableName::quoteIdentifier(access->text(0, 1));
    const bool schemaExists = access->bytes(0, 2) == "t";
    if (!table.schema().isEmpty()) {
        if (!schemaExists)
            return Error::make(tr("Schema %1 does not exist; create it first (CREATE SCHEMA %1).")
                                   .arg(TableName::quoteIdentifier(table.schema())),
                               u"3F000"_s);
        if (access->bytes(0, 3) != "t")
            return Error::make(tr("Permission denied for schema %1: role %2 may not use it. Its owner can "
                                  "grant it: GRANT USAGE ON SCHEMA %1 TO %2;")
                                   .arg(schema, role),
                               u"42501"_s);
    }
    auto exists = connection.exec("SELECT to_regclass($1) IS NOT NULL", {quoted});
    if (!exists)
        return exists.error();
    if (exists->bytes(0, 0) != "t") {
        if (!createIfMissing)
            return Error::make(
                tr("Table %1 does not exist; create it first (pgjsonload seed) or allow creating it.")
                    .arg(table.display()),
                u"42P01"_s);
        if (schemaExists && access->bytes(0, 4) != "t")
            return Error::make(tr("Table %1 does not exist and role %2 may not create tables in schema %3. "
                                  "Have the schema's owner create it (pgjsonload seed --dst_table %1 --grant "
                                  "%2) or grant: GRANT CREATE ON SCHEMA %3 TO %2;")
                                   .arg(table.display(), role, schema),
                               u"42501"_s);
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
        return Error::make(tr("Permission denied for table %1: role %2 may not insert into it. Its owner "
                              "can grant it: GRANT INSERT ON %1 TO %2;")
                               .arg(table.display(), role),
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
