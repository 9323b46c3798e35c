#include "backups.h"

#include "journalstore.h"

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

sdk::Result<QString> BackupRotation::backupNow(const JournalStore& store, const QDateTime& now)
{
    // A damaged journal is not backed up: its copy would push a good backup out of the rotation.
    if (sdk::Status s = store.quickCheck(); !s.ok())
        return sdk::makeError(sdk::ErrorCode::Storage, QStringLiteral("no backup made, so the good ones are kept: %1").arg(s.error().message));
    const QString path = QDir(m_folder).filePath(kPrefix + now.toUTC().toString(kFormat) + kSuffix);
    if (sdk::Status s = store.backupTo(path); !s.ok())
        return s.error();
    prune();
    return path;
}

sdk::Result<QString> BackupRotation::backupIfDue(const JournalStore& store, qint64 minAgeSeconds, const QDateTime& now)
{
    const QStringList existing = list();
    if (!existing.isEmpty() && timeOf(existing.first()).secsTo(now) < minAgeSeconds)
        return QString();
    return backupNow(store, now);
}

void BackupRotation::prune() const
{
    const QStringList all = list();
    for (qsizetype i = m_keep; i < all.size(); ++i)
        QFile::remove(all[i]);
}

} // namespace tessera::core
