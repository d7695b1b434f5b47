#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pjl {

// Appends one JSON value to a caller-owned string, compact or pretty-printed. Strings are passed
// already escaped: the generator's pools are written as JSON source text, which is the only way to
// control exactly which escapes (\", \\, \n, \u00e9, surrogate pairs) appear in the output, and it
// spares a per-character escape scan in the hot loop.
class JsonWriter
{
public:
    // indentStep 0 = compact. baseDepth is the nesting level the value itself sits at, so a record
    // inside a pretty-printed array closes at that array's indentation.
    void start(std::string &out, int indentStep, int baseDepth);

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    JsonWriter &key(std::string_view name);
    void string(std::string_view escaped);
    // For strings assembled from parts: returns the output positioned after the opening quote.
    std::string &beginString();
    void endString() { m_out->push_back('"'); }

    void integer(std::int64_t v);
    void null() { value("null"); }
    void boolean(bool v) { value(v ? "true" : "false"); }
    // mantissa / 10^scale, written from integers so output never depends on float formatting.
    void decimal(std::int64_t mantissa, int scale);
    // decimal(mantissa, scale) followed by an exponent: "1.5e-7" or "3.2E+12".
    void scientific(std::int64_t mantissa, int scale, int exponent);
    // "2024-03-01T12:34:56.789Z", or without the fraction.
    void timestamp(std::int64_t unixMillis, bool withMillis);

    static void appendInt(std::string &out, std::int64_t v);

private:
    void separate();
    void value(std::string_view literal);
    void open(char c);
    void close(char c);
    void newline(int depth);
    void appendDecimal(std::int64_t mantissa, int scale);

    std::string *m_out = nullptr;
    int m_step = 0;
    int m_base = 0;
    int m_depth = 0;
    bool m_afterKey = false;
    bool m_hasItems[32] = {}; // per depth: does the open container need a comma before the next item
};

} // namespace pjl
