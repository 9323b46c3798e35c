#include "faultyvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace tessera::test {

namespace {

std::atomic<WriteFault> g_fault{WriteFault::None};
std::atomic<std::int64_t> g_quota{0};
std::atomic<int> g_refused{0};
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

// Our file: the real VFS's file object follows it in the same allocation.
struct FaultyFile {
    sqlite3_file base;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

FaultyFile* self(sqlite3_file* f) { return reinterpret_cast<FaultyFile*>(f); }

int xClose(sqlite3_file* f)
{
    const int rc = self(f)->real()->pMethods ? self(f)->real()->pMethods->xClose(self(f)->real()) : SQLITE_OK;
    return rc;
}
int xRead(sqlite3_file* f, void* p, int n, sqlite3_int64 off) { return self(f)->real()->pMethods->xRead(self(f)->real(), p, n, off); }
int xWrite(sqlite3_file* f, const void* p, int n, sqlite3_int64 off)
{
    sqlite3_file* r = self(f)->real();
    switch (g_fault.load()) {
    case WriteFault::DiskFull:
        ++g_refused;
        return SQLITE_FULL;
    case WriteFault::IoError:
        ++g_refused;
        return SQLITE_IOERR_WRITE;
    case WriteFault::Quota: {
        sqlite3_int64 size = 0;
        r->pMethods->xFileSize(r, &size);
        if (off + n > size && off + n > g_quota.load()) {
            ++g_refused;
            return SQLITE_FULL;
        }
        break;
    }
    case WriteFault::None:
        break;
    }
    return r->pMethods->xWrite(r, p, n, off);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) { return self(f)->real()->pMethods->xTruncate(self(f)->real(), size); }
int xSync(sqlite3_file* f, int flags) { return self(f)->real()->pMethods->xSync(self(f)->real(), flags); }
int xFileSize(sqlite3_file* f, sqlite3_int64* size) { return self(f)->real()->pMethods->xFileSize(self(f)->real(), size); }
int xLock(sqlite3_file* f, int l) { return self(f)->real()->pMethods->xLock(self(f)->real(), l); }
int xUnlock(sqlite3_file* f, int l) { return self(f)->real()->pMethods->xUnlock(self(f)->real(), l); }
int xCheckReservedLock(sqlite3_file* f, int* out) { return self(f)->real()->pMethods->xCheckReservedLock(self(f)->real(), out); }
int xFileControl(sqlite3_file* f, int op, void* arg) { return self(f)->real()->pMethods->xFileControl(self(f)->real(), op, arg); }
int xSectorSize(sqlite3_file* f) { return self(f)->real()->pMethods->xSectorSize(self(f)->real()); }
int xDeviceCharacteristics(sqlite3_file* f) { return self(f)->real()->pMethods->xDeviceCharacteristics(self(f)->real()); }
int xShmMap(sqlite3_file* f, int pg, int sz, int ext, void volatile** pp)
{
    return self(f)->real()->pMethods->xShmMap(self(f)->real(), pg, sz, ext, pp);
}
int xShmLock(sqlite3_file* f, int off, int n, int flags) { return self(f)->real()->pMethods->xShmLock(self(f)->real(), off, n, flags); }
void xShmBarrier(sqlite3_file* f) { self(f)->real()->pMethods->xShmBarrier(self(f)->real()); }
int xShmUnmap(sqlite3_file* f, int del) { return self(f)->real()->pMethods->xShmUnmap(self(f)->real(), del); }
int xFetch(sqlite3_file* f, sqlite3_int64 off, int n, void** pp) { return self(f)->real()->pMethods->xFetch(self(f)->real(), off, n, pp); }
int xUnfetch(sqlite3_file* f, sqlite3_int64 off, void* p) { return self(f)->real()->pMethods->xUnfetch(self(f)->real(), off, p); }

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    FaultyFile* ff = self(f);
    std::memset(ff->real(), 0, static_cast<size_t>(g_real->szOsFile));
    const int rc = g_real->xOpen(g_real, name, ff->real(), flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    ff->base.pMethods = ff->real()->pMethods ? &g_methods : nullptr;
    return rc;
}

} // namespace

void installFaultyVfs()
{
    if (g_real)
        return;
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    g_vfs = *g_real;
    g_vfs.zName = "tessera-faulty";
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultyFile)) + g_real->szOsFile;
    g_vfs.xOpen = xOpen;
    g_vfs.pAppData = nullptr;
    g_methods = sqlite3_io_methods{3,         xClose,    xRead,         xWrite,     xTruncate, xSync,
                                   xFileSize, xLock,     xUnlock,       xCheckReservedLock,    xFileControl,
                                   xSectorSize, xDeviceCharacteristics, xShmMap,    xShmLock,  xShmBarrier,
                                   xShmUnmap, xFetch,    xUnfetch};
    sqlite3_vfs_register(&g_vfs, 1);
}

void setWriteFault(WriteFault fault, std::int64_t quotaBytes)
{
    g_quota = quotaBytes;
    g_refused = 0;
    g_fault = fault;
}

int refusedWrites() { return g_refused.load(); }

} // namespace tessera::test
