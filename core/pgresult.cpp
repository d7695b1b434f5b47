#include "pgresult.h"

#include <libpq-fe.h>

namespace pjl {

void PgResult::Deleter::operator()(pg_result *r) const
{
    PQclear(r);
}

PgResult::PgResult(pg_result *result)
    : m_result(result)
{}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

} // namespace pjl
