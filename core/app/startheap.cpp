#include "startheap.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define TESSERA_START_HEAP_SUPPORTED 1
#endif

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define TESSERA_START_HEAP_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define TESSERA_START_HEAP_SANITIZED 1
#endif
#endif

namespace tessera::core {

StartHeap reserveStartHeap(std::size_t bytes)
{
    StartHeap result;
    if (const char* choice = std::getenv("TESSERA_START_HEAP"); choice && std::strcmp(choice, "off") == 0) {
        result.skipped = "TESSERA_START_HEAP=off";
        return result;
    }
#if !defined(TESSERA_START_HEAP_SUPPORTED)
    (void)bytes;
    result.skipped = "not Linux with glibc";
    return result;
#elif defined(TESSERA_START_HEAP_SANITIZED)
    (void)bytes;
    result.skipped = "a sanitizer's allocator";
    return result;
#else
    constexpr std::uintptr_t hugePage = std::uintptr_t{2} << 20;
    bytes = std::min(bytes, std::size_t{256} << 20); // mallopt takes an int (twice this, below)
    // One heap for every thread: the QML loader's and the modules' threads
    // would otherwise each get an arena of their own, outside the part below.
    mallopt(M_ARENA_MAX, 1);
    // Blocks up to 8 MB (the window's image: 4 MB at 1280x800) from the heap,
    // not mappings of their own; glibc's own threshold moves up to 32 MB as
    // large blocks are freed, and a fixed one stops it moving.
    mallopt(M_MMAP_THRESHOLD, 8 << 20);
    // Freed memory at the top of the heap is given back only past twice the
    // part grown here, so the part is not given back as soon as it is made.
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * bytes));
    // The next growth of the heap by `bytes` more than asked; one block larger
    // than what is left at its top makes it grow now.
    mallopt(M_TOP_PAD, static_cast<int>(bytes));
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void* blocks[16] = {};
    int made = 0;
    while (made < 16 && reinterpret_cast<std::uintptr_t>(sbrk(0)) == before)
        blocks[made++] = std::malloc(std::size_t{1} << 20);
    for (int i = 0; i < made; ++i)
        std::free(blocks[i]);
    mallopt(M_TOP_PAD, 128 * 1024); // glibc's default again for later growths
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    if (after <= before) {
        result.skipped = "the heap did not grow";
        return result;
    }
    result.grownBy = after - before;
    // The kernel backs with 2 MB pages only 2 MB-aligned stretches of an
    // advised range.
    const std::uintptr_t start = (before + hugePage - 1) & ~(hugePage - 1);
    if (after <= start || madvise(reinterpret_cast<void*>(start), after - start, MADV_HUGEPAGE) != 0) {
        result.skipped = "the kernel has no transparent huge pages";
        return result;
    }
    result.advised = after - start;
    // The heap hands out its free top from the bottom up, and the top begins
    // below `start`: the stretch up to it (as much as 2 MB) would be the start's
    // first allocations, on 4 KB pages. A block that fills it exactly, kept for
    // good, makes the next one begin at `start`. Only its first page is ever
    // touched; the rest is address space, not memory. A block larger than any
    // free one comes from the top, so a probe of 1 MB tells where the top begins
    // (glibc's blocks are two words into their chunk; a chunk's size is the
    // request plus one word, rounded to 16 bytes).
    constexpr std::uintptr_t word = sizeof(std::size_t);
    void* probe = std::malloc(std::size_t{1} << 20);
    const std::uintptr_t top = reinterpret_cast<std::uintptr_t>(probe) - 2 * word;
    std::free(probe);
    if (probe && top < start && start - top >= 64 && (start - top) % 16 == 0) {
        static void* head = nullptr;
        head = std::malloc(start - top - word);
        if (head && reinterpret_cast<std::uintptr_t>(head) != top + 2 * word) {
            std::free(head); // not from the top after all: nothing gained, nothing kept
            head = nullptr;
        }
        if (head)
            result.headSkipped = start - top;
    }
    return result;
#endif
}

} // namespace tessera::core
