#pragma once

#include <cstddef>
#include <cstdint>

namespace pjl {

// xoshiro256** seeded through splitmix64. Hand-rolled, and with hand-rolled bounded draws, because
// std::uniform_*_distribution differs between standard libraries: a seed must name one exact data
// set everywhere, or benchmark numbers from two machines are not comparable.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
    {
        for (auto &s : m_state)
            s = splitMix(seed);
    }

    static std::uint64_t splitMix(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Plain modulo: the bias is below 2^-40 for the small ranges used here, irrelevant for test data.
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    std::int64_t range(std::int64_t lo, std::int64_t hi)
    {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }
    bool percent(unsigned p) { return below(100) < p; }

    template<typename T, std::size_t N> const T &pick(const T (&items)[N]) { return items[below(N)]; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_state[4];
};

} // namespace pjl
