#include "tablecompare.h"

#include "pgconnection.h"

using namespace Qt::StringLiterals;

namespace pjl::test {

QString TableDiff::describe() const
{
    if (!error.isEmpty())
        return error;
    return u"table rows %1, expected %2, missing %3, extra %4"_s.arg(tableRows)
        .arg(expectedRows)
        .arg(missing)
        .arg(extra);
}

namespace {

TableDiff diff(PgConnection &c, const QString &quotedTable, const QString &expectedTable)
{
    TableDiff d;
    const auto count = [&](const QString &sql, qint64 *out) {
        auto r = c.exec(sql.toUtf8());
        if (!r) {
            d.error = r.error().toString();
            return false;
        }
        *out = r->toInt64(0, 0);
        return true;
    };
    count(u"SELECT count(*) FROM "_s + quotedTable, &d.tableRows) &&
        count(u"SELECT count(*) FROM "_s + expectedTable, &d.expectedRows) &&
        count(u"SELECT count(*) FROM (SELECT data FROM %1 EXCEPT ALL SELECT data FROM %2) x"_s.arg(
                  expectedTable, quotedTable),
              &d.missing) &&
        count(u"SELECT count(*) FROM (SELECT data FROM %1 EXCEPT ALL SELECT data FROM %2) x"_s.arg(
                  quotedTable, expectedTable),
              &d.extra);
    return d;
}

} // namespace

TableDiff compareTable(const ConnectionSettings &connection, const QString &quotedTable,
                       const QByteArrayList &expected)
{
    PgConnection c;
    TableDiff d;
    if (Error e = c.open(connection)) {
        d.error = e.toString();
        return d;
    }
    c.exec("CREATE TEMP TABLE pjl_expected (data jsonb)");
    // COPY text format: escape backslash and the row/column separators.
    if (Error e = c.beginCopy("COPY pjl_expected (data) FROM STDIN")) {
        d.error = e.toString();
        return d;
    }
    QByteArray buffer;
    for (const QByteArray &record : expected) {
        for (char ch : record) {
            switch (ch) {
            case '\\':
                buffer += "\\\\";
                break;
            case '\n':
                buffer += "\\n";
                break;
            case '\r':
                buffer += "\\r";
                break;
            case '\t':
                buffer += "\\t";
                break;
            default:
                buffer += ch;
            }
        }
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            c.putCopyData(buffer.constData(), buffer.size());
            buffer.clear();
        }
    }
    c.putCopyData(buffer.constData(), buffer.size());
    if (Error e = c.endCopy()) {
        d.error = u"loading the expected records: "_s + e.toString();
        return d;
    }
    return diff(c, quotedTable, u"pjl_expected"_s);
}

TableDiff compareTableWithQuery(const ConnectionSettings &connection, const QString &quotedTable,
                                const QString &query)
{
    PgConnection c;
    TableDiff d;
    if (Error e = c.open(connection)) {
        d.error = e.toString();
        return d;
    }
    auto r =
        c.exec(u"CREATE TEMP TABLE pjl_expected AS SELECT data::jsonb AS data FROM (%1) q(data)"_s.arg(query)
                   .toUtf8());
    if (!r) {
        d.error = r.error().toString();
        return d;
    }
    return diff(c, quotedTable, u"pjl_expected"_s);
}

} // namespace pjl::test
