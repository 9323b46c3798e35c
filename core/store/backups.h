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

private:
    QString pathFor(const QDateTime& now);
    sdk::Result<QString> backupTo(const JournalStore& store, const QString& path) const;
    QString m_folder;
    int m_keep;
    QStringList m_futureDated;
};

} // namespace tessera::core
