#pragma once

#include <QtGlobal>

#include <cstddef>

namespace pjl {

// Drops the whitespace between a JSON record's tokens and keeps every other byte as it was: keys
// in the order written, strings and numbers byte for byte. jsonb stores the same value, and the
// server reads 29% fewer bytes of the pretty-printed GitHub events. Unlike JsonbCanonicalizer it
// sorts no keys, which on the records measured spared the server next to nothing and cost the
// loader twice the CPU that compacting does (bench/RESULTS.md, 2026-11-27).
//
// Any input is safe, validated or not: only a run of whitespace next to punctuation ({}[],:) or
// to a string's quote goes, so what separates two other tokens ("1 2", "tru e") stays, no two
// tokens merge into one, and the server's verdict on the output is its verdict on the input. An
// unterminated string is copied to the end as it is. Hand-written: simdjson's minify() drops all
// whitespace outside strings, and "[1 2]" would become "[12]", which the server takes.
class JsonCompactor final
{
public:
    static constexpr size_t kReadPadding = 64;  // readable bytes required after data + size
    static constexpr size_t kWritePadding = 64; // writable bytes required after out + size

    // Writes the compact text to out (not overlapping data) and returns its length (<= size).
    // Uses AVX-512 VBMI2 where the CPU has it, else compactPortable().
    static size_t compact(const char *data, size_t size, char *out);

    // The same with SSE2 (any x86-64) or plain C++: what compact() runs without AVX-512 VBMI2.
    static size_t compactPortable(const char *data, size_t size, char *out);

    // The same, a byte at a time (compact() hands over to it where whitespace separates two
    // tokens that are neither strings nor punctuation, which valid JSON never has).
    static size_t compactExact(const char *data, size_t size, char *out);

private:
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    static size_t compactVbmi2(const char *data, size_t size, char *out);
#endif
};

} // namespace pjl
