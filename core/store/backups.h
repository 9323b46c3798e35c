// Rotating automatic backups of the journal.
#pragma once

#include <tessera/sdk/result.h>

#include <QDateTime>
#include <QStringList>

namespace tessera::core {

class JournalStore;

/// Backups live in one folder as journal-<yyyyMMdd-HHmmss>.sqlite, written
/// with the SQLite backup API (a consistent copy while the journal is open).
class BackupRotation {
public:
    explicit BackupRotation(QString folder, int keep = 7) : m_folder(std::move(folder)), m_keep(keep) {}

    /// Writes a backup when the newest is older than `minAge` (or none
    /// exists), then deletes all but the newest `keep`. Returns the new
    /// backup's path, or "" when none was due.
    sdk::Result<QString> backupIfDue(const JournalStore& store, qint64 minAgeSeconds = 24 * 3600,
                                     const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// The path a backup due now should take ("" when none is due), with the
    /// same rules as backupIfDue(); for making it with
    /// JournalStore::backupInBackground(), then calling prune(). Removes copies
    /// a killed backup left.
    [[nodiscard]] QString dueBackupPath(qint64 minAgeSeconds = 24 * 3600, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Deletes all but the newest `keep` backups (future-dated ones are left).
    void prune() const;
    /// Writes a backup now and prunes.
    sdk::Result<QString> backupNow(const JournalStore& store, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Backups, newest first (absolute paths).
    [[nodiscard]] QStringList list() const;
    /// The time encoded in a backup's file name (UTC), or invalid.
    static QDateTime timeOf(const QString& path);
    /// Backups the last backupIfDue() found dated in the future (ignored
    /// for deciding what is due and for pruning; reported, never removed).
    [[nodiscard]] QStringList futureDated() const { return m_futureDated; }

    static constexpr qint64 kClockSlackSeconds = 10 * 60;

    // --- After the bin was emptied (issue 21: deleting forever) ---
    // Backups made before a purge still hold the entries it deleted forever.
    // The time of the last purge is kept in the folder (bin-emptied-at, one
    // line, ISO 8601 UTC, readable by the owner only) so that such backups can
    // be named wherever backups are listed, even when the journal cannot be
    // opened (`db restore`); they roll out of the rotation as new ones come.
    /// Records that the journal's bin was emptied at `when` (a later time only
    /// replaces an earlier one). False when the file cannot be written.
    bool recordBinEmptied(const QDateTime& when) const;
    /// When the bin was last emptied, as recorded here (invalid: never).
    [[nodiscard]] QDateTime binEmptiedAt() const;
    /// Whether the backup at `path` was made before the bin was last emptied.
    [[nodiscard]] bool madeBeforeBinEmptied(const QString& path) const;
    /// "made before the bin was emptied on <date>: ..." for such a backup, "" otherwise.
    [[nodiscard]] QString binNote(const QString& path) const;
    /// Removes the backups made before the bin was last emptied; returns their
    /// paths. The files are unlinked; their disk blocks are not overwritten.
    QStringList removeMadeBeforeBinEmptied() const;

private:
    QString pathFor(const QDateTime& now);
    sdk::Result<QString> backupTo(const JournalStore& store, const QString& path) const;
    QString m_folder;
    int m_keep;
    QStringList m_futureDated;
};

} // namespace tessera::core
