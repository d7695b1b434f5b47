#pragma once

#include "rng.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace pjl {

class JsonWriter;

enum class RecordKind
{
    Events,
    Weather,
    Mixed
};

// Produces an endless, seed-determined stream of analytics-export-like records. The shapes vary on
// purpose (optional members, arrays of 0..n, nulls, escapes, non-ASCII text, every JSON number
// form) so a loader sees the irregularity of real exports, not one repeated template.
class RecordGenerator
{
public:
    RecordGenerator(RecordKind kind, std::uint64_t seed);

    void write(JsonWriter &w);

private:
    enum EventType
    {
        PageView,
        Click,
        Purchase,
        Search,
        Signup,
        Heartbeat,
        Failure,
        Metric
    };

    void writeEvent(JsonWriter &w);
    void writeUser(JsonWriter &w);
    void writeContext(JsonWriter &w);
    void writeProperties(JsonWriter &w, EventType type);
    void writePurchase(JsonWriter &w);
    void writeWeather(JsonWriter &w);
    void writeUuid(JsonWriter &w);
    void writeScientific(JsonWriter &w, int lo, int hi, int scale, int expLo, int expHi);
    void writeStrings(JsonWriter &w, std::span<const std::string_view> pool, int maxCount);

    Rng m_rng;
    RecordKind m_kind;
    std::int64_t m_clockMs;
};

} // namespace pjl
