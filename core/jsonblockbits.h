#pragma once

#include <cstdint>

namespace pjl {

// Bit tricks shared by the scanners that read JSON 64 bytes at a time (RecordFramer,
// JsonCompactor): bit i of a mask stands for byte i of the block.

// The characters escaped by a backslash, carrying an escape across blocks (simdjson's
// branch-free method: odd-length runs of backslashes escape the next character).
inline uint64_t escapedChars(uint64_t backslash, uint64_t &prevEscaped)
{
    backslash &= ~prevEscaped;
    const uint64_t followsEscape = backslash << 1 | prevEscaped;
    constexpr uint64_t evenBits = 0x5555555555555555ULL;
    const uint64_t oddSequenceStarts = backslash & ~evenBits & ~followsEscape;
    const uint64_t sequencesStartingOnEvenBits = oddSequenceStarts + backslash;
    prevEscaped = sequencesStartingOnEvenBits < backslash ? 1 : 0; // the carry out
    const uint64_t invertMask = sequencesStartingOnEvenBits << 1;
    return (evenBits ^ invertMask) & followsEscape;
}

// Bit i: an odd number of bits set at or below i (inside a string, counting its opening quote).
inline uint64_t prefixXor(uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

} // namespace pjl
