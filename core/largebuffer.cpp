#include "largebuffer.h"

#include <cstdlib>
#include <new>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace pjl {

LargeBuffer::LargeBuffer(size_t bytes)
{
    void *p = nullptr;
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    if (bytes >= kHugePage / 2) {
        // Whole, aligned huge pages: the advice covers every page of the buffer. From 1 MiB on
        // (batches of small records), so rounding up costs at most as much as the buffer.
        const size_t rounded = (bytes + kHugePage - 1) & ~(kHugePage - 1);
        p = std::aligned_alloc(kHugePage, rounded);
        if (p)
            adviseHugePages(p, rounded);
    }
#endif
    if (!p)
        p = std::malloc(bytes > 0 ? bytes : 1);
    if (!p)
        throw std::bad_alloc();
    m_data = static_cast<char *>(p);
}

void LargeBuffer::adviseHugePages(void *data, size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    const auto begin = (quintptr(data) + kHugePage - 1) & ~quintptr(kHugePage - 1);
    const auto end = (quintptr(data) + bytes) & ~quintptr(kHugePage - 1);
    if (end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // only advice
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

LargeBuffer::LargeBuffer(LargeBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
{}

LargeBuffer &LargeBuffer::operator=(LargeBuffer &&other) noexcept
{
    if (this != &other) {
        std::free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
    }
    return *this;
}

LargeBuffer::~LargeBuffer()
{
    std::free(m_data);
}

} // namespace pjl
