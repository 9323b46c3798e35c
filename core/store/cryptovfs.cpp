// The encrypting VFS (see cryptovfs.h for the page format). Every
// cryptographic primitive is libsodium's; this file only frames pages.
#include "cryptovfs.h"

#include <QFile>
#include <QUrl>

#include <sodium.h>
#include <sqlite3.h>

#include <spdlog/spdlog.h>

#include <cstring>
#include <mutex>
#include <new>
#include <unordered_map>
#include <vector>

namespace tessera::core {

// ---- DataKey ---------------------------------------------------------------

namespace {

std::mutex g_keysMutex;
// Open keys by handle: the VFS finds a file's key from the "tessera-key" URI
// parameter. Weak: a key lives as long as its holders (the store, open files).
std::unordered_map<QByteArray, std::weak_ptr<const DataKey>>& keyTable()
{
    static std::unordered_map<QByteArray, std::weak_ptr<const DataKey>> table;
    return table;
}

std::shared_ptr<const DataKey> findKey(const char* handle)
{
    if (!handle)
        return {};
    std::lock_guard<std::mutex> guard(g_keysMutex);
    auto it = keyTable().find(QByteArray(handle));
    return it == keyTable().end() ? nullptr : it->second.lock();
}

} // namespace

std::shared_ptr<const DataKey> DataKey::make(const unsigned char* bytes)
{
    if (!cryptovfs::ensureRegistered())
        return {};
    auto* raw = static_cast<unsigned char*>(sodium_malloc(kBytes));
    if (!raw)
        return {};
    if (bytes)
        std::memcpy(raw, bytes, kBytes);
    else
        randombytes_buf(raw, kBytes);
    sodium_mprotect_readonly(raw);
    std::shared_ptr<DataKey> key(new DataKey());
    key->m_bytes = raw;
    unsigned char id[16];
    randombytes_buf(id, sizeof id);
    key->m_handle = QByteArray(reinterpret_cast<const char*>(id), sizeof id).toHex();
    std::lock_guard<std::mutex> guard(g_keysMutex);
    keyTable()[key->m_handle] = key;
    return key;
}

std::shared_ptr<const DataKey> DataKey::random() { return make(nullptr); }

std::shared_ptr<const DataKey> DataKey::fromBytes(const unsigned char* bytes) { return make(bytes); }

DataKey::~DataKey()
{
    {
        std::lock_guard<std::mutex> guard(g_keysMutex);
        auto it = keyTable().find(m_handle);
        if (it != keyTable().end() && it->second.expired())
            keyTable().erase(it);
    }
    sodium_free(m_bytes); // wipes, unlocks and frees
}

// ---- the VFS ---------------------------------------------------------------

namespace {

constexpr int kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES; // 24
constexpr int kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;      // 16
static_assert(kNonce + kTag == cryptovfs::kReserveBytes);
constexpr int kClearHeader = 100; // page 1: SQLite's database header
constexpr int kWalHeader = 32;
constexpr int kFrameHeader = 24;
constexpr char kAdLabel[] = "tessera-page/1";

enum class Kind { Database, Wal, RollbackJournal, Other };

struct CryptFile {
    sqlite3_file base;  // must be first: SQLite sees this
    sqlite3_file* real = nullptr;
    std::shared_ptr<const DataKey> key;
    Kind kind = Kind::Other;
    int pageSize = 0; // 0 until known
    sqlite3_int64 lastFrame = -1; // offset of the last frame header written, and its page number
    quint32 lastFramePage = 0;
    std::vector<unsigned char> buffer;
};

constexpr int roundUp8(int n) { return (n + 7) & ~7; }

sqlite3_vfs* root() { return sqlite3_vfs_find(nullptr); }

CryptFile* cf(sqlite3_file* f) { return reinterpret_cast<CryptFile*>(f); }

quint32 be32(const unsigned char* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

bool validPageSize(int p) { return p >= 512 && p <= 65536 && (p & (p - 1)) == 0; }

int pageSizeFromDbHeader(const unsigned char* h)
{
    const int v = (h[16] << 8) | h[17];
    return v == 1 ? 65536 : v;
}

// The associated data of page `pgno`: label, page number, and page 1's clear header.
std::vector<unsigned char> associatedData(quint32 pgno, const unsigned char* clearHeader)
{
    std::vector<unsigned char> ad(kAdLabel, kAdLabel + sizeof kAdLabel - 1);
    for (int shift : {24, 16, 8, 0})
        ad.push_back(static_cast<unsigned char>(pgno >> shift));
    if (pgno == 1)
        ad.insert(ad.end(), clearHeader, clearHeader + kClearHeader);
    return ad;
}

// Encrypts the plain page `in` (P bytes) into `out` (P bytes).
void sealPage(const DataKey& key, quint32 pgno, const unsigned char* in, unsigned char* out, int p)
{
    const int clear = pgno == 1 ? kClearHeader : 0;
    const int body = p - cryptovfs::kReserveBytes;
    std::memcpy(out, in, clear);
    unsigned char* nonce = out + body;
    unsigned char* tag = nonce + kNonce;
    randombytes_buf(nonce, kNonce);
    const auto ad = associatedData(pgno, in);
    unsigned long long tagLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(out + clear, tag, &tagLen, in + clear,
                                                        static_cast<unsigned long long>(body - clear), ad.data(),
                                                        ad.size(), nullptr, nonce, key.bytes());
}

// Decrypts the stored page `in` into `out` (may be the same buffer); false when it fails authentication.
bool openPage(const DataKey& key, quint32 pgno, const unsigned char* in, unsigned char* out, int p)
{
    const int clear = pgno == 1 ? kClearHeader : 0;
    const int body = p - cryptovfs::kReserveBytes;
    unsigned char nonceAndTag[kNonce + kTag];
    std::memcpy(nonceAndTag, in + body, sizeof nonceAndTag);
    const auto ad = associatedData(pgno, in);
    if (out != in)
        std::memcpy(out, in, clear);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(out + clear, nullptr, in + clear,
                                                            static_cast<unsigned long long>(body - clear),
                                                            nonceAndTag + kNonce, ad.data(), ad.size(),
                                                            nonceAndTag, key.bytes())
        != 0) {
        sodium_memzero(out + clear, static_cast<size_t>(body - clear));
        return false;
    }
    std::memset(out + body, 0, cryptovfs::kReserveBytes); // SQLite sees zeros in the reserved bytes
    return true;
}

int rawRead(CryptFile* f, void* buf, int n, sqlite3_int64 off) { return f->real->pMethods->xRead(f->real, buf, n, off); }
int rawWrite(CryptFile* f, const void* buf, int n, sqlite3_int64 off)
{
    return f->real->pMethods->xWrite(f->real, buf, n, off);
}

sqlite3_int64 rawSize(CryptFile* f)
{
    sqlite3_int64 size = 0;
    return f->real->pMethods->xFileSize(f->real, &size) == SQLITE_OK ? size : -1;
}

// ---- main database file ----

// The page size, from the clear header on disk (cached). 0 when the file has none yet.
int dbPageSize(CryptFile* f)
{
    if (f->pageSize)
        return f->pageSize;
    unsigned char h[kClearHeader];
    if (rawRead(f, h, kClearHeader, 0) != SQLITE_OK)
        return 0;
    const int p = pageSizeFromDbHeader(h);
    if (!validPageSize(p) || h[20] < cryptovfs::kReserveBytes)
        return -1; // not a database this VFS wrote (or a plain one)
    f->pageSize = p;
    return p;
}

int dbRead(CryptFile* f, unsigned char* out, int amount, sqlite3_int64 offset)
{
    if (offset + amount <= kClearHeader)
        return rawRead(f, out, amount, offset); // the clear header (SQLite's reads of 100 and 16 bytes)
    const int p = dbPageSize(f);
    if (p == 0) // an empty file: nothing there yet
        return rawRead(f, out, amount, offset);
    if (p < 0)
        return SQLITE_NOTADB;
    f->buffer.resize(static_cast<size_t>(p));
    sqlite3_int64 pos = offset;
    const sqlite3_int64 end = offset + amount;
    bool shortRead = false;
    while (pos < end) {
        const sqlite3_int64 pageStart = pos / p * p;
        const auto pgno = static_cast<quint32>(pageStart / p + 1);
        const int from = static_cast<int>(pos - pageStart);
        const int len = static_cast<int>(std::min<sqlite3_int64>(end - pos, p - from));
        int rc = rawRead(f, f->buffer.data(), p, pageStart);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            const sqlite3_int64 size = rawSize(f);
            if (size >= 0 && size <= pageStart) { // past the end: zeros, as SQLite expects
                std::memset(out + (pos - offset), 0, static_cast<size_t>(end - pos));
                shortRead = true;
                break;
            }
            return SQLITE_CORRUPT; // a page cut short
        }
        if (rc != SQLITE_OK)
            return rc;
        if (!openPage(*f->key, pgno, f->buffer.data(), f->buffer.data(), p))
            return pgno == 1 ? SQLITE_NOTADB : SQLITE_CORRUPT;
        std::memcpy(out + (pos - offset), f->buffer.data() + from, static_cast<size_t>(len));
        pos += len;
    }
    sodium_memzero(f->buffer.data(), f->buffer.size());
    return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int dbWrite(CryptFile* f, const unsigned char* in, int amount, sqlite3_int64 offset)
{
    int p = 0;
    if (offset == 0 && amount >= kClearHeader) {
        p = pageSizeFromDbHeader(in);
        if (!validPageSize(p) || in[20] < cryptovfs::kReserveBytes) {
            spdlog::error("encrypted journal: refused to write a first page with no room for the nonce and tag");
            return SQLITE_IOERR_WRITE;
        }
        if (f->pageSize && f->pageSize != p) {
            spdlog::error("encrypted journal: refused a first page of {} bytes after pages of {}", p, f->pageSize);
            return SQLITE_IOERR_WRITE;
        }
        f->pageSize = p;
    } else {
        p = dbPageSize(f);
        // A new file whose first page is not written yet: SQLite writes a
        // page at a time, so a write of a valid page size at a multiple of it
        // is one page (a large copy spills later pages from its cache before
        // page 1, which is written at commit). Page 1 must then agree.
        if (p == 0 && validPageSize(amount) && offset % amount == 0) {
            p = amount;
            f->pageSize = p;
        }
    }
    if (p <= 0 || amount != p || offset % p != 0) {
        spdlog::error("encrypted journal: refused a write of {} bytes at {} that is not one whole page", amount, offset);
        return SQLITE_IOERR_WRITE;
    }
    f->buffer.resize(static_cast<size_t>(p));
    sealPage(*f->key, static_cast<quint32>(offset / p + 1), in, f->buffer.data(), p);
    return rawWrite(f, f->buffer.data(), p, offset);
}

// ---- write-ahead log ----

int walPageSize(CryptFile* f, const unsigned char* headerInBuffer)
{
    if (headerInBuffer) {
        const auto p = static_cast<int>(be32(headerInBuffer + 8));
        if (validPageSize(p))
            f->pageSize = p;
    }
    if (f->pageSize)
        return f->pageSize;
    unsigned char h[kWalHeader];
    if (rawRead(f, h, kWalHeader, 0) != SQLITE_OK)
        return 0;
    const auto p = static_cast<int>(be32(h + 8));
    if (!validPageSize(p))
        return 0;
    f->pageSize = p;
    return p;
}

// The page number in the header of the frame at `frame` (read from the file
// unless it is the one last written).
bool framePage(CryptFile* f, sqlite3_int64 frame, quint32* pgno)
{
    if (frame == f->lastFrame) {
        *pgno = f->lastFramePage;
        return true;
    }
    unsigned char h[4];
    if (rawRead(f, h, 4, frame) != SQLITE_OK)
        return false;
    *pgno = be32(h);
    return true;
}

int walRead(CryptFile* f, unsigned char* out, int amount, sqlite3_int64 offset)
{
    const int rc = rawRead(f, out, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    const sqlite3_int64 end = offset + amount;
    if (end <= kWalHeader)
        return rc;
    const int p = walPageSize(f, offset == 0 && amount >= kWalHeader ? out : nullptr);
    if (p == 0)
        return rc; // no log header yet: nothing encrypted to read
    const sqlite3_int64 available = rc == SQLITE_OK ? end : std::max<sqlite3_int64>(rawSize(f), offset);
    const sqlite3_int64 frameSize = p + kFrameHeader;
    f->buffer.resize(static_cast<size_t>(p));
    for (sqlite3_int64 frame = kWalHeader + std::max<sqlite3_int64>(0, (offset - kWalHeader)) / frameSize * frameSize;
         frame < end; frame += frameSize) {
        const sqlite3_int64 page = frame + kFrameHeader;
        if (page + p <= offset || page >= end)
            continue; // this read touches only the frame's (clear) header
        if (page >= available)
            break; // past the end of the log: SQLite's zeros stay
        const bool wholeFrameInRead = frame >= offset && page + p <= end;
        quint32 pgno = 0;
        bool ok = false;
        if (page + p <= available) {
            bool known = true;
            if (frame >= offset && frame + 4 <= end)
                pgno = be32(out + (frame - offset)); // the frame's header is in this read
            else
                known = framePage(f, frame, &pgno);
            if (known && page >= offset && page + p <= end) {
                unsigned char* inPlace = out + (page - offset);
                ok = openPage(*f->key, pgno, inPlace, inPlace, p);
            } else if (known) {
                ok = rawRead(f, f->buffer.data(), p, page) == SQLITE_OK
                    && openPage(*f->key, pgno, f->buffer.data(), f->buffer.data(), p);
                if (ok) {
                    const sqlite3_int64 from = std::max(offset, page);
                    const sqlite3_int64 to = std::min(end, page + p);
                    std::memcpy(out + (from - offset), f->buffer.data() + (from - page), static_cast<size_t>(to - from));
                }
            }
        }
        if (!ok) {
            if (wholeFrameInRead) {
                // SQLite reads whole frames when it recovers the log: a frame that fails
                // is made to fail SQLite's own check too (its salt no longer matches), so
                // the log ends before it, as with a torn write.
                unsigned char* h = out + (frame - offset);
                for (int i = 8; i < 16; ++i)
                    h[i] = static_cast<unsigned char>(~h[i]);
                std::memset(h + kFrameHeader, 0, static_cast<size_t>(p));
                continue;
            }
            sodium_memzero(out, static_cast<size_t>(amount));
            return SQLITE_CORRUPT;
        }
    }
    sodium_memzero(f->buffer.data(), f->buffer.size());
    return rc;
}

int walWrite(CryptFile* f, const unsigned char* in, int amount, sqlite3_int64 offset)
{
    const sqlite3_int64 end = offset + amount;
    if (end <= kWalHeader) {
        if (offset == 0 && amount >= kWalHeader)
            walPageSize(f, in);
        return rawWrite(f, in, amount, offset);
    }
    const int p = walPageSize(f, offset == 0 && amount >= kWalHeader ? in : nullptr);
    if (p == 0) {
        spdlog::error("encrypted journal: refused a write to a write-ahead log with no header");
        return SQLITE_IOERR_WRITE;
    }
    const sqlite3_int64 frameSize = p + kFrameHeader;
    std::vector<unsigned char> out(in, in + amount);
    for (sqlite3_int64 frame = kWalHeader + std::max<sqlite3_int64>(0, (offset - kWalHeader)) / frameSize * frameSize;
         frame < end; frame += frameSize) {
        const sqlite3_int64 page = frame + kFrameHeader;
        if (frame >= offset && frame + 4 <= end) { // the frame's header is in this write: remember its page
            f->lastFrame = frame;
            f->lastFramePage = be32(in + (frame - offset));
        }
        if (page + p <= offset || page >= end)
            continue;
        if (page < offset || page + p > end) {
            spdlog::error("encrypted journal: refused a write to the write-ahead log that is not whole pages");
            return SQLITE_IOERR_WRITE;
        }
        quint32 pgno = 0;
        if (!framePage(f, frame, &pgno))
            return SQLITE_IOERR_WRITE;
        sealPage(*f->key, pgno, in + (page - offset), out.data() + (page - offset), p);
    }
    return rawWrite(f, out.data(), amount, offset);
}

// ---- io methods ----

int xClose(sqlite3_file* file)
{
    CryptFile* f = cf(file);
    int rc = SQLITE_OK;
    if (f->real->pMethods)
        rc = f->real->pMethods->xClose(f->real);
    if (!f->buffer.empty())
        sodium_memzero(f->buffer.data(), f->buffer.size());
    f->~CryptFile();
    return rc;
}

int xRead(sqlite3_file* file, void* buf, int amount, sqlite3_int64 offset)
{
    CryptFile* f = cf(file);
    auto* out = static_cast<unsigned char*>(buf);
    switch (f->kind) {
    case Kind::Database: return dbRead(f, out, amount, offset);
    case Kind::Wal: return walRead(f, out, amount, offset);
    default: return rawRead(f, buf, amount, offset);
    }
}

int xWrite(sqlite3_file* file, const void* buf, int amount, sqlite3_int64 offset)
{
    CryptFile* f = cf(file);
    const auto* in = static_cast<const unsigned char*>(buf);
    switch (f->kind) {
    case Kind::Database: return dbWrite(f, in, amount, offset);
    case Kind::Wal: return walWrite(f, in, amount, offset);
    case Kind::RollbackJournal:
        // A rollback journal's header is written at 0; anything page-sized after it is a page.
        if (offset > 0 && amount >= 512) {
            spdlog::error("encrypted journal: refused to save a page in a rollback journal (it would be in the clear)");
            return SQLITE_IOERR_WRITE;
        }
        return rawWrite(f, buf, amount, offset);
    default: return rawWrite(f, buf, amount, offset);
    }
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size) { return cf(f)->real->pMethods->xTruncate(cf(f)->real, size); }
int xSync(sqlite3_file* f, int flags) { return cf(f)->real->pMethods->xSync(cf(f)->real, flags); }
int xFileSize(sqlite3_file* f, sqlite3_int64* size) { return cf(f)->real->pMethods->xFileSize(cf(f)->real, size); }
int xLock(sqlite3_file* f, int lock) { return cf(f)->real->pMethods->xLock(cf(f)->real, lock); }
int xUnlock(sqlite3_file* f, int lock) { return cf(f)->real->pMethods->xUnlock(cf(f)->real, lock); }
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return cf(f)->real->pMethods->xCheckReservedLock(cf(f)->real, out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    if (op == SQLITE_FCNTL_MMAP_SIZE) { // pages are read through xRead only
        if (arg)
            *static_cast<sqlite3_int64*>(arg) = 0;
        return SQLITE_OK;
    }
    return cf(f)->real->pMethods->xFileControl(cf(f)->real, op, arg);
}
int xSectorSize(sqlite3_file* f) { return cf(f)->real->pMethods->xSectorSize(cf(f)->real); }
int xDeviceCharacteristics(sqlite3_file* f)
{
    return cf(f)->real->pMethods->xDeviceCharacteristics(cf(f)->real);
}
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return cf(f)->real->pMethods->xShmMap(cf(f)->real, page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return cf(f)->real->pMethods->xShmLock(cf(f)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* f) { cf(f)->real->pMethods->xShmBarrier(cf(f)->real); }
int xShmUnmap(sqlite3_file* f, int deleteFlag) { return cf(f)->real->pMethods->xShmUnmap(cf(f)->real, deleteFlag); }
int xFetch(sqlite3_file*, sqlite3_int64, int, void** pp)
{
    *pp = nullptr; // never a view of the (encrypted) file: SQLite falls back to xRead
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file*, sqlite3_int64, void*) { return SQLITE_OK; }

const sqlite3_io_methods kMethods = {
    3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
    xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch,
};

// ---- vfs methods ----

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    file->pMethods = nullptr;
    if (flags & (SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL | SQLITE_OPEN_TRANSIENT_DB)
        || !name) {
        spdlog::error("encrypted journal: refused a temporary file (it would be in the clear)");
        return SQLITE_CANTOPEN;
    }
    Kind kind = Kind::Other;
    if (flags & SQLITE_OPEN_MAIN_DB)
        kind = Kind::Database;
    else if (flags & SQLITE_OPEN_WAL)
        kind = Kind::Wal;
    else if (flags & SQLITE_OPEN_MAIN_JOURNAL)
        kind = Kind::RollbackJournal;
    std::shared_ptr<const DataKey> key = findKey(sqlite3_uri_parameter(name, "tessera-key"));
    if (!key && (kind == Kind::Database || kind == Kind::Wal)) {
        spdlog::error("encrypted journal: opened without its key");
        return SQLITE_CANTOPEN;
    }
    auto* f = new (file) CryptFile();
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + roundUp8(sizeof(CryptFile)));
    f->real->pMethods = nullptr;
    f->key = std::move(key);
    f->kind = kind;
    const int rc = root()->xOpen(root(), name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        f->~CryptFile();
        return rc;
    }
    file->pMethods = &kMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncDir) { return root()->xDelete(root(), name, syncDir); }
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out) { return root()->xAccess(root(), name, flags, out); }
int vfsFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return root()->xFullPathname(root(), name, n, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name) { return root()->xDlOpen(root(), name); }
void vfsDlError(sqlite3_vfs*, int n, char* out) { root()->xDlError(root(), n, out); }
void (*vfsDlSym(sqlite3_vfs*, void* h, const char* sym))(void) { return root()->xDlSym(root(), h, sym); }
void vfsDlClose(sqlite3_vfs*, void* h) { root()->xDlClose(root(), h); }
int vfsRandomness(sqlite3_vfs*, int n, char* out) { return root()->xRandomness(root(), n, out); }
int vfsSleep(sqlite3_vfs*, int us) { return root()->xSleep(root(), us); }
int vfsCurrentTime(sqlite3_vfs*, double* out) { return root()->xCurrentTime(root(), out); }
int vfsGetLastError(sqlite3_vfs*, int n, char* out)
{
    return root()->xGetLastError ? root()->xGetLastError(root(), n, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) { return root()->xCurrentTimeInt64(root(), out); }

} // namespace

namespace cryptovfs {

namespace {
// SQLite counts its memory in use, for sqlite3_memory_used() and a heap limit,
// under a lock that every allocation and free takes; Tessera uses neither, and
// an import made 47 frees per entry (issue 30). It can be turned off only
// before SQLite starts: here, on the way to its first use in this process,
// which is always opening a journal (open()) or, for an encrypted one, the key
// (ensureRegistered()). Later calls find it done; a process that started
// SQLite elsewhere first keeps the counting (SQLITE_MISUSE, nothing else).
void configureSqlite()
{
    static const int memoryFigures = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)memoryFigures;
}
} // namespace

bool ensureRegistered(QString* error)
{
    configureSqlite();
    static std::once_flag once;
    static QString failure;
    std::call_once(once, [] {
        if (sodium_init() < 0) {
            failure = QStringLiteral("the cryptography library (libsodium) could not start");
            return;
        }
        sqlite3_vfs* base = sqlite3_vfs_find(nullptr);
        if (!base || base->iVersion < 2) {
            failure = QStringLiteral("SQLite has no default file system layer to build on");
            return;
        }
        static sqlite3_vfs vfs{};
        vfs.iVersion = 2;
        vfs.szOsFile = roundUp8(sizeof(CryptFile)) + base->szOsFile;
        vfs.mxPathname = base->mxPathname;
        vfs.zName = kName;
        vfs.xOpen = vfsOpen;
        vfs.xDelete = vfsDelete;
        vfs.xAccess = vfsAccess;
        vfs.xFullPathname = vfsFullPathname;
        vfs.xDlOpen = vfsDlOpen;
        vfs.xDlError = vfsDlError;
        vfs.xDlSym = vfsDlSym;
        vfs.xDlClose = vfsDlClose;
        vfs.xRandomness = vfsRandomness;
        vfs.xSleep = vfsSleep;
        vfs.xCurrentTime = vfsCurrentTime;
        vfs.xGetLastError = vfsGetLastError;
        vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        if (sqlite3_vfs_register(&vfs, 0) != SQLITE_OK)
            failure = QStringLiteral("the encrypting file system layer could not be registered with SQLite");
    });
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

int open(const QString& path, int flags, const std::shared_ptr<const DataKey>& key, sqlite3** db,
         const QByteArray& query)
{
    *db = nullptr;
    configureSqlite();
    // SQLite's page cache: 8 MiB (its default is 2 MiB), plain or encrypted.
    // An encrypted page read from disk is authenticated and decrypted, so a
    // page kept in the cache saves that work: with 8 MiB a search for a common
    // word on 10,000 encrypted entries is 1.10x the plain one's time. It is a
    // limit, filled only as pages are read: on a journal of 1,000,000 entries
    // the start and a scroll fill it, and it is most of what such a journal
    // adds to the app's memory (16 MiB gave +30 MB over a 1,000-entry journal,
    // 8 MiB +19 MB; docs/performance.md, ninth round).
    // The pragma reads the schema: on a damaged file it fails, and its result
    // is ignored so that the store's own check reports the damage in its words.
    const auto withCache = [db](int rc) {
        if (rc == SQLITE_OK)
            sqlite3_exec(*db, "PRAGMA cache_size = -8192", nullptr, nullptr, nullptr);
        return rc;
    };
    if (!key) {
        if (query.isEmpty())
            return withCache(sqlite3_open_v2(QFile::encodeName(path).constData(), db, flags, nullptr));
        const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + '?' + query;
        return withCache(sqlite3_open_v2(uri.constData(), db, flags | SQLITE_OPEN_URI, nullptr));
    }
    if (!ensureRegistered())
        return SQLITE_ERROR;
    QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?tessera-key=" + key->handle();
    if (!query.isEmpty())
        uri += '&' + query;
    int rc = withCache(sqlite3_open_v2(uri.constData(), db, flags | SQLITE_OPEN_URI, kName));
    if (rc != SQLITE_OK)
        return rc;
    // Nothing of the journal is written to temporary files in the clear.
    rc = sqlite3_exec(*db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    // A new file gets room for the nonce and tag in every page (no effect on a file that has pages).
    int reserve = kReserveBytes;
    sqlite3_file_control(*db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    return SQLITE_OK;
}

int reservedBytesOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray h = f.read(kClearHeader);
    if (h.size() < kClearHeader || !h.startsWith(QByteArray("SQLite format 3\0", 16)))
        return -1;
    return static_cast<unsigned char>(h.at(20));
}

} // namespace cryptovfs
} // namespace tessera::core
