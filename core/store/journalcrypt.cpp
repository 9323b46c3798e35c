// Locking an open encrypted journal, and converting a journal between plain
// and encrypted (issue 21). Declared in journalstore.h.
#include "journalstore.h"

// --- Locking and unlocking (the app lock) ---
#include "database.h"
#include "journalstore_p.h"

#include <QDir>

#include <sqlite3.h>
// --- end locking and unlocking ---

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;

namespace {
sdk::Error notYet()
{
    return makeError(ErrorCode::Unavailable, QStringLiteral("not implemented yet"));
}
} // namespace

// --- Locking and unlocking (the app lock) ---

sdk::Error detail::lockedError(const QString& path)
{
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("%1: the journal is locked").arg(QDir::toNativeSeparators(path)));
}

sdk::Status JournalStore::lock()
{
    if (!m_encrypted)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: the journal is not encrypted, so it cannot be locked")
                             .arg(QDir::toNativeSeparators(m_path)));
    if (m_locked)
        return {};
    stopBackgroundBackup();
    // A check that has finished keeps its verdict (a damaged journal stays
    // unwritable after unlock); one still running is stopped and runs again
    // after unlock.
    bool sound = true;
    if (m_check) {
        if (m_check->verdict.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            sound = m_check->verdict.get().ok();
        } else {
            sound = false; // nothing was written in this session before the verdict
            stopBackgroundCheck();
            m_checkAfterUnlock = true;
        }
    }
    // As at close: the journal says "closed" in its own file before its last
    // connection goes (that close checkpoints and removes the write-ahead log),
    // so a kill while locked is not taken for a lost log at the next open.
    if (m_opened && m_mode == Mode::ReadWrite && m_db && !m_db->isClosed()) {
        if (sound) {
            if (markSession(false).ok())
                m_sessionMarked = false; // the next write marks it open again
        } else {
            sqlite3_db_config(m_db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
    }
    m_db = Database::closed(m_path, QStringLiteral("the journal is locked"));
    m_key.reset();
    m_locked = true;
    emit reset();
    return {};
}

sdk::Status JournalStore::unlock(std::shared_ptr<const DataKey> key)
{
    if (!m_locked)
        return {};
    if (!key)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unlocking the journal needs its key"));
    const QString file = QDir::toNativeSeparators(m_path);
    auto db = Database::open(m_path, m_mode == Mode::ReadOnly, key);
    if (!db.ok())
        return db.error();
    // A wrong key cannot read the first page: refused, and the journal stays locked.
    if (auto tables = db.value()->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !tables.ok()) {
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("%1: this key does not open the journal; it stays locked").arg(file));
    }
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA foreign_keys = ON")};
    if (m_mode == Mode::ReadWrite)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    for (const QString& pragma : pragmas) {
        if (sdk::Status s = db.value()->exec(pragma); !s.ok())
            return s;
    }
    m_db = std::move(db).value();
    m_key = std::move(key);
    m_locked = false;
    if (m_checkAfterUnlock) {
        m_checkAfterUnlock = false;
        startBackgroundCheck();
        beginBackgroundCheck();
    }
    emit reset();
    return {};
}

// --- end locking and unlocking ---

sdk::Result<JournalKeyCreated> JournalStore::encryptFile(const QString&, const QByteArray&) { return notYet(); }
sdk::Status JournalStore::decryptFile(const QString&, std::shared_ptr<const DataKey>) { return notYet(); }
sdk::Result<JournalKeyCreated> JournalStore::encrypt(const QByteArray&) { return notYet(); }
sdk::Status JournalStore::decrypt() { return notYet(); }

} // namespace tessera::core
