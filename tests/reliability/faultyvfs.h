// An SQLite VFS for tests that wraps the default one and fails writes on
// demand, as a full disk or a failing drive would.
#pragma once

#include <cstdint>

namespace tessera::test {

enum class WriteFault {
    None,
    DiskFull, ///< every write fails with SQLITE_FULL
    IoError,  ///< every write fails with SQLITE_IOERR_WRITE
    Quota,    ///< writes that would grow a file past quotaBytes fail with SQLITE_FULL
};

/// Registers the wrapper as SQLite's default VFS (once); later opens go through it.
void installFaultyVfs();
void setWriteFault(WriteFault fault, std::int64_t quotaBytes = 0);
/// Writes refused since the last setWriteFault().
[[nodiscard]] int refusedWrites();

} // namespace tessera::test
