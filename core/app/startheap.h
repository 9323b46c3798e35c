// The start's heap on transparent huge pages (issue 30).
//
// Every page of memory a process touches for the first time costs the kernel
// a page fault: on the machines the benches run on (virtual machines) about
// 14 us each. Tessera's first frame touched about 6,000 pages, 2,750 more than
// a bare Qt Quick window, most of them heap (the QML engine's compiled files
// and objects, the shell's items, the 4 MB image the window is drawn into).
// Called first in main(), this grows the heap once by `bytes` and asks the
// kernel to back that part with 2 MB pages (madvise MADV_HUGEPAGE, which
// Debian's "madvise" setting of transparent huge pages honours, and "always"
// too; "never" makes it do nothing), so the start's allocations fault 2 MB at
// a time: 2,200-2,800 faults to the first frame instead of 6,000, and the
// first frame 16-25 % sooner on such a machine. So that they land there:
// - one heap serves every thread (the QML loader's and the modules' threads
//   would each get an arena of their own, outside it);
// - blocks up to 8 MB (the window's image) come from the heap, not from
//   mappings of their own;
// - the stretch of the heap below the first 2 MB boundary is held back (its
//   address space, not memory), so the next allocation starts on the boundary.
//
// These allocator options stay for the whole run, not only the start. What
// they cost: the unused rest of a 2 MB page is resident too (the app's
// resident memory after scrolling 1,000 rows was the same within 0.1 MB,
// measured); the heap keeps up to 2 x `bytes` of freed memory at its top
// instead of returning it at once (glibc's own adjustment reaches that much
// too once large blocks are freed); and every thread shares one arena (the
// app has few, and they allocate little).
//
// Only with glibc's allocator on Linux and without a sanitizer; with
// TESSERA_START_HEAP=off in the environment (to measure the difference) it
// does nothing.
#pragma once

#include <cstddef>

namespace tessera::core {

struct StartHeap {
    std::size_t grownBy = 0;   // bytes the heap grew by (0: nothing done)
    std::size_t advised = 0;   // bytes of it advised for huge pages
    std::size_t headSkipped = 0; // bytes below the first 2 MB boundary held back (never touched)
    const char* skipped = "";  // why the heap was not grown or advised (the options above may be set)
};

// Call first in main(), before any thread starts.
StartHeap reserveStartHeap(std::size_t bytes = std::size_t{32} << 20);

} // namespace tessera::core
