#pragma once

#include "validationverdict.h"

#include <QCoreApplication>

#include <memory>

namespace pjl {

// Decides, before a record is sent, whether PostgreSQL's jsonb input will accept it: simdjson for
// syntax and UTF-8 at GB/s, then PgJsonRules for what PostgreSQL adds (no \u0000, paired
// surrogates, numeric's range; simdjson's double range is not PostgreSQL's). Nesting deeper than
// we check is left to the server, which rejects what its stack cannot take.
// One instance per thread: it owns a reusable simdjson parser.
class JsonValidator final
{
    Q_DECLARE_TR_FUNCTIONS(JsonValidator)
    Q_DISABLE_COPY_MOVE(JsonValidator)

public:
    static constexpr size_t kPadding = 64; // readable bytes required after data + size

    JsonValidator();
    ~JsonValidator();

    ValidationVerdict check(const char *data, size_t size);

private:
    bool mayExceedNumericScale(size_t size, bool hasExponent) const;

    struct Parser;
    std::unique_ptr<Parser> m_parser;
};

} // namespace pjl
