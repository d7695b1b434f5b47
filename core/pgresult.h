#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct pg_result;

namespace pjl {

// Owns one PGresult.
class PgResult final
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);

    pg_result *get() const { return m_result.get(); }
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QString text(int row, int column) const { return QString::fromUtf8(bytes(row, column)); }
    qint64 toInt64(int row, int column) const { return bytes(row, column).toLongLong(); }

private:
    struct Deleter
    {
        void operator()(pg_result *r) const;
    };
    std::unique_ptr<pg_result, Deleter> m_result;
};

} // namespace pjl
