// Private to the journal store: what its source files share (the store is
// split by concern: journalstore.cpp opens, checks and closes the file,
// journalentries.cpp writes and reads entries and keeps the search index,
// journalqueries.cpp runs queries built by querybuilder.cpp, and
// journalbackup.cpp makes backups and restores them).
#pragma once

#include "database.h"

#include <tessera/sdk/entry.h>
#include <tessera/sdk/result.h>

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

struct sqlite3;

namespace tessera::core {

// The integrity check of a large journal, on its own read-only connection in
// its own thread. The verdict is shared: every write waits for it.
struct BackgroundCheck {
    std::promise<sdk::Status> promise;
    std::shared_future<sdk::Status> verdict = promise.get_future().share();
    std::mutex mutex;
    std::condition_variable wake;
    sqlite3* db = nullptr; ///< while the check runs, for sqlite3_interrupt()
    bool stopping = false;
    bool go = true; ///< false while it waits for the first frame (see setBackgroundCheckDelay())
    std::thread thread;
};

// Lets a backup running in another thread be stopped (BackgroundBackup).
struct BackupCancel {
    std::mutex mutex;
    sqlite3* dest = nullptr; ///< while the copy is made and checked, for sqlite3_interrupt()
    bool stopping = false;
};

struct BackgroundBackup {
    BackupCancel cancel;
    std::thread thread;
};

namespace detail {

/// The columns readEntry() reads, in its order, over the alias `e`.
inline const QString kColumns = QStringLiteral(
    "e.seq, e.uuid, e.plugin_id, e.kind, e.occurred_at, e.utc_offset, e.title, e.summary, e.mood, "
    "e.tags, e.payload, e.schema_version, e.created_at, e.updated_at, e.deleted_at, e.revision, e.private");

inline qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

inline QDateTime fromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

// As stored (compact JSON). Empty objects and lists, the common case, are not
// serialised (issue 30).
inline QByteArray toJsonBytes(const QJsonObject& o)
{
    return o.isEmpty() ? QByteArrayLiteral("{}") : QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray tagsJson(const QStringList& tags)
{
    return tags.isEmpty() ? QByteArrayLiteral("[]") : QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact);
}

/// The entry in the current row of a statement selecting kColumns.
sdk::Entry readEntry(const Statement& s, qint64* seq = nullptr, bool withPayload = true);

/// A Storage error naming the file.
sdk::Error storageError(const QString& path, const QString& what);

QString timestampForFile();
/// The files beside `journal` named exactly `<its name>.v<N>-<yyyyMMdd-HHmmss>.backup`:
/// the copies made before a format upgrade, newest first; with `halfWritten`,
/// those names followed by ".partial" or ".partial-journal" instead.
QStringList upgradeCopies(const QString& journal, bool halfWritten);

/// Syncs a folder, so that a rename or a new file in it survives a power cut.
void syncFolder(const QString& folder);

/// rename(2): one step, replacing what is at `to`.
bool renamePath(const QString& from, const QString& to);

/// Whether anything is at `path` (a dangling link counts).
bool exists(const QString& path);

/// PRAGMA integrity_check on an open connection: the first problem, "" when sound.
QString integrityProblem(sqlite3* db);

inline QString problemPath(const QString& path) { return path + QStringLiteral(".problem"); }
inline QString stagedPath(const QString& path) { return path + QStringLiteral(".restoring"); }
inline QString intentPath(const QString& path) { return path + QStringLiteral(".restore"); }
/// The record of a conversion between plain and encrypted (journalcrypt.cpp).
inline QString conversionMarkerPath(const QString& path) { return path + QStringLiteral(".convert"); }
/// Finishes or undoes an interrupted conversion; the lock is held (journalcrypt.cpp).
sdk::Status finishConversionLocked(const QString& path);

/// Writes a small file beside the journal in one step (written, synced, renamed).
bool writeSmallFile(const QString& path, const QByteArray& bytes);

/// Lowers the calling thread's priority below the window's.
void giveWayToTheWindow();

/// What every call of a locked journal answers: Unavailable, "<file>: the
/// journal is locked" (journalcrypt.cpp).
sdk::Error lockedError(const QString& path);

/// A checked copy of the database open on `from` at `to` (journalbackup.cpp).
sdk::Status backupDatabase(Database& from, const QString& to, bool checkCopy = true);

} // namespace detail
} // namespace tessera::core
