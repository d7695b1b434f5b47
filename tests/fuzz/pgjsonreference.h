#pragma once

#include <cstddef>

namespace pjl::fuzz {

// The fuzz target's oracle for JsonValidator: what PostgreSQL 15's jsonb input accepts, written
// from its sources (src/common/jsonapi.c's lexer and parser, numeric.c's set_var_from_str() and
// make_result(), wchar.c's pg_utf8_islegal()) and deliberately sharing no code with the validator:
// a recursive-descent reader (with its own stack, so no depth limit), strict RFC 8259 grammar,
// UTF-8 as the server verifies it (no NUL), PostgreSQL's escape rules and numeric's range.
//
// Why not another ready parser: simdjson is what the validator uses (same bugs, and doubles where
// PostgreSQL has numeric); QJsonDocument stops at 1024 levels, turns numbers into doubles (1E400
// fails, 1e-16384 passes) and takes \u0000 and lone surrogates. Neither knows numeric's range.
// Not modelled: the server's stack limit (about 10,000 levels), which the validator leaves to it.
class PgJsonReference final
{
public:
    static bool accepts(const char *data, size_t size);
};

} // namespace pjl::fuzz
