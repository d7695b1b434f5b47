#pragma once

#include <cstddef>
#include <cstdio>

// Traps, so that libFuzzer keeps the input, when an invariant breaks; tag names the target.
#define PJL_FUZZ_CHECK(tag, condition, what)                                                                 \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s: invariant violated: %s (%s)\n", tag, what, #condition);                \
            __builtin_trap();                                                                                \
        }                                                                                                    \
    } while (false)

namespace pjl::fuzz {

// The fuzz targets' check of JsonbCanonicalizer (see canonicalcheck.cpp for what it verifies and
// how): call it with a record JsonValidator accepted and did not defer to the server. It traps,
// so that libFuzzer keeps the input, when an invariant breaks. paddingByte fills the
// JsonValidator::kPadding bytes after the record (they must not matter).
void checkCanonical(const char *record, size_t size, char paddingByte);

} // namespace pjl::fuzz
