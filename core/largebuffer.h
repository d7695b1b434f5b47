#pragma once

#include <QtGlobal>

#include <cstddef>

namespace pjl {

// An uninitialised byte buffer for the batches' tens of megabytes. Buffers of 1 MiB and more are
// backed by transparent huge pages where the system offers them on request (Linux, "madvise"
// mode): each page fault then maps 2 MiB instead of 4 KiB. In this VM a fault costs ~10 us,
// and paging in the batches cost an eighth of the loader's CPU (bench/RESULTS.md, 14:35).
class LargeBuffer final
{
    Q_DISABLE_COPY(LargeBuffer)

public:
    LargeBuffer() = default;
    explicit LargeBuffer(size_t bytes); // throws std::bad_alloc
    LargeBuffer(LargeBuffer &&other) noexcept;
    LargeBuffer &operator=(LargeBuffer &&other) noexcept;
    ~LargeBuffer();

    char *get() const { return m_data; }

    static constexpr size_t kHugePage = size_t(2) << 20;

    // The same advice for memory allocated elsewhere (a realloc'ed buffer): the whole huge pages
    // inside [data, data + bytes).
    static void adviseHugePages(void *data, size_t bytes);

private:
    char *m_data = nullptr;
};

} // namespace pjl
