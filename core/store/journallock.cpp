#include "journallock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;
using sdk::Status;

namespace {

QString holderOf(int fd)
{
    char buf[512] = {};
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return {};
    const QStringList f = QString::fromUtf8(buf, static_cast<int>(n)).split(QLatin1Char('\n'));
    if (f.size() < 3 || f.at(0).toLongLong() <= 0)
        return {};
    return QStringLiteral(" in %1 (process %2 on %3)").arg(f.at(1).isEmpty() ? QStringLiteral("another program") : f.at(1),
                                                          f.at(0), f.at(2));
}

} // namespace

Status JournalLock::acquire()
{
    if (m_fd >= 0)
        return {};
    const QByteArray file = QFile::encodeName(m_path);
    const QString shown = QDir::toNativeSeparators(m_path);
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int fd = ::open(file.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot create the lock file (%2)")
                                                     .arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int why = errno;
            const QString holder = holderOf(fd);
            ::close(fd);
            if (why == EWOULDBLOCK)
                return makeError(ErrorCode::Conflict, QStringLiteral("%1: the journal is already open%2; close it there "
                                                                     "first, so two programs never write at once")
                                                          .arg(QDir::toNativeSeparators(m_path.chopped(5)),
                                                               holder.isEmpty() ? QStringLiteral(" in another program") : holder));
            return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot lock (%2)")
                                                     .arg(shown, QString::fromLocal8Bit(std::strerror(why))));
        }
        // The holder before us may have removed the file between our open and our lock:
        // then we hold a lock on a file nobody else will see. Start again.
        struct stat opened{}, named{};
        if (::fstat(fd, &opened) != 0 || ::stat(file.constData(), &named) != 0 || opened.st_ino != named.st_ino
            || opened.st_dev != named.st_dev) {
            ::close(fd);
            continue;
        }
        const QByteArray info = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
            + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n';
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, info.constData(), static_cast<size_t>(info.size()), 0) != info.size()) {
            // Who holds the lock is only for messages; the lock itself is held.
        }
        m_fd = fd;
        return {};
    }
    return makeError(ErrorCode::Storage, QStringLiteral("%1: the lock file keeps being replaced").arg(shown));
}

void JournalLock::release()
{
    if (m_fd < 0)
        return;
    ::unlink(QFile::encodeName(m_path).constData()); // while still holding it, see acquire()
    ::close(m_fd);
    m_fd = -1;
}

} // namespace tessera::core
