// The start's heap on 2 MB pages (issue 30, core/app/startheap.h), in this
// test's own process: the heap really grows, the kernel really holds the
// advice (its VmFlags in /proc/self/smaps), and a large block comes from that
// heap, not a mapping of its own.
#include "app/startheap.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <unistd.h>

using tessera::core::reserveStartHeap;

namespace {

struct Mapping {
    std::uintptr_t from = 0, to = 0;
    std::string name, flags;
};

// The mapping of /proc/self/smaps that holds `address`.
Mapping mappingOf(std::uintptr_t address)
{
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    Mapping current, found;
    bool inside = false;
    while (std::getline(smaps, line)) {
        std::istringstream words(line);
        std::string first;
        words >> first;
        if (const auto dash = first.find('-'); dash != std::string::npos && first.back() != ':') {
            current = {};
            current.from = std::stoull(first.substr(0, dash), nullptr, 16);
            current.to = std::stoull(first.substr(dash + 1), nullptr, 16);
            std::string perms, offset, device, inode;
            words >> perms >> offset >> device >> inode;
            std::getline(words >> std::ws, current.name);
            inside = address >= current.from && address < current.to;
        } else if (first == "VmFlags:" && inside) {
            std::getline(words >> std::ws, current.flags);
            found = current;
        }
    }
    return found;
}

bool hasFlag(const std::string& flags, const std::string& flag)
{
    std::istringstream words(flags);
    for (std::string f; words >> f;)
        if (f == flag)
            return true;
    return false;
}

} // namespace

TEST(StartHeap, OffInTheEnvironmentLeavesTheHeapAsItIs)
{
    ::setenv("TESSERA_START_HEAP", "off", 1);
    const void* before = sbrk(0);
    const auto heap = reserveStartHeap(std::size_t{8} << 20);
    const void* after = sbrk(0);
    ::unsetenv("TESSERA_START_HEAP");
    EXPECT_EQ(heap.grownBy, 0u);
    EXPECT_EQ(heap.advised, 0u);
    EXPECT_STREQ(heap.skipped, "TESSERA_START_HEAP=off");
    EXPECT_EQ(before, after);
}

TEST(StartHeap, GrowsTheHeapOnceAndTheKernelHoldsTheAdviceForHugePages)
{
    ::unsetenv("TESSERA_START_HEAP");
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const auto heap = reserveStartHeap(std::size_t{8} << 20);
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // The sanitizer build: its allocator does not use glibc's heap (the function says so).
    if (heap.grownBy == 0 && std::string_view(heap.skipped) == "a sanitizer's allocator")
        GTEST_SKIP() << heap.skipped;
    // When the stretch below the first 2 MB boundary was held back, the next block
    // comes from the boundary. Looked at first, before this test allocates anything
    // else (reading /proc below does). Best effort: it is not held back when a free
    // block elsewhere in the heap would serve the probe.
    if (heap.headSkipped > 0) {
        void* first = std::malloc(std::size_t{1} << 20);
        EXPECT_EQ(reinterpret_cast<std::uintptr_t>(first) & ~((std::uintptr_t{2} << 20) - 1),
                  reinterpret_cast<std::uintptr_t>(first) - 2 * sizeof(std::size_t))
            << "the next block is not at the 2 MB boundary";
        std::free(first);
    }
    if (heap.grownBy > 0 && heap.advised == 0)
        GTEST_SKIP() << heap.skipped;
    ASSERT_GE(heap.grownBy, std::size_t{8} << 20) << heap.skipped;
    EXPECT_EQ(after - before, heap.grownBy);
    // All but the stretch up to the first 2 MB boundary is advised.
    EXPECT_GE(heap.advised, std::size_t{6} << 20);
    const Mapping advised = mappingOf(after - 1);
    EXPECT_EQ(advised.name, "[heap]");
    EXPECT_TRUE(hasFlag(advised.flags, "hg")) << "VmFlags: " << advised.flags;
    EXPECT_GE(advised.to - advised.from, heap.advised);

    // A 4 MB block (the window's image at 1280x800) from that heap, not a mapping of its own.
    void* image = std::malloc(std::size_t{4} << 20);
    ASSERT_NE(image, nullptr);
    const Mapping holder = mappingOf(reinterpret_cast<std::uintptr_t>(image));
    EXPECT_EQ(holder.name, "[heap]");
    if (heap.headSkipped > 0) // else it may begin below the boundary, outside the advised part
        EXPECT_TRUE(hasFlag(holder.flags, "hg")) << "VmFlags: " << holder.flags;
    // Freed, it stays in the heap for the next one (not given back at once).
    std::free(image);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(sbrk(0)), after);
}
