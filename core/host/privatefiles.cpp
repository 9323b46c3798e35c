#include "privatefiles.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

namespace tessera::core {

namespace {

// Takes away the group's and others' access, and nothing else: a folder or
// file the person made read-only stays read-only. No link is followed; a
// path that is missing is not a failure.
bool makeOwnerOnly(const QString& path, bool wantDirectory)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(native.constData(), &st) != 0)
        return true;
    if (S_ISLNK(st.st_mode) || S_ISDIR(st.st_mode) != wantDirectory || (!wantDirectory && !S_ISREG(st.st_mode)))
        return true;
    const mode_t mode = st.st_mode & 07777;
    if ((mode & 077) == 0)
        return true;
    return ::chmod(native.constData(), mode & ~mode_t(077)) == 0;
}

} // namespace

void usePrivateFileMode() { ::umask(077); }

QStringList tightenDataFolder(const QString& dataDir, const QString& journalPath)
{
    QStringList failed;
    auto folder = [&failed](const QString& path) {
        if (!makeOwnerOnly(path, true))
            failed << path;
        const QDir dir(path);
        for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks)) {
            if (!makeOwnerOnly(dir.filePath(name), false))
                failed << dir.filePath(name);
        }
    };
    if (!dataDir.isEmpty() && QFileInfo(dataDir).isDir()) {
        const QDir data(dataDir);
        folder(dataDir);
        for (const char* sub : {"logs", "backups", "state", "plugins"})
            folder(data.filePath(QString::fromLatin1(sub)));
        const QDir plugins(data.filePath(QStringLiteral("plugins")));
        for (const QString& id : plugins.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks))
            folder(plugins.filePath(id));
    }
    if (!journalPath.isEmpty() && journalPath != QLatin1String(":memory:")) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString path = journalPath + QString::fromLatin1(suffix);
            if (!makeOwnerOnly(path, false))
                failed << path;
        }
    }
    return failed;
}

} // namespace tessera::core
