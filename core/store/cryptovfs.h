// Encrypted journals: an SQLite VFS that encrypts the journal's pages below
// SQLite, over the system library's own unix VFS (one SQLite in the process).
//
// Page format (page size P, the journal's reserved bytes per page = 40):
//   [0, P-40)    the page, encrypted with XChaCha20-Poly1305 (libsodium,
//                crypto_aead_xchacha20poly1305_ietf_*) under the data key;
//                page 1 keeps its first 100 bytes (SQLite's database header:
//                page size, counters, no content) in the clear, so SQLite and
//                the store's own header checks read them as usual;
//   [P-40, P-16) a random 192-bit nonce, new at every write;
//   [P-16, P)    the Poly1305 tag.
// The associated data is "tessera-page/1", the page number (4 bytes, big
// endian) and, for page 1, the clear header: a page moved to another place,
// or a header changed, fails authentication. SQLite sees the reserved bytes
// as zeros. The write-ahead log keeps its 32-byte header and each frame's
// 24-byte header in the clear (salts, checksums, page numbers: no content)
// and encrypts each frame's page exactly as above. The -shm file is SQLite's
// index of the log and holds no content: it is left as it is.
//
// A page that fails authentication is damage: SQLITE_CORRUPT (SQLITE_NOTADB
// for page 1, which is also what a wrong key gives), never its bytes. A log
// frame that fails while SQLite recovers the log is treated like a torn
// frame (the log ends before it), as SQLite treats a bad checksum.
//
// Temporary files are refused (encrypted connections keep them in memory:
// PRAGMA temp_store = MEMORY), and a rollback journal may hold no pages (the
// journal runs in WAL mode; a rollback journal is only ever opened by SQLite
// for a brand-new file, which has no pages to save yet).
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;

namespace tessera::core {

/// A journal's 256-bit data key, in memory that is locked (never swapped out),
/// read-only once made, and wiped when freed (sodium_malloc / sodium_free).
/// Shared: every open file of the journal holds it while open.
class DataKey {
public:
    static constexpr int kBytes = 32;
    /// A new random key. Null if locked memory could not be had.
    static std::shared_ptr<const DataKey> random();
    /// A copy of `bytes` (kBytes long). Null if locked memory could not be had.
    static std::shared_ptr<const DataKey> fromBytes(const unsigned char* bytes);
    ~DataKey();
    DataKey(const DataKey&) = delete;
    DataKey& operator=(const DataKey&) = delete;

    [[nodiscard]] const unsigned char* bytes() const { return m_bytes; }
    /// A random name for this key in the VFS's table of open keys (not
    /// secret: it is useless outside this process's memory).
    [[nodiscard]] const QByteArray& handle() const { return m_handle; }

private:
    DataKey() = default;
    static std::shared_ptr<const DataKey> make(const unsigned char* bytes);
    unsigned char* m_bytes = nullptr;
    QByteArray m_handle;
};

namespace cryptovfs {

/// The VFS's name, as given to sqlite3_open_v2().
inline constexpr const char* kName = "tessera-crypt";
/// Reserved bytes per page: nonce (24) and tag (16).
inline constexpr int kReserveBytes = 40;

/// Initialises libsodium and registers the VFS (once; not as the default).
/// False, with *error, when either fails.
bool ensureRegistered(QString* error = nullptr);

/// Opens `path` with sqlite3_open_v2 and `flags`: plainly when `key` is null,
/// through the VFS with `key` otherwise (then the connection also keeps
/// temporary data in memory and a new file gets the reserved bytes). Returns
/// the SQLite result code; *db is set either way (close it). `query` adds URI
/// parameters ("immutable=1").
int open(const QString& path, int flags, const std::shared_ptr<const DataKey>& key, sqlite3** db,
         const QByteArray& query = {});

/// The reserved bytes per page a database file's header gives (byte 20), or
/// -1 when the file has no readable SQLite header.
int reservedBytesOf(const QString& path);

} // namespace cryptovfs
} // namespace tessera::core
