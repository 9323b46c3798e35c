#include "backups.h"

#include "journalstore.h"
#include "journalstore_p.h"

#include <QDir>
#include <QFileInfo>

namespace tessera::core {

namespace {
const QString kPrefix = QStringLiteral("journal-");
const QString kSuffix = QStringLiteral(".sqlite");
const QString kFormat = QStringLiteral("yyyyMMdd-HHmmss");
} // namespace

QDateTime BackupRotation::timeOf(const QString& path)
{
    QString name = QFileInfo(path).fileName();
    if (!name.startsWith(kPrefix) || !name.endsWith(kSuffix))
        return {};
    name = name.mid(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
    QDateTime t = QDateTime::fromString(name, kFormat);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QStringList BackupRotation::list() const
{
    QDir dir(m_folder);
    QStringList out;
    for (const QString& name : dir.entryList({kPrefix + QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed)) {
        if (timeOf(name).isValid())
            out << dir.absoluteFilePath(name);
    }
    return out;
}

QString BackupRotation::pathFor(const QDateTime& now)
{
    QDir dir(m_folder);
    // Copies left by a backup that was killed half-way, with the rollback
    // journal, or the write-ahead log and its index, SQLite keeps beside a copy.
    const QString partial = kPrefix + QStringLiteral("*") + kSuffix + QStringLiteral(".partial");
    for (const QString& name : dir.entryList({partial, partial + QStringLiteral("-journal"), partial + QStringLiteral("-wal"),
                                              partial + QStringLiteral("-shm")},
                                             QDir::Files))
        dir.remove(name);
    return dir.filePath(kPrefix + now.toUTC().toString(kFormat) + kSuffix);
}

sdk::Result<QString> BackupRotation::backupNow(const JournalStore& store, const QDateTime& now)
{
    return backupTo(store, pathFor(now));
}

sdk::Result<QString> BackupRotation::backupTo(const JournalStore& store, const QString& path) const
{
    // A damaged journal is not backed up: its copy would push a good backup out of
    // the rotation. backupTo() checks the copy in full before it takes its name.
    if (sdk::Status s = store.backupTo(path); !s.ok())
        return sdk::makeError(sdk::ErrorCode::Storage, QStringLiteral("no backup made, so the good ones are kept: %1").arg(s.error().message));
    prune();
    return path;
}

QString BackupRotation::dueBackupPath(qint64 minAgeSeconds, const QDateTime& now)
{
    // A backup dated in the future (a clock that was wrong, a copied folder) does
    // not count: it would stop every automatic backup until that date.
    m_futureDated.clear();
    for (const QString& path : list()) {
        const qint64 age = timeOf(path).secsTo(now);
        if (age < -kClockSlackSeconds) {
            m_futureDated << path;
            continue;
        }
        if (age < minAgeSeconds)
            return QString();
        break;
    }
    return pathFor(now);
}

sdk::Result<QString> BackupRotation::backupIfDue(const JournalStore& store, qint64 minAgeSeconds, const QDateTime& now)
{
    const QString path = dueBackupPath(minAgeSeconds, now);
    if (path.isEmpty())
        return QString();
    return backupTo(store, path);
}

void BackupRotation::prune() const
{
    // Future-dated backups are left alone and take no place among the newest kept.
    QStringList all = list();
    all.removeIf([this](const QString& p) { return m_futureDated.contains(p); });
    for (qsizetype i = m_keep; i < all.size(); ++i)
        QFile::remove(all[i]);
}

// ---- after the bin was emptied ----

namespace {
const QString kBinEmptiedFile = QStringLiteral("bin-emptied-at");
} // namespace

bool BackupRotation::recordBinEmptied(const QDateTime& when) const
{
    if (!when.isValid())
        return false;
    if (const QDateTime before = binEmptiedAt(); before.isValid() && before >= when)
        return true;
    if (!QDir().mkpath(m_folder))
        return false;
    return detail::writeSmallFile(QDir(m_folder).filePath(kBinEmptiedFile),
                                  when.toUTC().toString(Qt::ISODateWithMs).toUtf8() + '\n');
}

QDateTime BackupRotation::binEmptiedAt() const
{
    QFile f(QDir(m_folder).filePath(kBinEmptiedFile));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QDateTime t = QDateTime::fromString(QString::fromUtf8(f.read(64)).trimmed(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

bool BackupRotation::madeBeforeBinEmptied(const QString& path) const
{
    const QDateTime emptied = binEmptiedAt();
    const QDateTime made = timeOf(path);
    return emptied.isValid() && made.isValid() && made <= emptied;
}

QString BackupRotation::binNote(const QString& path) const
{
    if (!madeBeforeBinEmptied(path))
        return QString();
    return QStringLiteral("made before the bin was emptied on %1: it still holds the entries deleted forever then")
        .arg(binEmptiedAt().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QStringList BackupRotation::removeMadeBeforeBinEmptied() const
{
    QStringList removed;
    for (const QString& path : list()) {
        if (madeBeforeBinEmptied(path) && QFile::remove(path))
            removed << path;
    }
    return removed;
}

} // namespace tessera::core
