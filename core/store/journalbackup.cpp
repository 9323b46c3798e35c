// Backups of the journal (now, or in the background) and restoring one, in
// place or into a journal too damaged to open.
#include "journalstore.h"

#include "journallock.h"
#include "journalstore_p.h"
#include "searchterms.h"
#include "database.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <chrono>
#include <optional>
#include <thread>

namespace tessera::core {

using sdk::Error;
using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;
using sdk::Status;

using namespace detail;

namespace {

// Copies the database open on `source` (the file `sourcePath`) into the file
// `to` with the SQLite backup API, checks the copy with integrity_check, and
// only then gives it its name. With `cancel`, the copy is made a few pages at
// a time inside one read transaction (a consistent snapshot while others
// write) and stops, leaving no file, when cancel->stopping is set.
// The copy of an encrypted journal (`key` set) is encrypted with the same key.
// Removes a half-written copy with the files SQLite keeps beside it: its rollback
// journal, or its write-ahead log and index (a copy of a journal in WAL mode is in
// WAL mode from its first page on). A log left by a killed copy must never meet
// the next copy of the same name: SQLite would read its pages as the new copy's.
void removePartial(const QString& partial)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(partial + QLatin1String(suffix));
}

Status backupHandle(sqlite3* source, const QString& sourcePath, const QString& to,
                    const std::shared_ptr<const DataKey>& key, bool checkCopy = true, BackupCancel* cancel = nullptr)
{
    const QString partial = to + QStringLiteral(".partial");
    removePartial(partial);
    sqlite3* dest = nullptr;
    int rc = cryptovfs::open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, key, &dest);
    // An encrypted copy keeps no rollback journal on disk (the VFS refuses one
    // that would hold pages in the clear): the partial copy is thrown away if
    // anything fails, so the journal can live in memory.
    if (rc == SQLITE_OK && key)
        rc = sqlite3_exec(dest, "PRAGMA journal_mode = MEMORY", nullptr, nullptr, nullptr);
    const auto stopped = [cancel] {
        if (!cancel)
            return false;
        std::lock_guard<std::mutex> guard(cancel->mutex);
        return cancel->stopping;
    };
    if (cancel) {
        std::lock_guard<std::mutex> guard(cancel->mutex);
        cancel->dest = dest;
    }
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            if (cancel) {
                while ((rc = sqlite3_backup_step(backup, 512)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                    if (stopped()) {
                        rc = SQLITE_INTERRUPT;
                        break;
                    }
                    if (rc != SQLITE_OK)
                        std::this_thread::sleep_for(std::chrono::milliseconds(20));
                }
            } else {
                rc = sqlite3_backup_step(backup, -1);
            }
            const int finished = sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? finished : rc;
        } else {
            rc = sqlite3_errcode(dest);
        }
    }
    QString damage;
    if (rc == SQLITE_OK && checkCopy && !stopped()) {
        // The copy is checked as a whole before it is kept: a damaged journal copies
        // page for page, and its copy must not push a good backup out of a rotation.
        damage = integrityProblem(dest);
    }
    const bool wasStopped = stopped();
    if (rc == SQLITE_OK && damage.isEmpty() && !wasStopped) {
        // A copy is never an open session (see markSession()), or restoring it would look like a lost log.
        // A database without the meta table (older formats) has no marker to change.
        sqlite3_exec(dest, "UPDATE meta SET value = 'closed' WHERE key = 'session'", nullptr, nullptr, nullptr);
    }
    const QString detail = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
    if (cancel) {
        std::lock_guard<std::mutex> guard(cancel->mutex);
        cancel->dest = nullptr;
    }
    sqlite3_close_v2(dest);
    if (wasStopped) {
        removePartial(partial);
        return storageError(to, QStringLiteral("the backup was stopped because the journal closed; no copy was kept"));
    }
    if (rc != SQLITE_OK || !damage.isEmpty()) {
        removePartial(partial);
        if (!damage.isEmpty())
            return storageError(sourcePath, QStringLiteral("is damaged (SQLite found: %1); no copy was kept at %2")
                                                 .arg(damage, QDir::toNativeSeparators(to)));
        return storageError(to, QStringLiteral("writing the backup failed: %1").arg(detail));
    }
    // rename() replaces the target in one step; then the folder is synced so the
    // new name survives a power cut.
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(to).constData()) != 0) {
        removePartial(partial);
        return storageError(to, QStringLiteral("could not move the finished backup into place"));
    }
    syncFolder(QFileInfo(to).absolutePath());
    return {};
}

} // namespace

namespace detail {

Status backupDatabase(Database& from, const QString& to, bool checkCopy)
{
    return backupHandle(from.handle(), from.path(), to, from.key(), checkCopy);
}

} // namespace detail

void JournalStore::stopBackgroundBackup()
{
    if (!m_backup)
        return;
    {
        std::lock_guard<std::mutex> guard(m_backup->cancel.mutex);
        m_backup->cancel.stopping = true;
        if (m_backup->cancel.dest)
            sqlite3_interrupt(m_backup->cancel.dest);
    }
    m_backup->thread.join();
    m_backup.reset();
    m_backupDone = true;
}

void JournalStore::backupInBackground(const QString& target, std::function<void(Status)> done)
{
    if (m_locked) {
        done(lockedError(m_path));
        return;
    }
    if (backupRunning()) {
        done(makeError(ErrorCode::Conflict, QStringLiteral("a backup is already being made")));
        return;
    }
    if (QFileInfo(target).absoluteFilePath() == m_path) {
        done(makeError(ErrorCode::InvalidArgument, QStringLiteral("the backup cannot replace the journal itself")));
        return;
    }
    stopBackgroundBackup(); // the previous one has finished: reap its thread
    QDir().mkpath(QFileInfo(target).absolutePath());
    m_backup = std::make_unique<BackgroundBackup>();
    m_backupDone = false;
    BackupCancel* cancel = &m_backup->cancel;
    const QString path = m_path;
    m_backup->thread = std::thread([this, cancel, path, target, key = m_key, done = std::move(done)] {
        giveWayToTheWindow();
        sqlite3* source = nullptr;
        Status result;
        if (cryptovfs::open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, key, &source) != SQLITE_OK) {
            result = storageError(path, QStringLiteral("could not be opened for the backup: %1")
                                            .arg(QString::fromUtf8(sqlite3_errmsg(source))));
        } else {
            sqlite3_busy_timeout(source, 5000);
            // One read transaction across every step: the copy is one consistent
            // snapshot, however much is written meanwhile (WAL lets writes go on).
            sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
            result = backupHandle(source, path, target, key, true, cancel);
            sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
        }
        sqlite3_close_v2(source);
        QMetaObject::invokeMethod(this, [this, done, result] {
            m_backupDone = true;
            done(result);
        }, Qt::QueuedConnection);
    });
}

Status JournalStore::backupTo(const QString& target) const
{
    if (m_locked)
        return lockedError(m_path);
    if (QFileInfo(target).absoluteFilePath() == m_path)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the backup cannot replace the journal itself"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    return backupDatabase(*m_db, target);
}

Result<std::unique_ptr<JournalStore>> JournalStore::openSoundBackup(const QString& backup,
                                                                   const std::shared_ptr<const DataKey>& key)
{
    std::unique_ptr<JournalStore> source(new JournalStore(QFileInfo(backup).absoluteFilePath(), Mode::ReadOnly, key));
    source->m_copyAtRest = true; // nothing is made beside the client's file
    if (Status s = source->initialise(); !s.ok())
        return makeError(ErrorCode::Storage, QStringLiteral("the backup cannot be used: %1").arg(s.error().message));
    auto problems = source->integrityCheck();
    if (!problems.ok())
        return problems.error();
    if (!problems->isEmpty())
        return storageError(backup, QStringLiteral("the backup is damaged (%1); nothing was restored").arg(problems->first()));
    return Result<std::unique_ptr<JournalStore>>(std::move(source));
}

Status JournalStore::replaceWith(const QString& backup, QString* previousCopy)
{
    // Not writable(): a journal the background check found damaged is exactly one to restore.
    if (m_locked)
        return lockedError(m_path);
    if (isReadOnly())
        return storageError(m_path, QStringLiteral("the journal is open read-only"));
    stopBackgroundBackup(); // a copy of what is about to be replaced is not wanted
    // A backup from before this version's journal format (the daily backups
    // made before an update) is upgraded first, in a private copy beside the
    // journal, as opening it would (issue 30: each new format made every
    // older backup refused here, "open it once read-write").
    std::optional<QTemporaryDir> upgraded;
    QString from = backup;
    if (auto old = Database::open(backup, true, m_key, true); old.ok()) {
        auto version = old.value()->scalar(QStringLiteral("PRAGMA user_version"));
        old.value().reset();
        if (version.ok() && *version > 0 && *version < kJournalSchemaVersion) {
            upgraded.emplace(QFileInfo(m_path).absolutePath() + QStringLiteral("/.restore-upgrade-XXXXXX"));
            const QString copy = upgraded->filePath(QStringLiteral("journal.sqlite"));
            if (!upgraded->isValid() || !QFile::copy(backup, copy))
                return storageError(backup, QStringLiteral("could not be copied to be upgraded to this version's journal "
                                                           "format; nothing was restored"));
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            auto opened = open(copy, Mode::ReadWrite, m_key); // upgrades it, after a backup copy of its own
            if (!opened.ok())
                return makeError(ErrorCode::Storage, QStringLiteral("the backup cannot be used: %1").arg(opened.error().message));
            opened.value().reset();
            from = copy;
        }
    }
    auto source = openSoundBackup(from, m_key);
    if (!source.ok())
        return source.error();

    const QString aside = m_path + QStringLiteral(".before-restore-%1").arg(timestampForFile());
    // Kept as it is, damaged or not: nothing the client wrote is thrown away.
    if (Status s = backupDatabase(*m_db, aside, false); !s.ok())
        return s;
    if (previousCopy)
        *previousCopy = aside;
    sqlite3_backup* copy = sqlite3_backup_init(m_db->handle(), "main", source.value()->m_db->handle(), "main");
    if (!copy)
        return m_db->error(QStringLiteral("restoring the backup"));
    const int rc = sqlite3_backup_step(copy, -1);
    sqlite3_backup_finish(copy);
    // The file's words are now the backup's: what this connection knew of
    // them goes (issue 30; its data version does not move for its own copy).
    m_searchTerms.reset();
    if (rc != SQLITE_DONE)
        return m_db->error(QStringLiteral("restoring the backup"), rc);
    if (markSession(true).ok()) // the backup's own marker says closed
        m_sessionMarked = true;
    stopBackgroundCheck(); // its verdict was on the contents just replaced by a checked backup
    emit reset();
    return {};
}

// A restore never leaves the folder without a whole journal, and never leaves
// a write-ahead log beside a main file it does not belong to:
//  1. the backup is copied to <name>.restoring, checked and synced;
//  2. <name>.restore records where the old journal goes (synced);
//  3. the old journal, then its log, are renamed aside together; the stale
//     shared-memory file is removed;
//  4. <name>.restoring is renamed to <name>; the record is removed.
// A kill before 2 leaves the journal as it was (the staged copy is cleared
// later); a kill after 2 is finished by the next open (finishRestoreLocked()).
Status JournalStore::restoreBackup(const QString& backup, const QString& target, QString* previousCopy,
                                   std::shared_ptr<const DataKey> key)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    JournalLock lock(path + QStringLiteral(".lock")); // the journal must not be open elsewhere
    if (Status s = lock.acquire(); !s.ok())
        return s;
    if (Status s = finishRestoreLocked(path); !s.ok())
        return s;
    {
        auto source = openSoundBackup(backup, key);
        if (!source.ok())
            return source.error();
        if (Status s = backupDatabase(*source.value()->m_db, stagedPath(path)); !s.ok())
            return s;
    }
    QString aside;
    const bool hadJournal = exists(path);
    for (int n = 1; aside.isEmpty() || exists(aside) || exists(aside + QStringLiteral("-wal")); ++n)
        aside = path + QStringLiteral(".before-restore-%1").arg(timestampForFile()) + (n > 1 ? QStringLiteral("-%1").arg(n) : QString());
    if (!writeSmallFile(intentPath(path), QFileInfo(aside).fileName().toUtf8() + '\n')) {
        QFile::remove(stagedPath(path));
        return storageError(path, QStringLiteral("could not record the restore beside it; nothing was restored"));
    }
    if (Status s = finishRestoreLocked(path); !s.ok())
        return s;
    if (previousCopy)
        *previousCopy = hadJournal ? aside : QString();
    lock.release();
    auto restored = open(path, Mode::ReadWrite, key);
    return restored.ok() ? Status{} : Status{restored.error()};
}

Status JournalStore::finishInterruptedRestore(const QString& target)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    if (!exists(intentPath(path)) && !exists(stagedPath(path)))
        return {};
    JournalLock lock(path + QStringLiteral(".lock"));
    if (Status s = lock.acquire(); !s.ok()) {
        if (s.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::Conflict, QStringLiteral("%1: a backup is being restored into it by another "
                                                                 "program; try again in a moment")
                                                      .arg(QDir::toNativeSeparators(path)));
        return s;
    }
    return finishRestoreLocked(path);
}

Status JournalStore::finishRestoreLocked(const QString& path)
{
    const QString intent = intentPath(path);
    const QString staged = stagedPath(path);
    if (!exists(intent)) {
        // A restore killed before it changed anything leaves only its staged copy.
        removePartial(staged + QStringLiteral(".partial"));
        QFile::remove(staged);
        return {};
    }
    QFile record(intent);
    if (!record.open(QIODevice::ReadOnly))
        return storageError(intent, QStringLiteral("cannot be read, so an interrupted restore cannot be finished"));
    const QString name = QString::fromUtf8(record.readAll()).trimmed();
    record.close();
    const QString folder = QFileInfo(path).absolutePath();
    if (!name.startsWith(QFileInfo(path).fileName() + QStringLiteral(".before-restore-")) || name.contains(QLatin1Char('/')))
        return storageError(intent, QStringLiteral("is not a restore record this Tessera wrote; remove it to open the journal"));
    const QString aside = QDir(folder).filePath(name);
    if (exists(staged)) {
        if (exists(path)) {
            if (exists(aside))
                return storageError(path, QStringLiteral("an interrupted restore cannot move it aside: %1 is there already")
                                              .arg(QDir::toNativeSeparators(aside)));
            if (!renamePath(path, aside))
                return storageError(path, QStringLiteral("could not be moved aside to %1; nothing was restored")
                                              .arg(QDir::toNativeSeparators(aside)));
        }
        const QString wal = path + QStringLiteral("-wal");
        if (exists(wal)) {
            // The old journal's log goes with it. One already aside means this one was made
            // later by a reader of a journal with no log (it holds nothing).
            if (exists(aside + QStringLiteral("-wal")) || QFileInfo(wal).size() == 0)
                QFile::remove(wal); // (an empty log holds nothing: not kept beside the copy)
            else if (!renamePath(wal, aside + QStringLiteral("-wal")))
                return storageError(wal, QStringLiteral("could not be moved aside; nothing was restored"));
        }
        QFile::remove(path + QStringLiteral("-shm"));
        syncFolder(folder);
        if (!renamePath(staged, path))
            return storageError(path, QStringLiteral("could not put the restored copy in place; it is at %1")
                                          .arg(QDir::toNativeSeparators(staged)));
        syncFolder(folder);
    }
    QFile::remove(problemPath(path)); // the restored journal has none of the old one's problems
    QFile::remove(intent);
    syncFolder(folder);
    return {};
}

QStringList JournalStore::keptAside(const QString& target)
{
    const QFileInfo info(QFileInfo(target).absoluteFilePath());
    QDir dir(info.absolutePath());
    QStringList out;
    for (const QString& name : dir.entryList({info.fileName() + QStringLiteral(".before-restore-*")}, QDir::Files,
                                             QDir::Name | QDir::Reversed)) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            out << dir.absoluteFilePath(name);
    }
    return out;
}

QStringList JournalStore::upgradeBackups(const QString& target) { return detail::upgradeCopies(target, false); }

Status JournalStore::acceptAsItIs(const QString& target, std::shared_ptr<const DataKey> key)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    JournalLock lock(path + QStringLiteral(".lock"));
    if (Status s = lock.acquire(); !s.ok())
        return s;
    if (Status s = finishRestoreLocked(path); !s.ok())
        return s;
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0) {
        // Accepting a missing or empty journal means starting a new one.
        QFile::remove(problemPath(path));
        lock.release();
        auto created = open(path, Mode::ReadWrite, key);
        return created.ok() ? Status{} : Status{created.error()};
    }
    auto db = Database::open(path, false, key);
    if (!db.ok())
        return db.error();
    if (Status s = db.value()->exec(QStringLiteral("UPDATE meta SET value = 'closed' WHERE key = 'session'")); !s.ok())
        return s;
    db.value().reset();
    if (!QFile::remove(problemPath(path)) && exists(problemPath(path)))
        return storageError(problemPath(path), QStringLiteral("could not be removed"));
    return {};
}

} // namespace tessera::core
