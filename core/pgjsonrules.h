#pragma once

#include "validationverdict.h"

#include <QCoreApplication>

#include <string>

namespace pjl {

// The rules PostgreSQL's jsonb input adds on top of RFC 8259, checked on the raw text:
//  - no \u0000 escape (22P05), surrogate escapes only as high+low pairs (22P02);
//  - every number within numeric's range (22003): at most 16383 digits after the decimal point
//    once the exponent is applied, a leading digit below 10^131072, |exponent| < 2^30 - 1;
//  - number syntax as RFC 8259 has it (22P02).
// Anything else about structure is simdjson's job.
class PgJsonRules final
{
    Q_DECLARE_TR_FUNCTIONS(PgJsonRules)

public:
    // neutralized, when given, receives the text with each number replaced by "0" plus spaces,
    // so simdjson (which rejects numbers beyond double range) can judge the structure.
    static ValidationVerdict check(const char *data, size_t size, std::string *neutralized = nullptr);

    // Only the \u escapes (for text simdjson accepted: backslashes appear only inside strings).
    static ValidationVerdict checkEscapes(const char *data, size_t size);

    // One number token, e.g. "-12.5e-3".
    static ValidationVerdict checkNumber(const char *token, size_t size);
};

} // namespace pjl
