#pragma once

#include <cstddef>

namespace pjl::fuzz {

// The fuzz targets' check of JsonbCanonicalizer (see canonicalcheck.cpp for what it verifies and
// how): call it with a record JsonValidator accepted and did not defer to the server. It traps,
// so that libFuzzer keeps the input, when an invariant breaks. paddingByte fills the
// JsonValidator::kPadding bytes after the record (they must not matter).
void checkCanonical(const char *record, size_t size, char paddingByte);

} // namespace pjl::fuzz
